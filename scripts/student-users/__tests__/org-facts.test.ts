/**
 * `enable` reads Account Role Optimization and the owners' portal accounts before any enabling call (issue 15):
 * exact output, exact queries, constant call counts, and every read's failure reported without stopping the run.
 */
import { parseApex } from '../../check/lib/apex-parser';
import { readProjectSchema } from '../../check/schema/project-schema';
import { Schema } from '../../check/schema/schema';
import { loadStandardSchema } from '../../check/schema/standard-schema';
import { checkQuery } from '../../check/soql/check-query';
import { findQueries } from '../../check/soql/soql-model';
import { PORTAL_OWNER_SOQL, PORTAL_USER_TYPE_SOQL } from '../../probe/verdicts-org-facts';
import { accountRoleNote, batchAccountsQuery, OWNER_ACCOUNTS_WARN_AT, ownerAccountsQuery } from '../org-facts';
import { readResultsCsv } from '../resume';
import type { ResultRow } from '../results-format';
import { makeAccountId } from '../salesforce-id';
import type { CliRun } from '../testing/cli-harness';
import { readFile, runAgainst, tempDir, writeFile } from '../testing/cli-harness';
import type { FakeContact, FakeOrgConfig, FakeSalesforce } from '../testing/fake-salesforce';
import {
    FAULTS,
    fakeAccountId,
    fakeOwnerId,
    faultQueue,
    makeStudents,
    startFakeSalesforce
} from '../testing/fake-salesforce';
import { describeWithApexParser } from '../../check/__tests__/fixtures';

let org: FakeSalesforce | undefined;
afterEach(async () => {
    await org?.close();
    org = undefined;
});

async function fakeOrg(config: Partial<FakeOrgConfig> & { contacts: FakeContact[] }): Promise<FakeSalesforce> {
    org = await startFakeSalesforce(config);
    return org;
}

async function enable(
    target: FakeSalesforce,
    contacts: readonly FakeContact[],
    args: string[] = [],
    command = 'enable'
): Promise<CliRun & { results: ResultRow[] }> {
    const dir = tempDir();
    writeFile(dir, 'students.csv', 'ContactId\n' + contacts.map((contact) => contact.id).join('\n') + '\n');
    const run = await runAgainst(target, ['--file', 'students.csv', '--no-progress', ...args], { dir, command });
    const read = command === 'enable' ? readResultsCsv(readFile(dir, 'students.results.csv')) : undefined;
    return { ...run, results: read?.ok ? read.results : [] };
}

/** The lines of stdout before the summary (the run's header and the org facts). */
const header = (run: CliRun): string[] => run.stdout.split('\n\n')[0].split('\n');
/** The org facts block of the summary (the paragraph after the aligned counts). */
const factsBlock = (run: CliRun): string =>
    (run.stdout.split('\n\n').find((part) => part.startsWith('Account Role Optimization ')) ?? '').trimEnd();

const NOTE_ON = accountRoleNote({ state: 'on' });
const NOTE_OFF = accountRoleNote({ state: 'off' });
const NOTE_UNKNOWN = accountRoleNote({ state: 'unknown', reason: 'x' });

