import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingLog } from '../../scratch/__tests__/sf-stub';
import { HelpRequested, UsageError } from '../../scratch/options';
import { runProbeCli } from '../main';
import type { ProbeReport } from '../types';
import { apexOk, apexRuns, apexThrew, stubOrg } from './probe-stub';
import type { OrgScene } from './probe-stub';

const ROOT = join(__dirname, '..', '..', '..');
const TAG = 'testtag1';
const CLEANUP = ['cleanupUsers', 'cleanupData', 'cleanupSetup'];

let work: string;
beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'probe-test-'));
});
afterEach(() => {
    rmSync(work, { recursive: true, force: true });
});

async function probe(scene: OrgScene = {}, argv: string[] = []) {
    const stub = stubOrg(scene);
    const out = recordingLog();
    const err = recordingLog();
    const reportFile = join(work, 'out', 'org-probe.json');
    const code = await runProbeCli(['--target-org', 'my-scratch', '--output-file', reportFile, ...argv], {
        sf: stub.sf,
        projectRoot: ROOT,
        log: out.log,
        error: err.log,
        tag: TAG,
        workDir: join(work, 'scripts'),
        now: () => new Date('2026-11-30T12:00:00Z')
    });
    const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as ProbeReport) : undefined;
    return { code, stub, out, err, report, reportFile };
}

function verdicts(report: ProbeReport | undefined): Record<string, string> {
    return Object.fromEntries((report?.answers ?? []).map((answer) => [answer.id, answer.verdict]));
}

describe('org probe: production guard', () => {
    it('refuses a production org with exit 2, runs no Apex and writes no report', async () => {
        const { code, stub, err, report } = await probe({
            organization: {
                Id: '00DPROD',
                IsSandbox: false,
                TrialExpirationDate: null,
                OrganizationType: 'Enterprise Edition'
            },
            display: { id: '00DPROD' }
        });
        expect(code).toBe(2);
        expect(err.text()).toContain('refusing to probe a production org (IsSandbox=false, TrialExpirationDate=null');
        expect(apexRuns(stub)).toEqual([]);
        expect(report).toBeUndefined();
    });

    it('accepts a sandbox', async () => {
        const { code, report } = await probe({
            organization: { Id: '00DSBX', IsSandbox: true, TrialExpirationDate: null },
            display: { id: '00DSBX' }
        });
        expect(code).toBe(0);
        expect(report?.org.kind).toBe('sandbox');
    });

    it('exits 1 with the fix when the org cannot be read', async () => {
        const stub = stubOrg();
        stub.on('data query --query SELECT Id, Name, IsSandbox', {
            exitCode: 1,
            json: { status: 1, name: 'NamedOrgNotFoundError', message: 'No authorization information found for nope.' },
            stdout: '',
            stderr: ''
        });
        const err = recordingLog();
        const code = await runProbeCli(['--target-org', 'nope', '--output-file', join(work, 'r.json')], {
            sf: stub.sf,
            projectRoot: ROOT,
            log: () => undefined,
            error: err.log,
            tag: TAG,
            workDir: work
        });
        expect(code).toBe(1);
        expect(err.text()).toContain('cannot read the Organization of nope: NamedOrgNotFoundError');
        expect(existsSync(join(work, 'r.json'))).toBe(false);
    });
});

