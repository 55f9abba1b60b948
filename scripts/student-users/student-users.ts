#!/usr/bin/env -S npx tsx
/**
 * `student-users`: the command's entry point. Enables student portal users and manages them afterwards
 * (deactivate, freeze, unfreeze, send-login-link, reactivate, disable), from a CSV or a Contact filter.
 * Usage: npm run student-users -- --help (or npx --no-install student-users --help: never a registry package of that
 * name); `enable-students` = `student-users enable`.
 */
import { dropOutputAfterClosedPipe } from './closed-pipe';
import { runCommand } from './command';

const interrupt = new AbortController();
let resultsFile: string | undefined;

/**
 * Ctrl-C (SIGINT) and SIGTERM (CI cancel, `timeout`): the first stops cleanly (calls in flight finish, the rest is
 * NOT_SENT, exit 3); a second quits at once (exit 130 or 143). Either way the results file already holds every row
 * that came back, because rows are appended as each chunk returns.
 */
function onSignal(signal: NodeJS.Signals): void {
    if (!interrupt.signal.aborted) {
        process.stderr.write(
            `\nInterrupted (${signal}): finishing the calls in flight, then writing the results ` +
                '(Ctrl-C again quits at once).\n'
        );
        interrupt.abort();
        return;
    }
    process.stderr.write(
        `\nInterrupted again (${signal}): quitting now; calls in flight are abandoned.\n` +
            (resultsFile
                ? `The rows that came back are in ${resultsFile}: run the same command with --resume ${resultsFile}\n`
                : '')
    );
    process.exit(signal === 'SIGTERM' ? 143 : 130);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
dropOutputAfterClosedPipe(process.stdout);
dropOutputAfterClosedPipe(process.stderr);

runCommand(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    tty: process.stderr,
    // `npm run student-users` starts in the project root; INIT_CWD is where the user typed the command.
    cwd:
        (['student-users', 'enable-students'].includes(process.env.npm_lifecycle_event ?? '') &&
            process.env.INIT_CWD) ||
        process.cwd(),
    signal: interrupt.signal,
    onResultsFile: (path) => {
        resultsFile = path;
    }
}).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(
            `student-users crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
        );
        process.exitCode = 1;
    }
);
