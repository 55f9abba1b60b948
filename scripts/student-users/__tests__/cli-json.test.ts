import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AuthPlan } from '../program';
import { OPERATIONS } from '../operations';
import { OWNER_ACCOUNTS_WARN_AT } from '../org-facts';
import type { FakeContact, FakeSalesforce } from '../testing/fake-salesforce';
import { FAULTS, faultQueue, makeStudents } from '../testing/fake-salesforce';
import { fakeOrgPerTest, loadSalesforceClientFirst, runAgainst, tempDir, writeFile } from '../testing/cli-harness';
import type { JsonError, JsonSuccess } from '../json-output';

const fakeOrg = fakeOrgPerTest();

const idsCsv = (contacts: readonly FakeContact[]): string =>
    'ContactId\n' + contacts.map((contact) => contact.id).join('\n') + '\n';

/** Runs `student-users <command> --file students.csv <args>` in a fresh folder. */
async function run(target: FakeSalesforce, csv: string, args: string[], command = 'enable') {
    const dir = tempDir();
    writeFile(dir, 'students.csv', csv);
    return runAgainst(target, ['--file', 'students.csv', ...args], { dir, command });
}

loadSalesforceClientFirst();

describe('--json: sf shape on stdout, nothing else', () => {
    it('enable --json: stdout is exactly one JSON document {status, result, warnings}; no stderr, no progress', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts });
        const result = await run(target, idsCsv(contacts), ['--json']);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        const document = JSON.parse(result.stdout) as JsonSuccess;
        expect(Object.keys(document).sort()).toEqual(['result', 'status', 'warnings']);
        expect(document.status).toBe(0);
        expect(document.warnings).toEqual([]);
        expect(document.result).toMatchObject({
            command: 'enable',
            dryRun: false,
            summary: { total: 2, created: 2, failed: 0 },
            resultsFile: join(result.dir, 'students.results.csv')
        });
        expect(document.result.rows.map((row) => [row.contactId, row.status])).toEqual(
            contacts.map((contact) => [contact.id, 'CREATED'])
        );
    });

    it('without --json the same run prints the human summary, which is not JSON', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        const result = await run(target, idsCsv(contacts), ['--no-progress']);
        expect(result.code).toBe(0);
        expect(() => JSON.parse(result.stdout) as unknown).toThrow();
        expect(result.stdout).toContain('Enabling: 1 student(s)');
    });

    it.each(OPERATIONS.filter((operation) => operation.action).map((operation) => operation.command))(
        '%s --json --dry-run: the same shape',
        async (command) => {
            const contacts = makeStudents(2).map((contact, index) => ({
                ...contact,
                user: {
                    id: `005Fa${String(index + 1).padStart(10, '0')}AAA`,
                    username: `${contact.email}.s`,
                    isActive: true
                }
            }));
            const target = await fakeOrg({ contacts });
            const extra = command === 'disable' ? ['--confirm-disable'] : [];
            const result = await run(target, idsCsv(contacts), ['--json', '--dry-run', ...extra], command);
            const document = JSON.parse(result.stdout) as JsonSuccess;
            expect(document.status).toBe(result.code);
            expect(document.result.command).toBe(command);
            expect(document.result.dryRun).toBe(true);
            expect(document.result.rows).toHaveLength(2);
        }
    );

    it('puts the warnings of the run into warnings (an owner near the accounts limit)', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts, portalAccounts: { 'Owner 1': OWNER_ACCOUNTS_WARN_AT } });
        const result = await run(target, idsCsv(contacts), ['--json', '--dry-run']);
        const document = JSON.parse(result.stdout) as JsonSuccess;
        expect(document.warnings).toHaveLength(1);
        expect(document.warnings[0]).toContain('Owner 1');
        expect(result.stderr).toBe('');
    });

    it('a failed row: status 1 and the row in result', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        const csv = idsCsv(contacts) + '003000000000000AAA\n';
        const result = await run(target, csv, ['--json']);
        const document = JSON.parse(result.stdout) as JsonSuccess;
        expect(result.code).toBe(1);
        expect(document.status).toBe(1);
        expect(document.result.summary.failed).toBe(1);
    });

    it('a run stopped early (expired session): status 3 with the rows and the cause', async () => {
        const contacts = makeStudents(2);
        const target = await fakeOrg({ contacts, actionFault: faultQueue(FAULTS.sessionExpired()) });
        const result = await run(target, idsCsv(contacts), ['--json']);
        const document = JSON.parse(result.stdout) as JsonSuccess;
        expect(document.status).toBe(3);
        expect(document.result.stoppedEarly?.code).toBe('INVALID_SESSION_ID');
    });

    it.each([
        [['--json'], 'Name the students: --file <students.csv>'],
        [['--json', '--chunk-size', '500'], '--chunk-size must be a whole number from 1 to 200'],
        [['--json', '--api-version', 'latest'], '--api-version: "latest" is not an API version']
    ])('a usage error %j: {status 2, name, message, exitCode} on stdout', async (args, message) => {
        const target = await fakeOrg({ contacts: [] });
        const result = await runAgainst(target, args);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('');
        const document = JSON.parse(result.stdout) as JsonError;
        expect(document).toMatchObject({ status: 2, exitCode: 2, name: 'UsageError' });
        expect(document.message).toContain(message);
    });
});

