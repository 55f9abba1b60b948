/** The in-org run questions (issue #24) in full probe runs against the stand-in org. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok } from '../../scratch/__tests__/sf-stub';
import { POLL_MS, RUN_WAIT_MS } from '../questions-in-org-run';
import { IN_ORG_IDS } from '../verdicts-in-org-run';
import { apexOk, apexRuns, runStubProbe, stubOrg } from './probe-stub';

const IDS = Object.values(IN_ORG_IDS);

let work: string;
beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'probe-in-org-run-'));
});
afterEach(() => {
    rmSync(work, { recursive: true, force: true });
});

describe('org probe: the in-org run', () => {
    it('starts one ENABLE run of its own 300 contacts, reads it once it ended, answers four ways, deletes the run', async () => {
        const { stubbed, answer, report } = await runStubProbe(work);
        const runs = apexRuns(stubbed);
        const data = runs.filter((entry) => entry.script === 'bulkData').at(-1);
        expect(data?.input).toEqual({ tag: 'tag1', count: 300, marker: 'r' });
        const modes = runs.filter((entry) => entry.script === 'inOrgRun').map((entry) => entry.input.mode);
        expect(modes).toEqual(['start', 'read', 'delete']);
        expect(runs.find((entry) => entry.input.mode === 'start')?.input.contactIds).toHaveLength(300);
        for (const id of IDS) expect(answer(id)?.verdict).toBe('confirmed');
        expect(answer(IN_ORG_IDS.time)?.evidence).toContain('60.0 s per 200 users');
        expect(report.cleanup.at(-1)).toMatchObject({ name: 'delete the in-org run a0RIN0', ok: true });
    });

    it('creates nothing when the licence has fewer than 300 free seats', async () => {
        const { scripts, answer } = await runStubProbe(work, {
            licences: [
                { LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login', TotalLicenses: 251, UsedLicenses: 1 }
            ]
        });
        expect(scripts).not.toContain('inOrgRun');
        for (const id of IDS) {
            expect(answer(id)).toMatchObject({
                verdict: 'could not test',
                evidence: 'PID_Customer_Community_Plus_Login has 250 free seat(s), 300 needed: nothing was created'
            });
        }
    });

    it('waits at most RUN_WAIT_MS for a run that does not end, then answers could not test', async () => {
        const stubbed = stubOrg({
            scripts: {
                inOrgRun: (input) =>
                    apexOk(
                        input.mode === 'start'
                            ? { runId: 'a0RIN1', name: 'SUR-1', asyncUsedBefore: 1 }
                            : { status: 'RUNNING', studentCount: 300, succeeded: 100, jobs: 1, runs: 1 }
                    )
            }
        }).on(
            'data query --query SELECT Status__c, Jobs__c FROM Student_User_Run__c',
            ok({ records: [{ Status__c: 'RUNNING', Jobs__c: 1 }], totalSize: 1, done: true })
        );
        const { answer, sleeps } = await runStubProbe(work, {}, stubbed);
        expect(sleeps.filter((ms) => ms === POLL_MS)).toHaveLength(RUN_WAIT_MS / POLL_MS);
        expect(answer(IN_ORG_IDS.locking)).toMatchObject({ verdict: 'could not test' });
        expect(answer(IN_ORG_IDS.time)?.evidence).toContain('the run is still RUNNING');
    });
});
