/**
 * A project-wide model of Apex classes and triggers built from the jorje parse tree (apex-parser.ts), shared by the
 * checks that follow types and calls (apex-test-hygiene, setup-dml): classes with their methods (inner classes'
 * methods are listed under their top-level class, each with the class that declares it), declared types of
 * variables, parameters and fields, record types of expressions, calls between project methods (DML: apex-dml.ts).
 * An expression whose type is not declared yields no type; overloads of a method are merged by name.
 */
import { child, children, identifier, isNode, nodeClass, optional, walk } from './apex-ast';
import type { ApexNode } from './apex-parser';

export interface Location {
    line: number;
    column: number;
}

/** A class's own sharing keyword (`none` when it has none). */
export type Sharing = 'with' | 'without' | 'inherited' | 'none';

/** One class declaration: a top-level class, one of its inner classes, or a trigger. */
export interface DeclaredClass {
    name: string;
    /** The top-level class of an inner class. */
    outer?: DeclaredClass;
    sharing: Sharing;
    /** Lower-case dotted name of the class it extends, e.g. `basewriter`. */
    superClass?: string;
    /** Lower-case dotted names of the interfaces it implements, e.g. `queueable`, `database.batchable`. */
    interfaces: string[];
    at: Location;
}

export interface MethodInfo {
    /** `<top-level class>.<method>`, lower case (inner classes' methods share their top-level class's key space). */
    key: string;
    name: string;
    classInfo: ClassInfo;
    /** The class (top-level or inner) that declares the method. */
    owner: DeclaredClass;
    decl: ApexNode;
    isTest: boolean;
    /** Variable name (lower case) to its declared type; null when declared with two different types. */
    scope: Map<string, ApexNode | null>;
    /** Parameter names (lower case): what callers pass is not known here. */
    params: Set<string>;
    /** Calls resolved by `callTargets` (`m()` and `ClassName.m()`). */
    calls: { key: string; at: Location }[];
}

export interface ClassInfo {
    name: string;
    file: string;
    isTest: boolean;
    isTrigger: boolean;
    /** `IsParallel=true` of the class's `@IsTest`. */
    parallelAt?: Location;
    /** Field name (lower case) to declared type. */
    fields: Map<string, ApexNode | null>;
    /** Constants (lower case name) to their all-literal value (filled by the checks that need them). */
    constants: Map<string, string>;
    methods: MethodInfo[];
    hasTests: boolean;
    /** The top-level class first, then its inner classes. */
    declared: DeclaredClass[];
}

export interface ApexModel {
    /** By lower-case top-level class (or trigger) name. */
    classes: Map<string, ClassInfo>;
    /** By method key; several entries for overloads. */
    methods: Map<string, MethodInfo[]>;
}

export const lower = (value: string): string => value.toLowerCase();

export function annotation(node: ApexNode, name: string): ApexNode | undefined {
    return children(node, 'modifiers').find(
        (modifier) =>
            nodeClass(modifier) === 'ast.Modifier$Annotation' &&
            lower(identifier(child(modifier, 'name'))?.name ?? '') === lower(name)
    );
}

export function hasModifier(node: ApexNode, kind: string): boolean {
    return children(node, 'modifiers').some((modifier) => nodeClass(modifier) === `ast.Modifier$${kind}`);
}

export function locOf(node: ApexNode | undefined): Location | undefined {
    if (!node) return undefined;
    const loc = node.loc;
    if (isNode(loc) && typeof loc.line === 'number') return { line: loc.line, column: Number(loc.column ?? 0) };
    return undefined;
}

/** First location found in a subtree (jorje puts `loc` on identifiers and most expressions, not on all nodes). */
export function firstLoc(node: ApexNode): Location {
    let found: Location | undefined;
    walk(node, (current) => {
        if (found) return false;
        found = locOf(current);
        return found ? false : undefined;
    });
    return found ?? { line: 1, column: 1 };
}

/** Names of a `ClassTypeRef` (`Database.DMLOptions` → `database.dmloptions`). */
export function typeName(type: ApexNode | null | undefined): string | undefined {
    if (!type || nodeClass(type) !== 'ast.TypeRefs$ClassTypeRef') return undefined;
    return children(type, 'names')
        .map((name) => lower(identifier(name)?.name ?? ''))
        .join('.');
}

