/** The whole command, in-process, against the fake org on 127.0.0.1. */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResultsCsv } from '../resume';
import type { ResultRow } from '../results-format';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from '../results-format';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../program';
import { connectionApi } from '../salesforce-api';
import { makeAccountId, makeContactId } from '../salesforce-id';
import type { FakeContact, FakeOrgConfig, FakeSalesforce } from '../testing/fake-salesforce';
import { FAULTS, faultQueue, makeStudents, startFakeSalesforce } from '../testing/fake-salesforce';
import type { CliRun } from '../testing/cli-harness';
import { loadSalesforceClientFirst, readFile, runAgainst, tempDir, writeFile } from '../testing/cli-harness';

let org: FakeSalesforce | undefined;
afterEach(async () => {
    await org?.close();
    org = undefined;
});

async function fakeOrg(config: Partial<FakeOrgConfig> & { contacts: FakeContact[] }): Promise<FakeSalesforce> {
    org = await startFakeSalesforce(config);
    return org;
}

function idsCsv(contacts: readonly FakeContact[]): string {
    return 'ContactId\n' + contacts.map((contact) => contact.id).join('\n') + '\n';
}

/** Runs the command on `csv` (written as students.csv); returns the run and the parsed results file. */
async function runFile(
    target: FakeSalesforce,
    csv: string,
    args: string[] = []
): Promise<CliRun & { results: ResultRow[] }> {
    const dir = tempDir();
    writeFile(dir, 'students.csv', csv);
    const run = await runAgainst(target, ['--file', 'students.csv', '--no-progress', ...args], { dir });
    const path = join(dir, 'students.results.csv');
    const read = existsSync(path) ? readResultsCsv(readFile(dir, 'students.results.csv')) : undefined;
    return { ...run, results: read?.ok ? read.results : [] };
}

/** The message of a new user's row when Account Role Optimization is off (the fake's default), as a CSV cell. */
const ROLE_NOTE_OFF =
    '"Account role: Account Role Optimization is off: the platform creates 1 to 3 account roles under the owner\'s role (""Number of customer roles"")."';

const statuses = (results: ResultRow[]): string[] => results.map((row) => row.status);

loadSalesforceClientFirst();

describe('enabling from a file', () => {
    it('creates, reactivates and reports already enabled students, with owners given a role, and exits 0', async () => {
        const contacts = makeStudents(4);
        contacts[1].user = { id: '005Fa00000000R1AAA', username: 'old@uni.example', isActive: false };
        contacts[2].user = { id: '005Fa00000000E1AAA', username: 'on@uni.example', isActive: true };
        const target = await fakeOrg({ contacts });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(0);
        expect(statuses(run.results)).toEqual(['CREATED', 'REACTIVATED', 'ALREADY_ENABLED', 'CREATED']);
        expect(run.results[1]).toMatchObject({
            row: 3,
            contactId: contacts[1].id,
            userId: '005Fa00000000R1AAA',
            username: 'old@uni.example',
            ownerRoleAssigned: true,
            ownerName: 'Owner 2',
            ownerRoleName: 'Student Records Owner'
        });
        expect(run.stdout).toContain('Created              2');
        expect(run.stdout).toContain('Reactivated          1');
        expect(run.stdout).toContain('Already enabled      1');
        expect(run.stdout).toContain('Owners given a role  1');
        expect(target.requests.every((request) => request.version === '65.0')).toBe(true);
    });

    it('writes exactly the results columns, one row per input row', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts });
        const run = await runFile(target, idsCsv(contacts));
        const lines = readFile(run.dir, 'students.results.csv').trimEnd().split('\n');
        expect(lines[0]).toBe(RESULT_COLUMNS.join(','));
        expect(lines.slice(1)).toEqual([
            `2,${contacts[0].id},,CREATED,005Fa0000000001AAA,student1@uni.example.students,false,Owner 1,,,,${ROLE_NOTE_OFF},,,`,
            `3,${contacts[1].id},,CREATED,005Fa0000000002AAA,student2@uni.example.students,true,Owner 2,Student Records Owner,,,${ROLE_NOTE_OFF},,,`
        ]);
    });

    it('is safe to re-run: the second run reports every student as already enabled', async () => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts });
        await runFile(target, idsCsv(contacts));
        const again = await runFile(target, idsCsv(contacts));
        expect(again.code).toBe(0);
        expect(statuses(again.results)).toEqual(['ALREADY_ENABLED', 'ALREADY_ENABLED', 'ALREADY_ENABLED']);
    });

    it('reports service failures per row and exits 1', async () => {
        const contacts = makeStudents(3);
        contacts[1].problem = {
            errorCode: 'NO_ACCOUNT',
            errorField: 'contactId',
            message: 'Student 2 has no account: link the contact to an account.'
        };
        const target = await fakeOrg({ contacts });
        const run = await runFile(target, idsCsv(contacts) + `${makeContactId(99)}\n`);
        expect(run.code).toBe(1);
        expect(run.results.map((row) => [row.status, row.errorCode, row.errorField])).toEqual([
            ['CREATED', '', ''],
            ['FAILED', 'NO_ACCOUNT', 'contactId'],
            ['CREATED', '', ''],
            ['FAILED', 'CONTACT_NOT_FOUND', 'contactId']
        ]);
        expect(run.stdout).toContain(
            'Failed rows:\n  row 3 ' + contacts[1].id + ': NO_ACCOUNT (contactId): Student 2 has no account'
        );
    });

    it('sends the row values, then the run defaults, with the Request variable names', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts });
        const csv = `ContactId,License,Profile,TimeZone,Username,SendWelcomeEmail\n${contacts[0].id},Plus,Student Portal User,Europe/Paris,ada@uni.example.students,no\n${contacts[1].id},,,,,\n`;
        const run = await runFile(target, csv, [
            '--license',
            'Customer Community Plus Login',
            '--profile',
            'Default Student',
            '--time-zone',
            'America/Chicago'
        ]);
        expect(run.code).toBe(0);
        expect(target.actionRequests()[0].inputs).toEqual([
            {
                contactId: contacts[0].id,
                licenseKey: 'PID_Customer_Community_Plus',
                profileName: 'Student Portal User',
                timeZoneSidKey: 'Europe/Paris',
                username: 'ada@uni.example.students',
                sendWelcomeEmail: false
            },
            {
                contactId: contacts[1].id,
                licenseKey: 'PID_Customer_Community_Plus_Login',
                profileName: 'Default Student',
                timeZoneSidKey: 'America/Chicago'
            }
        ]);
    });
});

