import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { listFiles, relativePath } from '../lib/files';
import type { ApexClassIndex } from '../lwc/contract';
import type { Check, Finding } from '../types';
import { indexApexClasses } from './lwc-apex-contract';

const RULE = 'apex-types';
const MODULE = /^@salesforce\/apex\/(\w+)\.(\w+)$/;

/** What a `declare module '@salesforce/apex/Class.method'` of types/*.d.ts says about the method. */
export interface DeclaredApexMethod {
    className: string;
    method: string;
    /** The property names of the params object, or [] for a method declared without parameters. */
    parameters: string[];
    /** Declared with an `adapter` (usable with @wire). */
    wire: boolean;
    line: number;
}

function typeMembers(node: ts.TypeNode | undefined, body: ts.ModuleBlock): string[] {
    if (!node) return [];
    if (ts.isTypeLiteralNode(node)) {
        return node.members.flatMap((member) =>
            member.name && ts.isIdentifier(member.name) ? [member.name.text] : []
        );
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
        const name = node.typeName.text;
        const declared = body.statements.find(
            (statement): statement is ts.InterfaceDeclaration =>
                ts.isInterfaceDeclaration(statement) && statement.name.text === name
        );
        return (declared?.members ?? []).flatMap((member) =>
            member.name && ts.isIdentifier(member.name) ? [member.name.text] : []
        );
    }
    return [];
}

/** The function type and whether an `adapter` is intersected with it: `(fn) & { adapter: ... }` or a plain `fn`. */
function functionAndAdapter(node: ts.TypeNode): { fn?: ts.FunctionTypeNode; wire: boolean } {
    const parts = ts.isIntersectionTypeNode(node) ? [...node.types] : [node];
    const unwrap = (part: ts.TypeNode): ts.TypeNode => (ts.isParenthesizedTypeNode(part) ? part.type : part);
    const fn = parts.map(unwrap).find(ts.isFunctionTypeNode);
    const wire = parts
        .map(unwrap)
        .some(
            (part) =>
                ts.isTypeLiteralNode(part) &&
                part.members.some(
                    (member) => member.name && ts.isIdentifier(member.name) && member.name.text === 'adapter'
                )
        );
    return { fn, wire };
}

/** Every Apex method a declaration file declares, with its parameter names and whether it is wireable. */
export function readDeclaredApexMethods(fileName: string, text: string): DeclaredApexMethod[] {
    const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
    const methods: DeclaredApexMethod[] = [];
    for (const statement of source.statements) {
        if (!ts.isModuleDeclaration(statement) || !ts.isStringLiteral(statement.name)) continue;
        const match = MODULE.exec(statement.name.text);
        const body = statement.body;
        if (!match || !body || !ts.isModuleBlock(body)) continue;
        const exported = body.statements.find(ts.isExportAssignment);
        const exportedName = exported && ts.isIdentifier(exported.expression) ? exported.expression.text : undefined;
        const declaration = body.statements
            .filter(ts.isVariableStatement)
            .flatMap((variable) => [...variable.declarationList.declarations])
            .find((item) => ts.isIdentifier(item.name) && item.name.text === exportedName);
        const { fn, wire } = declaration?.type ? functionAndAdapter(declaration.type) : { fn: undefined, wire: false };
        methods.push({
            className: match[1],
            method: match[2],
            parameters: typeMembers(fn?.parameters[0]?.type, body),
            wire,
            line: source.getLineAndCharacterOfPosition(statement.getStart()).line + 1
        });
    }
    return methods;
}

/**
 * The declarations in types/ against the Apex the checks parse: each declared method is a static @AuraEnabled method
 * with the same parameter names, declared wireable exactly when it is cacheable; each @AuraEnabled method of a
 * declared controller is declared.
 */
export function compareDeclarations(file: string, declared: DeclaredApexMethod[], classes: ApexClassIndex): Finding[] {
    const findings: Finding[] = [];
    const report = (line: number, message: string): void => {
        findings.push({ file, line, message, rule: RULE });
    };
    for (const item of declared) {
        const name = `${item.className}.${item.method}`;
        const apex = classes.get(item.className.toLowerCase())?.methods.get(item.method.toLowerCase())?.[0];
        if (!apex || !apex.isStatic || !apex.auraEnabled) {
            report(item.line, `${name} is declared, but Apex has no static @AuraEnabled method of that name`);
            continue;
        }
        const wanted = apex.parameters.map((parameter) => parameter.toLowerCase()).sort();
        const got = item.parameters.map((parameter) => parameter.toLowerCase()).sort();
        if (wanted.join(',') !== got.join(',')) {
            report(
                item.line,
                `${name} declares the parameters (${item.parameters.join(', ')}), Apex has (${apex.parameters.join(', ')})`
            );
        }
        if (apex.cacheable !== item.wire) {
            report(
                item.line,
                apex.cacheable
                    ? `${name} is cacheable in Apex: declare its wire adapter`
                    : `${name} is declared with a wire adapter, but Apex does not mark it cacheable=true`
            );
        }
    }
    const declaredNames = new Set(declared.map((item) => `${item.className}.${item.method}`.toLowerCase()));
    for (const className of new Set(declared.map((item) => item.className))) {
        for (const [key, [method]] of classes.get(className.toLowerCase())?.methods ?? []) {
            if (method.auraEnabled && !declaredNames.has(`${className}.${key}`.toLowerCase())) {
                report(1, `${className}.${method.name} is @AuraEnabled in Apex but not declared here`);
            }
        }
    }
    return findings;
}

/** types/*.d.ts (the declarations of `@salesforce/apex/*` the LWC JavaScript is type-checked against). */
export async function checkApexTypes(root: string): Promise<Finding[]> {
    const files = listFiles(join(root, 'types'), (name) => name.endsWith('.d.ts'));
    const declarations = files.map((file) => ({
        file: relativePath(root, file),
        declared: readDeclaredApexMethods(file, readFileSync(file, 'utf8'))
    }));
    if (declarations.every(({ declared }) => declared.length === 0)) return [];
    const classes = await indexApexClasses(root);
    return declarations.flatMap(({ file, declared }) => compareDeclarations(file, declared, classes));
}

export const apexTypesCheck: Check = {
    name: 'apex-types',
    description:
        'types/*.d.ts declare exactly the @AuraEnabled methods of their controllers, with the Apex parameter names and a wire adapter iff cacheable',
    run: checkApexTypes
};
