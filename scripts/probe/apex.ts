/**
 * Anonymous Apex for the probe: the checked-in scripts `scripts/apex/probe-*.apex` get their input as one JSON
 * string literal and answer with one debug line `PROBE_RESULT {json}` (System.debug at ERROR level), which sf returns
 * in `result.logs` (or `data.logs` when the run failed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apexStringLiteral } from '../lib/string-literal';
import { summarizeSfFailure } from '../scratch/sf';
import type { SfOutcome, SfRunner } from '../scratch/sf';

/** The line each probe script carries; the checked-in '{}' keeps the script valid Apex. */
export const PROBE_INPUT_PLACEHOLDER = "String probeInputJson = '{}';";

/** Prefix of the one machine-readable debug message of a probe script. */
export const PROBE_RESULT_PREFIX = 'PROBE_RESULT ';

/** The probe scripts, under scripts/apex so the apex-syntax and scratch-config checks parse them. */
export const PROBE_SCRIPTS = {
    setupUsers: 'scripts/apex/probe-setup-users.apex',
    setupData: 'scripts/apex/probe-setup-data.apex',
    portalUser: 'scripts/apex/probe-portal-user.apex',
    merge: 'scripts/apex/probe-merge.apex',
    timeZones: 'scripts/apex/probe-time-zones.apex',
    lifecycle: 'scripts/apex/probe-lifecycle.apex',
    runLog: 'scripts/apex/probe-run-log.apex',
    orgSchema: 'scripts/apex/probe-org-schema.apex',
    reports: 'scripts/apex/probe-reports.apex',
    bulkData: 'scripts/apex/probe-bulk-data.apex',
    bulkEnable: 'scripts/apex/probe-bulk-enable.apex',
    inOrgRun: 'scripts/apex/probe-in-org-run.apex',
    cleanupUsers: 'scripts/apex/probe-cleanup-users.apex',
    cleanupData: 'scripts/apex/probe-cleanup-data.apex',
    cleanupSetup: 'scripts/apex/probe-cleanup-setup.apex',
    cleanupRuns: 'scripts/apex/probe-cleanup-runs.apex'
} as const;

export type ProbeScript = keyof typeof PROBE_SCRIPTS;

/** The script with its placeholder line (exactly one) replaced by `input` as JSON. */
export function renderProbeScript(template: string, input: Record<string, unknown>, name: string): string {
    const occurrences = template.split(PROBE_INPUT_PLACEHOLDER).length - 1;
    if (occurrences !== 1) {
        throw new Error(`${name} must contain the line ${PROBE_INPUT_PLACEHOLDER} exactly once (found ${occurrences})`);
    }
    const line = `String probeInputJson = ${apexStringLiteral(JSON.stringify(input))};`;
    return template.replace(PROBE_INPUT_PLACEHOLDER, () => line);
}

/**
 * The last `PROBE_RESULT {json}` of a debug log, parsed; undefined when there is none. Debug lines look like
 * `12:00:00.1 (123)|USER_DEBUG|[42]|ERROR|PROBE_RESULT {...}`.
 */
export function probeResultFromLog(log: unknown): Record<string, unknown> | undefined {
    if (typeof log !== 'string') return undefined;
    let found: Record<string, unknown> | undefined;
    for (const line of log.split('\n')) {
        const at = line.indexOf(`|${PROBE_RESULT_PREFIX}`);
        if (!line.includes('|USER_DEBUG|') || at < 0) continue;
        const text = line.slice(at + 1 + PROBE_RESULT_PREFIX.length).trim();
        try {
            const value: unknown = JSON.parse(text);
            if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
                found = value as Record<string, unknown>;
            }
        } catch {
            // a truncated or foreign line: keep looking
        }
    }
    return found;
}

/** One probe script run: its PROBE_RESULT, or why there is none. */
export type ApexRun = { ok: true; result: Record<string, unknown> } | { ok: false; failure: string };

interface ApexRunJson {
    compiled?: boolean;
    success?: boolean;
    compileProblem?: string;
    exceptionMessage?: string;
    line?: number;
    column?: number;
    logs?: unknown;
}

/** Reads an `sf apex run --json` outcome: the PROBE_RESULT when the script printed one, else the failure text. */
export function readApexOutcome(outcome: SfOutcome, script: string): ApexRun {
    const payload = (outcome.json?.status === 0 ? outcome.json.result : outcome.json?.data) as ApexRunJson | undefined;
    const result = probeResultFromLog(payload?.logs);
    if (result && outcome.json?.status === 0) return { ok: true, result };
    if (payload?.compiled === false) {
        return {
            ok: false,
            failure: `${script} does not compile in this org (line ${payload.line ?? '?'}, column ${payload.column ?? '?'}): ${payload.compileProblem ?? ''}`
        };
    }
    if (payload?.success === false) {
        return { ok: false, failure: `${script} failed: ${payload.exceptionMessage ?? 'no message'}` };
    }
    if (outcome.json?.status === 0) {
        return { ok: false, failure: `${script} ran but printed no ${PROBE_RESULT_PREFIX.trim()} line` };
    }
    return { ok: false, failure: `${script}: ${summarizeSfFailure(outcome)}` };
}

export function runAnonymousApexArgs(file: string, targetOrg: string): string[] {
    return ['apex', 'run', '--file', file, '--target-org', targetOrg, '--json'];
}

export interface ApexRunnerDeps {
    sf: SfRunner;
    projectRoot: string;
    workDir: string;
    targetOrg: string;
}

/** Renders a probe script into the work directory and runs it; never throws (a failure is an ApexRun too). */
export async function runProbeScript(
    deps: ApexRunnerDeps,
    script: ProbeScript,
    input: Record<string, unknown>,
    fileLabel: string = script
): Promise<ApexRun> {
    const source = PROBE_SCRIPTS[script];
    try {
        const rendered = renderProbeScript(readFileSync(join(deps.projectRoot, source), 'utf8'), input, source);
        const file = join(deps.workDir, `${fileLabel}.apex`);
        writeFileSync(file, rendered);
        return readApexOutcome(await deps.sf(runAnonymousApexArgs(file, deps.targetOrg)), source);
    } catch (error) {
        return { ok: false, failure: `${source}: ${error instanceof Error ? error.message : String(error)}` };
    }
}
