/** Salesforce record Ids: shape, checksum and key prefix. */

const ID_CHARACTERS = /^[a-zA-Z0-9]+$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The Contact key prefix. */
export const CONTACT_PREFIX = '003';

/** The Account key prefix (a person account names its person contact). */
export const ACCOUNT_PREFIX = '001';

/** The 3-character case-safe suffix of a 15-character Id. */
export function idChecksum(id15: string): string {
    let suffix = '';
    for (let block = 0; block < 3; block++) {
        let bits = 0;
        for (let position = 0; position < 5; position++) {
            const character = id15.charAt(block * 5 + position);
            if (character >= 'A' && character <= 'Z') {
                bits |= 1 << position;
            }
        }
        suffix += SUFFIX_ALPHABET.charAt(bits);
    }
    return suffix;
}

export type IdCheck = { ok: true; id18: string } | { ok: false; reason: string };

/** Checks the shape of an Id: 15 or 18 alphanumeric characters and an 18-character Id's checksum. */
function checkIdShape(raw: string): IdCheck {
    const id = raw.trim();
    if (id.length !== 15 && id.length !== 18) {
        return { ok: false, reason: `"${id}" is not a Salesforce Id (15 or 18 characters, found ${id.length})` };
    }
    if (!ID_CHARACTERS.test(id)) {
        return { ok: false, reason: `"${id}" is not a Salesforce Id (letters and digits only)` };
    }
    const expected = idChecksum(id.slice(0, 15));
    if (id.length === 18 && id.slice(15).toUpperCase() !== expected) {
        return { ok: false, reason: `"${id}" is not a valid Id: its last 3 characters should be ${expected}` };
    }
    return { ok: true, id18: id.slice(0, 15) + expected };
}

/**
 * Checks a Contact Id: 15 or 18 alphanumeric characters, an 18-character Id's checksum, and the `003` prefix.
 * Returns the 18-character form.
 */
export function checkContactId(raw: string): IdCheck {
    const check = checkIdShape(raw);
    if (check.ok && !check.id18.startsWith(CONTACT_PREFIX)) {
        return { ok: false, reason: `"${raw.trim()}" is not a Contact Id (Contact Ids start with ${CONTACT_PREFIX})` };
    }
    return check;
}

export type StudentIdCheck = { ok: true; id18: string; object: 'Contact' | 'Account' } | { ok: false; reason: string };

/**
 * Checks an Id that names a student: a Contact Id (`003`) or a person account's Account Id (`001`, resolved to its
 * person contact during the run). Returns the 18-character form and the object.
 */
export function checkStudentId(raw: string): StudentIdCheck {
    const check = checkIdShape(raw);
    if (!check.ok) {
        return check;
    }
    if (check.id18.startsWith(CONTACT_PREFIX)) {
        return { ...check, object: 'Contact' };
    }
    if (check.id18.startsWith(ACCOUNT_PREFIX)) {
        return { ...check, object: 'Account' };
    }
    return {
        ok: false,
        reason:
            `"${raw.trim()}" is neither a Contact Id (${CONTACT_PREFIX}…) nor a person account's Account Id ` +
            `(${ACCOUNT_PREFIX}…)`
    };
}

/** Builds a valid 18-character Contact Id from a number (tests, fake server, benchmark). */
export function makeContactId(n: number): string {
    const id15 = CONTACT_PREFIX + 'Fa' + n.toString(36).toUpperCase().padStart(10, '0');
    return id15 + idChecksum(id15);
}

/** Builds a valid 18-character Account Id from a number (tests, fake server). */
export function makeAccountId(n: number): string {
    const id15 = ACCOUNT_PREFIX + 'Fa' + n.toString(36).toUpperCase().padStart(10, '0');
    return id15 + idChecksum(id15);
}
