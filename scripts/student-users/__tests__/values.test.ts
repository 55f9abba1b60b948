import {
    parseBoolean,
    parseEmail,
    parseLicense,
    parseProfileName,
    parseTimeZone,
    parseUsername
} from '../input-values';
import { checkContactId, checkStudentId, idChecksum, makeAccountId, makeContactId } from '../salesforce-id';
import { formatProblems } from '../student-rows';

describe('Salesforce Ids', () => {
    it('computes the case-safe suffix of known Ids', () => {
        expect(idChecksum('001A0000006Vm9r')).toBe('IAC');
        expect(idChecksum('0015000000Gv7qJ')).toBe('AAR');
    });

    it('accepts 15- and 18-character Contact Ids and returns the 18-character form', () => {
        const id18 = makeContactId(42);
        expect(checkContactId(id18)).toEqual({ ok: true, id18 });
        expect(checkContactId(id18.slice(0, 15))).toEqual({ ok: true, id18 });
        expect(checkContactId(`  ${id18}  `)).toEqual({ ok: true, id18 });
    });

    it('counts Z as an upper-case letter in the suffix (each block of five: one bit per capital)', () => {
        expect(idChecksum('ZZZZZ0000000000')).toBe('5AA');
        expect(idChecksum('00000Z000000000')).toBe('ABA');
    });

    it('builds test Ids with capitals, as Salesforce does', () => {
        expect(makeContactId(35).slice(0, 15)).toBe('003Fa000000000Z');
        expect(makeAccountId(35).slice(0, 15)).toBe('001Fa000000000Z');
    });

    it("tells a student's Contact Id from a person account's Account Id, and names the trimmed input when neither", () => {
        const contact = makeContactId(3);
        const account = makeAccountId(3);
        expect(checkStudentId(contact)).toEqual({ ok: true, id18: contact, object: 'Contact' });
        expect(checkStudentId(` ${account} `)).toEqual({ ok: true, id18: account, object: 'Account' });
        expect(checkStudentId(' 005000000000001 ')).toEqual({
            ok: false,
            reason: '"005000000000001" is neither a Contact Id (003…) nor a person account\'s Account Id (001…)'
        });
        expect(checkContactId(` ${account} `)).toEqual({
            ok: false,
            reason: `"${account}" is not a Contact Id (Contact Ids start with 003)`
        });
    });

    it('accepts an 18-character Id whose suffix is in lower case', () => {
        const id18 = makeContactId(7);
        expect(checkContactId(id18.slice(0, 15) + id18.slice(15).toLowerCase())).toEqual({ ok: true, id18 });
    });

    it.each([
        ['003Fa00000000', 'not a Salesforce Id (15 or 18 characters, found 13)'],
        ['003Fa00000-0001', 'letters and digits only'],
        ['003Fa0000000001AAA', 'its last 3 characters should be IAA'],
        ['001A0000006Vm9rIAC', 'not a Contact Id (Contact Ids start with 003)']
    ])('rejects %s', (raw, reason) => {
        const check = checkContactId(raw);
        expect(check.ok).toBe(false);
        expect(check.ok ? '' : check.reason).toContain(reason);
    });
});

