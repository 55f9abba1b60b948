/** The in-org run's start call and follow loop in-process, over a stub API (refusals, read errors, missing runs). */
import type { ActionResult } from '../action';
import type { RunRecord } from '../in-org-run';
import { followRun, startRun, storedEnableOptions } from '../in-org-run';
import type { SalesforceApi } from '../salesforce-api';
import { apiError } from '../testing/api-error';

const record = (status: string, extra: Partial<RunRecord> = {}): RunRecord => ({
    Id: 'a0X000000000001AAA',
    Name: 'SUR-00000001',
    Action__c: 'ENABLE',
    Status__c: status,
    Dry_Run__c: false,
    Student_Count__c: 2,
    Succeeded__c: 0,
    Failed__c: 0,
    Skipped__c: 0,
    Chunk_Size__c: 200,
    Jobs__c: 1,
    Reenqueues__c: 0,
    Started_At__c: null,
    Finished_At__c: null,
    Last_Error__c: null,
    ...extra
});

/** Each query answers with the next of `reads` (records, or an error to reject with). */
function readsApi(reads: (RunRecord[] | Error)[]): SalesforceApi {
    return {
        queryAll: <T extends Record<string, unknown>>() => {
            const next = reads.shift() ?? new Error('no more reads');
            return next instanceof Error ? Promise.reject(next) : Promise.resolve(next as unknown as T[]);
        },
        invokeAction: () => Promise.reject(new Error('no action here')),
        readSharingSettings: () => Promise.resolve(undefined)
    };
}

function actionApi(answer: ActionResult[] | Error): SalesforceApi {
    return {
        queryAll: () => Promise.reject(new Error('no query here')),
        invokeAction: () => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)),
        readSharingSettings: () => Promise.resolve(undefined)
    };
}

describe('startRun', () => {
    it('reads the refusal inside an HTTP 400, and throws a real request error as it came', async () => {
        const refused: ActionResult[] = [
            {
                actionName: 'StartStudentUserRunAction',
                errors: [{ statusCode: 'INSUFFICIENT_ACCESS', message: 'no permission' }],
                isSuccess: false,
                outputValues: null
            }
        ];
        await expect(
            startRun(actionApi(Object.assign(apiError('MULTIPLE_API_ERRORS'), { data: refused })), {})
        ).resolves.toEqual({ ok: false, code: 'INSUFFICIENT_ACCESS', message: 'no permission', unresolved: [] });
        const thrown = apiError('INVALID_SESSION_ID', 'expired');
        await expect(startRun(actionApi(thrown), {})).rejects.toBe(thrown);
    });

    it('says when the action answered without a result, or without a run', async () => {
        await expect(startRun(actionApi([]), {})).resolves.toEqual({
            ok: false,
            code: 'NO_RESULT',
            message: 'the action answered without a result',
            unresolved: []
        });
        await expect(
            startRun(actionApi([{ actionName: 'S', errors: null, isSuccess: true, outputValues: {} }]), {})
        ).resolves.toEqual({ ok: false, code: 'RUN_NOT_STARTED', message: 'the run was not started', unresolved: [] });
    });
});

describe('followRun', () => {
    const settings = { pollMs: 0, maxReadErrors: 2 };

    it('waits out transient read errors, and reports every state until the run is finished', async () => {
        const seen: string[] = [];
        const unavailable = apiError('SERVER_UNAVAILABLE');
        const api = readsApi([
            [record('RUNNING')],
            unavailable,
            unavailable,
            [record('RUNNING')],
            unavailable,
            [record('COMPLETED')]
        ]);
        const last = await followRun(api, 'a0X', { ...settings, onUpdate: (run) => seen.push(run.Status__c) });
        expect(last.Status__c).toBe('COMPLETED');
        // A failed read shows the last state read again.
        expect(seen).toEqual(['RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'COMPLETED']);
    });

    it('gives up after too many transient read errors in a row, and at once on any other', async () => {
        const unavailable = apiError('SERVER_UNAVAILABLE');
        await expect(
            followRun(readsApi([[record('RUNNING')], unavailable, unavailable, unavailable]), 'a0X', settings)
        ).rejects.toBe(unavailable);
        const denied = apiError('INSUFFICIENT_ACCESS');
        await expect(followRun(readsApi([denied]), 'a0X', settings)).rejects.toBe(denied);
    });

    it('says when there is no such run, and stops following when aborted', async () => {
        await expect(followRun(readsApi([[]]), 'a0Xmissing', settings)).rejects.toThrow(
            'no run a0Xmissing (or you cannot see it)'
        );
        const controller = new AbortController();
        controller.abort();
        const last = await followRun(readsApi([[record('RUNNING')]]), 'a0X', {
            ...settings,
            signal: controller.signal
        });
        expect(last.Status__c).toBe('RUNNING');
    });
});

describe('storedEnableOptions', () => {
    it('reads the JSON object, and nothing from a blank, a non-object or broken JSON', () => {
        expect(storedEnableOptions(record('COMPLETED', { Enable_Options__c: '{"licenseKey":"X"}' }))).toEqual({
            licenseKey: 'X'
        });
        for (const text of [null, '', 'null', '42', '{broken']) {
            expect(storedEnableOptions(record('COMPLETED', { Enable_Options__c: text }))).toBeNull();
        }
    });
});