/** The record type a type reference holds: `Contact`, `List<Contact>`, `Set<Contact>`, `Contact[]` → `contact`. */
export function recordType(type: ApexNode | null | undefined): string | undefined {
    if (!type) return undefined;
    if (nodeClass(type) === 'ast.TypeRefs$ArrayTypeRef') return recordType(child(type, 'heldType'));
    const name = typeName(type);
    if (!name) return undefined;
    const args = children(type, 'typeArguments');
    if ((name === 'list' || name === 'set') && args.length === 1) return recordType(args[0]);
    return args.length === 0 ? name : undefined;
}

function declare(scope: Map<string, ApexNode | null>, name: string | undefined, type: ApexNode | undefined): void {
    if (!name || !type) return;
    const key = lower(name);
    const previous = scope.get(key);
    if (previous === undefined) scope.set(key, type);
    else if (previous !== null && JSON.stringify(stripLoc(previous)) !== JSON.stringify(stripLoc(type))) {
        scope.set(key, null);
    }
}

function stripLoc(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(stripLoc);
    if (!isNode(node)) return node;
    return Object.fromEntries(
        Object.entries(node)
            .filter(([key]) => key !== 'loc')
            .map(([key, value]) => [key, stripLoc(value)])
    );
}

/** The names of a call `a.b.c(...)` without a dotted receiver expression; undefined for `x().y()`. */
export function callNames(call: ApexNode): string[] | undefined {
    if (optional(call, 'dottedExpr')) return undefined;
    return children(call, 'names').map((name) => lower(identifier(name)?.name ?? ''));
}

/** Methods of a class (project classes only) by name, to resolve calls and return types. */
export function methodsNamed(classes: Map<string, ClassInfo>, className: string, name: string): MethodInfo[] {
    return classes.get(className)?.methods.filter((method) => lower(method.name) === name) ?? [];
}

/** The project methods a call resolves to: `m()` in the same class or `ClassName.m()`. */
export function callTargets(call: ApexNode, method: MethodInfo, classes: Map<string, ClassInfo>): MethodInfo[] {
    const names = callNames(call);
    if (!names) return [];
    if (names.length === 1) return methodsNamed(classes, lower(method.classInfo.name), names[0]);
    if (names.length === 2 && !method.scope.has(names[0]) && !method.classInfo.fields.has(names[0])) {
        return methodsNamed(classes, names[0], names[1]);
    }
    return [];
}

/** The record type an expression holds, when its declaration says so. */
export function expressionType(
    expr: ApexNode | undefined,
    method: MethodInfo,
    classes: Map<string, ClassInfo>
): string | undefined {
    if (!expr) return undefined;
    switch (nodeClass(expr)) {
        case 'ast.Expr$VariableExpr': {
            if (optional(expr, 'dottedExpr')) return undefined;
            const names = children(expr, 'names').map((name) => lower(identifier(name)?.name ?? ''));
            if (names.length !== 1) return undefined;
            const type = method.scope.has(names[0])
                ? method.scope.get(names[0])
                : method.classInfo.fields.get(names[0]);
            return recordType(type);
        }
        case 'ast.Expr$NewExpr': {
            const creator = child(expr, 'creator');
            if (!creator) return undefined;
            const types = children(creator, 'types');
            if (types.length === 1) return recordType(types[0]);
            const type = child(creator, 'type');
            return type ? recordType(type) : undefined;
        }
        case 'ast.Expr$CastExpr':
            return recordType(child(expr, 'type'));
        case 'ast.Expr$NestedExpr':
            return expressionType(child(expr, 'expr'), method, classes);
        case 'ast.Expr$MethodCallExpr': {
            const targets = callTargets(expr, method, classes);
            const types = new Set(targets.map((target) => recordType(optional(target.decl, 'type'))));
            return targets.length > 0 && types.size === 1 ? [...types][0] : undefined;
        }
        default:
            return undefined;
    }
}

