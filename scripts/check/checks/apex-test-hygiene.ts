import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { child, children, identifier, nodeClass, optional, walk } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import { parseApexFiles } from '../lib/apex-parser';
import {
    buildApexModel,
    callNames,
    expressionType,
    firstLoc,
    hasModifier,
    locOf,
    lower,
    reachable,
    recordType,
    typeName
} from '../lib/apex-model';
import { DATABASE_DML, dmlSites, SETUP_OBJECTS } from '../lib/apex-dml';
import type { ClassInfo, Location, MethodInfo } from '../lib/apex-model';
import type { DmlSite } from '../lib/apex-dml';
import { listFiles, relativePath } from '../lib/files';
import { byPosition, type Check, type Finding } from '../types';

/**
 * Apex test hygiene, from the parse tree of every class and trigger under `force-app`:
 * - `unique-test-value`: a fixed value (a literal, an all-literal concatenation or a constant holding one) for a field
 *   that must be unique in the org, set in test data that more than one test class runs. Test classes run in
 *   parallel: the second insert waits on the first and fails (UNABLE_TO_LOCK_ROW or a duplicate value).
 * - `allow-save`: a Contact or Account inserted by test code without `DuplicateRuleHeader.allowSave = true`.
 * - `parallel-setup`: `@IsTest(IsParallel=true)` on a class that does DML on setup objects or `System.runAs`,
 *   directly or through the project methods it calls.
 * - `standard-profile`: a string literal equal to the name of a standard external profile (also a `<value>` of a
 *   custom metadata record).
 * Types come from declarations (variables, parameters, fields, `new`, casts, return types of project methods), read
 * by the shared model of `lib/apex-model.ts`; an expression whose type is not known yields no finding.
 */

const RULE = 'apex-test-hygiene';

/** Fields that must be unique in the org, by object (lower case). */
const UNIQUE_FIELDS: Record<string, string[]> = {
    userrole: ['DeveloperName'],
    user: ['Username', 'CommunityNickname'],
    group: ['DeveloperName'],
    permissionset: ['Name'],
    permissionsetgroup: ['DeveloperName'],
    profile: ['Name']
};

/** Standard external profiles (they cannot be given to new users unless the org opts in; names are translated). */
export const STANDARD_EXTERNAL_PROFILES = [
    'Authenticated Website',
    'Chatter External User',
    'Customer Community Login User',
    'Customer Community Plus Login User',
    'Customer Community Plus User',
    'Customer Community User',
    'Customer Portal Manager Custom',
    'Customer Portal Manager Standard',
    'External Identity User',
    'Gold Partner User',
    'High Volume Customer Portal',
    'High Volume Customer Portal User',
    'Overage Authenticated Website User',
    'Overage Customer Portal Manager Custom',
    'Overage Customer Portal Manager Standard',
    'Overage High Volume Customer Portal User',
    'Partner App Subscription User',
    'Partner Community Login User',
    'Partner Community User',
    'Silver Partner User'
];
const EXTERNAL_PROFILES = new Map(STANDARD_EXTERNAL_PROFILES.map((name) => [name.toLowerCase(), name]));

interface UniqueSite {
    object: string;
    field: string;
    value: string;
    at: Location;
    method: MethodInfo;
}

/** The value of an expression made only of string literals and constants, or undefined. */
function fixedString(
    expr: ApexNode | undefined,
    method: MethodInfo,
    classes: Map<string, ClassInfo>
): string | undefined {
    if (!expr) return undefined;
    switch (nodeClass(expr)) {
        case 'ast.Expr$LiteralExpr': {
            const literal = child(expr, 'literal');
            const kind = child(expr, 'type')?.$;
            return kind === 'STRING' && literal && typeof literal.$ === 'string' ? literal.$ : undefined;
        }
        case 'ast.Expr$NestedExpr':
            return fixedString(child(expr, 'expr'), method, classes);
        case 'ast.Expr$BinaryExpr': {
            if (child(expr, 'op')?.$ !== 'ADDITION') return undefined;
            const left = fixedString(child(expr, 'left'), method, classes);
            const right = fixedString(child(expr, 'right'), method, classes);
            return left !== undefined && right !== undefined ? left + right : undefined;
        }
        case 'ast.Expr$VariableExpr': {
            if (optional(expr, 'dottedExpr')) return undefined;
            const names = children(expr, 'names').map((name) => lower(identifier(name)?.name ?? ''));
            if (names.length === 1) {
                if (method.scope.has(names[0])) return undefined;
                return method.classInfo.constants.get(names[0]);
            }
            if (names.length === 2) return classes.get(names[0])?.constants.get(names[1]);
            return undefined;
        }
        default:
            return undefined;
    }
}

