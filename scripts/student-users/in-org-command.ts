/**
 * The command side of in-org runs: `<subcommand> --in-org` (start, then follow with a progress bar, or `--detach`),
 * `status <runId>` and `results <runId>`. The org does the work; the CLI starts, reads and writes the results CSV.
 */
import { resolve } from 'node:path';
import type { CliDeps } from './command';
import { classifyError } from './errors';
import type { EnableOptions, RunRecord, Unresolved } from './in-org-run';
import {
    FINISHED_STATUSES,
    followRun,
    operationOf,
    readRun,
    runProgress,
    runResults,
    startInput,
    startRun,
    storedEnableOptions
} from './in-org-run';
import type { CliOptions, RunCommandOptions } from './program';
import { runReporter } from './progress';
import type { ResultRow } from './results-format';
import { errorResult } from './results-format';
import { writeResultsFile } from './results-file';
import type { SalesforceApi } from './salesforce-api';
import type { StudentRow } from './student-rows';
import type { Summary } from './summary';
import { EXIT, exitCodeFor, formatSummary, summarize } from './summary';

/** What --json prints under `result` for an in-org run (the run record's fields under `run`). */
export interface InOrgResult extends Record<string, unknown> {
    command: string;
    run?: RunStatus;
    unresolved?: Unresolved[];
    summary?: Summary;
    resultsFile?: string;
    rows?: ResultRow[];
}

/** The run record, named as StudentUserRunStatus names it (the cohort page's and the controller's shape). */
export interface RunStatus {
    runId: string;
    name: string;
    action: string;
    status: string;
    dryRun: boolean;
    studentCount: number;
    succeeded: number;
    failed: number;
    skipped: number;
    pending: number;
    chunkSize: number;
    jobs: number;
    reenqueues: number;
    startedAt: string | null;
    finishedAt: string | null;
    lastError: string | null;
    /** ENABLE: the options applied to every student; null = the org's defaults. */
    enableOptions: EnableOptions | null;
}

export function runStatus(run: RunRecord): RunStatus {
    const progress = runProgress(run);
    return {
        runId: run.Id,
        name: run.Name,
        action: run.Action__c,
        status: run.Status__c,
        dryRun: run.Dry_Run__c === true,
        studentCount: progress.total,
        succeeded: progress.succeeded,
        failed: progress.failed,
        skipped: progress.skipped,
        pending: Math.max(0, progress.total - progress.done),
        chunkSize: run.Chunk_Size__c ?? 0,
        jobs: run.Jobs__c ?? 0,
        reenqueues: run.Reenqueues__c ?? 0,
        startedAt: run.Started_At__c,
        finishedAt: run.Finished_At__c,
        lastError: run.Last_Error__c,
        enableOptions: storedEnableOptions(run)
    };
}

export interface InOrgOutcome {
    code: number;
    result?: InOrgResult;
}

/** A refusal the command reports as `error:` with an exit code (nothing started, or nothing to read). */
class InOrgStop extends Error {
    constructor(
        message: string,
        readonly exitCode: number
    ) {
        super(message);
    }
}

/** `<subcommand> --in-org`: one start call, then follow the run (or leave with --detach). */
export async function executeInOrg(
    options: CliOptions,
    rows: readonly StudentRow[],
    api: SalesforceApi,
    deps: CliDeps,
    outPath: string
): Promise<InOrgOutcome> {
    const operation = options.operation;
    if (rows.some((row) => Object.values(row.overrides).some((value) => value !== undefined))) {
        deps.stderr.write(
            "error: --in-org applies one set of enable options to every student: the file's per-row License, Profile, " +
                'TimeZone, Username and SendWelcomeEmail columns cannot be sent to an in-org run. Drop them and give ' +
                '--license, --profile or --time-zone for the whole run, or run without --in-org. Nothing was sent.\n'
        );
        return { code: EXIT.BAD_INPUT };
    }
    try {
        const started = await startRun(
            api,
            startInput(operation, rows, options.dryRun, options.confirmDisable, options.defaults)
        );
        started.unresolved.forEach((item) =>
            deps.stderr.write(`warning: not in the run: ${item.entry}: ${item.code}: ${item.message}\n`)
        );
        if (!started.ok) {
            throw new InOrgStop(`the run was not started: ${started.code}: ${started.message}`, EXIT.STOPPED);
        }
        if (options.detach) {
            deps.stdout.write(
                `Run ${started.runName} started (${started.status}): ${started.runId}\n` +
                    `Follow it: npm run student-users -- status ${started.runId}\n` +
                    `Results:   npm run student-users -- results ${started.runId} --output-file <results.csv>\n`
            );
            const run = await readRun(api, started.runId);
            return {
                code: started.unresolved.length > 0 ? EXIT.ROW_FAILURES : EXIT.OK,
                result: {
                    command: operation.command,
                    ...(run ? { run: runStatus(run) } : {}),
                    unresolved: started.unresolved
                }
            };
        }
        deps.stdout.write(`Run ${started.runName} started: ${started.runId} (Ctrl-C leaves it running in the org)\n`);
        const reporter = options.progress ? runReporter(deps.tty, deps.stderr) : undefined;
        let reads = 0;
        const run = await followRun(api, started.runId, {
            pollMs: options.pollMs,
            signal: deps.signal,
            maxReadErrors: options.maxRetries,
            onUpdate: (current) => {
                reads++;
                const progress = runProgress(current);
                reporter?.update({
                    name: current.Name,
                    status: current.Status__c,
                    done: progress.done,
                    total: progress.total,
                    failed: progress.failed,
                    jobs: current.Jobs__c ?? 0
                });
            }
        });
        reporter?.stop();
        return await finish(api, run, deps, outPath, started.unresolved, { actions: 1, reads });
    } catch (error) {
        return stopped(error, deps);
    }
}