function sharingOf(decl: ApexNode): Sharing {
    if (hasModifier(decl, 'WithoutSharingModifier')) return 'without';
    if (hasModifier(decl, 'WithSharingModifier')) return 'with';
    if (hasModifier(decl, 'InheritedSharingModifier')) return 'inherited';
    return 'none';
}

function declaredClass(decl: ApexNode, outer?: DeclaredClass): DeclaredClass {
    const name = identifier(child(decl, 'name'));
    const superClass = typeName(optional(decl, 'superClass'));
    return {
        name: name?.name ?? '',
        outer,
        sharing: sharingOf(decl),
        superClass,
        interfaces: children(decl, 'interfaces')
            .map((type) => typeName(type))
            .filter((type): type is string => Boolean(type)),
        at: name ? { line: name.line, column: name.column } : { line: 1, column: 1 }
    };
}

function newMethod(info: ClassInfo, owner: DeclaredClass, decl: ApexNode, name: string, isTest: boolean): MethodInfo {
    return {
        key: `${lower(info.name)}.${lower(name)}`,
        name,
        classInfo: info,
        owner,
        decl,
        isTest,
        scope: new Map(),
        params: new Set(),
        calls: []
    };
}

/** A trigger as a class with one method whose body is the trigger's statements. */
function collectTrigger(file: string, unit: ApexNode): ClassInfo {
    const name = identifier(child(unit, 'name'));
    const owner: DeclaredClass = {
        name: name?.name ?? '',
        sharing: 'none',
        interfaces: [],
        at: name ? { line: name.line, column: name.column } : { line: 1, column: 1 }
    };
    const info: ClassInfo = {
        name: owner.name,
        file,
        isTest: false,
        isTrigger: true,
        fields: new Map(),
        constants: new Map(),
        methods: [],
        hasTests: false,
        declared: [owner]
    };
    // A trigger's top-level declarations are field members: kept as statements, in order, so that their variables
    // are in scope and their initialisers are read.
    const stmnts = children(unit, 'members')
        .map((member) =>
            nodeClass(member) === 'ast.BlockMember$FieldMember'
                ? {
                      '@class': 'apex.jorje.data.ast.Stmnt$VariableDeclStmnt',
                      variableDecls: child(member, 'variableDecls')
                  }
                : child(member, 'stmnt')
        )
        .filter((stmnt): stmnt is ApexNode => Boolean(stmnt));
    const decl: ApexNode = {
        '@class': 'apex.jorje.data.ast.MethodDecl',
        name: child(unit, 'name'),
        modifiers: [],
        parameters: [],
        stmnt: { value: { '@class': 'apex.jorje.data.ast.Stmnt$BlockStmnt', stmnts } }
    };
    info.methods.push(newMethod(info, owner, decl, owner.name, false));
    return info;
}

/** The class (with its inner classes' members) or trigger of a compilation unit; undefined for anything else. */
export function collectClass(file: string, unit: ApexNode): ClassInfo | undefined {
    if (nodeClass(unit) === 'ast.CompilationUnit$TriggerDeclUnit') return collectTrigger(file, unit);
    const body = child(unit, 'body');
    if (!body || nodeClass(body) !== 'ast.ClassDecl') return undefined;
    const isTestAnnotation = annotation(body, 'IsTest');
    const parallel = children(isTestAnnotation ?? {}, 'parameters').find(
        (parameter) =>
            lower(identifier(child(parameter, 'key'))?.name ?? '') === 'isparallel' &&
            nodeClass(child(parameter, 'value') ?? {}) === 'ast.AnnotationValue$TrueAnnotationValue'
    );
    const top = declaredClass(body);
    const info: ClassInfo = {
        name: top.name,
        file,
        isTest: Boolean(isTestAnnotation),
        isTrigger: false,
        parallelAt: parallel ? locOf(child(parallel, 'key')) : undefined,
        fields: new Map(),
        constants: new Map(),
        methods: [],
        hasTests: false,
        declared: [top]
    };
    const bodies: { decl: ApexNode; owner: DeclaredClass }[] = [{ decl: body, owner: top }];
    for (let index = 0; index < bodies.length; index++) {
        for (const member of children(bodies[index].decl, 'members')) {
            const kind = nodeClass(member);
            if (kind === 'ast.BlockMember$InnerClassMember') {
                const inner = child(member, 'body');
                if (!inner) continue;
                const owner = declaredClass(inner, top);
                info.declared.push(owner);
                bodies.push({ decl: inner, owner });
            } else if (kind === 'ast.BlockMember$FieldMember') {
                const decls = child(member, 'variableDecls');
                if (!decls) continue;
                for (const decl of children(decls, 'decls')) {
                    declare(info.fields, identifier(child(decl, 'name'))?.name, child(decls, 'type'));
                }
            } else if (kind === 'ast.BlockMember$MethodMember') {
                const decl = child(member, 'methodDecl');
                if (!decl) continue;
                const isTest =
                    Boolean(annotation(decl, 'IsTest')) ||
                    Boolean(annotation(decl, 'TestSetup')) ||
                    hasModifier(decl, 'TestMethodModifier');
                if (isTest) info.hasTests = true;
                info.methods.push(
                    newMethod(info, bodies[index].owner, decl, identifier(child(decl, 'name'))?.name ?? '', isTest)
                );
            }
        }
    }
    return info;
}

