/**
 * A simulation of StudentLifecycleService (docs/api.md, "Lifecycle actions") over the sample cohort of
 * test/cohort/sampleCohort.js, for the Jest tests of the cohort page's lifecycle mode and the browser preview. The
 * students' portal users start in the state a recipe says (studentCohortLifecycle/__tests__/data/*.json, "state") and
 * change as real runs act on them, so a second run of the same action answers SKIPPED. Never deployed.
 *
 * Checks run in the documented order, the first problem wins: action, contact id, duplicate, contact visible, portal
 * user, protected user, then the action's rule. SKIPPED for ALREADY_INACTIVE, ALREADY_ACTIVE, ALREADY_FROZEN and
 * NOT_FROZEN; FAILED otherwise; VALID for a dry run that passed; the action's done status for a real one.
 */
import { sampleStudents } from './sampleCohort';

/** Every lifecycle code: the request field concerned, SKIPPED or not, and its Custom Labels (SPU_Lifecycle_*). */
export const LIFECYCLE_CODES = Object.freeze({
    INVALID_ACTION: { field: 'action', skip: false, label: 'Invalid_Action' },
    INVALID_ID: { field: 'contactId', skip: false, label: 'Invalid_Id' },
    CONTACT_NOT_FOUND: { field: 'contactId', skip: false, label: 'Contact_Not_Found' },
    NOT_A_PORTAL_USER: { field: 'contactId', skip: false, label: 'Not_A_Portal_User' },
    ALREADY_INACTIVE: { field: null, skip: true, label: 'Already_Inactive' },
    ALREADY_ACTIVE: { field: null, skip: true, label: 'Already_Active' },
    ALREADY_FROZEN: { field: null, skip: true, label: 'Already_Frozen' },
    NOT_FROZEN: { field: null, skip: true, label: 'Not_Frozen' },
    USER_INACTIVE: { field: null, skip: false, label: 'User_Inactive' },
    PROTECTED_USER: { field: null, skip: false, label: 'Protected_User' },
    DISABLE_NOT_ALLOWED: { field: 'confirmDisable', skip: false, label: 'Disable_Not_Allowed' },
    DUPLICATE_IN_BATCH: { field: 'contactId', skip: false, label: 'Duplicate_In_Batch' }
});

/** The status each action ends in (StudentLifecycleResult.STATUS_*). */
export const DONE = Object.freeze({
    DEACTIVATE: 'DEACTIVATED',
    FREEZE: 'FROZEN',
    UNFREEZE: 'UNFROZEN',
    SEND_LOGIN_LINK: 'LOGIN_LINK_SENT',
    REACTIVATE: 'REACTIVATED',
    DISABLE: 'DISABLED'
});

/**
 * How the sample's portal users start: every `notPortalUserEvery`-th student (from 1) has no portal user, every
 * `protectedEvery`-th holds Modify All Data, every `inactiveEvery`-th is inactive, every `frozenEvery`-th active one is
 * frozen; 0 = none. The first rule that matches wins.
 * @typedef {object} LifecycleState
 * @property {number} notPortalUserEvery
 * @property {number} protectedEvery
 * @property {number} inactiveEvery
 * @property {number} frozenEvery
 */

/**
 * @param {number} index
 * @param {number} every
 */
const every = (index, every) => every > 0 && index % every === 0;

/**
 * What a student's portal user is at the start.
 * @param {LifecycleState} state
 * @param {number} index from 1
 * @returns {'none' | 'protected' | 'inactive' | 'frozen' | 'active'}
 */
export function lifecycleKind(state, index) {
    if (every(index, state.notPortalUserEvery)) return 'none';
    if (every(index, state.protectedEvery)) return 'protected';
    if (every(index, state.inactiveEvery)) return 'inactive';
    if (every(index, state.frozenEvery)) return 'frozen';
    return 'active';
}

/**
 * The Custom Label names of a code's message and fix.
 * @param {string} code a key of LIFECYCLE_CODES
 */
export function labelNames(code) {
    const name = `SPU_Lifecycle_${LIFECYCLE_CODES[/** @type {keyof typeof LIFECYCLE_CODES} */ (code)].label}`;
    return { message: name, fix: `${name}_Fix` };
}

/**
 * Apex String.format with the service's blank placeholder.
 * @param {string} template
 * @param {(string | null | undefined)[]} values
 * @param {string} blank
 */
function fill(template, values, blank) {
    return template.replace(/\{(\d+)\}/g, (_, index) => values[Number(index)] || blank);
}

/**
 * A simulated lifecycle service over one sample cohort; its users' state lasts as long as the returned object.
 * @param {import('./sampleCohort').SampleRecipe} recipe the sample cohort
 * @param {LifecycleState} state how the users start
 * @param {(name: string) => string} text a Custom Label's text by name
 * @param {{ canDisable: boolean }} access the caller's Disable_Student_Users
 */