describe('org probe: a full run against the stand-in org', () => {
    it('answers every question, prints one line each, cleans up and writes the JSON report', async () => {
        const { code, stub, out, report } = await probe();
        expect(code).toBe(0);
        expect(verdicts(report)).toEqual({
            'owner-role-then-portal-user': 'confirmed',
            'user-and-permission-set-assignment': 'confirmed',
            'rollback-leaves-no-user': 'confirmed',
            'new-portal-user-login-state': 'confirmed',
            'standard-external-profile-refused': 'confirmed',
            'merge-non-portal-master-refused': 'confirmed',
            'time-zones-in-picklist': 'refuted',
            'community-plus-licences': 'confirmed',
            'flow-active-after-deploy': 'confirmed',
            'live-site': 'refuted',
            'federation-id-soql-ignores-case': 'confirmed',
            'education-cloud-psl': 'confirmed',
            'standard-external-profiles-allowed': 'refuted',
            'parallel-apex-testing-disabled': 'refuted',
            'flows-deploy-as-active': 'refuted',
            'account-role-optimization': 'confirmed',
            'run-record-after-user-update': 'confirmed',
            'lifecycle-freeze-unfreeze': 'confirmed',
            'lifecycle-login-link': 'confirmed',
            'lifecycle-deactivate': 'confirmed',
            'lifecycle-disable-clears-contact': 'confirmed',
            'custom-profile-per-licence': 'confirmed',
            'program-data-model': 'confirmed',
            'portal-user-type': 'confirmed',
            'owner-portal-account-count': 'confirmed',
            'flow-access-setup-entity': 'confirmed',
            'person-accounts-enabled': 'confirmed',
            'account-action-on-person-accounts': 'confirmed',
            'login-licence-seat-counting': 'confirmed',
            'reset-password-frozen-user': 'confirmed',
            'reset-password-dml-cost': 'confirmed',
            // Apex cannot see system emails: with no visible signal the answer says so (and where to look).
            'user-email-insert-vs-reactivation': 'could not test',
            'reset-password-inactive-user': 'confirmed',
            'disabled-user-contact-later': 'confirmed',
            'staff-enable': 'confirmed',
            'staff-owner-role': 'confirmed',
            'staff-reactivate': 'confirmed',
            'staff-deactivate': 'confirmed',
            'staff-disable': 'confirmed',
            'staff-freeze': 'confirmed',
            'staff-unfreeze': 'confirmed',
            'staff-login-link': 'confirmed',
            'staff-permission-set': 'confirmed',
            'staff-permission-set-licence': 'confirmed',
            'staff-run-record': 'confirmed',
            'staff-without-sharing-seam': 'confirmed',
            'user-login-row-never-logged-in': 'confirmed',
            'bulk-enable-200': 'confirmed',
            'packaged-reports-run': 'confirmed',
            'in-org-run-time-per-200': 'confirmed',
            'in-org-run-cpu-per-chunk': 'confirmed',
            'in-org-run-locking': 'confirmed',
            'in-org-run-async-executions': 'confirmed'
        });
        // The stand-in picklist lacks most of the local mapping data: the verdict names the missing zones.
        expect(report?.answers.find((a) => a.id === 'time-zones-in-picklist')?.evidence).toContain('missing: ');
        for (const answer of report?.answers ?? []) {
            expect(out.lines.filter((line) => line.includes(` ${answer.id}: `))).toHaveLength(1);
        }
        expect(out.text()).toContain(
            'confirmed      standard-external-profile-refused: The platform refuses a standard external profile for a new portal user | PID_Customer_Community_Plus_Login (Std Login): FIELD_INTEGRITY_EXCEPTION: standard profile refused'
        );
        expect(out.text()).toContain('53 questions: 47 confirmed, 5 refuted, 1 could not test');
        expect(apexRuns(stub).map((run) => run.script)).toEqual([
            'setupUsers',
            'setupData',
            'portalUser',
            'portalUser',
            'portalUser',
            'portalUser',
            'portalUser',
            'merge',
            'timeZones',
            'portalUser',
            'runLog',
            ...['freeze', 'unfreeze', 'freeze', 'resetPassword', 'unfreeze', 'resetPassword'].map(() => 'lifecycle'),
            ...['deactivate', 'reactivate', 'deactivate', 'resetPassword', 'disable', 'readBack'].map(
                () => 'lifecycle'
            ),
            'bulkData',
            'bulkEnable',
            'bulkData',
            'inOrgRun',
            'inOrgRun',
            'orgSchema',
            'reports',
            ...CLEANUP,
            'cleanupRuns',
            'inOrgRun'
        ]);
        expect(
            apexRuns(stub)
                .filter((run) => run.script === 'lifecycle')
                .map((run) => run.input.step)
        ).toEqual([
            'freeze',
            'unfreeze',
            'freeze',
            'resetPassword',
            'unfreeze',
            'resetPassword',
            'deactivate',
            'reactivate',
            'deactivate',
            'resetPassword',
            'disable',
            'readBack'
        ]);
        expect(report?.cleanup.map((step) => step.ok)).toEqual([true, true, true, true, true, true]);
        expect(report?.cleanup[4].name).toBe(`delete the staff test class SpuProbeStaff${TAG}Test`);
        expect(report?.cleanup[5].name).toBe('delete the in-org run a0RIN0');
        expect(report?.leftovers[0]).toContain('Users cannot be deleted');
        expect(report?.tag).toBe(TAG);
        expect(report?.org).toMatchObject({ kind: 'scratch org', id: '00D000000000001' });
    });

    it('passes the setup ids on: role-less owner and role to question 1, the duplicate user to the merge', async () => {
        const { stub } = await probe();
        const runs = apexRuns(stub);
        expect(runs[1].input).toEqual({ tag: TAG, roleOwnerId: '005A', rolelessOwnerId: '005OWNER' });
        expect(runs[2].input).toMatchObject({
            mode: 'ownerRole',
            contactId: '003Q1',
            ownerId: '005OWNER',
            roleId: '00EROLE',
            licenceKeys: ['PID_Customer_Community_Plus_Login', 'PID_Customer_Community_Plus']
        });
        expect(runs[3].input).toMatchObject({ mode: 'userAndPermissionSet', permissionSetId: '0PSPROBE' });
        expect(runs[7].input).toEqual({ masterId: '003Q5M', duplicateId: '003Q5D', duplicateUserId: '005Q5' });
        expect(runs.find((run) => run.script === 'cleanupSetup')?.input).toEqual({
            tag: TAG,
            bypassAssignmentId: '0PaBYPASS'
        });
        expect(runs.find((run) => run.script === 'runLog')?.input).toEqual({
            tag: TAG,
            userId: '005LIFE',
            contactId: '003LIFE'
        });
        expect(runs.filter((run) => run.script === 'lifecycle').map((run) => run.input)).toEqual(
            [
                ...['freeze', 'unfreeze', 'freeze', 'resetPassword', 'unfreeze', 'resetPassword', 'deactivate'],
                ...['reactivate', 'deactivate', 'resetPassword', 'disable', 'readBack']
            ].map((step) => ({ step, userId: '005LIFE' }))
        );
        expect(runs.find((run) => run.input.suffix === 'life')?.input).toMatchObject({
            mode: 'committedUser',
            contactId: '003LIFE'
        });
    });

    it('checks the rollback again in a later query, by username', async () => {
        const { stub, report } = await probe({ usersAfterRollback: [{ Id: '005LEFT', IsActive: true }] });
        expect(stub.calls).toContainEqual([
            'data',
            'query',
            '--query',
            "SELECT Id, IsActive FROM User WHERE Username = 'spu-probe-t-q3@example.com'",
            '--target-org',
            'my-scratch',
            '--json'
        ]);
        const answer = report?.answers.find((a) => a.id === 'rollback-leaves-no-user');
        expect(answer?.verdict).toBe('refuted');
        expect(answer?.evidence).toBe(
            "users with the probe's username after the rollback: 0 in the same transaction, 1 in a later query"
        );
    });
});

