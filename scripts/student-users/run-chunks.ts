/**
 * The run: chunks of students, each chunk's emails resolved with one query, one action call per chunk (plus
 * retries of what failed transiently), bounded concurrency, and a clean stop on auth/limit errors.
 */
import type { ActionResult, AnyActionInput } from './action';
import { resultsInError, toActionInput, toLifecycleInput, toResultRow } from './action';
import type { ClassifiedError } from './errors';
import { classifyError, isTransientCode } from './errors';
import type { Operation } from './operations';
import { ENABLE } from './operations';
import { chunk, runPool } from './pool';
import type { ResultRow } from './results-format';
import { errorResult } from './results-format';
import type { RetryPolicy } from './retry';
import { backoffDelay, sleep } from './retry';
import type { SalesforceApi } from './salesforce-api';
import { emailLookupQuery, personAccountLookupQuery } from './soql';
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
    const stats: RunStats = { actionCalls: 0, queryCalls: 0, retries: 0 };
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
        soql: string,
        failure: (error: ClassifiedError, attempts: number) => { code: string; field: string; message: string }
    ): Promise<{ records: T[]; stopped: boolean }> => {
        const answer = await withRetry(chunkIndex, lookupRows.length, () => {
            stats.queryCalls++;
            return api.queryAll<T>(soql);
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
                emailLookupQuery(emails),
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
                personAccountLookupQuery(accountIds),
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

    /** Sends the chunk; retries only the inputs that failed transiently. */
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
            if (requestError?.kind === 'fail') {
                pending.forEach((item) =>
                    record(
                        errorResult(item.row.row, item.contactId, item.row.emailAsWritten ?? '', {
                            code: requestError.code,
                            message: `The action call failed: ${requestError.message}`
                        })
                    )
                );
                return;
            }
            const retryable: { item: Pending; code: string; message: string }[] = [];
            pending.forEach((item, index) => {
                if (requestError) {
                    retryable.push({ item, code: requestError.code, message: requestError.message });
                    return;
                }
                const result = actionResults?.[index];
                const firstError = result?.errors?.[0];
                const output = result?.outputValues;
                if (
                    result &&
                    !result.isSuccess &&
                    firstError &&
                    isTransientCode(firstError.statusCode, firstError.message)
                ) {
                    retryable.push({
                        item,
                        code: transientCode(firstError.statusCode, firstError.message),
                        message: firstError.message
                    });
                } else if (
                    result?.isSuccess &&
                    output?.status === 'FAILED' &&
                    isTransientCode(output.errorCode ?? '', output.message)
                ) {
                    retryable.push({
                        item,
                        code: transientCode(output.errorCode ?? '', output.message),
                        message: output.message ?? ''
                    });
                } else {
                    record(toResultRow(item.row, item.contactId, result, operation));
                }
            });
            if (retryable.length === 0) {
                return;
            }
            if (attempt >= settings.retry.maxRetries) {
                retryable.forEach(({ item, code, message }) =>
                    record(
                        errorResult(item.row.row, item.contactId, item.row.emailAsWritten ?? '', {
                            code,
                            message: `Gave up after ${attempt + 1} attempts (${code}): ${message}. Re-run with --resume to try again.`
                        })
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

function transientCode(code: string, message: string | null | undefined): string {
    return message?.includes('UNABLE_TO_LOCK_ROW') ? 'UNABLE_TO_LOCK_ROW' : code;
}
