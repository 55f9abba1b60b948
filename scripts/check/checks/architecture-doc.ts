import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * `docs/architecture.md` is the newcomer's map of the Apex: a diagram of the layers and one paragraph per feature
 * folder naming its classes. This check keeps the map true to the tree:
 * - every production class (a `.cls` under `force-app/main/default/classes` not annotated `@IsTest`) is named in the
 *   document (as a whole word, e.g. `` `StudentUserWriter` `` or `` `StudentUserPlanner.Rule` ``);
 * - every feature folder (`classes/<folder>/`) that holds a production class is named as `classes/<folder>/`;
 * - every class name the document writes in backticks (a product name: it contains `Student`) is a class or trigger
 *   that exists, so a removed or renamed class cannot stay in the map;
 * - the document has a `mermaid` diagram.
 */

const RULE = 'architecture-doc';
export const ARCHITECTURE_DOC = 'docs/architecture.md';
const CLASSES = 'force-app/main/default/classes';

// `@IsTest` (any case, any arguments) before the class keyword, after the leading comments: a test or test-support class.
const TEST_CLASS = /^\s*@istest\b/im;

interface ApexClass {
    name: string;
    folder: string;
    file: string;
}

function stripComments(source: string): string {
    return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

function apexFiles(root: string, suffix: string): string[] {
    return listFiles(join(root, 'force-app'), (name) => name.endsWith(suffix));
}

/** Production classes: every `.cls` under `classes/` whose declaration is not annotated `@IsTest`. */
export function productionClasses(root: string): ApexClass[] {
    const classesRoot = join(root, CLASSES);
    return apexFiles(root, '.cls')
        .filter((path) => relativePath(classesRoot, path).split('/')[0] !== '..')
        .filter((path) => !TEST_CLASS.test(stripComments(readFileSync(path, 'utf8'))))
        .map((path) => ({
            name: basename(path, '.cls'),
            folder: relativePath(classesRoot, dirname(path)),
            file: relativePath(root, path)
        }));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function checkArchitectureDoc(root: string): Promise<Finding[]> {
    const docPath = join(root, ARCHITECTURE_DOC);
    const classes = productionClasses(root);
    if (!existsSync(docPath)) {
        return Promise.resolve(
            classes.length === 0
                ? []
                : [
                      {
                          file: ARCHITECTURE_DOC,
                          message: `${ARCHITECTURE_DOC} is missing: it must name every production class`,
                          rule: RULE
                      }
                  ]
        );
    }
    const doc = readFileSync(docPath, 'utf8');
    const findings: Finding[] = [];
    for (const apexClass of classes) {
        if (!new RegExp(`\\b${escape(apexClass.name)}\\b`).test(doc)) {
            findings.push({
                file: apexClass.file,
                line: 1,
                message: `class ${apexClass.name} is not named in ${ARCHITECTURE_DOC}: add it to the paragraph of classes/${apexClass.folder}/`,
                rule: RULE
            });
        }
    }
    for (const folder of [...new Set(classes.map((apexClass) => apexClass.folder))].sort()) {
        if (!doc.includes(`classes/${folder}/`)) {
            findings.push({
                file: ARCHITECTURE_DOC,
                message: `feature folder classes/${folder}/ has no paragraph (name it as classes/${folder}/)`,
                rule: RULE
            });
        }
    }
    const existing = new Set([
        ...apexFiles(root, '.cls').map((path) => basename(path, '.cls')),
        ...apexFiles(root, '.trigger').map((path) => basename(path, '.trigger'))
    ]);
    doc.split('\n').forEach((text, index) => {
        for (const match of text.matchAll(/`([A-Z][A-Za-z0-9]*)(?:\.[A-Za-z0-9_.()]*)?`/g)) {
            const name = match[1];
            if (name.includes('Student') && !existing.has(name)) {
                findings.push({
                    file: ARCHITECTURE_DOC,
                    line: index + 1,
                    column: (match.index ?? 0) + 1,
                    message: `names ${name}, which is no class or trigger under force-app: remove or rename it`,
                    rule: RULE
                });
            }
        }
    });
    if (!/^```mermaid\s*$/m.test(doc)) {
        findings.push({ file: ARCHITECTURE_DOC, message: 'has no ```mermaid diagram of the layers', rule: RULE });
    }
    return Promise.resolve(findings);
}

export const architectureDocCheck: Check = {
    name: 'architecture-doc',
    description: `${ARCHITECTURE_DOC} names every production Apex class and feature folder, names no class that does not exist, and has a mermaid diagram`,
    run: checkArchitectureDoc
};
