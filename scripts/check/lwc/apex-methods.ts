/** The methods an LWC can import: the methods of top-level Apex classes, read from the parser's tree. */
import { child, children, identifier, nodeClass } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';

export interface ApexMethod {
    name: string;
    isStatic: boolean;
    auraEnabled: boolean;
    /** `@AuraEnabled(cacheable=true)`. */
    cacheable: boolean;
    parameters: string[];
    line: number;
}

export interface ApexClassMethods {
    name: string;
    /** Methods by lower-case name (Apex names are case-insensitive); overloads share an entry. */
    methods: Map<string, ApexMethod[]>;
}

function readMethod(decl: ApexNode): ApexMethod | undefined {
    const name = identifier(child(decl, 'name'));
    if (!name) return undefined;
    const modifiers = children(decl, 'modifiers');
    // Only an annotation (`ast.Modifier$Annotation`) among the modifiers has a name.
    const aura = modifiers.find(
        (modifier) => identifier(child(modifier, 'name'))?.name.toLowerCase() === 'auraenabled'
    );
    const cacheable = children(aura ?? {}, 'parameters').some(
        (parameter) =>
            identifier(child(parameter, 'key'))?.name.toLowerCase() === 'cacheable' &&
            nodeClass(child(parameter, 'value') ?? {}) === 'ast.AnnotationValue$TrueAnnotationValue'
    );
    return {
        name: name.name,
        isStatic: modifiers.some((modifier) => nodeClass(modifier) === 'ast.Modifier$StaticModifier'),
        auraEnabled: aura !== undefined,
        cacheable,
        parameters: children(decl, 'parameters')
            .map((parameter) => identifier(child(parameter, 'name'))?.name)
            .filter((parameter): parameter is string => parameter !== undefined),
        line: name.line
    };
}

/** The class declared by a `.cls` compilation unit (undefined for triggers and broken units). */
export function readClassMethods(unit: ApexNode): ApexClassMethods | undefined {
    if (nodeClass(unit) !== 'ast.CompilationUnit$ClassDeclUnit') return undefined;
    const body = child(unit, 'body');
    const name = identifier(body && child(body, 'name'));
    if (!body || !name) return undefined;
    const methods = new Map<string, ApexMethod[]>();
    for (const member of children(body, 'members')) {
        // Only a method member has a method declaration (fields and inner classes have none).
        const decl = child(member, 'methodDecl');
        const method = decl && readMethod(decl);
        if (!method) continue;
        const key = method.name.toLowerCase();
        methods.set(key, [...(methods.get(key) ?? []), method]);
    }
    return { name: name.name, methods };
}
