import { ApexParserUnavailable } from '../lib/apex-parser';
import { checkStep, countOutcome, describeOutcome, runAll, runStep, selectChecks, summaryLine } from '../runner';
import type { Step, StepOutcome } from '../runner';
import type { Check } from '../types';

function outcome(name: string, ok = true): StepOutcome {
    return { name, ok, seconds: 0, findings: [] };
}

/** A step that finishes when the test says so, recording when it started. */
function manualStep(name: string, started: string[]): Step & { finish(ok?: boolean): void } {
    let finish: (ok?: boolean) => void = () => undefined;
    const done = new Promise<boolean>((resolve) => {
        finish = (ok = true) => resolve(ok);
    });
    return {
        name,
        async run() {
            started.push(name);
            return outcome(name, await done);
        },
        finish: (ok) => finish(ok)
    };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('runAll', () => {
    it('runs at most `concurrency` steps at once and reports them in the given order, not in completion order', async () => {
        const started: string[] = [];
        const [a, b, c] = ['a', 'b', 'c'].map((name) => manualStep(name, started));
        const reported: string[] = [];
        const run = runAll([a, b, c], '/p', { concurrency: 2, onOutcome: (o) => reported.push(o.name) });
        await tick();
        expect(started).toEqual(['a', 'b']);
        b.finish();
        await tick();
        expect(started).toEqual(['a', 'b', 'c']);
        expect(reported).toEqual([]);
        c.finish(false);
        await tick();
        expect(reported).toEqual([]);
        a.finish();
        const outcomes = await run;
        expect(reported).toEqual(['a', 'b', 'c']);
        expect(outcomes.map((o) => [o.name, o.ok])).toEqual([
            ['a', true],
            ['b', true],
            ['c', false]
        ]);
    });

    it('starts the slowest of the last run first, a step never timed before any timed one, Infinity first of all', async () => {
        const started: string[] = [];
        const steps = ['fast', 'slow', 'new', 'medium', 'first'].map((name) => manualStep(name, started));
        const expectedSeconds = { fast: 1, slow: 30, medium: 5, first: Number.POSITIVE_INFINITY };
        const run = runAll(steps, '/p', { concurrency: 1, expectedSeconds });
        for (const step of ['first', 'new', 'slow', 'medium', 'fast']) {
            await tick();
            steps.find((s) => s.name === step)!.finish();
        }
        await run;
        expect(started).toEqual(['first', 'new', 'slow', 'medium', 'fast']);
    });
});

describe('selectChecks', () => {
    const check = (name: string, deep?: boolean): Check => ({
        name,
        description: name,
        deep,
        run: () => Promise.resolve([])
    });
    const all = [check('a'), check('b'), check('graph', true)];

    it('takes the checks that are not deep for npm test, and only the deep ones for test:deep', () => {
        expect(selectChecks(all, [], []).map((c) => c.name)).toEqual(['a', 'b']);
        expect(selectChecks(all, [], [], true).map((c) => c.name)).toEqual(['graph']);
    });

    it('runs any check named with --only, deep or not, minus --skip', () => {
        expect(selectChecks(all, ['graph', 'a'], ['a']).map((c) => c.name)).toEqual(['graph']);
    });

    it('refuses an unknown name, listing the known ones: checks, the standard tools and Jest', () => {
        expect(() => selectChecks(all, ['nope'], ['a', 'nix'])).toThrow(
            'unknown check(s): nope, nix; known: a, b, graph, prettier, eslint, tsc, markdown-links, jest'
        );
        // The tools and Jest are steps, not checks: naming them selects no check.
        expect(selectChecks(all, ['jest', 'tsc'], [])).toEqual([]);
    });
});

describe('counting', () => {
    it('counts a check as one, Jest by its tests plus suites that failed outside a test', () => {
        expect(countOutcome(outcome('a'))).toEqual({ passed: 1, failed: 0 });
        expect(countOutcome(outcome('a', false))).toEqual({ passed: 0, failed: 1 });
        const jest = { ...outcome('jest', false), tests: { passed: 40, failed: 2 }, notes: ['x.test.ts: syntax'] };
        expect(countOutcome(jest)).toEqual({ passed: 40, failed: 3 });
        expect(describeOutcome(jest)).toEqual(['FAIL jest (0.0 s): 40 passed, 2 failed', '    x.test.ts: syntax']);
        expect(summaryLine(3, 0)).toBe('3 passed, 0 failed');
        expect(countOutcome({ ...outcome('jest'), tests: { passed: 5, failed: 0 } })).toEqual({ passed: 5, failed: 0 });
    });

    it('times a step in seconds', async () => {
        jest.spyOn(performance, 'now').mockReturnValueOnce(1000).mockReturnValueOnce(3500);
        try {
            expect((await runStep({ name: 'c', description: 'x', run: () => Promise.resolve([]) }, '/p')).seconds).toBe(
                2.5
            );
        } finally {
            jest.restoreAllMocks();
        }
    });
});

describe('a check with findings', () => {
    const finding = (line: number, level?: 'warning') => ({
        file: 'force-app/A.cls',
        line,
        column: 3,
        message: `problem ${line}`,
        rule: 'r',
        level
    });

    it('fails on an error, passes on warnings only, and prints each finding as file:line:col message [rule]', async () => {
        const check: Check = { name: 'c', description: 'x', run: () => Promise.resolve([finding(1, 'warning')]) };
        const warned = await checkStep(check).run('/p');
        expect(warned).toMatchObject({ name: 'c', ok: true });
        expect(describeOutcome(warned).slice(1)).toEqual(['    force-app/A.cls:1:3 warning: problem 1 [r]']);
        const failed = await runStep(
            { ...check, run: () => Promise.resolve([finding(2, 'warning'), finding(3)]) },
            '/p'
        );
        expect(failed.ok).toBe(false);
        expect(countOutcome(failed)).toEqual({ passed: 0, failed: 1 });
        expect(describeOutcome({ ...failed, findings: [{ file: 'x.xml', message: 'no line' }, finding(3)] })).toEqual([
            expect.stringMatching(/^FAIL c \(\d+\.\d s\)$/),
            '    x.xml no line',
            '    force-app/A.cls:3:3 problem 3 [r]'
        ]);
    });

    it('prints at most maxFindings findings, then how many more', () => {
        const many = { ...outcome('c', false), findings: [1, 2, 3].map((line) => finding(line)) };
        expect(describeOutcome(many, 2).slice(1)).toEqual([
            '    force-app/A.cls:1:3 problem 1 [r]',
            '    force-app/A.cls:2:3 problem 2 [r]',
            '    ... and 1 more'
        ]);
        expect(describeOutcome(many, 3)).toHaveLength(4);
    });

    it('prints a crash with its stack', async () => {
        const crashed = await runStep(
            { name: 'c', description: 'x', run: () => Promise.reject(new Error('boom')) },
            '/p'
        );
        expect(crashed).toMatchObject({ ok: false, findings: [] });
        expect(crashed.crash).toMatch(/^Error: boom\n\s+at /);
        expect(describeOutcome(crashed)[1]).toMatch(/^ {4}check crashed: Error: boom\n/);
    });
});

describe('a check that cannot run on this platform', () => {
    const skipping: Check = {
        name: 'apex-syntax',
        description: 'x',
        run: () => Promise.reject(new ApexParserUnavailable('no native Apex parser exists for linux-arm64'))
    };

    it('is printed as SKIP with its reason and counted neither as passed nor as failed', async () => {
        const outcome = await runStep(skipping, '/p');
        expect(outcome).toMatchObject({
            ok: true,
            findings: [],
            skipped: 'no native Apex parser exists for linux-arm64'
        });
        expect(describeOutcome(outcome)).toEqual([
            expect.stringMatching(/^SKIP apex-syntax \(\d+\.\d s\): no native Apex parser exists for linux-arm64$/)
        ]);
        expect(countOutcome(outcome)).toEqual({ passed: 0, failed: 0 });
    });

    it('fails when the tool is missing for another reason (a crash is never a skip)', async () => {
        const outcome = await runStep({ ...skipping, run: () => Promise.reject(new Error('not installed')) }, '/p');
        expect(describeOutcome(outcome)[0]).toMatch(/^FAIL apex-syntax/);
        expect(countOutcome(outcome)).toEqual({ passed: 0, failed: 1 });
    });
});
