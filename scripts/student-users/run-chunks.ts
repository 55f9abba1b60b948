/**
 * The run: chunks of students, each chunk's emails resolved with one query, one action call per chunk (plus
 * retries of what failed transiently), bounded concurrency, and a clean stop on auth/limit errors.
 */
import type { ActionResult, AnyActionInput } from './action';
import { resultsInError, toActionInput, toLifecycleInput, toResultRow } from './action';
import type { ClassifiedError } from './errors';
import { classifyError, inputErrorCode, inputErrorKind } from './errors';
import type { Operation } from './operations';
import { ENABLE } from './operations';
import { chunk, runPool } from './pool';
import type { ResultRow } from './results-format';
import { errorResult } from './results-format';
import type { RetryPolicy } from './retry';
import { backoffDelay, sleep } from './retry';
import type { SalesforceApi } from './salesforce-api';
import { emailLookupQueries, personAccountLookupQueries } from './soql';
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
    queryCalls: number;
    retries: number;
    /** Chunks sent again as two halves after an Apex governor limit. */
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
    contactId: string;
    input: AnyActionInput;
}

interface EmailRecord extends Record<string, unknown> {
    Id: string;
    Email: string | null;
}

/** The email lookup result of a chunk: email (lower case) → matching Contact Ids. */
export function groupContactsByEmail(records: readonly EmailRecord[]): Map<string, string[]> {
    const byEmail = new Map<string, string[]>();
    for (const record of records) {
        if (!record.Email) {
            continue;
        }
        const key = record.Email.toLowerCase();
        const ids = byEmail.get(key) ?? [];
        if (!ids.includes(record.Id)) {
            ids.push(record.Id);
        }
        byEmail.set(key, ids);
    }
    return byEmail;
}

interface AccountRecord extends Record<string, unknown> {
    Id: string;
    Name: string | null;
    PersonContactId: string | null;
}

type Lookup = { contactId: string } | { error: { code: string; field: string; message: string } };

/** The contact of an email row: exactly one contact (a Contact's Email or a person account's PersonEmail). */
export function contactOfEmail(email: string, ids: readonly string[]): Lookup {
    if (ids.length === 0) {
        return {
            error: {
                code: 'CONTACT_NOT_FOUND',
                field: 'email',
                message: `No contact has the email ${email} (or it is not visible to you): check the address or use ContactId.`
            }
        };
    }
    if (ids.length > 1) {
        return {
            error: {
                code: 'AMBIGUOUS_EMAIL',
                field: 'email',
                message: `${ids.length} contacts have the email ${email} (${ids.join(', ')}): use the ContactId column for this student.`
            }
        };
    }
    return { contactId: ids[0] };
}

/** The person contact of an Account Id row, or why the account names no student (the service's codes). */
export function personContactOf(accountId: string, account: AccountRecord | undefined): Lookup {
    if (!account) {
        return {
            error: {
                code: 'CONTACT_NOT_FOUND',
                field: 'contactId',
                message: `No account has the Id ${accountId} (or it is not visible to you): check the Id and your access.`
            }
        };
    }
    if (!account.PersonContactId) {
        return {
            error: {
                code: 'NOT_A_PERSON_ACCOUNT',
                field: 'contactId',
                message:
                    `${account.Name ?? accountId} (${accountId}) is a business account, not a person account: ` +
                    "give the student's Contact Id or email instead."
            }
        };
    }
    return { contactId: account.PersonContactId };
}

