/**
 * `--in-org`, `status` and `results` against the fake org's StartStudentUserRunAction and its run records: the one
 * start call and its input, following the run to its end (progress lines, --json), --detach, the results CSV from the
 * items (the columns of the 200-a-call mode), the server's unresolved students, refusals and bad usage.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from '../results-format';
import { readResultsCsv } from '../resume';
import type { FakeContact, FakeSalesforce } from '../testing/fake-salesforce';
import type { CliRun } from '../testing/cli-harness';
import { makeStudents } from '../testing/fake-salesforce';
import {
    fakeOrgPerTest,
    loadSalesforceClientFirst,
    readFile,
    runAgainst,
    tempDir,
    writeFile
} from '../testing/cli-harness';

const fakeOrg = fakeOrgPerTest();
loadSalesforceClientFirst();

function idsCsv(contacts: readonly FakeContact[]): string {
    return 'ContactId\n' + contacts.map((contact) => contact.id).join('\n') + '\n';
}

function enabledStudents(n: number): FakeContact[] {
    return makeStudents(n).map((contact, index) => ({
        ...contact,
        user: { id: `005Fa${String(index + 1).padStart(10, '0')}AAA`, username: `${contact.email}.s`, isActive: true }
    }));
}

/** Writes the students' Contact Ids as students.csv in a new folder and runs `<command> --file students.csv <args>`. */
async function runIds(
    target: FakeSalesforce,
    contacts: readonly FakeContact[],
    args: string[],
    options: { dir?: string; command?: string } = {}
): Promise<CliRun> {
    const dir = options.dir ?? tempDir();
    writeFile(dir, 'students.csv', idsCsv(contacts));
    return runAgainst(target, ['--file', 'students.csv', ...args], { dir, command: options.command });
}

