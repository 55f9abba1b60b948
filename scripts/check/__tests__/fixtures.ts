import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { apexParserSkipReason } from '../lib/apex-parser';
import type { StepOutcome } from '../runner';
import type { Finding } from '../types';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

/** Root of a broken (or clean) mini project under fixtures/checks. */
export function fixture(name: string): string {
    return join(PROJECT_ROOT, 'fixtures', 'checks', name);
}

/**
 * `describe` for tests that need the native Apex parser; on a platform prettier-plugin-apex ships no parser for,
 * `describe.skip` with the reason in the block's name (Jest lists it as skipped, never as passed).
 */
export function describeWithApexParser(name: string, body: () => void): void {
    const reason = apexParserSkipReason();
    if (reason) describe.skip(`${name} (skipped: ${reason})`, body);
    else describe(name, body);
}

/** Java, the parser binary and the analyzers take seconds each on 2 cores, minutes on a loaded machine: a safety net, not a speed test. */
export const SLOW = 600_000;

/**
 * Runs one check over a fixture exactly as `npm test` does, in a child process (Prettier and ESLint load
 * ES modules dynamically, which Jest's module sandbox cannot), and returns its findings.
 * A check that crashed fails the test with the crash, instead of looking like "no findings".
 */
export async function runCheck(name: string, root: string): Promise<Finding[]> {
    return (await runChecks([name], root))[name];
}

/** Runs several checks over one fixture in one child process; findings by check name. */
export async function runChecks(names: string[], root: string): Promise<Record<string, Finding[]>> {
    const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const cli = join(PROJECT_ROOT, 'scripts', 'check', 'cli.ts');
    let stdout: string;
    try {
        ({ stdout } = await promisify(execFile)(
            process.execPath,
            [tsx, cli, '--root', root, '--only', names.join(','), '--json'],
            {
                maxBuffer: 1 << 26
            }
        ));
    } catch (error) {
        // exit code 1 = findings; the JSON is still on stdout
        stdout = (error as { stdout?: string }).stdout ?? '';
    }
    const findings: Record<string, Finding[]> = {};
    for (const outcome of JSON.parse(stdout) as StepOutcome[]) {
        if (outcome.crash) throw new Error(`check ${outcome.name} crashed: ${outcome.crash}`);
        findings[outcome.name] = outcome.findings;
    }
    return findings;
}

/**
 * A stand-in for Jest's CLI at `<root>/node_modules/jest/bin/jest.js`: writes `report` (when given) to its
 * `--outputFile`, prints `jest output` on stderr and exits with `code`. Returns a reader of the arguments it got.
 */
export function fakeJest(root: string, report: object | undefined, code = 0): () => string[] {
    const bin = join(root, 'node_modules', 'jest', 'bin');
    mkdirSync(bin, { recursive: true });
    const script = [
        "const { writeFileSync } = require('node:fs');",
        'const args = process.argv.slice(2);',
        "writeFileSync(__dirname + '/args.json', JSON.stringify(args));",
        report
            ? `writeFileSync(args[args.indexOf('--outputFile') + 1], ${JSON.stringify(JSON.stringify(report))});`
            : '',
        "process.stderr.write('jest output');",
        `process.exit(${code});`
    ];
    writeFileSync(join(bin, 'jest.js'), script.join('\n'));
    return () => JSON.parse(readFileSync(join(bin, 'args.json'), 'utf8')) as string[];
}