describe('chunking and concurrency', () => {
    it('sends ⌈N/chunk⌉ calls of at most --chunk-size inputs', async () => {
        const contacts = makeStudents(450);
        const target = await fakeOrg({ contacts });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(0);
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([200, 200, 50]);
        const small = await runFile(target, idsCsv(contacts.slice(0, 10)), ['--chunk-size', '3']);
        expect(
            target
                .actionRequests()
                .slice(3)
                .map((request) => request.inputs?.length)
        ).toEqual([3, 3, 3, 1]);
        expect(statuses(small.results).every((status) => status === 'ALREADY_ENABLED')).toBe(true);
    });

    it('never has more than --concurrency calls in flight (measured by the server)', async () => {
        const contacts = makeStudents(60);
        const target = await fakeOrg({ contacts, actionLatencyMs: 40 });
        const run = await runFile(target, idsCsv(contacts), ['--chunk-size', '5', '--concurrency', '3']);
        expect(run.code).toBe(0);
        expect(target.actionRequests()).toHaveLength(12);
        expect(target.maxActionsInFlight()).toBe(3);
    });

    it('sends one call at a time with --concurrency 1', async () => {
        const contacts = makeStudents(20);
        const target = await fakeOrg({ contacts, actionLatencyMs: 20 });
        await runFile(target, idsCsv(contacts), ['--chunk-size', '5', '--concurrency', '1']);
        expect(target.maxActionsInFlight()).toBe(1);
    });
});

describe('students named by email: sent as given, resolved by the invocable on the server', () => {
    it('sends each email as the email input, with no query, and reports the contact the server found', async () => {
        const contacts = makeStudents(5);
        const target = await fakeOrg({ contacts });
        const csv =
            'ContactId,Email\n' +
            [
                `${contacts[0].id},`,
                `,${contacts[1].email}`,
                `,${contacts[2].email?.toUpperCase()}`,
                `,${contacts[3].email}`,
                `,${contacts[4].email}`
            ].join('\n');
        const run = await runFile(target, csv, ['--chunk-size', '3']);
        expect(run.code).toBe(0);
        expect(target.queryRequests()).toHaveLength(0);
        expect(target.actionRequests().map((request) => request.inputs)).toEqual([
            [{ contactId: contacts[0].id }, { email: contacts[1].email }, { email: contacts[2].email }],
            [{ email: contacts[3].email }, { email: contacts[4].email }]
        ]);
        expect(run.results[2]).toMatchObject({
            contactId: contacts[2].id,
            email: contacts[2].email?.toUpperCase(),
            status: 'CREATED'
        });
        expect(run.stdout).toContain('API calls            2 action, 0 query, 0 retries');
    });

    it("shows the server's EMAIL_NOT_FOUND, AMBIGUOUS_EMAIL and DUPLICATE_IN_BATCH per row, and sends the rest", async () => {
        const contacts = makeStudents(3);
        const twin: FakeContact = {
            id: makeContactId(50),
            email: contacts[0].email?.toUpperCase(),
            lastName: 'Twin',
            owner: 'Owner 1'
        };
        const target = await fakeOrg({ contacts: [...contacts, twin] });
        const csv = `ContactId,Email\n,${contacts[0].email}\n,nobody@uni.example\n${contacts[2].id},\n,${contacts[2].email}\n,${contacts[1].email}\n`;
        const run = await runFile(target, csv);
        expect(run.code).toBe(1);
        expect(run.results.map((row) => [row.row, row.status, row.errorCode, row.errorField])).toEqual([
            [2, 'FAILED', 'AMBIGUOUS_EMAIL', 'email'],
            [3, 'FAILED', 'EMAIL_NOT_FOUND', 'email'],
            [4, 'CREATED', '', ''],
            [5, 'FAILED', 'DUPLICATE_IN_BATCH', 'contactId'],
            [6, 'CREATED', '', '']
        ]);
        expect(run.results[1].message).toBe(
            'No contact you can see has the email nobody@uni.example. Check the address and your access to the contact, or name the student by Contact ID.'
        );
        expect(target.actionRequests()).toHaveLength(1);
    });

    it('sends rows that have both a ContactId and an Email by Id', async () => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts });
        const csv =
            'ContactId,Email\n' + contacts.map((contact) => `${contact.id},${contact.email ?? ''}`).join('\n') + '\n';
        const run = await runFile(target, csv);
        expect(run.code).toBe(0);
        expect(target.actionRequests()[0].inputs).toEqual(contacts.map((contact) => ({ contactId: contact.id })));
        expect(run.results.map((row) => [row.contactId, row.email, row.status])).toEqual(
            contacts.map((contact) => [contact.id, contact.email, 'CREATED'])
        );
    });
});

describe('students named by a person account (Account Id or PersonEmail), resolved on the server', () => {
    /** Students 1-3; accounts: 1 and 2 are person accounts of students 1 and 2, 3 is a business account. */
    function personAccountOrg(): { contacts: FakeContact[]; accounts: NonNullable<FakeOrgConfig['accounts']> } {
        const contacts = makeStudents(3);
        return {
            contacts,
            accounts: [
                { id: makeAccountId(1), name: 'Student 1', personContactId: contacts[0].id },
                { id: makeAccountId(2), name: 'Student 2', personContactId: contacts[1].id },
                { id: makeAccountId(3), name: 'Student 3 Administrative Account' }
            ]
        };
    }

    it('sends each Account Id as the accountId input, with no query, and reports its person contact', async () => {
        const { contacts, accounts } = personAccountOrg();
        const target = await fakeOrg({ contacts, accounts });
        const csv = `ContactId\n${accounts[0].id}\n${accounts[1].id.slice(0, 15)}\n${contacts[2].id}\n`;
        const run = await runFile(target, csv);
        expect(run.code).toBe(0);
        expect(target.queryRequests()).toHaveLength(0);
        expect(target.actionRequests()[0].inputs).toEqual([
            { accountId: accounts[0].id },
            { accountId: accounts[1].id },
            { contactId: contacts[2].id }
        ]);
        expect(run.results.map((row) => [row.row, row.contactId, row.status])).toEqual([
            [2, contacts[0].id, 'CREATED'],
            [3, contacts[1].id, 'CREATED'],
            [4, contacts[2].id, 'CREATED']
        ]);
    });

    it("finds a person account by its email: PersonEmail is its person contact's Email", async () => {
        const { contacts, accounts } = personAccountOrg();
        const target = await fakeOrg({ contacts, accounts });
        const run = await runFile(target, `Email\n${contacts[0].email}\n`);
        expect(run.code).toBe(0);
        expect(run.results[0]).toMatchObject({ contactId: contacts[0].id, status: 'CREATED' });
    });

    it("shows the server's refusals of a business account, an unknown account and a student named twice", async () => {
        const { contacts, accounts } = personAccountOrg();
        const target = await fakeOrg({ contacts, accounts });
        const unknown = makeAccountId(99);
        const csv = `ContactId\n${accounts[2].id}\n${unknown}\n${contacts[0].id}\n${accounts[0].id}\n${accounts[1].id}\n`;
        const run = await runFile(target, csv);
        expect(run.code).toBe(1);
        expect(run.results.map((row) => [row.row, row.status, row.errorCode, row.errorField])).toEqual([
            [2, 'FAILED', 'NOT_A_PERSON_ACCOUNT', 'contactId'],
            [3, 'FAILED', 'CONTACT_NOT_FOUND', 'contactId'],
            [4, 'CREATED', '', ''],
            [5, 'FAILED', 'DUPLICATE_IN_BATCH', 'contactId'],
            [6, 'CREATED', '', '']
        ]);
        expect(run.results[0].message).toContain(
            `Student 3 Administrative Account (${accounts[2].id}) is a business account, not a person account`
        );
    });

    it('shows PERSON_ACCOUNTS_NOT_ENABLED for Account Id rows in an org without Person Accounts', async () => {
        const { contacts, accounts } = personAccountOrg();
        const target = await fakeOrg({ contacts, accounts, personAccounts: false });
        const run = await runFile(target, `ContactId\n${accounts[0].id}\n${contacts[2].id}\n`);
        expect(run.code).toBe(1);
        expect(run.results.map((row) => [row.status, row.errorCode])).toEqual([
            ['FAILED', 'PERSON_ACCOUNTS_NOT_ENABLED'],
            ['CREATED', '']
        ]);
        expect(run.results[0].message).toContain('give the Contact id or email');
        expect(target.queryRequests()).toHaveLength(0);
    });
});