describe('enable: Account Role Optimization and accounts per owner', () => {
    it('dry run: states the setting, warns for an owner at the threshold, notes every new user, before the action', async () => {
        const contacts = makeStudents(3); // Owner 1, Owner 2, Owner 3
        const target = await fakeOrg({
            contacts,
            accountRoleOptimization: true,
            portalAccounts: { 'Owner 1': OWNER_ACCOUNTS_WARN_AT - 1, 'Owner 2': 10 }
        });
        const run = await enable(target, contacts, ['--dry-run']);
        expect(run.code).toBe(0);
        expect(header(run)).toEqual([
            'Dry run (validate only, no changes): 3 student(s), chunks of 200, 1 at a time.',
            'Account Role Optimization: on.',
            'Accounts with Customer Community Plus users per owner: 3 owner(s) checked, 1 at 45,000 or more of the 50,000 limit.'
        ]);
        expect(run.stderr).toBe(
            `warning: owner Owner 1 (${fakeOwnerId('Owner 1')}) owns 44,999 accounts with Customer Community Plus users; ` +
                'with up to 1 from this run that is 45,000 of the 50,000 per owner. Fix: give these accounts to another ' +
                'owner, or make this owner a person account owner power user (PersonAccountOwnerPowerUser) or ask ' +
                'Salesforce Support, before the limit is reached.\n'
        );
        expect(factsBlock(run)).toBe(
            [
                'Account Role Optimization   on',
                'Owners at 45,000+ accounts  1 of 3 (see the warnings above)',
                'Org checks                  1 metadata read, 2 query'
            ].join('\n')
        );
        expect(run.results.map((row) => [row.status, row.message])).toEqual([
            ['VALID', NOTE_ON],
            ['VALID', NOTE_ON],
            ['VALID', NOTE_ON]
        ]);
        // One metadata read and two queries, all before the one action call.
        const kinds = target.requests.map((request) => request.kind);
        expect(kinds).toEqual(['metadata', 'orgQuery', 'orgQuery', 'action']);
        const [, lookup, count] = target.requests;
        const ids = contacts.map((contact) => `'${contact.id}'`).join(', ');
        expect(lookup.soql).toBe(
            `SELECT AccountId, Account.OwnerId, Account.Owner.Name FROM Contact WHERE AccountId != null AND (Id IN (${ids}))`
        );
        const owners = ['Owner 1', 'Owner 2', 'Owner 3'].map((owner) => `'${fakeOwnerId(owner)}'`).join(', ');
        expect(count.soql).toBe(
            'SELECT Account.OwnerId accountOwner, COUNT_DISTINCT(AccountId) portalAccounts FROM User ' +
                `WHERE UserType = 'PowerCustomerSuccess' AND Account.OwnerId IN (${owners}) GROUP BY Account.OwnerId`
        );
    });

    it('real run: notes new users only (not reactivated, already enabled or failed rows); off is stated', async () => {
        const contacts = makeStudents(4);
        contacts[1].user = { id: '005Fa00000000R1AAA', username: 'old@uni.example', isActive: false };
        contacts[2].user = { id: '005Fa00000000E1AAA', username: 'on@uni.example', isActive: true };
        contacts[3].problem = {
            errorCode: 'NO_ACCOUNT',
            errorField: 'contactId',
            message: 'Student 4 has no account.'
        };
        contacts[3].accountId = null;
        const target = await fakeOrg({ contacts, accountRoleOptimization: false });
        const run = await enable(target, contacts);
        expect(run.code).toBe(1);
        expect(header(run)).toEqual([
            'Enabling: 4 student(s), chunks of 200, 1 at a time.',
            'Account Role Optimization: off.',
            'Accounts with Customer Community Plus users per owner: 3 owner(s) checked, 0 at 45,000 or more of the 50,000 limit.'
        ]);
        expect(run.stderr).toBe('');
        expect(run.results.map((row) => [row.status, row.message])).toEqual([
            ['CREATED', NOTE_OFF],
            ['REACTIVATED', ''],
            ['ALREADY_ENABLED', ''],
            ['FAILED', 'Student 4 has no account.']
        ]);
        expect(factsBlock(run)).toContain('Owners at 45,000+ accounts  0 of 3\n');
    });

    it('a denied SharingSettings read is "unknown" with the reason; the run goes on', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({
            contacts,
            accountRoleOptimization: {
                faultcode: 'sf:INSUFFICIENT_ACCESS',
                faultstring: 'INSUFFICIENT_ACCESS: insufficient access rights on object id'
            }
        });
        const run = await enable(target, contacts);
        expect(run.code).toBe(0);
        const reason =
            'the SharingSettings read failed (sf:INSUFFICIENT_ACCESS: INSUFFICIENT_ACCESS: insufficient access rights on object id)';
        expect(header(run).slice(1, 3)).toEqual([
            `Account Role Optimization: unknown: ${reason}.`,
            '  (reading SharingSettings through the Metadata API needs "Modify All Data" or "Modify Metadata Through Metadata API Functions", besides Manage Sharing; else check Setup → Sharing Settings, "Minimize the number of roles created")'
        ]);
        expect(factsBlock(run)).toContain(`Account Role Optimization   unknown: ${reason}\n`);
        expect(run.results.map((row) => [row.status, row.message])).toEqual([
            ['CREATED', NOTE_UNKNOWN],
            ['CREATED', NOTE_UNKNOWN]
        ]);
        expect(target.actionRequests()).toHaveLength(1);
    });

    it('a SharingSettings read that returns no record is "unknown" too', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts, accountRoleOptimization: null });
        const run = await enable(target, contacts, ['--dry-run']);
        expect(run.code).toBe(0);
        expect(header(run)[1]).toBe(
            'Account Role Optimization: unknown: the Metadata API returned no SharingSettings value.'
        );
        expect(run.results.map((row) => row.message)).toEqual([NOTE_UNKNOWN]);
    });

    it('a failed owner lookup is a warning, not a stop: nothing counted, students still enabled', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({
            contacts,
            orgFactsFault: faultQueue({
                type: 'http',
                status: 400,
                body: [{ errorCode: 'INVALID_FIELD', message: "No such column 'OwnerId' on entity 'Account'." }]
            })
        });
        const run = await enable(target, contacts);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe(
            "warning: the accounts per owner were not counted: the account owner lookup failed (INVALID_FIELD: No such column 'OwnerId' on entity 'Account'.); " +
                "check that no owner of these students' accounts nears 50,000 accounts with portal users\n"
        );
        expect(factsBlock(run)).toBe(
            [
                'Account Role Optimization   off',
                'Owners at 45,000+ accounts  unknown (see the warning above)',
                'Org checks                  1 metadata read, 1 query'
            ].join('\n')
        );
        expect(run.results.map((row) => row.status)).toEqual(['CREATED', 'CREATED']);
    });

    it('a failed portal account count is a warning too (the aggregate refused)', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({
            contacts,
            orgFactsFault: faultQueue(undefined, {
                type: 'http',
                status: 400,
                body: [{ errorCode: 'MALFORMED_QUERY', message: 'COUNT_DISTINCT is not supported here' }]
            })
        });
        const run = await enable(target, contacts, ['--dry-run']);
        expect(run.code).toBe(0);
        expect(run.stderr).toContain(
            'warning: the accounts per owner were not counted: the portal account count failed (MALFORMED_QUERY: COUNT_DISTINCT is not supported here); '
        );
        expect(factsBlock(run)).toContain('Org checks                  1 metadata read, 2 query');
    });

    it('a dropped connection during the reads is reported the same way (one attempt, no retry loop)', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts, orgFactsFault: faultQueue(FAULTS.reset()) });
        const run = await enable(target, contacts, ['--dry-run']);
        expect(run.code).toBe(0);
        expect(run.stderr).toMatch(
            /^warning: the accounts per owner were not counted: the account owner lookup failed \(/
        );
        expect(target.orgFactRequests()).toHaveLength(2);
    });

    it('makes ⌈students/200⌉ owner lookups and ⌈owners/200⌉ counts whatever the batch, and one metadata read', async () => {
        const many = makeStudents(450); // 6 owners
        let target = await fakeOrg({ contacts: many });
        let run = await enable(target, many, ['--dry-run']);
        expect(run.code).toBe(0);
        expect(target.orgFactRequests().map((request) => request.kind)).toEqual([
            'metadata',
            'orgQuery',
            'orgQuery',
            'orgQuery',
            'orgQuery'
        ]);
        expect(factsBlock(run)).toContain('Org checks                  1 metadata read, 4 query');
        expect(target.actionRequests()).toHaveLength(3);
        await target.close();

        // 201 owners: two lookups, two counts (the owners are chunked as the students are).
        const spread = makeStudents(201).map((contact, index) => ({ ...contact, owner: `Owner ${index}` }));
        target = await fakeOrg({ contacts: spread, portalAccounts: { 'Owner 200': 50_000 } });
        run = await enable(target, spread, ['--dry-run']);
        expect(target.orgFactRequests().filter((request) => request.kind === 'orgQuery')).toHaveLength(4);
        expect(header(run)[2]).toBe(
            'Accounts with Customer Community Plus users per owner: 201 owner(s) checked, 1 at 45,000 or more of the 50,000 limit.'
        );
        expect(run.stderr).toContain(`owner Owner 200 (${fakeOwnerId('Owner 200')}) owns 50,000 accounts`);
    });

    it('counts each batch account once per owner, even when several students share it', async () => {
        const contacts = makeStudents(3).map((contact) => ({
            ...contact,
            owner: 'Owner 7',
            accountId: makeAccountId(70)
        }));
        const target = await fakeOrg({ contacts, portalAccounts: { 'Owner 7': OWNER_ACCOUNTS_WARN_AT - 1 } });
        const run = await enable(target, contacts, ['--dry-run']);
        expect(run.stderr).toContain('with up to 1 from this run that is 45,000 of the 50,000 per owner');
        expect(fakeAccountId(contacts[0])).toBe(makeAccountId(70));
    });

    it('lifecycle commands read no org facts', async () => {
        const contacts = makeStudents(1);
        contacts[0].user = { id: '005Fa00000000E1AAA', username: 'on@uni.example', isActive: true };
        const target = await fakeOrg({ contacts });
        const run = await enable(target, contacts, ['--dry-run'], 'deactivate');
        expect(run.code).toBe(0);
        expect(target.orgFactRequests()).toEqual([]);
        expect(run.stdout).not.toContain('Account Role Optimization');
    });
});

