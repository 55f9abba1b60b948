import { readFileSync } from 'node:fs';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * A Markdown table row with more cells than its header (GitHub drops the extra cells, so the row reads shifted by a
 * column), in every Markdown file outside `fixtures/`. No maintained remark-lint rule counts cells (the table
 * rules check pipes and padding), so this one is ours. Links, images and #anchors are checked by
 * remark-validate-links (`npm run lint:md`).
 */

const SKIPPED_PREFIXES = ['fixtures/'];

/** Lines of a Markdown text outside fenced code blocks, as [line number, text]. */
function proseLines(text: string): [number, string][] {
    const lines: [number, string][] = [];
    let fence: string | undefined;
    text.split(/\r?\n/).forEach((line, index) => {
        const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence) {
            if (
                opening &&
                opening[1][0] === fence[0] &&
                opening[1].length >= fence.length &&
                !/\S/.test(line.slice(opening[0].length))
            ) {
                fence = undefined;
            }
            return;
        }
        if (opening) {
            fence = opening[1];
            return;
        }
        lines.push([index + 1, line]);
    });
    return lines;
}

/** Cells of a table row: split on unescaped pipes (GFM splits inside code spans too), outer pipes dropped. */
function tableCells(row: string): string[] {
    const cells = row.trim().split(/(?<!\\)\|/);
    if (cells[0].trim() === '') cells.shift();
    if (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
    return cells;
}

/** Table rows with more cells than their header: GitHub drops the extra cells, so the row reads shifted. */
export function findShiftedRows(text: string): { line: number; cells: number; header: number }[] {
    const problems: { line: number; cells: number; header: number }[] = [];
    const lines = proseLines(text);
    for (let index = 0; index + 1 < lines.length; index++) {
        const [, header] = lines[index];
        const [, delimiter] = lines[index + 1];
        if (!header.includes('|') || !/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(delimiter)) continue;
        const columns = tableCells(header).length;
        let row = index + 2;
        for (; row < lines.length && lines[row][1].includes('|') && lines[row][0] === lines[row - 1][0] + 1; row++) {
            const cells = tableCells(lines[row][1]).length;
            if (cells > columns) problems.push({ line: lines[row][0], cells, header: columns });
        }
        index = row - 1;
    }
    return problems;
}

export function checkMarkdownTables(root: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    const files = listFiles(root, (name) => name.toLowerCase().endsWith('.md')).filter(
        (file) => !SKIPPED_PREFIXES.some((prefix) => relativePath(root, file).startsWith(prefix))
    );
    for (const file of files) {
        for (const row of findShiftedRows(readFileSync(file, 'utf8'))) {
            findings.push({
                file: relativePath(root, file),
                line: row.line,
                column: 1,
                message: `table row has ${row.cells} cells but the header has ${row.header}: GitHub drops the extra cells, so the row reads shifted`,
                rule: 'markdown-tables'
            });
        }
    }
    return Promise.resolve(findings);
}

export const markdownTablesCheck: Check = {
    name: 'markdown-tables',
    description: 'Markdown table rows with more cells than their header (GitHub drops the extra cells)',
    run: checkMarkdownTables
};