describe('dry run', () => {
    it('sends validateOnly=true, reports VALID, and changes nothing', async () => {
        const contacts = makeStudents(3);
        contacts[2].user = { id: '005Fa00000000E1AAA', username: 'on@uni.example', isActive: true };
        const target = await fakeOrg({ contacts });
        const run = await runFile(target, idsCsv(contacts), ['--dry-run']);
        expect(run.code).toBe(0);
        expect(target.actionRequests()[0].inputs?.every((input) => input.validateOnly === true)).toBe(true);
        expect(statuses(run.results)).toEqual(['VALID', 'VALID', 'ALREADY_ENABLED']);
        expect(run.results[1]).toMatchObject({ ownerRoleAssigned: true, username: 'student2@uni.example.students' });
        expect(target.contact(contacts[0].id)?.user).toBeUndefined();
        expect(run.stdout).toContain('Dry run (validate only, no changes): 3 student(s)');
        expect(run.stdout).toContain('Valid (dry run)               2');
        expect(run.stdout).toContain('Owners that would get a role  1');
        const real = await runFile(target, idsCsv(contacts));
        expect(target.actionRequests()[1].inputs?.some((input) => 'validateOnly' in input)).toBe(false);
        expect(statuses(real.results)).toEqual(['CREATED', 'CREATED', 'ALREADY_ENABLED']);
    });
});

describe('login readiness', () => {
    const FIX =
        "Add the profile or one of the permission sets to the site's members (Experience Builder or Workspaces > Administration > Members), or choose a profile that is a member.";

    it('a dry run reports NOT_A_SITE_MEMBER with the site and the fix, and the sites, login URL and email of the others', async () => {
        const contacts = makeStudents(2);
        contacts[0].problem = {
            errorCode: 'NOT_A_SITE_MEMBER',
            errorField: 'profileId',
            message: `Student 1 could not log in: neither the profile Student Portal Login User nor the permission sets (None found) are members of the Experience Cloud site (sites that count: Student Portal). ${FIX}`
        };
        contacts[1].site = {
            siteNames: 'Student Portal',
            loginUrl: 'https://uni.my.site.com/students/login',
            emailDecision: 'SITE_WELCOME'
        };
        const target = await fakeOrg({ contacts });
        const run = await runFile(target, idsCsv(contacts), ['--dry-run']);
        expect(run.code).toBe(1);
        expect(run.results[0]).toMatchObject({
            status: 'FAILED',
            errorCode: 'NOT_A_SITE_MEMBER',
            errorField: 'profileId'
        });
        expect(run.results[0].siteNames ?? '').toBe('');
        expect(run.results[0].message).toContain('sites that count: Student Portal');
        expect(run.results[0].message).toContain(FIX);
        expect(run.results[1]).toMatchObject({
            status: 'VALID',
            siteNames: 'Student Portal',
            loginUrl: 'https://uni.my.site.com/students/login',
            emailDecision: 'SITE_WELCOME'
        });
        expect(run.stdout).toContain(
            `row 2 ${contacts[0].id}: NOT_A_SITE_MEMBER (profileId): Student 1 could not log in`
        );
        const lines = readFile(run.dir, 'students.results.csv').trimEnd().split('\n');
        expect(lines[2].endsWith(',Student Portal,https://uni.my.site.com/students/login,SITE_WELCOME')).toBe(true);
    });
});