describe('enable --in-org', () => {
    it('starts one run with one call, follows it to the end and writes the results from its items', async () => {
        const contacts = makeStudents(250);
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        const csv =
            'ContactId,Email\n' +
            contacts.map((contact, index) => (index === 1 ? `,${contact.email}` : `${contact.id},`)).join('\n') +
            '\n,nobody@uni.example\n';
        writeFile(dir, 'students.csv', csv);
        const run = await runAgainst(target, ['--file', 'students.csv', '--in-org', '--poll-interval', '1'], { dir });
        expect(run.code).toBe(1);
        const starts = target.actionRequests();
        expect(starts.map((request) => request.actionName)).toEqual(['StartStudentUserRunAction']);
        expect(starts[0].inputs).toEqual([
            {
                action: 'ENABLE',
                contactIds: contacts.filter((_, index) => index !== 1).map((contact) => contact.id),
                accountIds: [],
                emails: [contacts[1].email, 'nobody@uni.example'],
                dryRun: false,
                confirmDisable: false
            }
        ]);
        // 250 students: jobs of 100, then 200 (the chunk doubles after a finished job), one job per read.
        expect(run.stderr).toContain('run SUR-00000001: RUNNING, 100/250 students (40%), 0 failed, 1 job(s)');
        expect(run.stderr).toContain('run SUR-00000001: COMPLETED, 250/250 students (100%), 0 failed, 2 job(s)');
        expect(run.stderr).toContain(
            'warning: not in the run: nobody@uni.example: EMAIL_NOT_FOUND: No contact you can see has the email nobody@uni.example.'
        );
        const read = readResultsCsv(readFile(dir, 'students.results.csv'));
        expect(read.ok).toBe(true);
        const rows = read.ok ? read.results : [];
        expect(readFile(dir, 'students.results.csv').split('\n')[0]).toBe(RESULT_COLUMNS.join(','));
        expect(rows).toHaveLength(251);
        expect(rows.find((row) => row.errorCode === 'EMAIL_NOT_FOUND')).toMatchObject({
            row: 251,
            email: 'nobody@uni.example',
            status: 'FAILED'
        });
        expect(rows.filter((row) => row.status === 'CREATED')).toHaveLength(250);
        expect(target.contact(contacts[1].id)?.user?.isActive).toBe(true);
        expect(run.stdout).toContain('Run SUR-00000001: COMPLETED');
        expect(run.stdout).toContain('API calls            1 action, 3 query, 0 retries');
        // Run order: the Contact IDs in file order, then the emails the server resolved.
        expect(rows[0]).toMatchObject({ row: 1, contactId: contacts[0].id });
        expect(rows[249]).toMatchObject({ row: 250, contactId: contacts[1].id });
    });

    it('--json: one document with the run record and the summary', async () => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts });
        const run = await runIds(target, contacts, ['--in-org', '--json']);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        const document = JSON.parse(run.stdout) as {
            status: number;
            result: { run: { status: string; succeeded: number; jobs: number }; summary: { created: number } };
        };
        expect(document.status).toBe(0);
        expect(document.result.run).toMatchObject({ status: 'COMPLETED', succeeded: 3, jobs: 1 });
        expect(document.result.summary.created).toBe(3);
    });

    it('--detach prints the run id; status and results read the run later', async () => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts });
        const started = await runIds(target, contacts, ['--in-org', '--detach']);
        const { dir } = started;
        expect(started.code).toBe(0);
        const [runId] = [...target.inOrgRuns.keys()];
        expect(started.stdout).toContain(`Run SUR-00000001 started (QUEUED): ${runId}`);
        expect(existsSync(join(dir, 'students.results.csv'))).toBe(false);

        const status = await runAgainst(target, [runId], { dir, command: 'status' });
        expect(status.code).toBe(0);
        expect(status.stdout).toMatch(/^Run +SUR-00000001 \(a0AFa/);
        expect(status.stdout).toMatch(/\nStatus +COMPLETED\n/);
        expect(status.stdout).toMatch(/\nSucceeded +3\n/);

        const results = await runAgainst(target, [runId, '--output-file', 'run.csv'], { dir, command: 'results' });
        expect(results.code).toBe(0);
        const read = readResultsCsv(readFile(dir, 'run.csv'));
        expect(read.ok && read.results.map((row) => [row.row, row.contactId, row.status])).toEqual(
            contacts.map((contact, index) => [index + 1, contact.id, 'CREATED'])
        );
    });

    it('results of a run still going: the students without an outcome are NOT_SENT (PENDING), with a warning', async () => {
        const contacts = makeStudents(150);
        const target = await fakeOrg({ contacts, runJobsPerRead: 0 });
        const { dir } = await runIds(target, contacts, ['--in-org', '--detach']);
        const [runId] = [...target.inOrgRuns.keys()];
        const results = await runAgainst(target, [runId], { dir, command: 'results' });
        expect(results.code).toBe(1);
        expect(results.stderr).toContain('warning: run SUR-00000001 is QUEUED');
        const read = readResultsCsv(readFile(dir, 'SUR-00000001.results.csv'));
        expect(read.ok && new Set(read.results.map((row) => `${row.status} ${row.errorCode}`))).toEqual(
            new Set(['NOT_SENT PENDING'])
        );
    });

    it('reports a refused start (RUN_ALREADY_ACTIVE) and starts nothing more (exit 3)', async () => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts, runJobsPerRead: 0 });
        const { dir } = await runIds(target, contacts, ['--in-org', '--detach']);
        const second = await runAgainst(target, ['--file', 'students.csv', '--in-org', '--out', 'b.csv'], { dir });
        expect(second.code).toBe(3);
        expect(second.stderr).toContain('error: the run was not started: RUN_ALREADY_ACTIVE');
        expect(target.inOrgRuns.size).toBe(1);
    });
});

describe('lifecycle --in-org', () => {
    it('deactivate --dry-run: the action and the dry run reach the run; the results have the lifecycle columns', async () => {
        const contacts = enabledStudents(2);
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        const run = await runAgainst(target, ['--file', 'students.csv', '--in-org', '--dry-run'], {
            dir,
            command: 'deactivate'
        });
        expect(run.code).toBe(0);
        expect(target.actionRequests()[0].inputs).toEqual([
            expect.objectContaining({ action: 'DEACTIVATE', dryRun: true, confirmDisable: false })
        ]);
        expect(readFile(dir, 'students.results.csv').split('\n')[0]).toBe(LIFECYCLE_RESULT_COLUMNS.join(','));
        const read = readResultsCsv(readFile(dir, 'students.results.csv'), LIFECYCLE_RESULT_COLUMNS);
        expect(read.ok && read.results.map((row) => [row.action, row.status])).toEqual([
            ['DEACTIVATE', 'VALID'],
            ['DEACTIVATE', 'VALID']
        ]);
        expect(contacts.every((contact) => target.contact(contact.id)?.user?.isActive)).toBe(true);
    });
});

