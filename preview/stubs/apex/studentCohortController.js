import entryDuplicate from '@salesforce/label/c.SPU_Cohort_Entry_Duplicate';
import entryInvalid from '@salesforce/label/c.SPU_Cohort_Entry_Invalid';
import entryNotFound from '@salesforce/label/c.SPU_Cohort_Entry_Not_Found';
import tooManyEntries from '@salesforce/label/c.SPU_Cohort_Too_Many_Entries';
import tooManyStudents from '@salesforce/label/c.SPU_Cohort_Too_Many_Students';
import noLicenseLeft from '@salesforce/label/c.SPU_Service_No_License_Left';
import noLicenseLeftFix from '@salesforce/label/c.SPU_Service_No_License_Left_Fix';
import noProgramData from '@salesforce/label/c.SPU_Cohort_No_Program_Data';
import { sampleResult, sampleStudents } from '../../../fixtures/cohort/sampleCohort';
import { createLifecycleController } from './studentCohortLifecycle';

/**
 * Preview stand-in for the Apex class StudentCohortController, over the deterministic sample cohort of
 * fixtures/cohort/sampleCohort.js (the recipe is the Jest fixture studentCohort/__tests__/data/sampleCohort.json).
 * It answers the enable methods the way the real controller does: the same shapes, limits, refusals (an
 * AuraHandledException whose message is JSON {code, field, message}; the real one may add `fix`), results with the
 * fix apart in `errorFix`, and messages (the real Custom Labels). It keeps
 * the state of one page visit: students it enabled answer ALREADY_ENABLED afterwards, and enabled users take seats.
 * The lifecycle methods (checkLifecycle, manageStudents) go to ./studentCohortLifecycle.js; getCohortAccess answers the
 * scenario's access; every real call (enableStudents, manageStudents) adds a run to getRecentRuns RUN_RECORD_DELAY_MS
 * later (the real record is written by a Queueable after the call, StudentUserRunLogJob, so a list read right after the
 * run does not have it yet); findStudentsWhoseProgramEnded answers the scenario's program-end fixture
 * (studentCohortProgramEnd/__tests__/data) with the first `count` sample students.
 * Never deployed: it lives outside force-app.
 */

/** How long after a real call its run record appears (a Queueable: seconds, when resources allow). */
export const RUN_RECORD_DELAY_MS = 3000;

/** Who the preview's admin is, on recorded runs. */
const PREVIEW_ADMIN = { runById: '0055g0000000AdmAAA', runByName: 'Preview Admin' };
const DONE_STATUSES = new Set([
    'CREATED',
    'REACTIVATED',
    'DEACTIVATED',
    'FROZEN',
    'UNFROZEN',
    'LOGIN_LINK_SENT',
    'DISABLED'
]);

export const COHORT_CONTROLLER = 'StudentCohortController';
/** Entries per resolveStudents call (StudentCohortResolver.MAX_ENTRIES). */
export const MAX_ENTRIES = 2000;
/** Requests per checkStudents/enableStudents call (StudentUserService.MAX_REQUESTS). */
export const MAX_REQUESTS = 200;

const ID_PATTERN = /^(?:[a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})$/;
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const CONTACT_KEY_PREFIX = '003';
const NEEDS_SEAT = new Set(['VALID', 'CREATED', 'REACTIVATED']);

/**
 * Apex String.format: {n} is the n-th value.
 * @param {string} template
 * @param {...unknown} values
 */
function format(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (match, index) =>
        Number(index) < values.length ? String(values[Number(index)]) : match
    );
}

/**
 * What the component receives when the controller throws an AuraHandledException (refusal() of the controller).
 * @param {string} code
 * @param {string} message
 */
function refusal(code, message) {
    return { status: 500, body: { message: JSON.stringify({ code, field: null, message }) }, headers: {} };
}

/**
 * @param {unknown} value an Apex List parameter as the component passed it
 * @returns {unknown[]}
 */
function list(value) {
    return Array.isArray(value) ? value : [];
}

/**
 * The rest of a scenario: the caller's access, the lifecycle state, the program-end answer.
 * @typedef {object} CohortExtras
 * @property {{ canEnable: boolean, canManage: boolean, canDisable: boolean, maxStudentsPerCall: number }} access
 * @property {import('./studentCohortLifecycle').LifecycleScenario['state']} state
 * @property {Record<string, unknown> & { contactIds?: string[] }} programEnd the findStudentsWhoseProgramEnded answer
 * @property {number} programEndCount how many sample students a found answer lists
 */