describe('retries', () => {
    it.each([
        ['HTTP 503 (html body)', FAULTS.unavailable()],
        ['a reset connection', FAULTS.reset()],
        [
            'a concurrent long-running Apex refusal (403 REQUEST_LIMIT_EXCEEDED ConcurrentPerOrgLongTxn)',
            FAULTS.concurrentLimit()
        ]
    ])('retries a chunk after %s and succeeds', async (_, fault) => {
        const contacts = makeStudents(4);
        const target = await fakeOrg({ contacts, actionFault: faultQueue(fault) });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(0);
        expect(statuses(run.results)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
        expect(target.actionRequests()).toHaveLength(2);
        expect(run.stdout).toContain('API calls            2 action, 0 query, 1 retries');
    });

    it('retries a chunk after a row lock that ended the transaction (every input, HTTP 400) in halves', async () => {
        const contacts = makeStudents(4);
        const target = await fakeOrg({ contacts, actionFault: faultQueue(FAULTS.rowLock()) });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(0);
        expect(statuses(run.results)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([4, 2, 2]);
        expect(run.stdout).toContain('API calls            3 action, 0 query, 1 retries');
    });

    it('retries only the inputs the service reports locked (PLATFORM_ERROR: unable to obtain exclusive access), in halves', async () => {
        const contacts = makeStudents(4);
        const target = await fakeOrg({
            contacts,
            actionFault: faultQueue(FAULTS.rowLock([contacts[1].id, contacts[3].id]))
        });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(0);
        expect(target.actionRequests().map((request) => request.inputs?.map((input) => input.contactId))).toEqual([
            contacts.map((contact) => contact.id),
            [contacts[1].id],
            [contacts[3].id]
        ]);
        expect(statuses(run.results)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    });

    it('retries a call that times out (--request-timeout) in halves: smaller batches (Help 004576984)', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts, actionFault: faultQueue({ type: 'delay', ms: 1500 }) });
        const run = await runFile(target, idsCsv(contacts), ['--request-timeout', '1']);
        expect(run.code).toBe(0);
        // The timed-out call records no inputs: the client left before the fake read them after its delay.
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([undefined, 1, 1]);
        expect(statuses(run.results)).toEqual(['CREATED', 'CREATED']);
        expect(run.stdout).toContain('API calls            3 action, 0 query, 1 retries');
    });

    it('retries a one-student call that times out at the same size', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts, actionFault: faultQueue({ type: 'delay', ms: 1500 }) });
        const run = await runFile(target, idsCsv(contacts), ['--request-timeout', '1']);
        expect(run.code).toBe(0);
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([undefined, 1]);
    });

    it('gives up after --max-retries, the halves counting the attempts of their chunk, and fails those rows with the cause', async () => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts, actionFault: () => FAULTS.rowLock() });
        const run = await runFile(target, idsCsv(contacts), ['--max-retries', '2']);
        expect(run.code).toBe(1);
        const sent = target.actionRequests().flatMap((request) => request.inputs?.map((input) => input.contactId));
        for (const contact of contacts) {
            expect(sent.filter((id) => id === contact.id)).toHaveLength(3);
        }
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([3, 2, 1, 1, 1, 1]);
        expect(run.results.every((row) => row.status === 'FAILED' && row.errorCode === 'UNABLE_TO_LOCK_ROW')).toBe(
            true
        );
        expect(run.results[0].message).toMatch(/^Gave up after 3 attempts \(UNABLE_TO_LOCK_ROW\): System.DmlException/);
    });

    it.each([
        ['an uncaught Apex exception (UNKNOWN_EXCEPTION on every input, HTTP 400)', FAULTS.apexException()],
        ['a platform error (HTTP 500 UNKNOWN_EXCEPTION)', FAULTS.serverError()]
    ])('does not resend %s: the rows fail with it at once', async (_, fault) => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts, actionFault: () => fault });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(1);
        expect(target.actionRequests()).toHaveLength(1);
        expect(run.results.every((row) => row.status === 'FAILED' && row.errorCode === 'UNKNOWN_EXCEPTION')).toBe(true);
    });

    it('--resume does not resend rows that failed with an Apex exception, and says so', async () => {
        const contacts = makeStudents(3);
        const target = await fakeOrg({ contacts, actionFault: faultQueue(FAULTS.apexException()) });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        await runAgainst(target, ['--file', 'students.csv', '--no-progress'], { dir });
        const again = await runAgainst(
            target,
            ['--file', 'students.csv', '--no-progress', '--resume', 'students.results.csv', '--out', 'again.csv'],
            { dir }
        );
        expect(target.actionRequests()).toHaveLength(1);
        expect(again.code).toBe(1);
        expect(again.stderr).toContain('warning: 3 row(s) of students.results.csv are not resent: UNKNOWN_EXCEPTION');
        const read = readResultsCsv(readFile(dir, 'again.csv'));
        expect(read.ok && read.results.map((row) => row.errorCode)).toEqual([
            'UNKNOWN_EXCEPTION',
            'UNKNOWN_EXCEPTION',
            'UNKNOWN_EXCEPTION'
        ]);
    });

    it('halves a chunk that dies of the Apex CPU time limit, down to what fits', async () => {
        const contacts = makeStudents(8);
        const target = await fakeOrg({ contacts, cpuLimitAbove: 2 });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(0);
        expect(statuses(run.results)).toEqual(Array(8).fill('CREATED'));
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([8, 4, 2, 2, 4, 2, 2]);
        expect(run.stdout).toContain('3 chunk(s) halved after an Apex limit');
    });

    it('fails a single student that still hits the limit alone, with APEX_LIMIT', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts, cpuLimitAbove: 0 });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(1);
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([2, 1, 1]);
        expect(run.results.map((row) => row.errorCode)).toEqual(['APEX_LIMIT', 'APEX_LIMIT']);
    });

    it('does not retry with --max-retries 0', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts, actionFault: faultQueue(FAULTS.rowLock()) });
        const run = await runFile(target, idsCsv(contacts), ['--max-retries', '0']);
        expect(run.code).toBe(1);
        expect(target.actionRequests()).toHaveLength(1);
        expect(run.results[0]).toMatchObject({ status: 'FAILED', errorCode: 'UNABLE_TO_LOCK_ROW' });
    });

    it('fails a chunk at once on a request error that is not transient', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({
            contacts,
            actionFault: faultQueue({
                type: 'http',
                status: 400,
                body: [{ errorCode: 'INVALID_INPUT', message: 'Unknown input parameter(s): x' }]
            })
        });
        const run = await runFile(target, idsCsv(contacts));
        expect(run.code).toBe(1);
        expect(target.actionRequests()).toHaveLength(1);
        expect(run.results[0]).toMatchObject({
            status: 'FAILED',
            errorCode: 'INVALID_INPUT',
            message: 'The action call failed: Unknown input parameter(s): x'
        });
    });
});

describe('stopping cleanly', () => {
    it('stops on 401 INVALID_SESSION_ID: what was done is written, the rest is NOT_SENT, exit 3', async () => {
        const contacts = makeStudents(10);
        const target = await fakeOrg({
            contacts,
            actionFault: (call) => (call === 3 ? FAULTS.sessionExpired() : undefined)
        });
        const run = await runFile(target, idsCsv(contacts), ['--chunk-size', '2', '--concurrency', '1']);
        expect(run.code).toBe(3);
        expect(target.actionRequests()).toHaveLength(3);
        expect(statuses(run.results)).toEqual([
            'CREATED',
            'CREATED',
            'CREATED',
            'CREATED',
            ...Array<string>(6).fill('NOT_SENT')
        ]);
        expect(run.results[4]).toMatchObject({
            errorCode: 'INVALID_SESSION_ID',
            message: expect.stringContaining(
                'Not sent: the run stopped (INVALID_SESSION_ID: Session expired or invalid)'
            ) as unknown
        });
        expect(run.stderr).toContain('Stopped early: INVALID_SESSION_ID: Session expired or invalid');
        expect(run.stderr).toContain(`--resume ${join(run.dir, 'students.results.csv')}`);
        expect(run.stdout).toContain('Not sent             6');
    });

    it('stops on a real expired session (the token no longer accepted)', async () => {
        const contacts = makeStudents(4);
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        const oldToken = target.token;
        target.expireSession();
        const run = await runAgainst(target, ['--file', 'students.csv', '--no-progress'], {
            dir,
            deps: { env: { SF_ACCESS_TOKEN: oldToken } }
        });
        const read = readResultsCsv(readFile(dir, 'students.results.csv'));
        expect(read.ok && statuses(read.results)).toEqual(['NOT_SENT', 'NOT_SENT', 'NOT_SENT', 'NOT_SENT']);
        expect(run.code).toBe(3);
        expect(target.actionRequests()[0].authorized).toBe(false);
    });

    it('stops on 403 REQUEST_LIMIT_EXCEEDED without retrying it', async () => {
        const contacts = makeStudents(6);
        const target = await fakeOrg({
            contacts,
            actionFault: (call) => (call === 2 ? FAULTS.requestLimit() : undefined)
        });
        const run = await runFile(target, idsCsv(contacts), ['--chunk-size', '2', '--concurrency', '1']);
        expect(run.code).toBe(3);
        expect(target.actionRequests()).toHaveLength(2);
        expect(statuses(run.results)).toEqual(['CREATED', 'CREATED', 'NOT_SENT', 'NOT_SENT', 'NOT_SENT', 'NOT_SENT']);
        expect(run.results[2].errorCode).toBe('REQUEST_LIMIT_EXCEEDED');
    });

    it('stops when interrupted, finishing the call in flight', async () => {
        const contacts = makeStudents(6);
        const interrupt = new AbortController();
        const target = await fakeOrg({
            contacts,
            actionLatencyMs: 30,
            actionFault: (call) => (call === 1 ? (interrupt.abort(), undefined) : undefined)
        });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        const run = await runAgainst(
            target,
            ['--file', 'students.csv', '--chunk-size', '2', '--concurrency', '1', '--no-progress'],
            { dir, deps: { signal: interrupt.signal } }
        );
        expect(run.code).toBe(3);
        const read = readResultsCsv(readFile(dir, 'students.results.csv'));
        expect(read.ok && statuses(read.results)).toEqual([
            'CREATED',
            'CREATED',
            'NOT_SENT',
            'NOT_SENT',
            'NOT_SENT',
            'NOT_SENT'
        ]);
    });
});

