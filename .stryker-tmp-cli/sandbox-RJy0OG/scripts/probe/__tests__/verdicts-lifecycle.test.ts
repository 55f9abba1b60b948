// @ts-nocheck
import {
    committedUserProblem,
    deactivateVerdict,
    disableVerdict,
    freezeVerdict,
    loginLinkVerdict,
    runLogJobSoql,
    runRecordCode,
    runRecordSoql,
    runRecordVerdict
} from '../verdicts-lifecycle';

const ACTIVE = { isActive: true, isPortalEnabled: true, contactId: '003L' };
const INACTIVE = { ...ACTIVE, isActive: false };
const FROZE = { before: ACTIVE, loginRows: 1, frozenBefore: false, update: { ok: true }, frozenAfter: true };
const THAWED = { before: ACTIVE, loginRows: 1, frozenBefore: true, update: { ok: true }, frozenAfter: false };

describe('the lifecycle user', () => {
    it('is created when the committed insert succeeded with an id', () => {
        expect(committedUserProblem({ profileIsCustom: true, insert: { ok: true, id: '005L' } })).toBeUndefined();
    });

    it('names the reason when the insert failed or the scene was missing', () => {
        expect(
            committedUserProblem({
                profileIsCustom: true,
                insert: { ok: false, statusCode: 'LICENSE_LIMIT_EXCEEDED', message: 'License Limit Exceeded' }
            })
        ).toBe(
            "the probe's portal user could not be created: the portal user insert failed for another reason: LICENSE_LIMIT_EXCEEDED: License Limit Exceeded"
        );
        expect(committedUserProblem({ error: 'no profile of the licences A in this org' })).toBe(
            "the probe's portal user could not be created: no profile of the licences A in this org"
        );
        expect(
            committedUserProblem({
                profileIsCustom: true,
                insert: { ok: false, statusCode: 'INVALID_EMAIL_ADDRESS', message: 'bad' }
            })
        ).toBe("the probe's portal user could not be created: INVALID_EMAIL_ADDRESS: bad");
    });
});

describe('lifecycle (a): freeze and unfreeze through UserLogin', () => {
    it('confirmed when IsFrozen goes true, stays true in the next transaction, and goes back to false', () => {
        const answer = freezeVerdict(FROZE, THAWED);
        expect(answer.verdict).toBe('confirmed');
        expect(answer.evidence).toBe(
            'IsFrozen false -> true (still true in the next transaction) -> false; the user stayed active'
        );
    });

    it("refuted with the platform's message when an update fails", () => {
        const refused = { ok: false, statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'no access' };
        const freeze = freezeVerdict({ ...FROZE, update: refused, frozenAfter: false }, THAWED);
        expect(freeze.verdict).toBe('refuted');
        expect(freeze.evidence).toBe('freeze: the UserLogin update failed: INSUFFICIENT_ACCESS_OR_READONLY: no access');
        const unfreeze = freezeVerdict(FROZE, { ...THAWED, update: refused, frozenAfter: true });
        expect(unfreeze.evidence).toBe(
            'unfreeze: the UserLogin update failed: INSUFFICIENT_ACCESS_OR_READONLY: no access'
        );
    });

    it('refuted when the value does not hold: read back wrong, lost across transactions, or no UserLogin row', () => {
        expect(freezeVerdict({ ...FROZE, frozenAfter: false }, THAWED).evidence).toBe(
            'freeze: the update succeeded but IsFrozen reads false'
        );
        expect(freezeVerdict(FROZE, { ...THAWED, frozenBefore: false }).evidence).toBe(
            'freeze: IsFrozen read true in its own transaction but false in the next one'
        );
        expect(freezeVerdict(FROZE, { ...THAWED, frozenAfter: true }).verdict).toBe('refuted');
        const noRow = freezeVerdict({ before: ACTIVE, loginRows: 0 }, THAWED);
        expect(noRow.verdict).toBe('refuted');
        expect(noRow.evidence).toContain('no UserLogin row');
    });

    it('could not test when the user is missing or inactive, or the unfreeze run failed', () => {
        expect(freezeVerdict({ error: 'the probe user 005L was not found' }, THAWED)).toMatchObject({
            verdict: 'could not test',
            evidence: 'the probe user 005L was not found'
        });
        expect(freezeVerdict({ ...FROZE, before: INACTIVE }, THAWED).verdict).toBe('could not test');
        expect(freezeVerdict(FROZE, { error: 'lifecycle failed: boom' })).toMatchObject({
            verdict: 'could not test',
            evidence: 'froze the user; the unfreeze could not run: lifecycle failed: boom'
        });
    });
});

