/**
 * Call resolution for setup-dml, on top of the shared model (lib/apex-model.ts): besides `m()` and `Class.m()` it
 * follows calls on instances whose class the declarations say (`writer.updateUsers()` with `StudentUserWriter writer`,
 * `StudentUserWriter.getInstance().updateUsers()`, `this.m()`, `new Job().run()`), inner classes (`Inner.m()`,
 * `Outer.Inner.m()`) and constructors (`new Job(...)`). A method is found in the declared class, else in its project
 * superclasses; overloads are merged by name; an override in a subclass is not followed (the declared type decides).
 */
import { child, children, identifier, nodeClass, optional } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import { annotation, lower, typeName } from '../lib/apex-model';
import type { ApexModel, ClassInfo, DeclaredClass, MethodInfo } from '../lib/apex-model';

/** A project class (top-level or inner). */
export interface ClassRef {
    info: ClassInfo;
    owner: DeclaredClass;
}

/** The project class a (dotted, lower-case) type name denotes, seen from `from`'s top-level class. */
export function classNamed(name: string | undefined, from: ClassInfo, model: ApexModel): ClassRef | undefined {
    if (!name) return undefined;
    const parts = name.split('.');
    if (parts.length === 1) {
        const inner = from.declared.find((declared) => declared.outer && lower(declared.name) === parts[0]);
        if (inner) return { info: from, owner: inner };
        const info = model.classes.get(parts[0]);
        return info && !info.isTrigger ? { info, owner: info.declared[0] } : undefined;
    }
    if (parts.length === 2) {
        const info = model.classes.get(parts[0]);
        const owner = info?.declared.find((declared) => declared.outer && lower(declared.name) === parts[1]);
        return info && owner ? { info, owner } : undefined;
    }
    return undefined;
}

/** The project superclass of a class, when it has one. */
export function superClassOf(ref: ClassRef, model: ApexModel): ClassRef | undefined {
    return classNamed(ref.owner.superClass, ref.info, model);
}

/** Methods named `name` (lower case) declared by the class, else by its nearest project superclass that has some. */
export function methodsOf(ref: ClassRef, name: string, model: ApexModel): MethodInfo[] {
    let current: ClassRef | undefined = ref;
    for (let depth = 0; current && depth < 10; depth++) {
        const owner: DeclaredClass = current.owner;
        const found = current.info.methods.filter((method) => method.owner === owner && lower(method.name) === name);
        if (found.length > 0) return found;
        current = superClassOf(current, model);
    }
    return [];
}

/** The declared type of a variable, parameter or field visible in `method`. */
function variableType(name: string, method: MethodInfo): ApexNode | null | undefined {
    return method.scope.has(name) ? method.scope.get(name) : method.classInfo.fields.get(name);
}

const isVariable = (name: string, method: MethodInfo): boolean =>
    method.scope.has(name) || method.classInfo.fields.has(name);

/** The project class of an expression's value, when its declaration says so. */
export function classOfExpression(
    expr: ApexNode | undefined,
    method: MethodInfo,
    model: ApexModel
): ClassRef | undefined {
    if (!expr) return undefined;
    switch (nodeClass(expr)) {
        case 'ast.Expr$ThisVariableExpr':
            return { info: method.classInfo, owner: method.owner };
        case 'ast.Expr$VariableExpr': {
            if (optional(expr, 'dottedExpr')) return undefined;
            const names = children(expr, 'names').map((name) => lower(identifier(name)?.name ?? ''));
            if (names.length !== 1) return undefined;
            return classNamed(typeName(variableType(names[0], method)), method.classInfo, model);
        }
        case 'ast.Expr$NewExpr': {
            const creator = child(expr, 'creator');
            if (!creator || nodeClass(creator) !== 'ast.NewObject$NewStandard') return undefined;
            return classNamed(typeName(child(creator, 'type')), method.classInfo, model);
        }
        case 'ast.Expr$CastExpr':
            return classNamed(typeName(child(expr, 'type')), method.classInfo, model);
        case 'ast.Expr$NestedExpr':
            return classOfExpression(child(expr, 'expr'), method, model);
        case 'ast.Expr$MethodCallExpr': {
            const classes = resolveCall(expr, method, model).map((target) =>
                classNamed(typeName(optional(target.decl, 'type')), target.classInfo, model)
            );
            const [first] = classes;
            return first && classes.every((ref) => ref?.owner === first.owner) ? first : undefined;
        }
        default:
            return undefined;
    }
}

/** The project methods a method call (`ast.Expr$MethodCallExpr`) may run. */
export function resolveCall(call: ApexNode, method: MethodInfo, model: ApexModel): MethodInfo[] {
    const names = children(call, 'names').map((name) => lower(identifier(name)?.name ?? ''));
    const name = names[names.length - 1];
    const receiver = optional(call, 'dottedExpr');
    if (receiver) {
        if (names.length !== 1) return [];
        const ref = classOfExpression(receiver, method, model);
        return ref ? methodsOf(ref, name, model) : [];
    }
    if (names.length === 1) {
        const own = methodsOf({ info: method.classInfo, owner: method.owner }, name, model);
        return own.length > 0 ? own : method.classInfo.methods.filter((candidate) => lower(candidate.name) === name);
    }
    const prefix = names.slice(0, -1);
    if (prefix.length === 1 && isVariable(prefix[0], method)) {
        const ref = classNamed(typeName(variableType(prefix[0], method)), method.classInfo, model);
        return ref ? methodsOf(ref, name, model) : [];
    }
    const ref = classNamed(prefix.join('.'), method.classInfo, model);
    return ref ? methodsOf(ref, name, model) : [];
}

/** The constructors `new ProjectClass(...)` runs (`ast.Expr$NewExpr`). */
export function resolveConstructor(expr: ApexNode, method: MethodInfo, model: ApexModel): MethodInfo[] {
    const creator = child(expr, 'creator');
    if (!creator || nodeClass(creator) !== 'ast.NewObject$NewStandard') return [];
    const ref = classNamed(typeName(child(creator, 'type')), method.classInfo, model);
    return ref ? methodsOf(ref, lower(ref.owner.name), model) : [];
}

/** An `@future` method runs in its own transaction later: calling it is an asynchronous boundary. */
export function isFuture(method: MethodInfo): boolean {
    return Boolean(annotation(method.decl, 'future'));
}

/** The synchronous project methods a call or `new` expression runs (futures left out); [] for other nodes. */
export function syncTargets(node: ApexNode, method: MethodInfo, model: ApexModel): MethodInfo[] {
    const kind = nodeClass(node);
    const targets =
        kind === 'ast.Expr$MethodCallExpr'
            ? resolveCall(node, method, model)
            : kind === 'ast.Expr$NewExpr'
              ? resolveConstructor(node, method, model)
              : [];
    return targets.filter((target) => !isFuture(target));
}
