/**
 * Sorting API failures: retry it (transient), stop the run (auth/limit/access), halve the chunk (an Apex governor
 * limit), or fail the rows it concerned. Sources of each rule are named where it is made; docs/cli.md sums them up.
 */

/** `limit`: an Apex governor limit killed the transaction (e.g. CPU time): the chunk was too big, send halves. */
export type ErrorKind = 'transient' | 'stop' | 'fail' | 'limit';

export interface ClassifiedError {
    kind: ErrorKind;
    /** The platform's error code, the network error code, or TIMEOUT. */
    code: string;
    message: string;
}

const STOP_CODES = new Set([
    'INVALID_SESSION_ID',
    'INVALID_AUTH_HEADER',
    'ERROR_HTTP_401',
    'INVALID_OPERATION_WITH_EXPIRED_PASSWORD',
    'API_DISABLED_FOR_ORG',
    'API_CURRENTLY_DISABLED',
    'REQUEST_LIMIT_EXCEEDED',
    'ERROR_HTTP_429',
    // The action does not exist for this user: the class is not deployed, or the user has no access to the Apex
    // class ("Describe and invoke for an Apex action respect the profile access for the Apex class", REST API
    // "Apex Actions"). Every further call would get the same answer.
    'NOT_FOUND',
    'ERROR_HTTP_404'
]);

/**
 * Transient request errors: the platform or the network said "try later". `UNKNOWN_EXCEPTION` is NOT here: it is
 * what an uncaught Apex exception comes back as on every input (issue 21); resending it reruns the same failure.
 */
const TRANSIENT_CODES = new Set([
    'UNABLE_TO_LOCK_ROW',
    'SERVER_UNAVAILABLE',
    'REQUEST_RUNNING_TOO_LONG',
    'QUERY_TIMEOUT',
    'TIMEOUT',
    'ECONNRESET',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'ECONNREFUSED',
    'EPIPE',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    // A connection closed under a request. jsforce 3.10.17+ sends every request through undici 8, which negotiated
    // HTTP/2 by default; Salesforce closing such connections (GOAWAY, idle) crashed long runs (forcedotcom/cli#3622)
    // until jsforce forced HTTP/1.1 again (jsforce/jsforce#1824, allowH2: false, in 3.10.26 and jsforce-node 3.12).
    // A proxy or a later release may bring HTTP/2 back, so its closures count as transient too: Node's http2 error
    // codes (Node docs, "Errors", ERR_HTTP2_*; e.g. `TypeError: fetch failed` caused by "Stream closed with error
    // code NGHTTP2_ENHANCE_YOUR_CALM" ERR_HTTP2_STREAM_ERROR, e2b-dev/E2B#1641), which undici passes on or wraps.
    'ERR_HTTP2_GOAWAY_SESSION',
    'ERR_HTTP2_INVALID_SESSION',
    'ERR_HTTP2_SESSION_ERROR',
    'ERR_HTTP2_STREAM_ERROR',
    'ERR_HTTP2_STREAM_CANCEL'
]);

/**
 * undici's InformationalError (`UND_ERR_INFO`) is generic; these of its messages say an HTTP/2 connection or stream
 * closed before the answer was complete (undici 8 `lib/dispatcher/client-h2.js`: "GOAWAY" frame received, stream
 * closed before the response was complete, "stream error" received, connection unresponsive, ...).
 */
const HTTP2_CLOSED =
    /^HTTP\/2: (?:"GOAWAY"|stream closed|"stream error"|stream errored|stream half-closed|connection unresponsive|"frameError")/;

/** At most this many `cause` links are followed (a cycle cannot loop). */
const MAX_CAUSES = 5;

/**
 * The transient network error behind a wrapper: Node's fetch and undici throw `TypeError: fetch failed` and put the
 * reason in `cause`, sometimes a second level down (a SocketError around the system error).
 */
function transientCause(error: object): ClassifiedError | undefined {
    let cause: unknown = (error as { cause?: unknown }).cause;
    for (let depth = 0; depth < MAX_CAUSES && typeof cause === 'object' && cause !== null; depth++) {
        const code = stringProperty(cause, 'code');
        const message = stringProperty(cause, 'message');
        if (TRANSIENT_CODES.has(code) || (code === 'UND_ERR_INFO' && HTTP2_CLOSED.test(message))) {
            return { kind: 'transient', code, message };
        }
        cause = (cause as { cause?: unknown }).cause;
    }
    return undefined;
}

/**
 * True when the text names a row lock: the platform's code (a DmlException message wraps it: "first error:
 * UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record"), or the Database.Error message alone, which
 * the service reports per student as PLATFORM_ERROR (StudentUserUserStep: a partial-success DML error's message).
 */
export function mentionsRowLock(text: string | null | undefined): boolean {
    return says(/UNABLE_TO_LOCK_ROW|unable to obtain exclusive access/i, text);
}

/** Whether the text matches: an absent text reads as "null" or "undefined", which no pattern of this file matches. */
function says(pattern: RegExp, text: string | null | undefined): boolean {
    return pattern.test(String(text));
}

/**
 * A refusal because the org runs too many requests at once, not because of this request: the concurrent
 * long-running Apex limit ("ConcurrentPerOrgLongTxn Limit exceeded", REQUEST_LIMIT_EXCEEDED, Object Reference
 * "Concurrent Long-Running Apex Limit Event Type": requests over 5 s count, new ones are denied while the org is at
 * its limit) and the concurrent API request limit ("ConcurrentRequests (Concurrent API Requests) Limit exceeded",
 * Help KB 000389067). Both clear when other requests finish: retry later. The daily total ("TotalRequests Limit
 * exceeded") does not: that one stops the run.
 */
