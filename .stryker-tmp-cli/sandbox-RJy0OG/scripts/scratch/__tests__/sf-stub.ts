/** A scripted stand-in for the sf CLI: records every command line and answers by command prefix. */
// @ts-nocheck

import type { SfJson, SfOutcome, SfRunner } from '../sf';

export type Answer = SfOutcome | ((args: readonly string[]) => SfOutcome);

export function ok(result: unknown): SfOutcome {
    return { exitCode: 0, json: { status: 0, result }, stdout: '', stderr: '' };
}

export function fail(json: Partial<SfJson> & { name?: string; message?: string }, exitCode = 1): SfOutcome {
    return { exitCode, json: { status: exitCode, ...json }, stdout: '', stderr: '' };
}

export interface SfStub {
    sf: SfRunner;
    calls: string[][];
    /** Answers for commands starting with `prefix` (e.g. 'org create scratch'); later calls override earlier ones. */
    on(prefix: string, answer: Answer): SfStub;
}

export function stubSf(): SfStub {
    const answers: { prefix: string; answer: Answer }[] = [];
    const calls: string[][] = [];
    const stub: SfStub = {
        calls,
        on(prefix, answer) {
            answers.unshift({ prefix, answer });
            return stub;
        },
        sf: (args) => {
            calls.push([...args]);
            const line = args.join(' ');
            const match = answers.find((entry) => line.startsWith(entry.prefix));
            if (!match) {
                return Promise.reject(new Error(`unexpected sf call: ${line}`));
            }
            return Promise.resolve(typeof match.answer === 'function' ? match.answer(args) : match.answer);
        }
    };
    return stub;
}

/** A log that keeps its lines for assertions. */
export function recordingLog(): { log: (line: string) => void; lines: string[]; text: () => string } {
    const lines: string[] = [];
    return { log: (line) => lines.push(line), lines, text: () => lines.join('\n') };
}