describe('--version, --api-version, the default org', () => {
    it('--version prints name, version, platform and Node, like sf --version', async () => {
        const target = await fakeOrg({ contacts: [] });
        const result = await runAgainst(target, ['--version'], { command: null, withAuth: false });
        expect(result.code).toBe(0);
        expect(result.stdout.trim()).toBe(
            `student-users/0.1.0 ${process.platform}-${process.arch} node-${process.version}`
        );
    });

    it('--api-version sends every call to that version (65.0 without it)', async () => {
        const contacts = makeStudents(1);
        const target = await fakeOrg({ contacts });
        await run(target, idsCsv(contacts), ['--no-progress', '--api-version', '64.0']);
        expect(new Set(target.requests.map((request) => request.version))).toEqual(new Set(['64.0']));
        target.requests.length = 0;
        await run(target, idsCsv(contacts), ['--no-progress', '--dry-run']);
        expect(new Set(target.requests.map((request) => request.version))).toEqual(new Set(['65.0']));
    });

    it("takes sf's default org when neither --target-org nor --instance-url is given", async () => {
        const target = await fakeOrg({ contacts: [] });
        const seen: AuthPlan[] = [];
        const dir = tempDir();
        writeFile(dir, 'students.csv', 'ContactId\n003000000000001AAA\n');
        const result = await runAgainst(target, ['--file', 'students.csv', '--no-progress'], {
            dir,
            withAuth: false,
            deps: {
                defaultTargetOrg: () => Promise.resolve('student-dev'),
                connect: (auth) => {
                    seen.push(auth);
                    return Promise.reject(new Error('no such org here'));
                }
            }
        });
        expect(seen).toEqual([{ kind: 'org', aliasOrUsername: 'student-dev' }]);
        expect(result.code).toBe(3);
        expect(result.stderr).toContain('cannot connect to student-dev');
    });

    it('says how to set a default org when there is none', async () => {
        const target = await fakeOrg({ contacts: [] });
        const result = await runAgainst(target, ['--file', 'x.csv'], { withAuth: false });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('or a default org: sf config set target-org <alias>');
    });

    it('never asks for the default org when --target-org is given', async () => {
        const target = await fakeOrg({ contacts: [] });
        let asked = false;
        await runAgainst(target, ['--target-org', 'named', '--file', 'x.csv'], {
            withAuth: false,
            deps: {
                defaultTargetOrg: () => {
                    asked = true;
                    return Promise.resolve('other');
                },
                connect: () => Promise.reject(new Error('stop'))
            }
        });
        expect(asked).toBe(false);
    });
});

describe("defaultTargetOrg reads sf's config (@salesforce/core ConfigAggregator)", () => {
    it('returns the global target-org of ~/.sf/config.json, and undefined without one', async () => {
        const home = mkdtempSync(join(tmpdir(), 'sf-home-'));
        // In the temporary home, outside any sfdx project: a .sf/config.json of the repository must not count.
        const module = JSON.stringify(join(__dirname, '..', 'connection.ts'));
        const script = `import(${module}).then(async (m) => process.stdout.write(String(await m.defaultTargetOrg())))`;
        // Resolved by Node, not by path: a Stryker sandbox has no node_modules of its own.
        const tsx = require.resolve('tsx/cli');
        const read = async (): Promise<string> =>
            (
                await promisify(execFile)(process.execPath, [tsx, '-e', script], {
                    cwd: home,
                    env: { ...process.env, HOME: home, SF_DISABLE_TELEMETRY: 'true' }
                })
            ).stdout;
        try {
            expect(await read()).toBe('undefined');
            mkdirSync(join(home, '.sf'), { recursive: true });
            writeFileSync(join(home, '.sf', 'config.json'), JSON.stringify({ 'target-org': 'uni-sandbox' }));
            expect(await read()).toBe('uni-sandbox');
        } finally {
            rmSync(home, { recursive: true, force: true });
        }
    }, 120_000);
});
