/** Judges a static query (see soql-model.ts) against the schema: every object, relationship and field must exist. */
// @ts-nocheck

import type { ApexIdentifier } from '../lib/apex-ast';
import type { NamedField, ObjectSchema, Schema } from '../schema/schema';
import { requiredFeature } from './feature-fields';
import type { FieldPath, SoqlQuery, TypeOfClause } from './soql-model';

export interface SoqlProblem {
    at: ApexIdentifier;
    message: string;
}

/** The object the platform exposes through a polymorphic lookup (Event.What, a custom object's Owner...). */
const POLYMORPHIC = 'Name';

const same = (a: string | undefined, b: string | undefined): boolean =>
    a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

const text = (path: FieldPath): string => path.map((segment) => segment.name).join('.');

/** Checks a top-level query (or a semi-join, or a SOSL RETURNING item) and everything nested in it. */
export function checkQuery(schema: Schema, query: SoqlQuery): SoqlProblem[] {
    const problems: SoqlProblem[] = [];
    checkTopLevel(schema, query, problems);
    return problems;
}

function checkTopLevel(schema: Schema, query: SoqlQuery, problems: SoqlProblem[]): void {
    const [head, ...rest] = query.from;
    if (!head) return;
    const object = schema.object(head.name);
    if (!object) {
        const clause = query.kind === 'sosl' ? 'RETURNING' : 'FROM';
        problems.push({ at: head, message: `unknown object '${head.name}' in ${clause}` });
        return;
    }
    if (rest.length > 0) {
        problems.push({ at: rest[0], message: `unexpected path '${text(query.from)}' in FROM: name one object` });
        return;
    }
    checkBody(schema, query, object, problems);
}

function checkBody(schema: Schema, query: SoqlQuery, object: ObjectSchema, problems: SoqlProblem[]): void {
    for (const path of query.fields) resolvePath(schema, object, query.alias, path, 'field', problems);
    for (const typeOf of query.typeOfs) checkTypeOf(schema, object, query.alias, typeOf, problems);
    for (const inner of query.childQueries) checkChildQuery(schema, inner, object, query.alias, problems);
    for (const inner of query.semiJoins) checkTopLevel(schema, inner, problems);
}

function checkChildQuery(
    schema: Schema,
    query: SoqlQuery,
    parent: ObjectSchema,
    parentAlias: string | undefined,
    problems: SoqlProblem[]
): void {
    let path = query.from;
    if (path.length > 1 && (same(path[0].name, parentAlias) || same(path[0].name, parent.name))) path = path.slice(1);
    const [name] = path;
    if (!name) return;
    if (path.length > 1) {
        problems.push({
            at: name,
            message: `a sub-query names one child relationship of ${parent.name}, not '${text(path)}'`
        });
        return;
    }
    const relationship = parent.field(name.name);
    if (relationship?.type !== 'children') {
        const message = relationship
            ? `'${name.name}' on ${parent.name} is not a child relationship`
            : `unknown child relationship '${name.name}' on ${parent.name}`;
        problems.push({ at: name, message });
        return;
    }
    const object = targetOf(schema, relationship, parent, name, problems);
    if (object) checkBody(schema, query, object, problems);
}

function targetOf(
    schema: Schema,
    field: NamedField,
    owner: ObjectSchema,
    at: ApexIdentifier,
    problems: SoqlProblem[]
): ObjectSchema | undefined {
    const object = field.target ? schema.object(field.target) : undefined;
    if (!object) {
        problems.push({
            at,
            message: `'${field.name}' on ${owner.name} leads to '${field.target ?? '?'}', which is neither a standard object nor in the project`
        });
    }
    return object;
}

/**
 * Walks `path` from `object`: every segment but the last must be a lookup; the last must be a field
 * (`expect: 'field'`) or a lookup (`'reference'`, for TYPEOF). Returns the last segment's field when all is well.
 */
