/** The classes and methods of a project, so that calls `Class.method(...)` and `method(...)` can be followed. */
import { child, children, identifier, nodeClass, optional, walk } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';

/** How a declared type holds records: one record, a collection of records (list, set, array), a map of them. */
export type Holder = 'record' | 'list' | 'map' | 'none';

export interface ParameterInfo {
    name: string;
    holder: Holder;
}

export interface MethodInfo {
    className: string;
    name: string;
    file: string;
    parameters: ParameterInfo[];
    returns: Holder;
    body: ApexNode | undefined;
    /** Virtual or abstract: another class may run instead, so calls to it are not followed. */
    overridable: boolean;
}

const NOT_RECORDS = new Set([
    'void',
    'string',
    'id',
    'integer',
    'long',
    'decimal',
    'double',
    'boolean',
    'date',
    'datetime',
    'time',
    'blob',
    'object'
]);

/** The simple (last) name of a type reference, lower case. */
function typeName(typeRef: ApexNode | undefined): string {
    const names = children(typeRef ?? {}, 'names');
    return (identifier(names[names.length - 1])?.name ?? '').toLowerCase();
}

/** Classifies a declared type; `classes` are the project's Apex classes (never records). */
export function holderOf(typeRef: ApexNode | undefined, classes: ReadonlySet<string>): Holder {
    if (!typeRef) return 'none';
    if (nodeClass(typeRef) === 'ast.TypeRefs$ArrayTypeRef') {
        return holderOf(child(typeRef, 'heldType'), classes) === 'record' ? 'list' : 'none';
    }
    const name = typeName(typeRef);
    const args = children(typeRef, 'typeArguments');
    if (name === 'list' || name === 'set') return holderOf(args[0], classes) === 'record' ? 'list' : 'none';
    if (name === 'map') return holderOf(args[1], classes) === 'record' ? 'map' : 'none';
    if (!name || NOT_RECORDS.has(name) || classes.has(name) || children(typeRef, 'names').length > 1) return 'none';
    if (args.length > 0) return 'none';
    return 'record';
}

/** Every class declaration (top level and inner) of a compilation unit with its simple name. */
function classDecls(unit: ApexNode): { name: string; decl: ApexNode }[] {
    const found: { name: string; decl: ApexNode }[] = [];
    walk(unit, (node) => {
        if (nodeClass(node) === 'ast.ClassDecl') {
            const name = identifier(child(node, 'name'))?.name;
            if (name) found.push({ name, decl: node });
        }
        return true;
    });
    return found;
}

const hasModifier = (decl: ApexNode, names: string[]): boolean =>
    children(decl, 'modifiers').some((modifier) => names.some((name) => nodeClass(modifier).endsWith(`$${name}`)));

/** The project's methods by lower-case class name, and the set of class names. */
export class ApexIndex {
    readonly classNames = new Set<string>();
    private readonly methods = new Map<string, MethodInfo[]>();
    private readonly duplicateClasses = new Set<string>();

    constructor(units: { file: string; unit: ApexNode }[]) {
        const decls = units.flatMap(({ file, unit }) => classDecls(unit).map((found) => ({ file, ...found })));
        for (const { name } of decls) {
            const key = name.toLowerCase();
            if (this.classNames.has(key)) this.duplicateClasses.add(key);
            this.classNames.add(key);
        }
        for (const { file, name, decl } of decls) {
            const classOverridable = hasModifier(decl, ['VirtualModifier', 'AbstractModifier']);
            const list: MethodInfo[] = [];
            for (const member of children(decl, 'members')) {
                if (nodeClass(member) !== 'ast.BlockMember$MethodMember') continue;
                const method = child(member, 'methodDecl');
                const methodName = identifier(child(method ?? {}, 'name'))?.name;
                if (!method || !methodName) continue;
                list.push({
                    className: name,
                    name: methodName,
                    file,
                    parameters: children(method, 'parameters').map((parameter) => ({
                        name: (identifier(child(parameter, 'name'))?.name ?? '').toLowerCase(),
                        holder: holderOf(child(parameter, 'typeRef'), this.classNames)
                    })),
                    returns: holderOf(optional(method, 'type'), this.classNames),
                    body: optional(method, 'stmnt'),
                    overridable:
                        hasModifier(method, ['VirtualModifier', 'AbstractModifier', 'OverrideModifier']) ||
                        (classOverridable && !hasModifier(method, ['StaticModifier']))
                });
            }
            this.methods.set(name.toLowerCase(), list);
        }
    }

    /** Every method of every class (each analysed once). */
    all(): MethodInfo[] {
        return [...this.methods.values()].flat();
    }

    /** The one method `name` with `arity` parameters of `className`; undefined when there is none or several. */
    resolve(className: string, name: string, arity: number): MethodInfo | undefined {
        const key = className.toLowerCase();
        if (this.duplicateClasses.has(key)) return undefined;
        const candidates = (this.methods.get(key) ?? []).filter(
            (method) => method.name.toLowerCase() === name.toLowerCase() && method.parameters.length === arity
        );
        const [only] = candidates;
        return candidates.length === 1 && !only.overridable ? only : undefined;
    }
}
