import { classifyError, inputErrorCode, inputErrorKind, shrinksChunk } from '../errors';

/** The shape Node's fetch and undici throw: `TypeError: fetch failed` with the reason in `cause`. */
const fetchFailed = (cause: unknown): Error => Object.assign(new TypeError('fetch failed'), { cause });
const coded = (name: string, code: string, message: string, cause?: unknown): Error =>
    Object.assign(new Error(message), { name, code, ...(cause === undefined ? {} : { cause }) });

describe('a connection closed mid-run is transient (retried)', () => {
    it.each([
        [
            'HTTP/1.1: undici SocketError "other side closed" (what the CLI sees today, jsforce 3.10.26)',
            fetchFailed(coded('SocketError', 'UND_ERR_SOCKET', 'other side closed')),
            'UND_ERR_SOCKET'
        ],
        [
            'HTTP/2: GOAWAY received (undici SocketError, forcedotcom/cli#3622)',
            fetchFailed(coded('SocketError', 'UND_ERR_SOCKET', 'HTTP/2: "GOAWAY" frame received with code 0')),
            'UND_ERR_SOCKET'
        ],
        [
            'HTTP/2: stream closed before the response was complete (undici InformationalError)',
            fetchFailed(
                coded('InformationalError', 'UND_ERR_INFO', 'HTTP/2: stream closed before the response was complete')
            ),
            'UND_ERR_INFO'
        ],
        [
            'HTTP/2: a stream reset by the server (Node http2 error, two causes down)',
            fetchFailed(
                coded(
                    'InformationalError',
                    'UND_ERR_INFO',
                    'Stream closed with error code NGHTTP2_ENHANCE_YOUR_CALM',
                    coded('Error', 'ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code NGHTTP2_ENHANCE_YOUR_CALM')
                )
            ),
            'ERR_HTTP2_STREAM_ERROR'
        ],
        [
            'HTTP/2: a new stream on a session that got GOAWAY (Node http2 error thrown as is)',
            coded('Error', 'ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY'),
            'ERR_HTTP2_GOAWAY_SESSION'
        ],
        [
            'a reset socket under a SocketError',
            fetchFailed(
                coded('SocketError', 'UND_ERR_SOCKET', 'closed', coded('Error', 'ECONNRESET', 'read ECONNRESET'))
            ),
            'UND_ERR_SOCKET'
        ]
    ])('%s', (_, error, code) => {
        expect(classifyError(error)).toMatchObject({ kind: 'transient', code });
    });

    it('keeps the wrapper and the cause in the message', () => {
        expect(classifyError(fetchFailed(coded('SocketError', 'UND_ERR_SOCKET', 'other side closed')))).toEqual({
            kind: 'transient',
            code: 'UND_ERR_SOCKET',
            message: 'fetch failed: other side closed'
        });
    });

    it('fails a fetch failure whose cause is not a closed connection (a bad certificate, a generic notice)', () => {
        expect(classifyError(fetchFailed(coded('Error', 'CERT_HAS_EXPIRED', 'certificate has expired'))).kind).toBe(
            'fail'
        );
        expect(
            classifyError(fetchFailed(coded('InformationalError', 'UND_ERR_INFO', 'max requests reached'))).kind
        ).toBe('fail');
        expect(classifyError(new TypeError('fetch failed')).kind).toBe('fail');
    });

    it('looks five causes deep, no further', () => {
        const wrapped = (depth: number, inner: Error): Error =>
            depth === 0 ? inner : coded('Error', 'WRAPPER', `level ${depth}`, wrapped(depth - 1, inner));
        const reset = coded('Error', 'ECONNRESET', 'read ECONNRESET');
        expect(classifyError(fetchFailed(wrapped(4, reset)))).toMatchObject({ kind: 'transient', code: 'ECONNRESET' });
        expect(classifyError(fetchFailed(wrapped(5, reset)))).toMatchObject({ kind: 'fail', code: 'TypeError' });
    });

    it('fails a cause that is null, text, or an undici notice of another code worded like a closed stream', () => {
        expect(classifyError(fetchFailed(null))).toEqual({ kind: 'fail', code: 'TypeError', message: 'fetch failed' });
        expect(classifyError(fetchFailed('ECONNRESET')).kind).toBe('fail');
        expect(
            classifyError(fetchFailed(coded('Error', 'UND_ERR_ABORTED', 'HTTP/2: "GOAWAY" frame received with code 0')))
        ).toMatchObject({ kind: 'fail', code: 'TypeError' });
    });

    it('stops following a cause cycle', () => {
        const a = coded('Error', 'X', 'a');
        const b = coded('Error', 'Y', 'b', a);
        Object.assign(a, { cause: b });
        expect(classifyError(fetchFailed(a)).kind).toBe('fail');
    });
});

