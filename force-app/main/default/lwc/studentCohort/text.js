/**
 * Label formatting and readable error text.
 */

/**
 * A label with `{0}`, `{1}`, … replaced by the values.
 * @param {string} template
 * @param {...(string | number)} values
 * @returns {string}
 */
export function format(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (placeholder, index) => {
        const position = Number(index);
        return position < values.length ? String(values[position]) : placeholder;
    });
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}

/**
 * @param {unknown} value
 * @returns {string | null} the value when it is a non-blank string
 */
function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The message of a refusal of StudentCohortController: its AuraHandledException carries JSON
 * `{"code","field","message"}`.
 * @param {string} raw
 * @returns {{ code: string | null, message: string } | null}
 */
function parseRefusal(raw) {
    if (!raw.trim().startsWith('{')) {
        return null;
    }
    try {
        const parsed = JSON.parse(raw);
        const message = isRecord(parsed) ? text(parsed.message) : null;
        return message ? { code: text(parsed.code), message } : null;
    } catch {
        return null;
    }
}

/**
 * @typedef {object} ServerError
 * @property {string | null} code PERMISSION_DENIED, TOO_MANY_STUDENTS, TOO_MANY_ENTRIES, or null for other errors
 * @property {string} message what to show the admin
 */

/**
 * Readable text of a rejected Apex call, a wire error or a JavaScript error.
 * @param {unknown} error
 * @param {string} fallback text when the error carries no message
 * @returns {ServerError}
 */
export function readError(error, fallback) {
    const body = isRecord(error) ? error.body : undefined;
    const bodies = Array.isArray(body) ? body : [body];
    const messages = bodies.map((item) => (isRecord(item) ? text(item.message) : null)).filter((item) => item);
    const raw = messages[0] ?? (isRecord(error) ? text(error.message) : text(error));
    if (!raw) {
        return { code: null, message: fallback };
    }
    return parseRefusal(raw) ?? { code: null, message: raw };
}
