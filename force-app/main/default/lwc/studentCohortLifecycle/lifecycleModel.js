/**
 * The lifecycle mode's rows, requests, counts, table lines and results file (pure functions; the component holds the
 * state). A row is one selected student with the result of its last check and of its last run.
 */
import { formatLabel as format, loginStatusColumn, loginStatusFields, messageAndFix } from 'c/studentUserShared';

export { markNotSent, mergeResults } from 'c/studentUserShared';

/** @typedef {import('@salesforce/apex/StudentCohortController.checkLifecycle').StudentLifecycleRequest} StudentLifecycleRequest */
/** @typedef {import('@salesforce/apex/StudentCohortController.checkLifecycle').StudentLifecycleResult} StudentLifecycleResult */

/**
 * @typedef {object} LifecycleStudent
 * @property {string} contactId
 * @property {string} name
 * @property {string | null | undefined} [email]
 */

/**
 * @typedef {object} LifecycleRow
 * @property {number} row position in the selection, from 1 (the results file's `row`)
 * @property {string} contactId
 * @property {string} name
 * @property {string} email
 * @property {StudentLifecycleResult | null} check the last dry run's result
 * @property {StudentLifecycleResult | null} outcome the last real run's result
 * @property {boolean} notSent the run was cancelled before this student's chunk
 */

/** The status each action ends in when done (StudentLifecycleResult.STATUS_*). */
export const DONE_STATUS = Object.freeze({
    DEACTIVATE: 'DEACTIVATED',
    FREEZE: 'FROZEN',
    UNFREEZE: 'UNFROZEN',
    SEND_LOGIN_LINK: 'LOGIN_LINK_SENT',
    REACTIVATE: 'REACTIVATED',
    DISABLE: 'DISABLED'
});

const DONE_STATUSES = new Set(/** @type {string[]} */ (Object.values(DONE_STATUS)));

export { LIFECYCLE_RESULT_COLUMNS } from 'c/studentUserShared';

/** The status of a row the run did not reach (the CLI's NOT_SENT). */
export const NOT_SENT = 'NOT_SENT';

/**
 * @param {readonly LifecycleStudent[]} students
 * @returns {LifecycleRow[]}
 */
export function rowsFromStudents(students) {
    return students.map((student, index) => ({
        row: index + 1,
        contactId: student.contactId,
        name: student.name,
        email: student.email ?? '',
        check: null,
        outcome: null,
        notSent: false
    }));
}

/** @param {LifecycleRow} row */
export function latestResult(row) {
    return row.outcome ?? row.check;
}

/**
 * Done or nothing to do: a later check or run leaves it alone.
 * @param {LifecycleRow} row
 */
export function isSettled(row) {
    return row.outcome !== null && row.outcome.status !== 'FAILED';
}

/**
 * Checked ready (VALID) and not run yet (or its chunk was cancelled): what Run sends.
 * @param {LifecycleRow} row
 */
export function isReady(row) {
    return row.check?.status === 'VALID' && row.outcome === null;
}

/**
 * One request per row. `validateOnly` states the intent (the controller forces it per method); `confirmDisable` is
 * sent only with DISABLE.
 * @param {readonly LifecycleRow[]} rows
 * @param {string} action
 * @param {boolean} validateOnly
 * @param {boolean} confirmDisable
 * @returns {StudentLifecycleRequest[]}
 */
export function buildRequests(rows, action, validateOnly, confirmDisable) {
    return rows.map((row) => {
        /** @type {StudentLifecycleRequest} */
        const request = { action, contactId: row.contactId, validateOnly };
        if (action === 'DISABLE') {
            request.confirmDisable = confirmDisable;
        }
        return request;
    });
}

/**
 * @typedef {object} LifecycleCounts
 * @property {number} total
 * @property {number} ready checked VALID, not run yet
 * @property {number} skipped nothing to do (SKIPPED, in the check or the run)
 * @property {number} blocked the check FAILED
 * @property {number} done the run did the action
 * @property {number} failed the run FAILED
 * @property {number} notSent the run was cancelled before the student's chunk
 */

/**
 * @param {readonly LifecycleRow[]} rows
 * @returns {LifecycleCounts}
 */
export function countRows(rows) {
    const counts = { total: rows.length, ready: 0, skipped: 0, blocked: 0, done: 0, failed: 0, notSent: 0 };
    rows.forEach((row) => {
        const result = latestResult(row);
        if (row.notSent) {
            counts.notSent++;
        } else if (result?.status === 'SKIPPED') {
            counts.skipped++;
        } else if (row.outcome) {
            counts[DONE_STATUSES.has(row.outcome.status) ? 'done' : 'failed']++;
        } else if (result) {
            counts[result.status === 'VALID' ? 'ready' : 'blocked']++;
        }
    });
    return counts;
}

/**
 * The strings a table line needs.
 * @typedef {object} LifecycleRowLabels
 * @property {string} statusNotChecked
 * @property {string} statusReady
 * @property {string} statusSkipped
 * @property {string} statusBlocked
 * @property {string} statusFailed
 * @property {string} statusNotSent
 * @property {string} notSentMessage
 * @property {string} statusDeactivated
 * @property {string} statusFrozen
 * @property {string} statusUnfrozen
 * @property {string} statusLoginLinkSent
 * @property {string} statusReactivated
 * @property {string} statusDisabled
 * @property {string} loginStatusColumn
 * @property {string} loginStatusButton
 * @property {string} loginStatusTitle
 * @property {string} loginStatusNoUser
 */

