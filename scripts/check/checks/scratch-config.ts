import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { lineOf, jsonErrorLine, jsonErrorMessage, parseDemoStudents } from '../../scratch/demo-data';
import { DEMO_STUDENTS_FILE, SCRATCH_SHAPES, SEED_SCRIPTS } from '../../scratch/project';
import { renderSeedScript } from '../../scratch/seed';
import { apexParserBinary } from '../lib/apex-parser';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/** The org shapes CI proves (EDA-style Administrative Accounts, Education Cloud-style Person Accounts), by file. */
export const REQUIRED_DEFINITIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
    Object.values(SCRATCH_SHAPES).map((shape) => [shape.definitionFile, shape.features])
);

/**
 * Scratch org features this project has vetted (names are case-insensitive). Communities and PersonAccounts are in
 * Salesforce's feature list; CustomerCommunityPlus and CustomerCommunityPlusLogin are used by public definitions but
 * missing from the documented index (see docs/scratch.md). Add a feature here only after a scratch org
 * created with it has worked.
 */
export const KNOWN_FEATURES: readonly string[] = [
    'Communities',
    'CustomerCommunityPlus',
    'CustomerCommunityPlusLogin',
    'PersonAccounts',
    'Sites',
    'StateAndCountryPicklist',
    'ContactsToMultipleAccounts',
    'MultiCurrency',
    'API',
    'AuthorApex',
    'DebugApex'
];

interface ScratchDefinitionSchema {
    properties: Record<string, unknown>;
    definitions: { edition: { enum: string[] } };
}

/** Salesforce's scratch org definition schema, shipped in @salesforce/schemas (the one the sf CLI and VS Code use). */
const SCRATCH_SCHEMA = JSON.parse(
    readFileSync(require.resolve('@salesforce/schemas/project-scratch-def.schema.json'), 'utf8')
) as ScratchDefinitionSchema;

/**
 * Options the Salesforce DX Developer Guide documents ("Build Your Own Scratch Org Definition File", "Scratch Org
 * Snapshots", "Org Shape") that the schema of @salesforce/schemas 1.10.3 lags behind on.
 */
const OPTIONS_THE_SCHEMA_LACKS = ['snapshot', 'sourceOrg', 'objectSettings'];

/** Top-level options of a scratch org definition: the schema's, plus what it lags. */
const DEFINITION_KEYS = new Set([...Object.keys(SCRATCH_SCHEMA.properties), ...OPTIONS_THE_SCHEMA_LACKS]);
/** The editions the schema allows. */
const EDITIONS = SCRATCH_SCHEMA.definitions.edition.enum;

/** The product's quick action the demo Contact layout must place. */
export const PRODUCT_QUICK_ACTION = 'Contact.Enable_Student_User';
/** Project-prefixed Apex types the seed scripts may use; each must be a class in force-app. */
const PRODUCT_TYPE_PATTERN = /\b(?:StudentUser\w*|EnableStudentUsers\w*)\b/g;

function finding(file: string, line: number | undefined, message: string, rule: string): Finding {
    return { file, ...(line === undefined ? {} : { line }), message, rule };
}

