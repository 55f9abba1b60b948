import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { listFiles, relativePath } from '../lib/files';
import { projectApiVersion } from './metadata';
import { LWC_SIMPLE_TYPES, lwcOverlay } from '../xsd/lwc-overlay';
import { loadMetadataSchema } from '../xsd/schema';
import type { MetadataSchema } from '../xsd/schema';
import { SchemaValidator } from '../xsd/validate';
import { parseXmlTree } from '../xsd/xml-tree';
import type { Check, Finding } from '../types';

interface RegistryType {
    name: string;
    children?: { suffixes: Record<string, string>; types: Record<string, RegistryType> };
}

/** The metadata registry of @salesforce/source-deploy-retrieve: the sf CLI's own map of file suffixes to types. */
const REGISTRY = JSON.parse(
    readFileSync(require.resolve('@salesforce/source-deploy-retrieve/lib/src/registry/metadataRegistry.json'), 'utf8')
) as { suffixes: Record<string, string>; types: Record<string, RegistryType> };

/**
 * Where a source file's suffix names another type than the registry's suffix entry: bundles the registry finds by
 * folder (`aura/`, `lwc/`), a decomposed label, the meta files of content assets, documents and static resources
 * (the registry keys those by their content's suffix), and `.site` (a CustomSite; the registry gives SiteDotCom, and
 * `typeForFile` picks ExperienceBundle under `experiences/`).
 */
export const SOURCE_FILE_TYPES: Record<string, string> = {
    cmp: 'AuraDefinitionBundle',
    js: 'LightningComponentBundle',
    label: 'CustomLabel',
    contentasset: 'ContentAsset',
    document: 'Document',
    resource: 'StaticResource',
    site: 'CustomSite'
};

/**
 * Source-format file suffix (`<name>.<suffix>-meta.xml`) → the Metadata API type of its root element: the registry's
 * top-level types, then the children of decomposed types (`.field`, `.listView`, ... of a CustomObject; a parent's
 * suffix wins over a child's), then SOURCE_FILE_TYPES. Suffixes are case-sensitive (`.webLink` is an object's
 * WebLink, `.weblink` a CustomPageWebLink). `.settings` and `.site` are handled in `typeForFile`.
 */
export const SUFFIX_TYPES: Record<string, string> = (() => {
    const types: Record<string, string> = {};
    for (const [suffix, id] of Object.entries(REGISTRY.suffixes)) {
        if (REGISTRY.types[id]) types[suffix] = REGISTRY.types[id].name;
    }
    for (const parent of Object.values(REGISTRY.types)) {
        for (const [suffix, id] of Object.entries(parent.children?.suffixes ?? {})) {
            const child = parent.children?.types[id];
            if (child && !Object.hasOwn(types, suffix)) types[suffix] = child.name;
        }
    }
    return { ...types, ...SOURCE_FILE_TYPES };
})();

/**
 * The type a `-meta.xml` file must hold, from its path; undefined when no type is known for the suffix.
 * `Foo.settings` holds `FooSettings`; `.site` is an ExperienceBundle under `experiences/`, a CustomSite elsewhere.
 */
export function typeForFile(path: string): string | undefined {
    const match = /^(.+)\.([A-Za-z]+)-meta\.xml$/.exec(basename(path));
    if (!match) return undefined;
    const [, name, suffix] = match;
    if (suffix === 'settings') return `${name}Settings`;
    if (suffix === 'site' && basename(dirname(path)) === 'experiences') return 'ExperienceBundle';
    return Object.hasOwn(SUFFIX_TYPES, suffix) ? SUFFIX_TYPES[suffix] : undefined;
}

/** The package directories of sfdx-project.json (force-app and demo here); force-app when there is no project file. */
export function packageDirectories(root: string): string[] {
    const projectFile = join(root, 'sfdx-project.json');
    if (!existsSync(projectFile)) return ['force-app'];
    const project = JSON.parse(readFileSync(projectFile, 'utf8')) as { packageDirectories?: { path: string }[] };
    return (project.packageDirectories ?? []).map((directory) => directory.path);
}

/** `targetConfig targets` must name targets listed in `<targets>` (LWC guide, every target page). */
function lwcTargetProblems(root: ReturnType<typeof parseXmlTree>): { line: number; message: string; rule: string }[] {
    const listed = new Set(
        root.children
            .filter((child) => child.name === 'targets')
            .flatMap((targets) => targets.children.map((target) => target.text))
    );
    const problems = [];
    for (const configs of root.children.filter((child) => child.name === 'targetConfigs')) {
        for (const config of configs.children) {
            for (const target of (config.attributes.targets ?? '').split(',').map((name) => name.trim())) {
                if (target && !listed.has(target)) {
                    problems.push({
                        line: config.line,
                        message: `targetConfig names ${target}, which is not among the component's <targets> (${[...listed].join(', ') || 'none'})`,
                        rule: 'lwc-target'
                    });
                }
            }
        }
    }
    return problems;
}

/** Validates every `-meta.xml` of `files` (absolute paths) against the schema. */
export function validateMetadataFiles(
    root: string,
    files: string[],
    schema: MetadataSchema = loadMetadataSchema()
): Finding[] {
    const validator = new SchemaValidator(schema, lwcOverlay(schema), LWC_SIMPLE_TYPES);
    const findings: Finding[] = [];
    for (const file of files) {
        const relative = relativePath(root, file);
        const typeName = typeForFile(file);
        if (!typeName || !validator.complexType(typeName)) {
            findings.push({
                file: relative,
                message: `not validated: no Metadata API type known for this file suffix${typeName ? ` (${typeName} is not in the API ${schema.provenance.apiVersion} schema)` : ''}`,
                rule: 'unknown-suffix',
                level: 'warning'
            });
            continue;
        }
        const source = readFileSync(file, 'utf8');
        if (XMLValidator.validate(source) !== true) continue; // the metadata check reports malformed XML with its position
        const tree = parseXmlTree(source);
        const problems = validator.validateRoot(tree, typeName);
        if (typeName === 'LightningComponentBundle' && tree.name === typeName)
            problems.push(...lwcTargetProblems(tree));
        problems.sort((a, b) => a.line - b.line);
        for (const problem of problems)
            findings.push({ file: relative, line: problem.line, message: problem.message, rule: problem.rule });
    }
    return findings;
}

export const metadataSchemaCheck: Check = {
    name: 'metadata-schema',
    description:
        'every -meta.xml of the package directories against the Metadata API schema (WSDL) of the API version: root, element names, enums, types',
    run(root) {
        const files = packageDirectories(root).flatMap((directory) =>
            listFiles(join(root, directory), (name) => name.endsWith('-meta.xml'))
        );
        const findings = validateMetadataFiles(root, files);
        const schemaVersion = loadMetadataSchema().provenance.apiVersion;
        const projectVersion = projectApiVersion(root);
        if (Number(schemaVersion) !== Number(projectVersion)) {
            findings.unshift({
                file: 'sfdx-project.json',
                message: `sourceApiVersion ${projectVersion} differs from the schema's API ${schemaVersion}: regenerate it with npm run metadata:schema (docs/checks.md)`,
                rule: 'schema-version',
                level: 'warning'
            });
        }
        return Promise.resolve(findings);
    }
};
