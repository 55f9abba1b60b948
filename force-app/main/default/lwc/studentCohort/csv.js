/**
 * The results CSV, byte for byte in the format of the CLI (scripts/student-users/results-format.ts and results-file.ts): the same
 * columns in the same order, RFC 4180 quoting, `\n` line endings. A file downloaded here can be read by the CLI.
 * The cell rules (quoting, formula neutralising) live in c/studentUserShared, shared with the lifecycle results.
 */
import { RESULT_COLUMNS, csvText } from 'c/studentUserShared';

export { RESULT_COLUMNS, csvCell, neutralizeFormulaCell } from 'c/studentUserShared';

/**
 * One row of the results file; absent values are empty strings.
 * @typedef {object} ResultRow
 * @property {number} row
 * @property {string} contactId
 * @property {string} email
 * @property {string} status
 * @property {string} userId
 * @property {string} username
 * @property {boolean} ownerRoleAssigned
 * @property {string} ownerName
 * @property {string} ownerRoleName
 * @property {string} errorCode
 * @property {string} errorField
 * @property {string} message
 * @property {string} [siteNames] login readiness: the sites the student can log in to, joined with ;
 * @property {string} [loginUrl] login readiness: the first live site's login page
 * @property {string} [emailDecision] SALESFORCE_NEW_USER, SITE_WELCOME or NONE
 */

/**
 * The CSV text: the header, then one line per row in row order.
 * @param {readonly ResultRow[]} results
 * @returns {string}
 */
export function resultsCsv(results) {
    return csvText(RESULT_COLUMNS, /** @type {readonly ({ row: number } & Record<string, unknown>)[]} */ (results));
}
