import { blobText, installLwsStandIn, lwsAllowsBlobType } from '../../../../../../preview/stubs/lws';
import {
    downloadTextFile,
    errorText,
    formatLabel,
    isRecord,
    messageAndFix,
    nonBlank,
    parseServerError,
    reduceErrors,
    DEFAULT_STUDENTS_PER_CALL,
    serverDefaultProfileId,
    studentsPerCall,
    newUserUrls,
    userPageReference
} from 'c/studentUserShared';

describe('formatLabel and user links', () => {
    it('fills placeholders and leaves those without a value', () => {
        expect(formatLabel('{0} of {1}, {0} again, {2}', 'a', 3)).toBe('a of 3, a again, {2}');
        expect(formatLabel('{0}', null)).toBe('{0}');
        expect(formatLabel('{0} of {1} ({2})', 1, 'two')).toBe('1 of two ({2})');
        expect(formatLabel('{0} left', 0)).toBe('0 left');
    });

    it('links a user record by page reference, and asks only for the URLs it does not have', async () => {
        expect(userPageReference('005000000000001AAA')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '005000000000001AAA', objectApiName: 'User', actionName: 'view' }
        });
        const asked = [];
        const generate = (pageRef) => {
            asked.push(pageRef.attributes.recordId);
            return pageRef.attributes.recordId === '005000000000003AAA'
                ? Promise.reject(new Error('no URL'))
                : Promise.resolve(`nav:/${pageRef.attributes.recordId}`);
        };
        const known = new Map([['005000000000001AAA', 'nav:/005000000000001AAA']]);
        const added = await newUserUrls(
            generate,
            known,
            ['005000000000001AAA', '005000000000002AAA', null, '005000000000002AAA', '005000000000003AAA'].map(
                (userId) => ({ userId })
            )
        );
        expect(asked).toEqual(['005000000000002AAA', '005000000000003AAA']);
        expect([...added]).toEqual([['005000000000002AAA', 'nav:/005000000000002AAA']]);
    });

    it('tells records and non-blank text', () => {
        expect(isRecord({})).toBe(true);
        expect(isRecord(null)).toBe(false);
        expect(nonBlank(' a ')).toBe(' a ');
        expect(nonBlank('  ')).toBeNull();
        expect(nonBlank(3)).toBeNull();
    });
});

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
    it('reads a controller refusal (an AuraHandledException with JSON) as its message and fix, never raw JSON', () => {
        const refusal = {
            status: 500,
            body: {
                message: JSON.stringify({
                    code: 'CONTACT_NOT_FOUND',
                    field: 'contactId',
                    message: 'No contact 001x, or you cannot see it.',
                    fix: 'Open the student from the Contact record.'
                })
            }
        };
        expect(errorText(refusal, 'Unknown')).toBe(
            'No contact 001x, or you cannot see it. Open the student from the Contact record.'
        );
    });

    it('joins the messages or gives the fallback', () => {
        expect(errorText([new Error('A'), new Error('B')], 'Unknown')).toBe('A B');
        expect(errorText({}, 'Unknown')).toBe('Unknown');
    });
});

describe('messageAndFix', () => {
    it('shows the fix apart, once, when the message also ends with it', () => {
        expect(messageAndFix('Broken. Mend it.', 'Mend it.')).toEqual({ message: 'Broken.', fix: 'Mend it.' });
        expect(messageAndFix('Broken. Mend it. ', ' Mend it.')).toEqual({ message: 'Broken.', fix: 'Mend it.' });
    });

    it('keeps a message that does not carry the fix', () => {
        expect(messageAndFix('Broken.', 'Mend it.')).toEqual({ message: 'Broken.', fix: 'Mend it.' });
        expect(messageAndFix(null, 'Mend it.')).toEqual({ message: '', fix: 'Mend it.' });
    });

    it('shows the message whole without a fix (an older server)', () => {
        expect(messageAndFix('Broken. Mend it.', undefined)).toEqual({ message: 'Broken. Mend it.', fix: '' });
        expect(messageAndFix('Broken.', '  ')).toEqual({ message: 'Broken.', fix: '' });
        expect(messageAndFix(undefined, null)).toEqual({ message: '', fix: '' });
    });

    it('never leaves the message empty when it is only the fix', () => {
        expect(messageAndFix('Mend it.', 'Mend it.')).toEqual({ message: 'Mend it.', fix: '' });
    });
});

