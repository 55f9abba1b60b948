/** An API error as jsforce throws it: an Error whose `name` and `errorCode` are the platform's error code. */
export function apiError(errorCode: string, message = 'm'): Error {
    return Object.assign(new Error(message), { name: errorCode, errorCode });
}
