/** `--resume <results.csv>`: reads an earlier results file and sets aside the rows that already succeeded. */
import { parse } from 'csv-parse/sync';
import type { ResultRow } from './results-format';
import { DONE_STATUSES, RESULT_COLUMNS, isRowStatus, restoreFormulaCell } from './results-format';
import type { InputProblem, StudentRow } from './student-rows';

export type ResultsReadResult = { ok: true; results: ResultRow[] } | { ok: false; problems: InputProblem[] };

/** Parses a results CSV written by this tool (or the cohort page): same columns, known statuses. */
export function readResultsCsv(text: string): ResultsReadResult {
    let records: string[][];
    try {
        records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true });
    } catch (error) {
        return { ok: false, problems: [{ line: 0, message: `not a readable CSV: ${(error as Error).message}` }] };
    }
    const [header, ...data] = records;
    if (!header || header.join(',') !== RESULT_COLUMNS.join(',')) {
        return {
            ok: false,
            problems: [{ line: 1, message: `not a results file: the header must be ${RESULT_COLUMNS.join(',')}` }]
        };
    }
    const problems: InputProblem[] = [];
    const results: ResultRow[] = [];
    data.forEach((cells, index) => {
        const line = index + 2;
        const value = (column: (typeof RESULT_COLUMNS)[number]): string =>
            restoreFormulaCell(cells[RESULT_COLUMNS.indexOf(column)] ?? '');
        const status = value('status');
        if (cells.length !== RESULT_COLUMNS.length || !isRowStatus(status)) {
            problems.push({ line, message: `not a results row (status "${status}", ${cells.length} fields)` });
            return;
        }
        results.push({
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

export interface ResumePlan {
    /** Rows still to send. */
    toRun: StudentRow[];
    /** Earlier successes, carried into the new results file (with the current row number). */
    carried: ResultRow[];
}

/**
 * Splits the students into those to send and those an earlier run already enabled (status CREATED,
 * REACTIVATED or ALREADY_ENABLED), matched by Contact Id, else by email (case-insensitive).
 */
export function planResume(rows: readonly StudentRow[], previous: readonly ResultRow[]): ResumePlan {
    const doneById = new Map<string, ResultRow>();
    const doneByEmail = new Map<string, ResultRow>();
    for (const result of previous) {
        if (!DONE_STATUSES.has(result.status)) {
            continue;
        }
        if (result.contactId) {
            doneById.set(result.contactId, result);
        }
        if (result.email) {
            doneByEmail.set(result.email.toLowerCase(), result);
        }
    }
    const plan: ResumePlan = { toRun: [], carried: [] };
    for (const row of rows) {
        const done = (row.contactId && doneById.get(row.contactId)) || (row.email && doneByEmail.get(row.email));
        if (done) {
            plan.carried.push({ ...done, row: row.row, email: row.emailAsWritten ?? done.email });
        } else {
            plan.toRun.push(row);
        }
    }
    return plan;
}
