import {
    cpuVerdict,
    executionsVerdict,
    IN_ORG_COUNT,
    IN_ORG_IDS,
    lockingVerdict,
    timeVerdict
} from '../verdicts-in-org-run';
import type { RunRead } from '../verdicts-in-org-run';

const DONE: RunRead = {
    status: 'COMPLETED',
    studentCount: IN_ORG_COUNT,
    succeeded: IN_ORG_COUNT,
    failed: 0,
    jobs: 3,
    reenqueues: 0,
    chunkSize: 200,
    startedAt: '2026-12-07T10:00:00.000Z',
    finishedAt: '2026-12-07T10:01:30.000Z',
    lastError: null,
    failures: [],
    asyncUsedBefore: 100,
    asyncUsedNow: 103
};

describe('in-org run: time per 200 users', () => {
    it('confirmed with the real time per 200 when every student was created', () => {
        const answer = timeVerdict(DONE);
        expect(answer).toMatchObject({ id: IN_ORG_IDS.time, verdict: 'confirmed' });
        expect(answer.evidence).toBe(
            'COMPLETED: 300 of 300 succeeded, 0 failed, 3 jobs, 0 re-enqueues; 90.0 s in all, 60.0 s per 200 users'
        );
    });

    it('refuted when students failed or the run failed, with the last error', () => {
        const answer = timeVerdict({ ...DONE, succeeded: 290, failed: 10, lastError: 'X: y' });
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('last error: X: y');
        expect(timeVerdict({ ...DONE, status: 'FAILED' }).verdict).toBe('refuted');
    });

    it('could not test when the run did not start or is still going', () => {
        expect(timeVerdict('the start failed: RUN_ALREADY_ACTIVE')).toMatchObject({
            verdict: 'could not test',
            evidence: 'the start failed: RUN_ALREADY_ACTIVE'
        });
        expect(timeVerdict({ ...DONE, status: 'RUNNING' }).evidence).toContain('the run is still RUNNING');
    });
});

describe('in-org run: CPU per chunk', () => {
    it('confirmed without a CPU death after a chunk of 200', () => {
        expect(cpuVerdict(DONE)).toMatchObject({ id: IN_ORG_IDS.cpu, verdict: 'confirmed' });
    });

    it('refuted when the last error names the CPU limit, with the chunk size it ended at', () => {
        const answer = cpuVerdict({
            ...DONE,
            reenqueues: 1,
            chunkSize: 100,
            lastError: 'System.LimitException: Apex CPU time limit exceeded'
        });
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('chunk size at the end 100');
    });

    it('could not test for a re-enqueue of another cause or a run too small for a 200 chunk', () => {
        expect(cpuVerdict({ ...DONE, reenqueues: 1, lastError: 'UNABLE_TO_LOCK_ROW' }).verdict).toBe('could not test');
        expect(cpuVerdict({ ...DONE, studentCount: 100 }).evidence).toContain('no chunk of 200');
    });
});

describe('in-org run: locking', () => {
    it('confirmed without a lock anywhere', () => {
        expect(lockingVerdict(DONE)).toMatchObject({ id: IN_ORG_IDS.locking, verdict: 'confirmed' });
    });

    it('refuted by a student failed on a lock or a job that died of one', () => {
        const failures = [{ code: 'PLATFORM_ERROR', message: 'UNABLE_TO_LOCK_ROW: unable to obtain exclusive access' }];
        expect(lockingVerdict({ ...DONE, failures }).evidence).toContain('1 student(s) failed on a lock');
        expect(lockingVerdict({ ...DONE, lastError: 'DmlException: UNABLE_TO_LOCK_ROW' })).toMatchObject({
            verdict: 'refuted',
            evidence: '0 student(s) failed on a lock, and a job died of one: DmlException: UNABLE_TO_LOCK_ROW'
        });
    });
});

describe('in-org run: asynchronous executions', () => {
    it('confirmed at one execution per job', () => {
        expect(executionsVerdict(DONE)).toMatchObject({ id: IN_ORG_IDS.executions, verdict: 'confirmed' });
    });

    it('refuted at two or more per job (a finalizer counts too)', () => {
        expect(executionsVerdict({ ...DONE, asyncUsedNow: 106 }).evidence).toContain('a finalizer counts too');
    });

    it('could not test when the counter lags or was not read', () => {
        expect(executionsVerdict({ ...DONE, asyncUsedNow: 101 }).verdict).toBe('could not test');
        expect(executionsVerdict({ ...DONE, asyncUsedBefore: undefined }).verdict).toBe('could not test');
    });
});
