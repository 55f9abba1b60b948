// @ts-nocheck
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../lib/process';
import type { Step } from '../runner';

export interface JestSummary {
    passed: number;
    failed: number;
    /** Test files or thresholds that failed outside any single test (suite errors, coverage below threshold). */
    otherFailures: string[];
}

interface JestJsonReport {
    numPassedTests: number;
    numFailedTests: number;
    success: boolean;
    testResults: { name: string; status: string; message: string; assertionResults: unknown[] }[];
}

/** Reads Jest's `--json` report: counts of tests, plus suites that failed without a failing test (e.g. a syntax error). */
export function summarizeJestReport(report: JestJsonReport, exitCode: number): JestSummary {
    const otherFailures = report.testResults
        .filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0)
        .map((suite) => `${suite.name}: ${suite.message.split('\n').slice(0, 5).join(' ')}`);
    if (exitCode !== 0 && report.numFailedTests === 0 && otherFailures.length === 0) {
        otherFailures.push('Jest exited non-zero with no failing test: coverage below the threshold (see above)');
    }
    return { passed: report.numPassedTests, failed: report.numFailedTests, otherFailures };
}

/**
 * Runs the given Jest projects once (coverage of the LWC JavaScript when `lwc` is one of them) and returns Jest's
 * output with the counts. Jest sizes its workers to the machine (jest.config.js).
 */
export async function runJest(root: string, projects: string[]): Promise<JestSummary & { output: string }> {
    const reportDir = join(root, 'reports');
    mkdirSync(reportDir, { recursive: true });
    const reportFile = join(reportDir, `jest-${projects.join('-')}.json`);
    const args = [
        join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--ci',
        '--json',
        '--outputFile',
        reportFile,
        ...(projects.includes('lwc') ? ['--coverage'] : []),
        '--selectProjects',
        ...projects
    ];
    const result = await runProcess(process.execPath, args, { cwd: root });
    let report: JestJsonReport;
    try {
        report = JSON.parse(readFileSync(reportFile, 'utf8')) as JestJsonReport;
    } catch {
        return {
            passed: 0,
            failed: 0,
            otherFailures: [`Jest wrote no report: ${result.stderr.slice(-2000)}`],
            output: result.stderr
        };
    }
    return { ...summarizeJestReport(report, result.code), output: result.stderr };
}

/** Jest as one step of the run: its tests count one by one in the final line. */
export function jestStep(projects: string[]): Step {
    return {
        name: 'jest',
        async run(root) {
            const started = performance.now();
            const jest = await runJest(root, projects);
            return {
                name: 'jest',
                ok: jest.failed === 0 && jest.otherFailures.length === 0,
                seconds: (performance.now() - started) / 1000,
                findings: [],
                tests: { passed: jest.passed, failed: jest.failed },
                notes: jest.otherFailures,
                output: jest.output
            };
        }
    };
}
