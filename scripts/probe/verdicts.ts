/**
 * The verdict of each question from what the org answered: pure functions over the PROBE_RESULT of a probe script
 * or the rows of a query, so every outcome is tested offline.
 */
import type { Answer, Verdict } from './types';

type Row = Record<string, unknown>;

/** A DML step as the probe scripts report it. */
export interface Step {
    ok?: boolean;
    id?: string;
    statusCode?: string;
    message?: string;
    exception?: string;
}

export const CLAIMS = {
    ownerRole:
        "Giving a role-less account owner a role and inserting a portal user for that account's contact work in one transaction",
    userAndPermissionSet: 'A portal user insert and its PermissionSetAssignment insert work in one transaction',
    rollback: 'Rolling back a savepoint taken before a portal user insert leaves no user',
    standardProfile: 'The platform refuses a standard external profile for a new portal user',
    merge: 'The platform refuses a contact merge whose master has no portal user while the duplicate has one',
    timeZones: 'Every time zone the product maps is a value of User.TimeZoneSidKey in this org',
    licences: 'The org has PID_Customer_Community_Plus and PID_Customer_Community_Plus_Login licences with seats',
    flowActive: 'The Screen Flow Enable_Student_Users is active after deploy',
    liveSite: 'The org has a live Experience Cloud site (portal users can log in and get welcome emails from it)',
    newUserLogin:
        'A new portal user created without a password has one UserLogin row, not frozen nor locked, and no LastPasswordChangeDate nor LastLoginDate'
} as const;

/** Status codes that say nothing about the question: the probe could not set the scene. */
const SCENE_FAILURES = ['LICENSE_LIMIT_EXCEEDED', 'DUPLICATE_USERNAME', 'DUPLICATE_COMMUNITY_NICKNAME'];

export function answer(id: string, claim: string, verdict: Verdict, evidence: string, details?: unknown): Answer {
    return { id, claim, verdict, evidence, ...(details === undefined ? {} : { details }) };
}

export function step(value: unknown): Step | undefined {
    return typeof value === 'object' && value !== null ? value : undefined;
}

/** A scalar from the org as text (`?` when absent). */
export function show(value: unknown, absent = '?'): string {
    if (value === undefined || value === null) return absent;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
}

/** `STATUS_CODE: exact message` (or the exception type). */
export function describeFailure(failed: Step | undefined): string {
    if (!failed) return 'no result';
    const code = failed.statusCode ?? failed.exception ?? 'error';
    return `${code}: ${failed.message ?? '(no message)'}`;
}

function profileNote(result: Row): string {
    if (result.profileId === undefined) return '';
    const kind = result.profileIsCustom === true ? 'custom' : 'STANDARD';
    return ` (profile ${String(result.profileName)}, ${kind}, licence ${String(result.licence)})`;
}

/** Why a portal-user insert failed for reasons other than the question, else undefined. */
export function sceneProblem(result: Row, insert: Step | undefined): string | undefined {
    if (typeof result.error === 'string') return result.error;
    if (!insert) return 'the portal user insert did not run';
    if (insert.ok) return undefined;
    if (insert.statusCode && SCENE_FAILURES.includes(insert.statusCode)) {
        return `the portal user insert failed for another reason: ${describeFailure(insert)}`;
    }
    if (result.profileIsCustom === false) {
        return `no custom profile of the licence exists, and the standard one was refused: ${describeFailure(insert)}. Clone the licence's profile first`;
    }
    return undefined;
}

function rollbackNote(result: Row): string {
    const undo = step(result.rollback);
    return undo && undo.ok === false ? `; the rollback itself failed: ${describeFailure(undo)}` : '';
}

/** Question 1. */
export function ownerRoleVerdict(result: Row): Answer {
    const id = 'owner-role-then-portal-user';
    const roleStep = step(result.ownerRoleUpdate);
    const insert = step(result.insert);
    if (typeof result.error === 'string') return answer(id, CLAIMS.ownerRole, 'could not test', result.error, result);
    if (!roleStep?.ok) {
        return answer(
            id,
            CLAIMS.ownerRole,
            'could not test',
            `the owner's role update failed: ${describeFailure(roleStep)}`,
            result
        );
    }
    if (insert?.ok) {
        return answer(
            id,
            CLAIMS.ownerRole,
            'confirmed',
            `role update and portal user insert both succeeded${profileNote(result)}; rolled back${rollbackNote(result)}`,
            result
        );
    }
    const problem = sceneProblem(result, insert);
    if (problem) return answer(id, CLAIMS.ownerRole, 'could not test', problem, result);
    const failure = `the portal user insert after the role update failed: ${describeFailure(insert)}${profileNote(result)}`;
    if (!ownerRoleFailure(insert)) {
        // Not about the owner's role (e.g. a required field): say so rather than refute the claim.
        return answer(id, CLAIMS.ownerRole, 'could not test', `${failure} (not an owner-role error)`, result);
    }
    return answer(id, CLAIMS.ownerRole, 'refuted', failure, result);
}

