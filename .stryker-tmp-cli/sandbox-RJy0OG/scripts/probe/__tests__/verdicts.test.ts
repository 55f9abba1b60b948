// @ts-nocheck
import {
    flowVerdict,
    licencesVerdict,
    liveSiteVerdict,
    mergeVerdict,
    newUserLoginVerdict,
    ownerRoleVerdict,
    rollbackVerdict,
    standardProfileVerdict,
    timeZonesVerdict,
    userAndPermissionSetVerdict
} from '../verdicts';

const CUSTOM = { profileId: '00eC', profileName: 'Student Login', profileIsCustom: true, licence: 'PID_X' };
const STANDARD = { ...CUSTOM, profileName: 'Std', profileIsCustom: false };
const ROLE_OK = { ok: true, id: '005O' };

describe('question 1: owner role update then portal user insert', () => {
    it('confirmed when both succeed', () => {
        const answer = ownerRoleVerdict({
            ...CUSTOM,
            ownerRoleUpdate: ROLE_OK,
            insert: { ok: true },
            rollback: { ok: true }
        });
        expect(answer.verdict).toBe('confirmed');
        expect(answer.evidence).toBe(
            'role update and portal user insert both succeeded (profile Student Login, custom, licence PID_X); rolled back'
        );
    });

    it("refuted with the platform's message when the insert fails for the role", () => {
        const answer = ownerRoleVerdict({
            ...CUSTOM,
            ownerRoleUpdate: ROLE_OK,
            insert: { ok: false, statusCode: 'UNKNOWN_EXCEPTION', message: 'portal account owner must have a role' }
        });
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('UNKNOWN_EXCEPTION: portal account owner must have a role');
    });

    it('could not test when the insert fails for a reason that is not the owner role', () => {
        const answer = ownerRoleVerdict({
            ...CUSTOM,
            ownerRoleUpdate: ROLE_OK,
            insert: { ok: false, statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Alias]' }
        });
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toContain('REQUIRED_FIELD_MISSING: Required fields are missing: [Alias] (profile');
        expect(answer.evidence).toContain('(not an owner-role error)');
    });

    it('could not test when the role update itself fails, or the licence has no seat', () => {
        expect(
            ownerRoleVerdict({
                ...CUSTOM,
                ownerRoleUpdate: { ok: false, statusCode: 'INSUFFICIENT_ACCESS', message: 'no' }
            }).evidence
        ).toBe("the owner's role update failed: INSUFFICIENT_ACCESS: no");
        const seats = ownerRoleVerdict({
            ...CUSTOM,
            ownerRoleUpdate: ROLE_OK,
            insert: { ok: false, statusCode: 'LICENSE_LIMIT_EXCEEDED', message: 'License Limit Exceeded' }
        });
        expect(seats.verdict).toBe('could not test');
        expect(seats.evidence).toContain('LICENSE_LIMIT_EXCEEDED');
    });

    it('could not test when only a standard profile exists and it was refused', () => {
        const answer = ownerRoleVerdict({
            ...STANDARD,
            ownerRoleUpdate: ROLE_OK,
            insert: { ok: false, statusCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'standard profile' }
        });
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toContain('Clone the licence');
    });

    it('could not test when the script found no profile', () => {
        expect(ownerRoleVerdict({ error: 'no profile of the licences A in this org' }).verdict).toBe('could not test');
    });
});

describe('question 2: user and permission set assignment', () => {
    it('confirmed, refuted, could not test', () => {
        expect(
            userAndPermissionSetVerdict({
                ...CUSTOM,
                insert: { ok: true },
                assignment: { ok: true },
                assignmentsSeen: 1
            }).verdict
        ).toBe('confirmed');
        const refuted = userAndPermissionSetVerdict({
            ...CUSTOM,
            insert: { ok: true },
            assignment: { ok: false, exception: 'System.DmlException', statusCode: 'MIXED_DML_OPERATION', message: 'm' }
        });
        expect(refuted.verdict).toBe('refuted');
        expect(refuted.evidence).toContain('the assignment failed: MIXED_DML_OPERATION: m');
        expect(
            userAndPermissionSetVerdict({ ...CUSTOM, insert: { ok: false, statusCode: 'X', message: 'y' } }).verdict
        ).toBe('could not test');
    });
});

