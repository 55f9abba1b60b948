/** Runs the command in-process against a fake org, capturing output (tests, README sample, benchmark). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliDeps } from '../cli';
import { runCli } from '../cli';
import { ACCESS_TOKEN_ENV } from '../program';
import type { FakeSalesforce } from './fake-salesforce';

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
    /** Folder the command ran in. */
    dir: string;
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'enable-students-'): string {
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
 * Runs `enable-students <args> --instance-url <fake> ` with the fake's token in SF_ACCESS_TOKEN, tiny retry delays,
 * no jitter randomness, in `dir`.
 */
export async function runAgainst(
    org: FakeSalesforce,
    args: string[],
    options: { dir?: string; deps?: Partial<CliDeps>; withAuth?: boolean } = {}
): Promise<CliRun> {
    const dir = options.dir ?? tempDir();
    let stdout = '';
    let stderr = '';
    const auth = options.withAuth === false ? [] : ['--instance-url', org.url];
    const code = await runCli([...auth, ...args], {
        env: { [ACCESS_TOKEN_ENV]: org.token },
        stdout: { write: (text) => void (stdout += text) },
        stderr: { write: (text) => void (stderr += text) },
        cwd: dir,
        retryPolicy: { baseDelayMs: 2, maxDelayMs: 20 },
        random: () => 0.5,
        ...options.deps
    });
    return { code, stdout, stderr, dir };
}
