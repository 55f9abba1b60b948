/** Judges an LWC module's Apex imports and their uses against the Apex classes of the project. */
// @ts-nocheck

import type { ApexClassMethods, ApexMethod } from './apex-methods';
import type { ApexImport, ApexUsage, LwcApexUsage } from './lwc-apex-usage';

export interface ContractProblem {
    line: number;
    column: number;
    message: string;
}

/** Apex classes by lower-case name (class names are case-insensitive in Apex). */
export type ApexClassIndex = Map<string, ApexClassMethods>;

function resolve(entry: ApexImport, classes: ApexClassIndex): { method?: ApexMethod; problem?: string } {
    const apexClass = classes.get(entry.className.toLowerCase());
    if (!apexClass) return { problem: `'${entry.specifier}': no Apex class '${entry.className}' in force-app` };
    const overloads = apexClass.methods.get(entry.methodName.toLowerCase()) ?? [];
    const method = overloads.find((candidate) => candidate.auraEnabled) ?? overloads[0];
    const qualified = `${apexClass.name}.${entry.methodName}`;
    if (!method)
        return { problem: `'${entry.specifier}': class ${apexClass.name} has no method '${entry.methodName}'` };
    if (!method.auraEnabled) return { problem: `'${entry.specifier}': ${qualified} is not @AuraEnabled` };
    if (!method.isStatic) return { problem: `'${entry.specifier}': ${qualified} is not static` };
    return { method };
}

function checkUsage(usage: ApexUsage, method: ApexMethod, qualified: string): string[] {
    const problems: string[] = [];
    if (usage.kind === 'wire' && !method.cacheable) {
        problems.push(`${qualified} is used with @wire but is not @AuraEnabled(cacheable=true)`);
    }
    if (usage.argumentNames === undefined) return problems;
    const how = usage.kind === 'wire' ? '@wire config' : 'call';
    const parameters = method.parameters.join(', ') || 'none';
    for (const name of usage.argumentNames) {
        if (!method.parameters.includes(name)) {
            problems.push(
                `${how} of ${qualified} passes '${name}', which is not one of its parameters (${parameters})`
            );
        }
    }
    if (!usage.partial) {
        for (const parameter of method.parameters) {
            if (!usage.argumentNames.includes(parameter)) {
                problems.push(`${how} of ${qualified} does not pass its parameter '${parameter}'`);
            }
        }
    }
    return problems;
}

/** Every broken import (at the import line) and every mismatched use (at the decorator or call). */
export function checkContract(usage: LwcApexUsage, classes: ApexClassIndex): ContractProblem[] {
    const problems: ContractProblem[] = [];
    const methods = new Map<ApexImport, ApexMethod>();
    for (const entry of usage.imports) {
        const { method, problem } = resolve(entry, classes);
        if (problem) problems.push({ line: entry.line, column: entry.column, message: problem });
        if (method) methods.set(entry, method);
    }
    for (const use of usage.usages) {
        const method = methods.get(use.apexImport);
        if (!method) continue;
        const qualified = `${use.apexImport.className}.${use.apexImport.methodName}`;
        for (const message of checkUsage(use, method, qualified)) {
            problems.push({ line: use.line, column: use.column, message });
        }
    }
    return problems;
}
