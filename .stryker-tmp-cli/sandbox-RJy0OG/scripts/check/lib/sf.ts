// @ts-nocheck
import { join } from 'node:path';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

/** The project's own sf CLI (from `@salesforce/cli` in node_modules), never a global one. */
export function sfCommand(): string {
    return join(PROJECT_ROOT, 'node_modules', '.bin', 'sf');
}

/** sf CLI environment: no telemetry, no auto-update, no version check (offline-friendly, quiet). */
export function sfEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    return {
        ...base,
        SF_DISABLE_TELEMETRY: 'true',
        SF_DISABLE_AUTOUPDATE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        SF_USE_PROGRESS_BAR: 'false'
    };
}
