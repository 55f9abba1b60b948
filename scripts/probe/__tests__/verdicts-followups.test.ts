import {
    bulkVerdict,
    contactAfterDisableVerdict,
    emailVerdict,
    FOLLOWUP_IDS,
    freeSeats,
    resetCostVerdict,
    resetFrozenVerdict,
    resetInactiveVerdict,
    seatVerdict
} from '../verdicts-followups';

const ACTIVE = { isActive: true, isPortalEnabled: true, contactId: '003L', isFrozen: false };
const INACTIVE = { ...ACTIVE, isActive: false };
const FROZEN = { ...ACTIVE, isFrozen: true };
const DISABLED = { isActive: false, isPortalEnabled: false, contactId: null };

describe('ContactId after DISABLE, read in a later transaction', () => {
    const disable = { before: INACTIVE, update: { ok: true }, after: { ...DISABLED, contactId: '003L' } };

    it('confirmed when the later read has no ContactId (the evidence has the same-transaction value too)', () => {
        const answer = contactAfterDisableVerdict(disable, { after: DISABLED });
        expect(answer).toMatchObject({ id: FOLLOWUP_IDS.contactAfterDisable, verdict: 'confirmed' });
        expect(answer.evidence).toBe('ContactId 003L in the disabling transaction, null in a later one');
    });

    it('refuted when the later read still has the ContactId', () => {
        const answer = contactAfterDisableVerdict(disable, { after: { ...DISABLED, contactId: '003L' } });
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain(
            'still 003L in a later one: queries by ContactId must filter IsPortalEnabled = TRUE'
        );
    });

    it('could not test when the disable failed, the read failed, or the user is not disabled', () => {
        const failed = { ...disable, update: { ok: false, statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'no' } };
        expect(contactAfterDisableVerdict(failed, { after: DISABLED })).toMatchObject({
            verdict: 'could not test',
            evidence: 'the disable itself failed: INVALID_CROSS_REFERENCE_KEY: no'
        });
        expect(contactAfterDisableVerdict(disable, { error: 'sf crashed' }).evidence).toBe(
            'the later read failed: sf crashed'
        );
        expect(contactAfterDisableVerdict(disable, { after: { ...DISABLED, isPortalEnabled: true } }).verdict).toBe(
            'could not test'
        );
        expect(contactAfterDisableVerdict({ error: 'user not found' }, {}).evidence).toBe('user not found');
    });
});

describe('emails of insert and reactivation (triggerUserEmail = false)', () => {
    const insert = { insert: { ok: true, id: '005L' }, emailInvocations: 0 };
    const reactivate = {
        before: INACTIVE,
        update: { ok: true },
        after: ACTIVE,
        emailInvocations: 0,
        singleEmailBefore: 3,
        singleEmailAfter: 3
    };

    it('could not test when Apex sees no email: system emails are invisible to it, the evidence says where to look', () => {
        const answer = emailVerdict(insert, reactivate);
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toBe(
            "insert: Limits.getEmailInvocations() +0; reactivation (IsActive -> true): Limits.getEmailInvocations() +0, OrgLimits SingleEmail 3 -> 3. Apex cannot see system emails (user welcome, reactivation, password): look in Setup > Email Log Files, or point the probe user's email at a real inbox"
        );
    });

    it('refuted when an email Apex can see went out', () => {
        expect(emailVerdict(insert, { ...reactivate, emailInvocations: 1 }).verdict).toBe('refuted');
        expect(emailVerdict({ ...insert, emailInvocations: 1 }, reactivate).evidence).toMatch(
            /^an email Apex can see was sent: /
        );
    });

    it('could not test when the insert or the reactivation failed (nothing to observe)', () => {
        expect(emailVerdict({ insert: { ok: false, statusCode: 'X', message: 'y' } }, reactivate).evidence).toBe(
            'the insert failed: X: y'
        );
        expect(
            emailVerdict(insert, {
                ...reactivate,
                update: { ok: false, statusCode: 'LICENSE_LIMIT_EXCEEDED', message: 'no seat' }
            }).evidence
        ).toBe('the reactivation failed: LICENSE_LIMIT_EXCEEDED: no seat');
        expect(emailVerdict(insert, { error: 'the probe user 005L was not found' }).verdict).toBe('could not test');
        // A confirmation is impossible by construction: no answer of Apex can show that no system email was sent.
        for (const signals of [0, 1]) {
            expect(emailVerdict({ ...insert, emailInvocations: signals }, reactivate).verdict).not.toBe('confirmed');
        }
    });
});