describe('the real process, stopped by signals mid-run (results are appended as each chunk returns)', () => {
    const bin = join(__dirname, '..', 'bin', 'enable-students.js');
    jest.setTimeout(60_000);

    interface Exit {
        code: number | null;
        signal: NodeJS.Signals | null;
        stderr: string;
    }

    /** Starts `enable-students` as its own process on students.csv in `dir`: 8 students, chunks of 2, one at a time. */
    function start(target: FakeSalesforce, dir: string): { child: ChildProcess; exit: Promise<Exit> } {
        const child = spawn(
            process.execPath,
            [bin, '--instance-url', target.url, '--file', 'students.csv', '--chunk-size', '2', '--concurrency', '1'],
            { cwd: dir, env: { PATH: process.env.PATH, SF_ACCESS_TOKEN: target.token }, stdio: 'pipe' }
        );
        let stderr = '';
        child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
        const exit = new Promise<Exit>((resolve) =>
            child.on('exit', (code, signal) => setImmediate(() => resolve({ code, signal, stderr })))
        );
        return { child, exit };
    }

    /** A fake org whose third action call (chunk 3: students 5 and 6) arrives in flight for `latencyMs`. */
    async function orgCalling(
        onThirdCall: () => void,
        latencyMs: number
    ): Promise<{ target: FakeSalesforce; contacts: FakeContact[]; dir: string }> {
        const contacts = makeStudents(8);
        const target = await fakeOrg({
            contacts,
            actionLatencyMs: latencyMs,
            actionFault: (call) => (call === 3 ? (onThirdCall(), undefined) : undefined)
        });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        return { target, contacts, dir };
    }

    const resultsIn = (dir: string): ResultRow[] => {
        const read = readResultsCsv(readFile(dir, 'students.results.csv'));
        if (!read.ok) {
            throw new Error(JSON.stringify(read.problems));
        }
        return read.results;
    };
    const rowStatuses = (results: ResultRow[]): [number, string][] =>
        results.map((row): [number, string] => [row.row, row.status]).sort((a, b) => a[0] - b[0]);

    /** Resumes in the same folder; only students 5-8 may be sent again; 5 and 6 reached the org before the stop. */
    async function resumeAndCheck(target: FakeSalesforce, contacts: FakeContact[], dir: string): Promise<void> {
        const callsBefore = target.actionRequests().length;
        const resumed = await runAgainst(
            target,
            ['--file', 'students.csv', '--chunk-size', '2', '--resume', 'students.results.csv', '--no-progress'],
            { dir }
        );
        expect(resumed.code).toBe(0);
        const sent = target
            .actionRequests()
            .slice(callsBefore)
            .flatMap((request) => request.inputs?.map((input) => input.contactId) ?? []);
        expect(sent).toEqual(contacts.slice(4).map((contact) => contact.id));
        expect(rowStatuses(resultsIn(dir))).toEqual([
            [2, 'CREATED'],
            [3, 'CREATED'],
            [4, 'CREATED'],
            [5, 'CREATED'],
            [6, 'ALREADY_ENABLED'],
            [7, 'ALREADY_ENABLED'],
            [8, 'CREATED'],
            [9, 'CREATED']
        ]);
    }

    it('SIGKILL while chunk 3 is in flight: the rows of chunks 1-2 are in the file, and --resume sends only the rest', async () => {
        const spawned: { child?: ChildProcess } = {};
        const { target, contacts, dir } = await orgCalling(() => spawned.child?.kill('SIGKILL'), 300);
        const run = start(target, dir);
        spawned.child = run.child;
        const exit = await run.exit;
        expect(exit.signal).toBe('SIGKILL');
        expect(rowStatuses(resultsIn(dir))).toEqual([
            [2, 'CREATED'],
            [3, 'CREATED'],
            [4, 'CREATED'],
            [5, 'CREATED']
        ]);
        await new Promise((resolve) => setTimeout(resolve, 400)); // the org finishes call 3 without the client
        await resumeAndCheck(target, contacts, dir);
    });

    it('SIGTERM (CI cancel, timeout) stops like Ctrl-C: the call in flight finishes, the rest is NOT_SENT, exit 3', async () => {
        const spawned: { child?: ChildProcess } = {};
        const { target, dir } = await orgCalling(() => spawned.child?.kill('SIGTERM'), 300);
        const run = start(target, dir);
        spawned.child = run.child;
        const exit = await run.exit;
        expect(exit.code).toBe(3);
        expect(exit.stderr).toContain('Interrupted (SIGTERM): finishing the calls in flight, then writing the results');
        expect(rowStatuses(resultsIn(dir))).toEqual([
            [2, 'CREATED'],
            [3, 'CREATED'],
            [4, 'CREATED'],
            [5, 'CREATED'],
            [6, 'CREATED'],
            [7, 'CREATED'],
            [8, 'NOT_SENT'],
            [9, 'NOT_SENT']
        ]);
        expect(target.actionRequests()).toHaveLength(3);
    });

    it('a second signal quits at once (exit 143), naming the results file, which --resume completes', async () => {
        const spawned: { child?: ChildProcess } = {};
        const { target, contacts, dir } = await orgCalling(() => {
            spawned.child?.kill('SIGTERM');
            setTimeout(() => spawned.child?.kill('SIGTERM'), 100);
        }, 600);
        const run = start(target, dir);
        spawned.child = run.child;
        const exit = await run.exit;
        expect(exit.code).toBe(143);
        const path = join(dir, 'students.results.csv');
        expect(exit.stderr).toContain(
            `Interrupted again (SIGTERM): quitting now; calls in flight are abandoned.\nThe rows that came back are in ${path}: run the same command with --resume ${path}`
        );
        expect(rowStatuses(resultsIn(dir))).toEqual([
            [2, 'CREATED'],
            [3, 'CREATED'],
            [4, 'CREATED'],
            [5, 'CREATED']
        ]);
        await new Promise((resolve) => setTimeout(resolve, 700));
        await resumeAndCheck(target, contacts, dir);
    });
});