describe('lifecycle (b): the login link', () => {
    it('confirmed when System.resetPassword returns', () => {
        const answer = loginLinkVerdict({
            before: ACTIVE,
            update: { ok: true },
            singleEmailBefore: 3,
            singleEmailAfter: 4
        });
        expect(answer.verdict).toBe('confirmed');
        expect(answer.evidence).toBe(
            "System.resetPassword(userId, true) returned a ResetPasswordResult; Salesforce emailed the user's example.com address; OrgLimits SingleEmail use 3 -> 4 (updated asynchronously: an unchanged value proves nothing)"
        );
    });

    it('refuted with the exception type and message', () => {
        const answer = loginLinkVerdict({
            before: ACTIVE,
            update: { ok: false, exception: 'System.InvalidParameterValueException', message: 'cannot reset' }
        });
        expect(answer).toMatchObject({
            verdict: 'refuted',
            evidence: 'System.resetPassword failed: System.InvalidParameterValueException: cannot reset'
        });
    });

    it('could not test when the user is not active or missing', () => {
        expect(loginLinkVerdict({ before: INACTIVE, update: { ok: false } }).verdict).toBe('could not test');
        expect(loginLinkVerdict({ error: 'gone' }).evidence).toBe('gone');
    });
});

describe('lifecycle (c): deactivate', () => {
    const done = { before: ACTIVE, update: { ok: true }, after: { ...INACTIVE } };

    it('confirmed when IsActive reads false and ContactId is kept', () => {
        expect(deactivateVerdict(done)).toMatchObject({
            verdict: 'confirmed',
            evidence: 'IsActive true -> false; ContactId kept (003L), IsPortalEnabled true'
        });
    });

    it('refuted when the update fails, does not hold, or loses the contact', () => {
        expect(
            deactivateVerdict({ ...done, update: { ok: false, statusCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'x' } })
                .evidence
        ).toBe('the User update failed: FIELD_INTEGRITY_EXCEPTION: x');
        expect(deactivateVerdict({ ...done, after: ACTIVE }).evidence).toBe(
            'the update succeeded but IsActive reads true'
        );
        const lost = deactivateVerdict({ ...done, after: { ...INACTIVE, contactId: null } });
        expect(lost).toMatchObject({
            verdict: 'refuted',
            evidence: 'deactivated, but ContactId changed from 003L to null'
        });
    });

    it('could not test when the user was already inactive', () => {
        expect(deactivateVerdict({ ...done, before: INACTIVE }).verdict).toBe('could not test');
    });
});

describe('lifecycle (d): disable', () => {
    const done = {
        before: INACTIVE,
        update: { ok: true },
        after: { isActive: false, isPortalEnabled: false, contactId: null }
    };

    it('confirmed when IsPortalEnabled reads false and ContactId is cleared', () => {
        expect(disableVerdict(done)).toMatchObject({
            verdict: 'confirmed',
            evidence: 'IsPortalEnabled true -> false on an inactive user; ContactId 003L -> null'
        });
    });

    it('refuted when the update fails or the contact link stays', () => {
        expect(
            disableVerdict({
                ...done,
                before: ACTIVE,
                update: { ok: false, exception: 'System.DmlException', message: 'cannot disable' }
            }).evidence
        ).toBe('the User update on an active user failed: System.DmlException: cannot disable');
        expect(disableVerdict({ ...done, after: { ...INACTIVE, isPortalEnabled: false } })).toMatchObject({
            verdict: 'refuted',
            evidence: 'IsPortalEnabled true -> false on an inactive user, but ContactId is still 003L'
        });
        expect(disableVerdict({ ...done, after: INACTIVE }).evidence).toBe(
            'the update succeeded but IsPortalEnabled reads true'
        );
    });

    it('could not test when the user was not portal-enabled before', () => {
        expect(disableVerdict({ ...done, before: { ...INACTIVE, isPortalEnabled: false } }).verdict).toBe(
            'could not test'
        );
        expect(disableVerdict({ error: 'unknown step x' }).verdict).toBe('could not test');
    });
});

