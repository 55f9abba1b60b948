import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Absolute paths the preview build and server share. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const PREVIEW_ROOT = resolve(PROJECT_ROOT, 'preview');
export const SRC_DIR = resolve(PREVIEW_ROOT, 'src');
export const STUBS_DIR = resolve(PREVIEW_ROOT, 'stubs');
export const NODE_MODULES = resolve(PROJECT_ROOT, 'node_modules');
/**
 * The preview bundle of the checkout at `projectRoot` (and its build lock) lives outside every tree a tool walks
 * (ESLint, Prettier, tsc, Jest): under node_modules/.cache, which every tool ignores. A lock inside preview/ once crashed
 * ESLint while a build held it. The folder is named after the checkout: git worktrees whose node_modules is a link to
 * one shared folder otherwise built into one dist, each rebuilding over the other's bundle (a different input hash)
 * and waiting on its lock, and a browser test could load the other checkout's bundle (issue #23).
 */
export function distDirFor(projectRoot: string, nodeModules = resolve(projectRoot, 'node_modules')): string {
    const checkout = createHash('sha256').update(resolve(projectRoot)).digest('hex').slice(0, 12);
    return resolve(nodeModules, '.cache', 'spu-preview', `dist-${checkout}`);
}

export const DIST_DIR = distDirFor(PROJECT_ROOT, NODE_MODULES);
export const SLDS_DIR = resolve(NODE_MODULES, '@salesforce-ux', 'design-system');
export const FORCE_APP_DIR = resolve(PROJECT_ROOT, 'force-app');
export const COMPONENT_DIR = resolve(FORCE_APP_DIR, 'main', 'default', 'lwc', 'enableStudentUser');
export const SCREENSHOTS_DIR = resolve(PROJECT_ROOT, 'screenshots');
