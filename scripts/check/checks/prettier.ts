import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/** Everything Prettier formats in this project: Apex, LWC JavaScript/HTML/CSS, TypeScript, JSON, Markdown, YAML. */
export const FORMATTED_EXTENSIONS = [
    '.cls',
    '.trigger',
    '.js',
    '.html',
    '.css',
    '.ts',
    '.json',
    '.md',
    '.yml',
    '.yaml'
];

/**
 * Checks the formatting of every file Prettier is responsible for, with the project's .prettierrc and
 * .prettierignore. Apex goes through prettier-plugin-apex's native parser, so an Apex syntax error fails here
 * too (the apex-syntax check gives its line and column).
 */
export async function checkFormatting(root: string): Promise<Finding[]> {
    const files = listFiles(root, (name) => FORMATTED_EXTENSIONS.some((ext) => name.endsWith(ext)));
    const ignorePath = join(root, '.prettierignore');
    const findings: Finding[] = [];
    for (const file of files) {
        const info = await prettier.getFileInfo(file, { ignorePath, resolveConfig: true });
        if (info.ignored || !info.inferredParser) continue;
        const options = await prettier.resolveConfig(file);
        try {
            const formatted = await prettier.check(readFileSync(file, 'utf8'), { ...options, filepath: file });
            if (!formatted) {
                findings.push({
                    file: relativePath(root, file),
                    message: 'not formatted: run `npm run prettier`',
                    rule: 'prettier'
                });
            }
        } catch (error) {
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            findings.push({
                file: relativePath(root, file),
                message: `cannot be parsed: ${message}`,
                rule: 'prettier'
            });
        }
    }
    return findings;
}

export const prettierCheck: Check = {
    name: 'prettier',
    description: 'Prettier (with prettier-plugin-apex) formatting of Apex, LWC, TypeScript, JSON, Markdown, YAML',
    run: checkFormatting
};
