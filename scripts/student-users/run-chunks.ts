/**
 * The 200-a-call run: chunks of students, one action call per chunk (plus retries of what failed transiently, and
 * halves of what was too big), bounded concurrency, and a clean stop on auth/limit errors. Students are sent as the
 * input names them (Contact Id, person Account Id or email): the invocables resolve them on the server.
 */
import type { ActionResult, AnyActionInput } from './action';
import { resultsInError, toActionInput, toLifecycleInput, toResultRow } from './action';
import type { ClassifiedError } from './errors';
import { classifyError, inputErrorCode, inputErrorKind, shrinksChunk } from './errors';
import type { Operation } from './operations';
import { ENABLE } from './operations';
import { chunk, runPool } from './pool';
import type { ResultRow } from './results-format';
import { errorResult } from './results-format';
import type { RetryPolicy } from './retry';
import { backoffDelay, sleep } from './retry';
import type { SalesforceApi } from './salesforce-api';
import type { RunDefaults, StudentRow } from './student-rows';

export const MAX_CHUNK_SIZE = 200;

export interface RunSettings {
    /** The subcommand (enable unless named): which action, which input, which statuses. */
    operation?: Operation;
    /** `--confirm-disable` (sent as confirmDisable with every lifecycle input). */
    confirmDisable?: boolean;
    defaults: RunDefaults;
    dryRun: boolean;
    chunkSize: number;
    concurrency: number;
    retry: RetryPolicy;
    /** Jitter source (tests pass a fixed one). */
    random?: () => number;
    /** Aborting it stops the run like an auth error would (Ctrl-C). */
    signal?: AbortSignal;
}

export interface ProgressEvent {
    rowsDone: number;
    rowsTotal: number;
    failed: number;
    chunksDone: number;
    chunksTotal: number;
}

export interface RetryEvent {
    chunk: number;
    retry: number;
    code: string;
    delayMs: number;
    rows: number;
}

export interface RunEvents {
    onProgress?(event: ProgressEvent): void;
    onRetry?(event: RetryEvent): void;
    /** The result rows of a chunk, as soon as the chunk is done (the CLI appends them to the results file). */
    onChunkResults?(results: ResultRow[]): void;
}

export interface RunStats {
    actionCalls: number;
    /** Query calls of the run (the `--where` pages are counted by the command). */
    queryCalls: number;
    retries: number;
    /** Chunks sent again as two halves (an Apex governor limit, a time-out, a row lock). */
    splits: number;
}

export interface RunOutcome {
    /** One per input row, in row order. */
    results: ResultRow[];
    /** Set when the run stopped early (auth, limit, interrupted). */
    stop?: { code: string; message: string };
    stats: RunStats;
}

interface Pending {
    row: StudentRow;
    input: AnyActionInput;
}

interface Stop {
    code: string;
    message: string;
}

/** What one run shares between its chunks: the settings, the results so far, the stop, the counters. */
interface Run {
    api: SalesforceApi;
    settings: RunSettings;
    operation: Operation;
    events: RunEvents;
    random: () => number;
    stats: RunStats;
    results: Map<number, ResultRow>;
    /** Aborted on the first stop: ends the backoff sleeps at once. */
    stopController: AbortController;
    stop?: Stop;
}

/** Why the calls of a chunk did not all come back done. */
interface Sorted {
    retryable: { item: Pending; code: string; message: string }[];
    /** An Apex governor limit: the transaction was too big. */
    limited: { item: Pending; message: string }[];
}

/** The student of a row as the results show it before the org answers: its Contact Id, or blank. */
const contactOf = (row: StudentRow): string => row.contactId ?? '';

/** The first stop wins; later ones are ignored. Returns the stop of the run. */
function requestStop(run: Run, code: string, message: string): Stop {
    if (!run.stop) {
        run.stop = { code, message };
        run.stopController.abort();
    }
    return run.stop;
}

/** The stop of the run (read through a function: other chunks set it while this one awaits). */
function currentStop(run: Run): Stop | undefined {
    return run.stop;
}

function inputOf(run: Run, row: StudentRow): AnyActionInput {
    const { operation, settings } = run;
    return operation.action
        ? toLifecycleInput(operation.action, row, settings.dryRun, settings.confirmDisable === true)
        : toActionInput(row, settings.defaults, settings.dryRun);
}

/** A row the stop of the run kept from being sent. */
function notSentRow(stop: Stop, row: StudentRow): ResultRow {
    return errorResult(
        row.row,
        contactOf(row),
        row.emailAsWritten ?? '',
        {
            code: stop.code,
            message: `Not sent: the run stopped (${stop.code}: ${stop.message}). Fix that, then re-run with --resume.`
        },
        'NOT_SENT'
    );
}

/** Lifecycle rows name their action on every row, also those the CLI itself fills (not sent, gave up). */
function stamp(run: Run, result: ResultRow): ResultRow {
    const action = run.operation.action;
    return action ? { ...result, action: result.action || action, errorFix: result.errorFix ?? '' } : result;
}