export function createLifecycleService(recipe, state, text, access) {
    const students = sampleStudents(recipe);
    /** @type {Map<string, { index: number, name: string, username: string, userId: string, user: 'none' | 'protected' | 'inactive' | 'frozen' | 'active' }>} */
    const byId = new Map();
    students.forEach((student, position) => {
        const index = position + 1;
        byId.set(student.contactId.slice(0, 15), {
            index,
            name: student.name,
            username: student.email + recipe.usernameSuffix,
            userId: `0055g0000${String(index).padStart(6, '0')}AAA`,
            user: lifecycleKind(state, index)
        });
    });

    /**
     * @param {string} code
     * @param {string | null | undefined} student
     * @param {string | null | undefined} username
     */
    function problem(code, student, username) {
        const names = labelNames(code);
        const entry = LIFECYCLE_CODES[/** @type {keyof typeof LIFECYCLE_CODES} */ (code)];
        return {
            status: entry.skip ? 'SKIPPED' : 'FAILED',
            errorCode: code,
            errorField: entry.field ?? undefined,
            message: fill(text(names.message), [student, username], text('SPU_Lifecycle_Blank')),
            errorFix: text(names.fix)
        };
    }

    /**
     * The action's own check (StudentLifecycleActions.check).
     * @param {string} action
     * @param {string} user
     * @param {boolean} confirmDisable
     * @returns {string | null} the code of why not, or null to act
     */
    function rule(action, user, confirmDisable) {
        const active = user !== 'inactive';
        switch (action) {
            case 'DEACTIVATE':
                return active ? null : 'ALREADY_INACTIVE';
            case 'FREEZE':
                return !active ? 'USER_INACTIVE' : user === 'frozen' ? 'ALREADY_FROZEN' : null;
            case 'UNFREEZE':
                return !active ? 'USER_INACTIVE' : user === 'frozen' ? null : 'NOT_FROZEN';
            case 'SEND_LOGIN_LINK':
                return active ? null : 'USER_INACTIVE';
            case 'REACTIVATE':
                return active ? 'ALREADY_ACTIVE' : null;
            default:
                return access.canDisable && confirmDisable ? null : 'DISABLE_NOT_ALLOWED';
        }
    }

    /** The user's state after a done action. */
    const AFTER = {
        DEACTIVATE: 'inactive',
        FREEZE: 'frozen',
        UNFREEZE: 'active',
        REACTIVATE: 'active',
        DISABLE: 'none'
    };

    /**
     * StudentLifecycleService.manage for one call (at most 200 requests: the controller refuses more).
     * @param {unknown[]} requests
     * @param {boolean} validateOnly forced, as the controller does
     * @returns {Record<string, unknown>[]} one result per request, in order
     */
    function manage(requests, validateOnly) {
        const seen = new Set();
        return requests.map((raw) => {
            const request = /** @type {Record<string, unknown>} */ (raw ?? {});
            const contactId = typeof request.contactId === 'string' ? request.contactId : '';
            const action = typeof request.action === 'string' ? request.action.trim().toUpperCase() : '';
            const result = { contactId, action };
            if (!(action in DONE)) {
                return { ...result, ...problem('INVALID_ACTION', contactId, String(request.action ?? '')) };
            }
            const valid = /^003[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(contactId.trim());
            const key = contactId.trim().slice(0, 15);
            if (!valid) {
                return { ...result, ...problem('INVALID_ID', contactId, null) };
            }
            if (seen.has(key)) {
                return { ...result, ...problem('DUPLICATE_IN_BATCH', contactId, null) };
            }
            seen.add(key);
            const student = byId.get(key);
            if (!student) {
                return { ...result, ...problem('CONTACT_NOT_FOUND', contactId, null) };
            }
            if (student.user === 'none') {
                return { ...result, ...problem('NOT_A_PORTAL_USER', student.name, null) };
            }
            const user = { userId: student.userId, username: student.username };
            if (student.user === 'protected') {
                return { ...result, ...user, ...problem('PROTECTED_USER', student.name, student.username) };
            }
            const code = rule(action, student.user, request.confirmDisable === true);
            if (code) {
                return { ...result, ...user, ...problem(code, student.name, student.username) };
            }
            if (validateOnly) {
                return { ...result, ...user, status: 'VALID' };
            }
            const after = AFTER[/** @type {keyof typeof AFTER} */ (action)];
            if (after) {
                student.user = /** @type {typeof student.user} */ (after);
            }
            return { ...result, ...user, status: DONE[/** @type {keyof typeof DONE} */ (action)] };
        });
    }

    return { manage };
}
