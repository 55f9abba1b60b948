import { join } from 'node:path';
import { loadPolicy } from '../policy';
import type { Fate, JobView } from '../simulate';
import { faults, simulate } from '../simulate';

const policy = loadPolicy(join(__dirname, '..', '..', '..'));
const STUDENTS = 50_000;

describe('the in-org chain over 50,000 students', () => {
    it('gives every student exactly one outcome despite CPU deaths, lock errors and poison students', () => {
        const poison = new Set([10, 25_000, STUDENTS - 1]);
        const report = simulate({
            students: STUDENTS,
            policy,
            fate: faults({ seed: 7, cpuCapacity: [60, 260], lockRate: 0.05, poison })
        });
        expect(report.violations).toEqual([]);
        expect(report.withoutOutcome).toBe(0);
        expect(report.succeeded + report.chunkFailed).toBe(STUDENTS);
        expect(report.cpuDeaths).toBeGreaterThan(0);
        expect(report.lockDeaths).toBeGreaterThan(0);
        expect(report.chunkFailed).toBeGreaterThanOrEqual(poison.size);
        // Every death is re-enqueued or fails its chunk; at least N / 200 jobs finished.
        expect(report.reenqueues).toBeLessThanOrEqual(report.cpuDeaths + report.lockDeaths);
        expect(report.jobs - report.cpuDeaths - report.lockDeaths).toBeGreaterThanOrEqual(STUDENTS / policy.MAX_CHUNK);
        expect(report.finalStatus).toBe('COMPLETED');
    });

    it('needs 1 + ceil((N - 100) / 200) jobs without faults (100, then 200 a job)', () => {
        const report = simulate({ students: STUDENTS, policy, fate: () => 'ok' });
        expect(report.jobs).toBe(Math.ceil((STUDENTS - 100) / 200) + 1);
        expect(report.reenqueues).toBe(0);
        expect(report.succeeded).toBe(STUDENTS);
    });

    it('halves the same chunk on each death and grows back after success', () => {
        const sizes: number[] = [];
        const script: Fate[] = ['cpu', 'lock', 'ok', 'ok', 'ok'];
        simulate({
            students: 1000,
            policy,
            fate: (view: JobView) => {
                sizes.push(view.size);
                return script[view.job - 1] ?? 'ok';
            }
        });
        expect(sizes.slice(0, 5)).toEqual([100, 50, 25, 50, 100]);
        expect(sizes[5]).toBe(200);
    });

    it('fails the chunk with RUN_CHUNK_FAILED after four re-enqueues and goes on', () => {
        const report = simulate({
            students: 500,
            policy,
            fate: (view) => (view.first === 0 && view.job <= 5 ? 'cpu' : 'ok')
        });
        // 100, 50, 25, 12, 6: the fifth death fails the 6 students of the last chunk.
        expect(report.reenqueues).toBe(4);
        expect(report.chunkFailed).toBe(6);
        expect(report.succeeded).toBe(494);
        expect(report.resumes).toBe(0);
        expect(report.finalStatus).toBe('COMPLETED');
    });

    it('ends FAILED when the platform refuses a sixth re-enqueue in a row, and the resume finishes the run', () => {
        const report = simulate({
            students: 500,
            policy,
            fate: (view) => (view.job <= 6 ? 'lock' : 'ok')
        });
        expect(report.resumes).toBe(1);
        expect(report.withoutOutcome).toBe(0);
        expect(report.violations).toEqual([]);
        expect(report.finalStatus).toBe('COMPLETED');
    });

    it('cancel finishes the current chunk, and the resume runs only students without an outcome', () => {
        const seen = new Map<number, number>();
        const report = simulate({
            students: 5000,
            policy,
            cancelDuringJob: 3,
            fate: (view) => {
                for (let p = view.first; p < view.first + view.size; p++) seen.set(p, (seen.get(p) ?? 0) + 1);
                return 'ok';
            }
        });
        expect(report.cancelled).toBe(1);
        expect(report.resumes).toBe(1);
        expect(report.succeeded).toBe(5000);
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        expect(seen.size).toBe(5000);
    });

    it('stops resuming at maxResumes and reports the students left without an outcome', () => {
        const report = simulate({ students: 300, policy, maxResumes: 0, cancelDuringJob: 1, fate: () => 'ok' });
        expect(report.finalStatus).toBe('CANCELLED');
        expect(report.succeeded).toBe(100);
        expect(report.withoutOutcome).toBe(200);
    });
});
