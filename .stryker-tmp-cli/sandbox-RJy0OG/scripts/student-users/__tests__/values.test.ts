// @ts-nocheck
import {
    parseBoolean,
    parseEmail,
    parseLicense,
    parseProfileName,
    parseTimeZone,
    parseUsername
} from '../input-values';
import { checkContactId, idChecksum, makeContactId } from '../salesforce-id';

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