describe('System.resetPassword', () => {
    const reset = (before: object, update: object, extra: object = {}) => ({
        before,
        update,
        dmlStatements: 1,
        after: before,
        ...extra
    });

    it('DML cost: confirmed at one statement, refuted otherwise with the number', () => {
        expect(resetCostVerdict(reset(ACTIVE, { ok: true })).verdict).toBe('confirmed');
        const none = resetCostVerdict(reset(ACTIVE, { ok: true }, { dmlStatements: 0 }));
        expect(none.verdict).toBe('refuted');
        expect(none.evidence).toContain('Limits.getDmlStatements() rose by 0 for one System.resetPassword call');
        expect(resetCostVerdict(reset(ACTIVE, { ok: true }, { dmlStatements: 2 })).evidence).toContain(
            '(150 DML statements / 2)'
        );
    });

    it('DML cost: could not test when the reset failed or no count came back', () => {
        expect(resetCostVerdict(reset(ACTIVE, { ok: false, exception: 'E', message: 'm' })).evidence).toBe(
            'the reset failed: E: m'
        );
        expect(resetCostVerdict({ ...reset(ACTIVE, { ok: true }), dmlStatements: undefined }).verdict).toBe(
            'could not test'
        );
        expect(resetCostVerdict({ error: 'x' }).verdict).toBe('could not test');
    });

    it('frozen user: confirmed when the reset works and the user stays frozen', () => {
        expect(resetFrozenVerdict(reset(FROZEN, { ok: true })).verdict).toBe('confirmed');
    });

    it('frozen user: refuted when refused, or when the reset unfroze the user', () => {
        const refused = resetFrozenVerdict(
            reset(FROZEN, { ok: false, exception: 'System.NoAccessException', message: 'frozen' })
        );
        expect(refused).toMatchObject({
            verdict: 'refuted',
            evidence: 'System.resetPassword on a frozen user failed: System.NoAccessException: frozen'
        });
        const thawed = resetFrozenVerdict(reset(FROZEN, { ok: true }, { after: ACTIVE }));
        expect(thawed.evidence).toBe('the reset succeeded but unfroze the user (IsFrozen false after)');
    });

    it('frozen user: could not test when the user was not frozen', () => {
        expect(resetFrozenVerdict(reset(ACTIVE, { ok: true }))).toMatchObject({
            verdict: 'could not test',
            evidence: 'the user was not frozen (IsFrozen false)'
        });
    });

    it('inactive user: confirmed when refused, refuted when it succeeds, could not test when the user was active', () => {
        expect(
            resetInactiveVerdict(
                reset(INACTIVE, { ok: false, exception: 'System.InvalidParameterValueException', message: 'inactive' })
            )
        ).toMatchObject({ verdict: 'confirmed', evidence: 'refused: System.InvalidParameterValueException: inactive' });
        expect(resetInactiveVerdict(reset(INACTIVE, { ok: true })).verdict).toBe('refuted');
        expect(resetInactiveVerdict(reset(ACTIVE, { ok: true })).verdict).toBe('could not test');
    });
});

