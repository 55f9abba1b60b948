import { formatFinding, isFailure } from './types';
import type { Check, Finding } from './types';

export interface StepOutcome {
    name: string;
    ok: boolean;
    seconds: number;
    findings: Finding[];
    /** Set when the check itself crashed (a broken tool must fail the run, never pass it). */
    crash?: string;
}

/** Runs one check, timing it and turning a crash into a failure with its reason. */
export async function runStep(check: Check, root: string): Promise<StepOutcome> {
    const started = performance.now();
    try {
        const findings = await check.run(root);
        return { name: check.name, ok: !findings.some(isFailure), seconds: elapsed(started), findings };
    } catch (error) {
        const crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
        return { name: check.name, ok: false, seconds: elapsed(started), findings: [], crash };
    }
}

/** The lines printed for a step: `PASS name (1.2 s)` then, on failure, one line per finding. */
export function describeOutcome(outcome: StepOutcome, maxFindings = 50): string[] {
    const head = `${outcome.ok ? 'PASS' : 'FAIL'} ${outcome.name} (${outcome.seconds.toFixed(1)} s)`;
    const lines = [head];
    if (outcome.crash) lines.push(`    check crashed: ${outcome.crash}`);
    for (const finding of outcome.findings.slice(0, maxFindings)) lines.push(`    ${formatFinding(finding)}`);
    if (outcome.findings.length > maxFindings) {
        lines.push(`    ... and ${outcome.findings.length - maxFindings} more`);
    }
    return lines;
}

/** Picks checks by `--only` / `--skip` names; an unknown name is an error, not a silent no-op. */
export function selectChecks(all: Check[], only: string[], skip: string[]): Check[] {
    const known = new Set(all.map((check) => check.name).concat('jest'));
    const unknown = [...only, ...skip].filter((name) => !known.has(name));
    if (unknown.length > 0) {
        throw new Error(`unknown check(s): ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
    }
    return all.filter((check) => (only.length === 0 || only.includes(check.name)) && !skip.includes(check.name));
}

/** The final line CI reads. */
export function summaryLine(passed: number, failed: number): string {
    return `${passed} passed, ${failed} failed`;
}

function elapsed(started: number): number {
    return (performance.now() - started) / 1000;
}