/** Checks one scratch definition: JSON, known options, edition, description, language, features, settings. */
export function definitionFindings(file: string, text: string, requiredFeatures: readonly string[]): Finding[] {
    let definition: Record<string, unknown>;
    try {
        definition = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
        return [finding(file, jsonErrorLine(text, error), `not valid JSON: ${jsonErrorMessage(error)}`, 'scratch-def')];
    }
    const findings: Finding[] = [];
    const at = (needle: string): number | undefined => lineOf(text, needle);
    for (const key of Object.keys(definition)) {
        if (key === 'orgPreferences') {
            findings.push(
                finding(
                    file,
                    at(`"${key}"`),
                    'orgPreferences is obsolete: use "settings" (Metadata API settings)',
                    'scratch-def'
                )
            );
        } else if (!DEFINITION_KEYS.has(key)) {
            findings.push(finding(file, at(`"${key}"`), `unknown option "${key}"`, 'scratch-def'));
        }
    }
    if (!EDITIONS.includes(definition.edition as string)) {
        findings.push(
            finding(file, at('"edition"') ?? 1, `"edition" must be one of ${EDITIONS.join(', ')}`, 'scratch-def')
        );
    }
    if (typeof definition.description !== 'string' || definition.description.trim() === '') {
        findings.push(finding(file, 1, 'needs a "description" (shown in the Dev Hub)', 'scratch-def'));
    }
    if (typeof definition.language !== 'string' || !definition.language.startsWith('en')) {
        findings.push(finding(file, at('"language"') ?? 1, '"language" must be English (e.g. en_US)', 'scratch-def'));
    }
    const features = Array.isArray(definition.features) ? definition.features : [];
    if (!Array.isArray(definition.features)) {
        findings.push(
            finding(file, at('"features"') ?? 1, '"features" must be an array of feature names', 'scratch-def')
        );
    }
    const known = new Map(KNOWN_FEATURES.map((name) => [name.toLowerCase(), name]));
    const seen = new Set<string>();
    for (const feature of features) {
        const name = typeof feature === 'string' ? feature.split(':')[0] : String(feature);
        const line = at(`"${String(feature)}"`);
        if (!known.has(name.toLowerCase())) {
            findings.push(
                finding(
                    file,
                    line,
                    `unknown scratch org feature "${name}" (known to this project: ${KNOWN_FEATURES.join(', ')})`,
                    'scratch-feature'
                )
            );
        } else if (seen.has(name.toLowerCase())) {
            findings.push(finding(file, line, `feature "${name}" is listed twice`, 'scratch-feature'));
        }
        seen.add(name.toLowerCase());
    }
    for (const required of requiredFeatures) {
        if (!seen.has(required.toLowerCase())) {
            findings.push(finding(file, at('"features"') ?? 1, `needs the feature "${required}"`, 'scratch-feature'));
        }
    }
    const settings = (definition.settings ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(settings)) {
        if (!/^[a-z][A-Za-z0-9]*Settings$/.test(key)) {
            findings.push(
                finding(
                    file,
                    at(`"${key}"`),
                    `settings key "${key}" must be a lowerCamelCase Metadata API settings name`,
                    'scratch-def'
                )
            );
        }
    }
    const communities = settings.communitiesSettings as { enableNetworksEnabled?: unknown } | undefined;
    if (communities?.enableNetworksEnabled !== true) {
        findings.push(
            finding(
                file,
                at('"settings"') ?? 1,
                'needs "settings": { "communitiesSettings": { "enableNetworksEnabled": true } } (Experience Cloud)',
                'scratch-def'
            )
        );
    }
    return findings;
}

/** Names of the metadata of one type in force-app, from file names (e.g. permissionsets/X.permissionset-meta.xml). */
function metadataNames(root: string, folder: string, suffix: string): Set<string> {
    const files = listFiles(join(root, 'force-app'), (name) => name.endsWith(suffix));
    return new Set(
        files
            // the metadata folder itself or a feature folder under it (classes/service/X.cls)
            .filter((file) => relativePath(join(root, 'force-app'), dirname(file)).split('/').includes(folder))
            .map((file) => basename(file).slice(0, -suffix.length))
    );
}

/** Demo layouts: well-formed, every object-specific quick action exists in force-app, the product action is placed. */
export function layoutFindings(root: string, quickActions: ReadonlySet<string>): Finding[] {
    const findings: Finding[] = [];
    const xmlFiles = listFiles(join(root, 'demo'), (name) => name.endsWith('.xml'));
    let placesProductAction = false;
    for (const path of xmlFiles) {
        const file = relativePath(root, path);
        const text = readFileSync(path, 'utf8');
        const valid = XMLValidator.validate(text);
        if (valid !== true) {
            findings.push({
                file,
                line: valid.err.line,
                column: valid.err.col,
                message: `malformed XML: ${valid.err.msg}`,
                rule: 'xml'
            });
            continue;
        }
        if (!file.endsWith('.layout-meta.xml')) continue;
        const pattern =
            /<platformActionListItems>\s*<actionName>([^<]+)<\/actionName>\s*<actionType>QuickAction<\/actionType>|<quickActionName>([^<]+)<\/quickActionName>/g;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
            const name = (match[1] ?? match[2]).trim();
            if (name === PRODUCT_QUICK_ACTION) placesProductAction = true;
            // Global actions (NewTask) and FeedItem publisher actions are standard; Object.Name ones are ours.
            if (!name.includes('.') || name.startsWith('FeedItem.')) continue;
            if (!quickActions.has(name)) {
                findings.push({
                    file,
                    line: text.slice(0, match.index + match[0].indexOf(name)).split('\n').length,
                    message: `quick action "${name}" does not exist in force-app (quickActions/${name}.quickAction-meta.xml)`,
                    rule: 'demo-reference'
                });
            }
        }
    }
    if (!placesProductAction) {
        findings.push({
            file: 'demo',
            message: `no demo layout places the quick action ${PRODUCT_QUICK_ACTION}`,
            rule: 'demo-reference'
        });
    }
    return findings;
}

