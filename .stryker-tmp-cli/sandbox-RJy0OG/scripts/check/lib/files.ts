// @ts-nocheck
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.sf', '.sfdx', 'dist', 'coverage', '.stryker-tmp']);

/**
 * Lists files under `dir` (recursively) whose names satisfy `accept`, as absolute paths in a stable order.
 * Build and dependency folders are skipped. A missing directory yields an empty list.
 */
export function listFiles(dir: string, accept: (name: string) => boolean): string[] {
    const found: string[] = [];
    const walk = (current: string): void => {
        let entries;
        try {
            entries = readdirSync(current, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const path = join(current, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name)) walk(path);
            } else if (accept(entry.name)) {
                found.push(path);
            }
        }
    };
    walk(dir);
    return found;
}

/** Path of `file` relative to `root`, with forward slashes (stable in messages and tests). */
export function relativePath(root: string, file: string): string {
    return relative(root, file).split(sep).join('/');
}
