/**
 * The in-org commands in-process, over a stub API: `status` (its text and --json record), `results` (summary,
 * exit code, the warning for a run still going), `--in-org` (per-row settings refused, --detach, the server's
 * unresolved students as rows, errors classified into exit codes).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionOutput, ActionResult } from '../action';
import type { CliDeps } from '../command';
import { executeInOrg, executeRunCommand } from '../in-org-command';
import type { RunItemRecord, RunRecord } from '../in-org-run';
import { ENABLE, LIFECYCLE_OPERATIONS } from '../operations';
import type { CliOptions, RunCommandOptions } from '../program';
import type { StudentRow } from '../student-rows';
import { apiError } from '../testing/api-error';
import { runItem, runRecord } from '../testing/in-org-records';
import type { SalesforceApi } from '../salesforce-api';

const RUN_ID = 'a0X000000000001AAA';

const item = (position: number, status: string): RunItemRecord => runItem({ Position__c: position, Status__c: status });

/** The run record (or none) and its items; the start call answers `start` and counts itself in `calls`. */
function stubApi(run: RunRecord | undefined, items: RunItemRecord[], start: ActionResult[] | Error = []) {
    const calls = { actions: 0 };
    const api: SalesforceApi = {
        queryAll: <T extends Record<string, unknown>>(soql: string) =>
            Promise.resolve(
                (soql.includes('FROM Student_User_Run_Item__c') ? items : run ? [run] : []) as unknown as T[]
            ),
        invokeAction: () => {
            calls.actions++;
            return start instanceof Error ? Promise.reject(start) : Promise.resolve(start);
        },
        readSharingSettings: () => Promise.resolve(undefined)
    };
    return { api, calls };
}

function started(output: Record<string, unknown>): ActionResult[] {
    return [
        {
            actionName: 'StartStudentUserRunAction',
            errors: null,
            isSuccess: true,
            outputValues: { runId: RUN_ID, runName: 'SUR-00000001', status: 'QUEUED', ...output } as ActionOutput
        }
    ];
}

function captured() {
    const out = { stdout: '', stderr: '' };
    const dir = mkdtempSync(join(tmpdir(), 'in-org-command-'));
    const deps: CliDeps = {
        env: {},
        cwd: dir,
        stdout: { write: (text: string) => ((out.stdout += text), true) },
        stderr: { write: (text: string) => ((out.stderr += text), true) }
    };
    return { out, deps, dir };
}

function options(extra: Partial<CliOptions> = {}): CliOptions {
    return {
        operation: ENABLE,
        confirmDisable: false,
        defaults: {},
        dryRun: false,
        progress: false,
        detach: false,
        pollMs: 0,
        maxRetries: 0,
        ...extra
    } as CliOptions;
}

const runCommand = (kind: 'status' | 'results', outputFile?: string) =>
    ({ kind, runId: RUN_ID, outputFile }) as RunCommandOptions;

const students: StudentRow[] = [
    { row: 2, contactId: '003000000000001AAA', overrides: {} },
    { row: 3, contactId: '003000000000002AAA', overrides: { timeZoneSidKey: undefined } }
];

