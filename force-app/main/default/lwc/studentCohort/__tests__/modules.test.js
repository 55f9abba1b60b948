import { chunk, parseEntries } from '../chunks';
import { csvCell, resultsCsv } from '../csv';
import {
    ZONE_FIXED,
    buildRequest,
    defaultProfileFor,
    initialSettings,
    isReady,
    mergeResults,
    normalizeContext,
    rowsFromStudents,
    runEnableOptions,
    settingsKey,
    toResultRow
} from '../cohortModel';
import { countRows, licenseNeeds } from '../counts';
import { reasonAndFix, rowView } from '../rowView';

const LABELS = new Proxy({}, { get: (_, key) => (key === 'ownerRoleGot' ? '{0} got {1}' : String(key)) });

describe('chunks', () => {
    it('splits into ⌈N/size⌉ slices of at most size', () => {
        expect(chunk([], 200)).toEqual([]);
        expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    });

    it('refuses a size that is not a positive whole number', () => {
        expect(() => chunk([1], 0)).toThrow('Chunk size must be a positive whole number, got 0');
        expect(() => chunk([1], 1.5)).toThrow(RangeError);
    });

    it('reads entries separated by lines, spaces, commas and semicolons', () => {
        expect(parseEntries(' a@b.c,\n003;  x \t')).toEqual(['a@b.c', '003', 'x']);
        expect(parseEntries(undefined)).toEqual([]);
        expect(parseEntries(null)).toEqual([]);
    });
});

describe('csv', () => {
    it('quotes cells with commas, quotes, line breaks or edge spaces only', () => {
        expect(csvCell('plain')).toBe('plain');
        expect(csvCell('a,b')).toBe('"a,b"');
        expect(csvCell('say "hi"')).toBe('"say ""hi"""');
        expect(csvCell('two\nlines')).toBe('"two\nlines"');
        expect(csvCell(' padded')).toBe('" padded"');
    });

    it('writes rows in row order after the header', () => {
        const row = (number) => ({
            row: number,
            contactId: `id${number}`,
            email: '',
            status: 'VALID',
            userId: '',
            username: '',
            ownerRoleAssigned: number === 1,
            ownerName: '',
            ownerRoleName: '',
            errorCode: '',
            errorField: '',
            message: ''
        });
        expect(resultsCsv([row(2), row(1)]).split('\n')).toEqual([
            'row,contactId,email,status,userId,username,ownerRoleAssigned,ownerName,ownerRoleName,errorCode,errorField,message,siteNames,loginUrl,emailDecision',
            '1,id1,,VALID,,,true,,,,,,,,',
            '2,id2,,VALID,,,false,,,,,,,,',
            ''
        ]);
    });
});