describe('parseServerError', () => {
    it('reads the JSON {code, field, message} of enableStudentUser', () => {
        const error = require('../../enableStudentUser/__tests__/data/serverErrorUsernameTaken.json');
        expect(parseServerError(error, 'Unknown')).toEqual({
            code: 'USERNAME_TAKEN',
            field: 'username',
            message: 'The username ada.lovelace@uni.edu.students is already used by another user.',
            fix: 'Choose another username for Ada Lovelace.'
        });
    });

    it('reads the fix of a refusal apart, also from an older server that only ends the message with it', () => {
        const refusal = (body) => ({ body: { message: JSON.stringify(body) } });
        expect(
            parseServerError(
                refusal({ code: 'TOO_MANY_ENTRIES', field: null, message: 'At most 2000.', fix: 'Split them.' }),
                'Unknown'
            )
        ).toEqual({ code: 'TOO_MANY_ENTRIES', field: null, message: 'At most 2000.', fix: 'Split them.' });
        expect(
            parseServerError(refusal({ code: 'TOO_MANY_ENTRIES', field: null, message: 'At most 2000.' }), 'Unknown')
        ).toEqual({ code: 'TOO_MANY_ENTRIES', field: null, message: 'At most 2000.', fix: null });
    });

    it('accepts JSON without code or field', () => {
        const error = { body: { message: JSON.stringify({ message: 'You lack the permission.' }) } };
        expect(parseServerError(error, 'Unknown')).toEqual({
            code: null,
            field: null,
            message: 'You lack the permission.',
            fix: null
        });
    });

    it('shows the readable text of anything else', () => {
        expect(parseServerError({ body: { message: 'Insert failed.' } }, 'Unknown')).toEqual({
            code: null,
            field: null,
            message: 'Insert failed.',
            fix: null
        });
        expect(parseServerError({ body: [{ message: 'first' }, { message: 'second' }] }, 'Unknown').message).toBe(
            'first second'
        );
        expect(parseServerError({ body: { message: '{not json' } }, 'Unknown').message).toBe('{not json');
        expect(parseServerError({ body: { message: '{"code":"X"}' } }, 'Unknown').message).toBe('{"code":"X"}');
        expect(parseServerError({ body: { message: '["a"]' } }, 'Unknown').message).toBe('["a"]');
        expect(parseServerError(new Error('Network down'), 'Unknown').message).toBe('Network down');
        expect(parseServerError('plain words', 'Unknown').message).toBe('plain words');
        expect(parseServerError({ body: null }, 'Unknown').message).toBe('Unknown');
        expect(parseServerError(null, 'Unknown').message).toBe('Unknown');
        expect(parseServerError(undefined, 'Unknown').message).toBe('Unknown');
    });
});

describe('serverDefaultProfileId', () => {
    const catalog = {
        licenses: [
            { key: 'L1', name: 'One', total: 1, used: 0, available: 1, defaultProfileId: 'P1' },
            { key: 'L2', name: 'Two', total: 1, used: 0, available: 1, defaultProfileId: 'P1' },
            { key: 'L3', name: 'Three', total: 1, used: 0, available: 1 }
        ],
        profiles: [
            { id: 'P1', name: 'Profile 1', licenseKey: 'L1' },
            { id: 'P3', name: 'Profile 3', licenseKey: 'L3' }
        ]
    };

    it('takes the server default of the licence when it is offered for that licence', () => {
        expect(serverDefaultProfileId(catalog, 'L1')).toBe('P1');
    });

    it('has no rule of its own: none when the default is not offered for the licence or absent', () => {
        expect(serverDefaultProfileId(catalog, 'L2')).toBe('');
        expect(serverDefaultProfileId(catalog, 'L3')).toBe('');
        expect(serverDefaultProfileId(catalog, 'unknown')).toBe('');
    });
});

describe('studentsPerCall', () => {
    it.each([
        [200, 200],
        [20, 20],
        [1, 1]
    ])('takes the server budget %p', (budget, expected) => {
        expect(studentsPerCall(budget)).toBe(expected);
    });

    it.each([[undefined], [null], [0], [-5], [2.5], ['20'], [Number.NaN]])(
        'falls back to 200 students a call for %p',
        (budget) => {
            expect(studentsPerCall(budget)).toBe(200);
            expect(DEFAULT_STUDENTS_PER_CALL).toBe(200);
        }
    );
});

describe('downloadTextFile under the Lightning Web Security stand-in', () => {
    let lws;
    beforeEach(() => {
        lws = installLwsStandIn(window, undefined, { captureClicks: true });
    });
    afterEach(() => lws.uninstall());

    it('downloads through a blob: URL of a type LWS allows, with the text as it was', async () => {
        downloadTextFile('a,b\n1,"x ""y"""\n', 'out.csv');
        expect(lws.refused).toEqual([]);
        expect(lws.clicks).toEqual([{ href: expect.stringMatching(/^blob:/), download: 'out.csv' }]);
        expect(lws.blobs[0].type).toBe('text/plain');
        expect(await blobText(lws.blobs[0])).toBe('a,b\n1,"x ""y"""\n');
    });

    it('the stand-in refuses what LWS refuses: text/csv, a charset parameter, a data: href', () => {
        expect(lwsAllowsBlobType('text/plain')).toBe(true);
        expect(lwsAllowsBlobType('application/octet-stream')).toBe(true);
        expect(lwsAllowsBlobType('image/png')).toBe(true);
        expect(lwsAllowsBlobType('text/csv')).toBe(false);
        expect(lwsAllowsBlobType('text/plain;charset=utf-8')).toBe(false);
        expect(() => URL.createObjectURL(new Blob(['x'], { type: 'text/csv' }))).toThrow('Unsupported MIME type');
        const link = document.createElement('a');
        link.setAttribute('href', 'data:text/csv;charset=utf-8,a');
        link.href = 'data:text/plain,a';
        expect(link.getAttribute('href')).toBeNull();
        expect(lws.refused).toHaveLength(3);
    });
});
