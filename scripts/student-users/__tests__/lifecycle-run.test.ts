/**
 * The lifecycle subcommands (deactivate, freeze, unfreeze, send-login-link, reactivate, disable) run in-process
 * against the fake org's ManageStudentUsersAction: request shape, dry run, the disable refusal, SKIPPED rows, resume,
 * the results columns and formula-injection neutralisation.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LifecycleInput } from '../action';
import { LIFECYCLE_OPERATIONS } from '../operations';
import type { ResultRow } from '../results-format';
import { LIFECYCLE_RESULT_COLUMNS } from '../results-format';
import { readResultsCsv } from '../resume';
import type { FakeContact, FakeOrgConfig, FakeSalesforce } from '../testing/fake-salesforce';
import { FAULTS, makeStudents, startFakeSalesforce } from '../testing/fake-salesforce';
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

/** `n` students, each with an active portal user. */
function enabledStudents(n: number): FakeContact[] {
    return makeStudents(n).map((contact, index) => ({
        ...contact,
        user: { id: `005Fa${String(index + 1).padStart(10, '0')}AAA`, username: `${contact.email}.s`, isActive: true }
    }));
}

function idsCsv(contacts: readonly FakeContact[]): string {
    return 'ContactId\n' + contacts.map((contact) => contact.id).join('\n') + '\n';
}

/** Runs `student-users <command> --file students.csv <args>`; returns the run and the parsed results file. */
async function runLifecycle(
    target: FakeSalesforce,
    command: string,
    csv: string,
    args: string[] = [],
    dir = tempDir()
): Promise<CliRun & { results: ResultRow[] }> {
    writeFile(dir, 'students.csv', csv);
    const run = await runAgainst(target, ['--file', 'students.csv', '--no-progress', ...args], { dir, command });
    const path = join(dir, 'students.results.csv');
    const read = existsSync(path)
        ? readResultsCsv(readFile(dir, 'students.results.csv'), LIFECYCLE_RESULT_COLUMNS)
        : undefined;
    return { ...run, results: read?.ok ? read.results : [] };
}

const lifecycleInputs = (target: FakeSalesforce): LifecycleInput[][] =>
    target.actionRequests().map((request) => (request.inputs ?? []) as LifecycleInput[]);

loadSalesforceClientFirst();

describe('each subcommand posts its action to ManageStudentUsersAction', () => {
    it.each([
        ['deactivate', 'DEACTIVATE', 'DEACTIVATED', false, false],
        ['freeze', 'FREEZE', 'FROZEN', false, false],
        ['unfreeze', 'UNFREEZE', 'UNFROZEN', true, false],
        ['send-login-link', 'SEND_LOGIN_LINK', 'LOGIN_LINK_SENT', false, false],
        ['reactivate', 'REACTIVATE', 'REACTIVATED', false, true],
        ['disable', 'DISABLE', 'DISABLED', false, false]
    ])('%s sends action %s and reports %s', async (command, action, status, frozen, inactive) => {
        const contacts = enabledStudents(3);
        contacts.forEach((contact) => {
            contact.user = { ...contact.user!, isFrozen: frozen, isActive: !inactive };
        });
        const target = await fakeOrg({ contacts, canDisable: true });
        const run = await runLifecycle(
            target,
            command,
            idsCsv(contacts),
            command === 'disable' ? ['--confirm-disable'] : []
        );
        expect(run.code).toBe(0);
        const requests = target.actionRequests();
        expect(requests).toHaveLength(1);
        expect(requests[0].path).toBe('/services/data/v65.0/actions/custom/apex/ManageStudentUsersAction');
        expect(requests[0].actionName).toBe('ManageStudentUsersAction');
        expect(lifecycleInputs(target)[0]).toEqual(
            contacts.map((contact) => ({
                action,
                contactId: contact.id,
                validateOnly: false,
                confirmDisable: command === 'disable'
            }))
        );
        expect(run.results.map((row) => [row.action, row.status])).toEqual(contacts.map(() => [action, status]));
        expect(run.results[0]).toMatchObject({ row: 2, contactId: contacts[0].id, errorCode: '', errorFix: '' });
        const operation = LIFECYCLE_OPERATIONS.find((candidate) => candidate.command === command);
        expect(run.stdout).toMatch(new RegExp(`${operation?.doneLabel}\\s+3\\n`));
    });

    it('changes the fake org only in a real run (deactivate leaves the user inactive)', async () => {
        const contacts = enabledStudents(2);
        const target = await fakeOrg({ contacts });
        await runLifecycle(target, 'deactivate', idsCsv(contacts));
        expect(contacts.map((contact) => target.contact(contact.id)?.user?.isActive)).toEqual([false, false]);
    });

    it('names students by email too, sent as the email input and resolved by the action on the server', async () => {
        const contacts = enabledStudents(3);
        const target = await fakeOrg({ contacts });
        const run = await runLifecycle(
            target,
            'freeze',
            'Email\n' + contacts.map((contact) => contact.email).join('\n') + '\n'
        );
        expect(run.code).toBe(0);
        expect(target.queryRequests()).toHaveLength(0);
        expect(lifecycleInputs(target)[0].map((input) => input.email)).toEqual(
            contacts.map((contact) => contact.email)
        );
        expect(run.results.map((row) => [row.contactId, row.email, row.status])).toEqual(
            contacts.map((contact) => [contact.id, contact.email, 'FROZEN'])
        );
    });
});

