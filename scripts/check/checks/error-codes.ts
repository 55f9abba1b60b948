import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * One error contract, four places in step: the codes (`StudentUserErrorCodes`: a constant and the `ALL` set), the one
 * code table (`StudentUserMessages`: rows `'KIND | FIELD | MESSAGE_LABEL | FIX_LABEL'`, the code being the kind before
 * `/`), the Custom Labels (`force-app/.../labels/*.labels-meta.xml`: the table names them, Apex reads them by name with
 * `System.Label.get`, so no compiler checks them) and the "Error codes" and "Lifecycle error codes" tables of
 * `docs/api.md` (code and field columns; `CODE/LIFECYCLE` rows are checked against the lifecycle table). Adding an
 * error code touches exactly those; this check fails when one of them is left behind.
 */

const RULE = 'error-codes';
const CODES_CLASS = 'StudentUserErrorCodes.cls';
const MESSAGES_CLASS = 'StudentUserMessages.cls';
const API_DOC = 'docs/api.md';
const DOC_HEADING = '## Error codes';
const LIFECYCLE_HEADING = '### Lifecycle error codes';
const LIFECYCLE_SUFFIX = '/LIFECYCLE';

interface Located {
    file: string;
    line: number;
}

interface Row extends Located {
    kind: string;
    code: string;
    field: string | null;
    labels: string[];
}

function lineAt(text: string, index: number): number {
    return text.slice(0, index).split('\n').length;
}

function stripComments(text: string): string {
    // keep offsets (and so line numbers): blank comment characters instead of removing them
    return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function findClass(root: string, name: string): string | undefined {
    return listFiles(join(root, 'force-app'), (file) => file === name)[0];
}

/** `public static final String NAME = 'VALUE';` constants of a class, by name. */
function stringConstants(text: string): Map<string, { value: string; line: number }> {
    const constants = new Map<string, { value: string; line: number }>();
    for (const match of text.matchAll(/static\s+final\s+String\s+(\w+)\s*=\s*'([^']*)'\s*;/g)) {
        constants.set(match[1], { value: match[2], line: lineAt(text, match.index ?? 0) });
    }
    return constants;
}

/** The names listed in `Set<String> ALL = new Set<String>{ ... }`. */
function allSet(text: string): { names: string[]; line: number } | undefined {
    const match = /Set<String>\s+ALL\s*=\s*new\s+Set<String>\s*\{([^}]*)\}/.exec(text);
    if (!match) return undefined;
    const names = match[1]
        .split(',')
        .map((name) => name.trim().replace(/^StudentUserErrorCodes\./, ''))
        .filter((name) => name.length > 0);
    return { names, line: lineAt(text, match.index) };
}

/** The rows `'KIND | FIELD | MESSAGE_LABEL | FIX_LABEL'` of the `ROWS` list of the code table. */
function tableRows(file: string, text: string, findings: Finding[]): Row[] {
    const list = /List<String>\s+ROWS\s*=\s*new\s+List<String>\s*\{([^}]*)\}/.exec(text);
    if (!list) {
        findings.push({ file, line: 1, message: 'no `List<String> ROWS = new List<String>{...}` table', rule: RULE });
        return [];
    }
    const offset = list.index + list[0].indexOf('{');
    const rows: Row[] = [];
    for (const match of list[1].matchAll(/'([^']*)'/g)) {
        const line = lineAt(text, offset + (match.index ?? 0));
        const cells = match[1].split('|').map((cell) => cell.trim());
        const [kind = '', field = '', ...labels] = cells;
        const code = kind.split('/')[0];
        if (
            cells.length !== 4 ||
            !/^[A-Z_]+(\/[A-Z_]+)?$/.test(kind) ||
            !/^(-|[a-zA-Z]+)$/.test(field) ||
            labels.some((label) => !/^\w+$/.test(label))
        ) {
            findings.push({
                file,
                line,
                message: `table row '${match[1]}' is not 'KIND or CODE/VARIANT | field or - | MESSAGE_LABEL | FIX_LABEL'`,
                rule: RULE
            });
            continue;
        }
        rows.push({ file, line, kind, code, field: field === '-' ? null : field, labels });
    }
    return rows;
}

/** Custom Label names defined under force-app. */
function labelNames(root: string): Set<string> {
    const names = new Set<string>();
    for (const path of listFiles(join(root, 'force-app'), (file) => file.endsWith('.labels-meta.xml'))) {
        for (const match of readFileSync(path, 'utf8').matchAll(/<fullName>\s*([\w]+)\s*<\/fullName>/g)) {
            names.add(match[1]);
        }
    }
    return names;
}

/** Rows of a table of the doc under a heading (up to the next heading): code → field cell and line. */
function docRows(text: string, heading: string): Map<string, { field: string; line: number }> | undefined {
    const lines = text.split('\n');
    const start = lines.findIndex((line) => line.trim() === heading);
    if (start < 0) return undefined;
    const rows = new Map<string, { field: string; line: number }>();
    let fieldColumn = -1;
    for (let i = start + 1; i < lines.length && !lines[i].startsWith('#'); i++) {
        if (!lines[i].trim().startsWith('|')) continue;
        const cells = lines[i].split('|').map((cell) => cell.trim());
        if (fieldColumn < 0) {
            fieldColumn = cells.indexOf('field');
            continue;
        }
        const code = /^`([A-Z_]+)`$/.exec(cells[1] ?? '');
        if (code) rows.set(code[1], { field: cells[fieldColumn] ?? '', line: i + 1 });
    }
    return rows;
}

