/** The steps of `npm run test:apex`: run every local Apex test with coverage, then gate on the product classes. */
// @ts-nocheck

import * as commands from './commands';
import { computeCoverage, formatCoverageTable } from './coverage';
import type { ClassCoverage, CoverageReport, ProductUnit } from './coverage';
import type { TestApexOptions } from './options';
import { orgAccessFix, summarizeSfFailure } from './sf';
import type { SfRunner } from './sf';
import { runSfLogged, StepError } from './steps';
import type { Log, Step } from './steps';

/** Exit status of `sf apex run test` when tests ran and some failed (the result is still complete). */
const TESTS_FAILED_STATUS = 100;

interface TestRunResult {
    testRunId?: string;
    summary?: {
        outcome?: string;
        testsRan?: number;
        passing?: number;
        failing?: number;
        skipped?: number;
        testTotalTime?: string;
    };
    tests?: { FullName?: string; Outcome?: string; Message?: string | null; StackTrace?: string | null }[];
    coverage?: { coverage?: ClassCoverage[] };
}

export interface TestApexContext {
    options: TestApexOptions;
    units: ProductUnit[];
    result?: TestRunResult;
    report?: CoverageReport;
    /** Text files to write into the output directory (name -> content), e.g. the coverage table. */
    reports: Map<string, string>;
}

export function createTestApexContext(options: TestApexOptions, units: ProductUnit[]): TestApexContext {
    return { options, units, reports: new Map() };
}

export function testApexSteps(sf: SfRunner, log: Log): Step<TestApexContext>[] {
    return [
        {
            title: 'Run all local Apex tests with code coverage',
            run: async (context) => {
                const { targetOrg, outputDir, waitMinutes } = context.options;
                const outcome = await runSfLogged(sf, log, commands.runLocalTests(targetOrg, outputDir, waitMinutes));
                const status = outcome.json?.status;
                if (status !== 0 && status !== TESTS_FAILED_STATUS) {
                    throw new StepError(
                        summarizeSfFailure(outcome),
                        orgAccessFix(outcome, targetOrg) ?? `read the sf error above; the org is ${targetOrg}`
                    );
                }
                const result = (outcome.json?.result ?? {}) as TestRunResult;
                if (!result.summary) {
                    throw new StepError(
                        `the test run ${result.testRunId ?? ''} did not finish within ${waitMinutes} minute(s)`,
                        `get the results later: sf apex get test --test-run-id ${result.testRunId ?? '<id>'} ` +
                            `--target-org ${targetOrg} --code-coverage --output-dir ${outputDir}; or pass a larger --wait`
                    );
                }
                context.result = result;
                const summary = result.summary;
                log(
                    `    ${summary.outcome ?? '?'}: ${summary.testsRan ?? 0} tests, ${summary.passing ?? 0} passed, ` +
                        `${summary.failing ?? 0} failed, ${summary.skipped ?? 0} skipped (${summary.testTotalTime ?? '?'})`
                );
                log(`    JUnit and JSON reports in ${outputDir}/`);
            }
        },
        {
            title: 'Measure the coverage of the product classes',
            run: async (context) => {
                const { minCoverage, exclude } = context.options;
                const report = computeCoverage(
                    context.units,
                    context.result?.coverage?.coverage ?? [],
                    minCoverage,
                    exclude
                );
                const table = formatCoverageTable(report, minCoverage);
                for (const line of table) log(`    ${line}`);
                context.report = report;
                context.reports.set('product-coverage.txt', `${table.join('\n')}\n`);
                await Promise.resolve();
            }
        },
        {
            title: 'Check the test results and the coverage gate',
            run: async (context) => {
                const problems = [...testFailureLines(context.result), ...coverageProblems(context)];
                await Promise.resolve();
                if (problems.length > 0) {
                    throw new StepError(
                        problems.join('\n'),
                        'fix the failing tests and add tests for the classes at the top of the coverage table, deploy ' +
                            `(npm run deploy -- --target-org ${context.options.targetOrg}) and run npm run test:apex again; ` +
                            'a class without executable lines can be left out of the gate with --exclude <Name>'
                    );
                }
                log(`    passed: no failing tests, product coverage ${context.report?.percent.toFixed(1) ?? '?'}%`);
            }
        }
    ];
}

/** One line per failed test method (at most 20), headed by the count. */
export function testFailureLines(result: TestRunResult | undefined): string[] {
    const failures = (result?.tests ?? []).filter((test) => test.Outcome === 'Fail' || test.Outcome === 'CompileFail');
    const count = Math.max(failures.length, result?.summary?.failing ?? 0);
    if (count === 0) return [];
    const lines = failures.slice(0, 20).map((test) => {
        const stack = test.StackTrace ? ` (${test.StackTrace.split('\n')[0]})` : '';
        return `  ${test.FullName ?? '?'}: ${test.Message ?? 'failed'}${stack}`;
    });
    if (failures.length > 20) lines.push(`  ... and ${failures.length - 20} more`);
    return [`${count} Apex test(s) failed:`, ...lines];
}

function coverageProblems(context: TestApexContext): string[] {
    const report = context.report;
    const minimum = context.options.minCoverage;
    if (!report || report.total === 0) {
        return ['no coverage data for any product class (are the classes and their tests deployed?)'];
    }
    const problems = report.missing.map((name) => `${name} has no coverage data: no test executed it`);
    if (report.percent < minimum) {
        problems.unshift(`product coverage ${report.percent.toFixed(1)}% is below the minimum ${minimum}%`);
    }
    return problems;
}
