/**
 * The project's Apex test classes, derived from the source on every run (never a hand-kept list): the classes under
 * the package directory annotated `@IsTest` that declare at least one test method. Test utilities (`@IsTest` classes
 * without test methods: the factory, the stand-ins) are left out; `RunSpecifiedTests` takes test classes
 * (Metadata API Developer Guide, "Running a Subset of Tests in a Deployment": "You can specify only test classes").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeOnly, isTestClass } from './coverage';

/** True when the class declares a test method: `@IsTest` after the class keyword, or the old `testMethod` modifier. */
export function hasTestMethods(source: string): boolean {
    const code = codeOnly(source);
    const declaration = /\bclass\b/i.exec(code);
    const body = declaration ? code.slice(declaration.index) : code;
    return /@istest\b/i.test(body) || /\btestmethod\b/i.test(body);
}

/** The test classes under `packageDir`, by class name (the file name), sorted. */
export function findApexTestClasses(packageDir: string): string[] {
    const classes: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (entry.name.endsWith('.cls')) {
                const source = readFileSync(path, 'utf8');
                if (isTestClass(source) && hasTestMethods(source)) classes.push(entry.name.slice(0, -'.cls'.length));
            }
        }
    };
    walk(packageDir);
    return classes.sort((a, b) => a.localeCompare(b));
}