/**
 * Whether an insert failure is the owner-role answer: the platform's "portal account owner must have a role" comes
 * as UNKNOWN_EXCEPTION; MIXED_DML_OPERATION or any message naming a role count too.
 */
function ownerRoleFailure(insert: Step | undefined): boolean {
    return (
        ['UNKNOWN_EXCEPTION', 'MIXED_DML_OPERATION'].includes(insert?.statusCode ?? '') ||
        /\brole\b/i.test(insert?.message ?? '')
    );
}

/** Question 2. */
export function userAndPermissionSetVerdict(result: Row): Answer {
    const id = 'user-and-permission-set-assignment';
    const insert = step(result.insert);
    const assignment = step(result.assignment);
    const problem = sceneProblem(result, insert);
    if (problem || !insert?.ok) {
        return answer(id, CLAIMS.userAndPermissionSet, 'could not test', problem ?? describeFailure(insert), result);
    }
    if (assignment?.ok) {
        return answer(
            id,
            CLAIMS.userAndPermissionSet,
            'confirmed',
            `user and assignment inserted; ${show(result.assignmentsSeen)} assignment(s) seen before the rollback${profileNote(result)}${rollbackNote(result)}`,
            result
        );
    }
    return answer(
        id,
        CLAIMS.userAndPermissionSet,
        'refuted',
        `the user was inserted, the assignment failed: ${describeFailure(assignment)}${profileNote(result)}`,
        result
    );
}

/**
 * Question 3: the Apex counts the user in the same transaction after the rollback; `usersFoundLater` is the count
 * from a separate query afterwards (undefined when that query failed).
 */
export function rollbackVerdict(result: Row, usersFoundLater: number | undefined): Answer {
    const id = 'rollback-leaves-no-user';
    const insert = step(result.insert);
    const problem = sceneProblem(result, insert);
    if (problem || !insert?.ok) {
        return answer(id, CLAIMS.rollback, 'could not test', problem ?? describeFailure(insert), result);
    }
    const undo = step(result.rollback);
    if (undo?.ok === false) {
        return answer(id, CLAIMS.rollback, 'refuted', `Database.rollback failed: ${describeFailure(undo)}`, result);
    }
    const inTransaction = typeof result.usersAfterRollback === 'number' ? result.usersAfterRollback : undefined;
    const numbers = `users with the probe's username after the rollback: ${inTransaction ?? '?'} in the same transaction, ${usersFoundLater ?? '?'} in a later query`;
    if ((inTransaction ?? 0) > 0 || (usersFoundLater ?? 0) > 0) {
        return answer(id, CLAIMS.rollback, 'refuted', numbers, { ...result, usersFoundLater });
    }
    if (inTransaction === undefined && usersFoundLater === undefined) {
        return answer(id, CLAIMS.rollback, 'could not test', numbers, { ...result, usersFoundLater });
    }
    return answer(id, CLAIMS.rollback, 'confirmed', numbers, { ...result, usersFoundLater });
}

/**
 * Question 3b, from the same run as question 3 (read before the rollback): the login status view's PASSWORD line
 * says "never set" from a null LastPasswordChangeDate, and its FROZEN and LOCKED_OUT lines read the UserLogin row.
 */
export function newUserLoginVerdict(result: Row): Answer {
    const id = 'new-portal-user-login-state';
    const insert = step(result.insert);
    const problem = sceneProblem(result, insert);
    if (problem || !insert?.ok) {
        return answer(id, CLAIMS.newUserLogin, 'could not test', problem ?? describeFailure(insert), result);
    }
    const state =
        typeof result.loginState === 'object' && result.loginState !== null ? (result.loginState as Row) : undefined;
    if (!state) {
        return answer(id, CLAIMS.newUserLogin, 'could not test', 'the run read no login state', result);
    }
    const evidence = `UserLogin rows: ${show(state.loginRows)}, IsFrozen ${show(state.isFrozen)}, IsPasswordLocked ${show(state.isPasswordLocked)}, LastPasswordChangeDate ${show(state.lastPasswordChangeDate, 'null')}, LastLoginDate ${show(state.lastLoginDate, 'null')}`;
    const holds =
        state.loginRows === 1 &&
        state.isFrozen === false &&
        state.isPasswordLocked === false &&
        (state.lastPasswordChangeDate ?? null) === null &&
        (state.lastLoginDate ?? null) === null;
    return answer(id, CLAIMS.newUserLogin, holds ? 'confirmed' : 'refuted', evidence, state);
}

