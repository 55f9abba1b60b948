/**
 * Which side of the mixed-DML rule a DML site is on: Apex Developer Guide, "sObjects That Can't Be Used Together in
 * DML Operations" (developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dml_non_mix_sobjects.htm;
 * the User notes below are in its older versions, e.g. atlas.en-us.230.0, and quoted in salesforce.stackexchange.com 309587):
 * setup objects (lib/apex-dml.ts SETUP_OBJECTS) against every other sObject. The guide's exceptions are modelled so
 * that good code is not flagged:
 * - Group: "You can only insert and update a group in a transaction with other sObjects": only its other operations
 *   count as setup DML.
 * - User: inserting a user counts only when UserRoleId is set (the guide: allowed "if UserRoleId is specified as
 *   null"), or ContactId (a portal user of a role-based licence gets a portal role on insert; platform-notes); updating
 *   a user counts only when it sets UserRoleId, IsActive, ForecastEnabled, IsPortalEnabled, Username or ProfileId (the
 *   guide's list for API 15.0 and later). The fields come from `new User(...)` and `u.Field = ...` in the method (and
 *   the project methods that build the users); when they cannot be known (users passed in) the DML counts.
 */
import { child, children, identifier, nodeClass, optional, walk } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import { expressionType, lower, recordType } from '../lib/apex-model';
import { dmlVerb, SETUP_OBJECT_NAMES, SETUP_OBJECTS } from '../lib/apex-dml';
import type { ApexModel, Location, MethodInfo } from '../lib/apex-model';
import type { DmlSite } from '../lib/apex-dml';
import { resolveCall } from './calls';

const USER_INSERT_FIELDS = new Set(['userroleid', 'contactid']);
const USER_UPDATE_FIELDS = new Set([
    'userroleid',
    'isactive',
    'forecastenabled',
    'isportalenabled',
    'username',
    'profileid'
]);

export interface DmlKind {
    /** Lower-case object name. */
    object: string;
    /** `setup` or `data` (any other sObject); undefined when the site takes no side (a group insert, a user update of other fields). */
    side?: 'setup' | 'data';
    /** Words for a message, e.g. `update of User (sets IsActive)`. */
    label: string;
}

/** Object names as the platform spells them, for messages (the model's names are lower case). */
export function objectLabel(object: string): string {
    const known = SETUP_OBJECT_NAMES.find((name) => lower(name) === object);
    if (known) return known;
    // Other names as the usual spelling guesses them: `contact` → `Contact`, `student_user_run__c` → `Student_User_Run__c`.
    const [name, suffix] = object.split('__');
    const words = name.split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
    return suffix === undefined ? words.join('_') : `${words.join('_')}__${suffix}`;
}

const FIELD_LABELS: Record<string, string> = {
    contactid: 'ContactId',
    forecastenabled: 'ForecastEnabled',
    isactive: 'IsActive',
    isportalenabled: 'IsPortalEnabled',
    profileid: 'ProfileId',
    userroleid: 'UserRoleId',
    username: 'Username'
};

const isNullLiteral = (expr: ApexNode | undefined): boolean =>
    Boolean(expr) &&
    nodeClass(expr as ApexNode) === 'ast.Expr$LiteralExpr' &&
    child(expr as ApexNode, 'type')?.$ === 'NULL';

function newUserKeys(expr: ApexNode | undefined): Set<string> | undefined {
    const creator = expr && nodeClass(expr) === 'ast.Expr$NewExpr' ? child(expr, 'creator') : undefined;
    if (
        !creator ||
        nodeClass(creator) !== 'ast.NewObject$NewKeyValue' ||
        recordType(child(creator, 'type')) !== 'user'
    ) {
        return undefined;
    }
    const keys = new Set<string>();
    for (const pair of children(creator, 'keyValues')) {
        const name = identifier(child(pair, 'name'))?.name;
        if (name && !isNullLiteral(child(pair, 'value'))) keys.add(lower(name));
    }
    return keys;
}

const isUserType = (type: ApexNode | null | undefined): boolean => recordType(type) === 'user';

/**
 * Fields a method sets on User records: keys of `new User(...)`, `u.Field = value` on User variables, and the fields
 * set by the project methods it calls that return users. Undefined when a User variable gets records from a call
 * that is not resolved here.
 */
