import type { MethodOutcome } from '../staff';
import type { Answer } from '../types';
import {
    STAFF_PATHS,
    STAFF_SEAM_ID,
    staffClaim,
    staffPathVerdict,
    staffSeamVerdict,
    userLoginRowVerdict
} from '../verdicts-staff';
import type { StaffPath } from '../verdicts-staff';

const DENIED = { ok: false, statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights' };

function reported(variants: Record<string, unknown>, extra: Record<string, unknown> = {}): MethodOutcome {
    return { ok: true, result: { path: 'x', variants, ...extra } };
}

const DEACTIVATED = reported({
    product: { status: 'DEACTIVATED' },
    withSharing: DENIED,
    withoutSharing: { ok: true }
});

describe('staff write paths: one answer per path', () => {
    it('every path has its own id and a claim naming what it writes', () => {
        const ids = Object.values(STAFF_PATHS).map((path) => path.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(staffClaim('loginLink')).toBe(
            "Staff without Manage Users, holding only Student_User_Enablement and Student_User_Lifecycle, can do System.resetPassword(userId, true) from without sharing code, and through the product's classes"
        );
    });

    it('confirmed when without sharing works and the product succeeds; the evidence says with sharing was refused', () => {
        const answer = staffPathVerdict('deactivate', DEACTIVATED);
        expect(answer).toMatchObject({ id: 'staff-deactivate', verdict: 'confirmed' });
        expect(answer.evidence).toBe(
            'without sharing: ok; with sharing: INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights; product: DEACTIVATED'
        );
    });

    it('refuted when even without sharing code is refused (a without sharing seam does not suffice)', () => {
        const answer = staffPathVerdict(
            'freeze',
            reported({
                product: { status: 'FAILED', errorCode: 'PLATFORM_ERROR' },
                withSharing: DENIED,
                withoutSharing: DENIED
            })
        );
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain(
            'without sharing: INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights'
        );
    });

    it('refuted when without sharing works but the product fails (the product is not using the seam)', () => {
        const answer = staffPathVerdict(
            'reactivate',
            reported({
                product: { status: 'FAILED', errorCode: 'PLATFORM_ERROR', message: 'INSUFFICIENT_ACCESS_OR_READONLY' },
                withSharing: DENIED,
                withoutSharing: { ok: true }
            })
        );
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toMatch(/^the product fails where without sharing code works: /);
        expect(answer.evidence).toContain('product: FAILED PLATFORM_ERROR: INSUFFICIENT_ACCESS_OR_READONLY');
    });

    it('a product exception refutes too', () => {
        const answer = staffPathVerdict(
            'enable',
            reported({ product: { exception: 'System.NullPointerException: x' }, withoutSharing: { ok: true } })
        );
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('product: threw System.NullPointerException: x');
    });

    it("the org's configuration (no allowed role) or DISABLE's admin-only permission leave the product path open, not refuted", () => {
        const role = staffPathVerdict(
            'ownerRole',
            reported({
                product: { status: 'FAILED', errorCode: 'OWNER_ROLE_REQUIRED', message: 'no default role' },
                withoutSharing: { ok: true }
            })
        );
        expect(role.verdict).toBe('confirmed');
        expect(role.evidence).toContain('product: FAILED OWNER_ROLE_REQUIRED: no default role');
        const disable = staffPathVerdict(
            'disable',
            reported({ product: { status: 'FAILED', errorCode: 'PERMISSION_DENIED' }, withoutSharing: { ok: true } })
        );
        expect(disable.verdict).toBe('confirmed');
        // The same refusal on another path is a defect: staff hold Manage_Student_Users.
        const freeze = staffPathVerdict(
            'freeze',
            reported({ product: { status: 'FAILED', errorCode: 'PERMISSION_DENIED' }, withoutSharing: { ok: true } })
        );
        expect(freeze.verdict).toBe('refuted');
    });

    it('the run record path needs a run written by the product, not only its status', () => {
        const none = staffPathVerdict(
            'runRecord',
            reported({ product: { status: 'CREATED', runsAfterStopTest: 0 }, withoutSharing: { ok: true } })
        );
        expect(none.verdict).toBe('refuted');
        expect(none.evidence).toContain('product: CREATED, 0 run record(s)');
        const one = staffPathVerdict(
            'runRecord',
            reported({ product: { status: 'CREATED', runsAfterStopTest: 1 }, withoutSharing: { ok: true } })
        );
        expect(one.verdict).toBe('confirmed');
    });

    it('the login link reports the DML statements one reset used', () => {
        const answer = staffPathVerdict(
            'loginLink',
            reported({ product: { status: 'LOGIN_LINK_SENT' }, withoutSharing: { ok: true, dmlStatements: 1 } })
        );
        expect(answer.evidence).toContain('without sharing: ok, 1 DML statement(s)');
    });

    it('could not test: a scene the test could not set (no UserLogin row, no licence seat)', () => {
        const answer = staffPathVerdict(
            'freeze',
            reported({
                product: { status: 'FAILED' },
                withSharing: { skipped: 'NO_USER_LOGIN_ROW' },
                withoutSharing: { skipped: 'NO_USER_LOGIN_ROW' }
            })
        );
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toContain('without sharing: not tried (NO_USER_LOGIN_ROW)');
    });

    it('refuted by an access refusal of any form: status code, NoAccessException, or a message about privileges', () => {
        for (const refusal of [
            { ok: false, statusCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', message: 'x' },
            { ok: false, exception: 'System.NoAccessException', message: 'x' },
            { ok: false, exception: 'System.DmlException', message: 'Insufficient privileges to perform this action' }
        ]) {
            expect(staffPathVerdict('loginLink', reported({ withoutSharing: refusal })).verdict).toBe('refuted');
        }
    });

    it('could not test: a bare write that failed for another reason (a licence that does not fit the user)', () => {
        const answer = staffPathVerdict(
            'permissionSetLicence',
            reported({
                withoutSharing: {
                    ok: false,
                    statusCode: 'FIELD_INTEGRITY_EXCEPTION',
                    message: "The user license doesn't allow this permission set license"
                }
            })
        );
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toMatch(/^the write failed for a reason other than access: /);
    });

    it('could not test: no seat left for the reactivation says nothing about access', () => {
        const answer = staffPathVerdict(
            'reactivate',
            reported({
                product: { status: 'FAILED', errorCode: 'NO_LICENSE_LEFT' },
                withoutSharing: { ok: false, statusCode: 'LICENSE_LIMIT_EXCEEDED', message: 'License Limit Exceeded' }
            })
        );
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toMatch(/^the scene, not the access: without sharing: LICENSE_LIMIT_EXCEEDED/);
    });

    it("could not test: the method's setup failed, the method failed otherwise, or did not run", () => {
        expect(
            staffPathVerdict('enable', reported({}, { error: 'ProbeSetupException: no custom profile' }))
        ).toMatchObject({
            verdict: 'could not test',
            evidence: 'setup: ProbeSetupException: no custom profile'
        });
        expect(
            staffPathVerdict('enable', {
                ok: false,
                failure: 'Fail: System.LimitException: Apex CPU time limit exceeded'
            })
        ).toMatchObject({
            verdict: 'could not test',
            evidence: 'Fail: System.LimitException: Apex CPU time limit exceeded'
        });
        expect(staffPathVerdict('enable', undefined)).toMatchObject({
            verdict: 'could not test',
            evidence: 'the test method did not run'
        });
    });
});

describe('staff write paths: the summary (does a without sharing seam suffice?)', () => {
    const paths = (verdicts: Record<string, Answer['verdict']>): Answer[] =>
        Object.entries(verdicts).map(([id, verdict]) => ({ id, claim: 'c', verdict, evidence: 'e' }));
    const outcomes = new Map<string, MethodOutcome>([
        ['deactivate', DEACTIVATED],
        [
            'freeze',
            reported(
                { withoutSharing: { ok: true } },
                {
                    staffProfile: {
                        profileName: 'Minimum Access - Salesforce',
                        profileIsCustom: false,
                        grantedPermissions: 12
                    }
                }
            )
        ],
        ['enable', reported({ withSharing: { ok: true }, withoutSharing: { ok: true } })]
    ]);

    it('confirmed when every path works, naming the paths with sharing refused', () => {
        const answer = staffSeamVerdict(
            paths({ 'staff-enable': 'confirmed', 'staff-deactivate': 'confirmed' }),
            outcomes
        );
        expect(answer).toMatchObject({ id: STAFF_SEAM_ID, verdict: 'confirmed' });
        expect(answer.evidence).toBe(
            'all 2 write paths work from without sharing code; with sharing refused (record access): deactivate; staff profile Minimum Access - Salesforce (standard, 12 system permissions)'
        );
    });

    it('refuted when any path is refuted, naming it', () => {
        const answer = staffSeamVerdict(
            paths({ 'staff-enable': 'confirmed', 'staff-freeze': 'refuted', 'staff-unfreeze': 'could not test' }),
            outcomes
        );
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('fails from without sharing code or through the product: staff-freeze');
    });

    it('could not test when a path is unsettled and none refuted, or no path ran', () => {
        const answer = staffSeamVerdict(
            paths({ 'staff-enable': 'confirmed', 'staff-freeze': 'could not test' }),
            outcomes
        );
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toContain('not settled: staff-freeze');
        expect(staffSeamVerdict([], new Map()).evidence).toBe(
            'not settled: no path ran; with sharing refused (record access): none'
        );
    });
});

describe('UserLogin row of a never-logged-in portal user', () => {
    const inTest = (users: number, loginRows: number): MethodOutcome => ({
        ok: true,
        result: { path: 'userLoginRow', users, loginRows }
    });
    const outside = (withRow: boolean) => ({
        users: [{ Id: '005A', Username: 'spu-probe-t-life@example.com', LastLoginDate: null }],
        logins: withRow ? [{ UserId: '005A' }] : []
    });

    it('confirmed when both places have a row', () => {
        const answer = userLoginRowVerdict(inTest(2, 2), outside(true));
        expect(answer.verdict).toBe('confirmed');
        expect(answer.evidence).toBe(
            'in a test: 2 UserLogin row(s) for 2 new portal user(s); outside a test: 1 of 1 never-logged-in portal user(s) have a row'
        );
    });

    it('refuted when a test has none (freeze cannot be tested in Apex tests) or a user outside has none', () => {
        expect(userLoginRowVerdict(inTest(2, 0), outside(true)).verdict).toBe('refuted');
        const answer = userLoginRowVerdict(inTest(2, 2), outside(false));
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain(
            '0 of 1 never-logged-in portal user(s) have a row (none for spu-probe-t-life@example.com)'
        );
    });

    it('could not test when either side is unknown', () => {
        expect(userLoginRowVerdict(undefined, outside(true)).evidence).toContain('in a test: the method did not run');
        expect(userLoginRowVerdict({ ok: false, failure: 'Fail: x' }, outside(true)).verdict).toBe('could not test');
        expect(userLoginRowVerdict(inTest(2, 2), 'the query failed: x').verdict).toBe('could not test');
        const loggedIn = userLoginRowVerdict(inTest(2, 2), {
            users: [{ Id: '005A', LastLoginDate: '2026-12-01T00:00:00Z' }],
            logins: []
        });
        expect(loggedIn.verdict).toBe('could not test');
        expect(loggedIn.evidence).toContain('no portal user of this run that never logged in');
    });
});

describe('every path has a verdict for each kind of answer', () => {
    it.each(Object.keys(STAFF_PATHS) as StaffPath[])('%s', (path) => {
        const success = STAFF_PATHS[path].success;
        const product = success ? { status: success, ownerRoleAssigned: true, runsAfterStopTest: 1 } : { skipped: 'x' };
        expect(staffPathVerdict(path, reported({ product, withoutSharing: { ok: true } })).verdict).toBe('confirmed');
        expect(staffPathVerdict(path, reported({ product, withoutSharing: DENIED })).verdict).toBe('refuted');
        expect(staffPathVerdict(path, reported({ product, withoutSharing: { skipped: 'x' } })).verdict).toBe(
            'could not test'
        );
    });
});
