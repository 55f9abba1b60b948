import { join } from 'node:path';
import { ESLint } from 'eslint';
import { relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

const PROJECT_CONFIG = join(__dirname, '..', '..', '..', 'eslint.config.js');

/** Lints `patterns` under `root` with the project's flat config (LWC rules for force-app, typescript-eslint for scripts). */
export async function lint(root: string, patterns: string[] = ['.']): Promise<Finding[]> {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: PROJECT_CONFIG, errorOnUnmatchedPattern: false });
    const results = await eslint.lintFiles(patterns);
    return results.flatMap((result) =>
        result.messages.map((message) => ({
            file: relativePath(root, result.filePath),
            line: message.line,
            column: message.column,
            message: message.message,
            rule: message.ruleId ? `eslint:${message.ruleId}` : 'eslint'
        }))
    );
}

export const eslintCheck: Check = {
    name: 'eslint',
    description: 'ESLint 9 flat config: LWC rules (force-app), typescript-eslint type-aware rules (scripts, preview)',
    run: (root) => lint(root)
};