/** `status <runId>` and `results <runId>`. */
export async function executeRunCommand(
    options: RunCommandOptions,
    api: SalesforceApi,
    deps: CliDeps
): Promise<InOrgOutcome> {
    try {
        const run = await readRun(api, options.runId);
        if (!run) {
            throw new InOrgStop(`no run ${options.runId}, or you cannot see it`, EXIT.BAD_INPUT);
        }
        if (options.kind === 'status') {
            const status = runStatus(run);
            deps.stdout.write(statusText(status));
            return { code: EXIT.OK, result: { command: 'status', run: status } };
        }
        const outPath = resolve(deps.cwd, options.outputFile ?? `${run.Name}.results.csv`);
        return await finish(api, run, deps, outPath, [], { actions: 0, reads: 1 });
    } catch (error) {
        return stopped(error, deps);
    }
}

/**
 * Reads the items, writes the results CSV and prints the summary; the exit code as the 200-a-call mode's. `calls`:
 * the action calls and run record reads made (the items query adds one; its queryMore pages are not counted).
 */
async function finish(
    api: SalesforceApi,
    run: RunRecord,
    deps: CliDeps,
    outPath: string,
    unresolved: Unresolved[],
    calls: { actions: number; reads: number }
): Promise<InOrgOutcome> {
    const operation = operationOf(run.Action__c);
    const items = await runResults(api, run);
    const rows = [...items, ...unresolvedResults(items.length, unresolved, operation.action)];
    writeResultsFile(outPath, rows, operation.columns);
    const summary = summarize(rows, 0);
    const status = runStatus(run);
    deps.stdout.write(
        `\nRun ${run.Name}: ${run.Status__c}\n` +
            formatSummary(summary, {
                dryRun: run.Dry_Run__c === true,
                operation,
                elapsedMs: elapsedMs(run),
                stats: { actionCalls: calls.actions, queryCalls: calls.reads + 1, retries: 0, splits: 0 },
                resultsPath: outPath
            }) +
            '\n'
    );
    const finished = FINISHED_STATUSES.has(run.Status__c);
    if (!finished) {
        deps.stderr.write(
            `warning: run ${run.Name} is ${run.Status__c}: the results hold the students done so far; ` +
                `read them again later with: npm run student-users -- results ${run.Id}\n`
        );
    }
    return {
        code: exitCodeFor(summary, finished && run.Status__c !== 'COMPLETED'),
        result: { command: operation.command, run: status, unresolved, summary, resultsFile: outPath, rows }
    };
}

/**
 * The entries the server could not resolve at the start, as FAILED rows after the run's items (positions
 * itemCount + 1, ...): an email in `email`, an Account Id in `contactId`.
 */
function unresolvedResults(itemCount: number, unresolved: Unresolved[], action?: string): ResultRow[] {
    return unresolved.map((item, index) => {
        const email = item.entry.includes('@') ? item.entry : '';
        const result = errorResult(itemCount + index + 1, email ? '' : item.entry, email, {
            code: item.code,
            message: item.message
        });
        return action ? { ...result, action, errorFix: '' } : result;
    });
}

function elapsedMs(run: RunRecord): number {
    const start = run.Started_At__c ? Date.parse(run.Started_At__c) : NaN;
    const end = run.Finished_At__c ? Date.parse(run.Finished_At__c) : Date.now();
    return Number.isNaN(start) ? 0 : Math.max(0, end - start);
}

function statusText(status: RunStatus): string {
    const lines: [string, string][] = [
        ['Run', `${status.name} (${status.runId})`],
        ['Action', `${status.action}${status.dryRun ? ' (dry run)' : ''}`],
        ['Status', status.status],
        ['Students', String(status.studentCount)],
        ['Succeeded', String(status.succeeded)],
        ['Failed', String(status.failed)],
        ['Skipped', String(status.skipped)],
        ['Pending', String(status.pending)],
        ['Jobs', `${status.jobs} (${status.reenqueues} re-enqueued), next chunk ${status.chunkSize}`],
        ['Started', status.startedAt ?? ''],
        ['Finished', status.finishedAt ?? ''],
        ...(status.enableOptions ? ([['Options', optionsText(status.enableOptions)]] as [string, string][]) : []),
        ...(status.lastError ? ([['Last error', status.lastError]] as [string, string][]) : [])
    ];
    const width = Math.max(...lines.map(([label]) => label.length)) + 2;
    return lines.map(([label, value]) => label.padEnd(width) + value).join('\n') + '\n';
}

/** e.g. "licenseKey=PID_Customer_Community_Plus, timeZoneSidKey=Europe/Paris". */
function optionsText(options: EnableOptions): string {
    return Object.entries(options)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(', ');
}

function stopped(error: unknown, deps: CliDeps): InOrgOutcome {
    if (error instanceof InOrgStop) {
        deps.stderr.write(`error: ${error.message}\n`);
        return { code: error.exitCode };
    }
    const classified = classifyError(error);
    deps.stderr.write(`error: ${classified.code}: ${classified.message}\n`);
    return { code: classified.kind === 'fail' ? EXIT.ROW_FAILURES : EXIT.STOPPED };
}
