/**
 * Writing the results CSV: rows are appended as each chunk returns (so a killed run leaves every answered row for
 * `--resume`), and the finished file is rewritten in row order atomically (a temporary file renamed over the target).
 */
import { closeSync, fdatasyncSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ResultColumn, ResultRow } from './results-format';
import { RESULT_COLUMNS, toCsvCells } from './results-format';

/**
 * RFC 4180, plus quotes around values with leading or trailing spaces (so they survive a round trip) and around a lone
 * carriage return (csv-stringify quotes only its own record delimiter, `\n`).
 */
const CSV_OPTIONS = { quoted_match: /^\s|\s$|\r/, record_delimiter: 'unix' } as const;

/** One CSV cell, quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvCell(value: string): string {
    return stringify([[value]], CSV_OPTIONS).slice(0, -1);
}

/** The results CSV text: header, then one line per row in row order. */
export function resultsCsv(results: readonly ResultRow[], columns: readonly ResultColumn[] = RESULT_COLUMNS): string {
    const sorted = [...results].sort((a, b) => a.row - b.row);
    return stringify([[...columns], ...sorted.map((result) => toCsvCells(result, columns))], CSV_OPTIONS);
}

/** `students.csv` → `students.results.csv` in the same folder. */
export function defaultResultsPath(inputPath: string): string {
    const extension = extname(inputPath);
    const stem = extension.toLowerCase() === '.csv' ? basename(inputPath, extension) : basename(inputPath);
    return join(dirname(inputPath), `${stem}.results.csv`);
}

/** For --where runs: `<command>-students-<UTC timestamp>.results.csv` (e.g. `enable-students-...`) in the working folder. */
export function timestampedResultsPath(now: Date, folder: string, command = 'enable'): string {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return join(folder, `${command}-students-${stamp}.results.csv`);
}

export function writeResultsFile(
    path: string,
    results: readonly ResultRow[],
    columns: readonly ResultColumn[] = RESULT_COLUMNS
): void {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, resultsCsv(results, columns), 'utf8');
    renameSync(temporary, path);
}

/** A results file being written while the run goes on. */
export interface ResultsWriter {
    readonly path: string;
    /** Appends rows (any order) and flushes them to the disk. */
    append(rows: readonly ResultRow[]): void;
    /** Replaces the file with every row, in row order, and closes it. */
    finish(results: readonly ResultRow[]): void;
}

/**
 * Starts the results file: the header and the rows carried over from `--resume`, written atomically (the file may be
 * the --resume file itself), then opened for appending. Throws when the file cannot be written.
 */
export function openResultsFile(
    path: string,
    carried: readonly ResultRow[],
    columns: readonly ResultColumn[] = RESULT_COLUMNS
): ResultsWriter {
    writeResultsFile(path, carried, columns);
    let fd: number | undefined = openSync(path, 'a');
    return {
        path,
        append(rows) {
            if (fd === undefined || rows.length === 0) {
                return;
            }
            writeSync(
                fd,
                stringify(
                    rows.map((result) => toCsvCells(result, columns)),
                    CSV_OPTIONS
                )
            );
            fdatasyncSync(fd);
        },
        finish(results) {
            if (fd !== undefined) {
                closeSync(fd);
                fd = undefined;
            }
            writeResultsFile(path, results, columns);
        }
    };
}
