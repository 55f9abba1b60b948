/** Writing the results CSV (atomically: a temporary file renamed over the target). */
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ResultRow } from './results-format';
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
export function resultsCsv(results: readonly ResultRow[]): string {
    const sorted = [...results].sort((a, b) => a.row - b.row);
    return stringify([[...RESULT_COLUMNS], ...sorted.map((result) => toCsvCells(result))], CSV_OPTIONS);
}

/** `students.csv` → `students.results.csv` in the same folder. */
export function defaultResultsPath(inputPath: string): string {
    const extension = extname(inputPath);
    const stem = extension.toLowerCase() === '.csv' ? basename(inputPath, extension) : basename(inputPath);
    return join(dirname(inputPath), `${stem}.results.csv`);
}

/** For --where runs: `enable-students-<UTC timestamp>.results.csv` in the working folder. */
export function timestampedResultsPath(now: Date, folder: string): string {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return join(folder, `enable-students-${stamp}.results.csv`);
}

export function writeResultsFile(path: string, results: readonly ResultRow[]): void {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, resultsCsv(results), 'utf8');
    renameSync(temporary, path);
}
