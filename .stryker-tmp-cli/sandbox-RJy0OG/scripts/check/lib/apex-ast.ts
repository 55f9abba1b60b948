/** Small helpers to read the jorje parse tree (see apex-parser.ts). */
// @ts-nocheck

import type { ApexNode } from './apex-parser';

/** An identifier with its position (1-based line and column). */
export interface ApexIdentifier {
    name: string;
    line: number;
    column: number;
}

export function isNode(value: unknown): value is ApexNode {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node's type without the `apex.jorje.data.` prefix, e.g. `soql.Query`, `ast.Expr$SoqlExpr`. */
export function nodeClass(node: ApexNode): string {
    return (node['@class'] ?? '').replace(/^apex\.jorje\.data\./, '');
}

/** jorje's Optional is serialised as `{}` or `{ value: node }`. */
export function optional(node: ApexNode, key: string): ApexNode | undefined {
    const holder = node[key];
    if (!isNode(holder)) return undefined;
    return isNode(holder.value) ? holder.value : undefined;
}

/** A child node (not optional-wrapped). */
export function child(node: ApexNode, key: string): ApexNode | undefined {
    const value = node[key];
    return isNode(value) ? value : undefined;
}

/** A list of child nodes (null entries, which partial parses produce, are dropped). */
export function children(node: ApexNode, key: string): ApexNode[] {
    const value = node[key];
    return Array.isArray(value) ? value.filter(isNode) : [];
}

/** Reads an `Identifiers$LocationIdentifier` (`{ value, loc: { line, column } }`). */
export function identifier(node: ApexNode | undefined): ApexIdentifier | undefined {
    if (!node || typeof node.value !== 'string') return undefined;
    const loc = isNode(node.loc) ? node.loc : {};
    return {
        name: node.value,
        line: typeof loc.line === 'number' ? loc.line : 0,
        column: typeof loc.column === 'number' ? loc.column : 0
    };
}

/**
 * Visits every node under `root` depth first. When `visit` returns false the node's children are skipped
 * (the visitor has handled that subtree itself).
 */
export function walk(root: unknown, visit: (node: ApexNode) => boolean | void): void {
    if (Array.isArray(root)) {
        for (const item of root) walk(item, visit);
        return;
    }
    if (!isNode(root)) return;
    if (visit(root) === false) return;
    for (const key of Object.keys(root)) {
        if (key !== 'loc') walk(root[key], visit);
    }
}