/** Why a chunk's Account lookup failed: an org without Person Accounts has no PersonContactId field. */
export function accountLookupFailure(
    error: ClassifiedError,
    attempts: number
): { code: string; field: string; message: string } {
    // Id and Name exist on every Account: an INVALID_FIELD of this query is PersonContactId ("No such column").
    if (error.code === 'INVALID_FIELD') {
        return {
            code: 'PERSON_ACCOUNTS_NOT_ENABLED',
            field: 'contactId',
            message:
                "This org does not have Person Accounts, so an Account Id names no student: give the student's " +
                'Contact Id or email instead.'
        };
    }
    return {
        code: error.code,
        field: 'contactId',
        message: `Could not look up the account (${attempts} attempt(s)): ${error.message}`
    };
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
    const random = settings.random ?? Math.random;
    const operation = settings.operation ?? ENABLE;
    const inputOf = (row: StudentRow, contactId: string): AnyActionInput =>
        operation.action
            ? toLifecycleInput(operation.action, contactId, settings.dryRun, settings.confirmDisable === true)
            : toActionInput(row, contactId, settings.defaults, settings.dryRun);
    const stats: RunStats = { actionCalls: 0, queryCalls: 0, retries: 0, splits: 0 };
    const stopController = new AbortController();
    let stop: { code: string; message: string } | undefined;
    const requestStop = (code: string, message: string): void => {
        if (!stop) {
            stop = { code, message };
            stopController.abort();
        }
    };
    /** Read through a function: the stop is set by other chunks while this one awaits. */
    const currentStop = (): { code: string; message: string } | undefined => stop;
    const onExternalAbort = (): void => requestStop('INTERRUPTED', 'the run was interrupted');
    if (settings.signal?.aborted) {
        onExternalAbort();
    }
    settings.signal?.addEventListener('abort', onExternalAbort, { once: true });

    /** Contact Id → the row that names it; Email rows must not name a contact another row names. */
    const claimed = new Map<string, number>();
    for (const row of rows) {
        if (row.contactId) {
            claimed.set(row.contactId, row.row);
        }
    }

    const chunks = chunk(rows, settings.chunkSize);
    const results = new Map<number, ResultRow>();
    let rowsDone = 0;
    let chunksDone = 0;
    let failed = 0;

    const notSent = (row: StudentRow, contactId: string): ResultRow =>
        errorResult(
            row.row,
            contactId,
            row.emailAsWritten ?? '',
            {
                code: stop?.code ?? 'NOT_SENT',
                message: `Not sent: the run stopped (${stop?.code ?? 'stopped'}: ${stop?.message ?? ''}). Fix that, then re-run with --resume.`
            },
            'NOT_SENT'
        );
    /** Lifecycle rows name their action on every row, also those the CLI itself fills (lookup errors, not sent). */
    const stamp = (result: ResultRow): ResultRow =>
        operation.action
            ? { ...result, action: result.action || operation.action, errorFix: result.errorFix ?? '' }
            : result;
    const record = (result: ResultRow): void => {
        results.set(result.row, stamp(result));
    };

    /** Retries `call` on transient errors; returns its value or the classified final error. */
    const withRetry = async <T>(
        chunkIndex: number,
        rowCount: number,
        call: () => Promise<T>
    ): Promise<{ ok: true; value: T } | { ok: false; error: ClassifiedError; attempts: number }> => {
        for (let attempt = 0; ; attempt++) {
            try {
                return { ok: true, value: await call() };
            } catch (thrown) {
                const error = classifyError(thrown);
                if (error.kind !== 'transient' || attempt >= settings.retry.maxRetries || stop) {
                    return { ok: false, error, attempts: attempt + 1 };
                }
                const delayMs = backoffDelay(attempt + 1, settings.retry, random);
                stats.retries++;
                events.onRetry?.({
                    chunk: chunkIndex + 1,
                    retry: attempt + 1,
                    code: error.code,
                    delayMs,
                    rows: rowCount
                });
                await sleep(delayMs, stopController.signal);
                const stopped = currentStop();
                if (stopped) {
                    return { ok: false, error: { kind: 'stop', ...stopped }, attempts: attempt + 1 };
                }
            }
        }
    };

    /**
     * Runs one lookup query of a chunk (with retries). On failure it records the lookup rows' error and returns no
     * records; a stop marks the whole chunk not sent.
     */
    const lookup = async <T extends Record<string, unknown>>(
        chunkIndex: number,
        chunkRows: StudentRow[],
        lookupRows: StudentRow[],
        queries: readonly string[],
        failure: (error: ClassifiedError, attempts: number) => { code: string; field: string; message: string }
    ): Promise<{ records: T[]; stopped: boolean }> => {
        const answer = await withRetry(chunkIndex, lookupRows.length, async () => {
            // Several queries when one would make the URL too long (soql.ts, QUERY_URL_BYTES).
            const records: T[] = [];
            for (const soql of queries) {
                stats.queryCalls++;
                records.push(...(await api.queryAll<T>(soql)));
            }
            return records;
        });
        if (answer.ok) {
            return { records: answer.value, stopped: false };
        }
        if (answer.error.kind === 'stop') {
            requestStop(answer.error.code, answer.error.message);
            chunkRows.forEach((row) => record(notSent(row, row.contactId ?? '')));
            return { records: [], stopped: true };
        }
        for (const row of lookupRows) {
            record(errorResult(row.row, '', row.emailAsWritten ?? '', failure(answer.error, answer.attempts)));
        }
        return { records: [], stopped: false };
    };

    /**
     * Resolves the chunk's email rows and person account rows with one query each (when it has any); returns the
     * rows to send.
     */
    const resolveChunk = async (chunkIndex: number, chunkRows: StudentRow[]): Promise<Pending[]> => {
        const toSend: Pending[] = [];
        const emailRows = chunkRows.filter((row) => !row.contactId && !row.accountId && row.email);
        const accountRows = chunkRows.filter((row) => !row.contactId && row.accountId);
        let byEmail = new Map<string, string[]>();
        let byAccount = new Map<string, AccountRecord>();
        if (emailRows.length > 0) {
            const emails = [...new Set(emailRows.map((row) => row.email as string))];
            const answer = await lookup<EmailRecord>(
                chunkIndex,
                chunkRows,
                emailRows,
                emailLookupQueries(emails),
                (error, attempts) => ({
                    code: error.code,
                    field: 'email',
                    message: `Could not look up the email (${attempts} attempt(s)): ${error.message}`
                })
            );
            if (answer.stopped) {
                return [];
            }
            byEmail = groupContactsByEmail(answer.records);
        }
        if (accountRows.length > 0) {
            const accountIds = [...new Set(accountRows.map((row) => row.accountId as string))];
            const answer = await lookup<AccountRecord>(
                chunkIndex,
                chunkRows,
                accountRows,
                personAccountLookupQueries(accountIds),
                accountLookupFailure
            );
            if (answer.stopped) {
                return [];
            }
            byAccount = new Map(answer.records.map((account) => [account.Id, account]));
        }
        for (const row of chunkRows) {
            if (results.has(row.row)) {
                continue;
            }
            const email = row.emailAsWritten ?? '';
            let contactId = row.contactId;
            if (!contactId) {
                const found = row.accountId
                    ? personContactOf(row.accountId, byAccount.get(row.accountId))
                    : contactOfEmail(email, byEmail.get(row.email ?? '') ?? []);
                if ('error' in found) {
                    record(errorResult(row.row, '', email, found.error));
                    continue;
                }
                contactId = found.contactId;
                const owner = claimed.get(contactId);
                if (owner !== undefined && owner !== row.row) {
                    record(
                        errorResult(row.row, contactId, email, {
                            code: 'DUPLICATE_IN_BATCH',
                            field: 'contactId',
                            message: `${row.accountId ? `The account ${row.accountId}` : `The email ${email}`} belongs to contact ${contactId}, which line ${owner} already names: remove one of the rows.`
                        })
                    );
                    continue;
                }
                claimed.set(contactId, row.row);
            }
            toSend.push({ row, contactId, input: inputOf(row, contactId) });
        }
        return toSend;
    };

    const failRow = (item: Pending, code: string, message: string): void =>
        record(errorResult(item.row.row, item.contactId, item.row.emailAsWritten ?? '', { code, message }));

    /**
     * Sends the chunk; retries only the inputs that failed transiently; sends halves when an Apex governor limit
     * ended the transaction; never resends a call whose outcome is unknown when the action is not safe to resend.
     */
    const sendChunk = async (chunkIndex: number, initial: Pending[]): Promise<void> => {
        let pending = initial;
        for (let attempt = 0; pending.length > 0; attempt++) {
            if (stop) {
                pending.forEach((item) => record(notSent(item.row, item.contactId)));
                return;
            }
            let actionResults: ActionResult[] | undefined;
            let requestError: ClassifiedError | undefined;
            try {
                stats.actionCalls++;
                actionResults = await api.invokeAction(
                    pending.map((item) => item.input),
                    operation.actionName
                );
            } catch (thrown) {
                actionResults = resultsInError(thrown);
                requestError = actionResults ? undefined : classifyError(thrown);
            }
            if (requestError?.kind === 'stop') {
                requestStop(requestError.code, requestError.message);
                pending.forEach((item) => record(notSent(item.row, item.contactId)));
                return;
            }
            if (requestError?.kind === 'limit') {
                await sendHalves(chunkIndex, pending, requestError.message);
                return;
            }
            if (requestError?.kind === 'fail') {
                pending.forEach((item) =>
                    failRow(item, requestError.code, `The action call failed: ${requestError.message}`)
                );
                return;
            }
            if (requestError && !operation.resendable && mayHaveRun(requestError.code)) {
                pending.forEach((item) => failRow(item, OUTCOME_UNKNOWN, outcomeUnknownMessage(requestError)));
                return;
            }
            const retryable: { item: Pending; code: string; message: string }[] = [];
            const limited: { item: Pending; message: string }[] = [];
            pending.forEach((item, index) => {
                if (requestError) {
                    retryable.push({ item, code: requestError.code, message: requestError.message });
                    return;
                }
                const result = actionResults?.[index];
                const output = result?.outputValues;
                // An uncaught Apex exception: every input carries it in `errors` (UNKNOWN_EXCEPTION, HTTP 400).
                // A per-student failure the service caught: `outputValues` with status FAILED and its code.
                const failure =
                    result && !result.isSuccess && result.errors?.[0]
                        ? { code: result.errors[0].statusCode, message: result.errors[0].message }
                        : result?.isSuccess && output?.status === 'FAILED'
                          ? { code: output.errorCode ?? '', message: output.message ?? '' }
                          : undefined;
                const kind = failure ? inputErrorKind(failure.code, failure.message) : 'fail';
                if (failure && kind === 'transient') {
                    retryable.push({
                        item,
                        code: inputErrorCode(failure.code, failure.message),
                        message: failure.message
                    });
                } else if (failure && kind === 'limit') {
                    limited.push({ item, message: failure.message });
                } else {
                    record(toResultRow(item.row, item.contactId, result, operation));
                }
            });
            if (limited.length > 0) {
                // A limit ends the whole transaction: every input carries it. Anything else is not this Apex.
                await sendHalves(
                    chunkIndex,
                    limited.map(({ item }) => item),
                    limited[0].message
                );
            }
            if (retryable.length === 0) {
                return;
            }
            if (attempt >= settings.retry.maxRetries) {
                retryable.forEach(({ item, code, message }) =>
                    failRow(
                        item,
                        code,
                        `Gave up after ${attempt + 1} attempts (${code}): ${message}. Re-run with --resume to try again.`
                    )
                );
                return;
            }
            const delayMs = backoffDelay(attempt + 1, settings.retry, random);
            stats.retries++;
            events.onRetry?.({
                chunk: chunkIndex + 1,
                retry: attempt + 1,
                code: retryable[0].code,
                delayMs,
                rows: retryable.length
            });
            await sleep(delayMs, stopController.signal);
            pending = retryable.map(({ item }) => item);
        }
    };

    /** An Apex governor limit ended the call: the chunk is too big. Sends each half; one student alone fails. */
    const sendHalves = async (chunkIndex: number, items: Pending[], message: string): Promise<void> => {
        if (items.length === 1) {
            failRow(
                items[0],
                'APEX_LIMIT',
                `An Apex governor limit ended the call even for this student alone: ${message}`
            );
            return;
        }
        const half = Math.ceil(items.length / 2);
        stats.splits++;
        await sendChunk(chunkIndex, items.slice(0, half));
        await sendChunk(chunkIndex, items.slice(half));
    };

    await runPool(
        chunks,
        settings.concurrency,
        async (chunkRows, chunkIndex) => {
            const toSend = await resolveChunk(chunkIndex, chunkRows);
            await sendChunk(chunkIndex, toSend);
            events.onChunkResults?.(
                chunkRows.flatMap((row) => {
                    const result = results.get(row.row);
                    return result ? [result] : [];
                })
            );
            chunksDone++;
            rowsDone += chunkRows.length;
            failed += chunkRows.filter((row) => results.get(row.row)?.status === 'FAILED').length;
            events.onProgress?.({ rowsDone, rowsTotal: rows.length, failed, chunksDone, chunksTotal: chunks.length });
        },
        () => !stop
    );
    settings.signal?.removeEventListener('abort', onExternalAbort);

    const ordered = rows.map((row) => results.get(row.row) ?? stamp(notSent(row, row.contactId ?? '')));
    return { results: ordered, stop, stats };
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
