import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../lib/process';

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

/** Runs every Jest project (LWC, scripts, e2e) once, with coverage of the LWC JavaScript, streaming Jest's output. */
export async function runJest(root: string, projects: string[]): Promise<JestSummary & { output: string }> {
    const reportDir = join(root, 'reports');
    mkdirSync(reportDir, { recursive: true });
    const reportFile = join(reportDir, 'jest.json');
    const args = [
        join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--ci',
        '--json',
        '--outputFile',
        reportFile,
        '--coverage',
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