describe('input values', () => {
    it('trims what is typed around a licence, a yes/no value, a username and a time zone', () => {
        expect(parseLicense('  Plus  ')).toEqual({ ok: true, value: 'PID_Customer_Community_Plus' });
        expect(parseBoolean(' no ')).toEqual({ ok: true, value: false });
        expect(parseUsername(' ada@uni.edu.students ')).toEqual({ ok: true, value: 'ada@uni.edu.students' });
        expect(parseTimeZone(' Europe/Paris ')).toEqual({ ok: true, value: 'Europe/Paris' });
    });

    it('takes an email or username of exactly 80 characters, and refuses 81 (Contact.Email, User.Username)', () => {
        const email = (length: number): string => `${'a'.repeat(length - '@uni.edu'.length)}@uni.edu`;
        expect(parseEmail(email(80))).toEqual({ ok: true, value: email(80) });
        expect(parseEmail(email(81))).toEqual({ ok: false, reason: `"${email(81)}" is not an email address` });
        expect(parseUsername(email(80))).toEqual({ ok: true, value: email(80) });
        expect(parseUsername(email(81))).toEqual({
            ok: false,
            reason: `username "${email(81)}" is longer than 80 characters`
        });
    });

    it('takes a profile name of 1 to 255 characters', () => {
        expect(parseProfileName('P'.repeat(255))).toEqual({ ok: true, value: 'P'.repeat(255) });
        expect(parseProfileName('P'.repeat(256)).ok).toBe(false);
        expect(parseProfileName('   ')).toEqual({ ok: false, reason: '"   " is not a profile name' });
    });

    it.each([
        ['Customer Community Plus', 'PID_Customer_Community_Plus'],
        ['customer  community PLUS login', 'PID_Customer_Community_Plus_Login'],
        ['Plus', 'PID_Customer_Community_Plus'],
        ['plus login', 'PID_Customer_Community_Plus_Login'],
        ['pid_customer_community_plus', 'PID_Customer_Community_Plus'],
        ['PID_Customer_Community_Plus_Login', 'PID_Customer_Community_Plus_Login']
    ])('reads the licence %s', (raw, key) => {
        expect(parseLicense(raw)).toEqual({ ok: true, value: key });
    });

    it('names the accepted licences when one is unknown', () => {
        const parsed = parseLicense('Partner Community');
        expect(parsed.ok).toBe(false);
        expect(parsed.ok ? '' : parsed.reason).toContain("'Plus Login'");
    });

    it.each([
        ['true', true],
        ['YES', true],
        ['1', true],
        ['y', true],
        ['false', false],
        ['No', false],
        ['0', false]
    ])('reads the yes/no value %s', (raw, value) => {
        expect(parseBoolean(raw)).toEqual({ ok: true, value });
    });

    it('rejects a yes/no value it does not know', () => {
        expect(parseBoolean('maybe')).toEqual({
            ok: false,
            reason: '"maybe" is not a yes/no value (use true/false, yes/no or 1/0)'
        });
    });

    it('lower-cases emails and rejects what is not one', () => {
        expect(parseEmail(' Ada@Uni.EDU ')).toEqual({ ok: true, value: 'ada@uni.edu' });
        expect(parseEmail('ada@uni').ok).toBe(false);
        expect(parseEmail("o'brien@uni.edu").ok).toBe(false);
    });

    it('checks usernames like the service (email form, at most 80 characters)', () => {
        expect(parseUsername('ada@uni.edu.students')).toEqual({ ok: true, value: 'ada@uni.edu.students' });
        expect(parseUsername('ada')).toEqual({
            ok: false,
            reason: 'username "ada" is not in email form (name@domain.tld)'
        });
        expect(parseUsername(`${'a'.repeat(75)}@uni.edu`).ok).toBe(false);
    });

    it('checks the shape of time zone keys and profile names', () => {
        expect(parseTimeZone('America/Argentina/Buenos_Aires')).toEqual({
            ok: true,
            value: 'America/Argentina/Buenos_Aires'
        });
        expect(parseTimeZone('GMT')).toEqual({ ok: true, value: 'GMT' });
        expect(parseTimeZone('Eastern Time').ok).toBe(false);
        expect(parseProfileName(' Student Portal User ')).toEqual({ ok: true, value: 'Student Portal User' });
        expect(parseProfileName('   ').ok).toBe(false);
    });
});

describe('input problems', () => {
    it('lists them by line as file:line: message, a problem of the whole file without a line', () => {
        expect(
            formatProblems('students.csv', [
                { line: 4, message: 'four' },
                { line: 0, message: 'the file' },
                { line: 2, message: 'two' }
            ])
        ).toBe('students.csv: the file\nstudents.csv:2: two\nstudents.csv:4: four');
    });
});
