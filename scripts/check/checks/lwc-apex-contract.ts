import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseApexFiles } from '../lib/apex-parser';
import type { ParseFilesOptions } from '../lib/apex-parser';
import { listFiles, relativePath } from '../lib/files';
import { readClassMethods } from '../lwc/apex-methods';
import { checkContract } from '../lwc/contract';
import type { ApexClassIndex } from '../lwc/contract';
import { readLwcApexUsage } from '../lwc/lwc-apex-usage';
import type { Check, Finding } from '../types';

const RULE = 'lwc-apex-contract';

/** Component modules: JavaScript under an `lwc` folder of force-app, tests excluded. */
export function listComponentModules(root: string): string[] {
    return listFiles(join(root, 'force-app'), (name) => name.endsWith('.js')).filter((file) => {
        const path = relativePath(root, file);
        // The path starts with force-app/, so a folder name is always after a slash.
        return path.includes('/lwc/') && !path.includes('/__tests__/');
    });
}

/** Parses the project's Apex classes into an index of their methods (a class that does not parse is left out). */
export async function indexApexClasses(root: string, options: ParseFilesOptions = {}): Promise<ApexClassIndex> {
    const files = listFiles(join(root, 'force-app'), (name) => name.endsWith('.cls'));
    const index: ApexClassIndex = new Map();
    for (const parsed of await parseApexFiles(files, options)) {
        const apexClass = readClassMethods(parsed.unit);
        if (apexClass) index.set(apexClass.name.toLowerCase(), apexClass);
    }
    return index;
}

/**
 * Every `@salesforce/apex/Class.method` import of a component resolves to a static @AuraEnabled method of a class in
 * force-app; methods used with @wire are cacheable; argument names written as object literals match the parameters.
 */
export async function checkLwcApexContract(root: string, options: ParseFilesOptions = {}): Promise<Finding[]> {
    const modules = listComponentModules(root);
    const usages = modules.map((file) => ({ file, usage: readLwcApexUsage(file, readFileSync(file, 'utf8')) }));
    const classes = await indexApexClasses(root, options);
    return usages.flatMap(({ file, usage }) =>
        checkContract(usage, classes).map((problem) => ({ file: relativePath(root, file), ...problem, rule: RULE }))
    );
}

export const lwcApexContractCheck: Check = {
    name: 'lwc-apex-contract',
    description:
        'LWC @salesforce/apex imports resolve to static @AuraEnabled methods; @wire needs cacheable=true; argument names match',
    run: (root) => checkLwcApexContract(root)
};
