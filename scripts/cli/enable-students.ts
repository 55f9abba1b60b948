#!/usr/bin/env -S npx tsx
/**
 * `enable-students`: bulk enabling of student portal users from a CSV or a Contact filter.
 * Usage: npx enable-students --help (or npm run enable-students -- --help)
 */
import { runCli } from './cli';

const interrupt = new AbortController();
process.once('SIGINT', () => {
    process.stderr.write(
        '\nInterrupted: finishing the calls in flight, then writing the results (Ctrl-C again quits at once).\n'
    );
    interrupt.abort();
    process.once('SIGINT', () => process.exit(130));
});

runCli(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    tty: process.stderr,
    // `npm run enable-students` starts in the project root; INIT_CWD is where the user typed the command.
    cwd: (process.env.npm_lifecycle_event === 'enable-students' && process.env.INIT_CWD) || process.cwd(),
    signal: interrupt.signal
}).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(
            `enable-students crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
        );
        process.exitCode = 1;
    }
);
