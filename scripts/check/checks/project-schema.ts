import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import type { Check, Finding } from '../types';

/**
 * `sfdx-project.json` against Salesforce's own JSON schema (`@salesforce/schemas`, the schema the sf CLI's packaging
 * library and VS Code use): a key the schema does not allow on a directory (e.g. `includeProfileUserLicenses` on a
 * folder that is not a package) or a package directory without `package` and `versionNumber` fails, with its line.
 */

const RULE = 'sfdx-project';
const FILE = 'sfdx-project.json';
const SOURCE = '@salesforce/schemas sfdx-project.schema.json';

/** The schema shipped in @salesforce/schemas (draft-07). */
export function loadProjectSchema(): object {
    const path = join(
        __dirname,
        '..',
        '..',
        '..',
        'node_modules',
        '@salesforce',
        'schemas',
        'sfdx-project.schema.json'
    );
    return JSON.parse(readFileSync(path, 'utf8')) as object;
}

/** 1-based line of the first line containing `needle` at or after line `from` (1-based); `from` when absent. */
function lineOf(text: string, needle: string, from = 1): number {
    const index = text.split('\n').findIndex((line, at) => at >= from - 1 && line.includes(needle));
    return index < 0 ? from : index + 1;
}

function problem(error: ErrorObject): string {
    const params = error.params as Record<string, unknown>;
    const where = error.instancePath ? `${error.instancePath}: ` : '';
    if (error.keyword === 'additionalProperties')
        return `${where}"${String(params.additionalProperty)}" is not allowed`;
    if (error.keyword === 'required') return `${where}needs "${String(params.missingProperty)}"`;
    return `${where}${error.message ?? error.keyword}`;
}

/**
 * A package directory is one of two shapes (the schema's `PackageDir` anyOf): a plain folder (`path`, `default`
 * only) or a package (`package`, `versionNumber` and the package keys). When it is neither, one finding says what
 * each shape lacks; every other schema error is a finding of its own.
 */
export function projectSchemaFindings(text: string, schema: object = loadProjectSchema()): Finding[] {
    let project: { packageDirectories?: { path?: string }[] };
    try {
        project = JSON.parse(text) as typeof project;
    } catch (error) {
        return [{ file: FILE, line: 1, message: `not valid JSON: ${(error as Error).message}`, rule: RULE }];
    }
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid: boolean = validate(project);
    if (valid) return [];
    const findings: Finding[] = [];
    const directories = new Map<string, { plain: string[]; packaged: string[] }>();
    for (const error of validate.errors ?? []) {
        const directory = /^\/packageDirectories\/\d+$/.exec(error.instancePath)?.[0];
        if (directory) {
            const entry = directories.get(directory) ?? { plain: [], packaged: [] };
            // schemaPath is relative to the $ref'd PackageDir: anyOf/0 is the plain folder, the rest the package shape.
            const what = problem({ ...error, instancePath: '' });
            if (error.schemaPath.startsWith('#/anyOf/0/')) entry.plain.push(what);
            else if (error.keyword !== 'anyOf') entry.packaged.push(what);
            directories.set(directory, entry);
            continue;
        }
        findings.push({ file: FILE, line: 1, message: `${problem(error)} (${SOURCE})`, rule: RULE });
    }
    for (const [pointer, { plain, packaged }] of directories) {
        const index = Number(pointer.split('/').pop());
        const path = project.packageDirectories?.[index]?.path ?? '?';
        const offending = /"([^"]+)" is not allowed/.exec(plain.join(' '))?.[1];
        const pathLine = lineOf(text, `"${path}"`);
        findings.push({
            file: FILE,
            line: offending ? lineOf(text, `"${offending}"`, pathLine) : pathLine,
            message:
                `packageDirectories[${index}] ("${path}") is neither a plain directory (${plain.join(', ') || 'ok'}) ` +
                `nor a package (${packaged.join(', ') || 'ok'}): remove the package-only keys, or make it a package (${SOURCE})`,
            rule: RULE
        });
    }
    return findings;
}

export const projectSchemaCheck: Check = {
    name: RULE,
    description: 'sfdx-project.json valid against @salesforce/schemas (package directories, keys, types)',
    run: (root) => Promise.resolve(projectSchemaFindings(readFileSync(join(root, FILE), 'utf8')))
};
