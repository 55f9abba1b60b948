/** Numbered steps that print what they do and, on failure, name the step and the fix. */
// @ts-nocheck

import { formatCommandLine, summarizeSfFailure } from './sf';
import type { SfOutcome, SfRunner } from './sf';

/** A failure a step understands: what went wrong and what the user should do about it. */
export class StepError extends Error {
    constructor(
        message: string,
        readonly fix: string
    ) {
        super(message);
    }
}

export interface Step<C> {
    title: string;
    /** False: the step is skipped (and says so), e.g. "open" with --no-open. */
    enabled?: (context: C) => boolean;
    run: (context: C) => Promise<void>;
}

export type Log = (line: string) => void;

export interface StepsOutcome {
    ok: boolean;
    /** Title of the failed step, when one failed. */
    failedStep?: string;
}

/**
 * Runs the steps in order and stops at the first failure. Prints `[2/9] Deploy ...` before each step and, on failure,
 * `FAILED at step 2/9 "Deploy ...": <message>` followed by `Fix: <fix>`.
 */
export async function runSteps<C>(steps: readonly Step<C>[], context: C, log: Log): Promise<StepsOutcome> {
    for (const [index, step] of steps.entries()) {
        const label = `[${index + 1}/${steps.length}] ${step.title}`;
        if (step.enabled && !step.enabled(context)) {
            log(`${label} (skipped)`);
            continue;
        }
        log(label);
        try {
            await step.run(context);
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            log(`FAILED at step ${index + 1}/${steps.length} "${step.title}":`);
            for (const line of message.split('\n')) log(`    ${line}`);
            log(
                `Fix: ${error instanceof StepError ? error.fix : 'see the error above; rerun with the same arguments'}`
            );
            return { ok: false, failedStep: step.title };
        }
    }
    return { ok: true };
}

/** Explains a failed sf command: the sf error summary plus the fix for this step. */
export type FailureExplainer = (outcome: SfOutcome, summary: string) => StepError;

/** Whether an sf command succeeded: exit code 0 and a JSON document with status 0. */
export function sfSucceeded(outcome: SfOutcome): boolean {
    return outcome.exitCode === 0 && outcome.json !== undefined && outcome.json.status === 0;
}

/** Runs one sf command, printing `$ sf ...` first. */
export async function runSfLogged(sf: SfRunner, log: Log, args: readonly string[]): Promise<SfOutcome> {
    log(`    $ ${formatCommandLine(args)}`);
    return sf(args);
}

/** Runs one sf command (printing `$ sf ...`), returns its `result`, or throws the StepError the explainer builds. */
export async function runSfStep(
    sf: SfRunner,
    log: Log,
    args: readonly string[],
    explain: FailureExplainer
): Promise<unknown> {
    const outcome = await runSfLogged(sf, log, args);
    if (!sfSucceeded(outcome)) {
        throw explain(outcome, summarizeSfFailure(outcome));
    }
    return outcome.json?.result;
}