function methodUserFields(method: MethodInfo, model: ApexModel, seen: Set<MethodInfo>): Set<string> | undefined {
    if (seen.has(method)) return new Set();
    seen.add(method);
    const fields = new Set<string>();
    let unknown = false;
    const fromCall = (call: ApexNode): void => {
        const targets = resolveCall(call, method, model);
        if (targets.length === 0) {
            unknown = true;
            return;
        }
        for (const target of targets) {
            const inner = methodUserFields(target, model, seen);
            if (!inner) unknown = true;
            else inner.forEach((field) => fields.add(field));
        }
    };
    walk(optional(method.decl, 'stmnt'), (node) => {
        const kind = nodeClass(node);
        const keys = newUserKeys(node);
        if (keys) keys.forEach((key) => fields.add(key));
        else if (kind === 'ast.Expr$AssignmentExpr') {
            const names = children(child(node, 'left') ?? {}, 'names').map((name) =>
                lower(identifier(name)?.name ?? '')
            );
            const right = child(node, 'right');
            if (names.length === 2 && isUserType(method.scope.get(names[0]) ?? method.classInfo.fields.get(names[0]))) {
                if (!isNullLiteral(right)) fields.add(names[1]);
            } else if (names.length === 1 && isUserType(method.scope.get(names[0])) && right) {
                if (nodeClass(right) === 'ast.Expr$MethodCallExpr') fromCall(right);
            }
        } else if (kind === 'ast.VariableDecls' && isUserType(child(node, 'type'))) {
            for (const decl of children(node, 'decls')) {
                const value = optional(decl, 'assignment');
                if (value && nodeClass(value) === 'ast.Expr$MethodCallExpr') fromCall(value);
            }
        } else if (kind === 'ast.Expr$MethodCallExpr') {
            // A project method returning users (e.g. `users.add(Factory.newUser())`): the fields it sets.
            const targets = resolveCall(node, method, model).filter((target) =>
                isUserType(optional(target.decl, 'type'))
            );
            for (const target of targets) methodUserFields(target, model, seen)?.forEach((field) => fields.add(field));
        }
        return undefined;
    });
    return unknown ? undefined : fields;
}

/** The fields set on the User records of a DML site; undefined when they cannot be known. */
function userFields(site: DmlSite, method: MethodInfo, model: ApexModel): Set<string> | undefined {
    const records = site.records;
    if (!records) return undefined;
    const direct = newUserKeys(records);
    if (direct) return direct;
    const kind = nodeClass(records);
    if (kind === 'ast.Expr$NewExpr' && nodeClass(child(records, 'creator') ?? {}) === 'ast.NewObject$NewListLiteral') {
        const values = children(child(records, 'creator') ?? {}, 'values').map(newUserKeys);
        if (values.every((keys): keys is Set<string> => Boolean(keys)))
            return new Set(values.flatMap((keys) => [...keys]));
    }
    if (kind === 'ast.Expr$VariableExpr' && !optional(records, 'dottedExpr')) {
        const names = children(records, 'names').map((name) => lower(identifier(name)?.name ?? ''));
        if (names.length !== 1 || method.params.has(names[0]) || !method.scope.has(names[0])) return undefined;
        return methodUserFields(method, model, new Set());
    }
    if (kind === 'ast.Expr$MethodCallExpr') {
        const targets = resolveCall(records, method, model);
        const sets = targets.map((target) => methodUserFields(target, model, new Set()));
        if (targets.length === 0 || sets.some((set) => !set)) return undefined;
        return new Set(sets.flatMap((set) => [...(set as Set<string>)]));
    }
    return undefined;
}

const label = (fields: string[]): string => fields.map((field) => FIELD_LABELS[field] ?? field).join(', ');

/** The object of a DML site and the side it takes; undefined when the records' type is not declared. */
export function classifyDml(site: DmlSite, method: MethodInfo, model: ApexModel): DmlKind | undefined {
    const object = expressionType(site.records, method, model.classes);
    if (!object || object === 'sobject' || object.endsWith('__mdt')) return undefined;
    const verb = dmlVerb(site);
    const base = `${site.operation} of ${objectLabel(object)}`;
    if (!SETUP_OBJECTS.has(object)) return { object, side: 'data', label: base };
    if (object === 'group') {
        return ['insert', 'update', 'upsert'].includes(verb)
            ? { object, label: base }
            : { object, side: 'setup', label: base };
    }
    if (object !== 'user') return { object, side: 'setup', label: base };
    const watched = verb === 'insert' ? USER_INSERT_FIELDS : verb === 'update' ? USER_UPDATE_FIELDS : undefined;
    const fields = userFields(site, method, model);
    if (!fields) return { object, side: 'setup', label: `${base} (the fields it sets are not known here)` };
    const set = [...fields].filter((field) =>
        watched ? watched.has(field) : USER_INSERT_FIELDS.has(field) || USER_UPDATE_FIELDS.has(field)
    );
    return set.length > 0
        ? { object, side: 'setup', label: `${base} (sets ${label(set.sort())})` }
        : { object, label: base };
}

const PASSWORD_METHODS = new Set(['resetpassword', 'resetpasswordwithemailtemplate', 'setpassword']);

/** `System.resetPassword(...)`, `System.resetPasswordWithEmailTemplate(...)` or `System.setPassword(...)`. */
export function passwordCall(node: ApexNode): { label: string; at: Location } | undefined {
    if (nodeClass(node) !== 'ast.Expr$MethodCallExpr' || optional(node, 'dottedExpr')) return undefined;
    const names = children(node, 'names').map(identifier);
    const [first, second] = names;
    if (names.length !== 2 || !first || !second) return undefined;
    return lower(first.name) === 'system' && PASSWORD_METHODS.has(lower(second.name))
        ? { label: `System.${second.name}`, at: { line: first.line, column: first.column } }
        : undefined;
}