describe('question 3: rollback', () => {
    const inserted = { ...CUSTOM, insert: { ok: true }, rollback: { ok: true } };

    it('confirmed when neither count finds the user', () => {
        expect(rollbackVerdict({ ...inserted, usersAfterRollback: 0 }, 0).verdict).toBe('confirmed');
    });

    it('refuted when either count finds it, or the rollback throws', () => {
        expect(rollbackVerdict({ ...inserted, usersAfterRollback: 1 }, 0).verdict).toBe('refuted');
        expect(rollbackVerdict({ ...inserted, usersAfterRollback: 0 }, 1).verdict).toBe('refuted');
        const threw = rollbackVerdict(
            { ...inserted, rollback: { ok: false, exception: 'System.X', message: 'no' } },
            0
        );
        expect(threw).toMatchObject({ verdict: 'refuted', evidence: 'Database.rollback failed: System.X: no' });
    });

    it('could not test without an insert or without any count', () => {
        expect(rollbackVerdict({ ...CUSTOM, insert: { ok: false, message: 'x' } }, undefined).verdict).toBe(
            'could not test'
        );
        expect(rollbackVerdict(inserted, undefined).verdict).toBe('could not test');
    });
});

describe('question 4: standard external profile', () => {
    const refused = (licence: string) => ({
        licence,
        profileName: 'P',
        insert: { ok: false, statusCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'exact text' }
    });

    it('confirmed with the exact message when every licence is refused', () => {
        const answer = standardProfileVerdict({ attempts: [refused('A'), refused('B')] });
        expect(answer).toMatchObject({
            verdict: 'confirmed',
            evidence: 'A (P): FIELD_INTEGRITY_EXCEPTION: exact text; B (P): FIELD_INTEGRITY_EXCEPTION: exact text'
        });
    });

    it('refuted when one is accepted (the override is on)', () => {
        const answer = standardProfileVerdict({
            attempts: [refused('A'), { licence: 'B', profileName: 'P', insert: { ok: true } }]
        });
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('B (P): accepted');
    });

    it('could not test without a standard profile or for lack of seats', () => {
        expect(standardProfileVerdict({ attempts: [] }).verdict).toBe('could not test');
        expect(
            standardProfileVerdict({
                attempts: [{ licence: 'A', insert: { ok: false, statusCode: 'LICENSE_LIMIT_EXCEEDED', message: 'x' } }]
            }).verdict
        ).toBe('could not test');
    });
});

describe('question 5: merge with a non-portal master', () => {
    const user = { ...CUSTOM, insert: { ok: true, id: '005D' } };

    it('confirmed when refused with the guard bypassed', () => {
        const answer = mergeVerdict(user, {
            guardBypassed: true,
            ok: false,
            statusCode: 'INVALID_OPERATION',
            message: 'exact'
        });
        expect(answer).toMatchObject({
            verdict: 'confirmed',
            evidence: 'refused with the guard bypassed: INVALID_OPERATION: exact'
        });
    });

    it('refuted when the merge went through, with where the user ended up', () => {
        const answer = mergeVerdict(user, {
            guardBypassed: true,
            ok: true,
            userContactIdAfterMerge: '003M',
            userActiveAfterMerge: true,
            userPortalEnabledAfterMerge: true
        });
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('ContactId 003M, IsActive true, IsPortalEnabled true');
    });

    it("could not test when the guard was not bypassed (the refusal may be the product's)", () => {
        const answer = mergeVerdict(user, {
            guardBypassed: false,
            ok: false,
            exception: 'System.DmlException',
            message: 'guard'
        });
        expect(answer.verdict).toBe('could not test');
        expect(answer.evidence).toContain('Bypass_Student_User_Guard');
    });

    it('could not test when the duplicate got no portal user', () => {
        expect(mergeVerdict({ ...CUSTOM, insert: { ok: false, statusCode: 'X', message: 'y' } }, {}).verdict).toBe(
            'could not test'
        );
    });
});

describe('question 6: time zones', () => {
    const picklist = ['America/New_York', 'Europe/London'];

    it('confirmed when every deployed and local zone is in the picklist', () => {
        const answer = timeZonesVerdict(
            { picklist, mapped: [{ source: 'mdt.GB', zone: 'Europe/London' }], errors: [] },
            [{ source: 'local US-NY', zone: 'America/New_York' }]
        );
        expect(answer).toMatchObject({
            verdict: 'confirmed',
            evidence: '1 deployed and 1 local mappings against 2 picklist values; none missing'
        });
    });

    it('refuted naming the missing zones and where they come from', () => {
        const answer = timeZonesVerdict({ picklist, mapped: [{ source: 'mdt.KYIV', zone: 'Europe/Kyiv' }] }, []);
        expect(answer.verdict).toBe('refuted');
        expect(answer.evidence).toContain('missing: Europe/Kyiv (mdt.KYIV)');
    });

    it('could not test without a picklist, or without deployed records', () => {
        expect(timeZonesVerdict({ picklist: [] }, []).verdict).toBe('could not test');
        const undeployed = timeZonesVerdict(
            { picklist, mapped: [], errors: ['Student_Time_Zone_Mapping__mdt: no such'] },
            []
        );
        expect(undeployed.verdict).toBe('could not test');
        expect(undeployed.evidence).toContain('no such');
    });
});

