/** The lifecycle, run record and org fact questions in a full probe run against the stand-in org. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail } from '../../scratch/__tests__/sf-stub';
import { PROGRAM_MODELS } from '../verdicts-org-facts';
import { apexOk, apexRuns, runStubProbe, stubOrg } from './probe-stub';
import type { OrgScene } from './probe-stub';

const LIFECYCLE = [
    'run-record-after-user-update',
    'lifecycle-freeze-unfreeze',
    'lifecycle-login-link',
    'lifecycle-deactivate',
    'lifecycle-disable-clears-contact'
];

let work: string;
beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'probe-lifecycle-'));
});
afterEach(() => {
    rmSync(work, { recursive: true, force: true });
});

function run(scene: OrgScene = {}, stubbed = stubOrg(scene)) {
    return runStubProbe(work, scene, stubbed);
}

describe('org probe: the run record question polls, bounded', () => {
    it('finds the run on the third query after two waits of 2 s', async () => {
        const found = { Id: 'a0R', Action__c: 'PROBE', Items__r: { records: [{ Id: 'a0I' }] } };
        const { answer, sleeps, queries, lines } = await run({ runRecords: [[], [], [found]] });
        expect(sleeps).toEqual([2000, 2000]);
        expect(lines).toContain('    looking for the run record (up to 6 queries, 2 s apart)');
        expect(queries.filter((soql) => soql.includes("Action__c = 'PROBE'"))).toHaveLength(3);
        expect(answer('run-record-after-user-update')?.evidence).toContain('found after 4 s with 1 item(s)');
    });

    it('gives up after six queries, reads the job status, and lists the run as a possible leftover', async () => {
        const { answer, sleeps, queries, report } = await run({
            runRecords: [[]],
            runLogJobs: [{ Status: 'Queued', NumberOfErrors: 0 }]
        });
        expect(sleeps).toEqual([2000, 2000, 2000, 2000, 2000]);
        expect(queries.filter((soql) => soql.includes("Action__c = 'PROBE'"))).toHaveLength(6);
        expect(queries).toContain(
            "SELECT Id, Status, ExtendedStatus, NumberOfErrors, CreatedDate FROM AsyncApexJob WHERE ApexClass.Name = 'StudentUserRunLogJob' AND CreatedDate >= 2026-11-30T12:00:00Z ORDER BY CreatedDate DESC LIMIT 5"
        );
        expect(answer('run-record-after-user-update')).toMatchObject({ verdict: 'could not test' });
        expect(report.leftovers.some((note) => note.includes("Action__c = 'PROBE'"))).toBe(true);
        expect(report.cleanup.map((step) => step.name)).toContain(
            "delete the probe's run records (Student_User_Run__c, Action__c PROBE)"
        );
    });

    it('does not poll when record() enqueued nothing', async () => {
        const { answer, sleeps, queries } = await run({
            scripts: {
                runLog: () =>
                    apexOk({
                        userUpdate: { ok: true },
                        queueableJobsBefore: 0,
                        enqueued: false,
                        queueableJobsAfter: 0
                    })
            }
        });
        expect(sleeps).toEqual([]);
        expect(queries.some((soql) => soql.includes("Action__c = 'PROBE'"))).toBe(false);
        expect(answer('run-record-after-user-update')?.verdict).toBe('refuted');
    });
});

describe('org probe: lifecycle failures stay local', () => {
    it('a lifecycle user that cannot be created makes the five questions "could not test", once', async () => {
        const { answer, scripts, report } = await run({
            modes: {
                committedUser: (input) =>
                    input.suffix === 'life'
                        ? apexOk({
                              profileIsCustom: true,
                              insert: {
                                  ok: false,
                                  statusCode: 'LICENSE_LIMIT_EXCEEDED',
                                  message: 'License Limit Exceeded'
                              }
                          })
                        : apexOk({ profileIsCustom: true, insert: { ok: true, id: '005Q5' } })
            }
        });
        for (const id of LIFECYCLE) {
            expect(answer(id)).toMatchObject({
                verdict: 'could not test',
                evidence:
                    "the probe's portal user could not be created: the portal user insert failed for another reason: LICENSE_LIMIT_EXCEEDED: License Limit Exceeded"
            });
        }
        expect(answer('merge-non-portal-master-refused')?.verdict).toBe('confirmed');
        expect(scripts.filter((script) => script === 'portalUser')).toHaveLength(6);
        expect(scripts).not.toContain('lifecycle');
        expect(scripts).not.toContain('runLog');
        // The three standard runs and the staff test class's deletion; no run records to delete.
        expect(report.cleanup).toHaveLength(5);
    });

    it('a run-log script that does not compile (product not deployed) is "could not test" and adds no cleanup', async () => {
        const { answer, report } = await run({
            scripts: {
                runLog: () =>
                    fail({
                        name: 'executeCompileFailure',
                        message: 'compile',
                        data: {
                            compiled: false,
                            line: 22,
                            column: 5,
                            compileProblem: 'Invalid type: StudentUserRunLog.Entry'
                        }
                    })
            }
        });
        expect(answer('run-record-after-user-update')).toMatchObject({
            verdict: 'could not test',
            evidence:
                'scripts/apex/probe-run-log.apex does not compile in this org (line 22, column 5): Invalid type: StudentUserRunLog.Entry'
        });
        expect(answer('lifecycle-freeze-unfreeze')?.verdict).toBe('confirmed');
        expect(report.cleanup.map((step) => step.name)).not.toContain(
            "delete the probe's run records (Student_User_Run__c, Action__c PROBE)"
        );
    });

    it('a crashed unfreeze run is reported in the freeze answer; the login link still runs', async () => {
        const { answer } = await run({
            lifecycleSteps: {
                unfreeze: () => {
                    throw new Error('sf crashed');
                }
            }
        });
        expect(answer('lifecycle-freeze-unfreeze')).toMatchObject({
            verdict: 'could not test',
            evidence: 'froze the user; the unfreeze could not run: scripts/apex/probe-lifecycle.apex: sf crashed'
        });
        expect(answer('lifecycle-login-link')?.verdict).toBe('confirmed');
    });
});

describe('org probe: org facts', () => {
    it('a failed describe run makes the program answer "could not test"; a failed query its own', async () => {
        const stubbed = stubOrg({
            scripts: {
                orgSchema: () =>
                    fail({
                        name: 'executeRuntimeFailure',
                        message: 'x',
                        data: { success: false, exceptionMessage: 'boom' }
                    })
            }
        });
        stubbed.on('data query --query SELECT ProfileId', fail({ name: 'INVALID_FIELD', message: 'No such column' }));
        const { answer } = await run({}, stubbed);
        expect(answer('program-data-model')).toMatchObject({
            verdict: 'could not test',
            evidence: 'scripts/apex/probe-org-schema.apex failed: boom'
        });
        expect(answer('custom-profile-per-licence')).toMatchObject({
            verdict: 'could not test',
            evidence: 'INVALID_FIELD: No such column'
        });
    });

    it('passes the selector models to the describe script', async () => {
        const stubbed = stubOrg();
        await run({}, stubbed);
        const describe = apexRuns(stubbed).find((entry) => entry.script === 'orgSchema');
        expect(describe?.input.models).toEqual(PROGRAM_MODELS);
    });
});