describe('cohortModel', () => {
    const context = normalizeContext({});

    it('fills a context Apex sent without values', () => {
        expect(context).toEqual({
            licenses: [],
            profiles: [],
            timeZones: [],
            defaultLicenseKey: null,
            defaultProfileId: null,
            defaultTimeZone: null,
            sendWelcomeEmail: false,
            maxStudentsPerCall: 200,
            maxEntriesPerResolve: 2000
        });
    });

    it('prefills blanks when the org has no licence or profile', () => {
        expect(initialSettings(context)).toEqual({
            licenseKey: '',
            profileId: '',
            zoneRule: 'SUGGESTED',
            fixedZone: '',
            sendWelcomeEmail: false
        });
        expect(defaultProfileFor(context, 'PID_Customer_Community_Plus')).toBe('');
    });

    it('takes the server’s default profile of the licence and has no rule of its own', () => {
        const profiles = [
            { id: '00eA', name: 'A', licenseKey: 'L', isStandard: false },
            { id: '00eB', name: 'B', licenseKey: 'L', isStandard: false },
            { id: '00eS', name: 'S', licenseKey: 'L', isStandard: true }
        ];
        const license = { key: 'L', name: 'L', total: 1, used: 0, available: 1 };
        expect(defaultProfileFor(normalizeContext({ profiles, licenses: [license] }), 'L')).toBe('');
        expect(
            defaultProfileFor(normalizeContext({ profiles, licenses: [{ ...license, defaultProfileId: '00eB' }] }), 'L')
        ).toBe('00eB');
        // A top-level default is not a per-licence rule, and a default that is not offered is not preselected.
        expect(
            defaultProfileFor(normalizeContext({ profiles, licenses: [license], defaultProfileId: '00eA' }), 'L')
        ).toBe('');
        expect(
            defaultProfileFor(normalizeContext({ profiles, licenses: [{ ...license, defaultProfileId: '00eZ' }] }), 'L')
        ).toBe('');
    });

    it('sends no licence, profile or fixed zone for a student the check says will be reactivated', () => {
        const settings = {
            licenseKey: 'L',
            profileId: '00eA',
            zoneRule: ZONE_FIXED,
            fixedZone: 'Europe/London',
            sendWelcomeEmail: true
        };
        expect(buildRequest('003A', settings, false, true)).toEqual({
            contactId: '003A',
            sendWelcomeEmail: true,
            validateOnly: false
        });
        expect(buildRequest('003A', settings, false)).toMatchObject({
            licenseKey: 'L',
            profileId: '00eA',
            timeZoneSidKey: 'Europe/London'
        });
    });

    it('leaves blank settings out of the request', () => {
        const settings = {
            licenseKey: '',
            profileId: '',
            zoneRule: ZONE_FIXED,
            fixedZone: '',
            sendWelcomeEmail: false
        };
        expect(buildRequest('003A', settings, true)).toEqual({
            contactId: '003A',
            sendWelcomeEmail: false,
            validateOnly: true
        });
        expect(settingsKey(settings)).toBe('|||false');
    });

    it('gives an in-org run the settings of a created student, blank ones left out', () => {
        const settings = {
            licenseKey: 'L',
            profileId: '00eA',
            zoneRule: ZONE_FIXED,
            fixedZone: 'Europe/London',
            sendWelcomeEmail: false
        };
        expect(runEnableOptions(settings)).toEqual({
            licenseKey: 'L',
            profileId: '00eA',
            timeZoneSidKey: 'Europe/London',
            sendWelcomeEmail: false
        });
        expect(runEnableOptions({ ...settings, licenseKey: '', zoneRule: 'SUGGESTED' })).toEqual({
            profileId: '00eA',
            sendWelcomeEmail: false
        });
        expect(runEnableOptions(null)).toBeNull();
    });

    it('gives a never-checked student blank result columns', () => {
        const [row] = rowsFromStudents([{ contactId: '003A', name: 'Ada', entry: '003A' }]);
        expect(row).toMatchObject({ row: 1, email: '', accountName: '' });
        expect(isReady(row)).toBe(false);
        expect(toResultRow(row, 'not sent')).toMatchObject({ row: 1, contactId: '003A', status: '', message: '' });
    });
});

