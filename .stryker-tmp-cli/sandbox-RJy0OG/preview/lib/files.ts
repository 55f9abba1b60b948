// @ts-nocheck
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir` (recursively) whose name passes `accept`, sorted so builds are deterministic.
 * A missing directory yields no files.
 */
export function listFiles(dir: string, accept: (name: string) => boolean): string[] {
    let entries;
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return [];
        }
        throw error;
    }
    return entries
        .flatMap((entry) => {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) {
                return entry.name === 'node_modules' ? [] : listFiles(path, accept);
            }
            return accept(entry.name) ? [path] : [];
        })
        .sort();
}