/** Constants: final fields whose initializer is made of literals (resolved once all classes are known). */
function collectConstants(info: ClassInfo, unit: ApexNode, classes: Map<string, ClassInfo>): void {
    const probe: MethodInfo = {
        key: '',
        name: '',
        classInfo: info,
        owner: info.declared[0],
        decl: {},
        isTest: false,
        scope: new Map(),
        params: new Set(),
        calls: []
    };
    // Two passes so that a constant built from another constant of the class resolves.
    for (let pass = 0; pass < 2; pass++) {
        walk(child(unit, 'body'), (node) => {
            if (nodeClass(node) !== 'ast.BlockMember$FieldMember') return undefined;
            const decls = child(node, 'variableDecls');
            if (!decls || !hasModifier(decls, 'FinalModifier')) return false;
            for (const decl of children(decls, 'decls')) {
                const name = identifier(child(decl, 'name'))?.name;
                const value = fixedString(optional(decl, 'assignment'), probe, classes);
                if (name && value !== undefined) info.constants.set(lower(name), value);
            }
            return false;
        });
    }
}

/** Whether the method sets `<variable>.DuplicateRuleHeader.allowSave = true`. */
function setsAllowSave(method: MethodInfo, variable: string): boolean {
    let found = false;
    walk(optional(method.decl, 'stmnt'), (node) => {
        if (nodeClass(node) !== 'ast.Expr$AssignmentExpr') return undefined;
        const left = child(node, 'left');
        const right = child(node, 'right');
        const names = children(left ?? {}, 'names').map((name) => lower(identifier(name)?.name ?? ''));
        if (
            names.join('.') === `${variable}.duplicateruleheader.allowsave` &&
            right &&
            nodeClass(right) === 'ast.Expr$LiteralExpr' &&
            child(right, 'type')?.$ === 'TRUE'
        ) {
            found = true;
        }
        return undefined;
    });
    return found;
}

/** Whether `variable` is declared as `new Database.DMLOptions()`, never reassigned and never passed to a method. */
function isFreshLocalOptions(method: MethodInfo, variable: string): boolean {
    let fresh = false;
    let escapes = false;
    const isVariable = (expr: ApexNode | undefined): boolean =>
        Boolean(expr) &&
        nodeClass(expr as ApexNode) === 'ast.Expr$VariableExpr' &&
        !optional(expr as ApexNode, 'dottedExpr') &&
        children(expr as ApexNode, 'names').length === 1 &&
        lower(identifier(children(expr as ApexNode, 'names')[0])?.name ?? '') === variable;
    walk(optional(method.decl, 'stmnt'), (node) => {
        const kind = nodeClass(node);
        if (kind === 'ast.VariableDecl' && lower(identifier(child(node, 'name'))?.name ?? '') === variable) {
            const value = optional(node, 'assignment');
            fresh = Boolean(value) && nodeClass(value as ApexNode) === 'ast.Expr$NewExpr';
        } else if (kind === 'ast.Expr$AssignmentExpr' && isVariable(child(node, 'left'))) {
            escapes = true;
        } else if (kind === 'ast.Expr$MethodCallExpr') {
            const names = callNames(node);
            const isDatabaseDml = names?.length === 2 && names[0] === 'database' && DATABASE_DML.has(names[1]);
            if (!isDatabaseDml && children(node, 'inputParameters').some(isVariable)) escapes = true;
        }
        return undefined;
    });
    return fresh && !escapes;
}

