/** The CLI's results file and the cohort page's download are one format: same cells for the same rows. */
import { parse } from 'csv-parse/sync';
import * as cohortCsv from '../../../force-app/main/default/lwc/studentCohort/csv';
import * as lifecycleModel from '../../../force-app/main/default/lwc/studentCohortLifecycle/lifecycleModel';
import { csvText } from '../../../force-app/main/default/lwc/studentUserShared/studentUserShared';
import { resultsCsv } from '../results-file';
import type { ResultRow } from '../results-format';
import { LIFECYCLE_RESULT_COLUMNS, neutralizeFormulaCell, restoreFormulaCell } from '../results-format';
import { readResultsCsv } from '../resume';

const base: ResultRow = {
    row: 2,
    contactId: '003Fa0000000001IAA',
    email: 'ada@uni.example',
    status: 'FAILED',
    userId: '',
    username: '',
    ownerRoleAssigned: false,
    ownerName: '',
    ownerRoleName: '',
    errorCode: 'NO_ACCOUNT',
    errorField: 'contactId',
    message: 'plain'
};

/** Every trigger character, each at the start of a text cell, plus values that must stay as they are. */
const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'=already", "''+x"];
const HARMLESS = [
    '',
    'plain',
    'a=b',
    "o'brien@uni.example",
    "'quoted",
    ' padded ',
    'two\nlines',
    'cr\rinside',
    'say "hi", ok'
];

function rows(): ResultRow[] {
    const values = [...HOSTILE, ...HARMLESS];
    return values.map((value, index) => ({
        ...base,
        row: index + 2,
        email: value,
        ownerName: value,
        ownerRoleName: value,
        message: value,
        ownerRoleAssigned: index % 2 === 0
    }));
}

describe('results CSV writers (CLI and cohort page)', () => {
    it('write byte-identical files for the same rows, formula starts included', () => {
        const cli = resultsCsv(rows());
        expect(cohortCsv.resultsCsv(rows())).toBe(cli);
    });

    it('neutralise a text cell starting with =, +, -, @, tab or CR with a leading quote, in both writers', () => {
        for (const value of ['=1+1', '+1', '-1', '@A1', '\t1', '\r1']) {
            expect(neutralizeFormulaCell(value)).toBe(`'${value}`);
            expect(cohortCsv.neutralizeFormulaCell(value)).toBe(`'${value}`);
        }
        for (const value of ['1', 'a-b', "'x", ' =x', '']) {
            expect(neutralizeFormulaCell(value)).toBe(value);
            expect(cohortCsv.neutralizeFormulaCell(value)).toBe(value);
        }
        // A value that already looks neutralised gets one more quote, so that reading back is exact.
        expect(neutralizeFormulaCell("'=x")).toBe("''=x");
        expect(cohortCsv.neutralizeFormulaCell("'=x")).toBe("''=x");
    });

    it('leave no cell of the file starting with a formula character', () => {
        for (const text of [resultsCsv(rows()), cohortCsv.resultsCsv(rows())]) {
            const records: string[][] = parse(text);
            const cells = records.flat();
            expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
        }
        const lines = cohortCsv.resultsCsv(rows()).split('\n');
        expect(lines[1]).toBe(
            `2,003Fa0000000001IAA,"'=HYPERLINK(""http://x"",""y"")",FAILED,,,true,"'=HYPERLINK(""http://x"",""y"")","'=HYPERLINK(""http://x"",""y"")",NO_ACCOUNT,contactId,"'=HYPERLINK(""http://x"",""y"")",,,`
        );
        expect(lines[3]).toBe(`4,003Fa0000000001IAA,'-2+3,FAILED,,,true,'-2+3,'-2+3,NO_ACCOUNT,contactId,'-2+3,,,`);
    });

    it('keep the row number and the boolean as they are (no quote before a number)', () => {
        const line = cohortCsv.resultsCsv([{ ...base, row: 7, ownerRoleAssigned: true }]).split('\n')[1];
        expect(line.startsWith('7,')).toBe(true);
        expect(resultsCsv([{ ...base, row: 7, ownerRoleAssigned: true }]).split('\n')[1]).toBe(line);
        expect(line).toContain(',true,');
    });

    it('read back exactly by --resume: the quote added on writing is removed', () => {
        const read = readResultsCsv(resultsCsv(rows()));
        expect(read.ok && read.results).toEqual(rows());
        for (const value of [...HOSTILE, ...HARMLESS]) {
            expect(restoreFormulaCell(neutralizeFormulaCell(value))).toBe(value);
        }
    });
});

describe('lifecycle results CSV (CLI and the cohort page lifecycle mode)', () => {
    function lifecycleRows(): ResultRow[] {
        return [...HOSTILE, ...HARMLESS].map((value, index) => ({
            ...base,
            row: index + 2,
            status: index % 2 ? 'SKIPPED' : 'FAILED',
            email: value,
            message: value,
            action: 'DEACTIVATE',
            errorFix: value
        }));
    }

    it('writes byte-identical files for the same rows, read back exactly by --resume', () => {
        const page = csvText(
            lifecycleModel.LIFECYCLE_RESULT_COLUMNS,
            lifecycleRows() as unknown as ({ row: number } & Record<string, unknown>)[]
        );
        expect(page).toBe(resultsCsv(lifecycleRows(), LIFECYCLE_RESULT_COLUMNS));
        const read = readResultsCsv(page, LIFECYCLE_RESULT_COLUMNS);
        expect(read.ok && read.results.map((row) => [row.email, row.message, row.errorFix])).toEqual(
            lifecycleRows().map((row) => [row.email, row.message, row.errorFix])
        );
    });
});
