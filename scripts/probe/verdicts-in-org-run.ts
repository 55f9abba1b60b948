/**
 * Verdicts of the in-org run questions (issue #24): one real ENABLE run of IN_ORG_COUNT role-based students on the
 * org's own queue, read back from its run record by scripts/apex/probe-in-org-run.apex (`read`). Pure functions over
 * that PROBE_RESULT, tested offline: the real time per 200 users, where CPU runs out (a CPU death makes the finalizer
 * halve the chunk: Reenqueues__c and Last_Error__c say at which size), whether locking appears (UNABLE_TO_LOCK_ROW in
 * the last error or a student's message), and how many daily asynchronous executions a job costs.
 */
import type { Answer } from './types';
import { answer, show } from './verdicts';

/** Students of the probe's run: one chunk of 100, then one of 200 (StudentUserRunPolicy START_CHUNK, MAX_CHUNK). */
export const IN_ORG_COUNT = 300;

export const IN_ORG_IDS = {
    time: 'in-org-run-time-per-200',
    cpu: 'in-org-run-cpu-per-chunk',
    locking: 'in-org-run-locking',
    executions: 'in-org-run-async-executions'
} as const;

export const IN_ORG_CLAIMS = {
    time: `An in-org ENABLE run of ${IN_ORG_COUNT} role-based students completes by itself on the org's queue, one job at a time, every student created (the evidence gives the real time per 200 users)`,
    cpu: 'A chunk of 200 role-based users fits the 60 s asynchronous CPU limit: no job of the run dies of CPU time (StudentUserRunPolicy.MAX_CHUNK = 200)',
    locking: 'A sequential in-org run meets no UNABLE_TO_LOCK_ROW (Help 004576984: locks come from parallel inserts)',
    executions:
        'A job of the chain uses one daily asynchronous Apex execution and its finalizer none (StudentUserRunLimits counts two per job until this is measured)'
} as const;

/** The run as `read` returns it. */
export interface RunRead {
    status?: string;
    studentCount?: number;
    succeeded?: number;
    failed?: number;
    jobs?: number;
    reenqueues?: number;
    chunkSize?: number;
    startedAt?: string;
    finishedAt?: string;
    lastError?: string | null;
    /** Error code and message of each failed student (at most the run's students). */
    failures?: { code?: string | null; message?: string | null }[];
    /** OrgLimits DailyAsyncApexExecutions used before the start, and at this read. */
    asyncUsedBefore?: number;
    asyncUsedNow?: number;
}

const ENDED = ['COMPLETED', 'CANCELLED', 'FAILED'];

function seconds(run: RunRead): number | undefined {
    if (!run.startedAt || !run.finishedAt) return undefined;
    const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
    return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : undefined;
}

function counts(run: RunRead): string {
    return `${show(run.succeeded)} of ${show(run.studentCount)} succeeded, ${show(run.failed)} failed, ${show(run.jobs)} jobs, ${show(run.reenqueues)} re-enqueues`;
}

/** Why the run cannot answer (not started, still going), or undefined when it ended. */
function notEnded(run: RunRead | string): string | undefined {
    if (typeof run === 'string') return run;
    if (!run.status || !ENDED.includes(run.status)) {
        return `the run is still ${show(run.status)} (${counts(run)}); it was left to the cleanup`;
    }
    return undefined;
}

/** The real time of the run and per 200 users; refuted when it did not complete with every student created. */
export function timeVerdict(run: RunRead | string): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(IN_ORG_IDS.time, IN_ORG_CLAIMS.time, kind, evidence, run);
    const why = notEnded(run);
    if (why !== undefined || typeof run === 'string') return verdict('could not test', why ?? '');
    const total = seconds(run);
    const per200 = total !== undefined && run.studentCount ? ((total / run.studentCount) * 200).toFixed(1) : undefined;
    const timing =
        total === undefined
            ? 'no start or finish time'
            : `${total.toFixed(1)} s in all, ${show(per200)} s per 200 users`;
    const evidence = `${show(run.status)}: ${counts(run)}; ${timing}`;
    const complete = run.status === 'COMPLETED' && run.succeeded === run.studentCount;
    return verdict(
        complete ? 'confirmed' : 'refuted',
        complete ? evidence : `${evidence}; last error: ${show(run.lastError, 'none')}`
    );
}

/** A CPU death shows as a re-enqueue whose last error names the CPU limit. */
export function cpuVerdict(run: RunRead | string): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(IN_ORG_IDS.cpu, IN_ORG_CLAIMS.cpu, kind, evidence, run);
    const why = notEnded(run);
    if (why !== undefined || typeof run === 'string') return verdict('could not test', why ?? '');
    const cpu = /CPU time limit|Apex CPU/i;
    const died = cpu.test(run.lastError ?? '') || (run.failures ?? []).some((f) => cpu.test(f.message ?? ''));
    if (died) {
        return verdict(
            'refuted',
            `a job died of CPU time: ${show(run.lastError)}; ${counts(run)}, chunk size at the end ${show(run.chunkSize)} (each death halves it)`
        );
    }
    if ((run.reenqueues ?? 0) > 0) {
        return verdict(
            'could not test',
            `${counts(run)}, but the last error names no CPU limit: ${show(run.lastError)}`
        );
    }
    if ((run.studentCount ?? 0) < IN_ORG_COUNT) {
        return verdict('could not test', `only ${show(run.studentCount)} students: no chunk of 200 was taken`);
    }
    return verdict('confirmed', `no CPU death: ${counts(run)}, chunks of 100 then 200`);
}

/** UNABLE_TO_LOCK_ROW in the run's last error or any student's message refutes. */
export function lockingVerdict(run: RunRead | string): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(IN_ORG_IDS.locking, IN_ORG_CLAIMS.locking, kind, evidence, run);
    const why = notEnded(run);
    if (why !== undefined || typeof run === 'string') return verdict('could not test', why ?? '');
    const locks = (run.failures ?? []).filter((f) => /UNABLE_TO_LOCK_ROW/.test(`${f.code ?? ''} ${f.message ?? ''}`));
    const inLastError = /UNABLE_TO_LOCK_ROW/.test(run.lastError ?? '');
    if (locks.length > 0 || inLastError) {
        return verdict(
            'refuted',
            `${locks.length} student(s) failed on a lock${inLastError ? ', and a job died of one' : ''}: ${show(locks[0]?.message ?? run.lastError)}`
        );
    }
    return verdict('confirmed', `no lock: ${counts(run)}`);
}

/** Executions used during the run against its jobs (other asynchronous work of the org would add to them). */
export function executionsVerdict(run: RunRead | string): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(IN_ORG_IDS.executions, IN_ORG_CLAIMS.executions, kind, evidence, run);
    const why = notEnded(run);
    if (why !== undefined || typeof run === 'string') return verdict('could not test', why ?? '');
    if (typeof run.asyncUsedBefore !== 'number' || typeof run.asyncUsedNow !== 'number' || !run.jobs) {
        return verdict('could not test', 'OrgLimits DailyAsyncApexExecutions or the jobs count was not read');
    }
    const used = run.asyncUsedNow - run.asyncUsedBefore;
    const evidence = `${used} executions used during the run, ${run.jobs} jobs (OrgLimits may lag; other jobs of the org add to it)`;
    if (used >= 2 * run.jobs) return verdict('refuted', `${evidence}: a finalizer counts too`);
    if (used >= run.jobs) return verdict('confirmed', evidence);
    return verdict('could not test', `${evidence}: fewer than the jobs, the limit's counter had not caught up`);
}
