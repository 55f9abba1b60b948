/** Runs the command in-process against a fake org, capturing output (tests, README sample, benchmark). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliDeps } from '../command';
import { runCommand } from '../command';
import { ACCESS_TOKEN_ENV } from '../program';
import type { FakeContact, FakeOrgConfig, FakeSalesforce } from './fake-salesforce';
import { startFakeSalesforce } from './fake-salesforce';

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
    /** Folder the command ran in. */
    dir: string;
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'student-users-'): string {
    return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `name` with `text` into `dir`; returns its path. */
export function writeFile(dir: string, name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text, 'utf8');
    return path;
}

export function readFile(dir: string, name: string): string {
    return readFileSync(join(dir, name), 'utf8');
}

/**
 * Runs `student-users <command> --instance-url <fake> <args>` (command: `enable` unless named; null: none, `args`
 * as given) with the fake's token in SF_ACCESS_TOKEN, tiny retry delays, no jitter randomness, in `dir`.
 */
export async function runAgainst(
    org: FakeSalesforce,
    args: string[],
    options: { dir?: string; deps?: Partial<CliDeps>; withAuth?: boolean; command?: string | null } = {}
): Promise<CliRun> {
    const dir = options.dir ?? tempDir();
    let stdout = '';
    let stderr = '';
    const auth = options.withAuth === false ? [] : ['--instance-url', org.url];
    const command = options.command === null ? [] : [options.command ?? 'enable'];
    const code = await runCommand([...command, ...auth, ...args], {
        env: { [ACCESS_TOKEN_ENV]: org.token },
        stdout: { write: (text) => void (stdout += text) },
        stderr: { write: (text) => void (stderr += text) },
        cwd: dir,
        retryPolicy: { baseDelayMs: 2, maxDelayMs: 20 },
        random: () => 0.5,
        // No sf default org unless a test sets one (the machine's sf config must not leak in).
        defaultTargetOrg: () => Promise.resolve(undefined),
        ...options.deps
    });
    return { code, stdout, stderr, dir };
}

/**
 * Registers a `beforeAll` (call it at the top of a test file) that loads jsforce once with a minute's budget: the CLI
 * imports it on its first run, and jsforce 3.10.26 with undici 8 takes seconds to load on a loaded 2-core machine
 * (2.5 s measured here outside Jest), which the first test's 5 s budget does not cover.
 */
export function loadSalesforceClientFirst(): void {
    beforeAll(async () => {
        await import('jsforce');
    }, 60_000);
}

/**
 * Registers an `afterEach` that closes the fake org of the test, and returns the function that starts one (call it at
 * the top of a test file): `const fakeOrg = fakeOrgPerTest();` then `await fakeOrg({ contacts })` in a test.
 */
export function fakeOrgPerTest(): (
    config: Partial<FakeOrgConfig> & { contacts: FakeContact[] }
) => Promise<FakeSalesforce> {
    let org: FakeSalesforce | undefined;
    afterEach(async () => {
        await org?.close();
        org = undefined;
    });
    return async (config) => {
        org = await startFakeSalesforce(config);
        return org;
    };
}
