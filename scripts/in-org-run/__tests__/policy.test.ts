import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APEX_POLICY_PATH, afterFailure, afterSuccess, loadPolicy, mayReenqueue, parseApexPolicy } from '../policy';

const ROOT = join(__dirname, '..', '..', '..');
const SOURCE = readFileSync(join(ROOT, APEX_POLICY_PATH), 'utf8');

describe('the run policy read from StudentUserRunPolicy.cls', () => {
    it('reads every constant of the Apex class', () => {
        expect(loadPolicy(ROOT)).toEqual({
            START_CHUNK: 100,
            MAX_CHUNK: 200,
            MIN_CHUNK: 1,
            GROWTH: 2,
            MAX_REENQUEUES_IN_ROW: 5,
            RETRIES_PER_CHUNK: 4,
            LOAD_PAGE: 5000
        });
    });

    it('keeps one re-enqueue of the platform five for the chain after a failed chunk', () => {
        const policy = parseApexPolicy(SOURCE);
        expect(policy.RETRIES_PER_CHUNK).toBe(policy.MAX_REENQUEUES_IN_ROW - 1);
    });

    it('refuses a source without a constant, naming it', () => {
        const broken = SOURCE.replace(/public static final Integer MAX_CHUNK = \d+;/, '');
        expect(() => parseApexPolicy(broken)).toThrow(/MAX_CHUNK/);
    });

    it('refuses a constant that is zero', () => {
        const broken = SOURCE.replace(/GROWTH = \d+;/, 'GROWTH = 0;');
        expect(() => parseApexPolicy(broken)).toThrow(/GROWTH/);
    });

    it('sees a changed Apex number', () => {
        const changed = SOURCE.replace(/START_CHUNK = \d+;/, 'START_CHUNK = 37;');
        expect(parseApexPolicy(changed).START_CHUNK).toBe(37);
    });
});

describe('the size rules (the same table as StudentUserRunPolicyTest)', () => {
    const policy = parseApexPolicy(SOURCE);

    it.each([
        [1, 2],
        [50, 100],
        [100, 200],
        [150, 200],
        [200, 200],
        [0, 2],
        [500, 200]
    ])('grows %i to %i after a job that finished', (size, expected) => {
        expect(afterSuccess(policy, size)).toBe(expected);
    });

    it.each([
        [200, 100],
        [100, 50],
        [25, 12],
        [3, 1],
        [1, 1],
        [0, 1]
    ])('halves %i to %i after a job that died', (size, expected) => {
        expect(afterFailure(policy, size)).toBe(expected);
    });

    it('re-enqueues a dying chunk four times, not five', () => {
        expect([0, 1, 2, 3, 4, 5].map((n) => mayReenqueue(policy, n))).toEqual([true, true, true, true, false, false]);
    });
});