export function checkErrorCodes(root: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    const codesPath = findClass(root, CODES_CLASS);
    const messagesPath = findClass(root, MESSAGES_CLASS);
    let docText: string | undefined;
    try {
        docText = readFileSync(join(root, API_DOC), 'utf8');
    } catch {
        docText = undefined;
    }
    if (!codesPath || !messagesPath || docText === undefined) {
        const missing = [!codesPath && CODES_CLASS, !messagesPath && MESSAGES_CLASS, docText === undefined && API_DOC];
        findings.push({
            file: API_DOC,
            message: `cannot check the error contract: ${missing.filter(Boolean).join(', ')} not found`,
            rule: RULE
        });
        return Promise.resolve(findings);
    }
    const codesFile = relativePath(root, codesPath);
    const messagesFile = relativePath(root, messagesPath);
    const codesText = stripComments(readFileSync(codesPath, 'utf8'));
    const messagesText = stripComments(readFileSync(messagesPath, 'utf8'));

    const constants = stringConstants(codesText);
    const all = allSet(codesText);
    if (!all) {
        findings.push({
            file: codesFile,
            line: 1,
            message: 'no `Set<String> ALL = new Set<String>{...}` of every code',
            rule: RULE
        });
        return Promise.resolve(findings);
    }
    const codes = new Map<string, number>();
    for (const name of all.names) {
        const constant = constants.get(name);
        if (!constant) {
            findings.push({
                file: codesFile,
                line: all.line,
                message: `ALL names '${name}', which is no String constant of the class`,
                rule: RULE
            });
        } else {
            codes.set(constant.value, constant.line);
        }
    }
    for (const [name, constant] of constants) {
        if (/^[A-Z_]+$/.test(constant.value) && constant.value === name && !codes.has(constant.value)) {
            findings.push({
                file: codesFile,
                line: constant.line,
                message: `code ${name} is missing from ALL`,
                rule: RULE
            });
        }
    }

    const rows = tableRows(messagesFile, messagesText, findings);
    const labels = labelNames(root);
    const docs = docRows(docText, DOC_HEADING);
    const lifecycleDocs = docRows(docText, LIFECYCLE_HEADING);
    for (const [heading, table] of [
        [DOC_HEADING, docs],
        [LIFECYCLE_HEADING, lifecycleDocs]
    ] as const) {
        if (!table) findings.push({ file: API_DOC, line: 1, message: `no '${heading}' table`, rule: RULE });
    }

    for (const row of rows) {
        if (!codes.has(row.code)) {
            findings.push({
                file: row.file,
                line: row.line,
                message: `row ${row.kind} has code ${row.code}, which is not in StudentUserErrorCodes.ALL`,
                rule: RULE
            });
        }
        for (const label of row.labels) {
            if (!labels.has(label)) {
                findings.push({
                    file: row.file,
                    line: row.line,
                    message: `row ${row.kind} names the Custom Label ${label}, which no labels file under force-app defines`,
                    rule: RULE
                });
            }
        }
        const lifecycle = row.kind === row.code + LIFECYCLE_SUFFIX;
        const doc = lifecycle ? lifecycleDocs?.get(row.code) : row.kind === row.code ? docs?.get(row.code) : undefined;
        if (doc) {
            const documented =
                row.field === null ? doc.field === '–' || doc.field === '-' : doc.field.includes(`\`${row.field}\``);
            if (!documented) {
                findings.push({
                    file: API_DOC,
                    line: doc.line,
                    message: `${row.kind}: the field column of '${lifecycle ? LIFECYCLE_HEADING : DOC_HEADING}' says '${doc.field}' but ${MESSAGES_CLASS} gives ${row.field === null ? 'no field (write –)' : `\`${row.field}\``}`,
                    rule: RULE
                });
            }
        }
    }
    for (const [code, line] of codes) {
        if (!rows.some((row) => row.code === code)) {
            findings.push({
                file: codesFile,
                line,
                message: `code ${code} has no row in the ${MESSAGES_CLASS} table (message and fix label names)`,
                rule: RULE
            });
        }
        if (docs && lifecycleDocs && !docs.has(code) && !lifecycleDocs.has(code)) {
            findings.push({
                file: codesFile,
                line,
                message: `code ${code} is in neither the '${DOC_HEADING}' nor the '${LIFECYCLE_HEADING}' table of ${API_DOC}`,
                rule: RULE
            });
        }
    }
    for (const [heading, table] of [
        [DOC_HEADING, docs],
        [LIFECYCLE_HEADING, lifecycleDocs]
    ] as const) {
        for (const [code, doc] of table ?? new Map<string, { field: string; line: number }>()) {
            if (!codes.has(code)) {
                findings.push({
                    file: API_DOC,
                    line: doc.line,
                    message: `the '${heading}' table documents ${code}, which StudentUserErrorCodes.ALL does not have`,
                    rule: RULE
                });
            }
        }
    }
    return Promise.resolve(
        findings.sort(
            (a, b) =>
                a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message)
        )
    );
}

export const errorCodesCheck: Check = {
    name: 'error-codes',
    description: `the error codes (${CODES_CLASS}), the code table (${MESSAGES_CLASS}), the Custom Labels it names and the '${DOC_HEADING}' and '${LIFECYCLE_HEADING}' tables of ${API_DOC} are in step`,
    run: checkErrorCodes
};