function resolvePath(
    schema: Schema,
    object: ObjectSchema,
    alias: string | undefined,
    path: FieldPath,
    expect: 'field' | 'reference',
    problems: SoqlProblem[],
    reachedThrough?: string
): NamedField | undefined {
    let segments = path;
    const [first] = segments;
    if (
        segments.length > 1 &&
        !object.field(first.name) &&
        (same(first.name, alias) || same(first.name, object.name))
    ) {
        segments = segments.slice(1);
    }
    const where = path.length > 1 ? ` (in ${text(path)})` : '';
    let current = object;
    let polymorphic = reachedThrough;
    for (const [index, segment] of segments.entries()) {
        const last = index === segments.length - 1;
        const field = current.field(segment.name);
        if (!field) {
            // The polymorphic message names the relationship already.
            const message = unknownMessage(segment.name, current, polymorphic, last) + (polymorphic ? '' : where);
            problems.push({ at: segment, message });
            return undefined;
        }
        const feature = requiredFeature(current.name, field.name);
        if (feature) {
            problems.push({
                at: segment,
                message: `'${field.name}' on ${current.name} exists only in orgs with ${feature}: a static query that names it does not compile elsewhere (use dynamic SOQL after a describe check)${where}`
            });
            return undefined;
        }
        if (last) {
            const problem = leafProblem(field, current, expect);
            if (problem) problems.push({ at: segment, message: problem + where });
            return problem ? undefined : field;
        }
        if (field.type !== 'reference') {
            problems.push({
                at: segment,
                message: `'${segment.name}' on ${current.name} is not a relationship${where}`
            });
            return undefined;
        }
        const next = targetOf(schema, field, current, segment, problems);
        if (!next) return undefined;
        polymorphic = field.target === POLYMORPHIC ? segment.name : undefined;
        current = next;
    }
    return undefined;
}

function unknownMessage(name: string, object: ObjectSchema, polymorphic: string | undefined, last: boolean): string {
    if (polymorphic) {
        return `'${name}' is not available through the polymorphic relationship '${polymorphic}' (only the fields of the Name object: use TYPEOF for others)`;
    }
    return `unknown ${last ? 'field' : 'relationship'} '${name}' on ${object.name}`;
}

function leafProblem(field: NamedField, object: ObjectSchema, expect: 'field' | 'reference'): string | undefined {
    if (field.type === 'children') {
        return `'${field.name}' on ${object.name} is a child relationship: query it in a sub-query`;
    }
    if (expect === 'field' && field.type === 'reference') {
        return `'${field.name}' on ${object.name} is a relationship: select one of its fields (e.g. ${field.name}.Id)`;
    }
    if (expect === 'reference' && field.type !== 'reference') {
        return `'${field.name}' on ${object.name} is not a relationship, so it cannot be used in TYPEOF`;
    }
    // TYPEOF takes a polymorphic relationship only (SOQL reference, "TYPEOF": typeOfField).
    if (expect === 'reference' && field.target !== POLYMORPHIC) {
        return `'${field.name}' on ${object.name} always leads to ${field.target ?? '?'} (not a polymorphic relationship), so it cannot be used in TYPEOF`;
    }
    return undefined;
}

function checkTypeOf(
    schema: Schema,
    object: ObjectSchema,
    alias: string | undefined,
    typeOf: TypeOfClause,
    problems: SoqlProblem[]
): void {
    const relationship = resolvePath(schema, object, alias, typeOf.relationship, 'reference', problems);
    if (!relationship) return;
    for (const branch of typeOf.branches) {
        const target = schema.object(branch.type.name);
        if (!target) {
            problems.push({
                at: branch.type,
                message: `unknown object '${branch.type.name}' in TYPEOF ${text(typeOf.relationship)}`
            });
            continue;
        }
        for (const path of branch.fields) resolvePath(schema, target, undefined, path, 'field', problems);
    }
    const fallback = relationship.target ? schema.object(relationship.target) : undefined;
    if (!fallback) return;
    const through = relationship.target === POLYMORPHIC ? relationship.name : undefined;
    for (const path of typeOf.elseFields) resolvePath(schema, fallback, undefined, path, 'field', problems, through);
}
