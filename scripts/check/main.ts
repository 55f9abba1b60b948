/** The check command line (`scripts/check/cli.ts`): its options, its output and its exit code. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { jestStep } from './checks/jest';
import { TOOL_SCRIPTS, toolStep } from './checks/tools';
import { checkStep, countOutcome, describeOutcome, runAll, selectChecks, summaryLine } from './runner';
import type { Step } from './runner';
import type { Check } from './types';

const PROJECT_ROOT = join(__dirname, '..', '..');
const JEST_PROJECTS = ['lwc', 'scripts', 'e2e'];
const DEEP_JEST_PROJECTS = ['deep', 'bench'];
/** Seconds each step took in the last run over the project, so the slowest start first next time. */
const TIMINGS_FILE = join(PROJECT_ROOT, 'node_modules', '.cache', 'spu-checks', 'timings.json');

function readTimings(): Record<string, number> {
    try {
        return JSON.parse(readFileSync(TIMINGS_FILE, 'utf8')) as Record<string, number>;
    } catch {
        return {};
    }
}

function writeTimings(timings: Record<string, number>): void {
    try {
        mkdirSync(dirname(TIMINGS_FILE), { recursive: true });
        writeFileSync(TIMINGS_FILE, `${JSON.stringify(timings, null, 4)}\n`);
    } catch {
        // only an ordering hint
    }
}

/**
 * One run of the command line `args` over `checks`; resolves to the exit code. A bad option or a crash of the run
 * prints its reason and the final line with one failure, so CI reads a failure either way.
 */
export async function main(args: string[], checks: Check[]): Promise<number> {
    try {
        return await run(args, checks);
    } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        console.log(summaryLine(0, 1));
        return 1;
    }
}

async function run(args: string[], checks: Check[]): Promise<number> {
    const { values } = parseArgs({
        args,
        options: {
            only: { type: 'string', default: '' },
            skip: { type: 'string', default: '' },
            deep: { type: 'boolean', default: false },
            jobs: { type: 'string', default: String(Math.max(2, availableParallelism())) },
            list: { type: 'boolean', default: false },
            root: { type: 'string', default: PROJECT_ROOT },
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
    const jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a positive integer, not ${values.jobs}`);
    if (values.list) {
        for (const [name, script] of Object.entries(TOOL_SCRIPTS)) {
            console.log(`${name.padEnd(20)} npm run ${script}`);
        }
        for (const check of checks) {
            console.log(`${check.name.padEnd(20)} ${check.deep ? '(deep) ' : ''}${check.description}`);
        }
        console.log(
            `${'jest'.padEnd(20)} Jest projects: ${JEST_PROJECTS.join(', ')}; (deep) ${DEEP_JEST_PROJECTS.join(', ')}`
        );
        return 0;
    }
    const root = resolve(values.root);
    const selected = selectChecks(checks, only, skip, values.deep);
    // The standard tools (npm scripts) run over this project in npm test, never in --deep nor over a fixture root.
    const tools = Object.entries(TOOL_SCRIPTS).filter(
        ([name]) => !values.deep && !values.json && (only.length === 0 || only.includes(name)) && !skip.includes(name)
    );
    if (values.json) {
        const outcomes = await runAll(selected.map(checkStep), root, { concurrency: jobs });
        console.log(JSON.stringify(outcomes));
        return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
    }
    const started = performance.now();
    const steps: Step[] = [...tools.map(([name, script]) => toolStep(name, script)), ...selected.map(checkStep)];
    const withJest = (only.length === 0 || only.includes('jest')) && !skip.includes('jest');
    if (withJest) steps.push(jestStep(values.deep ? DEEP_JEST_PROJECTS : JEST_PROJECTS));
    const timings = readTimings();
    let passed = 0;
    let failed = 0;
    // Jest runs its own workers: it does not take one of the checks' slots.
    const concurrency = jobs + (withJest ? 1 : 0);
    const outcomes = await runAll(steps, root, {
        concurrency,
        // Jest is the longest step by far (the browser tests): it always starts first.
        expectedSeconds: { ...timings, jest: Number.POSITIVE_INFINITY },
        onOutcome(outcome) {
            if (outcome.output) process.stderr.write(outcome.output);
            console.log(describeOutcome(outcome).join('\n'));
            const counted = countOutcome(outcome);
            passed += counted.passed;
            failed += counted.failed;
        }
    });
    if (root === PROJECT_ROOT) {
        for (const outcome of outcomes) timings[outcome.name] = Number(outcome.seconds.toFixed(1));
        writeTimings(timings);
    }
    console.log(
        `total time ${((performance.now() - started) / 1000).toFixed(1)} s (${jobs} checks at a time${withJest ? ' next to Jest' : ''})`
    );
    console.log(summaryLine(passed, failed));
    return failed === 0 ? 0 : 1;
}