describe('status <runId>', () => {
    it('prints every field of the run record, its options and last error, and returns it for --json', async () => {
        const run = runRecord({
            Dry_Run__c: true,
            Student_Count__c: 10,
            Succeeded__c: 5,
            Failed__c: 2,
            Skipped__c: 1,
            Jobs__c: 3,
            Reenqueues__c: 1,
            Started_At__c: '2026-12-07T10:00:00.000Z',
            Finished_At__c: '2026-12-07T10:01:05.000Z',
            Last_Error__c: 'Apex CPU time limit exceeded',
            Enable_Options__c: '{"licenseKey":"PID_Customer_Community_Plus","timeZoneSidKey":"Europe/Paris"}'
        });
        const { out, deps } = captured();
        const outcome = await executeRunCommand(runCommand('status'), stubApi(run, []).api, deps);
        expect(out.stdout).toBe(
            [
                'Run         SUR-00000001 (a0X000000000001AAA)',
                'Action      ENABLE (dry run)',
                'Status      COMPLETED',
                'Students    10',
                'Succeeded   5',
                'Failed      2',
                'Skipped     1',
                'Pending     2',
                'Jobs        3 (1 re-enqueued), next chunk 200',
                'Started     2026-12-07T10:00:00.000Z',
                'Finished    2026-12-07T10:01:05.000Z',
                'Options     licenseKey=PID_Customer_Community_Plus, timeZoneSidKey=Europe/Paris',
                'Last error  Apex CPU time limit exceeded',
                ''
            ].join('\n')
        );
        expect(outcome).toEqual({
            code: 0,
            result: {
                command: 'status',
                run: {
                    runId: RUN_ID,
                    name: 'SUR-00000001',
                    action: 'ENABLE',
                    status: 'COMPLETED',
                    dryRun: true,
                    studentCount: 10,
                    succeeded: 5,
                    failed: 2,
                    skipped: 1,
                    pending: 2,
                    chunkSize: 200,
                    jobs: 3,
                    reenqueues: 1,
                    startedAt: '2026-12-07T10:00:00.000Z',
                    finishedAt: '2026-12-07T10:01:05.000Z',
                    lastError: 'Apex CPU time limit exceeded',
                    enableOptions: { licenseKey: 'PID_Customer_Community_Plus', timeZoneSidKey: 'Europe/Paris' }
                }
            }
        });
    });

    it('shows unset counts and times as 0 and blank, and never a negative pending count', async () => {
        const run = runRecord({
            Action__c: 'DEACTIVATE',
            Status__c: 'RUNNING',
            Succeeded__c: 3,
            Failed__c: null,
            Skipped__c: null,
            Chunk_Size__c: null,
            Jobs__c: null,
            Reenqueues__c: null
        });
        const { out, deps } = captured();
        const outcome = await executeRunCommand(runCommand('status'), stubApi(run, []).api, deps);
        expect(out.stdout).toBe(
            [
                'Run        SUR-00000001 (a0X000000000001AAA)',
                'Action     DEACTIVATE',
                'Status     RUNNING',
                'Students   2',
                'Succeeded  3',
                'Failed     0',
                'Skipped    0',
                'Pending    0',
                'Jobs       0 (0 re-enqueued), next chunk 0',
                'Started    ',
                'Finished   ',
                ''
            ].join('\n')
        );
        expect(outcome.result?.run).toMatchObject({ dryRun: false, pending: 0, chunkSize: 0, reenqueues: 0 });
    });
});

describe('results <runId>', () => {
    it('a cancelled run exits 3 even with no failed student; the summary is the dry run one, with the elapsed time', async () => {
        const run = runRecord({
            Status__c: 'CANCELLED',
            Dry_Run__c: true,
            Started_At__c: '2026-12-07T10:00:00.000Z',
            Finished_At__c: '2026-12-07T10:01:05.000Z'
        });
        const { out, deps, dir } = captured();
        const outcome = await executeRunCommand(
            runCommand('results', 'out.csv'),
            stubApi(run, [item(1, 'VALID'), item(2, 'VALID')]).api,
            deps
        );
        expect(outcome.code).toBe(3);
        expect(out.stderr).toBe('');
        expect(out.stdout).toMatch(/^\nRun SUR-00000001: CANCELLED\nValid \(dry run\) +2\n/);
        expect(out.stdout).toMatch(/\nElapsed +65\.0 s\nAPI calls +0 action, 2 query, 0 retries\n/);
        const lines = out.stdout.split('\n');
        expect(lines.slice(-2).map((line) => line.replace(/ +/, ' '))).toEqual([`Results ${join(dir, 'out.csv')}`, '']);
        expect(outcome.result).toMatchObject({ command: 'enable', resultsFile: join(dir, 'out.csv'), unresolved: [] });
        expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\n')).toHaveLength(4);
    });

    it('a run still going: the results so far in <run name>.results.csv, and a warning to read them again', async () => {
        const { out, deps, dir } = captured();
        const outcome = await executeRunCommand(
            runCommand('results'),
            stubApi(runRecord({ Status__c: 'RUNNING' }), [item(1, 'CREATED'), item(2, 'PENDING')]).api,
            deps
        );
        expect(outcome.code).toBe(1);
        expect(outcome.result?.resultsFile).toBe(join(dir, 'SUR-00000001.results.csv'));
        expect(out.stderr).toBe(
            'warning: run SUR-00000001 is RUNNING: the results hold the students done so far; ' +
                'read them again later with: npm run student-users -- results a0X000000000001AAA\n'
        );
    });

    it('a run that does not exist (or that the user cannot see) exits 2', async () => {
        const { out, deps } = captured();
        await expect(executeRunCommand(runCommand('status'), stubApi(undefined, []).api, deps)).resolves.toEqual({
            code: 2
        });
        expect(out.stderr).toBe('error: no run a0X000000000001AAA, or you cannot see it\n');
    });
});

