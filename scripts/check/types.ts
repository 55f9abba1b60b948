/** One problem found by an offline check, located as precisely as the tool allows. */
export interface Finding {
    /** Path relative to the project root. */
    file: string;
    line?: number;
    column?: number;
    /** What is wrong, in words a developer can act on. */
    message: string;
    /** The rule or sub-check that produced it, e.g. `pmd:ApexCRUDViolation`. */
    rule?: string;
    /** `warning`: printed, does not fail the check (only for limits of a tool, never for a problem in the code). */
    level?: 'error' | 'warning';
}

/** True when a finding fails its check. */
export function isFailure(finding: Finding): boolean {
    return finding.level !== 'warning';
}

/**
 * Thrown by a check that cannot run on this machine for a reason outside the project (no native tool exists for the
 * platform): the runner prints `SKIP name: reason` and counts it neither as passed nor as failed. Never for a missing
 * install (that is a failure) or a problem in the code.
 */
export class CheckSkipped extends Error {}

/** An offline check: pure with respect to its `root`, so tests run it over a fixture project. */
export interface Check {
    /** Short stable name printed in the run summary, e.g. `soql-fields`. */
    name: string;
    /** What the check proves, one line. */
    description: string;
    /**
     * A deep check runs in `npm run test:deep` only (minutes, e.g. the Graph Engine), not in `npm test`.
     * Every other check runs in `npm test`, in parallel with the others: it must not depend on another check.
     */
    deep?: boolean;
    run(root: string): Promise<Finding[]>;
}

/** Orders findings by file, then line, then column (a finding without a line or column comes first). */
export function byPosition(a: Finding, b: Finding): number {
    return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Formats a finding as `file:line:col message [rule]`, the shape editors and CI logs link. */
export function formatFinding(finding: Finding): string {
    const location = [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
    const rule = finding.rule ? ` [${finding.rule}]` : '';
    const prefix = finding.level === 'warning' ? 'warning: ' : '';
    return `${location} ${prefix}${finding.message}${rule}`;
}
