/**
 * What a static query puts on the records it returns: the selected field paths of its select list, its child
 * sub-queries and its TYPEOF relationships. WHERE and ORDER BY fields are not selected, so they do not count.
 */
// @ts-nocheck

import { child, children, identifier, nodeClass, optional } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import { fieldPath } from '../soql/soql-model';

export interface QueryShape {
    /** The FROM object (top level) or child relationship (sub-query), as written. */
    from: string;
    line: number;
    /** Lower-case dotted paths of the select list, e.g. `name`, `account.ownerid`. */
    selected: Set<string>;
    /** `FIELDS(ALL|STANDARD|CUSTOM)`: which fields come back is not known here. */
    unknown: boolean;
    /** Child sub-queries by lower-case relationship name. */
    children: Map<string, QueryShape>;
    /** Lower-case dotted paths of TYPEOF relationships: reads through them are not judged. */
    typeOfs: Set<string>;
}

const AGGREGATES = new Set(['count', 'count_distinct', 'sum', 'avg', 'min', 'max']);

/** The shape of a `soql.Query`, or undefined for queries whose rows are not records (aggregates, COUNT()). */
export function readShape(query: ApexNode, line?: number): QueryShape | undefined {
    const fromExpr = children(child(query, 'from') ?? {}, 'exprs')[0];
    const table = fromExpr && child(fromExpr, 'table');
    const from = table ? fieldPath(table) : [];
    const select = child(query, 'select');
    if (from.length === 0 || !select || nodeClass(select) !== 'soql.SelectClause$SelectColumnClause') return undefined;
    if (optional(query, 'groupBy')) return undefined;
    const alias = identifier(optional(fromExpr, 'alias'))?.name.toLowerCase();
    const shape: QueryShape = {
        from: from[from.length - 1].name,
        line: line ?? from[0].line,
        selected: new Set(),
        unknown: false,
        children: new Map(),
        typeOfs: new Set()
    };
    for (const expr of children(select, 'exprs')) {
        const type = nodeClass(expr);
        if (type === 'soql.SelectExpr$SelectInnerQuery') {
            const inner = child(expr, 'query');
            const innerShape = inner && readShape(inner);
            if (innerShape) shape.children.set(innerShape.from.toLowerCase(), innerShape);
        } else if (type === 'soql.SelectExpr$SelectCaseExpr') {
            const op = child(child(expr, 'expr') ?? {}, 'op');
            const relationship = op && child(op, 'identifier');
            if (relationship) shape.typeOfs.add(dotted(fieldPath(relationship), alias));
        } else if (type === 'soql.SelectExpr$SelectColumnExpr') {
            const field = child(expr, 'field');
            if (!field) continue;
            const fn = identifier(optional(field, 'function1'))?.name.toLowerCase();
            if (fn && AGGREGATES.has(fn)) return undefined;
            if (fn === 'fields') {
                shape.unknown = true;
                continue;
            }
            const path = child(field, 'field');
            if (path) shape.selected.add(dotted(fieldPath(path), alias));
        } else {
            // A select expression this reader does not know (e.g. a distance function): do not judge the query.
            shape.unknown = true;
        }
    }
    return shape;
}

function dotted(path: { name: string }[], alias: string | undefined): string {
    const names = path.map((segment) => segment.name.toLowerCase());
    if (names.length > 1 && alias !== undefined && names[0] === alias) names.shift();
    return names.join('.');
}