describe('resume', () => {
    it('skips rows that succeeded, sends the rest, and keeps the carried rows in the new results', async () => {
        const contacts = makeStudents(6);
        const target = await fakeOrg({
            contacts,
            actionFault: (call) => (call === 2 ? FAULTS.sessionExpired() : undefined)
        });
        const first = await runFile(target, idsCsv(contacts), ['--chunk-size', '2', '--concurrency', '1']);
        expect(first.code).toBe(3);
        writeFile(first.dir, 'students.csv', idsCsv(contacts));
        const second = await runAgainst(
            target,
            ['--file', 'students.csv', '--resume', 'students.results.csv', '--no-progress'],
            { dir: first.dir }
        );
        expect(second.code).toBe(0);
        expect(target.actionRequests()[2].inputs?.map((input) => input.contactId)).toEqual(
            contacts.slice(2).map((contact) => contact.id)
        );
        const read = readResultsCsv(readFile(first.dir, 'students.results.csv'));
        expect(read.ok && statuses(read.results)).toEqual([
            'CREATED',
            'CREATED',
            'CREATED',
            'CREATED',
            'CREATED',
            'CREATED'
        ]);
        expect(second.stdout).toContain('Enabling: 4 student(s), 2 skipped (already enabled in students.results.csv)');
        expect(second.stdout).toContain('Skipped (--resume)   2');
    });

    it('refuses a --resume file that is not a results file, sending nothing', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        writeFile(dir, 'old.csv', 'ContactId\n');
        const run = await runAgainst(target, ['--file', 'students.csv', '--resume', 'old.csv'], { dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('old.csv cannot be resumed from; nothing was sent');
        expect(target.requests).toHaveLength(0);
    });
});

describe('--where', () => {
    it('queries the contacts page by page (queryMore) and enables them, rows numbered by position', async () => {
        const contacts = makeStudents(7);
        const target = await fakeOrg({
            contacts,
            queryPageSize: 3,
            where: (condition) =>
                condition === "Account.Name = 'Class of 2026'" ? contacts.slice(1).map((contact) => contact.id) : []
        });
        const dir = tempDir();
        const run = await runAgainst(
            target,
            ['--where', "Account.Name = 'Class of 2026'", '--no-progress', '--out', 'cohort.csv'],
            { dir }
        );
        expect(run.code).toBe(0);
        expect(target.queryRequests().map((request) => request.kind)).toEqual(['query', 'queryMore']);
        expect(target.queryRequests()[0].soql).toBe(
            "SELECT Id FROM Contact WHERE Account.Name = 'Class of 2026' ORDER BY Id"
        );
        const read = readResultsCsv(readFile(dir, 'cohort.csv'));
        expect(read.ok && read.results.map((row) => [row.row, row.contactId, row.status])).toEqual(
            contacts.slice(1).map((contact, index) => [index + 1, contact.id, 'CREATED'])
        );
    });

    it('writes a timestamped results file in the working folder by default', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        const run = await runAgainst(target, ['--where', 'Email != null', '--no-progress']);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/Results {14}.*enable-students-\d{8}T\d{6}Z\.results\.csv/);
    });

    it('reports a bad condition from the org as bad input (exit 2)', async () => {
        const target = await fakeOrg({
            contacts: makeStudents(1),
            where: () => ({ errorCode: 'INVALID_FIELD', message: "No such column 'Bogus__c' on entity 'Contact'." })
        });
        const run = await runAgainst(target, ['--where', 'Bogus__c = 1']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(
            "the --where query failed (INVALID_FIELD): No such column 'Bogus__c' on entity 'Contact'.; nothing was sent"
        );
        expect(target.actionRequests()).toHaveLength(0);
    });

    it('waits out a transient failure of the --where query', async () => {
        const flaky = await fakeOrg({ contacts: makeStudents(1), queryFault: faultQueue(FAULTS.unavailable()) });
        const retried = await runAgainst(flaky, ['--where', 'Email != null', '--no-progress']);
        expect(retried.code).toBe(0);
        expect(flaky.queryRequests().map((request) => request.kind)).toEqual(['query', 'query']);
        expect(flaky.actionRequests()).toHaveLength(1);
    });

    it('stops (exit 3) when the --where query finds the session expired, sending nothing', async () => {
        const expired = await fakeOrg({ contacts: makeStudents(1), queryFault: faultQueue(FAULTS.sessionExpired()) });
        const stopped = await runAgainst(expired, ['--where', 'Email != null', '--no-progress']);
        expect(stopped.code).toBe(3);
        expect(stopped.stderr).toContain(
            'error: the --where query failed (INVALID_SESSION_ID): Session expired or invalid'
        );
        expect(expired.queryRequests()).toHaveLength(1);
        expect(expired.actionRequests()).toHaveLength(0);
    });

    it('ends without sending when no contact matches', async () => {
        const target = await fakeOrg({ contacts: makeStudents(1), where: () => [] });
        const run = await runAgainst(target, ['--where', "LastName = 'Nobody'"]);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('No contact matches --where "LastName = \'Nobody\'"; nothing was sent.');
        expect(target.actionRequests()).toHaveLength(0);
    });

    it('refuses a condition with ";" before connecting', async () => {
        const target = await fakeOrg({ contacts: makeStudents(1) });
        const run = await runAgainst(target, ['--where', "Name = 'x'; DELETE"]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('--where must be one SOQL condition: it may not contain ";"');
        expect(target.requests).toHaveLength(0);
    });
});

describe('bad input never sends anything (exit 2)', () => {
    const cases: [string, string, string][] = [
        ['an empty file', '', 'the file is empty'],
        ['a missing header', `${makeContactId(1)}\n`, 'students.csv:1: missing header: line 1 holds data'],
        [
            'no ContactId or Email column',
            'Profile\nStudent\n',
            'students.csv:1: the header needs a ContactId or an Email column (at least one of them names each student); found "Profile"'
        ],
        [
            'an unknown column',
            `ContactId,Nickname\n${makeContactId(1)},ada\n`,
            'students.csv:1: unknown column "Nickname"'
        ],
        [
            'an invalid Id',
            'ContactId\n003Fa0000000001AAA\n',
            'students.csv:2: ContactId: "003Fa0000000001AAA" is not a valid Id'
        ],
        [
            'a duplicate contact',
            `ContactId\n${makeContactId(1)}\n${makeContactId(1).slice(0, 15)}\n`,
            `students.csv:3: duplicate contact ${makeContactId(1)} (already on line 2)`
        ],
        [
            'a bad yes/no value',
            `ContactId,SendWelcomeEmail\n${makeContactId(1)},sometimes\n`,
            'students.csv:2: SendWelcomeEmail: "sometimes" is not a yes/no value'
        ],
        [
            'an unknown licence',
            `ContactId,License\n${makeContactId(1)},Gold\n`,
            'students.csv:2: License: unknown licence "Gold"'
        ]
    ];

    it.each(cases)('%s', async (_, csv, message) => {
        const target = await fakeOrg({ contacts: makeStudents(2) });
        const run = await runFile(target, csv);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('nothing was sent');
        expect(run.stderr).toContain(message);
        expect(target.requests).toHaveLength(0);
        expect(existsSync(join(run.dir, 'students.results.csv'))).toBe(false);
    });

    it('lists every bad line in one go', async () => {
        const target = await fakeOrg({ contacts: makeStudents(2) });
        const run = await runFile(
            target,
            `ContactId,SendWelcomeEmail\n003Fa0000000001AAA,yes\n${makeContactId(1)},maybe\n,yes\n`
        );
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('3 problem(s) in');
        expect(run.stderr).toMatch(/students\.csv:2: .*\n.*students\.csv:3: .*\n.*students\.csv:4: /);
        expect(target.requests).toHaveLength(0);
    });

    it('an unreadable file', async () => {
        const target = await fakeOrg({ contacts: makeStudents(1) });
        const run = await runAgainst(target, ['--file', 'missing.csv']);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/error: cannot read the input file .*missing\.csv: no such file/);
        expect(target.requests).toHaveLength(0);
    });

    it.each([
        ['the same path', 'students.csv'],
        ['the same file spelled differently', './sub/../students.csv'],
        ['a link to the input', 'link.csv']
    ])('--out naming the input file: %s', async (_, out) => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        const input = writeFile(dir, 'students.csv', idsCsv(contacts));
        symlinkSync(input, join(dir, 'link.csv'));
        const run = await runAgainst(target, ['--file', 'students.csv', '--out', out, '--no-progress'], { dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(
            'is the input file itself: the results would overwrite your students. Name another file with --out'
        );
        expect(readFile(dir, 'students.csv')).toBe(idsCsv(contacts));
        expect(target.requests).toHaveLength(0);
    });

    it('a Latin-1 file: refused at its first line that is not UTF-8, instead of CONTACT_NOT_FOUND', async () => {
        const contacts = makeStudents(2);
        contacts[1].email = 'zoé@uni.example';
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        writeFileSync(
            join(dir, 'students.csv'),
            Buffer.from('Email\nstudent1@uni.example\nzoé@uni.example\n', 'latin1')
        );
        const run = await runAgainst(target, ['--file', 'students.csv', '--no-progress'], { dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(
            /students\.csv cannot be read as utf-8; nothing was sent:\n.*students\.csv:3: not UTF-8 text \(byte 0xE9\)/
        );
        expect(target.requests).toHaveLength(0);

        const declared = await runAgainst(target, ['--file', 'students.csv', '--encoding', 'latin1', '--no-progress'], {
            dir
        });
        expect(declared.code).toBe(0);
        expect(target.actionRequests()[0].inputs?.[1]).toEqual({ email: 'zoé@uni.example' });
        const read = readResultsCsv(readFile(dir, 'students.results.csv'));
        expect(read.ok && read.results.map((row) => [row.email, row.status])).toEqual([
            ['student1@uni.example', 'CREATED'],
            ['zoé@uni.example', 'CREATED']
        ]);
    });

    it('a UTF-8 file with a BOM and Windows line ends is read', async () => {
        const contacts = makeStudents(1);
        contacts[0].email = 'zoé@uni.example';
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        writeFileSync(join(dir, 'students.csv'), '\uFEFFEmail\r\nzoé@uni.example\r\n', 'utf8');
        const run = await runAgainst(target, ['--file', 'students.csv', '--no-progress'], { dir });
        expect(run.code).toBe(0);
        expect(readFileSync(join(dir, 'students.results.csv'), 'utf8')).toContain(
            '2,,zoé@uni.example,CREATED'.slice(0, 2)
        );
    });

    it('an unknown --encoding', async () => {
        const target = await fakeOrg({ contacts: makeStudents(1) });
        const run = await runAgainst(target, ['--file', 'x.csv', '--encoding', 'klingon']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('--encoding: "klingon" is not an encoding this command knows');
        expect(target.requests).toHaveLength(0);
    });

    it('a results folder that does not exist', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        const run = await runFile(target, idsCsv(contacts), ['--out', 'no/such/folder/out.csv']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('its folder is missing or not writable');
        expect(target.requests).toHaveLength(0);
    });

    it.each([
        [['--file', 'students.csv'], 'Name the org: --target-org'],
        [['--instance-url', 'http://127.0.0.1:1'], 'Name the students: --file'],
        [['--instance-url', 'http://example.com', '--file', 'x.csv'], '--instance-url must use https'],
        [
            ['--target-org', 'dev', '--instance-url', 'https://x.my.salesforce.com', '--file', 'x.csv'],
            'cannot be used with option'
        ],
        [['--target-org', 'dev', '--file', 'x.csv', '--where', 'a = 1'], 'cannot be used with option'],
        [
            ['--target-org', 'dev', '--file', 'x.csv', '--chunk-size', '201'],
            '--chunk-size must be a whole number from 1 to 200'
        ],
        [
            ['--target-org', 'dev', '--file', 'x.csv', '--concurrency', '9'],
            '--concurrency must be a whole number from 1 to 5'
        ],
        [['--target-org', 'dev', '--file', 'x.csv', '--access-token', 'abc'], "unknown option '--access-token'"],
        [
            ['--target-org', 'dev', '--file', 'x.csv', '--license', 'Gold', '--time-zone', 'Mars'],
            '--license: unknown licence "Gold"'
        ]
    ])('usage error %j', async (args, message) => {
        const target = await fakeOrg({ contacts: makeStudents(1) });
        const run = await runAgainst(target, args, { withAuth: false });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(message);
        expect(target.requests).toHaveLength(0);
    });

    it('needs SF_ACCESS_TOKEN with --instance-url', async () => {
        const target = await fakeOrg({ contacts: makeStudents(1) });
        const run = await runAgainst(target, ['--file', 'x.csv'], { deps: { env: {} } });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(
            '--instance-url needs an access token in the environment variable SF_ACCESS_TOKEN (never on the command line).'
        );
    });
});

describe('progress', () => {
    it('prints plain progress lines when not on a terminal, and retry lines', async () => {
        const contacts = makeStudents(4);
        const target = await fakeOrg({ contacts, actionFault: faultQueue(FAULTS.rowLock()) });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        const run = await runAgainst(target, ['--file', 'students.csv', '--chunk-size', '2', '--concurrency', '1'], {
            dir
        });
        expect(run.stderr.split('\n')).toEqual([
            'sending 4 students in 2 chunk(s)',
            'retry: chunk 1, 2 row(s), UNABLE_TO_LOCK_ROW: attempt 2 in 0.0 s',
            'progress: 2/4 students (50%), chunk 1/2, 0 failed',
            'progress: 4/4 students (100%), chunk 2/2, 0 failed',
            ''
        ]);
    });
});

describe('the real API: long URLs, sessions, access, time-outs, concurrency', () => {
    it('sends 200 emails of 70+ characters in the action body (no query URL to outgrow: HTTP 431 cannot arise)', async () => {
        const contacts = makeStudents(200).map((contact, index) => ({
            ...contact,
            email: `student.with.a.rather.long.name.number.${String(index).padStart(4, '0')}@faculty-of-engineering.uni.example`
        }));
        expect(contacts[0].email.length).toBeGreaterThan(70);
        const target = await fakeOrg({ contacts });
        const csv = 'Email\n' + contacts.map((contact) => contact.email).join('\n') + '\n';
        const run = await runFile(target, csv);
        expect(target.requests.filter((request) => request.status === 431)).toEqual([]);
        expect(run.code).toBe(0);
        expect(target.queryRequests()).toHaveLength(0);
        expect(target.actionRequests().map((request) => request.inputs?.length)).toEqual([200]);
    });

    it('the fake org answers 431 to a URL plus headers over 16,384 bytes', async () => {
        const target = await fakeOrg({ contacts: [] });
        const response = await fetch(`${target.url}/services/data/v65.0/query?q=${'x'.repeat(16_400)}`, {
            headers: { authorization: `Bearer ${target.token}` }
        });
        expect(response.status).toBe(431);
    });

    it('the fake org refuses over 200 inputs as the Apex does: TooManyRequestsException on every input, HTTP 400', async () => {
        const target = await fakeOrg({ contacts: [] });
        const inputs = makeStudents(201).map((contact) => ({ contactId: contact.id }));
        const response = await fetch(`${target.url}/services/data/v65.0/actions/custom/apex/EnableStudentUsersAction`, {
            method: 'POST',
            headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ inputs })
        });
        expect(response.status).toBe(400);
        const results = (await response.json()) as {
            isSuccess: boolean;
            errors: { statusCode: string; message: string }[];
        }[];
        expect(results).toHaveLength(201);
        expect(results[200].isSuccess).toBe(false);
        expect(results[200].errors[0].statusCode).toBe('UNKNOWN_EXCEPTION');
        expect(results[200].errors[0].message).toMatch(/^StudentUserService\.TooManyRequestsException: /);
    });

    it('a failed session refresh (--target-org) stops the run with exit 3 and a login hint, not a failure per row', async () => {
        const contacts = makeStudents(4);
        // The token outlives the two org facts queries and the first action call, then expires.
        const target = await fakeOrg({ contacts, sessionCalls: 3 });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        const run = await runAgainst(
            target,
            ['--target-org', 'student-dev', '--file', 'students.csv', '--no-progress', '--chunk-size', '2'],
            {
                dir,
                withAuth: false,
                deps: {
                    connect: async (_auth, timeoutMs) => {
                        const { Connection } = await import('jsforce');
                        // What @salesforce/core gives: a connection that refreshes its token, here with a revoked one.
                        const conn = new Connection({
                            instanceUrl: target.url,
                            accessToken: target.token,
                            version: '65.0',
                            refreshFn: (_conn, callback) => {
                                callback(new Error('expired access/refresh token'));
                            }
                        });
                        return connectionApi(conn, timeoutMs);
                    }
                }
            }
        );
        expect(run.code).toBe(3);
        expect(run.stderr).toContain('Stopped early: SESSION_REFRESH_FAILED: Unable to refresh session due to:');
        expect(run.stderr).toContain('Log in again: sf org login web --alias student-dev');
        const read = readResultsCsv(readFile(dir, 'students.results.csv'));
        expect(read.ok && read.results.map((row) => row.status)).toEqual([
            'CREATED',
            'CREATED',
            'NOT_SENT',
            'NOT_SENT'
        ]);
    });

    it('stops at once on 404 (no access to the action class), with the hint', async () => {
        const contacts = makeStudents(4);
        const target = await fakeOrg({ contacts, actionFault: () => FAULTS.notFound() });
        const run = await runFile(target, idsCsv(contacts), ['--chunk-size', '2']);
        expect(run.code).toBe(3);
        expect(target.actionRequests()).toHaveLength(1);
        expect(run.stderr).toContain('The action EnableStudentUsersAction was not found for this user');
    });

    it('waits as long as the platform by default (10 minutes and more) before giving up on a call', () => {
        expect(DEFAULT_REQUEST_TIMEOUT_SECONDS).toBeGreaterThanOrEqual(600);
    });

    it('never resends a timed-out login link call: the rows say the outcome is unknown, --resume holds them', async () => {
        const contacts = makeStudents(2).map((contact) => ({
            ...contact,
            user: { id: `005${contact.id.slice(3)}`, username: `${contact.email}.s`, isActive: true }
        }));
        const target = await fakeOrg({ contacts, actionFault: faultQueue({ type: 'delay', ms: 1500 }) });
        const dir = tempDir();
        writeFile(dir, 'students.csv', idsCsv(contacts));
        const run = await runAgainst(target, ['--file', 'students.csv', '--no-progress', '--request-timeout', '1'], {
            dir,
            command: 'send-login-link'
        });
        expect(run.code).toBe(1);
        expect(target.actionRequests()).toHaveLength(1);
        const read = readResultsCsv(readFile(dir, 'students.results.csv'), LIFECYCLE_RESULT_COLUMNS);
        expect(read.ok && read.results.map((row) => row.errorCode)).toEqual(['OUTCOME_UNKNOWN', 'OUTCOME_UNKNOWN']);
        const again = await runAgainst(
            target,
            ['--file', 'students.csv', '--no-progress', '--resume', 'students.results.csv', '--out', 'again.csv'],
            { dir, command: 'send-login-link' }
        );
        expect(again.stderr).toContain('are not resent: OUTCOME_UNKNOWN');
        expect(target.actionRequests()).toHaveLength(1);
    });

    it('enable sends one call at a time by default (Salesforce: one batch of role-based users at a time)', async () => {
        const contacts = makeStudents(6);
        const target = await fakeOrg({ contacts, actionLatencyMs: 30 });
        await runFile(target, idsCsv(contacts), ['--chunk-size', '2']);
        expect(target.maxActionsInFlight()).toBe(1);
    });

    it('retries the calls the org refuses at its concurrent long-running Apex limit', async () => {
        const contacts = makeStudents(6);
        const target = await fakeOrg({ contacts, actionLatencyMs: 5, concurrentApexLimit: 1 });
        const run = await runFile(target, idsCsv(contacts), [
            '--chunk-size',
            '2',
            '--concurrency',
            '3',
            '--max-retries',
            '10'
        ]);
        expect(run.code).toBe(0);
        expect(statuses(run.results)).toEqual(Array(6).fill('CREATED'));
        expect(target.requests.some((request) => request.status === 403)).toBe(true);
    });
});