export function mentionsConcurrencyLimit(text: string | null | undefined): boolean {
    return says(/Concurrent\w*(?: \([^)]*\))? Limit exceeded/i, text);
}

/**
 * An Apex governor limit: `System.LimitException` ends the transaction whatever the code catches (Apex Developer
 * Guide, "Execution Governors and Limits"). For a chunk of students it means the chunk is too big: send halves.
 */
export function mentionsGovernorLimit(text: string | null | undefined): boolean {
    return says(
        /Apex CPU time limit exceeded|Apex heap size too large|System\.LimitException|Too many (?:SOQL queries|DML statements|DML rows|query rows)/i,
        text
    );
}

/**
 * Retried errors after which the retry goes out as two halves (when more than one student is left): a call that timed
 * out, and a row lock (UNABLE_TO_LOCK_ROW, whether the whole call died of it or some students' DML did). Salesforce's
 * guidance for inserting role-based users in bulk (Help 004576984, "Considerations for Inserting Users in Bulk"):
 * parallel and large inserts lock records and group membership, so process sequentially and "use smaller batches"
 * when timing out. The lock is retried at all because it clears when the other transaction ends (Apex Developer
 * Guide, "Locking Statements": a lock is held until the transaction finishes, and a waiting one fails with
 * UNABLE_TO_LOCK_ROW after about 10 s). The `limit` kind (a governor limit) halves without a retry wait.
 */
const SHRINKING_CODES = new Set(['TIMEOUT', 'UNABLE_TO_LOCK_ROW']);

/** Whether a retried error sends its students again in halves (see SHRINKING_CODES). */
export function shrinksChunk(code: string): boolean {
    return SHRINKING_CODES.has(code);
}

/** How a per-input error of the action is handled: a lock or a concurrency refusal is retried, a limit halves. */
export function inputErrorKind(code: string, message?: string | null): ErrorKind {
    if (mentionsGovernorLimit(message)) {
        return 'limit';
    }
    if (code === 'UNABLE_TO_LOCK_ROW' || mentionsRowLock(message) || mentionsConcurrencyLimit(message)) {
        return 'transient';
    }
    return 'fail';
}

/** The code a row shows for a retried per-input error: the lock's own code when the message names one. */
export function inputErrorCode(code: string, message: string | null | undefined): string {
    if (mentionsRowLock(message)) return 'UNABLE_TO_LOCK_ROW';
    if (mentionsConcurrencyLimit(message)) return 'CONCURRENT_REQUEST_LIMIT';
    if (mentionsGovernorLimit(message)) return 'APEX_LIMIT';
    return code;
}

/** The property when it is a string, else blank (a number, an object, or nothing). */
function stringProperty(value: object, key: string): string {
    const property = (value as Record<string, unknown>)[key];
    return typeof property === 'string' ? property : '';
}

/**
 * jsforce's session refresh failed (an sf CLI org whose refresh token was revoked or expired): jsforce throws a plain
 * `Error("Unable to refresh session due to: ...")` (jsforce `session-refresh-delegate.js`), no error code.
 */
export const SESSION_REFRESH_FAILED = 'SESSION_REFRESH_FAILED';

/** Classifies an error thrown by a jsforce call (HttpApiError, a network error or its `cause`, timeout, other). */
export function classifyError(error: unknown): ClassifiedError {
    if (typeof error !== 'object' || error === null) {
        return { kind: 'fail', code: 'UNKNOWN_ERROR', message: String(error) };
    }
    const message = (stringProperty(error, 'message') || 'no message').split('\n')[0];
    const name = stringProperty(error, 'name');
    const errorCode = stringProperty(error, 'errorCode') || stringProperty(error, 'code') || name;
    if (
        name === 'AbortError' ||
        stringProperty(error, 'type') === 'request-timeout' ||
        /request timeout|aborted due to timeout/i.test(message)
    ) {
        return { kind: 'transient', code: 'TIMEOUT', message: `the request timed out (${message})` };
    }
    if (/^Unable to refresh session due to:/.test(message)) {
        return { kind: 'stop', code: SESSION_REFRESH_FAILED, message };
    }
    if (errorCode === 'REQUEST_LIMIT_EXCEEDED' && mentionsConcurrencyLimit(message)) {
        return { kind: 'transient', code: 'CONCURRENT_REQUEST_LIMIT', message };
    }
    if (STOP_CODES.has(errorCode)) {
        return { kind: 'stop', code: errorCode, message };
    }
    if (mentionsGovernorLimit(message)) {
        return { kind: 'limit', code: 'APEX_LIMIT', message };
    }
    if (TRANSIENT_CODES.has(errorCode) || /^ERROR_HTTP_5\d\d$/.test(errorCode) || mentionsRowLock(message)) {
        return { kind: 'transient', code: mentionsRowLock(message) ? 'UNABLE_TO_LOCK_ROW' : errorCode, message };
    }
    const cause = transientCause(error);
    if (cause) return { ...cause, message: `${message}: ${cause.message}` };
    return { kind: 'fail', code: errorCode || 'UNKNOWN_ERROR', message };
}
