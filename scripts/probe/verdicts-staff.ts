/**
 * Verdicts of the staff questions over the per-method PROBE_RESULT of the staff test class
 * (scripts/apex/probe-staff/SpuProbeStaffTemplateTest.cls): each write path tried as staff (no Manage Users, only the
 * product's permission sets) through the product, and as bare DML from `with sharing` and `without sharing` code.
 * Pure functions, tested offline.
 */
import type { MethodOutcome } from './staff';
import type { Answer } from './types';
import { answer, describeFailure, show, step } from './verdicts';

type Row = Record<string, unknown>;

/** Test method name -> answer id, product success status and what the path writes. */
export const STAFF_PATHS = {
    enable: { id: 'staff-enable', success: 'CREATED', writes: 'a portal User insert' },
    ownerRole: { id: 'staff-owner-role', success: 'CREATED', writes: "the account owner's UserRoleId update" },
    reactivate: { id: 'staff-reactivate', success: 'REACTIVATED', writes: 'User IsActive = true' },
    deactivate: { id: 'staff-deactivate', success: 'DEACTIVATED', writes: 'User IsActive = false' },
    disable: { id: 'staff-disable', success: 'DISABLED', writes: 'User IsPortalEnabled = false' },
    freeze: { id: 'staff-freeze', success: 'FROZEN', writes: 'UserLogin IsFrozen = true' },
    unfreeze: { id: 'staff-unfreeze', success: 'UNFROZEN', writes: 'UserLogin IsFrozen = false' },
    loginLink: { id: 'staff-login-link', success: 'LOGIN_LINK_SENT', writes: 'System.resetPassword(userId, true)' },
    permissionSet: { id: 'staff-permission-set', success: undefined, writes: 'a PermissionSetAssignment insert' },
    permissionSetLicence: {
        id: 'staff-permission-set-licence',
        success: undefined,
        writes: 'a PermissionSetLicenseAssign insert'
    },
    runRecord: { id: 'staff-run-record', success: 'CREATED', writes: 'a Student_User_Run__c insert' }
} as const;

export type StaffPath = keyof typeof STAFF_PATHS;

export const STAFF_SEAM_ID = 'staff-without-sharing-seam';
export const USER_LOGIN_ROW_ID = 'user-login-row-never-logged-in';

const STAFF = 'Staff without Manage Users, holding only Student_User_Enablement and Student_User_Lifecycle,';

export function staffClaim(path: StaffPath): string {
    return `${STAFF} can do ${STAFF_PATHS[path].writes} from without sharing code, and through the product's classes`;
}

export const STAFF_SEAM_CLAIM = `${STAFF} can do every write path of the product from without sharing code (a without sharing write seam suffices)`;

export const USER_LOGIN_ROW_CLAIM =
    'A portal user who never logged in has a UserLogin row, inside an Apex test and outside one';

/**
 * Product codes that are the org's configuration (no allowed owner role, no profile, no seats) or its record
 * visibility (a private sharing model hides another owner's contact), not a platform refusal of the write: the product
 * path is then not settled, the bare DML still answers.
 */
const CONFIGURATION_REFUSALS = [
    'CONTACT_NOT_FOUND',
    'OWNER_ROLE_REQUIRED',
    'ROLE_NOT_ALLOWED',
    'CONFIGURATION_ERROR',
    'PROFILE_REQUIRED',
    'NO_LICENSE_LEFT'
];

/** Status codes of a bare write that say nothing about access: no seat left (a reactivation needs one). */
const SCENE_FAILURES = ['LICENSE_LIMIT_EXCEEDED'];