describe('counts and rows', () => {
    const result = (status, extra = {}) => ({ contactId: '003A', status, ownerRoleAssigned: false, ...extra });
    const row = (check, outcome = null) => ({
        row: 1,
        contactId: '003A',
        name: 'Ada',
        email: '',
        accountName: '',
        check,
        outcome,
        notSent: false
    });

    it('counts an enable run that found the student already enabled', () => {
        const counts = countRows([row(result('VALID'), result('ALREADY_ENABLED'))]);
        expect(counts).toMatchObject({ checked: 1, alreadyEnabled: 1, created: 0, failed: 0 });
    });

    describe('seats left versus needed', () => {
        const license = (available) => [{ key: 'L', name: 'Plus Login', available }];
        const ready = (number) => ({
            ...row(result('VALID', { licenseKey: 'L' })),
            row: number,
            contactId: `003${number}`
        });
        const enabled = (number) => ({
            ...row(result('VALID', { licenseKey: 'L' }), result('CREATED', { licenseKey: 'L' })),
            row: number,
            contactId: `003${number}`
        });

        it('is not short with exactly enough seats', () => {
            expect(licenseNeeds([ready(1), ready(2)], license(2))).toEqual([
                { key: 'L', name: 'Plus Login', left: 2, needed: 2, short: false }
            ]);
        });

        it('is short with one seat fewer than needed', () => {
            expect(licenseNeeds([ready(1), ready(2)], license(1))).toEqual([
                { key: 'L', name: 'Plus Login', left: 1, needed: 2, short: true }
            ]);
        });

        it('shows 0 left, never fewer, when this page used more seats than were loaded as available', () => {
            expect(licenseNeeds([enabled(1), enabled(2), enabled(3), ready(4)], license(1))).toEqual([
                { key: 'L', name: 'Plus Login', left: 0, needed: 1, short: true }
            ]);
        });

        it('counts the seats used here against the seats loaded', () => {
            expect(licenseNeeds([enabled(1), ready(2)], license(3))).toEqual([
                { key: 'L', name: 'Plus Login', left: 2, needed: 1, short: false }
            ]);
        });
    });

    describe('merging results', () => {
        const notSentRow = { ...row(result('VALID'), result('CREATED')), notSent: true };

        it('clears the old enable outcome (and NOT_SENT) when a re-check comes back', () => {
            const recheck = result('FAILED', { errorCode: 'NO_ACCOUNT' });
            const [merged] = mergeResults([notSentRow], [recheck], 'check');
            expect(merged).toEqual({ ...notSentRow, check: recheck, outcome: null, notSent: false });
            expect(countRows([merged])).toMatchObject({ created: 0, blocked: 1 });
        });

        it('keeps the check when an enable outcome comes back', () => {
            const outcome = result('REACTIVATED');
            const [merged] = mergeResults([notSentRow], [outcome], 'outcome');
            expect(merged).toEqual({ ...notSentRow, outcome, notSent: false });
        });

        it('leaves rows without a result unchanged', () => {
            const other = { ...notSentRow, contactId: '003B' };
            expect(mergeResults([other], [result('VALID')], 'check')[0]).toBe(other);
        });
    });

    it('needs no seat for a ready student without a licence', () => {
        expect(licenseNeeds([row(result('VALID'))], [])).toEqual([]);
    });

    it('takes the fix from errorFix, shown once, and the whole message without it (an older server)', () => {
        expect(reasonAndFix(null)).toEqual({ reason: '', fix: '' });
        expect(
            reasonAndFix(result('FAILED', { errorCode: 'X', message: 'Broken. Mend it.', errorFix: 'Mend it.' }))
        ).toEqual({ reason: 'Broken.', fix: 'Mend it.' });
        expect(reasonAndFix(result('FAILED', { errorCode: 'X', message: 'Broken.', errorFix: 'Mend it.' }))).toEqual({
            reason: 'Broken.',
            fix: 'Mend it.'
        });
        expect(reasonAndFix(result('FAILED', { errorCode: 'X', message: 'Broken. Mend it.' }))).toEqual({
            reason: 'Broken. Mend it.',
            fix: ''
        });
        expect(reasonAndFix(result('FAILED', { errorCode: 'Y', message: 'Broken.', errorFix: null }))).toEqual({
            reason: 'Broken.',
            fix: ''
        });
    });

    it('names the role given even when the owner name is missing', () => {
        const view = rowView(
            row(result('VALID'), result('CREATED', { ownerRoleAssigned: true, ownerRoleName: 'R' })),
            LABELS
        );
        expect(view.ownerRole).toBe(' got R');
        expect(view.userUrl).toBeUndefined();
        expect(view.username).toBe('');
    });
});
