import { classifyError } from '../errors';
import { chunk, runPool } from '../pool';
import type { ResultRow, RowStatus } from '../results-format';
import {
    blankResult,
    errorResult,
    isRowStatus,
    LIFECYCLE_RESULT_COLUMNS,
    RESULT_COLUMNS,
    RESULT_COLUMNS_BEFORE_READINESS
} from '../results-format';
import { planResume, readResultsCsv } from '../resume';
import { getEventListeners } from 'node:events';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell, defaultResultsPath, openResultsFile, resultsCsv, timestampedResultsPath } from '../results-file';
import { tempDir } from '../testing/cli-harness';
import { backoffDelay, sleep } from '../retry';
import { exitCodeFor, formatSummary, summarize } from '../summary';
import { LIFECYCLE_OPERATIONS } from '../operations';
import { apiError } from '../testing/api-error';

describe('error classification', () => {
    it.each([
        ['INVALID_SESSION_ID', 'stop'],
        ['REQUEST_LIMIT_EXCEEDED', 'stop'],
        ['ERROR_HTTP_401', 'stop'],
        // An uncaught Apex exception: resending reruns it (issue 21).
        ['UNKNOWN_EXCEPTION', 'fail'],
        ['NOT_FOUND', 'stop'],
        ['ERROR_HTTP_404', 'stop'],
        ['SERVER_UNAVAILABLE', 'transient'],
        ['ERROR_HTTP_503', 'transient'],
        ['ERROR_HTTP_502', 'transient'],
        ['UNABLE_TO_LOCK_ROW', 'transient'],
        ['INVALID_INPUT', 'fail'],
        ['MALFORMED_QUERY', 'fail']
    ])('%s → %s', (code, kind) => {
        expect(classifyError(apiError(code)).kind).toBe(kind);
    });

    it('spots a row lock inside an Apex exception message', () => {
        expect(
            classifyError(apiError('APEX_ERROR', 'System.DmlException: first error: UNABLE_TO_LOCK_ROW, unable'))
        ).toEqual({
            kind: 'transient',
            code: 'UNABLE_TO_LOCK_ROW',
            message: 'System.DmlException: first error: UNABLE_TO_LOCK_ROW, unable'
        });
    });

    it('treats network resets and timeouts as transient', () => {
        const reset = Object.assign(new Error('socket hang up'), { name: 'FetchError', code: 'ECONNRESET' });
        expect(classifyError(reset)).toMatchObject({ kind: 'transient', code: 'ECONNRESET' });
        const abort = Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' });
        expect(classifyError(abort)).toMatchObject({ kind: 'transient', code: 'TIMEOUT' });
        expect(classifyError(new Error('Request Timeout'))).toMatchObject({ kind: 'transient', code: 'TIMEOUT' });
    });

    it('retries a concurrency refusal, stops on the daily request limit', () => {
        expect(
            classifyError(apiError('REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.'))
        ).toMatchObject({ kind: 'transient', code: 'CONCURRENT_REQUEST_LIMIT' });
        expect(
            classifyError(
                apiError('REQUEST_LIMIT_EXCEEDED', 'ConcurrentRequests (Concurrent API Requests) Limit exceeded.')
            )
        ).toMatchObject({ kind: 'transient', code: 'CONCURRENT_REQUEST_LIMIT' });
        expect(classifyError(apiError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.')).kind).toBe('stop');
    });

    it('stops on a failed session refresh (the plain Error jsforce throws)', () => {
        expect(
            classifyError(new Error('Unable to refresh session due to: expired access/refresh token'))
        ).toMatchObject({ kind: 'stop', code: 'SESSION_REFRESH_FAILED' });
    });

    it('halves on an Apex governor limit', () => {
        expect(
            classifyError(apiError('UNKNOWN_EXCEPTION', 'System.LimitException: Apex CPU time limit exceeded'))
        ).toMatchObject({ kind: 'limit', code: 'APEX_LIMIT' });
    });

    it('fails anything else with its text', () => {
        expect(classifyError('boom')).toEqual({ kind: 'fail', code: 'UNKNOWN_ERROR', message: 'boom' });
    });
});

describe('backoff', () => {
    const policy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 5000 };

    it('doubles the cap each retry, with jitter between half the cap and the cap, bounded', () => {
        expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 0))).toEqual([
            500, 1000, 2000, 2500, 2500
        ]);
        expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 1))).toEqual([
            1000, 2000, 4000, 5000, 5000
        ]);
    });

    it('returns at once, leaving no timer, when the signal is already aborted', async () => {
        jest.useFakeTimers();
        try {
            const controller = new AbortController();
            controller.abort();
            let woke = false;
            const sleeping = sleep(5000, controller.signal).then(() => (woke = true));
            await Promise.resolve();
            await Promise.resolve();
            expect(woke).toBe(true);
            expect(jest.getTimerCount()).toBe(0);
            await sleeping;
        } finally {
            jest.useRealTimers();
        }
    });

    it('starts the first retry at the base delay, and rounds to whole milliseconds', () => {
        expect(backoffDelay(0, policy, () => 0)).toBe(500);
        expect(backoffDelay(1, policy, () => 0.3333)).toBe(667);
    });

    it('waits for its timer, and leaves none behind when aborted early or asked for no time', async () => {
        jest.useFakeTimers();
        try {
            let woke = false;
            const sleeping = sleep(2000).then(() => (woke = true));
            jest.advanceTimersByTime(1999);
            await Promise.resolve();
            expect(woke).toBe(false);
            jest.advanceTimersByTime(1);
            await sleeping;
            expect(woke).toBe(true);

            const controller = new AbortController();
            const aborted = sleep(5000, controller.signal);
            expect(jest.getTimerCount()).toBe(1);
            controller.abort();
            await aborted;
            expect(jest.getTimerCount()).toBe(0);

            const none = sleep(0);
            expect(jest.getTimerCount()).toBe(0);
            await none;

            // A sleep that ran its course leaves no listener on the signal.
            const kept = new AbortController();
            const timed = sleep(10, kept.signal);
            expect(getEventListeners(kept.signal, 'abort')).toHaveLength(1);
            jest.advanceTimersByTime(10);
            await timed;
            expect(getEventListeners(kept.signal, 'abort')).toHaveLength(0);
        } finally {
            jest.useRealTimers();
        }
    });

    it('sleeps, and wakes early when aborted', async () => {
        const controller = new AbortController();
        const started = Date.now();
        const sleeping = sleep(5000, controller.signal);
        controller.abort();
        await sleeping;
        expect(Date.now() - started).toBeLessThan(1000);
    });
});