interface StandardAttempt {
    licence?: string;
    profileName?: string;
    insert?: Step;
}

/** Question 4: one attempt per licence with a standard profile; all refused confirms, any accepted refutes. */
export function standardProfileVerdict(result: Row): Answer {
    const id = 'standard-external-profile-refused';
    const attempts = Array.isArray(result.attempts) ? (result.attempts as StandardAttempt[]) : [];
    if (attempts.length === 0) {
        return answer(
            id,
            CLAIMS.standardProfile,
            'could not test',
            'no standard profile of the Customer Community Plus licences (PermissionSet.IsCustom = false) in this org',
            result
        );
    }
    const lines = attempts.map(
        (attempt) =>
            `${attempt.licence ?? '?'} (${attempt.profileName ?? '?'}): ${attempt.insert?.ok ? 'accepted' : describeFailure(attempt.insert)}`
    );
    const evidence = lines.join('; ');
    if (attempts.some((attempt) => attempt.insert?.ok)) {
        return answer(id, CLAIMS.standardProfile, 'refuted', evidence, result);
    }
    if (attempts.some((attempt) => SCENE_FAILURES.includes(attempt.insert?.statusCode ?? ''))) {
        return answer(id, CLAIMS.standardProfile, 'could not test', evidence, result);
    }
    return answer(id, CLAIMS.standardProfile, 'confirmed', evidence, result);
}

/** Question 5: `userInsert` is the committed portal user of the duplicate, `merge` the merge run's result. */
export function mergeVerdict(userInsert: Row, merge: Row): Answer {
    const id = 'merge-non-portal-master-refused';
    const insert = step(userInsert.insert);
    const problem = sceneProblem(userInsert, insert);
    if (problem || !insert?.ok) {
        return answer(id, CLAIMS.merge, 'could not test', problem ?? describeFailure(insert), { userInsert, merge });
    }
    const details = { userInsert, merge };
    if (merge.ok === true) {
        return answer(
            id,
            CLAIMS.merge,
            'refuted',
            `the merge went through; the portal user now has ContactId ${show(merge.userContactIdAfterMerge)}, IsActive ${show(merge.userActiveAfterMerge)}, IsPortalEnabled ${show(merge.userPortalEnabledAfterMerge)} (rolled back)`,
            details
        );
    }
    const refusal = describeFailure(merge);
    if (merge.guardBypassed !== true) {
        return answer(
            id,
            CLAIMS.merge,
            'could not test',
            `the merge was refused, but the running user did not bypass the product's guard (Bypass_Student_User_Guard), so the refusal may be the guard's: ${refusal}`,
            details
        );
    }
    return answer(id, CLAIMS.merge, 'confirmed', `refused with the guard bypassed: ${refusal}`, details);
}

/** A time zone the product maps, and where. */
export interface MappedZone {
    source: string;
    zone: string;
}

/** Question 6: every mapped zone (deployed records and the local data) among the picklist's active values. */
export function timeZonesVerdict(result: Row, localZones: readonly MappedZone[]): Answer {
    const id = 'time-zones-in-picklist';
    const picklist = Array.isArray(result.picklist) ? (result.picklist as string[]) : [];
    if (picklist.length === 0) {
        return answer(id, CLAIMS.timeZones, 'could not test', 'the org returned no User.TimeZoneSidKey values', result);
    }
    const deployed = (Array.isArray(result.mapped) ? (result.mapped as MappedZone[]) : []).filter(
        (entry) => typeof entry.zone === 'string'
    );
    const errors = Array.isArray(result.errors) ? (result.errors as string[]) : [];
    const values = new Set(picklist);
    const all = [...deployed, ...localZones];
    const missing = all.filter((entry) => !values.has(entry.zone));
    const details = {
        picklistSize: picklist.length,
        deployed: deployed.length,
        local: localZones.length,
        missing,
        errors
    };
    const counts = `${deployed.length} deployed and ${localZones.length} local mappings against ${picklist.length} picklist values`;
    if (missing.length > 0) {
        const shown = missing
            .slice(0, 10)
            .map((entry) => `${entry.zone} (${entry.source})`)
            .join(', ');
        const more = missing.length > 10 ? ` and ${missing.length - 10} more` : '';
        return answer(id, CLAIMS.timeZones, 'refuted', `${counts}; missing: ${shown}${more}`, details);
    }
    if (deployed.length === 0) {
        return answer(
            id,
            CLAIMS.timeZones,
            'could not test',
            `${counts}: no deployed mapping records (${errors.join('; ') || 'is force-app deployed?'}); the local data all match`,
            details
        );
    }
    return answer(id, CLAIMS.timeZones, 'confirmed', `${counts}; none missing`, details);
}

