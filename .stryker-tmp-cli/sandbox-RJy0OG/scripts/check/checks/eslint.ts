// @ts-nocheck
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { cachesEnabled, toolCacheDir } from '../lib/cache';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

const PROJECT_CONFIG = join(__dirname, '..', '..', '..', 'eslint.config.js');

/**
 * The ESLint cache file for `root`. ESLint re-lints a file when its content or the config changed, but the
 * type-aware rules of scripts/ and preview/ also read the types of OTHER files, which its cache does not track; so
 * the cache file is named after a hash of every TypeScript source and tsconfig: any TypeScript change starts a
 * fresh cache (building the type-checked program is most of the work anyway), an unchanged tree lints nothing.
 */
export function eslintCacheFile(root: string): string {
    const hash = createHash('sha256');
    const typed = listFiles(root, (name) => name.endsWith('.ts') || name === 'tsconfig.json');
    for (const file of typed)
        hash.update(`${relativePath(root, file)}\0`)
            .update(readFileSync(file))
            .update('\0');
    const dir = toolCacheDir('eslint', root);
    return join(dir, `${hash.digest('hex').slice(0, 24)}.json`);
}

function keepOnly(file: string, dir: string): void {
    mkdirSync(dir, { recursive: true });
    for (const entry of readdirSync(dir)) {
        if (join(dir, entry) !== file) rmSync(join(dir, entry), { force: true });
    }
}

/** Lints `patterns` under `root` with the project's flat config (LWC rules for force-app, typescript-eslint for scripts). */
export async function lint(root: string, patterns: string[] = ['.']): Promise<Finding[]> {
    const cache = cachesEnabled();
    const cacheLocation = cache ? eslintCacheFile(root) : undefined;
    if (cacheLocation) keepOnly(cacheLocation, toolCacheDir('eslint', root));
    const eslint = new ESLint({
        cwd: root,
        overrideConfigFile: PROJECT_CONFIG,
        errorOnUnmatchedPattern: false,
        cache,
        cacheLocation,
        cacheStrategy: 'content'
    });
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
    description:
        'ESLint 9 flat config: LWC rules (force-app), typescript-eslint type-aware rules (scripts, preview); cached',
    run: (root) => lint(root)
};
