/**
 * The results CSV, byte for byte in the format of the CLI (scripts/student-users/results-format.ts and results-file.ts): the same
 * columns in the same order, RFC 4180 quoting, `\n` line endings. A file downloaded here can be read by the CLI.
 */

/** The columns of a results CSV, in order (RESULT_COLUMNS of scripts/student-users/results-format.ts). */
export const RESULT_COLUMNS = Object.freeze([
    'row',
    'contactId',
    'email',
    'status',
    'userId',
    'username',
    'ownerRoleAssigned',
    'ownerName',
    'ownerRoleName',
    'errorCode',
    'errorField',
    'message',
    'siteNames',
    'loginUrl',
    'emailDecision'
]);

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
 * One CSV cell: quoted when it holds a comma, a quote, a line break or edge spaces.
 * @param {string} value
 * @returns {string}
 */
export function csvCell(value) {
    return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
 * possibly after quotes added here) gets a leading `'` (OWASP "CSV Injection"); neutralizeFormulaCell of the CLI.
 * @param {string} value
 * @returns {string}
 */
export function neutralizeFormulaCell(value) {
    return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * @param {ResultRow} result
 * @returns {string[]} the cells in column order; text cells neutralised, the row number and the boolean left as they are
 */
function cells(result) {
    return RESULT_COLUMNS.map((column) => {
        const value = result[/** @type {keyof ResultRow} */ (column)] ?? '';
        if (typeof value === 'boolean') {
            return value ? 'true' : 'false';
        }
        if (typeof value === 'number') {
            return String(value);
        }
        return neutralizeFormulaCell(String(value));
    });
}

/**
 * The CSV text: the header, then one line per row in row order.
 * @param {readonly ResultRow[]} results
 * @returns {string}
 */
export function resultsCsv(results) {
    const sorted = [...results].sort((a, b) => a.row - b.row);
    const lines = [RESULT_COLUMNS.join(','), ...sorted.map((result) => cells(result).map(csvCell).join(','))];
    return lines.join('\n') + '\n';
}

/**
 * A link target that downloads the text as a CSV file.
 * @param {string} csv
 * @returns {string}
 */
export function csvDataUri(csv) {
    return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
