/**
 * A simulation of the in-org run's chain (issue #24), with the rules of `StudentUserRunJob` and
 * `StudentUserRunFinalizer` and the numbers of `StudentUserRunPolicy` (see policy.ts): one job at a time takes the
 * next `chunk` students without an outcome; its finalizer records the outcomes and grows the size after a job that
 * finished, or re-enqueues the same chunk at half the size after one that died (at most RETRIES_PER_CHUNK times in a
 * row, then the chunk's students fail with RUN_CHUNK_FAILED and the chain goes on). The platform's own rule is modelled
 * too: a finalizer may re-enqueue after at most MAX_REENQUEUES_IN_ROW consecutive failed jobs; beyond that the enqueue
 * is refused and the run ends FAILED, which the operator (here: the simulation) resumes. Deaths are injected by a
 * `Fate` function. Time is simulated, from the costs in `TimeModel`, not measured in an org.
 */
import type { RunPolicy } from './policy';
import { afterFailure, afterSuccess, mayReenqueue } from './policy';

/** How a job ends: finished, died of CPU time (LimitException), or of a lock (UNABLE_TO_LOCK_ROW). */
export type Fate = 'ok' | 'cpu' | 'lock';

/** The chunk a job took: positions first .. first + size - 1 (0-based), and the job's number in the run. */
export interface JobView {
    readonly first: number;
    readonly size: number;
    readonly job: number;
}

/** Simulated costs in milliseconds. */
export interface TimeModel {
    /** Queue wait before each job starts. */
    queueMs: number;
    /** Work per student in a job that finishes. */
    perStudentMs: number;
    /** Time a job runs before it dies of CPU (the asynchronous CPU limit, 60 s). */
    cpuDeathMs: number;
    /** Time a job waits before it dies of a lock. */
    lockDeathMs: number;
    /** The finalizer's own transaction. */
    finalizerMs: number;
}

/** Defaults of the time model (assumptions until the org probe measures them). */
export const DEFAULT_TIME: TimeModel = {
    queueMs: 1000,
    perStudentMs: 150,
    cpuDeathMs: 60_000,
    lockDeathMs: 10_000,
    finalizerMs: 300
};

export interface SimulationOptions {
    students: number;
    policy: RunPolicy;
    fate: (view: JobView) => Fate;
    time?: TimeModel;
    /** The run is cancelled while this job (1-based) runs; it is resumed after it ends CANCELLED. */
    cancelDuringJob?: number;
    /** Most resumes of a FAILED or CANCELLED run (default 100). */
    maxResumes?: number;
}

export interface SimulationReport {
    students: number;
    jobs: number;
    reenqueues: number;
    cpuDeaths: number;
    lockDeaths: number;
    resumes: number;
    cancelled: number;
    succeeded: number;
    chunkFailed: number;
    withoutOutcome: number;
    smallestChunk: number;
    largestChunk: number;
    simulatedMs: number;
    finalStatus: 'COMPLETED' | 'FAILED' | 'CANCELLED';
    /** Broken invariants: a student given a second outcome (a chunk run twice after success). */
    violations: string[];
}