function record(run: Run, result: ResultRow): void {
    run.results.set(result.row, stamp(run, result));
}

function failRow(run: Run, item: Pending, code: string, message: string): void {
    record(run, errorResult(item.row.row, contactOf(item.row), item.row.emailAsWritten ?? '', { code, message }));
}

/** One action call; a 400 whose body is the per-input results is an answer, not a request error. */
async function callAction(
    run: Run,
    pending: Pending[]
): Promise<{ results: ActionResult[] } | { error: ClassifiedError }> {
    run.stats.actionCalls++;
    try {
        return {
            results: await run.api.invokeAction(
                pending.map((item) => item.input),
                run.operation.actionName
            )
        };
    } catch (thrown) {
        const results = resultsInError(thrown);
        return results ? { results } : { error: classifyError(thrown) };
    }
}

/**
 * Ends the chunk for a request error that is not retried (a stop, a limit, a failure, an unknown outcome) and says
 * so; false when the error is retried like any transient one.
 */
async function settleRequestError(
    run: Run,
    chunkIndex: number,
    pending: Pending[],
    error: ClassifiedError
): Promise<boolean> {
    if (error.kind === 'stop') {
        const stop = requestStop(run, error.code, error.message);
        pending.forEach((item) => record(run, notSentRow(stop, item.row)));
        return true;
    }
    if (error.kind === 'limit') {
        await sendHalves(run, chunkIndex, pending, error.message);
        return true;
    }
    if (error.kind === 'fail') {
        pending.forEach((item) => failRow(run, item, error.code, `The action call failed: ${error.message}`));
        return true;
    }
    if (!run.operation.resendable && mayHaveRun(error.code)) {
        pending.forEach((item) => failRow(run, item, OUTCOME_UNKNOWN, outcomeUnknownMessage(error)));
        return true;
    }
    return false;
}

/**
 * Records each input that is done (succeeded or failed for good) and returns the others: transient failures to
 * retry, governor limits to halve. An uncaught Apex exception puts the same error on every input (`errors`,
 * UNKNOWN_EXCEPTION, HTTP 400); a per-student failure the service caught is `outputValues` with status FAILED.
 */
function sortResults(run: Run, pending: Pending[], results: ActionResult[]): Sorted {
    const sorted: Sorted = { retryable: [], limited: [] };
    pending.forEach((item, index) => {
        const result = results[index] as ActionResult | undefined;
        const output = result?.outputValues;
        const failure =
            result && !result.isSuccess && result.errors?.[0]
                ? { code: result.errors[0].statusCode, message: result.errors[0].message }
                : result?.isSuccess && output?.status === 'FAILED'
                  ? { code: output.errorCode ?? '', message: output.message ?? '' }
                  : undefined;
        const kind = failure ? inputErrorKind(failure.code, failure.message) : undefined;
        if (failure && kind === 'transient') {
            const code = inputErrorCode(failure.code, failure.message);
            sorted.retryable.push({ item, code, message: failure.message });
        } else if (failure && kind === 'limit') {
            sorted.limited.push({ item, message: failure.message });
        } else {
            record(run, toResultRow(item.row, contactOf(item.row), result, run.operation));
        }
    });
    return sorted;
}

/**
 * Sends the chunk; retries only the inputs that failed transiently; sends halves when an Apex governor limit ended
 * the transaction, or retries in halves when a time-out or a row lock hit more than one student (smaller batches, as
 * Salesforce advises for bulk user inserts that time out or lock: Help 004576984, errors.ts shrinksChunk); never
 * resends a call whose outcome is unknown when the action is not safe to resend.
 */
async function sendChunk(run: Run, chunkIndex: number, initial: Pending[], firstAttempt = 0): Promise<void> {
    let pending = initial;
    // Never empty: a chunk, a half, or the inputs to retry (it returns when none are left).
    for (let attempt = firstAttempt; ; attempt++) {
        const stop = currentStop(run);
        if (stop) {
            pending.forEach((item) => record(run, notSentRow(stop, item.row)));
            return;
        }
        const answer = await callAction(run, pending);
        if ('error' in answer && (await settleRequestError(run, chunkIndex, pending, answer.error))) {
            return;
        }
        const sorted: Sorted =
            'error' in answer
                ? { retryable: pending.map((item) => ({ item, ...answer.error })), limited: [] }
                : sortResults(run, pending, answer.results);
        if (sorted.limited.length > 0) {
            // A limit ends the whole transaction: every input carries it. Anything else is not this Apex.
            const limited = sorted.limited.map(({ item }) => item);
            await sendHalves(run, chunkIndex, limited, sorted.limited[0].message);
        }
        if (sorted.retryable.length === 0) {
            return;
        }
        if (attempt >= run.settings.retry.maxRetries) {
            giveUp(run, sorted, attempt + 1);
            return;
        }
        await backOff(run, chunkIndex, attempt + 1, sorted);
        pending = sorted.retryable.map(({ item }) => item);
        if (pending.length > 1 && shrinksChunk(sorted.retryable[0].code)) {
            // The halves go on counting this chunk's attempts: no student is tried more than --max-retries + 1 times.
            run.stats.splits++;
            const half = Math.ceil(pending.length / 2);
            await sendChunk(run, chunkIndex, pending.slice(0, half), attempt + 1);
            await sendChunk(run, chunkIndex, pending.slice(half), attempt + 1);
            return;
        }
    }
}