export const LICENCE_KEYS = ['PID_Customer_Community_Plus', 'PID_Customer_Community_Plus_Login'] as const;

/** Licence order for the probe's portal users: the product's default licence first. */
export const PORTAL_LICENCES = ['PID_Customer_Community_Plus_Login', 'PID_Customer_Community_Plus'];

export const LICENCE_SOQL = `SELECT LicenseDefinitionKey, Name, Status, TotalLicenses, UsedLicenses FROM UserLicense WHERE LicenseDefinitionKey IN ('${LICENCE_KEYS.join("','")}')`;

/** Question 7. */
export function licencesVerdict(rows: readonly Row[]): Answer {
    const id = 'community-plus-licences';
    const lines: string[] = [];
    let missing = false;
    for (const key of LICENCE_KEYS) {
        const row = rows.find((candidate) => candidate.LicenseDefinitionKey === key);
        if (!row) {
            lines.push(`${key}: absent`);
            missing = true;
            continue;
        }
        const total = Number(row.TotalLicenses ?? 0);
        const used = Number(row.UsedLicenses ?? 0);
        lines.push(`${key}: ${total} seats, ${used} used, status ${show(row.Status)}`);
        if (total <= 0) missing = true;
    }
    return answer(id, CLAIMS.licences, missing ? 'refuted' : 'confirmed', lines.join('; '), rows);
}

export const FLOW_API_NAME = 'Enable_Student_Users';

export const FLOW_SOQL = `SELECT ApiName, IsActive, ActiveVersionId, LatestVersionId, VersionNumber FROM FlowDefinitionView WHERE ApiName = '${FLOW_API_NAME}'`;

/** Question 8. */
export function flowVerdict(rows: readonly Row[]): Answer {
    const id = 'flow-active-after-deploy';
    const row = rows[0];
    if (!row) {
        return answer(
            id,
            CLAIMS.flowActive,
            'could not test',
            `no FlowDefinitionView row for ${FLOW_API_NAME}: is force-app deployed?`,
            rows
        );
    }
    const evidence = `IsActive=${show(row.IsActive)}, ActiveVersionId=${show(row.ActiveVersionId, 'null')}, LatestVersionId=${show(row.LatestVersionId, 'null')}, VersionNumber=${show(row.VersionNumber)}`;
    const active = row.IsActive === true || (typeof row.ActiveVersionId === 'string' && row.ActiveVersionId !== '');
    return answer(id, CLAIMS.flowActive, active ? 'confirmed' : 'refuted', evidence, row);
}

export const SITE_SOQL = 'SELECT Id, Name, Status, UrlPathPrefix, OptionsSendWelcomeEmail FROM Network';

/** Question 9: at least one site with Status Live (platform notes, "Site membership"). */
export function liveSiteVerdict(rows: readonly Row[]): Answer {
    const id = 'live-site';
    const sites = rows.map(
        (row) =>
            `${show(row.Name)} (${show(row.Status)}, welcome emails ${row.OptionsSendWelcomeEmail === true ? 'on' : 'off'})`
    );
    if (rows.length === 0)
        return answer(id, CLAIMS.liveSite, 'refuted', 'no Experience Cloud site (Network) in this org', rows);
    const live = rows.some((row) => row.Status === 'Live');
    return answer(id, CLAIMS.liveSite, live ? 'confirmed' : 'refuted', sites.join('; '), rows);
}

/** An answer for a question whose run failed before it could answer. */
export function couldNotTest(id: string, claim: string, reason: string): Answer {
    return answer(id, claim, 'could not test', reason);
}