describe('halving on retry', () => {
    it('retries a time-out and a row lock in halves, nothing else', () => {
        expect(shrinksChunk('TIMEOUT')).toBe(true);
        expect(shrinksChunk('UNABLE_TO_LOCK_ROW')).toBe(true);
        for (const code of [
            'SERVER_UNAVAILABLE',
            'ECONNRESET',
            'CONCURRENT_REQUEST_LIMIT',
            'ERROR_HTTP_503',
            'APEX_LIMIT'
        ]) {
            expect(shrinksChunk(code)).toBe(false);
        }
    });
});

describe('per-input errors of the action', () => {
    it.each([
        ['PLATFORM_ERROR', 'unable to obtain exclusive access to this record', 'transient', 'UNABLE_TO_LOCK_ROW'],
        ['UNABLE_TO_LOCK_ROW', null, 'transient', 'UNABLE_TO_LOCK_ROW'],
        [
            'PLATFORM_ERROR',
            'ConcurrentRequests (Concurrent API Requests) Limit exceeded.',
            'transient',
            'CONCURRENT_REQUEST_LIMIT'
        ],
        ['PLATFORM_ERROR', 'ConcurrentPerOrgLongTxn Limit exceeded', 'transient', 'CONCURRENT_REQUEST_LIMIT'],
        ['PLATFORM_ERROR', 'System.LimitException: Apex CPU time limit exceeded', 'limit', 'APEX_LIMIT'],
        ['PLATFORM_ERROR', 'Too many SOQL queries: 101', 'limit', 'APEX_LIMIT'],
        ['PLATFORM_ERROR', 'TotalRequests Limit exceeded.', 'fail', 'PLATFORM_ERROR'],
        ['NO_PROFILE', undefined, 'fail', 'NO_PROFILE']
    ])('%s "%s" → %s, shown as %s', (code, message, kind, shown) => {
        expect(inputErrorKind(code, message)).toBe(kind);
        expect(inputErrorCode(code, message)).toBe(shown);
    });
});

