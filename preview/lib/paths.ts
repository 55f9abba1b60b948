import { resolve } from 'node:path';

/** Absolute paths the preview build and server share. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const PREVIEW_ROOT = resolve(PROJECT_ROOT, 'preview');
export const SRC_DIR = resolve(PREVIEW_ROOT, 'src');
export const STUBS_DIR = resolve(PREVIEW_ROOT, 'stubs');
export const NODE_MODULES = resolve(PROJECT_ROOT, 'node_modules');
/**
 * The preview bundle and its build lock live outside every tree a tool walks (ESLint, Prettier, tsc, Jest): under
 * node_modules/.cache, which every tool ignores. A lock inside preview/ once crashed ESLint while a build held it.
 */
export const DIST_DIR = resolve(NODE_MODULES, '.cache', 'spu-preview', 'dist');
export const SLDS_DIR = resolve(NODE_MODULES, '@salesforce-ux', 'design-system');
export const FORCE_APP_DIR = resolve(PROJECT_ROOT, 'force-app');
export const COMPONENT_DIR = resolve(FORCE_APP_DIR, 'main', 'default', 'lwc', 'enableStudentUser');
export const SCREENSHOTS_DIR = resolve(PROJECT_ROOT, 'screenshots');
