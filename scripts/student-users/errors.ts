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
    'UND_ERR_SOCKET'
]);

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

/** Classifies an error thrown by a jsforce call (HttpApiError, node-fetch FetchError, timeout, other). */
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
    return { kind: 'fail', code: errorCode || 'UNKNOWN_ERROR', message };
}