describe('seat counting of the Customer Community Plus Login licence', () => {
    const rows = (used: number) => [
        { LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login', TotalLicenses: 10, UsedLicenses: used }
    ];
    const insert = { insert: { ok: true, id: '005L' }, licence: 'PID_Customer_Community_Plus_Login' };

    it('confirmed when UsedLicenses rises by one at creation', () => {
        expect(seatVerdict(insert, rows(3), rows(4))).toMatchObject({
            verdict: 'confirmed',
            evidence:
                'PID_Customer_Community_Plus_Login UsedLicenses 3 -> 4 after creating one user (queried in later transactions)'
        });
    });

    it('refuted when it does not move (seats counted at login or per month)', () => {
        expect(seatVerdict(insert, rows(3), rows(3)).verdict).toBe('refuted');
    });

    it('could not test without a created user, a licence name or readable rows', () => {
        expect(seatVerdict({ insert: { ok: false, statusCode: 'X', message: 'y' } }, rows(3), rows(3)).verdict).toBe(
            'could not test'
        );
        expect(seatVerdict({ insert: { ok: true } }, rows(3), rows(4)).evidence).toBe(
            'the insert did not say which licence the user got'
        );
        expect(seatVerdict(insert, [], rows(4)).verdict).toBe('could not test');
    });

    it('free seats of a licence', () => {
        expect(freeSeats(rows(3), 'PID_Customer_Community_Plus_Login')).toBe(7);
        expect(freeSeats(rows(3), 'PID_Customer_Community_Plus')).toBeUndefined();
    });
});

describe('one real enable of 200 students', () => {
    const run = (extra: object = {}) => ({
        requests: 200,
        cpuMs: 7300,
        cpuLimitMs: 10000,
        elapsedMs: 25000,
        dmlStatements: 8,
        queries: 30,
        usedBefore: 2,
        usedAfter: 202,
        statuses: { CREATED: 200 },
        errorCodes: {},
        lockMessages: [],
        firstErrors: [],
        ...extra
    });

    it('confirmed when all 200 are created, with the CPU time and seats in the evidence', () => {
        const answer = bulkVerdict(run(), 200);
        expect(answer).toMatchObject({ id: FOLLOWUP_IDS.bulk, verdict: 'confirmed' });
        expect(answer.evidence).toBe(
            '200 of 200 CREATED, statuses {"CREATED":200}, codes {}; CPU 7300 ms of 10000, 25000 ms elapsed, 8 DML statements, 30 queries; UsedLicenses 2 -> 202 in the transaction'
        );
    });

    it('refuted by a row lock, by the CPU limit (the run died), or by failed students', () => {
        expect(
            bulkVerdict(run({ lockMessages: ['UNABLE_TO_LOCK_ROW: unable to obtain exclusive access'] }), 200).verdict
        ).toBe('refuted');
        expect(bulkVerdict(run({ errorCodes: { UNABLE_TO_LOCK_ROW: 3 } }), 200).verdict).toBe('refuted');
        expect(
            bulkVerdict(
                'scripts/apex/probe-bulk-enable.apex failed: System.LimitException: Apex CPU time limit exceeded',
                200
            )
        ).toMatchObject({ verdict: 'refuted' });
        expect(bulkVerdict('System.LimitException: Apex CPU time limit exceeded', 200).evidence).toContain(
            'the call died of the CPU limit'
        );
        const failed = bulkVerdict(
            run({
                statuses: { CREATED: 150, FAILED: 50 },
                errorCodes: { PLATFORM_ERROR: 50 },
                firstErrors: ['PLATFORM_ERROR: x']
            }),
            200
        );
        expect(failed.verdict).toBe('refuted');
        expect(failed.evidence).toContain('first errors: PLATFORM_ERROR: x');
    });

    it('could not test when seats ran out or the run failed for another reason', () => {
        expect(
            bulkVerdict(run({ statuses: { CREATED: 4, FAILED: 196 }, errorCodes: { NO_LICENSE_LEFT: 196 } }), 200)
                .verdict
        ).toBe('could not test');
        expect(bulkVerdict('scripts/apex/probe-bulk-enable.apex does not compile in this org', 200).verdict).toBe(
            'could not test'
        );
    });
});