describe('chunks and the pool', () => {
    it('cuts items into chunks of at most the size', () => {
        expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
        expect(chunk([], 200)).toEqual([]);
        expect(chunk([1, 2], 1)).toEqual([[1], [2]]);
        expect(() => chunk([1], 0)).toThrow(new RangeError('chunk size must be a positive integer, got 0'));
        expect(() => chunk([1], 1.5)).toThrow(new RangeError('chunk size must be a positive integer, got 1.5'));
    });

    it('runs every item one at a time when the bound is below one', async () => {
        expect(await runPool([1, 2], 0, (item) => Promise.resolve(item * 2))).toEqual([2, 4]);
    });

    it('never runs more than the bound at once, and keeps results in order', async () => {
        let running = 0;
        let peak = 0;
        const results = await runPool([5, 1, 4, 2, 3, 1, 2], 3, async (ms, index) => {
            running++;
            peak = Math.max(peak, running);
            await new Promise((resolve) => setTimeout(resolve, ms * 3));
            running--;
            return index * 10;
        });
        expect(peak).toBe(3);
        expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    });

    it('starts nothing more once told to stop', async () => {
        let started = 0;
        const results = await runPool(
            [1, 2, 3, 4],
            1,
            async (item) => {
                started++;
                return Promise.resolve(item);
            },
            () => started < 2
        );
        expect(results).toStrictEqual([1, 2, undefined, undefined]);
    });
});

