/** `--resume <results.csv>`: reads an earlier results file and sets aside the rows that already succeeded. */
import { parse } from 'csv-parse/sync';
import type { ResultColumn, ResultRow, RowStatus } from './results-format';
import {
    DONE_STATUSES,
    RESULT_COLUMNS,
    RESULT_COLUMNS_BEFORE_READINESS,
    isRowStatus,
    restoreFormulaCell
} from './results-format';
import type { InputProblem, StudentRow } from './student-rows';

export type ResultsReadResult = { ok: true; results: ResultRow[] } | { ok: false; problems: InputProblem[] };

/**
 * Parses a results CSV written by this tool (or the cohort page): same columns, known statuses. `columns`: those of
 * the subcommand (RESULT_COLUMNS for enable, LIFECYCLE_RESULT_COLUMNS for the others).
 */
export function readResultsCsv(text: string, expected: readonly ResultColumn[] = RESULT_COLUMNS): ResultsReadResult {
    let records: string[][];
    try {
        records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
    } catch (error) {
        return { ok: false, problems: [{ line: 0, message: `not a readable CSV: ${(error as Error).message}` }] };
    }
    const [header, ...data] = records;
    // An enable results file written before login readiness (without its three columns) is read too.
    const accepted = expected === RESULT_COLUMNS ? [RESULT_COLUMNS, RESULT_COLUMNS_BEFORE_READINESS] : [expected];
    const columns = accepted.find((candidate) => header?.join(',') === candidate.join(','));
    if (!columns) {
        return {
            ok: false,
            problems: [{ line: 1, message: `not a results file: the header must be ${expected.join(',')}` }]
        };
    }
    const problems: InputProblem[] = [];
    const results: ResultRow[] = [];
    data.forEach((cells, index) => {
        const line = index + 2;
        // A column the file does not have (indexOf -1), or a cell a short row lacks, reads as blank.
        const value = (column: ResultColumn): string => restoreFormulaCell(cells[columns.indexOf(column)] ?? '');
        const status = value('status');
        if (cells.length !== columns.length || !isRowStatus(status)) {
            problems.push({ line, message: `not a results row (status "${status}", ${cells.length} fields)` });
            return;
        }
        const lifecycle = columns.includes('action');
        const readiness = columns.includes('siteNames');
        results.push({
            ...(lifecycle ? { action: value('action'), errorFix: value('errorFix') } : {}),
            ...(readiness ? readinessOf(value) : {}),
            row: Number(value('row')),
            contactId: value('contactId'),
            email: value('email'),
            status,
            userId: value('userId'),
            username: value('username'),
            ownerRoleAssigned: value('ownerRoleAssigned') === 'true',
            ownerName: value('ownerName'),
            ownerRoleName: value('ownerRoleName'),
            errorCode: value('errorCode'),
            errorField: value('errorField'),
            message: value('message')
        });
    });
    return problems.length > 0 ? { ok: false, problems } : { ok: true, results };
}

/** The login readiness cells of an enable row; blank ones are left out (as rows written without them). */
function readinessOf(value: (column: ResultColumn) => string): Partial<ResultRow> {
    const cells: Partial<ResultRow> = {};
    for (const column of ['siteNames', 'loginUrl', 'emailDecision'] as const) {
        if (value(column) !== '') {
            cells[column] = value(column);
        }
    }
    return cells;
}

export interface ResumePlan {
    /** Rows still to send. */
    toRun: StudentRow[];
    /** Earlier successes, and the held rows, carried into the new results file (with the current row number). */
    carried: ResultRow[];
    /** Earlier failures `--resume` does not resend (HELD_CODES); also in `carried`. */
    held: ResultRow[];
}

/**
 * Failures `--resume` never resends: a call whose outcome is unknown for an action not safe to send twice (check it
 * first), an uncaught Apex exception (UNKNOWN_EXCEPTION: the same input reruns the same error) and a student over an
 * Apex limit alone. Once checked or fixed, run those rows again without --resume.
 */
export const HELD_CODES: ReadonlySet<string> = new Set(['OUTCOME_UNKNOWN', 'UNKNOWN_EXCEPTION', 'APEX_LIMIT']);

/**
 * Splits the students into those to send and those an earlier run already did (enable: status CREATED,
 * REACTIVATED or ALREADY_ENABLED; a lifecycle subcommand: its own status or SKIPPED, for the same action), matched
 * by Contact Id, else by email (case-insensitive).
 */
export function planResume(
    rows: readonly StudentRow[],
    previous: readonly ResultRow[],
    done: { resumeSkips: ReadonlySet<RowStatus>; action?: string } = { resumeSkips: DONE_STATUSES }
): ResumePlan {
    const doneById = new Map<string, ResultRow>();
    const doneByEmail = new Map<string, ResultRow>();
    for (const result of previous) {
        const held = result.status === 'FAILED' && HELD_CODES.has(result.errorCode);
        // An enable run has no action, nor have its rows.
        if ((!held && !done.resumeSkips.has(result.status)) || result.action !== done.action) {
            continue;
        }
        // A blank Id or email goes in too: a row without one never looks it up.
        doneById.set(result.contactId, result);
        doneByEmail.set(result.email.toLowerCase(), result);
    }
    const plan: ResumePlan = { toRun: [], carried: [], held: [] };
    for (const row of rows) {
        const done = (row.contactId && doneById.get(row.contactId)) || (row.email && doneByEmail.get(row.email));
        if (done) {
            const carried = { ...done, row: row.row, email: row.emailAsWritten ?? done.email };
            plan.carried.push(carried);
            if (carried.status === 'FAILED') {
                plan.held.push(carried);
            }
        } else {
            plan.toRun.push(row);
        }
    }
    return plan;
}
