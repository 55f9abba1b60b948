// @ts-nocheck
import { resolve } from 'node:path';

/** Absolute paths the preview build and server share. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const PREVIEW_ROOT = resolve(PROJECT_ROOT, 'preview');
export const SRC_DIR = resolve(PREVIEW_ROOT, 'src');
export const STUBS_DIR = resolve(PREVIEW_ROOT, 'stubs');
export const DIST_DIR = resolve(PREVIEW_ROOT, 'dist');
export const NODE_MODULES = resolve(PROJECT_ROOT, 'node_modules');
export const SLDS_DIR = resolve(NODE_MODULES, '@salesforce-ux', 'design-system');
export const FORCE_APP_DIR = resolve(PROJECT_ROOT, 'force-app');
export const COMPONENT_DIR = resolve(FORCE_APP_DIR, 'main', 'default', 'lwc', 'enableStudentUser');
export const SCREENSHOTS_DIR = resolve(PROJECT_ROOT, 'screenshots');
