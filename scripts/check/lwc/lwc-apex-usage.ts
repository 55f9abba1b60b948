/**
 * What a Lightning web component's JavaScript asks of Apex, read with the TypeScript compiler's parser:
 * `@salesforce/apex/Class.method` imports, the `@wire(method, { ... })` decorators and the imperative calls
 * `method({ ... })` that use them, with the argument names when they are written as an object literal.
 */
import * as ts from 'typescript';

export interface ApexImport {
    /** The local name the method is imported as. */
    local: string;
    className: string;
    methodName: string;
    specifier: string;
    line: number;
    column: number;
}

export interface ApexUsage {
    kind: 'wire' | 'call';
    /** The import it goes through. */
    apexImport: ApexImport;
    /** Argument names in the object literal; undefined when they cannot be read statically (a variable...). */
    argumentNames?: string[];
    /** True when the literal also spreads other objects, so names may be missing from `argumentNames`. */
    partial: boolean;
    line: number;
    column: number;
}

export interface LwcApexUsage {
    imports: ApexImport[];
    usages: ApexUsage[];
}

const APEX_PREFIX = '@salesforce/apex/';

function position(source: ts.SourceFile, node: ts.Node): { line: number; column: number } {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return { line: line + 1, column: character + 1 };
}

function readImport(source: ts.SourceFile, node: ts.ImportDeclaration): ApexImport | undefined {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return undefined;
    const specifier = node.moduleSpecifier.text;
    if (!specifier.startsWith(APEX_PREFIX)) return undefined;
    const parts = specifier.slice(APEX_PREFIX.length).split('.');
    // `Class.method` only: `ns.Class.method` names a managed package's class, which is not in this project.
    const local = node.importClause?.name?.text;
    if (parts.length !== 2 || !local) return undefined;
    return { local, className: parts[0], methodName: parts[1], specifier, ...position(source, node) };
}

function readArguments(argument: ts.Expression | undefined): Pick<ApexUsage, 'argumentNames' | 'partial'> {
    if (argument === undefined) return { argumentNames: [], partial: false };
    if (!ts.isObjectLiteralExpression(argument)) return { argumentNames: undefined, partial: false };
    const names: string[] = [];
    let partial = false;
    for (const property of argument.properties) {
        // A spread (no name) or a computed name: the names it passes cannot be read.
        const name = property.name;
        if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))) {
            names.push(name.text);
        } else {
            partial = true;
        }
    }
    return { argumentNames: names, partial };
}

/** Parses one component module and lists its Apex imports and their uses. */
export function readLwcApexUsage(fileName: string, text: string): LwcApexUsage {
    const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest);
    const imports = source.statements
        .filter(ts.isImportDeclaration)
        .map((node) => readImport(source, node))
        .filter((entry): entry is ApexImport => entry !== undefined);
    const byLocal = new Map(imports.map((entry) => [entry.local, entry]));
    const usages: ApexUsage[] = [];
    const visit = (node: ts.Node): void => {
        if (ts.isDecorator(node) && ts.isCallExpression(node.expression)) {
            const call = node.expression;
            const [adapter, config] = call.arguments;
            if (
                ts.isIdentifier(call.expression) &&
                call.expression.text === 'wire' &&
                adapter &&
                ts.isIdentifier(adapter)
            ) {
                const apexImport = byLocal.get(adapter.text);
                if (apexImport)
                    usages.push({ kind: 'wire', apexImport, ...readArguments(config), ...position(source, node) });
            }
        } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
            const apexImport = byLocal.get(node.expression.text);
            if (apexImport) {
                usages.push({
                    kind: 'call',
                    apexImport,
                    ...readArguments(node.arguments[0]),
                    ...position(source, node)
                });
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return { imports, usages };
}