describe('dry run', () => {
    it('sends validateOnly, reports VALID and changes nothing', async () => {
        const contacts = enabledStudents(3);
        const target = await fakeOrg({ contacts });
        const run = await runLifecycle(target, 'deactivate', idsCsv(contacts), ['--dry-run']);
        expect(run.code).toBe(0);
        expect(lifecycleInputs(target)[0].every((input) => input.validateOnly === true)).toBe(true);
        expect(run.results.map((row) => row.status)).toEqual(['VALID', 'VALID', 'VALID']);
        expect(contacts.every((contact) => target.contact(contact.id)?.user?.isActive === true)).toBe(true);
        expect(run.stdout).toContain('Dry run of deactivate (validate only, no changes): 3 student(s)');
        expect(run.stdout).toMatch(/Valid \(dry run\)\s+3\n/);
    });
});

describe('disable', () => {
    it('is refused without --confirm-disable: exit 2, the reason and what to do instead, nothing sent', async () => {
        const contacts = enabledStudents(2);
        const target = await fakeOrg({ contacts, canDisable: true });
        const run = await runLifecycle(target, 'disable', idsCsv(contacts));
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('error: disable is permanent');
        expect(run.stderr).toContain('breaks the link between the user and the contact');
        expect(run.stderr).toContain('"student-users deactivate"');
        expect(run.stderr).toContain('add --confirm-disable');
        expect(target.requests).toHaveLength(0);
        expect(existsSync(join(run.dir, 'students.results.csv'))).toBe(false);
    });

    it('is refused also as a dry run without --confirm-disable', async () => {
        const contacts = enabledStudents(1);
        const target = await fakeOrg({ contacts, canDisable: true });
        const run = await runLifecycle(target, 'disable', idsCsv(contacts), ['--dry-run']);
        expect(run.code).toBe(2);
        expect(target.requests).toHaveLength(0);
    });

    it('reports the server refusal (DISABLE_NOT_ALLOWED) per row when the caller lacks the permission', async () => {
        const contacts = enabledStudents(2);
        const target = await fakeOrg({ contacts, canDisable: false });
        const run = await runLifecycle(target, 'disable', idsCsv(contacts), ['--confirm-disable']);
        expect(run.code).toBe(1);
        expect(run.results.map((row) => [row.status, row.errorCode, row.errorField])).toEqual([
            ['FAILED', 'DISABLE_NOT_ALLOWED', 'confirmDisable'],
            ['FAILED', 'DISABLE_NOT_ALLOWED', 'confirmDisable']
        ]);
        expect(run.results[0].errorFix).toContain('Deactivate instead');
        expect(run.stdout).toContain('DISABLE_NOT_ALLOWED (confirmDisable)');
        expect(run.stdout).toContain('Fix: Deactivate instead');
        expect(contacts.every((contact) => target.contact(contact.id)?.user !== undefined)).toBe(true);
    });
});