/** Enabling only, no program data: the cohort page as it was before the lifecycle mode. */
export const ENABLE_ONLY = Object.freeze({
    access: { canEnable: true, canManage: false, canDisable: false, maxStudentsPerCall: MAX_REQUESTS },
    state: { notPortalUserEvery: 0, protectedEvery: 0, inactiveEvery: 0, frozenEvery: 0 },
    programEnd: { contactIds: [], truncated: false, code: 'NO_PROGRAM_DATA', message: noProgramData },
    programEndCount: 0
});

/**
 * A controller over one sample cohort.
 * @param {import('../../../fixtures/cohort/sampleCohort').SampleRecipe} recipe
 * @param {{ licenses: { key: string, available: number }[], defaultLicenseKey?: string | null }} context the
 *   getCohortContext answer (the licences and their seats)
 * @param {CohortExtras} [extras] access, lifecycle state and program end (default: enabling only)
 * @returns {(method: string, params: Record<string, unknown>) => unknown} answers `Class.method`; throws a refusal
 */
export function createCohortController(recipe, context, extras = ENABLE_ONLY) {
    const lifecycle = createLifecycleController(recipe, extras);
    /** @type {Record<string, unknown>[]} recorded runs, newest first */
    const runs = [];
    const students = sampleStudents(recipe);
    const byId = new Map(students.map((student) => [student.contactId.slice(0, 15), student]));
    const byEmail = new Map(students.map((student) => [student.email.toLowerCase(), student]));
    /** @type {Map<string, Record<string, unknown>>} contactId → the result that enabled the student */
    const enabled = new Map();
    /** @type {Map<string, number>} licence key → seats taken by users enabled during this visit */
    const seatsTaken = new Map();

    /** @param {string} text a trimmed entry @returns {{ contactId?: string, email?: string } | null} */
    function parse(text) {
        if (ID_PATTERN.test(text) && text.startsWith(CONTACT_KEY_PREFIX)) {
            return { contactId: text.slice(0, 15) };
        }
        return EMAIL_PATTERN.test(text) ? { email: text.toLowerCase() } : null;
    }

    /**
     * StudentCohortResolver.resolve: invalid entries first (parse pass), then the others in input order. Every sample
     * email is unique, so AMBIGUOUS_EMAIL cannot occur here.
     */
    function resolveStudents(params) {
        const entries = list(params.idsOrEmails);
        if (entries.length > MAX_ENTRIES) {
            throw refusal('TOO_MANY_ENTRIES', format(tooManyEntries, MAX_ENTRIES, entries.length));
        }
        const found = [];
        const issues = [];
        const parsed = [];
        entries.forEach((raw) => {
            const text = typeof raw === 'string' ? raw.trim() : '';
            if (text === '') {
                return;
            }
            const entry = parse(text);
            if (entry) {
                parsed.push({ text, ...entry });
            } else {
                issues.push({ entry: text, code: 'INVALID_ENTRY', message: format(entryInvalid, text, '') });
            }
        });
        const seen = new Set();
        parsed.forEach((entry) => {
            const student = entry.contactId ? byId.get(entry.contactId) : byEmail.get(entry.email);
            if (!student) {
                issues.push({ entry: entry.text, code: 'NOT_FOUND', message: format(entryNotFound, entry.text, '') });
            } else if (seen.has(student.contactId)) {
                issues.push({
                    entry: entry.text,
                    code: 'DUPLICATE_ENTRY',
                    message: format(entryDuplicate, entry.text, student.name)
                });
            } else {
                seen.add(student.contactId);
                found.push({ ...student, entry: entry.text });
            }
        });
        return { students: found, issues };
    }

    /** @param {string} licenseKey */
    function seatsLeft(licenseKey) {
        const license = context.licenses.find((candidate) => candidate.key === licenseKey);
        return (license?.available ?? 0) - (seatsTaken.get(licenseKey) ?? 0);
    }

    /**
     * StudentUserService.enable for one call: one result per request, in order; within the call, the licence seats
     * go to the students in order and the others fail with NO_LICENSE_LEFT (StudentUserPlanner.checkCapacity).
     * @param {Record<string, unknown>} params
     * @param {boolean} validateOnly forced, as the controller does
     */
    function run(params, validateOnly) {
        const requests = list(params.requests);
        const budget = context.maxStudentsPerCall ?? MAX_REQUESTS;
        if (requests.length > budget) {
            throw refusal('TOO_MANY_STUDENTS', format(tooManyStudents, budget, requests.length));
        }
        const results = requests.map((request) => {
            const contactId = String(request?.contactId ?? '');
            const done = enabled.get(contactId);
            if (done) {
                return {
                    ...done,
                    status: 'ALREADY_ENABLED',
                    plannedAction: 'NONE',
                    ownerRoleAssigned: false,
                    ownerRoleName: undefined
                };
            }
            const licenseKey = request?.licenseKey || context.defaultLicenseKey || recipe.licenseKey;
            return { ...sampleResult(recipe, contactId, validateOnly), licenseKey };
        });
        const demand = new Map();
        results
            .filter((result) => NEEDS_SEAT.has(result.status))
            .forEach((result) => demand.set(result.licenseKey, (demand.get(result.licenseKey) ?? 0) + 1));
        const granted = new Map();
        return results.map((result) => {
            if (!NEEDS_SEAT.has(result.status)) {
                return result;
            }
            const available = Math.max(0, seatsLeft(result.licenseKey));
            const count = granted.get(result.licenseKey) ?? 0;
            if (count >= available) {
                const student = byId.get(result.contactId.slice(0, 15));
                const message = format(
                    noLicenseLeft,
                    student?.name,
                    result.licenseKey,
                    available,
                    demand.get(result.licenseKey)
                );
                return {
                    ...result,
                    status: 'FAILED',
                    userId: undefined,
                    errorCode: 'NO_LICENSE_LEFT',
                    errorField: 'licenseKey',
                    message: `${message} ${noLicenseLeftFix}`,
                    errorFix: noLicenseLeftFix
                };
            }
            granted.set(result.licenseKey, count + 1);
            if (!validateOnly) {
                enabled.set(result.contactId, result);
                seatsTaken.set(result.licenseKey, (seatsTaken.get(result.licenseKey) ?? 0) + 1);
            }
            return result;
        });
    }

    /**
     * StudentUserRunLog: one run per real call, with its counts.
     * @param {string} action
     * @param {Record<string, unknown>[]} results
     */
    function record(action, results) {
        const count = (/** @type {(status: unknown) => boolean} */ test) =>
            results.filter((result) => test(result.status)).length;
        const recordedAt = new Date().toISOString();
        setTimeout(() => write(action, results, count, recordedAt), RUN_RECORD_DELAY_MS);
    }

    /**
     * The run record the Queueable writes.
     * @param {string} action
     * @param {Record<string, unknown>[]} results
     * @param {(test: (status: unknown) => boolean) => number} count
     * @param {string} recordedAt
     */
    function write(action, results, count, recordedAt) {
        const number = runs.length + 1;
        runs.unshift({
            id: `a0B5g0000${String(number).padStart(6, '0')}AAA`,
            name: `SUR-${String(number).padStart(6, '0')}`,
            action,
            ...PREVIEW_ADMIN,
            recordedAt,
            studentCount: results.length,
            succeeded: count((status) => DONE_STATUSES.has(String(status))),
            failed: count((status) => status === 'FAILED'),
            skipped: count((status) => status === 'SKIPPED' || status === 'ALREADY_ENABLED')
        });
    }

    /** @param {Record<string, unknown>} params */
    function recentRuns(params) {
        const asked = Number(params.limitSize);
        const size = !Number.isFinite(asked) || asked < 1 ? 10 : Math.min(50, asked);
        return runs.slice(0, size);
    }

    /** @param {Record<string, unknown>} params */
    function programEnded(params) {
        const answer = { ...extras.programEnd, endedOnOrBefore: params.endedOnOrBefore ?? null };
        if (answer.code) {
            return answer;
        }
        return { ...answer, contactIds: students.slice(0, extras.programEndCount).map((student) => student.contactId) };
    }

    return (method, params) => {
        switch (method) {
            case `${COHORT_CONTROLLER}.getCohortAccess`:
                return extras.access;
            case `${COHORT_CONTROLLER}.getRecentRuns`:
                return recentRuns(params);
            case `${COHORT_CONTROLLER}.findStudentsWhoseProgramEnded`:
                return programEnded(params);
            case `${COHORT_CONTROLLER}.checkLifecycle`:
                return lifecycle.manage(params, true);
            case `${COHORT_CONTROLLER}.manageStudents`: {
                const results = lifecycle.manage(params, false);
                const actions = new Set(results.map((result) => result.action));
                record(actions.size === 1 ? String([...actions][0]) : 'MIXED', results);
                return results;
            }
            case `${COHORT_CONTROLLER}.getCohortContext`:
                if (!extras.access.canEnable) {
                    throw refusal('PERMISSION_DENIED', 'You do not have the Enable Student Users permission.');
                }
                return context;
            case `${COHORT_CONTROLLER}.resolveStudents`:
                return resolveStudents(params);
            case `${COHORT_CONTROLLER}.checkStudents`:
                return run(params, true);
            case `${COHORT_CONTROLLER}.enableStudents`: {
                const results = run(params, false);
                record('ENABLE', results);
                return results;
            }
            default:
                throw { status: 500, body: { message: `The cohort preview has no answer for Apex ${method}.` } };
        }
    };
}
