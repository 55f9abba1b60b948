/**
 * Static SOQL (and SOSL RETURNING lists) read from the jorje parse tree into a small model: the object, the alias,
 * every field path of every clause, TYPEOF, child sub-queries and semi-join sub-queries.
 */
// @ts-nocheck

import { child, children, identifier, nodeClass, optional, walk } from '../lib/apex-ast';
import type { ApexIdentifier } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';

/** A dotted path such as `Account.Owner.UserRoleId`, one identifier (with its position) per segment. */
export type FieldPath = ApexIdentifier[];

export interface TypeOfBranch {
    /** The object named after WHEN. */
    type: ApexIdentifier;
    fields: FieldPath[];
}

export interface TypeOfClause {
    /** The polymorphic relationship, e.g. `What`. */
    relationship: FieldPath;
    branches: TypeOfBranch[];
    elseFields: FieldPath[];
}

export interface SoqlQuery {
    kind: 'soql' | 'sosl';
    /** FROM: an object, or in a sub-query a child relationship of the parent. */
    from: FieldPath;
    alias?: string;
    fields: FieldPath[];
    typeOfs: TypeOfClause[];
    /** `(SELECT ... FROM Contacts)` in the select list. */
    childQueries: SoqlQuery[];
    /** `WHERE Id IN (SELECT AccountId FROM Contact)`: a query on an object of its own. */
    semiJoins: SoqlQuery[];
}

/** Functions whose argument is not a field: `FIELDS(ALL)`, `FIELDS(STANDARD)`, `FIELDS(CUSTOM)`. */
const NON_FIELD_FUNCTIONS = new Set(['fields']);

/** Reads a `soql.FieldIdentifier` (nested through `entity`) into its segments. */
export function fieldPath(node: ApexNode): FieldPath {
    const entity = optional(node, 'entity');
    const head = entity ? fieldPath(entity) : [];
    const last = identifier(child(node, 'field'));
    return last ? [...head, last] : head;
}

/** Every top-level static query in a compilation unit (sub-queries hang off their parent query). */
export function findQueries(unit: ApexNode): SoqlQuery[] {
    const queries: SoqlQuery[] = [];
    const find = (root: unknown): void =>
        walk(root, (node) => {
            const type = nodeClass(node);
            if (type === 'soql.Query') {
                queries.push(readQuery(node, find));
                return false;
            }
            if (type === 'ast.Expr$SoslExpr') {
                queries.push(...readSosl(node, find));
                return false;
            }
            return true;
        });
    find(unit);
    return queries;
}

type Finder = (root: unknown) => void;

function readQuery(node: ApexNode, find: Finder): SoqlQuery {
    const query: SoqlQuery = { kind: 'soql', from: [], fields: [], typeOfs: [], childQueries: [], semiJoins: [] };
    const fromExpr = children(child(node, 'from') ?? {}, 'exprs')[0];
    if (fromExpr) {
        const table = child(fromExpr, 'table');
        query.from = table ? fieldPath(table) : [];
        query.alias = identifier(optional(fromExpr, 'alias'))?.name;
    }
    for (const expr of children(child(node, 'select') ?? {}, 'exprs')) {
        const type = nodeClass(expr);
        if (type === 'soql.SelectExpr$SelectInnerQuery') {
            const inner = child(expr, 'query');
            if (inner) query.childQueries.push(readQuery(inner, find));
        } else if (type === 'soql.SelectExpr$SelectCaseExpr') {
            const typeOf = readTypeOf(child(expr, 'expr'));
            if (typeOf) query.typeOfs.push(typeOf);
        } else {
            collectFields(expr, query, find);
        }
    }
    for (const clause of ['where', 'groupBy', 'orderBy']) {
        const value = optional(node, clause);
        if (value) collectFields(value, query, find);
    }
    return query;
}

/** Collects field paths under a clause; a bind expression (`:value`) is Apex, searched only for nested queries. */
function collectFields(root: ApexNode, query: SoqlQuery, find: Finder): void {
    walk(root, (node) => {
        switch (nodeClass(node)) {
            case 'soql.Field': {
                const fn = identifier(optional(node, 'function1'))?.name.toLowerCase();
                const field = child(node, 'field');
                if (field && !(fn && NON_FIELD_FUNCTIONS.has(fn))) query.fields.push(fieldPath(field));
                return false;
            }
            case 'soql.DistanceFunctionExpr': {
                const field = child(node, 'field');
                if (field) query.fields.push(fieldPath(field));
                return false;
            }
            case 'soql.Query':
                query.semiJoins.push(readQuery(node, find));
                return false;
            case 'soql.QueryExpr$ApexExpr':
                find(node.expr);
                return false;
            default:
                return true;
        }
    });
}

function readTypeOf(caseExpr: ApexNode | undefined): TypeOfClause | undefined {
    const relationshipNode = caseExpr && child(child(caseExpr, 'op') ?? {}, 'identifier');
    if (!caseExpr || !relationshipNode) return undefined;
    const branches: TypeOfBranch[] = [];
    for (const when of children(caseExpr, 'whenBranches')) {
        const type = identifier(child(child(when, 'op') ?? {}, 'identifier'));
        if (type) branches.push({ type, fields: children(when, 'identifiers').map(fieldPath) });
    }
    const elseBranch = optional(caseExpr, 'elseBranch');
    return {
        relationship: fieldPath(relationshipNode),
        branches,
        elseFields: elseBranch ? children(elseBranch, 'identifiers').map(fieldPath) : []
    };
}

/** `[FIND ... RETURNING Contact(Id, Name WHERE ...)]`: each returned object is checked like a query on it. */
function readSosl(node: ApexNode, find: Finder): SoqlQuery[] {
    const returning = optional(child(node, 'search') ?? {}, 'returning');
    const queries: SoqlQuery[] = [];
    for (const expr of children(returning ?? {}, 'exprs')) {
        const name = identifier(child(expr, 'name'));
        if (!name) continue;
        const query: SoqlQuery = {
            kind: 'sosl',
            from: [name],
            fields: [],
            typeOfs: [],
            childQueries: [],
            semiJoins: []
        };
        const select = optional(expr, 'select');
        if (select) collectFields(select, query, find);
        queries.push(query);
    }
    // A bind in the search term (FIND :term) is Apex: search it for queries of its own.
    find(child(child(node, 'search') ?? {}, 'find'));
    return queries;
}
