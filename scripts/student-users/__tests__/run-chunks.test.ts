/** runChunks in-process over a stub API: request-level limits, stops before and between attempts. */
import type { ActionResult, AnyActionInput } from '../action';
import type { SalesforceApi } from '../salesforce-api';
import type { RunSettings } from '../run-chunks';
import { runChunks } from '../run-chunks';
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
});