/** Each JSON file of demo/data parses; the students file follows the demo's rules. */
export function demoDataFindings(root: string): Finding[] {
    const findings: Finding[] = [];
    const studentsPath = join(root, DEMO_STUDENTS_FILE);
    if (!existsSync(studentsPath)) {
        findings.push({
            file: DEMO_STUDENTS_FILE,
            message: 'is missing: npm run scratch seeds from it',
            rule: 'demo-data'
        });
    }
    for (const path of listFiles(join(root, 'demo', 'data'), (name) => name.endsWith('.json'))) {
        const file = relativePath(root, path);
        const text = readFileSync(path, 'utf8');
        if (file === DEMO_STUDENTS_FILE) {
            for (const problem of parseDemoStudents(text).problems) {
                findings.push({
                    file,
                    ...(problem.line ? { line: problem.line } : {}),
                    message: problem.message,
                    rule: 'demo-data'
                });
            }
            continue;
        }
        try {
            JSON.parse(text);
        } catch (error) {
            findings.push(
                finding(file, jsonErrorLine(text, error), `not valid JSON: ${jsonErrorMessage(error)}`, 'demo-data')
            );
        }
    }
    return findings;
}

/** Where the scratch-org tooling names permission sets: TS constants, `sf org assign permset --name`, Apex SOQL. */
const PERMISSION_SET_PATTERNS = [
    /\bPERMISSION_SET\w*\s*=\s*'(\w+)'/g,
    /\bassign permset\b[^\n]*?(?:--name|-n)[ =]"?(\w+)/g,
    /\bFROM PermissionSet\s+WHERE\s+Name\s*=\s*'(\w+)'/gi
];

/** Permission sets the scripts and workflows name must exist in force-app. */
export function permissionSetFindings(root: string, permissionSets: ReadonlySet<string>): Finding[] {
    const files = [
        ...listFiles(
            join(root, 'scripts', 'scratch'),
            (name) => name.endsWith('.ts') && !name.endsWith('.test.ts')
        ).filter((path) => !path.includes('__tests__')),
        ...listFiles(join(root, 'scripts', 'apex'), (name) => name.endsWith('.apex')),
        ...listFiles(join(root, '.github', 'workflows'), (name) => /\.ya?ml$/.test(name))
    ];
    const findings: Finding[] = [];
    for (const path of files) {
        const text = readFileSync(path, 'utf8');
        for (const pattern of PERMISSION_SET_PATTERNS) {
            for (const match of text.matchAll(pattern)) {
                if (!permissionSets.has(match[1])) {
                    findings.push({
                        file: relativePath(root, path),
                        line: text.slice(0, match.index).split('\n').length,
                        message: `permission set "${match[1]}" does not exist in force-app (permissionsets/${match[1]}.permissionset-meta.xml)`,
                        rule: 'permission-set-reference'
                    });
                }
            }
        }
    }
    return findings;
}

/**
 * The shapes a workflow names (`shape: <name>` in a matrix, `--shape <name>` on a command line) must be shapes of
 * `npm run scratch` (SCRATCH_SHAPES); expressions such as `${{ matrix.shape }}` are resolved by the matrix entries.
 */
export function workflowShapeFindings(file: string, text: string): Finding[] {
    const findings: Finding[] = [];
    const known = Object.keys(SCRATCH_SHAPES);
    for (const match of text.matchAll(/(?:^\s*-?\s*shape:\s*|--shape[ =])([\w.-]+)/gm)) {
        if (!known.includes(match[1])) {
            findings.push({
                file,
                line: text.slice(0, match.index).split('\n').length,
                message: `unknown scratch org shape "${match[1]}" (npm run scratch -- --shape takes ${known.join(', ')})`,
                rule: 'scratch-shape'
            });
        }
    }
    return findings;
}

function stripApexComments(source: string): string {
    // Keep line breaks so line numbers survive.
    return source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
}

