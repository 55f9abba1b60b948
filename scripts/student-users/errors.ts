/** Sorting API failures: retry it (transient), stop the run (auth/limit), or fail the rows it concerned. */

export type ErrorKind = 'transient' | 'stop' | 'fail';

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
    'ERROR_HTTP_429'
]);

const TRANSIENT_CODES = new Set([
    'UNABLE_TO_LOCK_ROW',
    'SERVER_UNAVAILABLE',
    'UNKNOWN_EXCEPTION',
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
        const code = stringProperty(cause, 'code') ?? '';
        const message = stringProperty(cause, 'message') ?? '';
        if (TRANSIENT_CODES.has(code) || (code === 'UND_ERR_INFO' && HTTP2_CLOSED.test(message))) {
            return { kind: 'transient', code, message };
        }
        cause = (cause as { cause?: unknown }).cause;
    }
    return undefined;
}

/** True when the text names a row lock (the platform's code may be wrapped in an Apex exception message). */
export function mentionsRowLock(text: string | null | undefined): boolean {
    return typeof text === 'string' && text.includes('UNABLE_TO_LOCK_ROW');
}

/** A transient per-input error of the action: a row lock, or a platform error that says so. */
export function isTransientCode(code: string, message?: string | null): boolean {
    return TRANSIENT_CODES.has(code) || /^ERROR_HTTP_5\d\d$/.test(code) || mentionsRowLock(message);
}

function stringProperty(value: object, key: string): string | undefined {
    const property = (value as Record<string, unknown>)[key];
    return typeof property === 'string' && property !== '' ? property : undefined;
}

/** Classifies an error thrown by a jsforce call (HttpApiError, a network error or its `cause`, timeout, other). */
export function classifyError(error: unknown): ClassifiedError {
    if (typeof error !== 'object' || error === null) {
        return { kind: 'fail', code: 'UNKNOWN_ERROR', message: String(error) };
    }
    const message = (stringProperty(error, 'message') ?? 'no message').split('\n')[0];
    const name = stringProperty(error, 'name') ?? '';
    const type = stringProperty(error, 'type') ?? '';
    const errorCode = stringProperty(error, 'errorCode') ?? stringProperty(error, 'code') ?? name;
    if (
        name === 'AbortError' ||
        type === 'request-timeout' ||
        /request timeout|aborted due to timeout/i.test(message)
    ) {
        return { kind: 'transient', code: 'TIMEOUT', message: `the request timed out (${message})` };
    }
    if (STOP_CODES.has(errorCode)) {
        return { kind: 'stop', code: errorCode, message };
    }
    if (isTransientCode(errorCode, message)) {
        return { kind: 'transient', code: mentionsRowLock(message) ? 'UNABLE_TO_LOCK_ROW' : errorCode, message };
    }
    const cause = transientCause(error);
    if (cause) return { ...cause, message: `${message}: ${cause.message}` };
    return { kind: 'fail', code: errorCode || 'UNKNOWN_ERROR', message };
}