/** Status codes that mean the record is out of the user's reach (record sharing or a missing permission). */
const ACCESS_CODES = ['INSUFFICIENT_ACCESS_OR_READONLY', 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY'];

function variant(result: Row, name: string): Row | undefined {
    const variants = result.variants;
    if (typeof variants !== 'object' || variants === null) return undefined;
    const value = (variants as Row)[name];
    return typeof value === 'object' && value !== null ? (value as Row) : undefined;
}

/** `ok`, `skipped: why` or `CODE: message` for one bare-DML variant. */
function rawText(raw: Row | undefined): string {
    if (!raw) return 'did not run';
    if (typeof raw.skipped === 'string') return `not tried (${raw.skipped})`;
    if (raw.ok === true)
        return `ok${raw.dmlStatements === undefined ? '' : `, ${show(raw.dmlStatements)} DML statement(s)`}`;
    return describeFailure(step(raw));
}

function productText(product: Row | undefined): string {
    if (!product) return 'did not run';
    if (typeof product.skipped === 'string') return `not tried (${product.skipped})`;
    if (typeof product.exception === 'string') return `threw ${product.exception}`;
    const code = product.errorCode ? ` ${show(product.errorCode)}` : '';
    const message = product.message ? `: ${show(product.message)}` : '';
    const runs = product.runsAfterStopTest === undefined ? '' : `, ${show(product.runsAfterStopTest)} run record(s)`;
    return `${show(product.status)}${code}${message}${runs}`;
}

function productOk(path: StaffPath, product: Row | undefined): boolean | undefined {
    if (!product || typeof product.skipped === 'string') return undefined;
    if (typeof product.exception === 'string') return false;
    const code = show(product.errorCode, '');
    if (CONFIGURATION_REFUSALS.some((refusal) => code.startsWith(refusal))) return undefined;
    // DISABLE also needs Student_User_Disable (admin only), which staff do not hold: the refusal is by design.
    if (path === 'disable' && code.startsWith('PERMISSION_DENIED')) return undefined;
    if (product.status !== STAFF_PATHS[path].success) return false;
    if (path === 'ownerRole' && product.ownerRoleAssigned !== true) return undefined;
    if (path === 'runRecord') return Number(product.runsAfterStopTest) > 0;
    return true;
}

/** One write path: `outcome` is its test method's outcome (absent: the method did not run). */
export function staffPathVerdict(path: StaffPath, outcome: MethodOutcome | undefined): Answer {
    const { id } = STAFF_PATHS[path];
    const verdict = (kind: Answer['verdict'], evidence: string, details?: unknown): Answer =>
        answer(id, staffClaim(path), kind, evidence, details);
    if (!outcome) return verdict('could not test', 'the test method did not run');
    if (!outcome.ok) return verdict('could not test', outcome.failure);
    const result = outcome.result;
    if (typeof result.error === 'string') return verdict('could not test', `setup: ${result.error}`, result);
    const withSharing = variant(result, 'withSharing');
    const withoutSharing = variant(result, 'withoutSharing');
    const product = variant(result, 'product');
    const evidence = `without sharing: ${rawText(withoutSharing)}; with sharing: ${rawText(withSharing)}; product: ${productText(product)}`;
    if (!withoutSharing || typeof withoutSharing.skipped === 'string') {
        return verdict('could not test', evidence, result);
    }
    if (SCENE_FAILURES.includes(show(withoutSharing.statusCode, ''))) {
        return verdict('could not test', `the scene, not the access: ${evidence}`, result);
    }
    if (withoutSharing.ok !== true) {
        if (accessRefusal(withoutSharing)) return verdict('refuted', evidence, result);
        return verdict('could not test', `the write failed for a reason other than access: ${evidence}`, result);
    }
    const throughProduct = productOk(path, product);
    if (throughProduct === false) {
        return verdict('refuted', `the product fails where without sharing code works: ${evidence}`, result);
    }
    return verdict('confirmed', evidence, result);
}

/**
 * Whether a failed bare write was refused for access (sharing or a missing permission): an access status code, a
 * NoAccessException, or a message about insufficient access or privileges. Other failures (a licence that does not
 * fit the user, a required field) say nothing about the seam.
 */
function accessRefusal(raw: Row): boolean {
    const code = show(raw.statusCode, '');
    if (ACCESS_CODES.includes(code) || code.startsWith('INSUFFICIENT_ACCESS')) return true;
    if (show(raw.exception, '').endsWith('NoAccessException')) return true;
    return /insufficient|privilege|access denied|no access/i.test(show(raw.message, ''));
}

/** Whether a failure is about record access (what `without sharing` changes), for the summary. */
function accessFailure(raw: Row | undefined): boolean {
    return raw?.ok === false && ACCESS_CODES.includes(show(raw.statusCode, ''));
}

/** The summary over every path's answer (and the raw results, to say where `with sharing` was refused). */
export function staffSeamVerdict(paths: readonly Answer[], outcomes: ReadonlyMap<string, MethodOutcome>): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(STAFF_SEAM_ID, STAFF_SEAM_CLAIM, kind, evidence);
    const names = (kind: Answer['verdict']): string[] =>
        paths.filter((path) => path.verdict === kind).map((path) => path.id);
    const sharingRefused = [...outcomes.entries()]
        .filter(([, outcome]) => outcome.ok && accessFailure(variant(outcome.result, 'withSharing')))
        .map(([method]) => method);
    const profile = [...outcomes.values()]
        .map((outcome) => (outcome.ok ? (outcome.result.staffProfile as Row | undefined) : undefined))
        .find((found) => found !== undefined);
    const staff = profile
        ? `; staff profile ${show(profile.profileName)} (${profile.profileIsCustom === true ? 'custom' : 'standard'}, ${show(profile.grantedPermissions)} system permissions)`
        : '';
    const needs = `with sharing refused (record access): ${sharingRefused.join(', ') || 'none'}${staff}`;
    if (names('refuted').length > 0) {
        return verdict(
            'refuted',
            `fails from without sharing code or through the product: ${names('refuted').join(', ')}; ${needs}`
        );
    }
    if (paths.length === 0 || names('could not test').length > 0) {
        return verdict(
            'could not test',
            `not settled: ${names('could not test').join(', ') || 'no path ran'}; ${needs}`
        );
    }
    return verdict('confirmed', `all ${paths.length} write paths work from without sharing code; ${needs}`);
}

