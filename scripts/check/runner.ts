import { TOOL_SCRIPTS } from './checks/tools';
import { CheckSkipped, formatFinding, isFailure } from './types';
import type { Check, Finding } from './types';

export interface StepOutcome {
    name: string;
    ok: boolean;
    seconds: number;
    findings: Finding[];
    /** Set when the check itself crashed (a broken tool must fail the run, never pass it). */
    crash?: string;
    /** Set when the check could not run on this machine (`CheckSkipped`): printed as SKIP, counted neither way. */
    skipped?: string;
    /** For a step that counts many tests (Jest): its passed and failed tests; a check counts as one. */
    tests?: { passed: number; failed: number };
    /** Failures outside any finding or test (a Jest suite that did not load), one line each. */
    notes?: string[];
    /** The tool's own output, printed before the step's result line. */
    output?: string;
}

/** Anything the runner schedules: a check, or Jest with its test counts. */
export interface Step {
    name: string;
    run(root: string): Promise<StepOutcome>;
}

/** Runs one check, timing it and turning a crash into a failure with its reason. */
export async function runStep(check: Check, root: string): Promise<StepOutcome> {
    const started = performance.now();
    try {
        const findings = await check.run(root);
        return { name: check.name, ok: !findings.some(isFailure), seconds: elapsed(started), findings };
    } catch (error) {
        if (error instanceof CheckSkipped) {
            return { name: check.name, ok: true, seconds: elapsed(started), findings: [], skipped: error.message };
        }
        const crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
        return { name: check.name, ok: false, seconds: elapsed(started), findings: [], crash };
    }
}

/** A check as a schedulable step. */
export function checkStep(check: Check): Step {
    return { name: check.name, run: (root) => runStep(check, root) };
}

export interface RunAllOptions {
    /** Steps running at the same time (at least 1). */
    concurrency: number;
    /**
     * Seconds each step took last time, by name: the slowest start first, so a long step does not start last and
     * finish alone. A step never timed starts before the timed ones (it may be slow); `Infinity` starts a step first.
     */
    expectedSeconds?: Record<string, number>;
    /** Called once per step, in the order of `steps` (not of completion), as soon as it and every earlier one are done. */
    onOutcome?: (outcome: StepOutcome) => void;
}

/**
 * Runs independent steps with bounded concurrency, longest expected first, and returns the outcomes in the order of
 * `steps`. A step's failure or crash never stops the others.
 */
export async function runAll(steps: readonly Step[], root: string, options: RunAllOptions): Promise<StepOutcome[]> {
    const expected = options.expectedSeconds ?? {};
    const rank = (step: Step): number => expected[step.name] ?? Number.MAX_VALUE;
    const queue = steps.map((step, index) => ({ step, index })).sort((a, b) => rank(b.step) - rank(a.step));
    const outcomes: (StepOutcome | undefined)[] = [];
    let reported = 0;
    const report = (): void => {
        while (outcomes[reported]) {
            options.onOutcome?.(outcomes[reported] as StepOutcome);
            reported++;
        }
    };
    const worker = async (): Promise<void> => {
        for (let next = queue.shift(); next; next = queue.shift()) {
            outcomes[next.index] = await next.step.run(root);
            report();
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, steps.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return outcomes as StepOutcome[];
}

/** The lines printed for a step: `PASS name (1.2 s)` then, on failure, one line per finding. */
export function describeOutcome(outcome: StepOutcome, maxFindings = 50): string[] {
    const counts = outcome.tests ? `: ${summaryLine(outcome.tests.passed, outcome.tests.failed)}` : '';
    if (outcome.skipped) return [`SKIP ${outcome.name} (${outcome.seconds.toFixed(1)} s): ${outcome.skipped}`];
    const head = `${outcome.ok ? 'PASS' : 'FAIL'} ${outcome.name} (${outcome.seconds.toFixed(1)} s)${counts}`;
    const lines = [head];
    if (outcome.crash) lines.push(`    check crashed: ${outcome.crash}`);
    for (const note of outcome.notes ?? []) lines.push(`    ${note}`);
    for (const finding of outcome.findings.slice(0, maxFindings)) lines.push(`    ${formatFinding(finding)}`);
    if (outcome.findings.length > maxFindings) {
        lines.push(`    ... and ${outcome.findings.length - maxFindings} more`);
    }
    return lines;
}

/** What a step adds to the final line: its tests (Jest), or one passed or failed check. */
export function countOutcome(outcome: StepOutcome): { passed: number; failed: number } {
    if (outcome.skipped) return { passed: 0, failed: 0 };
    if (outcome.tests) {
        return { passed: outcome.tests.passed, failed: outcome.tests.failed + (outcome.notes?.length ?? 0) };
    }
    return outcome.ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Steps that are not checks but can be named in `--only` / `--skip`: the standard tools and Jest. */
export const STEP_NAMES = [...Object.keys(TOOL_SCRIPTS), 'jest'];

export interface Selection {
    /** `--only` names (any check, deep or not, and `jest`); empty = the mode's default set. */
    only: string[];
    skip: string[];
    /** `npm run test:deep`: the deep checks instead of the others. */
    deep?: boolean;
}

/**
 * Picks checks by `--only` / `--skip` names; an unknown name is an error, not a silent no-op. Without `--only`,
 * `npm test` takes every check that is not deep and `--deep` every deep one; `--only` names any check.
 */
export function selectChecks(
    all: Check[],
    only: string[],
    skip: string[],
    deep = false,
    steps: readonly string[] = STEP_NAMES
): Check[] {
    const known = new Set(all.map((check) => check.name).concat(steps));
    const unknown = [...only, ...skip].filter((name) => !known.has(name));
    if (unknown.length > 0) {
        throw new Error(`unknown check(s): ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
    }
    return all.filter(
        (check) =>
            (only.length === 0 ? Boolean(check.deep) === deep : only.includes(check.name)) && !skip.includes(check.name)
    );
}

/** The final line CI reads. */
export function summaryLine(passed: number, failed: number): string {
    return `${passed} passed, ${failed} failed`;
}

function elapsed(started: number): number {
    return (performance.now() - started) / 1000;
}
