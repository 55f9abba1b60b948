/**
 * What the login status view shows, computed in one pure function from the server's status
 * (`StudentLoginStatusController.getLoginStatus`, docs/api.md "Login status"), the permissions it carries and whether
 * the surrounding form reactivates the user itself.
 */
import { formatLabel } from 'c/studentUserShared';
import { LABELS } from './labels';

/** @typedef {import('@salesforce/apex/StudentLoginStatusController.getLoginStatus').LoginStatus} LoginStatus */
/** @typedef {import('@salesforce/apex/StudentLoginStatusController.getLoginStatus').LoginStatusLine} LoginStatusLine */

/** The lifecycle actions the view runs, with their button labels. DISABLE is never one of them. */
export const ACTION_LABELS = Object.freeze({
    REACTIVATE: LABELS.actionReactivate,
    UNFREEZE: LABELS.actionUnfreeze,
    SEND_LOGIN_LINK: LABELS.actionSendLoginLink,
    DEACTIVATE: LABELS.actionDeactivate,
    FREEZE: LABELS.actionFreeze
});

/**
 * Actions asked for confirmation first: deactivate and freeze stop the student from logging in, and a login link is a
 * password reset, so the current password stops working at once (REST API "Reset User Password").
 */
export const CONFIRMED_ACTIONS = Object.freeze(['DEACTIVATE', 'FREEZE', 'SEND_LOGIN_LINK']);

/** The confirmation question of each confirmed action ({0}: the student). */
const CONFIRMATIONS = Object.freeze({
    DEACTIVATE: LABELS.confirmDeactivate,
    FREEZE: LABELS.confirmFreeze,
    SEND_LOGIN_LINK: LABELS.confirmSendLoginLink
});

/** The text alternative and icon of each state: the state is never told by colour alone. */
const STATES = Object.freeze({
    OK: { text: LABELS.stateOk, iconName: 'utility:success', variant: 'success' },
    PROBLEM: { text: LABELS.stateProblem, iconName: 'utility:error', variant: 'error' },
    WARNING: { text: LABELS.stateWarning, iconName: 'utility:warning', variant: 'warning' },
    UNKNOWN: { text: LABELS.stateUnknown, iconName: 'utility:help', variant: '' }
});

/** The message of a done action, by result status ({0}: the student). */
const DONE = Object.freeze({
    REACTIVATED: LABELS.doneReactivated,
    UNFROZEN: LABELS.doneUnfrozen,
    LOGIN_LINK_SENT: LABELS.doneLoginLinkSent,
    DEACTIVATED: LABELS.doneDeactivated,
    FROZEN: LABELS.doneFrozen
});

/**
 * @typedef {object} LineView
 * @property {string} key
 * @property {string} label what is checked
 * @property {string} detail what was found
 * @property {string} stateText the state in words (the icon's text alternative)
 * @property {string} iconName
 * @property {string} iconVariant
 * @property {string} fixText "Fix: ..." or ''
 * @property {string} note why there is no button although the fix has an action, or ''
 * @property {string} action the one-click action, or '' when the caller cannot run it here
 * @property {string} actionLabel
 */

/**
 * @typedef {object} StatusView
 * @property {boolean} hasUser
 * @property {string} summary one sentence: can log in, or how many checks fail
 * @property {boolean} canLogIn
 * @property {LineView[]} lines
 * @property {{ action: string, label: string }[]} otherActions deactivate and freeze, when they apply
 */

/**
 * @param {LoginStatusLine[]} lines
 * @param {string} key
 */
function stateOf(lines, key) {
    return lines.find((line) => line.key === key)?.state ?? '';
}

/**
 * Whether the caller can run the line's action here, and if not, why (a note) — '' when it can or there is none.
 * @param {LoginStatus} status
 * @param {string} action
 * @param {boolean} reactivateInForm
 * @returns {{ runnable: boolean, note: string }}
 */
function actionAvailability(status, action, reactivateInForm) {
    if (!action) {
        return { runnable: false, note: '' };
    }
    if (action === 'SEND_LOGIN_LINK' && status.singleSignOn) {
        // Single sign-on: the student has no Salesforce password to reset (the server offers no link either).
        return { runnable: false, note: '' };
    }
    if (action === 'REACTIVATE' && reactivateInForm) {
        return { runnable: false, note: LABELS.reactivateInForm };
    }
    const allowed = action === 'REACTIVATE' ? status.canReactivate : status.canManage;
    return allowed ? { runnable: true, note: '' } : { runnable: false, note: LABELS.noManage };
}

/**
 * @param {LoginStatus} status
 * @param {LoginStatusLine} line
 * @param {boolean} reactivateInForm
 * @returns {LineView}
 */
function lineView(status, line, reactivateInForm) {
    const state = STATES[/** @type {keyof typeof STATES} */ (line.state)] ?? STATES.UNKNOWN;
    const action = line.action ?? '';
    const { runnable, note } = actionAvailability(status, action, reactivateInForm);
    return {
        key: line.key,
        label: line.label,
        detail: line.detail ?? '',
        stateText: state.text,
        iconName: state.iconName,
        iconVariant: state.variant,
        fixText: line.fix ? formatLabel(LABELS.fix, line.fix) : '',
        note,
        action: runnable ? action : '',
        actionLabel: runnable ? ACTION_LABELS[/** @type {keyof typeof ACTION_LABELS} */ (action)] : ''
    };
}

/**
 * @param {LoginStatus} status
 * @param {boolean} reactivateInForm true when the surrounding form has its own Reactivate button
 * @returns {StatusView}
 */
export function statusView(status, reactivateInForm) {
    const lines = status.lines ?? [];
    const name = status.studentName ?? '';
    if (!status.userId || lines.length === 0) {
        return {
            hasUser: false,
            summary: formatLabel(LABELS.noUser, name),
            canLogIn: false,
            lines: [],
            otherActions: []
        };
    }
    const failing = lines.filter((line) => line.state === 'PROBLEM').length;
    const isActive = stateOf(lines, 'ACTIVE') === 'OK';
    const otherActions = [];
    if (status.canManage && isActive) {
        if (stateOf(lines, 'FROZEN') === 'OK') {
            otherActions.push({ action: 'FREEZE', label: ACTION_LABELS.FREEZE });
        }
        otherActions.push({ action: 'DEACTIVATE', label: ACTION_LABELS.DEACTIVATE });
    }
    return {
        hasUser: true,
        summary:
            failing === 0 ? formatLabel(LABELS.summaryOk, name) : formatLabel(LABELS.summaryProblems, name, failing),
        canLogIn: failing === 0,
        lines: lines.map((line) => lineView(status, line, reactivateInForm)),
        otherActions
    };
}

/**
 * The confirmation question of a confirmed action.
 * @param {string} action DEACTIVATE, FREEZE or SEND_LOGIN_LINK
 * @param {string} studentName
 * @returns {string}
 */
export function confirmationText(action, studentName) {
    const question = CONFIRMATIONS[/** @type {keyof typeof CONFIRMATIONS} */ (action)];
    return question ? formatLabel(question, studentName) : '';
}

/**
 * What to announce after an action: the done message, or the server's own message for a SKIPPED result.
 * @param {{ status: string, message?: string | null }} result the lifecycle result
 * @param {string} studentName
 * @returns {string}
 */
export function resultText(result, studentName) {
    const done = DONE[/** @type {keyof typeof DONE} */ (result.status)];
    if (done) {
        return formatLabel(done, studentName);
    }
    return result.message ?? '';
}
