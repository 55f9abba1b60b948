/** Parsing of the per-row and per-run values a user types: licence, yes/no, email, username, time zone. */

export const LICENSE_KEYS = ['PID_Customer_Community_Plus', 'PID_Customer_Community_Plus_Login'] as const;
export type LicenseKey = (typeof LICENSE_KEYS)[number];

const LICENSE_NAMES: ReadonlyMap<string, LicenseKey> = new Map<string, LicenseKey>([
    ['customer community plus', 'PID_Customer_Community_Plus'],
    ['plus', 'PID_Customer_Community_Plus'],
    ['pid_customer_community_plus', 'PID_Customer_Community_Plus'],
    ['customer community plus login', 'PID_Customer_Community_Plus_Login'],
    ['plus login', 'PID_Customer_Community_Plus_Login'],
    ['pid_customer_community_plus_login', 'PID_Customer_Community_Plus_Login']
]);

/** The accepted spellings, for error messages and help. */
export const LICENSE_CHOICES =
    "'Customer Community Plus', 'Customer Community Plus Login', 'Plus', 'Plus Login', " + LICENSE_KEYS.join(', ');

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A licence name or key (case-insensitive, extra spaces ignored) → its LicenseDefinitionKey. */
export function parseLicense(raw: string): Parsed<LicenseKey> {
    const key = LICENSE_NAMES.get(raw.trim().replace(/\s+/g, ' ').toLowerCase());
    return key ? { ok: true, value: key } : { ok: false, reason: `unknown licence "${raw}" (use ${LICENSE_CHOICES})` };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** true/false/yes/no/y/n/1/0, case-insensitive. */
export function parseBoolean(raw: string): Parsed<boolean> {
    const word = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) {
        return { ok: true, value: true };
    }
    if (FALSE_WORDS.has(word)) {
        return { ok: true, value: false };
    }
    return { ok: false, reason: `"${raw}" is not a yes/no value (use true/false, yes/no or 1/0)` };
}

const EMAIL_SHAPE = /^[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/;

/** An email address as a Contact.Email can hold it (shape only); lower-cased for matching. */
export function parseEmail(raw: string): Parsed<string> {
    const email = raw.trim();
    if (!EMAIL_SHAPE.test(email) || email.length > 80) {
        return { ok: false, reason: `"${raw}" is not an email address` };
    }
    return { ok: true, value: email.toLowerCase() };
}

/** A Salesforce username: email form, at most 80 characters (the service's INVALID_USERNAME rule). */
export function parseUsername(raw: string): Parsed<string> {
    const username = raw.trim();
    if (username.length > 80) {
        return { ok: false, reason: `username "${username}" is longer than 80 characters` };
    }
    if (!EMAIL_SHAPE.test(username)) {
        return { ok: false, reason: `username "${username}" is not in email form (name@domain.tld)` };
    }
    return { ok: true, value: username };
}

const TIME_ZONE_SHAPE = /^(?:GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/** A TimeZoneSidKey such as America/New_York (shape only: the org's picklist is checked by the service). */
export function parseTimeZone(raw: string): Parsed<string> {
    const zone = raw.trim();
    return TIME_ZONE_SHAPE.test(zone)
        ? { ok: true, value: zone }
        : { ok: false, reason: `"${raw}" is not a time zone key (for example America/New_York)` };
}

/** A profile name: any non-blank text up to 255 characters. */
export function parseProfileName(raw: string): Parsed<string> {
    const name = raw.trim();
    if (name === '' || name.length > 255) {
        return { ok: false, reason: `"${raw}" is not a profile name` };
    }
    return { ok: true, value: name };
}
