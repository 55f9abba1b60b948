import { decodeInput, detectDelimiter, readStudentCsv } from '../student-csv';
import type { InputProblem, StudentRow } from '../student-rows';
import { formatProblems } from '../student-rows';
import { makeAccountId, makeContactId } from '../salesforce-id';

const ID1 = makeContactId(1);
const ID2 = makeContactId(2);
const ACCOUNT1 = makeAccountId(1);

function rowsOf(text: string): StudentRow[] {
    const read = readStudentCsv(text);
    if (!read.ok) {
        throw new Error(formatProblems('test.csv', read.problems));
    }
    return read.rows;
}

function problemsOf(text: string): InputProblem[] {
    const read = readStudentCsv(text);
    if (read.ok) {
        throw new Error('expected problems');
    }
    return read.problems;
}

describe('reading the input CSV', () => {
    it('reads Contact Id and Email rows with their overrides, numbering rows by line', () => {
        const rows = rowsOf(
            'ContactId,Email,License,Profile,TimeZone,Username,SendWelcomeEmail\n' +
                `${ID1.slice(0, 15)},,Plus Login,Student Portal User,Europe/Paris,ada@uni.edu.students,yes\n` +
                ',Bob@Uni.edu,,,,,\n'
        );
        // Strict: a blank cell leaves no key, so it cannot override a default with undefined.
        expect(rows).toStrictEqual([
            {
                row: 2,
                contactId: ID1,
                overrides: {
                    licenseKey: 'PID_Customer_Community_Plus_Login',
                    profileName: 'Student Portal User',
                    timeZoneSidKey: 'Europe/Paris',
                    username: 'ada@uni.edu.students',
                    sendWelcomeEmail: true
                }
            },
            { row: 3, email: 'bob@uni.edu', emailAsWritten: 'Bob@Uni.edu', overrides: {} }
        ]);
    });

    it('reads a person account Id (001) in the ContactId column as an Account Id, and reports it twice', () => {
        expect(rowsOf(`ContactId,Email\n${ACCOUNT1.slice(0, 15)},\n${ID1},\n`)).toEqual([
            { row: 2, accountId: ACCOUNT1, overrides: {} },
            { row: 3, contactId: ID1, overrides: {} }
        ]);
        expect(problemsOf(`ContactId\n${ACCOUNT1}\n${ACCOUNT1.slice(0, 15)}\n`)).toEqual([
            { line: 3, message: `duplicate account ${ACCOUNT1} (already on line 2)` }
        ]);
    });

    it('matches header names ignoring case, spaces, underscores and dashes; skips blank lines; strips a BOM', () => {
        const rows = rowsOf(`\uFEFFContact Id,send_welcome-email\r\n\r\n${ID1},0\r\n,,\r\n , \r\n`);
        expect(rows).toEqual([{ row: 3, contactId: ID1, overrides: { sendWelcomeEmail: false } }]);
    });

    it('reads semicolon-separated files (spreadsheets in some locales)', () => {
        expect(detectDelimiter('ContactId;Email\n')).toBe(';');
        expect(detectDelimiter('ContactId\n')).toBe(',');
        expect(detectDelimiter('ContactId\tEmail\n')).toBe('\t');
        expect(detectDelimiter('ContactId;Email\n,,,\n')).toBe(';');
        expect(detectDelimiter('Contact;Id,Email\n')).toBe(',');
        expect(rowsOf(`ContactId;License\n${ID1};Customer Community Plus\n`)[0].overrides.licenseKey).toBe(
            'PID_Customer_Community_Plus'
        );
    });

    it('numbers a record that spans lines in quotes by its first line', () => {
        const rows = rowsOf(`ContactId,Profile\n${ID1},"Student\nPortal"\n${ID2},\n`);
        expect(rows.map((row) => row.row)).toEqual([2, 4]);
    });

    it('reports a problem of a record spanning lines at its first line, with LF or CRLF line ends and blank lines', () => {
        for (const newline of ['\n', '\r\n']) {
            const text = ['ContactId,Profile', '', `${ID1},"Student`, 'Portal",extra', '', `${ID2},"A`, '', 'B"', 'x,'];
            expect(problemsOf(text.join(newline))).toEqual([
                { line: 3, message: 'expected 2 fields (ContactId, Profile), found 3' },
                { line: 9, message: 'ContactId: "x" is not a Salesforce Id (15 or 18 characters, found 1)' }
            ]);
        }
    });

    it('reports an empty file', () => {
        expect(problemsOf('  \n')).toEqual([
            { line: 0, message: 'the file is empty: expected a header line such as "ContactId" or "Email"' }
        ]);
    });

    it('reports a missing header when line 1 holds data', () => {
        expect(problemsOf(`${ID1}\n${ID2}\n`)).toEqual([
            {
                line: 1,
                message:
                    'missing header: line 1 holds data. Add a first line naming the columns, e.g. "ContactId" or "Email" ' +
                    '(allowed columns: ContactId, Email, License, Profile, TimeZone, Username, SendWelcomeEmail)'
            }
        ]);
        expect(problemsOf('ada@uni.edu,Plus\n')[0].message).toContain('missing header');
    });

    it('reports a header with neither ContactId nor Email, naming the required and the found columns', () => {
        expect(problemsOf('License,Profile\nPlus,Student\n')).toEqual([
            {
                line: 1,
                message:
                    'the header needs a ContactId or an Email column (at least one of them names each student); found "License", "Profile"'
            }
        ]);
    });

    it('says that ContactId or Email is required when the only column is unknown', () => {
        const messages = problemsOf('Mail\nada@uni.edu\n').map((problem) => problem.message);
        expect(messages).toEqual([
            expect.stringContaining('unknown column "Mail" (allowed columns: ContactId, Email,'),
            'the header needs a ContactId or an Email column (at least one of them names each student); found "Mail"'
        ]);
    });

    it('reports unknown, blank and repeated columns together', () => {
        const messages = problemsOf('ContactId,FirstName,,contactid\n').map((problem) => problem.message);
        expect(messages).toEqual([
            expect.stringContaining('unknown column "FirstName" (allowed columns: ContactId, Email, License'),
            expect.stringContaining('header column 3 is blank'),
            'column ContactId appears twice in the header'
        ]);
    });

    it('reports a header of blank cells as naming no column', () => {
        expect(problemsOf(' ,\nada@uni.edu,\n').map((problem) => problem.message)).toEqual([
            'header column 1 is blank (allowed columns: ContactId, Email, License, Profile, TimeZone, Username, SendWelcomeEmail)',
            expect.stringContaining('header column 2 is blank'),
            'the header needs a ContactId or an Email column (at least one of them names each student); found no column names'
        ]);
    });

    it('numbers a record spanning lines after several blank lines by its first line', () => {
        expect(rowsOf(`ContactId,Profile\n\n\n${ID1},"Student\nPortal"\n\n${ID2},\n`).map((row) => row.row)).toEqual([
            4, 7
        ]);
    });

    it('trims cells: a blank-looking cell overrides nothing, an email keeps its written case without the spaces', () => {
        expect(rowsOf(`Email,License\n Bob@Uni.edu ,  \n`)).toStrictEqual([
            { row: 2, email: 'bob@uni.edu', emailAsWritten: 'Bob@Uni.edu', overrides: {} }
        ]);
    });

    it('reports a bad row once, not also as a duplicate of an earlier row', () => {
        expect(problemsOf(`ContactId,License\n${ID1},Plus\n${ID1},Gold\n`)).toEqual([
            { line: 3, message: expect.stringContaining('License: unknown licence "Gold"') as unknown }
        ]);
    });

    it('reports a header with no student rows', () => {
        expect(problemsOf('ContactId,Email\n\n')).toEqual([
            { line: 0, message: 'the file has a header but no student rows' }
        ]);
    });

    it('reports every bad line at once, each with its line number', () => {
        const text = [
            'ContactId,Email,License,SendWelcomeEmail,Username,TimeZone',
            `${ID1},,Plus,yes,,`,
            '003Fa0000000001AAA,,,,,',
            `005A0000006Vm9rIAC,,,,,`,
            ',not-an-email,,,,',
            `${ID2},,Gold,perhaps,nope,Eastern`,
            ',,Plus,,,',
            `${ID1.slice(0, 15)},,,,,`,
            `${ID2.slice(0, 15)},extra,field,too,many,cells,here`
        ].join('\n');
        const problems = problemsOf(text);
        expect(formatProblems('students.csv', problems).split('\n')).toEqual([
            'students.csv:3: ContactId: "003Fa0000000001AAA" is not a valid Id: its last 3 characters should be IAA',
            'students.csv:4: ContactId: "005A0000006Vm9rIAC" is neither a Contact Id (003…) nor a person account\'s Account Id (001…)',
            'students.csv:5: Email: "not-an-email" is not an email address',
            expect.stringContaining('students.csv:6: License: unknown licence "Gold" (use'),
            'students.csv:6: TimeZone: "Eastern" is not a time zone key (for example America/New_York)',
            'students.csv:6: Username: username "nope" is not in email form (name@domain.tld)',
            'students.csv:6: SendWelcomeEmail: "perhaps" is not a yes/no value (use true/false, yes/no or 1/0)',
            'students.csv:7: no ContactId and no Email: every row must name its contact',
            `students.csv:8: duplicate contact ${ID1} (already on line 2)`,
            'students.csv:9: expected 6 fields (ContactId, Email, License, SendWelcomeEmail, Username, TimeZone), found 7'
        ]);
    });

    it('reports a row with too few fields, and one with too many, at their lines', () => {
        expect(problemsOf(`ContactId,Email,License\n${ID1}\n${ID2},b@uni.edu,Plus,extra\n`)).toEqual([
            { line: 2, message: 'expected 3 fields (ContactId, Email, License), found 1' },
            { line: 3, message: 'expected 3 fields (ContactId, Email, License), found 4' }
        ]);
    });

    it('reports a duplicate email, ignoring case', () => {
        expect(problemsOf('Email\nada@uni.edu\nADA@uni.edu\n')).toEqual([
            { line: 3, message: 'duplicate email ada@uni.edu (already on line 2)' }
        ]);
    });

    it('reports a CSV syntax error with its line', () => {
        expect(problemsOf(`ContactId,Profile\n${ID1},"Student\n`)).toEqual([
            {
                line: 2,
                message: 'not a readable CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2'
            }
        ]);
        expect(problemsOf(`ContactId\n${ID1}\na"b"\n`)).toEqual([
            {
                line: 3,
                message:
                    'not a readable CSV: Invalid Opening Quote: a quote is found on field 0 at line 3, value is "a"'
            }
        ]);
    });

    it('reports a row that names no contact when the file has only one of the two columns', () => {
        for (const column of ['ContactId', 'Email']) {
            expect(problemsOf(`${column},License\n  ,Plus\n`)).toEqual([
                { line: 2, message: 'no ContactId and no Email: every row must name its contact' }
            ]);
        }
    });
});

