/**
 * The process boundary of the scratch-org tools: the only module that starts the sf CLI. Everything else receives an
 * `SfRunner`, so unit tests inject a stub and assert the exact command lines.
 */
// @ts-nocheck

import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What every `sf ... --json` prints: `status` 0 on success, `result` on success (and on some failures). */
export interface SfJson {
    status: number;
    result?: unknown;
    name?: string;
    message?: string;
    actions?: string[];
    warnings?: unknown[];
    data?: unknown;
}

/** One finished sf command. `json` is undefined when stdout was not JSON (e.g. the CLI crashed before printing). */
export interface SfOutcome {
    exitCode: number;
    json?: SfJson;
    stdout: string;
    stderr: string;
}

/** Runs `sf <args>`; `args` already contain `--json`. Never rejects on a non-zero exit: callers read the outcome. */
export type SfRunner = (args: readonly string[]) => Promise<SfOutcome>;

/** sf CLI environment: no telemetry, no auto-update (note: not SF_AUTOUPDATE_DISABLE), no version check, no bars. */
export const SF_ENVIRONMENT: Readonly<Record<string, string>> = {
    SF_DISABLE_TELEMETRY: 'true',
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_USE_PROGRESS_BAR: 'false'
};

/** Parses the JSON document sf printed; undefined when there is none. */
export function parseSfJson(stdout: string): SfJson | undefined {
    const start = stdout.indexOf('{');
    if (start < 0) return undefined;
    try {
        const value: unknown = JSON.parse(stdout.slice(start));
        if (typeof value === 'object' && value !== null && typeof (value as SfJson).status === 'number') {
            return value as SfJson;
        }
    } catch {
        // not JSON: the caller reports stdout/stderr as they are
    }
    return undefined;
}

/**
 * The real runner: the project's own sf (`node_modules/.bin/sf` from `@salesforce/cli`), never a global one, with
 * `SF_ENVIRONMENT`. Rejects only when sf cannot be started, with the fix.
 */
export function createSfRunner(projectRoot: string, baseEnv: NodeJS.ProcessEnv = process.env): SfRunner {
    const sf = join(projectRoot, 'node_modules', '.bin', 'sf');
    return (args) =>
        new Promise((resolve, reject) => {
            const child = spawn(sf, [...args], {
                cwd: projectRoot,
                env: {
                    ...baseEnv,
                    ...SF_ENVIRONMENT,
                    PATH: `${join(projectRoot, 'node_modules', '.bin')}:${baseEnv.PATH ?? ''}`
                },
                stdio: ['ignore', 'pipe', 'pipe']
            });
            const stdout: Buffer[] = [];
            const stderr: Buffer[] = [];
            child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
            child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
            child.on('error', (error) =>
                reject(new Error(`cannot start ${sf}: ${error.message}. Run \`npm ci\` to install @salesforce/cli.`))
            );
            child.on('close', (code) => {
                const out = Buffer.concat(stdout).toString('utf8');
                resolve({
                    exitCode: code ?? 1,
                    json: parseSfJson(out),
                    stdout: out,
                    stderr: Buffer.concat(stderr).toString('utf8')
                });
            });
        });
}

/** `sf a b --flag value` for logs: arguments with spaces or quotes are single-quoted. */
export function formatCommandLine(args: readonly string[]): string {
    const quote = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
    return ['sf', ...args].map(quote).join(' ');
}

interface FileFailure {
    state?: string;
    type?: string;
    fullName?: string;
    filePath?: string;
    problem?: string;
    lineNumber?: number;
    columnNumber?: number;
}

interface ComponentFailure {
    componentType?: string;
    fullName?: string;
    fileName?: string;
    problem?: string;
    lineNumber?: number | string;
    columnNumber?: number | string;
}

/**
 * The sf error summary of a failed command: for a deploy, one line per failed component
 * (`ApexClass Foo (force-app/.../Foo.cls:12:5): Variable does not exist: x`); otherwise `Name: message`.
 */
export function summarizeSfFailure(outcome: SfOutcome, maxLines = 20): string {
    const json = outcome.json;
    if (!json) {
        const text = (outcome.stderr.trim() || outcome.stdout.trim()).split('\n').slice(-maxLines).join('\n');
        return text || `sf exited with code ${outcome.exitCode} and printed nothing`;
    }
    const lines = componentFailureLines(json.result ?? json.data);
    if (lines.length > 0) {
        const shown = lines.slice(0, maxLines);
        if (lines.length > maxLines) shown.push(`... and ${lines.length - maxLines} more`);
        return shown.join('\n');
    }
    const message = (json.message ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('See more help'))
        .join(' ');
    const head = [json.name, message].filter(Boolean).join(': ') || `sf exited with status ${json.status}`;
    const actions = (json.actions ?? []).map((action) => `  ${action}`);
    return [head.trim(), ...actions].join('\n');
}

function componentFailureLines(result: unknown): string[] {
    if (typeof result !== 'object' || result === null) return [];
    const record = result as {
        files?: FileFailure[];
        details?: { componentFailures?: ComponentFailure | ComponentFailure[] };
        failures?: { name?: string; message?: string }[];
    };
    if (Array.isArray(record.failures) && record.failures.length > 0) {
        return record.failures.map((failure) => `${failure.name ?? '?'}: ${failure.message ?? 'failed'}`);
    }
    const failedFiles = (Array.isArray(record.files) ? record.files : []).filter((file) => file.state === 'Failed');
    if (failedFiles.length > 0) {
        return failedFiles.map((file) => {
            const at = [file.filePath, file.lineNumber, file.columnNumber]
                .filter((part) => part !== undefined)
                .join(':');
            return `${file.type ?? 'Component'} ${file.fullName ?? '?'}${at ? ` (${at})` : ''}: ${file.problem ?? 'failed'}`;
        });
    }
    const failures = record.details?.componentFailures;
    const list = Array.isArray(failures) ? failures : failures ? [failures] : [];
    return list.map((failure) => {
        const at = [failure.fileName, failure.lineNumber, failure.columnNumber]
            .filter((part) => part !== undefined)
            .join(':');
        return `${failure.componentType ?? 'Component'} ${failure.fullName ?? '?'}${at ? ` (${at})` : ''}: ${failure.problem ?? 'failed'}`;
    });
}

/** sf error names that mean the org itself is unusable (unknown alias, expired or revoked authorization). */
const ORG_ACCESS_ERRORS = ['NamedOrgNotFoundError', 'NoAuthInfoFound', 'RefreshTokenAuthError', 'AuthDecryptError'];

/** The fix when a command failed because the org cannot be reached, else undefined. */
export function orgAccessFix(outcome: SfOutcome, targetOrg: string): string | undefined {
    const name = outcome.json?.name ?? '';
    if (
        ORG_ACCESS_ERRORS.includes(name) ||
        /INVALID_SESSION_ID|expired access\/refresh token/i.test(outcome.json?.message ?? '')
    ) {
        return `no usable org "${targetOrg}": check the alias with sf org list (an expired scratch org must be recreated with npm run scratch)`;
    }
    return undefined;
}