describe('--in-org', () => {
    it('refuses per-row settings when any row has one, and sends nothing', async () => {
        const { out, deps, dir } = captured();
        const stub = stubApi(runRecord(), []);
        const rows = [students[0], { ...students[1], overrides: { timeZoneSidKey: 'Asia/Tokyo' } }];
        const outcome = await executeInOrg(options(), rows, stub.api, deps, join(dir, 'r.csv'));
        expect(outcome).toEqual({ code: 2 });
        expect(out.stderr).toContain("the file's per-row License, Profile, TimeZone");
        expect(stub.calls.actions).toBe(0);
    });

    it('--detach: how to follow the run, and the run record; a student the server could not resolve exits 1', async () => {
        const { out, deps, dir } = captured();
        const unresolved = {
            unresolvedEntries: ['001000000000001AAA'],
            unresolvedCodes: ['ACCOUNT_NOT_FOUND'],
            unresolvedMessages: ['No person account.']
        };
        const stub = stubApi(runRecord({ Status__c: 'QUEUED' }), [], started(unresolved));
        const outcome = await executeInOrg(options({ detach: true }), students, stub.api, deps, join(dir, 'r.csv'));
        expect(out.stdout).toBe(
            `Run SUR-00000001 started (QUEUED): ${RUN_ID}\n` +
                `Follow it: npm run student-users -- status ${RUN_ID}\n` +
                `Results:   npm run student-users -- results ${RUN_ID} --output-file <results.csv>\n`
        );
        expect(out.stderr).toBe('warning: not in the run: 001000000000001AAA: ACCOUNT_NOT_FOUND: No person account.\n');
        expect(outcome).toEqual({
            code: 1,
            result: {
                command: 'enable',
                run: expect.objectContaining({ runId: RUN_ID, status: 'QUEUED' }) as unknown,
                unresolved: [{ entry: '001000000000001AAA', code: 'ACCOUNT_NOT_FOUND', message: 'No person account.' }]
            }
        });
    });

    it('--detach when the new run cannot be read back: exit 0, no run in the result', async () => {
        const { deps, dir } = captured();
        const stub = stubApi(undefined, [], started({}));
        await expect(
            executeInOrg(options({ detach: true }), students, stub.api, deps, join(dir, 'r.csv'))
        ).resolves.toEqual({ code: 0, result: { command: 'enable', unresolved: [] } });
    });

    it('follows the run, then adds the unresolved entries as FAILED rows after its items: an email, an Account ID', async () => {
        const { out, deps, dir } = captured();
        const unresolved = {
            unresolvedEntries: ['x@uni.example', '001000000000001AAA'],
            unresolvedCodes: ['EMAIL_NOT_FOUND', 'ACCOUNT_NOT_FOUND'],
            unresolvedMessages: ['No contact.', 'No person account.']
        };
        const stub = stubApi(runRecord({ Action__c: 'DEACTIVATE' }), [item(1, 'DEACTIVATED')], started(unresolved));
        const operation = LIFECYCLE_OPERATIONS[0];
        const outcome = await executeInOrg(options({ operation }), students, stub.api, deps, join(dir, 'r.csv'));
        expect(out.stdout).toMatch(
            /^Run SUR-00000001 started: a0X000000000001AAA \(Ctrl-C leaves it running in the org\)\n\nRun SUR-00000001: COMPLETED\n/
        );
        expect(out.stdout).toMatch(/\nAPI calls +1 action, 2 query, 0 retries\n/);
        expect(outcome.code).toBe(1);
        const failed = { status: 'FAILED', action: 'DEACTIVATE', errorFix: '' };
        expect(outcome.result?.rows).toEqual([
            expect.objectContaining({ row: 1, status: 'DEACTIVATED', action: 'DEACTIVATE' }),
            expect.objectContaining({
                ...failed,
                row: 2,
                contactId: '',
                email: 'x@uni.example',
                errorCode: 'EMAIL_NOT_FOUND',
                message: 'No contact.'
            }),
            expect.objectContaining({
                ...failed,
                row: 3,
                contactId: '001000000000001AAA',
                email: '',
                errorCode: 'ACCOUNT_NOT_FOUND',
                message: 'No person account.'
            })
        ]);
    });

    it.each([
        ['a failing request exits 1', apiError('UNKNOWN_EXCEPTION', 'boom'), 1, 'error: UNKNOWN_EXCEPTION: boom\n'],
        [
            'an expired session exits 3',
            apiError('INVALID_SESSION_ID', 'expired'),
            3,
            'error: INVALID_SESSION_ID: expired\n'
        ]
    ])('%s', async (_name, thrown, code, message) => {
        const { out, deps, dir } = captured();
        const outcome = await executeInOrg(
            options(),
            students,
            stubApi(runRecord(), [], thrown).api,
            deps,
            join(dir, 'r.csv')
        );
        expect(outcome).toEqual({ code });
        expect(out.stderr).toBe(message);
    });
});
