/**
 * runChunks in-process over a stub API: request-level limits, stops before and between attempts, per-input failures,
 * retries in halves, calls whose outcome is unknown, and what the events report.
 */
import { getEventListeners } from 'node:events';
import type { ActionResult, AnyActionInput } from '../action';
import { LIFECYCLE_OPERATIONS } from '../operations';
import type { SalesforceApi } from '../salesforce-api';
import type { ProgressEvent, RetryEvent, RunSettings } from '../run-chunks';
import { mayHaveRun, runChunks } from '../run-chunks';
import type { ResultRow } from '../results-format';
import type { StudentRow } from '../student-rows';
import { apiError } from '../testing/api-error';

const rows: StudentRow[] = [2, 3, 4, 5].map((row) => ({ row, contactId: `003${row}`, overrides: {} }));

const created = (input: AnyActionInput): ActionResult => ({
    actionName: 'EnableStudentUsersAction',
    errors: null,
    isSuccess: true,
    outputValues: { contactId: input.contactId, status: 'CREATED' }
});

/** An API whose action answers `answer` (results, or an error it rejects with) for each call; input sizes are kept. */
function stubApi(answer: (inputs: readonly AnyActionInput[], call: number) => ActionResult[] | Error): {
    api: SalesforceApi;
    calls: number[];
} {
    const calls: number[] = [];
    const api: SalesforceApi = {
        queryAll: () => Promise.reject(new Error('no queries here')),
        readSharingSettings: () => Promise.resolve(undefined),
        invokeAction: (inputs) => {
            calls.push(inputs.length);
            const result = answer(inputs, calls.length);
            return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
        }
    };
    return { api, calls };
}

/** The columns a row has blank unless the org filled them. */
const blank = { userId: '', username: '', ownerRoleAssigned: false, ownerName: '', ownerRoleName: '', errorField: '' };

const settings = (extra: Partial<RunSettings> = {}): RunSettings => ({
    defaults: {},
    dryRun: false,
    chunkSize: 4,
    concurrency: 1,
    retry: { maxRetries: 2, baseDelayMs: 0, maxDelayMs: 0 },
    random: () => 0,
    ...extra
});

