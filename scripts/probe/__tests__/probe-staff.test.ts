/** The staff questions, the issue 20 follow-ups and the bulk enable in full probe runs against the stand-in org. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail } from '../../scratch/__tests__/sf-stub';
import { STAFF_PATHS } from '../verdicts-staff';
import { apexOk, apexRuns, apexThrew, HAPPY, runStubProbe, staffHappyRows, staffTestRow } from './probe-stub';
import type { OrgScene } from './probe-stub';

const STAFF_IDS = [
    ...Object.values(STAFF_PATHS).map((path) => path.id),
    'staff-without-sharing-seam',
    'user-login-row-never-logged-in'
];

let work: string;
beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'probe-staff-run-'));
});
afterEach(() => {
    rmSync(work, { recursive: true, force: true });
});

async function run(scene: OrgScene = {}) {
    const out = await runStubProbe(work, scene);
    return { ...out, commands: out.stubbed.calls.map((args) => args.slice(0, 3).join(' ')) };
}

describe('org probe: staff write paths', () => {
    it('deploys the class, runs it once, answers every path, and deletes the class in the cleanup', async () => {
        const { answer, commands, report, stubbed } = await run();
        expect(commands.filter((line) => line === 'project deploy start')).toHaveLength(2);
        expect(commands.filter((line) => line === 'apex run test')).toHaveLength(1);
        const test = stubbed.calls.find((args) => args[2] === 'test');
        expect(test).toEqual([
            'apex',
            'run',
            'test',
            '--class-names',
            'SpuProbeStafftag1Test',
            '--synchronous',
            '--target-org',
            'o',
            '--json'
        ]);
        for (const id of STAFF_IDS) expect(answer(id)?.verdict).toBe('confirmed');
        expect(report.cleanup.find((step) => step.name.startsWith('delete the staff test class'))).toEqual({
            name: 'delete the staff test class SpuProbeStafftag1Test',
            ok: true,
            detail: 'deleted SpuProbeStafftag1Test'
        });
    });

    it('a class that does not deploy: every staff answer "could not test" with the reason, nothing to delete', async () => {
        const { answer, commands, report } = await run({
            staffDeploy: fail({ name: 'DeployFailed', message: 'Invalid type: ManageStudentUsersAction.Request' })
        });
        for (const id of STAFF_IDS) {
            expect(answer(id)).toMatchObject({
                verdict: 'could not test',
                evidence: 'the test class did not deploy: DeployFailed: Invalid type: ManageStudentUsersAction.Request'
            });
        }
        expect(commands).not.toContain('apex run test');
        expect(report.cleanup.map((step) => step.name).join()).not.toContain('staff test class');
    });

    it('one method failing on its own leaves the others answered', async () => {
        const rows = staffHappyRows().map((row) =>
            row.MethodName === 'freeze'
                ? {
                      ...row,
                      Message: 'System.LimitException: Apex CPU time limit exceeded',
                      StackTrace: 'Class.X.report: line 1'
                  }
                : row
        );
        const { answer } = await run({ staffTests: fail({ result: { tests: rows } }, 100) });
        expect(answer('staff-freeze')).toMatchObject({
            verdict: 'could not test',
            evidence: 'Fail: System.LimitException: Apex CPU time limit exceeded (Class.X.report: line 1)'
        });
        expect(answer('staff-unfreeze')?.verdict).toBe('confirmed');
        expect(answer('staff-without-sharing-seam')?.verdict).toBe('could not test');
        expect(answer('staff-without-sharing-seam')?.evidence).toContain('not settled: staff-freeze');
    });

    it('a path refused even without sharing refutes the seam', async () => {
        const rows = staffHappyRows().filter((row) => row.MethodName !== 'unfreeze');
        rows.push(
            staffTestRow('unfreeze', {
                path: 'unfreeze',
                variants: {
                    product: { status: 'FAILED', errorCode: 'PLATFORM_ERROR', message: 'insufficient access' },
                    withSharing: { ok: false, statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'no' },
                    withoutSharing: { ok: false, statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'no' }
                }
            })
        );
        const { answer } = await run({ staffTests: fail({ result: { tests: rows } }, 100) });
        expect(answer('staff-unfreeze')?.verdict).toBe('refuted');
        expect(answer('staff-without-sharing-seam')?.evidence).toContain(
            'fails from without sharing code or through the product: staff-unfreeze'
        );
    });

    it('a class the cleanup cannot delete is listed as left over', async () => {
        const { report } = await run({ staffDelete: fail({ name: 'DeployFailed', message: 'class in use' }) });
        expect(report.leftovers).toContain(
            'Cleanup incomplete (delete the staff test class SpuProbeStafftag1Test): SpuProbeStafftag1Test is still in the org: DeployFailed: class in use'
        );
    });

    it('without the setup (no role for the running user) nothing is deployed', async () => {
        const { answer, commands } = await run({
            scripts: { setupUsers: () => apexThrew('System.DmlException: INSUFFICIENT_ACCESS') }
        });
        expect(commands).not.toContain('project deploy start');
        expect(answer('staff-enable')).toMatchObject({
            verdict: 'could not test',
            evidence: 'scripts/apex/probe-setup-users.apex failed: System.DmlException: INSUFFICIENT_ACCESS'
        });
        expect(answer('bulk-enable-200')?.verdict).toBe('could not test');
    });
});

describe('org probe: the bulk enable', () => {
    it('passes the 200 contacts and the default licence to one enable run', async () => {
        const { stubbed, answer } = await run();
        const bulk = apexRuns(stubbed).find((entry) => entry.script === 'bulkEnable');
        expect(bulk?.input).toMatchObject({ tag: 'tag1', licenceKey: 'PID_Customer_Community_Plus_Login' });
        expect(bulk?.input.contactIds).toHaveLength(200);
        expect(apexRuns(stubbed).find((entry) => entry.script === 'bulkData')?.input).toEqual({
            tag: 'tag1',
            count: 200
        });
        expect(answer('bulk-enable-200')?.verdict).toBe('confirmed');
    });

    it('creates nothing when the licence has fewer than 200 free seats', async () => {
        const { scripts, answer } = await run({
            licences: [{ LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login', TotalLicenses: 5, UsedLicenses: 1 }]
        });
        expect(scripts).not.toContain('bulkData');
        expect(answer('bulk-enable-200')).toMatchObject({
            verdict: 'could not test',
            evidence: 'PID_Customer_Community_Plus_Login has 4 free seat(s), 200 needed: nothing was created'
        });
    });

    it('a run that dies of the CPU limit refutes the claim', async () => {
        const { answer } = await run({
            scripts: { bulkEnable: () => apexThrew('System.LimitException: Apex CPU time limit exceeded') }
        });
        expect(answer('bulk-enable-200')).toMatchObject({
            verdict: 'refuted',
            evidence:
                'the call died of the CPU limit: scripts/apex/probe-bulk-enable.apex failed: System.LimitException: Apex CPU time limit exceeded'
        });
    });
});

describe('org probe: the lifecycle follow-ups stay in order and local', () => {
    it('a refused reset on the frozen user still unfreezes, and the login link runs on the active user', async () => {
        let resets = 0;
        const { answer, stubbed } = await run({
            lifecycleSteps: {
                resetPassword: () => {
                    resets++;
                    return resets === 1
                        ? apexOk({
                              before: { isActive: true, isFrozen: true },
                              update: { ok: false, exception: 'System.NoAccessException', message: 'user is frozen' },
                              dmlStatements: 0
                          })
                        : apexOk({
                              before: { isActive: true, isFrozen: false },
                              update: { ok: true },
                              dmlStatements: 1
                          });
                }
            }
        });
        expect(answer('reset-password-frozen-user')).toMatchObject({
            verdict: 'refuted',
            evidence: 'System.resetPassword on a frozen user failed: System.NoAccessException: user is frozen'
        });
        const steps = apexRuns(stubbed)
            .filter((entry) => entry.script === 'lifecycle')
            .map((entry) => entry.input.step);
        expect(steps.slice(2, 6)).toEqual(['freeze', 'resetPassword', 'unfreeze', 'resetPassword']);
        expect(answer('lifecycle-login-link')?.verdict).toBe('confirmed');
        expect(answer('reset-password-dml-cost')?.verdict).toBe('confirmed');
    });

    it('the seat question reads the licence before and after the lifecycle user', async () => {
        const { answer } = await run();
        expect(answer('login-licence-seat-counting')?.evidence).toBe(
            'PID_Customer_Community_Plus_Login UsedLicenses 1 -> 2 after creating one user (queried in later transactions)'
        );
    });

    it('a later read that still has the ContactId refutes, and the insert email signals come from the insert', async () => {
        const { answer } = await run({
            lifecycleSteps: {
                readBack: () => apexOk({ after: { isActive: false, isPortalEnabled: false, contactId: '003LIFE' } })
            },
            modes: {
                ...HAPPY.modes,
                committedUser: () =>
                    apexOk({
                        profileIsCustom: true,
                        licence: 'PID_Customer_Community_Plus_Login',
                        emailInvocations: 1,
                        insert: { ok: true, id: '005LIFE' }
                    })
            }
        });
        expect(answer('disabled-user-contact-later')?.verdict).toBe('refuted');
        expect(answer('user-email-insert-vs-reactivation')?.verdict).toBe('refuted');
    });

    it('the outside UserLogin read uses this run’s portal users', async () => {
        const { stubbed } = await run();
        const queries = stubbed.calls.filter((args) => args[0] === 'data').map((args) => args[3]);
        expect(queries).toContain(
            "SELECT Id, Username, LastLoginDate FROM User WHERE Username LIKE 'spu-probe-tag1-%' AND Profile.UserLicense.LicenseDefinitionKey IN ('PID_Customer_Community_Plus','PID_Customer_Community_Plus_Login') ORDER BY CreatedDate LIMIT 20"
        );
        expect(queries).toContain("SELECT UserId, IsFrozen FROM UserLogin WHERE UserId IN ('005000000000LIFE')");
    });
});

describe('docs/scratch.md lists what the probe settles', () => {
    it('every answer of a full run has its table row (a row starting with the id in backticks), so a new question cannot go undocumented', async () => {
        const { report } = await run();
        const docs = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'scratch.md'), 'utf8');
        const rows = new Set([...docs.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((match) => match[1]));
        expect(report.answers.length).toBe(53);
        expect(report.answers.map((answer) => answer.id).filter((id) => !rows.has(id))).toEqual([]);
        // The check can fail: an id without a row is reported.
        expect(['no-such-question'].filter((id) => !rows.has(id))).toEqual(['no-such-question']);
    });
});