/** A never-logged-in user's UserLogin rows: in the test (method userLoginRow) and outside (this run's users). */
export function userLoginRowVerdict(
    inTest: MethodOutcome | undefined,
    outside: { users: readonly Row[]; logins: readonly Row[] } | string
): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(USER_LOGIN_ROW_ID, USER_LOGIN_ROW_CLAIM, kind, evidence, { inTest, outside });
    let testText: string;
    let testRows: boolean | undefined;
    if (!inTest) {
        testText = 'in a test: the method did not run';
    } else if (!inTest.ok) {
        testText = `in a test: ${inTest.failure}`;
    } else if (typeof inTest.result.error === 'string') {
        testText = `in a test: ${inTest.result.error}`;
    } else {
        const rows = Number(inTest.result.loginRows);
        const users = Number(inTest.result.users);
        testRows = rows >= users && users > 0;
        testText = `in a test: ${rows} UserLogin row(s) for ${users} new portal user(s)`;
    }
    let outsideText: string;
    let outsideRows: boolean | undefined;
    if (typeof outside === 'string') {
        outsideText = `outside a test: ${outside}`;
    } else {
        const never = outside.users.filter((user) => user.LastLoginDate === null || user.LastLoginDate === undefined);
        const withRow = new Set(outside.logins.map((login) => String(login.UserId)));
        const missing = never.filter((user) => !withRow.has(String(user.Id)));
        outsideRows = never.length > 0 ? missing.length === 0 : undefined;
        outsideText =
            never.length === 0
                ? 'outside a test: no portal user of this run that never logged in'
                : `outside a test: ${never.length - missing.length} of ${never.length} never-logged-in portal user(s) have a row${missing.length ? ` (none for ${missing.map((user) => show(user.Username)).join(', ')})` : ''}`;
    }
    const evidence = `${testText}; ${outsideText}`;
    if (testRows === false || outsideRows === false) return verdict('refuted', evidence);
    if (testRows === undefined || outsideRows === undefined) return verdict('could not test', evidence);
    return verdict('confirmed', evidence);
}
