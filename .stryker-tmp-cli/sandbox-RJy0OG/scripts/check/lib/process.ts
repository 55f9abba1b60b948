// @ts-nocheck
import { spawn } from 'node:child_process';

export interface ProcessResult {
    code: number;
    stdout: string;
    stderr: string;
}

/**
 * Runs a program without a shell and collects its output. Never rejects on a non-zero exit: callers read `code`.
 * Rejects only when the program cannot be started (e.g. `java` missing), with the reason and the fix.
 */
export function runProcess(
    command: string,
    args: readonly string[],
    options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<ProcessResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', (error) => reject(new Error(`cannot start ${command}: ${error.message}`)));
        child.on('close', (code) =>
            resolve({
                code: code ?? 1,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8')
            })
        );
        child.stdin.end(options.input ?? '');
    });
}