/** Whether the method calls `setOptions(...)` on a record (DML options set on the sObject itself). */
function callsSetOptions(method: MethodInfo): boolean {
    let found = false;
    walk(optional(method.decl, 'stmnt'), (node) => {
        if (nodeClass(node) === 'ast.Expr$MethodCallExpr') {
            const names = children(node, 'names');
            if (lower(identifier(names[names.length - 1])?.name ?? '') === 'setoptions') found = true;
        }
        return undefined;
    });
    return found;
}

/** Why a Contact/Account insert lacks allowSave, or undefined when it has it (or it cannot be known). */
function allowSaveProblem(site: DmlSite, method: MethodInfo, methods: Map<string, MethodInfo[]>): string | undefined {
    // Options set on the records themselves (here or in a factory this method calls): not followed, no finding.
    if ([...reachable(method, methods)].some(callsSetOptions)) return undefined;
    if (!site.operation.startsWith('Database.')) return `\`${site.operation}\` statement`;
    if (lower(site.operation) === 'database.upsert') return '`Database.upsert` (it takes no DMLOptions)';
    const [second] = site.options;
    if (!second || nodeClass(second) === 'ast.Expr$LiteralExpr') {
        return `\`${site.operation}\` without DMLOptions`;
    }
    if (nodeClass(second) !== 'ast.Expr$VariableExpr' || optional(second, 'dottedExpr')) return undefined;
    const names = children(second, 'names').map((name) => lower(identifier(name)?.name ?? ''));
    if (names.length !== 1 || method.params.has(names[0])) return undefined;
    if (typeName(method.scope.get(names[0])) !== 'database.dmloptions') return undefined;
    // A local `new Database.DMLOptions()`, never reassigned nor handed to another method: its allowSave must be set here.
    if (!isFreshLocalOptions(method, names[0])) return undefined;
    if (setsAllowSave(method, names[0])) return undefined;
    return `\`${site.operation}\` with DMLOptions '${names[0]}' that never sets DuplicateRuleHeader.allowSave = true`;
}

function collectUniqueSites(method: MethodInfo, classes: Map<string, ClassInfo>): UniqueSite[] {
    const sites: UniqueSite[] = [];
    const add = (object: string, fieldName: string | undefined, value: ApexNode | undefined, at: Location): void => {
        const field = UNIQUE_FIELDS[object]?.find((candidate) => lower(candidate) === lower(fieldName ?? ''));
        if (!field) return;
        const fixed = fixedString(value, method, classes);
        if (fixed !== undefined) sites.push({ object, field, value: fixed, at, method });
    };
    walk(optional(method.decl, 'stmnt'), (node) => {
        const kind = nodeClass(node);
        if (kind === 'ast.NewObject$NewKeyValue') {
            const object = recordType(child(node, 'type'));
            if (!object) return undefined;
            for (const pair of children(node, 'keyValues')) {
                const name = identifier(child(pair, 'name'));
                if (name) add(object, name.name, child(pair, 'value'), name);
            }
        } else if (kind === 'ast.Expr$AssignmentExpr' && child(node, 'op')?.$ === 'EQUALS') {
            const left = child(node, 'left');
            if (!left || nodeClass(left) !== 'ast.Expr$VariableExpr' || optional(left, 'dottedExpr')) return undefined;
            const names = children(left, 'names').map(identifier);
            if (names.length !== 2 || !names[0] || !names[1]) return undefined;
            const variable = lower(names[0].name);
            const type = method.scope.has(variable)
                ? method.scope.get(variable)
                : method.classInfo.fields.get(variable);
            const object = recordType(type);
            if (object && children(type ?? {}, 'typeArguments').length === 0) {
                add(object, names[1].name, child(node, 'right'), names[1]);
            }
        }
        return undefined;
    });
    return sites;
}

function objectLabel(object: string): string {
    const labels: Record<string, string> = {
        userrole: 'UserRole',
        user: 'User',
        group: 'Group',
        permissionset: 'PermissionSet',
        permissionsetgroup: 'PermissionSetGroup',
        profile: 'Profile',
        contact: 'Contact',
        account: 'Account'
    };
    return labels[object] ?? object;
}

