import { errorText, parseServerError, reduceErrors } from '../errors';

describe('reduceErrors', () => {
    it('reads an Apex error body', () => {
        expect(reduceErrors({ body: { message: 'Script-thrown exception' }, statusText: 'Server Error' })).toEqual([
            'Script-thrown exception'
        ]);
    });

    it('reads UI API bodies: a list, page errors and field errors, without duplicates', () => {
        const error = {
            body: [
                { message: 'First' },
                {
                    pageErrors: [{ message: 'Page' }, { message: 'First' }],
                    fieldErrors: { Email: [{ message: 'Email is invalid' }] }
                },
                'Plain text'
            ]
        };
        expect(reduceErrors(error)).toEqual(['First', 'Page', 'Email is invalid', 'Plain text']);
    });

    it('falls back to the status text of a body without a message', () => {
        expect(reduceErrors({ body: {}, statusText: 'Service Unavailable' })).toEqual(['Service Unavailable']);
        expect(reduceErrors({ body: null })).toEqual([]);
    });

    it('reads JavaScript errors, strings and lists of errors', () => {
        expect(reduceErrors(new TypeError('x is undefined'))).toEqual(['x is undefined']);
        expect(reduceErrors('Offline')).toEqual(['Offline']);
        expect(reduceErrors([new Error('A'), { body: { message: 'B' } }])).toEqual(['A', 'B']);
        expect(reduceErrors({ message: '   ' })).toEqual([]);
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(42)).toEqual([]);
    });
});

describe('errorText', () => {
    it('joins the messages or gives the fallback', () => {
        expect(errorText([new Error('A'), new Error('B')], 'Unknown')).toBe('A B');
        expect(errorText({}, 'Unknown')).toBe('Unknown');
    });
});

describe('parseServerError', () => {
    it('reads the JSON {code, field, message} of enableStudentUser', () => {
        const error = require('./data/serverErrorUsernameTaken.json');
        expect(parseServerError(error, 'Unknown')).toEqual({
            code: 'USERNAME_TAKEN',
            field: 'username',
            message:
                'The username ada.lovelace@uni.edu.students is already used by another user. ' +
                'Choose another username for Ada Lovelace.'
        });
    });

    it('accepts JSON without code or field', () => {
        const error = { body: { message: JSON.stringify({ message: 'You lack the permission.' }) } };
        expect(parseServerError(error, 'Unknown')).toEqual({
            code: null,
            field: null,
            message: 'You lack the permission.'
        });
    });

    it('shows the raw text of anything else', () => {
        expect(parseServerError({ body: { message: 'Insert failed.' } }, 'Unknown')).toEqual({
            code: null,
            field: null,
            message: 'Insert failed.'
        });
        expect(parseServerError({ body: { message: '{not json' } }, 'Unknown').message).toBe('{not json');
        expect(parseServerError({ body: { message: '{"code":"X"}' } }, 'Unknown').message).toBe('{"code":"X"}');
        expect(parseServerError(new Error('Network down'), 'Unknown').message).toBe('Network down');
        expect(parseServerError(null, 'Unknown').message).toBe('Unknown');
    });
});