describe('request errors', () => {
    const coded = (fields: Record<string, unknown>): Error => Object.assign(new Error(), fields);

    it('names what is not an error object, and an error without a message', () => {
        expect(classifyError('socket hang up')).toEqual({
            kind: 'fail',
            code: 'UNKNOWN_ERROR',
            message: 'socket hang up'
        });
        expect(classifyError(null)).toEqual({ kind: 'fail', code: 'UNKNOWN_ERROR', message: 'null' });
        expect(classifyError({ message: '' })).toEqual({ kind: 'fail', code: 'UNKNOWN_ERROR', message: 'no message' });
    });

    it('keeps the first line of the message, and takes errorCode over code over name', () => {
        expect(classifyError(coded({ message: 'bad\nstack', errorCode: 'A', code: 'B', name: 'C' }))).toEqual({
            kind: 'fail',
            code: 'A',
            message: 'bad'
        });
        expect(classifyError(coded({ message: 'm', code: 'B', name: 'C' })).code).toBe('B');
        expect(classifyError(coded({ message: 'm', code: '', name: 'C' })).code).toBe('C');
    });

    it('reads a code or name that is not text as absent', () => {
        expect(classifyError(coded({ message: 'm', code: 503, name: 'HTTPError' }))).toEqual({
            kind: 'fail',
            code: 'HTTPError',
            message: 'm'
        });
        expect(classifyError({ message: 'm', name: 42 }).code).toBe('UNKNOWN_ERROR');
    });

    it('stops on an expired session or a missing action, halves on an Apex limit, retries a row lock by its message', () => {
        expect(classifyError(coded({ errorCode: 'INVALID_SESSION_ID', message: 'Session expired' }))).toEqual({
            kind: 'stop',
            code: 'INVALID_SESSION_ID',
            message: 'Session expired'
        });
        expect(classifyError(coded({ errorCode: 'NOT_FOUND', message: 'no action' })).kind).toBe('stop');
        expect(
            classifyError(coded({ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' }))
        ).toMatchObject({ kind: 'stop', code: 'REQUEST_LIMIT_EXCEEDED' });
        expect(
            classifyError(
                coded({
                    errorCode: 'REQUEST_LIMIT_EXCEEDED',
                    message: 'ConcurrentRequests (Concurrent API Requests) Limit exceeded.'
                })
            )
        ).toMatchObject({ kind: 'transient', code: 'CONCURRENT_REQUEST_LIMIT' });
        expect(
            classifyError(
                coded({ errorCode: 'APEX_ERROR', message: 'System.LimitException: Too many DML rows: 10001' })
            )
        ).toEqual({ kind: 'limit', code: 'APEX_LIMIT', message: 'System.LimitException: Too many DML rows: 10001' });
        expect(
            classifyError(
                coded({ errorCode: 'APEX_ERROR', message: 'first error: UNABLE_TO_LOCK_ROW, unable to obtain' })
            )
        ).toMatchObject({ kind: 'transient', code: 'UNABLE_TO_LOCK_ROW' });
        expect(classifyError(coded({ errorCode: 'SERVER_UNAVAILABLE', message: 'm' }))).toMatchObject({
            kind: 'transient',
            code: 'SERVER_UNAVAILABLE'
        });
    });

    it('says a timed-out request timed out, however jsforce or fetch put it', () => {
        for (const error of [
            coded({ name: 'AbortError', message: 'This operation was aborted' }),
            coded({ type: 'request-timeout', message: 'network timeout at: https://x' }),
            coded({ message: 'Request Timeout' }),
            coded({ message: 'The operation was aborted due to timeout' })
        ]) {
            expect(classifyError(error)).toEqual({
                kind: 'transient',
                code: 'TIMEOUT',
                message: `the request timed out (${error.message})`
            });
        }
    });

    it('stops on a failed session refresh, retries a concurrency refusal, stops on the daily limit', () => {
        expect(classifyError(coded({ message: 'Unable to refresh session due to: expired' }))).toEqual({
            kind: 'stop',
            code: 'SESSION_REFRESH_FAILED',
            message: 'Unable to refresh session due to: expired'
        });
        expect(classifyError(coded({ message: 'x Unable to refresh session due to: y' })).kind).toBe('fail');
        expect(
            classifyError(
                coded({ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'ConcurrentPerOrgLongTxn Limit exceeded' })
            )
        ).toMatchObject({ kind: 'transient', code: 'CONCURRENT_REQUEST_LIMIT' });
        expect(
            classifyError(coded({ errorCode: 'OTHER', message: 'ConcurrentPerOrgLongTxn Limit exceeded' })).kind
        ).toBe('fail');
        expect(classifyError(coded({ errorCode: 'ERROR_HTTP_500', message: 'm' })).kind).toBe('transient');
        expect(classifyError(coded({ errorCode: 'ERROR_HTTP_5000', message: 'm' })).kind).toBe('fail');
        expect(classifyError(coded({ errorCode: 'X_ERROR_HTTP_500', message: 'm' })).kind).toBe('fail');
    });
});
