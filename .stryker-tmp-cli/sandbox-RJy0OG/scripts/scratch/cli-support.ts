/** What the thin CLI entries share: the project root, printing, and exit codes for help and usage errors. */
// @ts-nocheck

import { join } from 'node:path';
import { HelpRequested, UsageError } from './options';

/** The project root (scripts/scratch/../..). */
export const PROJECT_ROOT = join(__dirname, '..', '..');

export const log = (line: string): void => {
    console.log(line);
};

/** Runs `main` and sets the exit code: its result, 0 for --help, 2 for a usage error, 1 for anything unexpected. */
export function runCli(main: () => Promise<number>): void {
    main().then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            if (error instanceof HelpRequested) {
                process.stdout.write(error.output);
                process.exitCode = 0;
            } else if (error instanceof UsageError) {
                process.stderr.write(`${error.message}\n`);
                process.exitCode = 2;
            } else {
                process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
                process.exitCode = 1;
            }
        }
    );
}
