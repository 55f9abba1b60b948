/**
 * `--json`, as sf does it (Salesforce CLI Setup Guide, "Support for JSON Responses"; the shape `sf ... --json` prints,
 * which scripts/scratch/sf.ts reads): stdout carries one JSON document and nothing else; on success
 * `{ status, result, warnings }`, on an error `{ status, name, message, exitCode, warnings }`, where `status` is the
 * exit code. The human text, the progress and the warnings the command would
 * print are held back; the warnings go into `warnings`.
 */
import type { CliDeps } from './command';
import type { ResultRow } from './results-format';
import type { Summary } from './summary';

/** What a finished run reports under `result`. */
export interface JsonRunResult {
    command: string;
    dryRun: boolean;
    summary: Summary;
    resultsFile: string;
    /** Every row of the results file, carried rows of --resume included. */
    rows: ResultRow[];
    /** Set when the run stopped early (exit code 3). */
    stoppedEarly?: { code: string; message: string };
}

/** R: a 200-a-call run's result, or an in-org run's (in-org-command.ts InOrgResult). */
export interface JsonSuccess<R = JsonRunResult> {
    status: number;
    result: R;
    warnings: string[];
}

export interface JsonError {
    status: number;
    name: string;
    message: string;
    exitCode: number;
    warnings: string[];
}

/** True when the arguments ask for JSON (decided before parsing, so usage errors come out as JSON too). */
export function wantsJson(argv: readonly string[]): boolean {
    return argv.includes('--json');
}

/**
 * The command's outputs under --json: human stdout is dropped, stderr lines are sorted into warnings (`warning: `)
 * and errors (`error: `; other stderr text such as help hints is dropped), and there is no progress.
 */
export function captureForJson(deps: CliDeps): { deps: CliDeps; warnings: string[]; errors: string[] } {
    const warnings: string[] = [];
    const errors: string[] = [];
    const collect = (text: string): void => {
        for (const line of text.split('\n')) {
            if (line.startsWith('warning: ')) warnings.push(line.slice('warning: '.length));
            else if (line.startsWith('error: ')) errors.push(line.slice('error: '.length));
        }
    };
    return {
        deps: { ...deps, stdout: { write: () => undefined }, stderr: { write: collect }, tty: undefined },
        warnings,
        errors
    };
}

export function jsonSuccess(
    status: number,
    result: JsonRunResult | Record<string, unknown>,
    warnings: string[]
): JsonSuccess<JsonRunResult | Record<string, unknown>> {
    return { status, result, warnings };
}

export function jsonError(exitCode: number, name: string, message: string, warnings: string[]): JsonError {
    return { status: exitCode, name, message, exitCode, warnings };
}