/** Runs the chain to its end. */
export function simulate(options: SimulationOptions): SimulationReport {
    const { students, policy, fate } = options;
    const time = options.time ?? DEFAULT_TIME;
    const maxResumes = options.maxResumes ?? 100;
    const outcomes = new Uint8Array(students); // 0 none, 1 service outcome, 2 RUN_CHUNK_FAILED
    const violations: string[] = [];
    const report: SimulationReport = {
        students,
        jobs: 0,
        reenqueues: 0,
        cpuDeaths: 0,
        lockDeaths: 0,
        resumes: 0,
        cancelled: 0,
        succeeded: 0,
        chunkFailed: 0,
        withoutOutcome: 0,
        smallestChunk: policy.START_CHUNK,
        largestChunk: policy.START_CHUNK,
        simulatedMs: 0,
        finalStatus: 'COMPLETED',
        violations
    };
    let next = 0; // the resume point: the first position without an outcome
    let chunk = policy.START_CHUNK;
    let retriesInRow = 0;
    let failedInRow = 0; // the platform's counter of consecutive failed jobs
    let cancelling = false;
    let enqueued = students > 0;

    const record = (first: number, size: number, value: 1 | 2): void => {
        for (let position = first; position < first + size; position++) {
            if (outcomes[position] !== 0) {
                violations.push(`student ${position} got a second outcome in job ${report.jobs}`);
            }
            outcomes[position] = value;
        }
        next = first + size;
    };

    while (enqueued) {
        report.jobs++;
        report.simulatedMs += time.queueMs;
        const size = cancelling ? 0 : Math.min(chunk, students - next);
        report.smallestChunk = Math.min(report.smallestChunk, Math.max(size, 1));
        report.largestChunk = Math.max(report.largestChunk, size);
        const ending = size === 0 ? 'ok' : fate({ first: next, size, job: report.jobs });
        report.simulatedMs +=
            ending === 'ok' ? size * time.perStudentMs : ending === 'cpu' ? time.cpuDeathMs : time.lockDeathMs;
        if (options.cancelDuringJob === report.jobs) {
            cancelling = true;
        }
        // The finalizer.
        report.simulatedMs += time.finalizerMs;
        let retry = false;
        if (ending === 'ok') {
            failedInRow = 0;
            record(next, size, 1);
            retriesInRow = 0;
            chunk = afterSuccess(policy, chunk);
        } else {
            failedInRow++;
            if (ending === 'cpu') report.cpuDeaths++;
            else report.lockDeaths++;
            if (mayReenqueue(policy, retriesInRow)) {
                retriesInRow++;
                report.reenqueues++;
                chunk = afterFailure(policy, chunk);
                retry = true;
            } else {
                record(next, size, 2);
                retriesInRow = 0;
            }
        }
        let status: SimulationReport['finalStatus'] | 'RUNNING' = 'RUNNING';
        if (cancelling) {
            status = 'CANCELLED';
        } else if (!retry && next >= students) {
            status = 'COMPLETED';
        } else if (failedInRow > policy.MAX_REENQUEUES_IN_ROW) {
            status = 'FAILED'; // the platform refuses a sixth re-enqueue in a row
        }
        if (status === 'RUNNING') {
            continue;
        }
        report.finalStatus = status;
        if (status === 'CANCELLED') report.cancelled++;
        enqueued = status !== 'COMPLETED' && report.resumes < maxResumes;
        if (enqueued) {
            // Resume: a fresh enqueue from a synchronous transaction; only students without an outcome remain.
            report.resumes++;
            cancelling = false;
            retriesInRow = 0;
            failedInRow = 0;
        }
    }
    for (const value of outcomes) {
        if (value === 1) report.succeeded++;
        else if (value === 2) report.chunkFailed++;
        else report.withoutOutcome++;
    }
    return report;
}

/** A small seeded generator (mulberry32), so that every run of a test or the benchmark sees the same faults. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface FaultOptions {
    seed: number;
    /** Each job can carry between min and max students before it runs out of CPU (drawn per job). */
    cpuCapacity: readonly [number, number];
    /** Chance that a job dies of a lock. */
    lockRate: number;
    /** Students whose job always dies (a student that cannot be processed within the limits). */
    poison?: ReadonlySet<number>;
}

/** Injected failures: CPU by chunk size, random lock errors, and poison students. */
export function faults(options: FaultOptions): (view: JobView) => Fate {
    const random = seededRandom(options.seed);
    const [min, max] = options.cpuCapacity;
    return (view) => {
        for (const position of options.poison ?? []) {
            if (position >= view.first && position < view.first + view.size) return 'cpu';
        }
        const capacity = min + Math.floor(random() * (max - min + 1));
        if (view.size > capacity) return 'cpu';
        return random() < options.lockRate ? 'lock' : 'ok';
    };
}