describe('results file and resume', () => {
    const done = {
        ...blankResult(2, '003A', '', 'CREATED'),
        userId: '005A',
        username: 'a@u.edu.s',
        ownerRoleAssigned: true,
        ownerName: 'O, "Q"'
    };
    const failed = errorResult(3, '', 'b@u.edu', {
        code: 'CONTACT_NOT_FOUND',
        field: 'email',
        message: 'No contact, "b"'
    });

    it('writes the columns in order, quoting where needed, rows sorted', () => {
        expect(resultsCsv([failed, done])).toBe(
            'row,contactId,email,status,userId,username,ownerRoleAssigned,ownerName,ownerRoleName,errorCode,errorField,message,siteNames,loginUrl,emailDecision\n' +
                '2,003A,,CREATED,005A,a@u.edu.s,true,"O, ""Q""",,,,,,,\n' +
                '3,,b@u.edu,FAILED,,,false,,,CONTACT_NOT_FOUND,email,"No contact, ""b""",,,\n'
        );
    });

    it('reads a results file back exactly, edge spaces and line breaks included', () => {
        const odd = { ...failed, row: 4, message: ' line one\r\nline two ' };
        expect(csvCell('plain')).toBe('plain');
        expect(csvCell(' x')).toBe('" x"');
        expect(readResultsCsv(resultsCsv([done, failed, odd]))).toEqual({ ok: true, results: [done, failed, odd] });
        const ready = {
            ...done,
            row: 5,
            siteNames: 'Student Portal;Alumni',
            loginUrl: 'https://uni.my.site.com/s/login',
            emailDecision: 'SITE_WELCOME'
        };
        expect(readResultsCsv(resultsCsv([ready]))).toEqual({ ok: true, results: [ready] });
    });

    it('still reads an enable results file written before the login readiness columns', () => {
        const old =
            RESULT_COLUMNS_BEFORE_READINESS.join(',') + '\n2,003A,,CREATED,005A,a@u.edu.s,true,"O, ""Q""",,,,\n';
        expect(RESULT_COLUMNS_BEFORE_READINESS).toHaveLength(RESULT_COLUMNS.length - 3);
        expect(readResultsCsv(old)).toEqual({ ok: true, results: [done] });
        expect(readResultsCsv(old.replace('CREATED,005A', 'CREATED,005A,x'))).toMatchObject({ ok: false });
    });

    it('appends rows as chunks return, and rewrites the file in row order when done (nothing after that)', () => {
        const dir = tempDir();
        try {
            const path = join(dir, 'students.results.csv');
            const [carried, second, third] = [2, 3, 4].map((row) => blankResult(row, `003${row}`, '', 'CREATED'));
            const writer = openResultsFile(path, [carried]);
            const header = RESULT_COLUMNS.join(',') + '\n';
            const line = (row: number): string => `${row},003${row},,CREATED,,,false,,,,,,,,\n`;
            expect(readFileSync(path, 'utf8')).toBe(header + line(2));
            writer.append([]);
            writer.append([third]);
            expect(readFileSync(path, 'utf8')).toBe(header + line(2) + line(4));
            writer.finish([third, carried, second]);
            expect(readFileSync(path, 'utf8')).toBe(header + line(2) + line(3) + line(4));
            writer.append([second]);
            writer.finish([carried]);
            expect(readFileSync(path, 'utf8')).toBe(header + line(2));
            expect(readdirSync(dir)).toEqual(['students.results.csv']);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('names the results file next to the input, or by time for --where runs', () => {
        expect(defaultResultsPath('in/students.CSV')).toBe('in/students.results.csv');
        expect(defaultResultsPath('students.txt')).toBe('students.txt.results.csv');
        expect(timestampedResultsPath(new Date('2026-01-02T03:04:05.678Z'), 'out')).toBe(
            'out/enable-students-20260102T030405Z.results.csv'
        );
    });

    it('refuses a file that is not a results file, with the line', () => {
        expect(readResultsCsv('ContactId\n003A\n')).toEqual({
            ok: false,
            problems: [
                {
                    line: 1,
                    message: expect.stringContaining('not a results file: the header must be row,contactId,') as unknown
                }
            ]
        });
        const bad = resultsCsv([done]) + '3,,,DONE,,,false,,,,,,,,\n';
        expect(readResultsCsv(bad)).toEqual({
            ok: false,
            problems: [{ line: 3, message: 'not a results row (status "DONE", 15 fields)' }]
        });
    });

    it('refuses a results row with a known status but the wrong number of fields (it would be sent again)', () => {
        const short = resultsCsv([done]) + '3,003B,,CREATED,005B,b@u.edu.s,false,,,,,,,\n';
        const long = resultsCsv([done]) + '3,003B,,CREATED,005B,b@u.edu.s,false,,,,,,,,,\n';
        expect(readResultsCsv(short)).toEqual({
            ok: false,
            problems: [{ line: 3, message: 'not a results row (status "CREATED", 14 fields)' }]
        });
        expect(readResultsCsv(long)).toEqual({
            ok: false,
            problems: [{ line: 3, message: 'not a results row (status "CREATED", 16 fields)' }]
        });
    });

    it('matches an earlier email in mixed case (as the cohort page or a spreadsheet wrote it) to the row', () => {
        const previous = [blankResult(2, '', 'Ada.Lovelace@Uni.EDU', 'CREATED')];
        const plan = planResume(
            [
                { row: 2, email: 'ada.lovelace@uni.edu', emailAsWritten: 'ada.lovelace@uni.edu', overrides: {} },
                { row: 3, email: 'alan@uni.edu', emailAsWritten: 'alan@uni.edu', overrides: {} }
            ],
            previous
        );
        expect(plan.toRun.map((row) => row.row)).toEqual([3]);
        expect(plan.carried).toEqual([{ ...previous[0], email: 'ada.lovelace@uni.edu' }]);
    });

    it('skips students that succeeded before (by Contact Id or email), and keeps failed ones', () => {
        const previous = [
            done,
            failed,
            { ...blankResult(4, '003C', 'c@u.edu', 'ALREADY_ENABLED') },
            blankResult(5, '003D', '', 'VALID')
        ];
        const plan = planResume(
            [
                { row: 2, contactId: '003A', overrides: {} },
                { row: 3, email: 'b@u.edu', emailAsWritten: 'b@u.edu', overrides: {} },
                { row: 4, email: 'c@u.edu', emailAsWritten: 'C@u.edu', overrides: {} },
                { row: 5, contactId: '003D', overrides: {} }
            ],
            previous
        );
        expect(plan.toRun.map((row) => row.row)).toEqual([3, 5]);
        expect(plan.carried.map((row) => [row.row, row.status, row.email])).toEqual([
            [2, 'CREATED', ''],
            [4, 'ALREADY_ENABLED', 'C@u.edu']
        ]);
    });
});

describe('reading a results file back (--resume)', () => {
    const header = RESULT_COLUMNS.join(',');
    const line =
        '2,003A,A@u.edu,CREATED,005A,a@u.edu.s,true,Owner,Role,,,done,Portal,https://u.my.site.com/s/login,NONE';

    it('reads a file with a byte order mark, skipping blank lines, every column in place', () => {
        expect(readResultsCsv(`\uFEFF${header}\n\n${line}\n\n`)).toEqual({
            ok: true,
            results: [
                {
                    row: 2,
                    contactId: '003A',
                    email: 'A@u.edu',
                    status: 'CREATED',
                    userId: '005A',
                    username: 'a@u.edu.s',
                    ownerRoleAssigned: true,
                    ownerName: 'Owner',
                    ownerRoleName: 'Role',
                    errorCode: '',
                    errorField: '',
                    message: 'done',
                    siteNames: 'Portal',
                    loginUrl: 'https://u.my.site.com/s/login',
                    emailDecision: 'NONE'
                }
            ]
        });
    });

    it('refuses an empty file, an unreadable one, and a short row by its line', () => {
        expect(readResultsCsv('')).toEqual({
            ok: false,
            problems: [{ line: 1, message: `not a results file: the header must be ${header}` }]
        });
        expect(readResultsCsv(`${header}\n"unclosed`)).toEqual({
            ok: false,
            problems: [{ line: 0, message: expect.stringMatching(/^not a readable CSV: Quote Not Closed/) as unknown }]
        });
        expect(readResultsCsv(`${header}\n${line}\n3,003B\n`)).toEqual({
            ok: false,
            problems: [{ line: 3, message: 'not a results row (status "", 2 fields)' }]
        });
    });

    it('reads every status a run can write, and nothing else', () => {
        const statuses = [
            'CREATED',
            'REACTIVATED',
            'ALREADY_ENABLED',
            'VALID',
            'FAILED',
            'DEACTIVATED',
            'FROZEN',
            'UNFROZEN',
            'LOGIN_LINK_SENT',
            'DISABLED',
            'SKIPPED',
            'NOT_SENT'
        ];
        expect([...statuses, 'DONE', 'created', ''].filter(isRowStatus)).toEqual(statuses);
    });

    it('reads a lifecycle file with the lifecycle columns only, leaving the enable-only cells blank', () => {
        const lifecycle = `${LIFECYCLE_RESULT_COLUMNS.join(',')}\n2,003A,,FREEZE,FROZEN,005A,a@u.edu.s,,,,\n`;
        expect(readResultsCsv(lifecycle, LIFECYCLE_RESULT_COLUMNS)).toEqual({
            ok: true,
            results: [
                {
                    ...blankResult(2, '003A', '', 'FROZEN'),
                    action: 'FREEZE',
                    errorFix: '',
                    userId: '005A',
                    username: 'a@u.edu.s'
                }
            ]
        });
        expect(readResultsCsv(lifecycle)).toMatchObject({ ok: false });
        expect(readResultsCsv(`${header}\n${line}\n`, LIFECYCLE_RESULT_COLUMNS)).toMatchObject({ ok: false });
    });
});

describe('resume plan', () => {
    const failed = (row: number, contactId: string, code: string): ResultRow =>
        errorResult(row, contactId, '', { code, message: 'x' });

    it('holds the failures --resume must not resend, and resends every other failure', () => {
        const previous = [
            failed(2, '003A', 'OUTCOME_UNKNOWN'),
            failed(3, '003B', 'UNKNOWN_EXCEPTION'),
            failed(4, '003C', 'APEX_LIMIT'),
            failed(5, '003D', 'UNABLE_TO_LOCK_ROW'),
            blankResult(6, '003E', '', 'NOT_SENT'),
            { ...blankResult(7, '003F', '', 'NOT_SENT'), errorCode: 'OUTCOME_UNKNOWN' }
        ];
        const plan = planResume(
            ['003A', '003B', '003C', '003D', '003E', '003F'].map((contactId, index) => ({
                row: index + 10,
                contactId,
                overrides: {}
            })),
            previous
        );
        expect(plan.toRun.map((row) => row.row)).toEqual([13, 14, 15]);
        expect(plan.held.map((row) => [row.row, row.errorCode])).toEqual([
            [10, 'OUTCOME_UNKNOWN'],
            [11, 'UNKNOWN_EXCEPTION'],
            [12, 'APEX_LIMIT']
        ]);
        expect(plan.carried).toEqual(plan.held);
    });

    it('carries only rows of the same action for a lifecycle subcommand, matched by email when there is no Id', () => {
        const frozen = { ...blankResult(2, '', 'a@u.edu', 'FROZEN'), action: 'FREEZE' };
        const skipped = { ...blankResult(3, '', 'b@u.edu', 'SKIPPED'), action: 'FREEZE' };
        const other = { ...blankResult(4, '', 'c@u.edu', 'SKIPPED'), action: 'UNFREEZE' };
        const plan = planResume(
            ['a@u.edu', 'b@u.edu', 'c@u.edu'].map((email, index) => ({
                row: index + 2,
                email,
                emailAsWritten: email,
                overrides: {}
            })),
            [frozen, skipped, other],
            { resumeSkips: new Set<RowStatus>(['FROZEN', 'SKIPPED']), action: 'FREEZE' }
        );
        expect(plan.toRun.map((row) => row.row)).toEqual([4]);
        expect(plan.carried).toEqual([frozen, skipped]);
        expect(plan.held).toEqual([]);
    });
});

describe('summary and exit code', () => {
    const rows = [
        { ...blankResult(2, 'a', '', 'CREATED'), ownerRoleAssigned: true, ownerName: 'Owner 2' },
        { ...blankResult(3, 'b', '', 'CREATED'), ownerRoleAssigned: true, ownerName: 'Owner 2' },
        blankResult(4, 'c', '', 'REACTIVATED'),
        blankResult(5, 'd', '', 'ALREADY_ENABLED'),
        errorResult(6, 'e', '', { code: 'NO_EMAIL', message: 'x' })
    ];

    it('counts outcomes, and an owner given a role once', () => {
        expect(summarize(rows, 3)).toEqual({
            total: 8,
            created: 2,
            reactivated: 1,
            alreadyEnabled: 1,
            valid: 0,
            failed: 1,
            notSent: 0,
            skipped: 3,
            ownersGivenRole: 1,
            nothingToDo: 0,
            byStatus: { CREATED: 2, REACTIVATED: 1, ALREADY_ENABLED: 1, FAILED: 1 }
        });
    });

    it('counts SKIPPED lifecycle rows apart from failures, and does not fail the run for them', () => {
        const lifecycle = [
            blankResult(2, 'a', '', 'DEACTIVATED'),
            blankResult(3, 'b', '', 'SKIPPED'),
            blankResult(4, 'c', '', 'SKIPPED'),
            errorResult(5, 'd', '', { code: 'NOT_A_PORTAL_USER', message: 'x' })
        ];
        const summary = summarize(lifecycle, 1);
        expect(summary).toMatchObject({ total: 5, failed: 1, nothingToDo: 2, skipped: 1 });
        expect(exitCodeFor(summarize(lifecycle.slice(0, 3), 0), false)).toBe(0);
        const deactivate = LIFECYCLE_OPERATIONS.find((operation) => operation.command === 'deactivate');
        const text = formatSummary(summary, {
            dryRun: false,
            operation: deactivate,
            elapsedMs: 1000,
            stats: { actionCalls: 1, queryCalls: 1, retries: 0, splits: 0 },
            resultsPath: 'out.csv'
        });
        expect(text.split('\n')).toEqual([
            'Deactivated              1',
            'Skipped (nothing to do)  2',
            'Failed                   1',
            'Already done (--resume)  1',
            'Students                 5',
            'Elapsed                  1.0 s',
            'API calls                1 action, 1 query, 0 retries',
            'Results                  out.csv'
        ]);
    });

    it('exits 0 without failures, 1 with, 3 when stopped', () => {
        expect(exitCodeFor(summarize(rows.slice(0, 4), 0), false)).toBe(0);
        expect(exitCodeFor(summarize(rows, 0), false)).toBe(1);
        expect(exitCodeFor(summarize(rows.slice(0, 4), 0), true)).toBe(3);
    });

    it('counts an owner once by name, by row when nameless, and not for a failed row', () => {
        const owners = [
            { ...blankResult(2, 'a', '', 'CREATED'), ownerRoleAssigned: true },
            { ...blankResult(3, 'b', '', 'VALID'), ownerRoleAssigned: true },
            { ...errorResult(4, 'c', '', { code: 'X', message: 'x' }), ownerRoleAssigned: true, ownerName: 'O' },
            { ...blankResult(5, 'd', '', 'NOT_SENT'), ownerRoleAssigned: true, ownerName: 'O' }
        ];
        expect(summarize(owners, 0)).toMatchObject({ ownersGivenRole: 3, valid: 1, notSent: 1, failed: 1 });
        expect(exitCodeFor(summarize(owners.slice(3), 0), false)).toBe(1);
    });

    it('prints a dry run, rows not sent, rows carried by --resume, halved chunks and the org facts', () => {
        const dry = [blankResult(2, 'a', '', 'VALID'), blankResult(3, 'b', '', 'NOT_SENT')];
        const stats = { actionCalls: 3, queryCalls: 2, retries: 1, splits: 2 };
        const text = formatSummary(summarize(dry, 4), {
            dryRun: true,
            elapsedMs: 250,
            stats,
            resultsPath: 'out.csv',
            orgFacts: {
                roleOptimization: { state: 'on' },
                owners: {
                    state: 'known',
                    owners: [
                        { ownerId: '005A', ownerName: 'A', existing: 44_999, batchAccounts: 1 },
                        { ownerId: '005B', ownerName: 'B', existing: 44_998, batchAccounts: 1 }
                    ]
                },
                calls: { metadata: 1, query: 2 }
            }
        });
        expect(text.split('\n')).toEqual([
            'Valid (dry run)               1',
            'Already enabled               0',
            'Failed                        0',
            'Not sent                      1',
            'Skipped (--resume)            4',
            'Owners that would get a role  0',
            'Students                      6',
            'Elapsed                       0.3 s',
            'API calls                     3 action, 2 query, 1 retries, 2 chunk(s) halved after an Apex limit',
            'Results                       out.csv',
            '',
            'Account Role Optimization   on',
            'Owners at 45,000+ accounts  1 of 2 (see the warnings above)',
            'Org checks                  1 metadata read, 2 query'
        ]);
        const unknown = formatSummary(summarize(dry, 0), {
            dryRun: false,
            elapsedMs: 0,
            stats,
            resultsPath: 'out.csv',
            orgFacts: {
                roleOptimization: { state: 'unknown', reason: 'no access' },
                owners: { state: 'unknown', reason: 'no access' },
                calls: { metadata: 1, query: 0 }
            }
        });
        expect(unknown.split('\n\n')[1].split('\n')).toEqual([
            'Account Role Optimization   unknown: no access',
            'Owners at 45,000+ accounts  unknown (see the warning above)',
            'Org checks                  1 metadata read, 0 query'
        ]);
        const none = formatSummary(summarize([], 0), {
            dryRun: false,
            elapsedMs: 0,
            stats,
            resultsPath: 'out.csv',
            orgFacts: {
                roleOptimization: { state: 'off' },
                owners: { state: 'known', owners: [] },
                calls: { metadata: 1, query: 1 }
            }
        });
        expect(none).toContain('\nOwners at 45,000+ accounts  0 of 0\n');
    });

    it('prints a lifecycle dry run, and rows not sent', () => {
        const freeze = LIFECYCLE_OPERATIONS.find((operation) => operation.command === 'freeze');
        const text = formatSummary(
            summarize([blankResult(2, 'a', '', 'VALID'), blankResult(3, 'b', '', 'NOT_SENT')], 0),
            {
                dryRun: true,
                operation: freeze,
                elapsedMs: 0,
                stats: { actionCalls: 1, queryCalls: 0, retries: 0, splits: 0 },
                resultsPath: 'out.csv'
            }
        );
        expect(text.split('\n').slice(0, 5)).toEqual([
            'Valid (dry run)          1',
            'Skipped (nothing to do)  0',
            'Failed                   0',
            'Not sent                 1',
            'Students                 2'
        ]);
        const real = formatSummary(summarize([blankResult(2, 'a', '', 'SKIPPED')], 0), {
            dryRun: false,
            operation: freeze,
            elapsedMs: 0,
            stats: { actionCalls: 1, queryCalls: 0, retries: 0, splits: 0 },
            resultsPath: 'out.csv'
        });
        expect(real.split('\n')[0]).toBe('Frozen                   0');
    });

    it('prints aligned lines', () => {
        const text = formatSummary(summarize(rows, 0), {
            dryRun: false,
            elapsedMs: 1234,
            stats: { actionCalls: 1, queryCalls: 0, retries: 0, splits: 0 },
            resultsPath: 'out.csv'
        });
        expect(text.split('\n')).toEqual([
            'Created              2',
            'Reactivated          1',
            'Already enabled      1',
            'Failed               1',
            'Owners given a role  1',
            'Students             5',
            'Elapsed              1.2 s',
            'API calls            1 action, 0 query, 0 retries',
            'Results              out.csv'
        ]);
    });
});