describe('runChunks', () => {
    it('sends a chunk again as halves when the whole call died of an Apex governor limit', async () => {
        const { api, calls } = stubApi((inputs, call) => {
            if (call === 1) return apiError('APEX_ERROR', 'System.LimitException: Apex CPU time limit exceeded');
            return inputs.map(created);
        });
        const outcome = await runChunks(api, rows, settings());
        expect(calls).toEqual([4, 2, 2]);
        expect(outcome.results.map((result) => result.status)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
        expect(outcome.stats).toEqual({ actionCalls: 3, queryCalls: 0, retries: 0, splits: 1 });
        expect(outcome.stop).toBeUndefined();
    });

    it('sends nothing when interrupted before it starts', async () => {
        const controller = new AbortController();
        controller.abort();
        const { api, calls } = stubApi((inputs) => inputs.map(created));
        const outcome = await runChunks(api, rows, settings({ signal: controller.signal }));
        expect(calls).toEqual([]);
        expect(outcome.stop).toEqual({ code: 'INTERRUPTED', message: 'the run was interrupted' });
        expect(outcome.results[0]).toMatchObject({
            row: 2,
            contactId: '0032',
            status: 'NOT_SENT',
            errorCode: 'INTERRUPTED',
            message:
                'Not sent: the run stopped (INTERRUPTED: the run was interrupted). Fix that, then re-run with --resume.'
        });
        expect(outcome.results.every((result) => result.status === 'NOT_SENT')).toBe(true);
    });

    it('does not send a retry once interrupted during the wait', async () => {
        const controller = new AbortController();
        const { api, calls } = stubApi(() => {
            controller.abort();
            return apiError('SERVER_UNAVAILABLE', 'down');
        });
        const retried: number[] = [];
        const outcome = await runChunks(api, rows, settings({ signal: controller.signal }), {
            onRetry: (event) => retried.push(event.retry)
        });
        expect(calls).toEqual([4]);
        expect(retried).toEqual([1]);
        expect(outcome.stop?.code).toBe('INTERRUPTED');
        expect(outcome.results.map((result) => [result.status, result.errorCode])).toEqual(
            rows.map(() => ['NOT_SENT', 'INTERRUPTED'])
        );
    });

    it('reports the rows of a chunk stopped during its wait as not sent, and leaves no listener on the signal', async () => {
        const controller = new AbortController();
        const { api } = stubApi(() => {
            controller.abort();
            return apiError('SERVER_UNAVAILABLE', 'down');
        });
        const chunks: ResultRow[][] = [];
        await runChunks(api, rows, settings({ signal: controller.signal }), {
            onChunkResults: (results) => chunks.push(results)
        });
        expect(chunks.map((results) => results.map((result) => [result.row, result.status]))).toEqual([
            [
                [2, 'NOT_SENT'],
                [3, 'NOT_SENT'],
                [4, 'NOT_SENT'],
                [5, 'NOT_SENT']
            ]
        ]);
        const kept = new AbortController();
        await runChunks(stubApi((inputs) => inputs.map(created)).api, rows, settings({ signal: kept.signal }));
        expect(getEventListeners(kept.signal, 'abort')).toHaveLength(0);
    });

    it('stops on an expired session: the chunk is not sent, later chunks are not started, the first stop wins', async () => {
        const students: StudentRow[] = [
            { row: 2, email: 'a@u.edu', emailAsWritten: 'A@u.edu', overrides: {} },
            { row: 3, contactId: '0033', overrides: {} }
        ];
        const { api, calls } = stubApi(() => apiError('INVALID_SESSION_ID', 'Session expired'));
        const chunks: number[][] = [];
        const progress: ProgressEvent[] = [];
        const outcome = await runChunks(api, [...students, ...rows.slice(2)], settings({ chunkSize: 1 }), {
            onChunkResults: (results) => chunks.push(results.map((result) => result.row)),
            onProgress: (event) => progress.push(event)
        });
        expect(calls).toEqual([1]);
        expect(chunks).toEqual([[2]]);
        expect(progress).toEqual([{ rowsDone: 1, rowsTotal: 4, failed: 0, chunksDone: 1, chunksTotal: 4 }]);
        expect(outcome.stats).toEqual({ actionCalls: 1, queryCalls: 0, retries: 0, splits: 0 });
        const notSent = {
            status: 'NOT_SENT',
            errorCode: 'INVALID_SESSION_ID',
            message:
                'Not sent: the run stopped (INVALID_SESSION_ID: Session expired). Fix that, then re-run with --resume.'
        };
        expect(outcome.results.slice(0, 2)).toEqual([
            { ...notSent, row: 2, contactId: '', email: 'A@u.edu', ...blank },
            { ...notSent, row: 3, contactId: '0033', email: '', ...blank }
        ]);

        const two = stubApi((_, call) =>
            call === 1 ? apiError('INVALID_SESSION_ID', 'first') : apiError('REQUEST_LIMIT_EXCEEDED', 'second')
        );
        const both = await runChunks(two.api, rows, settings({ chunkSize: 2, concurrency: 2 }));
        expect(two.calls).toEqual([2, 2]);
        expect(both.stop).toEqual({ code: 'INVALID_SESSION_ID', message: 'first' });
        expect(both.results.map((result) => result.errorCode)).toEqual(rows.map(() => 'INVALID_SESSION_ID'));
    });

    it('fails or retries each input by its own answer, and counts the failures in the progress', async () => {
        const answers: Record<string, (input: AnyActionInput, call: number) => ActionResult> = {
            '0032': (input) => created(input),
            // An input the service refused: its error, not retried.
            '0033': () => ({
                actionName: 'EnableStudentUsersAction',
                isSuccess: false,
                errors: [{ statusCode: 'NO_ACCESS', message: 'no access', fields: ['Email'] }],
                outputValues: null
            }),
            // A failure without any error: the row says so.
            '0034': () => ({
                actionName: 'EnableStudentUsersAction',
                isSuccess: false,
                errors: null,
                outputValues: null
            }),
            // A row lock reported per student as FAILED: retried once, then created.
            '0035': (input, call) =>
                call === 1
                    ? {
                          actionName: 'EnableStudentUsersAction',
                          isSuccess: true,
                          errors: null,
                          outputValues: {
                              contactId: input.contactId,
                              status: 'FAILED',
                              errorCode: 'UNABLE_TO_LOCK_ROW'
                          }
                      }
                    : created(input)
        };
        const { api, calls } = stubApi((inputs, call) =>
            inputs.map((input) => answers[input.contactId ?? ''](input, call))
        );
        const retries: RetryEvent[] = [];
        const progress: ProgressEvent[] = [];
        const outcome = await runChunks(api, rows, settings(), {
            onRetry: (event) => retries.push(event),
            onProgress: (event) => progress.push(event)
        });
        expect(calls).toEqual([4, 1]);
        expect(retries).toEqual([{ chunk: 1, retry: 1, code: 'UNABLE_TO_LOCK_ROW', delayMs: 0, rows: 1 }]);
        expect(outcome.results.map((result) => [result.status, result.errorCode, result.errorField])).toEqual([
            ['CREATED', '', ''],
            ['FAILED', 'NO_ACCESS', 'Email'],
            ['FAILED', 'ACTION_ERROR', ''],
            ['CREATED', '', '']
        ]);
        expect(progress).toEqual([{ rowsDone: 4, rowsTotal: 4, failed: 2, chunksDone: 1, chunksTotal: 1 }]);
        expect(outcome.stats).toEqual({ actionCalls: 2, queryCalls: 0, retries: 1, splits: 0 });
    });

    it('fails an input the action returned no result for, and a FAILED one without a code as it came', async () => {
        const { api } = stubApi((inputs) => [
            {
                actionName: 'EnableStudentUsersAction',
                isSuccess: true,
                errors: null,
                outputValues: { contactId: inputs[0].contactId, status: 'FAILED', message: 'no code' }
            }
        ]);
        const outcome = await runChunks(api, rows.slice(0, 2), settings());
        expect(outcome.results.map((result) => [result.status, result.errorCode, result.message])).toEqual([
            ['FAILED', '', 'no code'],
            ['FAILED', 'NO_RESULT', 'The action returned fewer results than inputs; re-run this row.']
        ]);
    });

    it('retries row locks in halves (one student alone is not halved), and gives up after --max-retries', async () => {
        const { api, calls } = stubApi(() => apiError('UNABLE_TO_LOCK_ROW', 'locked'));
        const outcome = await runChunks(
            api,
            rows,
            settings({ retry: { maxRetries: 2, baseDelayMs: 0, maxDelayMs: 0 } })
        );
        // 4, then two halves of 2, then each half in two single students: 3 attempts per student.
        expect(calls).toEqual([4, 2, 1, 1, 2, 1, 1]);
        expect(outcome.stats).toEqual({ actionCalls: 7, queryCalls: 0, retries: 3, splits: 3 });
        expect(outcome.results[0]).toMatchObject({
            status: 'FAILED',
            errorCode: 'UNABLE_TO_LOCK_ROW',
            message: 'Gave up after 3 attempts (UNABLE_TO_LOCK_ROW): locked. Re-run with --resume to try again.'
        });

        const single = stubApi(() => apiError('UNABLE_TO_LOCK_ROW', 'locked'));
        const alone = await runChunks(single.api, rows.slice(0, 1), settings());
        expect(single.calls).toEqual([1, 1, 1]);
        expect(alone.stats.splits).toBe(0);
    });

    it('fails a student alone over an Apex governor limit, after halving', async () => {
        const { api, calls } = stubApi((inputs) =>
            inputs.length > 1 || inputs[0].contactId === '0032'
                ? apiError('APEX_ERROR', 'System.LimitException: Too many SOQL queries: 101')
                : inputs.map(created)
        );
        const outcome = await runChunks(api, rows.slice(0, 2), settings());
        expect(calls).toEqual([2, 1, 1]);
        expect(outcome.results.map((result) => [result.status, result.errorCode, result.message])).toEqual([
            [
                'FAILED',
                'APEX_LIMIT',
                'An Apex governor limit ended the call even for this student alone: System.LimitException: Too many SOQL queries: 101'
            ],
            ['CREATED', '', '']
        ]);
    });

    it('fails the rows of a call that failed for good, naming the action on lifecycle rows', async () => {
        const deactivate = LIFECYCLE_OPERATIONS.find((operation) => operation.command === 'deactivate');
        const { api } = stubApi(() => apiError('INVALID_TYPE', 'bad type'));
        const outcome = await runChunks(api, rows.slice(0, 1), settings({ operation: deactivate }));
        expect(outcome.results).toEqual([
            {
                ...blank,
                row: 2,
                contactId: '0032',
                email: '',
                status: 'FAILED',
                errorCode: 'INVALID_TYPE',
                message: 'The action call failed: bad type',
                action: 'DEACTIVATE',
                errorFix: ''
            }
        ]);
    });

    it('does not resend a timed-out call of an action not safe to send twice: the outcome is unknown', async () => {
        const sendLink = LIFECYCLE_OPERATIONS.find((operation) => operation.command === 'send-login-link');
        const timedOut = stubApi(() => apiError('ERROR_HTTP_504', 'gateway'));
        const outcome = await runChunks(timedOut.api, rows.slice(0, 1), settings({ operation: sendLink }));
        expect(timedOut.calls).toEqual([1]);
        expect(outcome.results[0]).toMatchObject({
            status: 'FAILED',
            errorCode: 'OUTCOME_UNKNOWN',
            action: 'SEND_LOGIN_LINK',
            message:
                'The call failed after it was sent (ERROR_HTTP_504: gateway); Salesforce may still have done it (an ' +
                'Apex transaction runs for up to 10 minutes). Not resent, because sending it twice is not safe for ' +
                'this action: check the run in the Student User Runs tab (or the user) first; --resume does not ' +
                'resend this row.'
        });
        // A refused call never ran: it is retried (and, without a retry listener, quietly).
        const refused = stubApi((inputs, call) =>
            call === 1
                ? apiError('ERROR_HTTP_503', 'busy')
                : inputs.map((input) => ({ ...created(input), outputValues: { status: 'LOGIN_LINK_SENT' } }))
        );
        const retried = await runChunks(refused.api, rows.slice(0, 1), settings({ operation: sendLink }));
        expect(refused.calls).toEqual([1, 1]);
        expect(retried.results[0].status).toBe('LOGIN_LINK_SENT');
    });

    it('waits with the jitter source it is given', async () => {
        jest.useFakeTimers();
        try {
            const { api } = stubApi((inputs, call) =>
                call === 1 ? apiError('SERVER_UNAVAILABLE', 'down') : inputs.map(created)
            );
            const delays: number[] = [];
            const running = runChunks(
                api,
                rows.slice(0, 1),
                settings({ random: () => 1, retry: { maxRetries: 1, baseDelayMs: 1000, maxDelayMs: 1000 } }),
                { onRetry: (event) => delays.push(event.delayMs) }
            );
            await jest.runAllTimersAsync();
            await running;
            expect(delays).toEqual([1000]);
        } finally {
            jest.useRealTimers();
        }
    });
});

describe('mayHaveRun', () => {
    it.each([
        'TIMEOUT',
        'ECONNRESET',
        'EPIPE',
        'UND_ERR_SOCKET',
        'ESOCKETTIMEDOUT',
        'ETIMEDOUT',
        'ERROR_HTTP_502',
        'ERROR_HTTP_504'
    ])('says a call that ended with %s may have run', (code) => {
        expect(mayHaveRun(code)).toBe(true);
    });

    it.each(['ECONNREFUSED', 'ERROR_HTTP_503', 'ERROR_HTTP_500', 'X_ERROR_HTTP_502', 'ERROR_HTTP_5021', ''])(
        'says a call refused with "%s" never ran',
        (code) => {
            expect(mayHaveRun(code)).toBe(false);
        }
    );
});