/** The label of each done status. */
const DONE_LABEL = Object.freeze({
    DEACTIVATED: 'statusDeactivated',
    FROZEN: 'statusFrozen',
    UNFROZEN: 'statusUnfrozen',
    LOGIN_LINK_SENT: 'statusLoginLinkSent',
    REACTIVATED: 'statusReactivated',
    DISABLED: 'statusDisabled'
});

/**
 * @param {LifecycleRow} row
 * @param {StudentLifecycleResult | null} result
 * @param {LifecycleRowLabels} labels
 */
function statusLabel(row, result, labels) {
    if (row.notSent) {
        return labels.statusNotSent;
    }
    if (!result) {
        return labels.statusNotChecked;
    }
    if (result.status === 'VALID') {
        return labels.statusReady;
    }
    if (result.status === 'SKIPPED') {
        return labels.statusSkipped;
    }
    if (result.status === 'FAILED') {
        return row.outcome ? labels.statusFailed : labels.statusBlocked;
    }
    const key = /** @type {keyof LifecycleRowLabels | undefined} */ (
        DONE_LABEL[/** @type {keyof typeof DONE_LABEL} */ (result.status)]
    );
    return key ? labels[key] : result.status;
}

/**
 * One line of the table: status, code, reason and fix apart (the fix is the result's `errorFix`; a message that ends
 * with it does not show it twice), the portal user, and the Login status button (enabled when a result names the user).
 * @param {LifecycleRow} row
 * @param {LifecycleRowLabels} labels
 * @param {ReadonlyMap<string, string>} [urls] users' record page URLs from the navigation service (no link without)
 */
export function rowView(row, labels, urls = new Map()) {
    const result = latestResult(row);
    const parts = row.notSent
        ? { message: labels.notSentMessage, fix: '' }
        : messageAndFix(result?.message, result?.errorFix);
    return {
        contactId: row.contactId,
        row: row.row,
        name: row.name,
        email: row.email,
        status: statusLabel(row, result, labels),
        code: row.notSent ? '' : (result?.errorCode ?? ''),
        userUrl: result?.userId ? urls.get(result.userId) : undefined,
        username: result?.username ?? '',
        reason: parts.message,
        fix: parts.fix,
        ...loginStatusFields(row.name, result?.userId, labels)
    };
}

/**
 * The lightning-datatable columns.
 * @param {{ colStudent: string, colEmail: string, colStatus: string, colCode: string, colUser: string, colReason: string, colFix: string } & import('c/studentUserShared').LoginStatusLabels} labels
 * @returns {object[]}
 */
export function columns(labels) {
    return [
        { label: labels.colStudent, fieldName: 'name', wrapText: true },
        { label: labels.colEmail, fieldName: 'email', type: 'email' },
        { label: labels.colStatus, fieldName: 'status', initialWidth: 150 },
        { label: labels.colCode, fieldName: 'code', initialWidth: 170 },
        {
            label: labels.colUser,
            fieldName: 'userUrl',
            type: 'url',
            typeAttributes: { label: { fieldName: 'username' }, target: '_blank' }
        },
        { label: labels.colReason, fieldName: 'reason', wrapText: true },
        { label: labels.colFix, fieldName: 'fix', wrapText: true },
        loginStatusColumn(labels)
    ];
}

/**
 * A row of the results file, in the CLI's lifecycle columns; a row never checked has only its identity.
 * @param {LifecycleRow} row
 * @param {string} action
 * @param {string} notSentMessage
 * @returns {{ row: number } & Record<string, string | number>}
 */
export function toResultRow(row, action, notSentMessage) {
    const result = latestResult(row);
    const base = {
        row: row.row,
        contactId: row.contactId,
        email: row.email,
        action,
        status: '',
        userId: '',
        username: '',
        errorCode: '',
        errorField: '',
        message: '',
        errorFix: ''
    };
    if (row.notSent) {
        return { ...base, status: NOT_SENT, message: notSentMessage };
    }
    if (!result) {
        return base;
    }
    return {
        ...base,
        action: result.action || action,
        status: result.status,
        userId: result.userId ?? '',
        username: result.username ?? '',
        errorCode: result.errorCode ?? '',
        errorField: result.errorField ?? '',
        message: result.message ?? '',
        errorFix: result.errorFix ?? ''
    };
}

/**
 * The status message after a check, a run or a cancel.
 * @param {'check' | 'run' | 'cancelled'} kind
 * @param {LifecycleCounts} counts
 * @param {{ checkDone: string, runDone: string, cancelled: string }} labels
 * @returns {string}
 */
export function doneMessage(kind, counts, labels) {
    if (kind === 'check') {
        return format(labels.checkDone, counts.ready, counts.skipped, counts.blocked);
    }
    if (kind === 'run') {
        return format(labels.runDone, counts.done, counts.skipped, counts.failed);
    }
    return format(labels.cancelled, counts.done, counts.notSent);
}
