/**
 * THE results format of bulk enabling: one row per input row. The CLI writes it (`--out`) and reads it back
 * (`--resume`); the in-org cohort page reuses exactly these columns, in this order.
 */
import {
    LIFECYCLE_RESULT_COLUMNS,
    RESULT_COLUMNS
} from '../../force-app/main/default/lwc/studentUserShared/studentUserShared.js';

/**
 * Outcome of one row: the enabling service's statuses (docs/api.md), then the lifecycle action's
 * (ManageStudentUsersAction), then `NOT_SENT`, the CLI's own. Which ones a subcommand may return: `operations.ts`.
 */
export const ROW_STATUSES = [
    'CREATED',
    'REACTIVATED',
    'ALREADY_ENABLED',
    'VALID',
    'FAILED',
    'DEACTIVATED',
    'FROZEN',
    'UNFROZEN',
    'LOGIN_LINK_SENT',
    'DISABLED',
    'SKIPPED',
    'NOT_SENT'
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** Statuses that mean "this student has a working portal user": `--resume` skips these rows. */
export const DONE_STATUSES: ReadonlySet<RowStatus> = new Set<RowStatus>(['CREATED', 'REACTIVATED', 'ALREADY_ENABLED']);

/**
 * The columns of the results CSVs, in order: one list, the cohort page's (the LWC module is plain JavaScript that the
 * CLI can load; the page cannot load TypeScript), so a file the page downloads is one the CLI's --resume reads.
 */
export { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS };

/** The enable columns before login readiness (issue 15): `--resume` still reads files written with them. */
export const RESULT_COLUMNS_BEFORE_READINESS = RESULT_COLUMNS.slice(0, RESULT_COLUMNS.indexOf('siteNames'));

export type ResultColumn = (typeof RESULT_COLUMNS)[number] | (typeof LIFECYCLE_RESULT_COLUMNS)[number];

/** One row of a results CSV. Absent values are empty strings in the file. */
export interface ResultRow {
    row: number;
    contactId: string;
    email: string;
    status: RowStatus;
    userId: string;
    username: string;
    ownerRoleAssigned: boolean;
    ownerName: string;
    ownerRoleName: string;
    errorCode: string;
    errorField: string;
    message: string;
    /** Lifecycle runs: the `action` sent (upper case). */
    action?: string;
    /** Lifecycle runs: the fix of a FAILED or SKIPPED row. */
    errorFix?: string;
    /** Enable runs: the sites the student can log in to, joined with `;`. */
    siteNames?: string;
    /** Enable runs: the login page of the first live site. */
    loginUrl?: string;
    /** Enable runs: SALESFORCE_NEW_USER, SITE_WELCOME or NONE. */
    emailDecision?: string;
    /** Enable runs: the service's `accountRole` (EXISTING or PLATFORM_CREATES); not a column: the message says it. */
    accountRole?: string;
}

/** A row with every optional column blank. */
export function blankResult(row: number, contactId: string, email: string, status: RowStatus): ResultRow {
    return {
        row,
        contactId,
        email,
        status,
        userId: '',
        username: '',
        ownerRoleAssigned: false,
        ownerName: '',
        ownerRoleName: '',
        errorCode: '',
        errorField: '',
        message: ''
    };
}

/** A failed (or not sent) row with its error. */
export function errorResult(
    row: number,
    contactId: string,
    email: string,
    error: { code: string; field?: string; message: string },
    status: RowStatus = 'FAILED'
): ResultRow {
    return {
        ...blankResult(row, contactId, email, status),
        errorCode: error.code,
        errorField: error.field ?? '',
        message: error.message
    };
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
 * possibly after quotes this function added) gets a leading `'`, as OWASP's "CSV Injection" page advises. The `row`
 * number (positive) and `ownerRoleAssigned` (`true` or `false`) go through it unchanged.
 * `restoreFormulaCell` undoes it exactly, so `--resume` reads back what the service returned.
 */
export function neutralizeFormulaCell(value: string): string {
    return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutralizeFormulaCell`. */
export function restoreFormulaCell(cell: string): string {
    return NEUTRALIZED_START.test(cell) ? cell.slice(1) : cell;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALIZED_START = /^'+[=+\-@\t\r]/;

/** The row as CSV cells, in column order (every cell neutralised against formula injection). */
export function toCsvCells(result: ResultRow, columns: readonly ResultColumn[] = RESULT_COLUMNS): string[] {
    return columns.map((column) => neutralizeFormulaCell(String(result[column] ?? '')));
}

export function isRowStatus(value: string): value is RowStatus {
    return (ROW_STATUSES as readonly string[]).includes(value);
}