const PROFILE_MESSAGE =
    'orgs refuse standard external profiles for new users and site logins unless they opt in, and profile names ' +
    'are translated; use a custom profile (by id or from settings) or the licence';

/** Custom metadata records are Apex's configuration: a standard external profile named in a `<value>` counts too. */
function profilesInCustomMetadata(root: string): Finding[] {
    const findings: Finding[] = [];
    for (const path of listFiles(join(root, 'force-app'), (name) => name.endsWith('.md-meta.xml'))) {
        readFileSync(path, 'utf8')
            .split(/\r?\n/)
            .forEach((line, index) => {
                const match = /<value\b[^>]*>([^<]*)<\/value>/.exec(line);
                const profile = match ? EXTERNAL_PROFILES.get(lower(match[1].trim())) : undefined;
                if (match && profile) {
                    findings.push({
                        file: relativePath(root, path),
                        line: index + 1,
                        column: match.index + match[0].indexOf('>') + 2,
                        message: `standard external profile '${profile}' named in a custom metadata record: ${PROFILE_MESSAGE}`,
                        rule: `${RULE}:standard-profile`
                    });
                }
            });
    }
    return findings;
}

export async function checkApexTestHygiene(root: string): Promise<Finding[]> {
    const files = listFiles(join(root, 'force-app'), (name) => name.endsWith('.cls') || name.endsWith('.trigger'));
    if (files.length === 0) return [];
    const findings: Finding[] = [];
    const parsed = await parseApexFiles(files);
    const units: { file: string; unit: ApexNode }[] = [];
    for (const result of parsed) {
        const file = relativePath(root, result.file);
        // A standard external profile named anywhere in Apex (classes and triggers, tests or not).
        walk(result.unit, (node) => {
            const kind = nodeClass(node);
            let text: unknown;
            let at: Location | undefined;
            if (kind === 'ast.Expr$LiteralExpr' && child(node, 'type')?.$ === 'STRING') {
                text = child(node, 'literal')?.$;
                at = locOf(node);
            } else if (kind === 'soql.QueryLiteral$QueryString') {
                text = node.literal;
                at = locOf(node);
            }
            const profile = typeof text === 'string' ? EXTERNAL_PROFILES.get(lower(text.trim())) : undefined;
            if (profile) {
                findings.push({
                    file,
                    line: at?.line,
                    column: at?.column,
                    message: `standard external profile '${profile}' named in Apex: ${PROFILE_MESSAGE}`,
                    rule: `${RULE}:standard-profile`
                });
            }
            return undefined;
        });
        if (result.parseErrors.length === 0) units.push({ file, unit: result.unit });
    }
    findings.push(...profilesInCustomMetadata(root));
    const { classes, methods } = buildApexModel(units);
    for (const { unit } of units) {
        const info = classes.get(lower(identifier(child(child(unit, 'body') ?? unit, 'name'))?.name ?? ''));
        if (info && !info.isTrigger) collectConstants(info, unit, classes);
    }
    // What rules out IsParallel=true, by method: System.runAs blocks, then setup-object DML.
    const setupTouches = new Map<MethodInfo, { what: string; at: Location }[]>();
    const touch = (method: MethodInfo, what: string, at: Location): void => {
        setupTouches.set(method, [...(setupTouches.get(method) ?? []), { what, at }]);
    };
    for (const info of classes.values()) {
        for (const method of info.methods) {
            walk(optional(method.decl, 'stmnt'), (node) => {
                if (nodeClass(node) === 'ast.Stmnt$RunAsBlock')
                    touch(method, 'System.runAs', locOf(node) ?? firstLoc(node));
                return undefined;
            });
        }
    }
    for (const info of classes.values()) {
        for (const method of info.methods) {
            for (const site of dmlSites(method)) {
                const object = expressionType(site.records, method, classes);
                if (!object) continue;
                if (SETUP_OBJECTS.has(object)) {
                    touch(method, `${site.operation} of ${objectLabel(object)}`, site.at);
                }
                if (
                    info.isTest &&
                    (object === 'contact' || object === 'account') &&
                    ['insert', 'upsert'].some((operation) => lower(site.operation).endsWith(operation))
                ) {
                    const problem = allowSaveProblem(site, method, methods);
                    if (problem) {
                        findings.push({
                            file: info.file,
                            line: site.at.line,
                            column: site.at.column,
                            message:
                                `${objectLabel(object)} records inserted by test code (${problem}): the org's ` +
                                'duplicate rules can refuse them in a customer org; insert with Database.DMLOptions ' +
                                'whose DuplicateRuleHeader.allowSave = true',
                            rule: `${RULE}:allow-save`
                        });
                    }
                }
            }
        }
    }

    // Which test classes (with test methods) run each method.
    const runners = new Map<MethodInfo, Set<string>>();
    for (const info of classes.values()) {
        if (!info.isTest || !info.hasTests) continue;
        for (const method of info.methods) {
            for (const reached of reachable(method, methods)) {
                const set = runners.get(reached) ?? new Set<string>();
                set.add(info.name);
                runners.set(reached, set);
            }
        }
    }

    // IsParallel=true on a class that touches setup objects.
    for (const info of classes.values()) {
        if (!info.parallelAt) continue;
        const evidence: string[] = [];
        for (const method of info.methods) {
            for (const reached of reachable(method, methods)) {
                for (const touch of setupTouches.get(reached) ?? []) {
                    const where =
                        reached.classInfo === info
                            ? `line ${touch.at.line}`
                            : `${reached.classInfo.name}.${reached.name} line ${touch.at.line}, called from ${method.name}`;
                    evidence.push(`${touch.what} (${where})`);
                }
            }
        }
        if (evidence.length > 0) {
            const unique = [...new Set(evidence)];
            findings.push({
                file: info.file,
                line: info.parallelAt.line,
                column: info.parallelAt.column,
                message:
                    `@IsTest(IsParallel=true) on a class that touches setup objects: ${unique.slice(0, 3).join('; ')}` +
                    `${unique.length > 3 ? `; and ${unique.length - 3} more` : ''}; ` +
                    'setup-object DML and System.runAs cannot run in a parallel test class: remove IsParallel=true',
                rule: `${RULE}:parallel-setup`
            });
        }
    }

    // Fixed unique values shared by the test data of several test classes.
    const groups = new Map<string, { sites: UniqueSite[]; runners: Set<string> }>();
    for (const info of classes.values()) {
        if (!info.isTest) continue;
        for (const method of info.methods) {
            for (const site of collectUniqueSites(method, classes)) {
                // Unique names and usernames compare without case in Salesforce.
                const key = `${site.object}.${lower(site.field)}=${lower(site.value)}`;
                const group = groups.get(key) ?? { sites: [], runners: new Set<string>() };
                group.sites.push(site);
                const reachedBy = runners.get(method);
                if (reachedBy && reachedBy.size > 0) reachedBy.forEach((name) => group.runners.add(name));
                else group.runners.add(info.name);
                groups.set(key, group);
            }
        }
    }
    for (const group of groups.values()) {
        if (group.runners.size < 2) continue;
        const names = [...group.runners].sort();
        for (const site of group.sites) {
            findings.push({
                file: site.method.classInfo.file,
                line: site.at.line,
                column: site.at.column,
                message:
                    `${objectLabel(site.object)}.${site.field} '${site.value}' is fixed test data of ${names.length} ` +
                    `test classes (${names.join(', ')}): test classes run in parallel, so the second insert waits ` +
                    'on the first and fails (UNABLE_TO_LOCK_ROW or a duplicate value); add a part unique to the run ' +
                    '(e.g. a random number or the time)',
                rule: `${RULE}:unique-test-value`
            });
        }
    }

    return findings.sort(byPosition);
}

export const apexTestHygieneCheck: Check = {
    name: 'apex-test-hygiene',
    description:
        'Apex tests: no fixed unique value (role/group DeveloperName, username, nickname, permission set name) in the test data of two test classes, Contacts/Accounts inserted with DuplicateRuleHeader.allowSave, no IsParallel=true with setup-object DML or runAs, no standard external profile by name',
    run: checkApexTestHygiene
};
