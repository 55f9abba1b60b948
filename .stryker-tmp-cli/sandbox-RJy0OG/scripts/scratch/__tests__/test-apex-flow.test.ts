// @ts-nocheck
import { parseTestApexOptions } from '../options';
import { runSteps } from '../steps';
import { createTestApexContext, testApexSteps, testFailureLines } from '../test-apex-flow';
import { fail, ok, recordingLog, stubSf } from './sf-stub';
import type { SfStub } from './sf-stub';

const UNITS = [
    { name: 'StudentUserService', kind: 'class' as const },
    { name: 'StudentUserController', kind: 'class' as const }
];

function testResult(overrides: {
    failing?: number;
    coverage?: { name: string; totalLines: number; totalCovered: number }[];
}) {
    const failing = overrides.failing ?? 0;
    return {
        summary: {
            outcome: failing ? 'Failed' : 'Passed',
            testsRan: 12,
            passing: 12 - failing,
            failing,
            skipped: 0,
            testTotalTime: '8123 ms'
        },
        tests: failing
            ? [
                  {
                      FullName: 'StudentUserServiceTest.enableAssignsRoleToOwnerWithoutRole',
                      Outcome: 'Fail',
                      Message: 'Assertion Failed: role assigned',
                      StackTrace: 'Class.StudentUserServiceTest.enableAssignsRoleToOwnerWithoutRole: line 42, column 1'
                  }
              ]
            : [],
        coverage: {
            coverage: overrides.coverage ?? [
                { name: 'StudentUserService', totalLines: 100, totalCovered: 96 },
                { name: 'StudentUserController', totalLines: 40, totalCovered: 38 },
                { name: 'StudentUserServiceTest', totalLines: 80, totalCovered: 0 }
            ]
        }
    };
}

async function run(stub: SfStub, argv: string[] = ['--target-org', 'ci1']) {
    const { log, text } = recordingLog();
    const context = createTestApexContext(parseTestApexOptions(argv), UNITS);
    const outcome = await runSteps(testApexSteps(stub.sf, log), context, log);
    return { ok: outcome.ok, text: text(), context };
}

describe('npm run test:apex', () => {
    it('runs all local tests with coverage, JUnit reports and a wait, then passes the gate', async () => {
        const stub = stubSf().on('apex run test', ok(testResult({})));
        const result = await run(stub);

        expect(stub.calls).toEqual([
            [
                'apex',
                'run',
                'test',
                '--test-level',
                'RunLocalTests',
                '--code-coverage',
                '--result-format',
                'junit',
                '--output-dir',
                'reports/apex',
                '--wait',
                '60',
                '--target-org',
                'ci1',
                '--json'
            ]
        ]);
        expect(result.ok).toBe(true);
        expect(result.text).toContain('Passed: 12 tests, 12 passed, 0 failed, 0 skipped (8123 ms)');
        expect(result.text).toContain('Product total              134/140    95.7%');
        expect(result.text).toContain('passed: no failing tests, product coverage 95.7%');
        expect(result.context.reports.get('product-coverage.txt')).toContain('StudentUserService');
    });

    it('fails below 90% with the table and the classes to fix', async () => {
        const stub = stubSf().on(
            'apex run test',
            ok(
                testResult({
                    coverage: [
                        { name: 'StudentUserService', totalLines: 100, totalCovered: 70 },
                        { name: 'StudentUserController', totalLines: 40, totalCovered: 40 }
                    ]
                })
            )
        );
        const result = await run(stub);

        expect(result.ok).toBe(false);
        expect(result.text).toContain('StudentUserService          70/100    70.0%');
        expect(result.text).toContain('FAILED at step 3/3 "Check the test results and the coverage gate"');
        expect(result.text).toContain('product coverage 78.6% is below the minimum 90%');
        expect(result.text).toContain('--exclude <Name>');
    });

    it('reports failing tests (sf status 100) and still prints the coverage table', async () => {
        const stub = stubSf().on('apex run test', fail({ result: testResult({ failing: 1 }) }, 100));
        const result = await run(stub);

        expect(result.ok).toBe(false);
        expect(result.text).toContain('Failed: 12 tests, 11 passed, 1 failed');
        expect(result.text).toContain('Product total');
        expect(result.text).toContain(
            'StudentUserServiceTest.enableAssignsRoleToOwnerWithoutRole: Assertion Failed: role assigned (Class.StudentUserServiceTest.enableAssignsRoleToOwnerWithoutRole: line 42, column 1)'
        );
    });

    it('names a class no test executed', async () => {
        const stub = stubSf().on(
            'apex run test',
            ok(testResult({ coverage: [{ name: 'StudentUserService', totalLines: 100, totalCovered: 100 }] }))
        );
        const result = await run(stub);

        expect(result.text).toContain('StudentUserController has no coverage data: no test executed it');
    });

    it('says how to fetch results when the run outlives --wait', async () => {
        const stub = stubSf().on('apex run test', ok({ testRunId: '707000000000001' }));
        const result = await run(stub, ['--target-org', 'ci1', '--wait', '5']);

        expect(result.text).toContain('the test run 707000000000001 did not finish within 5 minute(s)');
        expect(result.text).toContain(
            'sf apex get test --test-run-id 707000000000001 --target-org ci1 --code-coverage --output-dir reports/apex'
        );
    });

    it('reports an unreachable org with the fix', async () => {
        const stub = stubSf().on(
            'apex run test',
            fail({ name: 'NamedOrgNotFoundError', message: 'No authorization information found for ci1.' }, 2)
        );
        const result = await run(stub);

        expect(result.text).toContain('NamedOrgNotFoundError: No authorization information found for ci1.');
        expect(result.text).toContain('Fix: no usable org "ci1"');
    });
});

describe('testFailureLines', () => {
    it('is empty when nothing failed', () => {
        expect(testFailureLines(undefined)).toEqual([]);
    });
});
