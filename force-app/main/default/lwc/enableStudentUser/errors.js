/**
 * Reduces the errors the form meets (wire errors, rejected Apex calls, JavaScript errors) to readable text,
 * and reads the JSON `{code, field, message}` that `StudentUserController.enableStudentUser` throws.
 */

/**
 * @typedef {object} ServerError
 * @property {string | null} code an error code of docs/api.md, e.g. `USERNAME_TAKEN`; null when the message is not JSON
 * @property {string | null} field the request field concerned, e.g. `username`; null when none
 * @property {string} message what to show the admin
 */

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
 * Messages of an Apex/UI API error body: `{message}`, `[{message}]`, or `{pageErrors, fieldErrors}`.
 * @param {unknown} body
 * @returns {string[]}
 */
function messagesOfBody(body) {
    if (Array.isArray(body)) {
        return body.flatMap(messagesOfBody);
    }
    if (!isRecord(body)) {
        return text(body) ? [/** @type {string} */ (body)] : [];
    }
    /** @type {string[]} */
    const messages = [];
    const message = text(body.message);
    if (message) {
        messages.push(message);
    }
    if (Array.isArray(body.pageErrors)) {
        messages.push(...body.pageErrors.flatMap(messagesOfBody));
    }
    if (isRecord(body.fieldErrors)) {
        messages.push(...Object.values(body.fieldErrors).flatMap(messagesOfBody));
    }
    return messages;
}

/**
 * Every readable message in an error, in order, without duplicates.
 * @param {unknown} error a wire/Apex error (`{body}`), an `Error`, a string, or a list of those
 * @returns {string[]}
 */
export function reduceErrors(error) {
    /** @type {string[]} */
    let messages;
    if (Array.isArray(error)) {
        messages = error.flatMap(reduceErrors);
    } else if (isRecord(error) && 'body' in error) {
        messages = messagesOfBody(error.body);
        const statusText = text(error.statusText);
        if (messages.length === 0 && statusText) {
            messages = [statusText];
        }
    } else if (isRecord(error)) {
        const message = text(error.message);
        messages = message ? [message] : [];
    } else {
        const message = text(error);
        messages = message ? [message] : [];
    }
    return [...new Set(messages)];
}

/**
 * One line for an error, or the fallback when it carries no message.
 * @param {unknown} error
 * @param {string} fallback
 * @returns {string}
 */
export function errorText(error, fallback) {
    const messages = reduceErrors(error);
    return messages.length > 0 ? messages.join(' ') : fallback;
}

/**
 * Reads the JSON `{code, field, message}` of a rejected `enableStudentUser` call. Any other error (a platform
 * failure, a lost connection) gives `code` and `field` null and its readable text.
 * @param {unknown} error the rejection of the Apex call
 * @param {string} fallback text when the error carries no message
 * @returns {ServerError}
 */
export function parseServerError(error, fallback) {
    const raw = isRecord(error) && isRecord(error.body) ? text(error.body.message) : null;
    if (raw && raw.trim().startsWith('{')) {
        try {
            const parsed = JSON.parse(raw);
            if (isRecord(parsed) && text(parsed.message)) {
                return {
                    code: text(parsed.code),
                    field: text(parsed.field),
                    message: /** @type {string} */ (parsed.message)
                };
            }
        } catch {
            // Not the JSON of the contract: show the raw text below.
        }
    }
    return { code: null, field: null, message: errorText(error, fallback) };
}
