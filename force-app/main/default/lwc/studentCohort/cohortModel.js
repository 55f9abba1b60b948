/**
 * The cohort's state as plain data: the shared settings and their defaults, one row per student with its latest check
 * and enable results, the requests sent to Apex, and the results CSV rows. No DOM, no Apex: tested directly.
 */

import { serverDefaultProfileId } from 'c/studentUserShared';

export { markNotSent, mergeResults } from 'c/studentUserShared';

/** @typedef {import('@salesforce/apex/StudentCohortController.getCohortContext').CohortContext} CohortContext */
/** @typedef {import('@salesforce/apex/StudentCohortController.getCohortContext').CohortContextPayload} CohortContextPayload */
/** @typedef {import('@salesforce/apex/StudentCohortController.resolveStudents').CohortStudent} CohortStudent */
/** @typedef {import('@salesforce/apex/StudentUserController.enableStudentUser').StudentUserRequest} StudentUserRequest */
/** @typedef {import('@salesforce/apex/StudentUserController.enableStudentUser').StudentUserResult} StudentUserResult */
/** @typedef {import('./csv').ResultRow} ResultRow */

/** Time zone rule: each student's suggested zone (mailing address, then settings, then the running user's). */
export const ZONE_SUGGESTED = 'SUGGESTED';
/** Time zone rule: one zone for every student. */
export const ZONE_FIXED = 'FIXED';

/** Statuses that mean "this student has a working portal user": a re-run skips them (DONE_STATUSES of the CLI). */
export const DONE_STATUSES = Object.freeze(['CREATED', 'REACTIVATED', 'ALREADY_ENABLED']);

/** CSV status of a ready student whose chunk was never sent because the admin cancelled (the CLI's NOT_SENT). */
export const NOT_SENT = 'NOT_SENT';

/**
 * The shared settings of the cohort.
 * @typedef {object} CohortSettings
 * @property {string} licenseKey
 * @property {string} profileId
 * @property {string} zoneRule ZONE_SUGGESTED or ZONE_FIXED
 * @property {string} fixedZone the zone when zoneRule is ZONE_FIXED
 * @property {boolean} sendWelcomeEmail
 */

/**
 * One selected student.
 * @typedef {object} CohortRow
 * @property {number} row position in the selection, from 1
 * @property {string} contactId
 * @property {string} name
 * @property {string} email
 * @property {string} accountName
 * @property {StudentUserResult | null} check the latest validate-only result
 * @property {StudentUserResult | null} outcome the latest enable result (null until enabled, and after a new check)
 * @property {boolean} notSent true when a cancelled run never sent this ready student
 */

/**
 * A context with every list present and null values made explicit.
 * @param {CohortContextPayload} payload
 * @returns {CohortContext}
 */
export function normalizeContext(payload) {
    return {
        licenses: payload.licenses ?? [],
        profiles: payload.profiles ?? [],
        timeZones: payload.timeZones ?? [],
        defaultLicenseKey: payload.defaultLicenseKey ?? null,
        defaultProfileId: payload.defaultProfileId ?? null,
        defaultTimeZone: payload.defaultTimeZone ?? null,
        sendWelcomeEmail: payload.sendWelcomeEmail === true,
        maxStudentsPerCall: payload.maxStudentsPerCall ?? 200,
        maxEntriesPerResolve: payload.maxEntriesPerResolve ?? 2000
    };
}

/**
 * The profile preselected for a licence: the server's default profile of that licence (`licenses[].defaultProfileId`,
 * the service's own rule), when it is offered. No rule of its own: '' when the server has none, and the admin chooses.
 * @param {CohortContext} context
 * @param {string} licenseKey
 * @returns {string} the profile id, or '' when the admin must choose one
 */
export function defaultProfileFor(context, licenseKey) {
    return serverDefaultProfileId(context, licenseKey);
}

/**
 * The settings prefilled from the context: the settings licence (else the first with seats, else the first), its
 * profile, suggested zones (the settings zone preselected for the fixed rule), the settings welcome email.
 * @param {CohortContext} context
 * @returns {CohortSettings}
 */
export function initialSettings(context) {
    const configured = context.licenses.find((license) => license.key === context.defaultLicenseKey);
    const withSeats = context.licenses.find((license) => license.available > 0);
    const licenseKey = (configured ?? withSeats ?? context.licenses[0])?.key ?? '';
    return {
        licenseKey,
        profileId: defaultProfileFor(context, licenseKey),
        zoneRule: ZONE_SUGGESTED,
        fixedZone: context.defaultTimeZone ?? '',
        sendWelcomeEmail: context.sendWelcomeEmail
    };
}