function giveUp(run: Run, sorted: Sorted, attempts: number): void {
    sorted.retryable.forEach(({ item, code, message }) =>
        failRow(
            run,
            item,
            code,
            `Gave up after ${attempts} attempts (${code}): ${message}. Re-run with --resume to try again.`
        )
    );
}

async function backOff(run: Run, chunkIndex: number, retry: number, sorted: Sorted): Promise<void> {
    const delayMs = backoffDelay(retry, run.settings.retry, run.random);
    run.stats.retries++;
    run.events.onRetry?.({
        chunk: chunkIndex + 1,
        retry,
        code: sorted.retryable[0].code,
        delayMs,
        rows: sorted.retryable.length
    });
    await sleep(delayMs, run.stopController.signal);
}

/** An Apex governor limit ended the call: the chunk is too big. Sends each half; one student alone fails. */
async function sendHalves(run: Run, chunkIndex: number, items: Pending[], message: string): Promise<void> {
    if (items.length === 1) {
        failRow(
            run,
            items[0],
            'APEX_LIMIT',
            `An Apex governor limit ended the call even for this student alone: ${message}`
        );
        return;
    }
    const half = Math.ceil(items.length / 2);
    run.stats.splits++;
    await sendChunk(run, chunkIndex, items.slice(0, half));
    await sendChunk(run, chunkIndex, items.slice(half));
}

/** Sends one chunk and reports it (its rows to the results file, the progress). */
async function runChunk(run: Run, chunkRows: StudentRow[], chunkIndex: number, progress: ProgressEvent): Promise<void> {
    await sendChunk(
        run,
        chunkIndex,
        chunkRows.map((row) => ({ row, input: inputOf(run, row) }))
    );
    // sendChunk records a result for every row it is given.
    const done = chunkRows.map((row) => run.results.get(row.row) as ResultRow);
    run.events.onChunkResults?.(done);
    progress.chunksDone++;
    progress.rowsDone += chunkRows.length;
    progress.failed += done.filter((result) => result.status === 'FAILED').length;
    run.events.onProgress?.({ ...progress });
}

/**
 * Runs every student in chunks, one action call per chunk, for any subcommand. Never throws for API failures: they
 * end up in the rows (or in `stop`).
 */
export async function runChunks(
    api: SalesforceApi,
    rows: readonly StudentRow[],
    settings: RunSettings,
    events: RunEvents = {}
): Promise<RunOutcome> {
    const run: Run = {
        api,
        settings,
        operation: settings.operation ?? ENABLE,
        events,
        random: settings.random ?? Math.random,
        stats: { actionCalls: 0, queryCalls: 0, retries: 0, splits: 0 },
        results: new Map(),
        stopController: new AbortController()
    };
    const onExternalAbort = (): void => {
        requestStop(run, 'INTERRUPTED', 'the run was interrupted');
    };
    if (settings.signal?.aborted) {
        onExternalAbort();
    }
    settings.signal?.addEventListener('abort', onExternalAbort);
    const chunks = chunk(rows, settings.chunkSize);
    const progress: ProgressEvent = {
        rowsDone: 0,
        rowsTotal: rows.length,
        failed: 0,
        chunksDone: 0,
        chunksTotal: chunks.length
    };
    await runPool(
        chunks,
        settings.concurrency,
        (chunkRows, chunkIndex) => runChunk(run, chunkRows, chunkIndex, progress),
        () => !currentStop(run)
    );
    settings.signal?.removeEventListener('abort', onExternalAbort);
    // A row without a result is one of a chunk the pool did not start: it stops starting them only after a stop.
    const stop = run.stop as Stop;
    const ordered = rows.map((row) => run.results.get(row.row) ?? stamp(run, notSentRow(stop, row)));
    return { results: ordered, stop: run.stop, stats: run.stats };
}

/** The row code of a call whose outcome the CLI cannot know (it timed out or the connection dropped mid-call). */
export const OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN';

/**
 * Request errors after which the call may still have run: the request had left (time-out, a connection dropped
 * while waiting, a gateway error). A refused connection or a concurrency refusal never started any Apex.
 */
export function mayHaveRun(code: string): boolean {
    return (
        ['TIMEOUT', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ESOCKETTIMEDOUT', 'ETIMEDOUT'].includes(code) ||
        /^ERROR_HTTP_50[24]$/.test(code)
    );
}

function outcomeUnknownMessage(error: ClassifiedError): string {
    return (
        `The call failed after it was sent (${error.code}: ${error.message}); Salesforce may still have done it (an ` +
        'Apex transaction runs for up to 10 minutes). Not resent, because sending it twice is not safe for this ' +
        'action: check the run in the Student User Runs tab (or the user) first; --resume does not resend this row.'
    );
}