describe('decoding the input file', () => {
    const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');

    it('decodes UTF-8, with or without a BOM', () => {
        expect(decodeInput(Buffer.from('Email\nzoé@uni.edu\n', 'utf8'))).toEqual({
            ok: true,
            text: 'Email\nzoé@uni.edu\n'
        });
        const withBom = decodeInput(Buffer.from('\uFEFFEmail\nzoé@uni.edu\n', 'utf8'));
        expect(withBom.ok && rowsOf(withBom.text)[0].email).toBe('zoé@uni.edu');
    });

    it('refuses a Latin-1 file at its first line that is not UTF-8', () => {
        const decoded = decodeInput(latin1('Email\nada@uni.edu\nzoé@uni.edu\nrené@uni.edu\n'));
        expect(decoded).toEqual({
            ok: false,
            problems: [
                {
                    line: 3,
                    message:
                        'not UTF-8 text (byte 0xE9): save the file as "CSV UTF-8" in your spreadsheet, or name its encoding, ' +
                        'e.g. --encoding windows-1252 (Excel\'s plain "CSV" on Windows) or --encoding latin1'
                }
            ]
        });
    });

    it('refuses a bad byte on the last line without a line break, and a UTF-16 file at line 1', () => {
        expect(decodeInput(latin1('Email\nzoé@uni.edu')).ok || 'refused').toBe('refused');
        const lastLine = decodeInput(latin1('Email\nzoé@uni.edu'));
        expect(!lastLine.ok && lastLine.problems[0].line).toBe(2);
        const utf16 = decodeInput(Buffer.from('\uFEFFEmail\n', 'utf16le'));
        expect(!utf16.ok && utf16.problems[0].line).toBe(1);
    });

    it('refuses a Windows-1252 euro sign (byte 0x80) after UTF-8 lines', () => {
        const bytes = Buffer.concat([
            Buffer.from('Email,Profile\nzoé@uni.edu,\nada@uni.edu,'),
            Buffer.from([0x80]),
            Buffer.from('\n')
        ]);
        const decoded = decodeInput(bytes);
        expect(!decoded.ok && decoded.problems.map((problem) => problem.line)).toEqual([3]);
        expect(!decoded.ok && decoded.problems[0].message).toMatch(/^not UTF-8 text \(byte 0x80\): save the file/);
    });

    it('decodes a declared encoding leniently: only UTF-8 is refused', () => {
        expect(decodeInput(Buffer.from([0x00, 0xd8, 0x41, 0x00]), 'utf-16le')).toEqual({ ok: true, text: '\uFFFDA' });
    });

    it('decodes a declared encoding', () => {
        expect(decodeInput(latin1('Email\nzoé@uni.edu\n'), 'latin1')).toEqual({
            ok: true,
            text: 'Email\nzoé@uni.edu\n'
        });
        expect(decodeInput(latin1('Email\nrené@uni.edu\n'), 'windows-1252')).toEqual({
            ok: true,
            text: 'Email\nrené@uni.edu\n'
        });
    });
});