describe('org probe: failures stay local', () => {
    it('a failed setup makes the questions that need it "could not test", the others still run, cleanup still runs', async () => {
        const { code, stub, report } = await probe({
            scripts: { setupUsers: () => apexThrew('System.DmlException: Insert failed. INSUFFICIENT_ACCESS') }
        });
        expect(code).toBe(0);
        const byId = verdicts(report);
        for (const id of [
            'owner-role-then-portal-user',
            'user-and-permission-set-assignment',
            'rollback-leaves-no-user',
            'standard-external-profile-refused',
            'merge-non-portal-master-refused'
        ]) {
            expect(byId[id]).toBe('could not test');
        }
        expect(report?.answers.find((a) => a.id === 'owner-role-then-portal-user')?.evidence).toBe(
            'scripts/apex/probe-setup-users.apex failed: System.DmlException: Insert failed. INSUFFICIENT_ACCESS'
        );
        expect(byId['community-plus-licences']).toBe('confirmed');
        expect(byId['time-zones-in-picklist']).toBe('refuted');
        expect(byId['lifecycle-disable-clears-contact']).toBe('could not test');
        expect(byId['program-data-model']).toBe('confirmed');
        expect(apexRuns(stub).map((run) => run.script)).toEqual([
            'setupUsers',
            'timeZones',
            'orgSchema',
            'reports',
            ...CLEANUP
        ]);
    });

    it('a question whose sf call crashes is "could not test"; the next questions and the cleanup still run', async () => {
        const { report, stub } = await probe({
            modes: {
                rollback: () => {
                    throw new Error('sf crashed');
                }
            }
        });
        const answer = report?.answers.find((a) => a.id === 'rollback-leaves-no-user');
        expect(answer).toMatchObject({
            verdict: 'could not test',
            evidence: 'scripts/apex/probe-portal-user.apex: sf crashed'
        });
        expect(verdicts(report)['standard-external-profile-refused']).toBe('confirmed');
        expect(
            apexRuns(stub)
                .slice(-5)
                .map((run) => run.script)
        ).toEqual([...CLEANUP, 'cleanupRuns', 'inOrgRun']);
    });

    it('runs every cleanup step even when one fails, and lists what is left', async () => {
        const { report, out } = await probe({
            scripts: {
                cleanupUsers: () => apexThrew('System.LimitException: boom'),
                cleanupData: () => apexOk({ contacts: 6, accounts: 2, errors: ['Account SPU Probe x: in use'] })
            }
        });
        expect(report?.cleanup.map((step) => step.ok)).toEqual([false, false, true, true, true, true]);
        expect(report?.leftovers).toContain(
            'Cleanup incomplete (delete the probe contacts and accounts): contacts: 6, accounts: 2; Account SPU Probe x: in use'
        );
        expect(out.text()).toContain(
            'INCOMPLETE: scripts/apex/probe-cleanup-users.apex failed: System.LimitException: boom'
        );
    });

    it('a settings retrieve failure makes the four settings questions "could not test"', async () => {
        const stub = stubOrg();
        stub.on('project retrieve start', {
            exitCode: 1,
            json: { status: 1, name: 'SfError', message: 'INSUFFICIENT_ACCESS: Manage Sharing needed' },
            stdout: '',
            stderr: ''
        });
        const reportFile = join(work, 'r.json');
        await runProbeCli(['--target-org', 'o', '--output-file', reportFile], {
            sf: stub.sf,
            projectRoot: ROOT,
            log: () => undefined,
            error: () => undefined,
            tag: TAG,
            workDir: work
        });
        const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ProbeReport;
        const settings = report.answers.filter(
            (answer) => answer.id.includes('-') && answer.evidence.startsWith('settings retrieve failed')
        );
        expect(settings).toHaveLength(4);
        expect(settings[0].evidence).toBe(
            'settings retrieve failed: SfError: INSUFFICIENT_ACCESS: Manage Sharing needed'
        );
    });
});