describe('enable --in-org with --license, --profile and --time-zone', () => {
    it('sends them as the run options; the run record shows them and every student gets them', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts, profiles: ['Student Portal Login User'] });
        const run = await runIds(target, contacts, [
            '--in-org',
            '--license',
            'Plus',
            '--profile',
            'Student Portal Login User',
            '--time-zone',
            'Europe/Paris',
            '--json'
        ]);
        expect(run.code).toBe(0);
        expect(target.actionRequests()[0].inputs).toEqual([
            expect.objectContaining({
                action: 'ENABLE',
                licenseKey: 'PID_Customer_Community_Plus',
                profileName: 'Student Portal Login User',
                timeZoneSidKey: 'Europe/Paris'
            })
        ]);
        const options = {
            licenseKey: 'PID_Customer_Community_Plus',
            profileName: 'Student Portal Login User',
            timeZoneSidKey: 'Europe/Paris'
        };
        const document = JSON.parse(run.stdout) as { result: { run: { enableOptions: unknown } } };
        expect(document.result.run.enableOptions).toEqual(options);
        expect([...target.inOrgRuns.values()][0]?.enableOptions).toEqual(options);
        const status = await runAgainst(target, [[...target.inOrgRuns.keys()][0]], { command: 'status' });
        expect(status.stdout).toContain(
            'licenseKey=PID_Customer_Community_Plus, profileName=Student Portal Login User, timeZoneSidKey=Europe/Paris'
        );
    });

    it('a profile the org does not have refuses the start: no run whose every student would fail', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts, profiles: ['Student Portal Login User'] });
        const run = await runIds(target, contacts, ['--in-org', '--profile', 'No Such Profile']);
        expect(run.code).toBe(3);
        expect(run.stderr).toContain('the run was not started: PROFILE_NOT_ALLOWED: The profile No Such Profile');
        expect(target.inOrgRuns.size).toBe(0);
    });

    it('a lifecycle run has no enable options', async () => {
        const contacts = enabledStudents(1);
        const target = await fakeOrg({ contacts });
        const run = await runIds(target, contacts, ['--in-org', '--json'], { command: 'freeze' });
        expect(target.actionRequests()[0]?.inputs?.[0]).not.toHaveProperty('licenseKey');
        expect(
            (JSON.parse(run.stdout) as { result: { run: { enableOptions: unknown } } }).result.run.enableOptions
        ).toBe(null);
    });
});

describe("the fake org's StartStudentUserRunAction", () => {
    it('answers a malformed Contact ID as an unresolved INVALID_ID and starts the run with the others, as the Apex does', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        const response = await fetch(
            `${target.url}/services/data/v65.0/actions/custom/apex/StartStudentUserRunAction`,
            {
                method: 'POST',
                headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
                body: JSON.stringify({ inputs: [{ action: 'FREEZE', contactIds: [contacts[0].id, 'not-an-id'] }] })
            }
        );
        const [result] = (await response.json()) as { outputValues: Record<string, unknown> }[];
        expect(result.outputValues).toMatchObject({
            runName: 'SUR-00000001',
            unresolvedEntries: ['not-an-id'],
            unresolvedCodes: ['INVALID_ID']
        });
    });
});

describe('bad usage never starts a run (exit 2)', () => {
    it.each([
        [['--detach'], '--detach goes with --in-org'],
        [['--in-org', '--resume', 'old.csv'], '--resume is for the 200-a-call mode']
    ])('%j', async (args, message) => {
        const target = await fakeOrg({ contacts: makeStudents(1) });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(makeStudents(1)));
        const run = await runAgainst(target, ['--file', 'students.csv', ...args], { dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(message);
        expect(target.actionRequests()).toHaveLength(0);
    });

    it('a file with per-row settings', async () => {
        const target = await fakeOrg({ contacts: makeStudents(1) });
        const dir = tempDir();
        writeFile(dir, 'students.csv', `ContactId,TimeZone\n${makeStudents(1)[0].id},Europe/Paris\n`);
        const run = await runAgainst(target, ['--file', 'students.csv', '--in-org', '--time-zone', 'Asia/Tokyo'], {
            dir
        });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("the file's per-row License, Profile, TimeZone");
        expect(run.stderr).toContain('give --license, --profile or --time-zone for the whole run');
        expect(target.actionRequests()).toHaveLength(0);
    });

    it('status of a run that does not exist, and of a malformed id', async () => {
        const target = await fakeOrg({ contacts: [] });
        const missing = await runAgainst(target, ['a0AFa0000000099AAA'], { command: 'status' });
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('no run a0AFa0000000099AAA');
        const malformed = await runAgainst(target, ['not-an-id'], { command: 'status' });
        expect(malformed.code).toBe(2);
        expect(target.queryRequests()).toHaveLength(1);
    });
});
