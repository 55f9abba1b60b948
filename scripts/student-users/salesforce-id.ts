/** Salesforce record Ids: shape, checksum and key prefix. */

const ID_CHARACTERS = /^[a-zA-Z0-9]+$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The Contact key prefix. */
export const CONTACT_PREFIX = '003';

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

/**
 * Checks a Contact Id: 15 or 18 alphanumeric characters, an 18-character Id's checksum, and the `003` prefix.
 * Returns the 18-character form.
 */
export function checkContactId(raw: string): IdCheck {
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
    if (!id.startsWith(CONTACT_PREFIX)) {
        return { ok: false, reason: `"${id}" is not a Contact Id (Contact Ids start with ${CONTACT_PREFIX})` };
    }
    return { ok: true, id18: id.slice(0, 15) + expected };
}

/** Builds a valid 18-character Contact Id from a number (tests, fake server, benchmark). */
export function makeContactId(n: number): string {
    const id15 = CONTACT_PREFIX + 'Fa' + n.toString(36).toUpperCase().padStart(10, '0');
    return id15 + idChecksum(id15);
}
