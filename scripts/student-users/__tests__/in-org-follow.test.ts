/**
 * The in-org run in-process, over a stub API: the start input and call (refusals, partial answers), the follow loop
 * (read errors, missing runs), the run's counts, and the results rows read from its items.
 */
import type { ActionOutput, ActionResult } from '../action';
import type { RunItemRecord, RunRecord } from '../in-org-run';
import { followRun, runProgress, runQuery, runResults, startInput, startRun, storedEnableOptions } from '../in-org-run';
import { ENABLE, LIFECYCLE_OPERATIONS } from '../operations';
import { blankResult } from '../results-format';
import type { SalesforceApi } from '../salesforce-api';
import { apiError } from '../testing/api-error';
import { runItem as item, runRecord } from '../testing/in-org-records';

const record = (status: string, extra: Partial<RunRecord> = {}): RunRecord =>
    runRecord({ Status__c: status, ...extra });

/** Each query answers with the next of `reads` (run or item records, or an error to reject with). */
function readsApi(reads: (RunRecord[] | RunItemRecord[] | Error)[]): SalesforceApi {
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
        await expect(
            startRun(actionApi([{ actionName: 'S', errors: null, isSuccess: false, outputValues: null }]), {})
        ).resolves.toMatchObject({ ok: false, code: 'NO_RESULT' });
    });

    it('reads a started run whose answer lacks its name, status and the codes of the unresolved entries as blanks', async () => {
        const answer = { runId: 'a0X000000000001AAA', unresolvedEntries: ['x@uni.example'] } as ActionOutput;
        await expect(
            startRun(actionApi([{ actionName: 'S', errors: null, isSuccess: true, outputValues: answer }]), {})
        ).resolves.toEqual({
            ok: true,
            runId: 'a0X000000000001AAA',
            runName: '',
            status: '',
            unresolved: [{ entry: 'x@uni.example', code: '', message: '' }]
        });
    });
});

describe('startInput', () => {
    const rows = [
        { row: 2, contactId: '003A', accountId: '001A', email: 'a@uni.example', overrides: {} },
        { row: 3, accountId: '001B', email: 'b@uni.example', overrides: {} },
        { row: 4, email: 'c@uni.example', overrides: {} },
        { row: 5, overrides: {} }
    ];
    const defaults = { licenseKey: 'PID_Customer_Community_Plus' as const, timeZoneSidKey: 'Europe/Paris' };

    it('names each student once, by Contact ID, else Account ID, else email; an ENABLE run sends its options', () => {
        expect(startInput(ENABLE, rows, true, false, defaults)).toEqual({
            action: 'ENABLE',
            contactIds: ['003A'],
            accountIds: ['001B'],
            emails: ['c@uni.example'],
            dryRun: true,
            confirmDisable: false,
            licenseKey: 'PID_Customer_Community_Plus',
            timeZoneSidKey: 'Europe/Paris'
        });
    });

    it('a lifecycle run sends its action and no enable options', () => {
        expect(startInput(LIFECYCLE_OPERATIONS[0], rows.slice(0, 1), false, true, defaults)).toEqual({
            action: 'DEACTIVATE',
            contactIds: ['003A'],
            accountIds: [],
            emails: [],
            dryRun: false,
            confirmDisable: true
        });
    });
});

describe('runQuery', () => {
    it('selects every field of the run record the CLI reads (a field not selected is absent from the answer)', () => {
        const soql = runQuery('a0X000000000001AAA');
        const selected = /^SELECT (.+) FROM Student_User_Run__c WHERE Id = 'a0X000000000001AAA'$/.exec(soql)?.[1];
        expect(selected?.split(', ').sort()).toEqual(Object.keys(runRecord({ Enable_Options__c: null })).sort());
    });
});

describe('runProgress', () => {
    it("counts a run's done students from its own counts, and an unset count as 0", () => {
        expect(
            runProgress(record('RUNNING', { Student_Count__c: 10, Succeeded__c: 3, Failed__c: 2, Skipped__c: 1 }))
        ).toEqual({ total: 10, succeeded: 3, failed: 2, skipped: 1, done: 6 });
        expect(
            runProgress(
                record('QUEUED', { Student_Count__c: null, Succeeded__c: null, Failed__c: null, Skipped__c: null })
            )
        ).toEqual({ total: 0, succeeded: 0, failed: 0, skipped: 0, done: 0 });
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

    it('waits out a transient error on the first read too, before any record was read', async () => {
        const api = readsApi([apiError('SERVER_UNAVAILABLE'), [record('COMPLETED')]]);
        await expect(followRun(api, 'a0X', settings)).resolves.toMatchObject({ Status__c: 'COMPLETED' });
    });

    it.each(['COMPLETED', 'CANCELLED', 'FAILED'])('stops at the first read of a %s run', async (status) => {
        await expect(followRun(readsApi([[record(status)]]), 'a0X', settings)).resolves.toMatchObject({
            Status__c: status
        });
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
        expect(storedEnableOptions(record('COMPLETED'))).toBeNull();
    });
});

describe('runResults', () => {
    const pendingMessage = 'No outcome yet: run SUR-00000001 is RUNNING; resume it from the Student User Runs tab.';

    it('an enable run: each item as a row with its outcome, the Contact ID as 18 characters', async () => {
        const items = [
            item({
                Contact__c: '003000000000001',
                User_Id__c: '005000000000001AAA',
                Message__c: 'done',
                Email_Decision__c: 'SENT'
            }),
            item({ Position__c: 2, Contact__c: 'not-an-id', Status__c: 'ODD' }),
            item({ Position__c: 3, Status__c: 'ODD', Error_Code__c: 'OWN_CODE' }),
            item({ Position__c: 4, Status__c: 'PENDING' })
        ];
        const rows = await runResults(readsApi([items]), record('RUNNING'));
        expect(rows).toEqual([
            {
                ...blankResult(1, '003000000000001AAA', '', 'CREATED'),
                userId: '005000000000001AAA',
                message: 'done',
                siteNames: '',
                loginUrl: '',
                emailDecision: 'SENT'
            },
            {
                ...blankResult(2, 'not-an-id', '', 'FAILED'),
                errorCode: 'UNEXPECTED_RESPONSE',
                siteNames: '',
                loginUrl: '',
                emailDecision: ''
            },
            {
                ...blankResult(3, '', '', 'FAILED'),
                errorCode: 'OWN_CODE',
                siteNames: '',
                loginUrl: '',
                emailDecision: ''
            },
            { ...blankResult(4, '', '', 'NOT_SENT'), errorCode: 'PENDING', message: pendingMessage }
        ]);
    });

    it('a lifecycle run: the action and a blank errorFix on every row, no enable columns', async () => {
        const items = [
            item({ Status__c: 'DEACTIVATED', Error_Code__c: 'X', User_Id__c: '005000000000001AAA' }),
            item({ Position__c: 2, Status__c: 'PENDING' })
        ];
        const rows = await runResults(readsApi([items]), record('RUNNING', { Action__c: 'DEACTIVATE' }));
        expect(rows).toEqual([
            {
                ...blankResult(1, '', '', 'DEACTIVATED'),
                action: 'DEACTIVATE',
                errorFix: '',
                userId: '005000000000001AAA',
                errorCode: 'X'
            },
            {
                ...blankResult(2, '', '', 'NOT_SENT'),
                action: 'DEACTIVATE',
                errorFix: '',
                errorCode: 'PENDING',
                message: pendingMessage
            }
        ]);
    });
});