function collectScope(method: MethodInfo): void {
    for (const parameter of children(method.decl, 'parameters')) {
        const name = identifier(child(parameter, 'name'))?.name;
        declare(method.scope, name, child(parameter, 'typeRef'));
        if (name) method.params.add(lower(name));
    }
    walk(optional(method.decl, 'stmnt'), (node) => {
        const kind = nodeClass(node);
        if (kind === 'ast.VariableDecls') {
            for (const decl of children(node, 'decls')) {
                declare(method.scope, identifier(child(decl, 'name'))?.name, child(node, 'type'));
            }
        } else if (kind === 'ast.ForControl$EnhancedForControl') {
            for (const name of children(child(node, 'init') ?? {}, 'name')) {
                declare(method.scope, identifier(name)?.name, child(node, 'type'));
            }
        } else if (kind === 'ast.Stmnt$TryCatchFinallyBlock') {
            for (const block of children(node, 'catchBlocks')) {
                declare(method.scope, identifier(child(block, 'variable'))?.name, child(block, 'type'));
            }
        }
        return undefined;
    });
}

/**
 * The model of the parsed units (files that did not parse are left out: `apex-syntax` reports them). Classes are
 * keyed by name; a second class of the same name replaces the first (the platform refuses duplicates anyway).
 */
export function buildApexModel(units: readonly { file: string; unit: ApexNode }[]): ApexModel {
    const classes = new Map<string, ClassInfo>();
    for (const { file, unit } of units) {
        const info = collectClass(file, unit);
        if (info) classes.set(lower(info.name), info);
    }
    const methods = new Map<string, MethodInfo[]>();
    for (const info of classes.values()) {
        for (const method of info.methods) {
            collectScope(method);
            methods.set(method.key, [...(methods.get(method.key) ?? []), method]);
        }
    }
    for (const info of classes.values()) {
        for (const method of info.methods) {
            walk(optional(method.decl, 'stmnt'), (node) => {
                if (nodeClass(node) === 'ast.Expr$MethodCallExpr') {
                    const name = identifier(children(node, 'names')[0]);
                    for (const target of callTargets(node, method, classes)) {
                        method.calls.push({ key: target.key, at: name ?? firstLoc(node) });
                    }
                }
                return undefined;
            });
        }
    }
    return { classes, methods };
}

/** Every project method reachable from `start` through `calls` (itself included). */
export function reachable(start: MethodInfo, methods: Map<string, MethodInfo[]>): Set<MethodInfo> {
    const seen = new Set<MethodInfo>([start]);
    const queue = [start];
    while (queue.length > 0) {
        const current = queue.pop() as MethodInfo;
        for (const call of current.calls) {
            for (const target of methods.get(call.key) ?? []) {
                if (!seen.has(target)) {
                    seen.add(target);
                    queue.push(target);
                }
            }
        }
    }
    return seen;
}