describe('SKIPPED and FAILED rows', () => {
    it('counts SKIPPED rows (nothing to do) apart from failures; they alone do not fail the run', async () => {
        const contacts = enabledStudents(4);
        contacts[1].user!.isActive = false;
        contacts[2].user!.isActive = false;
        const target = await fakeOrg({ contacts });
        const run = await runLifecycle(target, 'deactivate', idsCsv(contacts));
        expect(run.code).toBe(0);
        expect(run.results.map((row) => [row.status, row.errorCode])).toEqual([
            ['DEACTIVATED', ''],
            ['SKIPPED', 'ALREADY_INACTIVE'],
            ['SKIPPED', 'ALREADY_INACTIVE'],
            ['DEACTIVATED', '']
        ]);
        expect(run.results[1].errorFix).toBe('Nothing to do.');
        expect(run.stdout).toMatch(/Deactivated\s+2\n/);
        expect(run.stdout).toMatch(/Skipped \(nothing to do\)\s+2\n/);
        expect(run.stdout).toMatch(/Failed\s+0\n/);
    });

    it('fails students without a portal user (NOT_A_PORTAL_USER) and exits 1', async () => {
        const contacts = enabledStudents(2);
        contacts[0].user = undefined;
        const target = await fakeOrg({ contacts });
        const run = await runLifecycle(target, 'send-login-link', idsCsv(contacts));
        expect(run.code).toBe(1);
        expect(run.results.map((row) => [row.status, row.errorCode])).toEqual([
            ['FAILED', 'NOT_A_PORTAL_USER'],
            ['LOGIN_LINK_SENT', '']
        ]);
        expect(run.stdout).toMatch(/Failed\s+1\n/);
    });

    it('fails every row with PERMISSION_DENIED without Manage_Student_Users (HTTP 400 with per-input results)', async () => {
        const contacts = enabledStudents(2);
        const target = await fakeOrg({ contacts, manageDenied: true });
        const run = await runLifecycle(target, 'freeze', idsCsv(contacts));
        expect(run.code).toBe(1);
        expect(run.results.map((row) => [row.action, row.status, row.errorCode])).toEqual([
            ['FREEZE', 'FAILED', 'PERMISSION_DENIED'],
            ['FREEZE', 'FAILED', 'PERMISSION_DENIED']
        ]);
    });
});

describe('chunks, retries and stops are those of enable', () => {
    it('sends at most --chunk-size students per call', async () => {
        const contacts = enabledStudents(5);
        const target = await fakeOrg({ contacts });
        const run = await runLifecycle(target, 'freeze', idsCsv(contacts), ['--chunk-size', '2']);
        expect(run.code).toBe(0);
        expect(lifecycleInputs(target).map((inputs) => inputs.length)).toEqual([2, 2, 1]);
    });

    it('retries a row lock, then stops cleanly on an expired session: the rest is NOT_SENT with its action', async () => {
        const contacts = enabledStudents(4);
        const target = await fakeOrg({
            contacts,
            actionFault: (call) => (call === 1 ? FAULTS.rowLock() : call === 4 ? FAULTS.sessionExpired() : undefined)
        });
        const run = await runLifecycle(target, 'deactivate', idsCsv(contacts), [
            '--chunk-size',
            '2',
            '--concurrency',
            '1'
        ]);
        expect(run.code).toBe(3);
        // Call 1: every input row-locked (HTTP 400 with per-input errors), retried in halves as calls 2 and 3; call 4
        // is answered 401 before the fake reads its body, so it records no inputs.
        expect(target.actionRequests().map((request) => request.status)).toEqual([400, 200, 200, 401]);
        expect(lifecycleInputs(target).map((inputs) => inputs.map((input) => input.contactId))).toEqual([
            [contacts[0].id, contacts[1].id],
            [contacts[0].id],
            [contacts[1].id],
            []
        ]);
        expect(run.results.map((row) => [row.action, row.status])).toEqual([
            ['DEACTIVATE', 'DEACTIVATED'],
            ['DEACTIVATE', 'DEACTIVATED'],
            ['DEACTIVATE', 'NOT_SENT'],
            ['DEACTIVATE', 'NOT_SENT']
        ]);
        expect(run.stderr).toContain('--resume');
    });
});