describeWithApexParser('org facts queries', () => {
    it('look contacts up by Id, Email and person Account Id in one query per chunk', () => {
        expect(
            batchAccountsQuery([
                { row: 2, contactId: '003Fa0000000001IAA', overrides: {} },
                { row: 3, email: "o'hara@uni.example", overrides: {} },
                { row: 4, accountId: '001Fa0000000001IAA', overrides: {} },
                { row: 5, contactId: '003Fa0000000001IAA', overrides: {} }
            ])
        ).toBe(
            'SELECT AccountId, Account.OwnerId, Account.Owner.Name FROM Contact WHERE AccountId != null AND ' +
                "(Id IN ('003Fa0000000001IAA') OR Email IN ('o\\'hara@uni.example') OR AccountId IN ('001Fa0000000001IAA'))"
        );
    });

    it('parse as Apex static SOQL and name only fields of the standard schema', () => {
        const schema = new Schema(loadStandardSchema(), readProjectSchema(tempDir()));
        const source = [
            'public class OrgFactsQueries {',
            `    void a() { List<Contact> c = [${batchAccountsQuery([
                { row: 2, contactId: '003Fa0000000001IAA', email: undefined, overrides: {} },
                { row: 3, email: 'a@b.example', overrides: {} },
                { row: 4, accountId: '001Fa0000000001IAA', overrides: {} }
            ])}]; }`,
            `    void b() { List<AggregateResult> r = [${ownerAccountsQuery(['005Fa0000000001AAA', '005Fa0000000002AAA'])}]; }`,
            // The org probe's questions about this count (scripts/probe/verdicts-org-facts.ts).
            `    void c() { List<AggregateResult> r = [${PORTAL_USER_TYPE_SOQL}]; }`,
            `    void d() { List<User> u = [${PORTAL_OWNER_SOQL}]; }`,
            '}'
        ].join('\n');
        const parsed = parseApex(source);
        expect(parsed.parseErrors).toEqual([]);
        const queries = findQueries(parsed.unit);
        expect(queries).toHaveLength(4);
        expect(queries.flatMap((query) => checkQuery(schema, query)).map((problem) => problem.message)).toEqual([]);
        // The same check catches a wrong field in such a query.
        const wrong = parseApex(source.replace('Account.OwnerId IN', 'Account.OwnerIdd IN'));
        expect(
            findQueries(wrong.unit)
                .flatMap((query) => checkQuery(schema, query))
                .map((problem) => problem.message)
        ).toEqual(["unknown field 'OwnerIdd' on Account (in Account.OwnerIdd)"]);
        expect(
            findQueries(parseApex(source.replace("UserType = 'Power", "UserTyp = 'Power")).unit)
                .flatMap((query) => checkQuery(schema, query))
                .map((problem) => problem.message)
        ).toEqual(["unknown field 'UserTyp' on User"]);
    }, 120_000);
});