/**
 * A key that changes whenever a setting that shapes the requests changes (a check is then out of date).
 * @param {CohortSettings} settings
 * @returns {string}
 */
export function settingsKey(settings) {
    const zone = settings.zoneRule === ZONE_FIXED ? settings.fixedZone : ZONE_SUGGESTED;
    return [settings.licenseKey, settings.profileId, zone, String(settings.sendWelcomeEmail)].join('|');
}

/**
 * The request for one student; blank settings are left out so that the service applies its own default. A student
 * the latest check says will be reactivated gets no licence, profile or time zone: the user keeps its own.
 * @param {string} contactId
 * @param {CohortSettings} settings
 * @param {boolean} validateOnly
 * @param {boolean} [reactivate] true when the latest check planned a reactivation
 * @returns {StudentUserRequest}
 */
export function buildRequest(contactId, settings, validateOnly, reactivate = false) {
    /** @type {StudentUserRequest} */
    const request = { contactId };
    if (settings.licenseKey && !reactivate) {
        request.licenseKey = settings.licenseKey;
    }
    if (settings.profileId && !reactivate) {
        request.profileId = settings.profileId;
    }
    if (settings.zoneRule === ZONE_FIXED && settings.fixedZone && !reactivate) {
        request.timeZoneSidKey = settings.fixedZone;
    }
    request.sendWelcomeEmail = settings.sendWelcomeEmail;
    request.validateOnly = validateOnly;
    return request;
}

/**
 * The enable options of an in-org run (StudentUserRunController.startRun): the settings a created student's request
 * gets from buildRequest, blank ones left out so that the org's default applies; null before the settings are known.
 * The org applies them to every student of the run, a reactivated one too (the run cannot know beforehand).
 * @param {CohortSettings | null | undefined} settings
 * @returns {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunEnableOptions | null}
 */
export function runEnableOptions(settings) {
    if (!settings) {
        return null;
    }
    const { licenseKey, profileId, timeZoneSidKey, sendWelcomeEmail } = buildRequest('', settings, false);
    const options = { licenseKey, profileId, timeZoneSidKey, sendWelcomeEmail };
    return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined && value !== ''));
}

/**
 * Rows for resolved students, numbered from 1.
 * @param {readonly CohortStudent[]} students
 * @returns {CohortRow[]}
 */
export function rowsFromStudents(students) {
    return students.map((student, index) => ({
        row: index + 1,
        contactId: student.contactId,
        name: student.name,
        email: student.email ?? '',
        accountName: student.accountName ?? '',
        check: null,
        outcome: null,
        notSent: false
    }));
}

/**
 * The latest result of a row: its enable outcome, else its check.
 * @param {CohortRow} row
 * @returns {StudentUserResult | null}
 */
export function latestResult(row) {
    return row.outcome ?? row.check;
}

/**
 * Whether the student has a working portal user (created, reactivated or already enabled): a re-run skips it.
 * @param {CohortRow} row
 * @returns {boolean}
 */
export function isDone(row) {
    const result = latestResult(row);
    return result !== null && DONE_STATUSES.includes(result.status);
}

/**
 * Whether the student passed its check and is not enabled yet: Enable sends it.
 * @param {CohortRow} row
 * @returns {boolean}
 */
export function isReady(row) {
    return !isDone(row) && row.check?.status === 'VALID';
}

/**
 * The results CSV row of a student: its latest result, NOT_SENT for a cancelled one, and blank columns for a student
 * that was never checked.
 * @param {CohortRow} row
 * @param {string} notSentMessage the message of a NOT_SENT row
 * @returns {ResultRow}
 */
export function toResultRow(row, notSentMessage) {
    const result = latestResult(row);
    const base = {
        row: row.row,
        contactId: row.contactId,
        email: row.email,
        status: '',
        userId: '',
        username: '',
        ownerRoleAssigned: false,
        ownerName: '',
        ownerRoleName: '',
        errorCode: '',
        errorField: '',
        message: ''
    };
    if (row.notSent) {
        return { ...base, status: NOT_SENT, message: notSentMessage };
    }
    if (!result) {
        return base;
    }
    return {
        ...base,
        status: result.status,
        userId: result.userId ?? '',
        username: result.username ?? '',
        ownerRoleAssigned: result.ownerRoleAssigned === true,
        ownerName: result.ownerName ?? '',
        ownerRoleName: result.ownerRoleName ?? '',
        errorCode: result.errorCode ?? '',
        errorField: result.errorField ?? '',
        message: result.message ?? '',
        siteNames: (result.siteNames ?? []).join(';'),
        loginUrl: result.loginUrl ?? '',
        emailDecision: result.emailDecision ?? ''
    };
}