/** Parse errors of anonymous Apex from the native parser prettier-plugin-apex ships, deduplicated. */
export function anonymousApexErrors(source: string): { line?: number; column?: number; message: string }[] {
    const output = execFileSync(apexParserBinary(), ['-a'], { input: source, maxBuffer: 1 << 28 }).toString();
    type ParseError = {
        message: string;
        error?: { loc?: { line?: number; column?: number }; error?: { loc?: { line?: number; column?: number } } };
    };
    const parsed = JSON.parse(output) as Record<string, { parseErrors: ParseError[] }>;
    const seen = new Set<string>();
    const errors: { line?: number; column?: number; message: string }[] = [];
    for (const error of parsed['apex.jorje.semantic.compiler.parser.ParserOutput'].parseErrors) {
        const loc = error.error?.error?.loc ?? error.error?.loc ?? {};
        const key = `${loc.line}:${loc.column}:${error.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        errors.push({ line: loc.line, column: loc.column, message: error.message });
    }
    return errors;
}

/** Seed scripts: valid anonymous Apex as checked in and as rendered with the students; product types exist. */
export function seedScriptFindings(root: string, apexClasses: ReadonlySet<string>): Finding[] {
    const findings: Finding[] = [];
    const studentsPath = join(root, DEMO_STUDENTS_FILE);
    const students = existsSync(studentsPath) ? parseDemoStudents(readFileSync(studentsPath, 'utf8')).students : [];
    const rendered = new Map(SEED_SCRIPTS.map((script) => [script.file, script.rendered]));
    for (const path of listFiles(join(root, 'scripts', 'apex'), (name) => name.endsWith('.apex'))) {
        const file = relativePath(root, path);
        const source = readFileSync(path, 'utf8');
        for (const error of anonymousApexErrors(source)) {
            findings.push({
                file,
                line: error.line,
                column: error.column,
                message: `Apex: ${error.message}`,
                rule: 'apex-anonymous'
            });
        }
        if (rendered.get(file) && findings.every((f) => f.file !== file)) {
            let renderedSource: string | undefined;
            try {
                renderedSource = renderSeedScript(source, students, file);
            } catch (error) {
                findings.push({ file, message: (error as Error).message, rule: 'apex-anonymous' });
            }
            for (const error of renderedSource ? anonymousApexErrors(renderedSource) : []) {
                findings.push({
                    file,
                    line: error.line,
                    message: `Apex, once rendered with ${DEMO_STUDENTS_FILE}: ${error.message}`,
                    rule: 'apex-anonymous'
                });
            }
        }
        const code = stripApexComments(source);
        const reported = new Set<string>();
        for (const match of code.matchAll(PRODUCT_TYPE_PATTERN)) {
            const line = code.slice(0, match.index).split('\n').length;
            if (!apexClasses.has(match[0]) && !reported.has(`${line}:${match[0]}`)) {
                reported.add(`${line}:${match[0]}`);
                findings.push({
                    file,
                    line,
                    message: `Apex type "${match[0]}" does not exist in force-app (classes/${match[0]}.cls)`,
                    rule: 'demo-reference'
                });
            }
        }
    }
    return findings;
}

export const scratchConfigCheck: Check = {
    name: 'scratch-config',
    description:
        'Scratch definitions (options, vetted features, Experience Cloud settings), demo data and layout, seed scripts ' +
        '(anonymous Apex), and the metadata they name exist in force-app',
    async run(root) {
        const findings: Finding[] = [];
        for (const [file, features] of Object.entries(REQUIRED_DEFINITIONS)) {
            const path = join(root, file);
            if (!existsSync(path)) {
                findings.push({ file, message: 'is missing: CI creates a scratch org from it', rule: 'scratch-def' });
                continue;
            }
            findings.push(...definitionFindings(file, readFileSync(path, 'utf8'), features));
        }
        for (const path of listFiles(join(root, 'config'), (name) => /scratch-def.*\.json$/.test(name))) {
            const file = relativePath(root, path);
            if (!(file in REQUIRED_DEFINITIONS)) {
                findings.push(...definitionFindings(file, readFileSync(path, 'utf8'), ['Communities']));
            }
        }
        findings.push(...demoDataFindings(root));
        findings.push(...layoutFindings(root, metadataNames(root, 'quickActions', '.quickAction-meta.xml')));
        findings.push(...permissionSetFindings(root, metadataNames(root, 'permissionsets', '.permissionset-meta.xml')));
        findings.push(...seedScriptFindings(root, metadataNames(root, 'classes', '.cls')));
        for (const path of listFiles(join(root, '.github', 'workflows'), (name) => /\.ya?ml$/.test(name))) {
            findings.push(...workflowShapeFindings(relativePath(root, path), readFileSync(path, 'utf8')));
        }
        await Promise.resolve();
        return findings;
    }
};
