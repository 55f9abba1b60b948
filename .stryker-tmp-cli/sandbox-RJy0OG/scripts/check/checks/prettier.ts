// @ts-nocheck
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { cachesEnabled, toolCacheDir } from '../lib/cache';
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
    const cache = cachesEnabled() ? new FormattedCache(root) : undefined;
    for (const file of files) {
        const info = await prettier.getFileInfo(file, { ignorePath, resolveConfig: true });
        if (info.ignored || !info.inferredParser) continue;
        const options = await prettier.resolveConfig(file);
        const source = readFileSync(file, 'utf8');
        const key = cache?.key(file, source, options);
        if (key && cache?.has(key)) continue;
        try {
            const formatted = await prettier.check(source, { ...options, filepath: file });
            if (formatted && key) cache?.add(key);
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
    cache?.save();
    return findings;
}

const APEX_PLUGIN_MANIFEST = join(__dirname, '..', '..', '..', 'node_modules', 'prettier-plugin-apex', 'package.json');

/**
 * Files Prettier found formatted, by a hash of everything its answer depends on: Prettier's and the Apex plugin's
 * versions, the resolved options, the path (it picks the parser) and the content. An edited file misses the cache.
 */
class FormattedCache {
    private readonly file: string;
    private readonly known: Set<string>;
    private readonly seen = new Set<string>();
    private readonly tools: string;

    constructor(root: string) {
        this.file = join(toolCacheDir('prettier', root), 'formatted.json');
        let known: string[] = [];
        try {
            known = JSON.parse(readFileSync(this.file, 'utf8')) as string[];
        } catch {
            // no cache yet
        }
        this.known = new Set(known);
        const apexPlugin = JSON.parse(readFileSync(APEX_PLUGIN_MANIFEST, 'utf8')) as {
            version: string;
        };
        this.tools = `prettier ${prettier.version}, prettier-plugin-apex ${apexPlugin.version}`;
    }

    key(file: string, source: string, options: prettier.Options | null): string {
        return createHash('sha256')
            .update(`${this.tools}\0${JSON.stringify(options)}\0${file}\0`)
            .update(source)
            .digest('hex');
    }

    has(key: string): boolean {
        if (!this.known.has(key)) return false;
        this.seen.add(key);
        return true;
    }

    add(key: string): void {
        this.seen.add(key);
    }

    /** Keeps only the entries of this run, so the file does not grow with every edit. */
    save(): void {
        mkdirSync(join(this.file, '..'), { recursive: true });
        const temporary = `${this.file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify([...this.seen]));
        renameSync(temporary, this.file);
    }
}

export const prettierCheck: Check = {
    name: 'prettier',
    description: 'Prettier (with prettier-plugin-apex) formatting of Apex, LWC, TypeScript, JSON, Markdown, YAML',
    run: checkFormatting
};
