import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * Where our checks keep what their tools can reuse between runs (apex-ls, sf convert, PMD findings): under
 * `node_modules/.cache/spu-checks/`, so it is git-ignored, never shipped, and gone with a fresh `npm ci` (CI runs
 * from scratch). One folder per tool and per project root (tests run the checks over fixture projects).
 */
export const CACHE_ROOT = join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'spu-checks');

/** A short stable key for a project root. */
export function rootKey(root: string): string {
    return createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
}

/** The cache folder of `tool` for `root` (not created). */
export function toolCacheDir(tool: string, root: string): string {
    return join(CACHE_ROOT, tool, rootKey(root));
}

/** Set SPU_CHECK_CACHE=0 to run every tool from scratch (as CI does on a fresh machine). */
export function cachesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
    return env.SPU_CHECK_CACHE !== '0';
}