describe('question 7: licences', () => {
    it('confirmed with both licences and seats; refuted when one is absent or has none', () => {
        const plus = {
            LicenseDefinitionKey: 'PID_Customer_Community_Plus',
            TotalLicenses: 5,
            UsedLicenses: 2,
            Status: 'Active'
        };
        const login = { ...plus, LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login' };
        expect(licencesVerdict([plus, login])).toMatchObject({
            verdict: 'confirmed',
            evidence:
                'PID_Customer_Community_Plus: 5 seats, 2 used, status Active; PID_Customer_Community_Plus_Login: 5 seats, 2 used, status Active'
        });
        const absent = licencesVerdict([plus]);
        expect(absent.verdict).toBe('refuted');
        expect(absent.evidence).toContain('PID_Customer_Community_Plus_Login: absent');
        expect(licencesVerdict([plus, { ...login, TotalLicenses: 0 }]).verdict).toBe('refuted');
    });
});

describe('question 8: flow status', () => {
    it('confirmed when active, refuted when inactive, could not test when absent', () => {
        expect(flowVerdict([{ IsActive: true, ActiveVersionId: '301A' }]).verdict).toBe('confirmed');
        expect(
            flowVerdict([{ IsActive: false, ActiveVersionId: null, LatestVersionId: '301B', VersionNumber: 1 }])
        ).toMatchObject({
            verdict: 'refuted',
            evidence: 'IsActive=false, ActiveVersionId=null, LatestVersionId=301B, VersionNumber=1'
        });
        expect(flowVerdict([]).verdict).toBe('could not test');
    });
});

describe('question 9: live site', () => {
    it('confirmed with a Live site, refuted with none or none live', () => {
        const live = { Name: 'Students', Status: 'Live', OptionsSendWelcomeEmail: true };
        expect(liveSiteVerdict([live])).toMatchObject({
            verdict: 'confirmed',
            evidence: 'Students (Live, welcome emails on)'
        });
        expect(liveSiteVerdict([{ ...live, Status: 'UnderConstruction' }]).verdict).toBe('refuted');
        expect(liveSiteVerdict([])).toMatchObject({
            verdict: 'refuted',
            evidence: 'no Experience Cloud site (Network) in this org'
        });
    });
});

describe('question 3b: login state of a new portal user', () => {
    const fresh = {
        loginRows: 1,
        isFrozen: false,
        isPasswordLocked: false,
        lastPasswordChangeDate: null,
        lastLoginDate: null
    };
    const inserted = { ...CUSTOM, insert: { ok: true }, rollback: { ok: true } };

    it('confirmed for one UserLogin row, not frozen nor locked, no password change and no login', () => {
        const confirmed = newUserLoginVerdict({ ...inserted, loginState: fresh });
        expect(confirmed.verdict).toBe('confirmed');
        expect(confirmed.evidence).toBe(
            'UserLogin rows: 1, IsFrozen false, IsPasswordLocked false, LastPasswordChangeDate null, LastLoginDate null'
        );
    });

    it('refuted when the platform sets a password change date or has no UserLogin row', () => {
        const withDate = newUserLoginVerdict({
            ...inserted,
            loginState: { ...fresh, lastPasswordChangeDate: '2026-12-01T03:00:00.000Z' }
        });
        expect(withDate.verdict).toBe('refuted');
        expect(withDate.evidence).toContain('LastPasswordChangeDate 2026-12-01T03:00:00.000Z');
        expect(newUserLoginVerdict({ ...inserted, loginState: { ...fresh, loginRows: 0 } }).verdict).toBe('refuted');
    });

    it('could not test without an insert or without the state', () => {
        expect(newUserLoginVerdict({ ...CUSTOM, insert: { ok: false, message: 'x' } }).verdict).toBe('could not test');
        expect(newUserLoginVerdict(inserted).verdict).toBe('could not test');
    });
});
