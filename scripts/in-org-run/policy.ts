/**
 * The rules of an in-org run (issue #24), read from their one source: the Apex class `StudentUserRunPolicy`. The
 * numbers are parsed from its `public static final Integer NAME = N;` lines; the functions mirror its `afterSuccess`,
 * `afterFailure` and `mayReenqueue` (tested against the same table in `__tests__/policy.test.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of the Apex class, relative to the repository root. */
export const APEX_POLICY_PATH = 'force-app/main/default/classes/in-org-run/StudentUserRunPolicy.cls';

/** The constants the simulation needs. */
export interface RunPolicy {
    START_CHUNK: number;
    MAX_CHUNK: number;
    MIN_CHUNK: number;
    GROWTH: number;
    MAX_REENQUEUES_IN_ROW: number;
    RETRIES_PER_CHUNK: number;
    LOAD_PAGE: number;
}

const NAMES: readonly (keyof RunPolicy)[] = [
    'START_CHUNK',
    'MAX_CHUNK',
    'MIN_CHUNK',
    'GROWTH',
    'MAX_REENQUEUES_IN_ROW',
    'RETRIES_PER_CHUNK',
    'LOAD_PAGE'
];

/** Parses the constants from the Apex source; throws naming each one that is missing or not a positive integer. */
export function parseApexPolicy(source: string): RunPolicy {
    const found: Partial<Record<keyof RunPolicy, number>> = {};
    const missing: string[] = [];
    for (const name of NAMES) {
        const match = new RegExp(`public\\s+static\\s+final\\s+Integer\\s+${name}\\s*=\\s*(\\d+)\\s*;`).exec(source);
        const value = match ? Number(match[1]) : NaN;
        if (!Number.isInteger(value) || value < 1) {
            missing.push(name);
        } else {
            found[name] = value;
        }
    }
    if (missing.length > 0) {
        throw new Error(`${APEX_POLICY_PATH}: no positive Integer constant ${missing.join(', ')}`);
    }
    return found as RunPolicy;
}

/** The policy of the Apex class in this repository. */
export function loadPolicy(root: string = process.cwd()): RunPolicy {
    return parseApexPolicy(readFileSync(join(root, APEX_POLICY_PATH), 'utf8'));
}

function valid(policy: RunPolicy, size: number): number {
    return !Number.isFinite(size) || size < policy.MIN_CHUNK ? policy.MIN_CHUNK : Math.min(size, policy.MAX_CHUNK);
}

/** The size after a job that finished (Apex `afterSuccess`). */
export function afterSuccess(policy: RunPolicy, size: number): number {
    return Math.min(policy.MAX_CHUNK, valid(policy, size) * policy.GROWTH);
}

/** The size after a job that died (Apex `afterFailure`; Apex Integer division truncates). */
export function afterFailure(policy: RunPolicy, size: number): number {
    return Math.max(policy.MIN_CHUNK, Math.trunc(valid(policy, size) / policy.GROWTH));
}

/** Whether a finalizer may re-enqueue a dead chunk once more (Apex `mayReenqueue`). */
export function mayReenqueue(policy: RunPolicy, reenqueuesInRow: number): boolean {
    return reenqueuesInRow < policy.RETRIES_PER_CHUNK;
}