describe('org probe: options', () => {
    it('requires --target-org', async () => {
        await expect(
            runProbeCli([], { sf: stubOrg().sf, projectRoot: ROOT, log: () => undefined, error: () => undefined })
        ).rejects.toBeInstanceOf(UsageError);
    });

    it('prints help', async () => {
        const help = runProbeCli(['--help'], {
            sf: stubOrg().sf,
            projectRoot: ROOT,
            log: () => undefined,
            error: () => undefined
        });
        await expect(help).rejects.toBeInstanceOf(HelpRequested);
        await help.catch((error: HelpRequested) => expect(error.output).toContain('--output-file <file>'));
    });

    it('takes the report file as --output-file: --json is a boolean in sf, never a file name', async () => {
        const old = runProbeCli(['--target-org', 'o', '--json', 'reports/x.json'], {
            sf: stubOrg().sf,
            projectRoot: ROOT,
            log: () => undefined,
            error: () => undefined
        });
        await expect(old).rejects.toThrow(/unknown option '--json'/);
    });
});

describe('org probe: Person Accounts (issue 15)', () => {
    const soqlSent = (stub: { calls: string[][] }): string[] =>
        stub.calls
            .filter((args) => args[0] === 'data' && args[1] === 'query')
            .map((args) => args[args.indexOf('--query') + 1]);

    it('in an org without Person Accounts: refuted, the action question could not test, and no Person Account SOQL is sent', async () => {
        const { stub, report } = await probe({ personAccountFields: [] });
        expect(verdicts(report)['person-accounts-enabled']).toBe('refuted');
        expect(report?.answers.find((a) => a.id === 'person-accounts-enabled')?.evidence).toBe(
            'Account lacks IsPersonAccount, PersonContactId, PersonEmail: no Person Accounts; Account ids get PERSON_ACCOUNTS_NOT_ENABLED'
        );
        expect(verdicts(report)['account-action-on-person-accounts']).toBe('could not test');
        expect(
            soqlSent(stub).filter(
                (soql) => /PersonContactId|PlatformAction/.test(soql) && !soql.includes('FieldDefinition')
            )
        ).toEqual([]);
    });

    it('refutes the action question when the person account page does not list it, naming the fix', async () => {
        const { stub, report } = await probe({ accountActions: [{ ApiName: 'Edit' }] });
        const action = report?.answers.find((a) => a.id === 'account-action-on-person-accounts');
        expect(action?.verdict).toBe('refuted');
        expect(action?.evidence).toContain(
            'person account Rosalind Franklin (001PA0000000001AAA) lists 1 action(s) without Enable_Student_User (Edit)'
        );
        expect(action?.evidence).toContain('Person Account layout');
        expect(soqlSent(stub)).toContain(
            "SELECT ApiName, Label, Type FROM PlatformAction WHERE SourceEntity = '001PA0000000001AAA' AND ActionListContext = 'Record' AND DeviceFormat = 'Desktop'"
        );
    });

    it('cannot test the action without a person account, and does not ask for actions', async () => {
        const { stub, report } = await probe({ personAccounts: [] });
        expect(verdicts(report)['account-action-on-person-accounts']).toBe('could not test');
        expect(soqlSent(stub).some((soql) => soql.includes('PlatformAction'))).toBe(false);
    });
});
