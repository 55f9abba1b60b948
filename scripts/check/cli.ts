/**
 * `npm test`: every offline check of the project, then every Jest test (LWC, scripts, browser e2e).
 * Prints each check's name, result and time, and ends with `N passed, N failed` (checks + tests).
 * Usage: tsx scripts/check/cli.ts [--only a,b] [--skip a,b] [--list] [--root dir --json]
 * `--root` runs the checks over another project (the broken fixtures in tests); `--json` prints the outcomes as JSON.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runJest } from './checks/jest';
import { CHECKS } from './registry';
import { describeOutcome, runStep, selectChecks, summaryLine } from './runner';

const JEST_PROJECTS = ['lwc', 'scripts', 'e2e'];

async function main(): Promise<number> {
    const { values } = parseArgs({
        options: {
            only: { type: 'string', default: '' },
            skip: { type: 'string', default: '' },
            list: { type: 'boolean', default: false },
            root: { type: 'string', default: join(__dirname, '..', '..') },
            json: { type: 'boolean', default: false }
        }
    });
    const split = (value: string): string[] =>
        value
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean);
    const only = split(values.only);
    const skip = split(values.skip);
    if (values.list) {
        for (const check of CHECKS) console.log(`${check.name.padEnd(20)} ${check.description}`);
        console.log(`${'jest'.padEnd(20)} Jest projects: ${JEST_PROJECTS.join(', ')}`);
        return 0;
    }
    const root = resolve(values.root);
    if (values.json) {
        const outcomes = await Promise.all(selectChecks(CHECKS, only, skip).map((check) => runStep(check, root)));
        console.log(JSON.stringify(outcomes));
        return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
    }
    const started = performance.now();
    let passed = 0;
    let failed = 0;
    for (const check of selectChecks(CHECKS, only, skip)) {
        const outcome = await runStep(check, root);
        console.log(describeOutcome(outcome).join('\n'));
        if (outcome.ok) passed++;
        else failed++;
    }
    if ((only.length === 0 || only.includes('jest')) && !skip.includes('jest')) {
        const jestStarted = performance.now();
        const jest = await runJest(root, JEST_PROJECTS);
        process.stderr.write(jest.output);
        const seconds = ((performance.now() - jestStarted) / 1000).toFixed(1);
        const ok = jest.failed === 0 && jest.otherFailures.length === 0;
        console.log(`${ok ? 'PASS' : 'FAIL'} jest (${seconds} s): ${jest.passed} passed, ${jest.failed} failed`);
        for (const failure of jest.otherFailures) console.log(`    ${failure}`);
        passed += jest.passed;
        failed += jest.failed + jest.otherFailures.length;
    }
    console.log(`total time ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(summaryLine(passed, failed));
    return failed === 0 ? 0 : 1;
}

main().then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        console.log(summaryLine(0, 1));
        process.exitCode = 1;
    }
);