describe('resume of a lifecycle run', () => {
    it('skips rows done or SKIPPED for the same action, sends the rest, and carries them into the new file', async () => {
        const contacts = enabledStudents(6);
        contacts[1].user!.isActive = false;
        const target = await fakeOrg({
            contacts,
            actionFault: (call) => (call === 2 ? FAULTS.sessionExpired() : undefined)
        });
        const first = await runLifecycle(target, 'deactivate', idsCsv(contacts), [
            '--chunk-size',
            '2',
            '--concurrency',
            '1'
        ]);
        expect(first.code).toBe(3);
        expect(first.results.map((row) => row.status)).toEqual([
            'DEACTIVATED',
            'SKIPPED',
            'NOT_SENT',
            'NOT_SENT',
            'NOT_SENT',
            'NOT_SENT'
        ]);
        const second = await runLifecycle(
            target,
            'deactivate',
            idsCsv(contacts),
            ['--resume', 'students.results.csv'],
            first.dir
        );
        expect(second.code).toBe(0);
        expect(lifecycleInputs(target)[2].map((input) => input.contactId)).toEqual(
            contacts.slice(2).map((contact) => contact.id)
        );
        expect(second.results.map((row) => row.status)).toEqual([
            'DEACTIVATED',
            'SKIPPED',
            'DEACTIVATED',
            'DEACTIVATED',
            'DEACTIVATED',
            'DEACTIVATED'
        ]);
        expect(second.stdout).toContain('Deactivating: 4 student(s), 2 skipped (already done in students.results.csv)');
        expect(second.stdout).toMatch(/Already done \(--resume\)\s+2\n/);
    });

    it('does not carry rows of another action: a deactivate file resumed by freeze sends every row', async () => {
        const contacts = enabledStudents(2);
        contacts[0].user!.isActive = false;
        const target = await fakeOrg({ contacts });
        const first = await runLifecycle(target, 'reactivate', idsCsv(contacts));
        expect(first.results.map((row) => row.status)).toEqual(['REACTIVATED', 'SKIPPED']);
        const second = await runLifecycle(
            target,
            'freeze',
            idsCsv(contacts),
            ['--resume', 'students.results.csv'],
            first.dir
        );
        expect(second.code).toBe(0);
        expect(lifecycleInputs(target)[1]).toHaveLength(2);
        expect(second.results.map((row) => [row.action, row.status])).toEqual([
            ['FREEZE', 'FROZEN'],
            ['FREEZE', 'FROZEN']
        ]);
    });

    it('refuses an enable results file (other columns), sending nothing', async () => {
        const contacts = enabledStudents(1);
        const target = await fakeOrg({ contacts });
        const dir = tempDir();
        writeFile(
            dir,
            'enabled.csv',
            'row,contactId,email,status,userId,username,ownerRoleAssigned,ownerName,ownerRoleName,errorCode,errorField,message\n'
        );
        const run = await runLifecycle(target, 'deactivate', idsCsv(contacts), ['--resume', 'enabled.csv'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`not a results file: the header must be ${LIFECYCLE_RESULT_COLUMNS.join(',')}`);
        expect(target.requests).toHaveLength(0);
    });
});

describe('results CSV', () => {
    it('has the contract columns, in order, one row per input row', async () => {
        const contacts = enabledStudents(2);
        contacts[1].user!.isActive = false;
        const target = await fakeOrg({ contacts });
        const run = await runLifecycle(target, 'deactivate', idsCsv(contacts));
        const lines = readFile(run.dir, 'students.results.csv').trimEnd().split('\n');
        expect(lines[0]).toBe(
            'row,contactId,email,action,status,userId,username,errorCode,errorField,message,errorFix'
        );
        expect(lines.slice(1)).toEqual([
            `2,${contacts[0].id},,DEACTIVATE,DEACTIVATED,005Fa0000000001AAA,student1@uni.example.s,,,,`,
            `3,${contacts[1].id},,DEACTIVATE,SKIPPED,005Fa0000000002AAA,student2@uni.example.s,ALREADY_INACTIVE,contactId,The portal user of Student 2 is already inactive.,Nothing to do.`
        ]);
    });

    it('neutralises cells a spreadsheet would run as a formula', async () => {
        const contacts = enabledStudents(1);
        contacts[0].user = undefined;
        contacts[0].lastName = '=HYPERLINK("http://evil.example")';
        const target = await fakeOrg({ contacts });
        const run = await runLifecycle(target, 'deactivate', idsCsv(contacts));
        const text = readFile(run.dir, 'students.results.csv');
        expect(text).toContain(`"'=HYPERLINK(""http://evil.example"") has no portal user."`);
        expect(run.results[0].message).toBe('=HYPERLINK("http://evil.example") has no portal user.');
    });

    it('names the default results file of a --where run after the subcommand', async () => {
        const contacts = enabledStudents(2);
        const target = await fakeOrg({ contacts });
        const run = await runAgainst(target, ['--where', 'Graduation_Date__c < TODAY', '--no-progress'], {
            command: 'deactivate'
        });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/Results\s+.*deactivate-students-\d{8}T\d{6}Z\.results\.csv/);
        expect(target.queryRequests()[0].soql).toBe(
            'SELECT Id FROM Contact WHERE Graduation_Date__c < TODAY ORDER BY Id'
        );
    });
});