describe('question 2: the run record after a User update', () => {
    const enqueued = {
        startedAt: '2026-11-30T12:00:00Z',
        userUpdate: { ok: true },
        queueableJobsBefore: 0,
        enqueued: true,
        queueableJobsAfter: 1,
        entries: 1
    };
    const run = {
        Id: 'a0R1',
        Action__c: 'PROBE',
        Student_Count__c: 1,
        Items__r: { totalSize: 1, done: true, records: [{ Id: 'a0I1' }] }
    };

    it('confirmed when the job was enqueued and the run is found with its items', () => {
        expect(runRecordVerdict(enqueued, { runs: [run], waitedSeconds: 4 })).toMatchObject({
            verdict: 'confirmed',
            evidence:
                "enqueued in the User update's transaction (Limits.getQueueableJobs() 0 -> 1); run a0R1 (Action__c PROBE, Student_Count__c 1) found after 4 s with 1 item(s)"
        });
    });

    it('refuted when record() did not enqueue, threw, or the run lacks its items', () => {
        expect(
            runRecordVerdict({ ...enqueued, enqueued: false, queueableJobsAfter: 0 }, { runs: [], waitedSeconds: 0 })
        ).toMatchObject({
            verdict: 'refuted',
            evidence: 'record() returned false after the User update; Limits.getQueueableJobs() 0 -> 0'
        });
        expect(
            runRecordVerdict(
                { ...enqueued, exception: 'System.DmlException', message: 'MIXED_DML_OPERATION' },
                { runs: [], waitedSeconds: 0 }
            ).evidence
        ).toContain('record() threw after the User update: System.DmlException: MIXED_DML_OPERATION');
        const noItems = runRecordVerdict(enqueued, { runs: [{ ...run, Items__r: null }], waitedSeconds: 0 });
        expect(noItems.verdict).toBe('refuted');
        expect(noItems.evidence).toContain('with 0 item(s), expected 1');
    });

    it('refuted when the job finished (or never ran) and no run was written', () => {
        const finished = runRecordVerdict(enqueued, {
            runs: [],
            waitedSeconds: 10,
            jobs: [{ Status: 'Completed', NumberOfErrors: 0 }]
        });
        expect(finished).toMatchObject({
            verdict: 'refuted',
            evidence:
                "enqueued (Limits.getQueueableJobs() 0 -> 1) but no run found after 10 s: StudentUserRunLogJob Completed, 0 error(s); the job's debug log has its ERROR line"
        });
        expect(runRecordVerdict(enqueued, { runs: [], waitedSeconds: 10, jobs: [] }).evidence).toContain(
            'and no StudentUserRunLogJob since the call'
        );
    });

    it('could not test when the User update failed, the job is still pending, or its status is unreadable', () => {
        expect(
            runRecordVerdict(
                { userUpdate: { ok: false, statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'no user' } },
                { runs: [], waitedSeconds: 0 }
            ).evidence
        ).toBe('the User update before record() failed: INVALID_CROSS_REFERENCE_KEY: no user');
        const pending = runRecordVerdict(enqueued, {
            runs: [],
            waitedSeconds: 10,
            jobs: [{ Status: 'Queued', NumberOfErrors: 0 }]
        });
        expect(pending).toMatchObject({ verdict: 'could not test' });
        expect(pending.evidence).toContain('the job has not finished yet (StudentUserRunLogJob Queued, 0 error(s))');
        expect(
            runRecordVerdict(enqueued, { runs: [], waitedSeconds: 10, jobsFailure: 'INVALID_TYPE' }).evidence
        ).toContain("the job's status could not be read: INVALID_TYPE");
    });
});

describe('run record queries', () => {
    it('find the runs by the tag in the item code, and the jobs by start time', () => {
        expect(runRecordCode('abc123')).toBe('spu-probe-abc123');
        expect(runRecordSoql('abc123')).toContain("WHERE Error_Code__c = 'spu-probe-abc123'");
        expect(runLogJobSoql('2026-11-30T12:00:00Z')).toContain('CreatedDate >= 2026-11-30T12:00:00Z');
    });

    it('refuse a tag or time that could change the query', () => {
        expect(() => runRecordSoql("x' OR Id != null OR Id = 'y")).toThrow('lower-case letters and digits');
        expect(() => runLogJobSoql('undefined')).toThrow('not a SOQL date-time: undefined');
    });
});
