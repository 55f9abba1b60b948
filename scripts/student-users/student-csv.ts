/** Reads the input CSV into students, reporting every bad line at once. Pure: text in, rows or problems out. */
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import type { Parsed } from './input-values';
import { parseBoolean, parseEmail, parseLicense, parseProfileName, parseTimeZone, parseUsername } from './input-values';
import { checkStudentId } from './salesforce-id';
import type { InputProblem, RowOverrides, StudentRow } from './student-rows';

/** The columns an input CSV may have (header names are matched ignoring case, spaces, `_` and `-`). */
export const INPUT_COLUMNS = [
    'ContactId',
    'Email',
    'License',
    'Profile',
    'TimeZone',
    'Username',
    'SendWelcomeEmail'
] as const;
export type InputColumn = (typeof INPUT_COLUMNS)[number];

// Stryker disable next-line MethodExpression: the keys and the header cells go through this one function, so folding to upper case matches alike
const normalizeHeader = (name: string): string => name.replace(/[\s_-]/g, '').toLowerCase();
const COLUMN_BY_KEY: ReadonlyMap<string, InputColumn> = new Map(
    INPUT_COLUMNS.map((column) => [normalizeHeader(column), column])
);

export type DecodeResult = { ok: true; text: string } | { ok: false; problems: InputProblem[] };

/**
 * The file's bytes as text. UTF-8 (the default; a BOM is fine) is decoded strictly: a file saved in another encoding
 * (Latin-1, Windows-1252, UTF-16) is refused at its first line that is not UTF-8, instead of mangling its emails into
 * addresses no contact has. Another encoding is decoded when named (`--encoding windows-1252`).
 */
export function decodeInput(bytes: Uint8Array, encoding = 'utf-8'): DecodeResult {
    const strict = new TextDecoder(encoding, { fatal: true });
    if (strict.encoding !== 'utf-8') {
        return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
    }
    try {
        return { ok: true, text: strict.decode(bytes) };
    } catch {
        // Latin-1 reads each byte as one character, so these are the file's lines byte for byte. A line break is never
        // part of a multibyte character, so some line is not UTF-8 on its own: the first one holds the first bad byte.
        const lines = Buffer.from(bytes).toString('latin1').split('\n');
        const index = lines.findIndex((line) => !isUtf8(Buffer.from(line, 'latin1')));
        const bad = lines[index].charCodeAt(lines[index].search(/[\x80-\xff]/));
        return {
            ok: false,
            problems: [
                {
                    line: index + 1,
                    message:
                        `not UTF-8 text (byte 0x${bad.toString(16).toUpperCase()}): save the file as ` +
                        '"CSV UTF-8" in your spreadsheet, or name its encoding, e.g. --encoding windows-1252 ' +
                        '(Excel\'s plain "CSV" on Windows) or --encoding latin1'
                }
            ]
        };
    }
}

export type CsvReadResult = { ok: true; rows: StudentRow[] } | { ok: false; problems: InputProblem[] };

interface CsvRecord {
    record: string[];
    /** The record's text, after any blank lines skipped before it. */
    raw: string;
    /** `lines`: the line the record ends on. */
    info: { lines: number };
}

/** The line a record starts on: its end line minus the line breaks inside it (a quoted value can span lines). */
function firstLineOf(record: CsvRecord): number {
    // `raw` starts with the blank lines skipped before the record and ends with its line break: trim() drops both.
    return record.info.lines - (record.raw.trim().match(/\n/g)?.length ?? 0);
}

/**
 * `,` unless the header line has more `;` or tabs (spreadsheets in some locales save with `;`). `text` has `\n` line
 * ends (readStudentCsv turns CRLF into LF first).
 */
