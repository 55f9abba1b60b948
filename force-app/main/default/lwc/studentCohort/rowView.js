/**
 * What the table shows for each student, and its columns.
 */
import { latestResult } from './cohortModel';
import { formatLabel as format, loginStatusColumn, loginStatusFields, messageAndFix } from 'c/studentUserShared';

/** @typedef {import('./cohortModel').CohortRow} CohortRow */
/** @typedef {import('@salesforce/apex/StudentUserController.enableStudentUser').StudentUserResult} StudentUserResult */

/**
 * The strings the table needs (a subset of LABELS).
 * @typedef {object} RowLabels
 * @property {string} statusNotChecked
 * @property {string} statusReady
 * @property {string} statusWillReactivate
 * @property {string} statusAlreadyEnabled
 * @property {string} statusBlocked
 * @property {string} statusCreated
 * @property {string} statusReactivated
 * @property {string} statusFailed
 * @property {string} statusNotSent
 * @property {string} ownerRoleWillGet
 * @property {string} ownerRoleGot
 * @property {string} notSentMessage
 * @property {string} colStudent
 * @property {string} colEmail
 * @property {string} colStatus
 * @property {string} colOwnerRole
 * @property {string} colUser
 * @property {string} colReason
 * @property {string} colFix
 * @property {string} loginStatusColumn
 * @property {string} loginStatusButton
 * @property {string} loginStatusTitle
 * @property {string} loginStatusNoUser
 */

/**
 * One line of the table.
 * @typedef {object} RowView
 * @property {string} contactId key
 * @property {number} row
 * @property {string} name
 * @property {string} email
 * @property {string} status the status label
 * @property {string} ownerRole who gets (or got) which role, or ''
 * @property {string | undefined} userUrl the portal user's record page
 * @property {string} username
 * @property {string} reason what is wrong (the message, without the fix when the server gives the fix apart)
 * @property {string} fix what to do: the result's `errorFix`; '' when the server gives none (an older server, whose
 *   message then carries the fix)
 * @property {boolean} loginStatusDisabled no portal user known (the User column is empty): no login status to show
 * @property {string} loginStatusTitle the Login status button's title, naming the student
 */

/**
 * @param {CohortRow} row
 * @param {StudentUserResult | null} result
 * @param {RowLabels} labels
 * @returns {string}
 */
function statusLabel(row, result, labels) {
    if (row.notSent) {
        return labels.statusNotSent;
    }
    if (!result) {
        return labels.statusNotChecked;
    }
    switch (result.status) {
        case 'VALID':
            return result.plannedAction === 'REACTIVATE' ? labels.statusWillReactivate : labels.statusReady;
        case 'ALREADY_ENABLED':
            return labels.statusAlreadyEnabled;
        case 'CREATED':
            return labels.statusCreated;
        case 'REACTIVATED':
            return labels.statusReactivated;
        default:
            return row.outcome ? labels.statusFailed : labels.statusBlocked;
    }
}

/**
 * The reason and the fix of a result, shown apart: the fix is the result's own `errorFix`. A message that also ends
 * with it does not show it twice; without `errorFix` (an older server) the message is the reason, whole.
 * @param {StudentUserResult | null} result
 * @returns {{ reason: string, fix: string }}
 */
export function reasonAndFix(result) {
    const { message, fix } = messageAndFix(result?.message, result?.errorFix);
    return { reason: message, fix };
}

/**
 * @param {CohortRow} row
 * @param {RowLabels} labels
 * @param {ReadonlyMap<string, string>} [urls] users' record page URLs from the navigation service (no link without)
 * @returns {RowView}
 */
export function rowView(row, labels, urls = new Map()) {
    const result = latestResult(row);
    const { reason, fix } = row.notSent ? { reason: labels.notSentMessage, fix: '' } : reasonAndFix(result);
    const ownerRole =
        result?.ownerRoleAssigned && result.ownerRoleName
            ? format(
                  row.outcome ? labels.ownerRoleGot : labels.ownerRoleWillGet,
                  result.ownerName ?? '',
                  result.ownerRoleName
              )
            : '';
    const showUser = Boolean(result?.userId) && result?.status !== 'FAILED';
    return {
        contactId: row.contactId,
        row: row.row,
        name: row.name,
        email: row.email,
        status: statusLabel(row, result, labels),
        ownerRole,
        userUrl: showUser && result?.userId ? urls.get(result.userId) : undefined,
        username: result?.username ?? '',
        reason,
        fix,
        ...loginStatusFields(row.name, showUser ? result?.userId : undefined, labels)
    };
}

/**
 * The lightning-datatable columns.
 * @param {RowLabels} labels
 * @returns {object[]}
 */
export function columns(labels) {
    return [
        { label: labels.colStudent, fieldName: 'name', wrapText: true },
        { label: labels.colEmail, fieldName: 'email', type: 'email' },
        { label: labels.colStatus, fieldName: 'status', initialWidth: 150 },
        { label: labels.colOwnerRole, fieldName: 'ownerRole', wrapText: true },
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
