/**
 * DML in the jorje parse tree: DML statements and `Database.<dml>(...)` calls as sites, and the setup objects whose DML
 * cannot share a transaction with other DML. Used with the model of apex-model.ts.
 */
import { child, children, identifier, nodeClass, optional, walk } from './apex-ast';
import type { ApexNode } from './apex-parser';
import { callNames, firstLoc, locOf, lower } from './apex-model';
import type { Location, MethodInfo } from './apex-model';

const DML_STATEMENTS: Record<string, string> = {
    'ast.Stmnt$DmlInsertStmnt': 'insert',
    'ast.Stmnt$DmlUpsertStmnt': 'upsert',
    'ast.Stmnt$DmlUpdateStmnt': 'update',
    'ast.Stmnt$DmlDeleteStmnt': 'delete',
    'ast.Stmnt$DmlUndeleteStmnt': 'undelete',
    'ast.Stmnt$DmlMergeStmnt': 'merge'
};
export const DATABASE_DML = new Set(['insert', 'upsert', 'update', 'delete', 'undelete', 'merge', 'insertasync']);

export interface DmlSite {
    /** `insert`, `update`, ... for statements; `Database.insert`, ... for calls. */
    operation: string;
    /** The records expression. */
    records?: ApexNode;
    /** Further arguments of a `Database.*` call. */
    options: ApexNode[];
    at: Location;
}

/** The DML operation of a site without the `Database.` prefix, lower case: `insert`, `update`, `insertasync`... */
export function dmlVerb(site: DmlSite): string {
    return lower(site.operation.replace(/^Database\./i, ''));
}

/** Whether a node is a DML statement or a `Database.<dml>(...)` call; the site when it is. */
export function dmlSiteOf(node: ApexNode): DmlSite | undefined {
    const kind = nodeClass(node);
    const operation = DML_STATEMENTS[kind];
    if (operation) return { operation, records: child(node, 'expr'), options: [], at: locOf(node) ?? firstLoc(node) };
    if (kind !== 'ast.Expr$MethodCallExpr') return undefined;
    const names = callNames(node);
    if (names?.length !== 2 || names[0] !== 'database' || !DATABASE_DML.has(names[1])) return undefined;
    const [records, ...options] = children(node, 'inputParameters');
    const at = identifier(children(node, 'names')[0]);
    return {
        operation: `Database.${identifier(children(node, 'names')[1])?.name ?? names[1]}`,
        records,
        options,
        at: at ? { line: at.line, column: at.column } : firstLoc(node)
    };
}

/** Every DML site of a method body. */
export function dmlSites(method: MethodInfo): DmlSite[] {
    const sites: DmlSite[] = [];
    walk(optional(method.decl, 'stmnt'), (node) => {
        const site = dmlSiteOf(node);
        if (site) sites.push(site);
        return undefined;
    });
    return sites;
}

/**
 * Setup objects: DML on them cannot share a transaction with DML on other objects, nor run in a parallel test class
 * (Apex Developer Guide, "sObjects That Can't Be Used Together in DML Operations"; the guide says its list is not
 * exhaustive). PermissionSetGroup, PermissionSetLicenseAssign, Profile and UserLogin are added here: they control
 * access the same way.
 */
export const SETUP_OBJECT_NAMES: readonly string[] = [
    'AuthSession',
    'ContentWorkspace',
    'FieldPermissions',
    'ForecastingShare',
    'Group',
    'GroupMember',
    'ObjectPermissions',
    'ObjectTerritory2AssignmentRule',
    'ObjectTerritory2AssignmentRuleItem',
    'PermissionSet',
    'PermissionSetAssignment',
    'PermissionSetGroup',
    'PermissionSetLicenseAssign',
    'Profile',
    'QueueSObject',
    'RuleTerritory2Association',
    'SetupEntityAccess',
    'Territory',
    'Territory2',
    'Territory2Model',
    'User',
    'UserLogin',
    'UserPackageLicense',
    'UserRole',
    'UserTerritory',
    'UserTerritory2Association'
];

/** SETUP_OBJECT_NAMES in lower case. */
export const SETUP_OBJECTS: ReadonlySet<string> = new Set(SETUP_OBJECT_NAMES.map(lower));