export function detectDelimiter(text: string): string {
    const firstLine = text.split('\n', 1)[0];
    // The pieces the character splits the line into: one more than its count, for each character alike.
    const count = (character: string): number => firstLine.split(character).length;
    const candidates: [string, number][] = [
        [',', count(',')],
        [';', count(';')],
        ['\t', count('\t')]
    ];
    return candidates.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

function looksLikeData(cell: string): boolean {
    return checkStudentId(cell).ok || parseEmail(cell).ok;
}

/** Maps header cells to columns, or explains what is wrong with the header. */
function readHeader(cells: string[]): { ok: true; columns: InputColumn[] } | { ok: false; problems: InputProblem[] } {
    const trimmed = cells.map((cell) => cell.trim());
    if (trimmed.some(looksLikeData)) {
        return {
            ok: false,
            problems: [
                {
                    line: 1,
                    message:
                        'missing header: line 1 holds data. Add a first line naming the columns, e.g. "ContactId" or "Email"' +
                        ` (allowed columns: ${INPUT_COLUMNS.join(', ')})`
                }
            ]
        };
    }
    const problems: InputProblem[] = [];
    // In header order; used only when every cell named a column once.
    const seen = new Set<InputColumn>();
    trimmed.forEach((cell, index) => {
        const column = COLUMN_BY_KEY.get(normalizeHeader(cell));
        if (!column) {
            problems.push({
                line: 1,
                message:
                    cell === ''
                        ? `header column ${index + 1} is blank (allowed columns: ${INPUT_COLUMNS.join(', ')})`
                        : `unknown column "${cell}" (allowed columns: ${INPUT_COLUMNS.join(', ')})`
            });
        } else if (seen.has(column)) {
            problems.push({ line: 1, message: `column ${column} appears twice in the header` });
        } else {
            seen.add(column);
        }
    });
    if (!seen.has('ContactId') && !seen.has('Email')) {
        const found = trimmed.filter((cell) => cell !== '').map((cell) => `"${cell}"`);
        problems.push({
            line: 1,
            message:
                'the header needs a ContactId or an Email column (at least one of them names each student); found ' +
                (found.length > 0 ? found.join(', ') : 'no column names')
        });
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, columns: [...seen] };
}

/** Parses the cells of one data line; pushes a problem for each bad cell. */
function readRow(
    line: number,
    cells: Partial<Record<InputColumn, string>>,
    problems: InputProblem[]
): StudentRow | undefined {
    const before = problems.length;
    const take = <T>(column: InputColumn, parser: (raw: string) => Parsed<T>): T | undefined => {
        const raw = cells[column]?.trim() ?? '';
        if (raw === '') {
            return undefined;
        }
        const parsed = parser(raw);
        if (!parsed.ok) {
            problems.push({ line, message: `${column}: ${parsed.reason}` });
            return undefined;
        }
        return parsed.value;
    };
    const studentId = take('ContactId', (raw) => {
        const check = checkStudentId(raw);
        return check.ok ? { ok: true, value: check } : { ok: false, reason: check.reason };
    });
    const email = take('Email', parseEmail);
    const overrides: RowOverrides = {
        licenseKey: take('License', parseLicense),
        profileName: take('Profile', parseProfileName),
        timeZoneSidKey: take('TimeZone', parseTimeZone),
        username: take('Username', parseUsername),
        sendWelcomeEmail: take('SendWelcomeEmail', parseBoolean)
    };
    const hasContactCell = (cells.ContactId ?? '').trim() !== '' || (cells.Email ?? '').trim() !== '';
    if (!hasContactCell) {
        problems.push({ line, message: 'no ContactId and no Email: every row must name its contact' });
    }
    if (problems.length > before) {
        return undefined;
    }
    const row: StudentRow = { row: line, overrides: withoutUndefined(overrides) };
    if (studentId?.object === 'Account') {
        row.accountId = studentId.id18;
    } else if (studentId) {
        row.contactId = studentId.id18;
    }
    if (email) {
        row.email = email;
        // An email was read, so its cell is there.
        row.emailAsWritten = (cells.Email as string).trim();
    }
    return row;
}

function withoutUndefined(overrides: RowOverrides): RowOverrides {
    return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}

/** Second row naming the same student (same Contact or Account Id, or same email for rows without an Id). */
function findDuplicates(rows: StudentRow[], problems: InputProblem[]): void {
    const byId = new Map<string, number>();
    const byEmail = new Map<string, number>();
    for (const row of rows) {
        const id = row.contactId ?? row.accountId;
        if (id) {
            const first = byId.get(id);
            if (first !== undefined) {
                problems.push({
                    line: row.row,
                    message: `duplicate ${row.contactId ? 'contact' : 'account'} ${id} (already on line ${first})`
                });
            } else {
                byId.set(id, row.row);
            }
        } else {
            // A row without an Id has an email (readRow refuses a row naming no contact).
            const email = row.email as string;
            const first = byEmail.get(email);
            if (first !== undefined) {
                problems.push({ line: row.row, message: `duplicate email ${email} (already on line ${first})` });
            } else {
                byEmail.set(email, row.row);
            }
        }
    }
}

/** Reads a whole input CSV. Every problem is reported, each with its line. */
export function readStudentCsv(text: string): CsvReadResult {
    // Windows line ends become \n, so that line numbers are counted one way (a CR inside a quoted value goes too).
    // A byte order mark is white space to trim() and left out by csv-parse (`bom`).
    const content = text.replace(/\r\n/g, '\n');
    if (content.trim() === '') {
        return {
            ok: false,
            problems: [{ line: 0, message: 'the file is empty: expected a header line such as "ContactId" or "Email"' }]
        };
    }
    let records: CsvRecord[];
    try {
        records = parse(content, {
            bom: true,
            delimiter: detectDelimiter(content),
            info: true,
            raw: true,
            relax_column_count: true,
            skip_empty_lines: true
        }) as unknown as CsvRecord[];
    } catch (error) {
        const lines = (error as { lines?: number }).lines ?? 0;
        return { ok: false, problems: [{ line: lines, message: `not a readable CSV: ${(error as Error).message}` }] };
    }
    const [header, ...data] = records;
    const headerResult = readHeader(header.record);
    if (!headerResult.ok) {
        return headerResult;
    }
    const { columns } = headerResult;
    const problems: InputProblem[] = [];
    const rows: StudentRow[] = [];
    for (const parsed of data) {
        const { record } = parsed;
        const line = firstLineOf(parsed);
        if (record.every((cell) => cell.trim() === '')) {
            continue;
        }
        if (record.length !== columns.length) {
            problems.push({
                line,
                message: `expected ${columns.length} fields (${columns.join(', ')}), found ${record.length}`
            });
            continue;
        }
        const cells: Partial<Record<InputColumn, string>> = {};
        columns.forEach((column, index) => (cells[column] = record[index]));
        const row = readRow(line, cells, problems);
        if (row) {
            rows.push(row);
        }
    }
    findDuplicates(rows, problems);
    if (problems.length === 0 && rows.length === 0) {
        problems.push({ line: 0, message: 'the file has a header but no student rows' });
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
