import {
    buildRequest,
    filterTimeZones,
    formMode,
    initialLicenseKey,
    initialProfileId,
    initialTimeZone,
    initialValues,
    isBlocked,
    licenseChoices,
    needsOwnerRole,
    normalizeContext,
    problemItems,
    profileOptions,
    roleOptions,
    selectableLicenseKeys,
    successToast
} from '../formModel';
import { formView } from '../formView';

// The real label texts from the Custom Labels; fails when labels.js imports a label no labels file defines.
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const CCP = 'PID_Customer_Community_Plus';
const CCP_LOGIN = 'PID_Customer_Community_Plus_Login';

/** @param {string} name a fixture of __tests__/data */
function fixture(name) {
    return JSON.parse(JSON.stringify(require(`./data/${name}.json`)));
}

describe('fixtures', () => {
    it.each([
        'ready',
        'ownerWithoutRole',
        'licenseExhausted',
        'blocked',
        'alreadyEnabled',
        'inactiveUser',
        'notASiteMember'
    ])('%s has every key of the context contract (docs/api.md)', (name) => {
        expect(Object.keys(fixture(name)).sort()).toEqual(
            [
                'canEnable',
                'contact',
                'defaultLicenseKey',
                'defaultProfileId',
                'defaultRoleId',
                'emailEncodingOptions',
                'existingUser',
                'languageOptions',
                'licenses',
                'localeOptions',
                'owner',
                'problems',
                'profiles',
                'roles',
                'siteReadiness',
                'suggested',
                'suggestedTimeZone',
                'timeZones'
            ].sort()
        );
    });
});

describe('normalizeContext', () => {
    it('keeps a complete context as it is', () => {
        expect(normalizeContext(fixture('ready'))).toEqual(fixture('ready'));
    });

    it('fills what Apex leaves out (null properties, no contact for a caller without permission)', () => {
        const context = normalizeContext(fixture('permissionDenied'));
        expect(context.contact).toEqual({
            id: '',
            name: '',
            firstName: null,
            lastName: null,
            email: null,
            accountId: null,
            accountName: null,
            mailingCountry: null,
            mailingState: null,
            isPersonAccount: false
        });
        expect(context).toMatchObject({
            existingUser: null,
            owner: null,
            defaultLicenseKey: null,
            defaultProfileId: null,
            suggestedTimeZone: null,
            defaultRoleId: null,
            canEnable: false
        });
        expect(context.suggested.sendWelcomeEmail).toBe(false);
        expect(context.problems).toHaveLength(1);
        expect(normalizeContext({})).toMatchObject({ licenses: [], problems: [], timeZones: [], canEnable: false });
        expect(isBlocked(context)).toBe(true);
        expect(formView(context, initialValues(context), '').hasContact).toBe(false);
    });
});

describe('formMode and isBlocked', () => {
    it('tells create, reactivate and already enabled apart', () => {
        expect(formMode(fixture('ready'))).toBe('create');
        expect(formMode(fixture('inactiveUser'))).toBe('reactivate');
        expect(formMode(fixture('alreadyEnabled'))).toBe('alreadyEnabled');
    });

    it('is blocked by problems or by canEnable false', () => {
        expect(isBlocked(fixture('ready'))).toBe(false);
        expect(isBlocked(fixture('blocked'))).toBe(true);
        expect(isBlocked({ ...fixture('ready'), canEnable: false })).toBe(true);
    });

    it('words each problem with its fix', () => {
        expect(problemItems(fixture('blocked'))[0]).toEqual({
            key: 'NO_EMAIL-0',
            message: 'Grace Hopper has no email address.',
            fix: 'How to fix: Add an email to the contact, then try again.'
        });
    });
});

describe('licences and profiles', () => {
    it('offers every licence with its seats left, and disables one without seats with the reason', () => {
        expect(licenseChoices(fixture('licenseExhausted'))).toEqual([
            { value: CCP, label: 'Customer Community Plus: 60 of 100 left', disabled: false, reason: '' },
            {
                value: CCP_LOGIN,
                label: 'Customer Community Plus Login: 0 of 500 left',
                disabled: true,
                reason:
                    'Customer Community Plus Login can’t be chosen: no licenses left (500 of 500 used). ' +
                    'Free a license or choose another type.'
            }
        ]);
        expect([...selectableLicenseKeys(fixture('licenseExhausted'))]).toEqual([CCP]);
        expect([...selectableLicenseKeys(fixture('ready'))]).toEqual([CCP, CCP_LOGIN]);
    });

    it('preselects the inactive user’s licence, then the default, then any with seats', () => {
        expect(initialLicenseKey(fixture('inactiveUser'))).toBe(CCP);
        expect(initialLicenseKey(fixture('ready'))).toBe(CCP_LOGIN);
        // No licence rule derived from a default profile: the first licence with seats.
        expect(initialLicenseKey({ ...fixture('ready'), defaultLicenseKey: null })).toBe(CCP);
        expect(initialLicenseKey(fixture('licenseExhausted'))).toBe(CCP);
        const none = fixture('licenseExhausted');
        none.licenses[0].available = 0;
        expect(initialLicenseKey(none)).toBe('');
    });

    it('lists only the profiles of a licence', () => {
        expect(profileOptions(fixture('ready'), CCP)).toEqual([
            { value: '00e5g000000CcpStAAH', label: 'Alumni Community Plus User' },
            { value: '00e5g000000StdPlAAK', label: 'Student Community Plus User' }
        ]);
        expect(profileOptions(fixture('ready'), 'PID_Unknown')).toEqual([]);
    });

    it('preselects the server’s default profile of the licence, else none: it never guesses one', () => {
        const ready = fixture('ready');
        expect(initialProfileId(ready, CCP_LOGIN)).toBe('00e5g000000StdLgAAJ');
        // Two custom profiles and no server default: the admin chooses (no standard or first-profile fallback).
        expect(initialProfileId(ready, CCP)).toBe('');
        ready.profiles = ready.profiles.map((profile) => ({ ...profile, isStandard: true }));
        expect(initialProfileId(ready, CCP)).toBe('');
        // The server's default of each licence wins, the top-level default is not reused for another licence.
        const plusDefault = fixture('ready');
        plusDefault.licenses = plusDefault.licenses.map((license) => ({
            ...license,
            defaultProfileId: license.key === CCP ? '00e5g000000StdPlAAK' : license.defaultProfileId
        }));
        expect(initialProfileId(plusDefault, CCP)).toBe('00e5g000000StdPlAAK');
        // A server default that is not offered (e.g. a standard profile the settings do not allow) is not preselected.
        plusDefault.profiles = plusDefault.profiles.filter((profile) => profile.id !== '00e5g000000StdPlAAK');
        expect(initialProfileId(plusDefault, CCP)).toBe('');
        expect(initialProfileId(ready, 'PID_Unknown')).toBe('');
        expect(initialProfileId(fixture('inactiveUser'), CCP)).toBe('00e5g000000StdPlAAK');
    });
});

describe('time zones', () => {
    const zones = fixture('ready').timeZones;

    it('preselects the inactive user’s own time zone over the suggestion', () => {
        expect(initialTimeZone(fixture('inactiveUser'))).toBe('Europe/London');
        const unknown = fixture('inactiveUser');
        unknown.existingUser.timeZoneSidKey = 'Mars/Olympus_Mons';
        expect(initialTimeZone(unknown)).toBe('America/Toronto');
    });

    it('sends no licence, profile or time zone for a reactivation unless the admin changed them', () => {
        const context = fixture('inactiveUser');
        const values = initialValues(context);
        const request = buildRequest(context, values);
        expect(request).not.toHaveProperty('licenseKey');
        expect(request).not.toHaveProperty('profileId');
        expect(request).not.toHaveProperty('timeZoneSidKey');
        const changed = buildRequest(context, {
            ...values,
            timeZoneSidKey: 'Asia/Tokyo',
            profileId: '00e5g000000CcpStAAH'
        });
        expect(changed).toMatchObject({ timeZoneSidKey: 'Asia/Tokyo', profileId: '00e5g000000CcpStAAH' });
        expect(changed).not.toHaveProperty('licenseKey');
    });

    it('preselects the suggestion only when it is an option', () => {
        expect(initialTimeZone(fixture('ready'))).toBe('America/Toronto');
        expect(initialTimeZone({ ...fixture('ready'), suggestedTimeZone: null })).toBe('');
        const unknown = fixture('ready');
        unknown.suggestedTimeZone.value = 'Mars/Olympus_Mons';
        expect(initialTimeZone(unknown)).toBe('');
    });

    it('matches every word against label and key, ignoring case, _ and /', () => {
        expect(filterTimeZones(zones, 'LOS angeles', '').options.map((zone) => zone.value)).toEqual([
            'America/Los_Angeles'
        ]);
        expect(filterTimeZones(zones, 'america/new_york', 'America/New_York')).toEqual({
            options: [zones.find((zone) => zone.value === 'America/New_York')],
            matches: 1
        });
        expect(filterTimeZones(zones, 'central european', '').matches).toBe(2);
        expect(filterTimeZones(zones, '-07:00', '').matches).toBe(3);
        expect(filterTimeZones(zones, '   ', 'Asia/Tokyo')).toEqual({ options: zones, matches: zones.length });
    });

    it('keeps the selected zone first when it does not match', () => {
        const result = filterTimeZones(zones, 'tokyo', 'Europe/Paris');
        expect(result.options.map((zone) => zone.value)).toEqual(['Europe/Paris', 'Asia/Tokyo']);
        expect(result.matches).toBe(1);
        expect(filterTimeZones(zones, 'tokyo', 'Not/A_Zone').options.map((zone) => zone.value)).toEqual(['Asia/Tokyo']);
    });
});

describe('owner role', () => {
    it('is needed only for an active internal owner without a role', () => {
        expect(needsOwnerRole(fixture('ready'))).toBe(false);
        expect(needsOwnerRole(fixture('ownerWithoutRole'))).toBe(true);
        expect(needsOwnerRole(fixture('blocked'))).toBe(false);
        expect(needsOwnerRole({ ...fixture('ready'), owner: null })).toBe(false);
        const portalOwner = fixture('ownerWithoutRole');
        portalOwner.owner.isInternal = false;
        expect(needsOwnerRole(portalOwner)).toBe(false);
    });

    it('offers the roles of the context', () => {
        expect(roleOptions(fixture('ownerWithoutRole'))[0]).toEqual({
            value: '00E5g000000AdvisEAF',
            label: 'Student Advisor'
        });
    });
});

describe('initialValues and buildRequest', () => {
    it('prefills from the suggestions and the settings role', () => {
        expect(initialValues(fixture('ownerWithoutRole'))).toEqual({
            licenseKey: CCP_LOGIN,
            profileId: '00e5g000000StdLgAAJ',
            timeZoneSidKey: 'America/Toronto',
            ownerRoleId: '00E5g000000StRecEAE',
            username: 'ada.lovelace@uni.edu.students',
            communityNickname: 'ada.lovelace',
            alias: 'alove',
            localeSidKey: 'en_CA',
            languageLocaleKey: 'en_US',
            emailEncodingKey: 'UTF-8',
            sendWelcomeEmail: false
        });
    });

    it('turns missing suggestions into blanks and ignores a default role that is not offered', () => {
        const context = fixture('blocked');
        context.suggested = {
            username: null,
            communityNickname: null,
            alias: null,
            localeSidKey: null,
            languageLocaleKey: null,
            emailEncodingKey: null,
            sendWelcomeEmail: true
        };
        context.defaultRoleId = '00E000000000000AAA';
        expect(initialValues(context)).toMatchObject({
            username: '',
            communityNickname: '',
            alias: '',
            localeSidKey: '',
            languageLocaleKey: '',
            emailEncodingKey: '',
            ownerRoleId: '',
            sendWelcomeEmail: true
        });
    });

    it('sends the owner role only when the owner needs one and leaves blanks out', () => {
        const ready = fixture('ready');
        const values = { ...initialValues(ready), ownerRoleId: '00E5g000000AdvisEAF', alias: ' ', username: '' };
        const request = buildRequest(ready, values);
        expect(request).not.toHaveProperty('ownerRoleId');
        expect(request).not.toHaveProperty('alias');
        expect(request).not.toHaveProperty('username');
        expect(request.contactId).toBe('0035g00000AdaLvAAB');

        const noRole = fixture('ownerWithoutRole');
        expect(buildRequest(noRole, initialValues(noRole)).ownerRoleId).toBe('00E5g000000StRecEAE');
    });
});

describe('successToast', () => {
    it('links the created user and names the contact', () => {
        expect(successToast(fixture('resultCreated'), 'Ada Lovelace', 'nav:/user/0055g00000AdaPtlAAL')).toEqual({
            title: 'Student user enabled',
            message: 'Portal user {0} was created for {1}.',
            messageData: [
                { url: 'nav:/user/0055g00000AdaPtlAAL', label: 'ada.lovelace@uni.edu.students' },
                'Ada Lovelace'
            ],
            variant: 'success'
        });
    });

    it('adds the owner role that was assigned', () => {
        expect(successToast(fixture('resultCreatedWithOwnerRole'), 'Ada Lovelace').message).toBe(
            'Portal user {0} was created for {1}. Integration User was given the role Student Records Owner.'
        );
    });

    it('words a reactivation, an existing user, and an unexpected status', () => {
        expect(successToast(fixture('resultReactivated'), 'Ada Lovelace').title).toBe('Student user reactivated');
        const existing = { ...fixture('resultCreated'), status: 'ALREADY_ENABLED' };
        expect(successToast(existing, 'Ada Lovelace')).toMatchObject({
            title: 'Already enabled',
            message: '{1} already had portal user {0}.',
            variant: 'info'
        });
        const valid = { ...fixture('resultCreated'), status: 'VALID' };
        expect(successToast(valid, 'Ada Lovelace').title).toBe('Student user enabled');
    });

    it('names the user without a link when the result has no user id', () => {
        const result = { ...fixture('resultCreated'), userId: null, username: null };
        expect(successToast(result, 'Ada Lovelace').messageData).toEqual(['', 'Ada Lovelace']);
    });
});

describe('formView', () => {
    /** @param {string} name */
    const viewOf = (name, query = '') => {
        const context = fixture(name);
        return formView(context, initialValues(context), query);
    };

    it('shows the ready form with Enable', () => {
        const view = viewOf('ready');
        expect(view).toMatchObject({
            isAlreadyEnabled: false,
            isReactivation: false,
            isBlocked: false,
            showForm: true,
            showPrimaryButton: true,
            canSubmit: true,
            primaryLabel: 'Enable',
            contactEmail: 'ada.lovelace@uni.edu',
            alreadyEnabledText: '',
            openUserLabel: '',
            inactiveUserText: '',
            hasLicenseOptions: true,
            timeZoneStatus: '',
            timeZoneSuggestion: 'Suggested from mailing address: Ontario, Canada.',
            showOwnerRole: false
        });
        expect(view.timeZoneOptions).toHaveLength(33);
        expect(view.localeOptions).toHaveLength(8);
        expect(view.languageOptions).toHaveLength(6);
        expect(view.emailEncodingOptions).toHaveLength(8);
    });

    it('counts the time zones a search finds', () => {
        expect(viewOf('ready', ' tokyo ').timeZoneStatus).toBe('1 of 33 time zones match.');
        expect(viewOf('ready', 'xyz').timeZoneStatus).toBe('No time zone matches “xyz”. The current choice is kept.');
    });

    it('shows only the link when the user is active, and Reactivate when inactive', () => {
        expect(viewOf('alreadyEnabled')).toMatchObject({
            isAlreadyEnabled: true,
            isBlocked: false,
            showForm: false,
            showPrimaryButton: false,
            canSubmit: false,
            alreadyEnabledText: 'Ada Lovelace already has an active portal user.',
            openUserLabel: 'Open user ada.lovelace@uni.edu.students'
        });
        expect(viewOf('inactiveUser')).toMatchObject({
            isReactivation: true,
            showForm: true,
            canSubmit: true,
            primaryLabel: 'Reactivate'
        });
    });

    it('hides the form when blocked and shows blanks as None', () => {
        const context = fixture('blocked');
        context.contact.accountName = null;
        context.suggestedTimeZone = null;
        const view = formView(context, initialValues(context), '');
        expect(view).toMatchObject({
            isBlocked: true,
            showForm: false,
            showPrimaryButton: true,
            canSubmit: false,
            contactEmail: 'None',
            accountName: 'None',
            timeZoneSuggestion: ''
        });
        expect(view.problems).toHaveLength(2);
    });

    it('explains the owner role, with or without a chosen role or an owner', () => {
        const context = fixture('ownerWithoutRole');
        const values = initialValues(context);
        expect(formView(context, values, '').roleAssignment).toBe(
            'Integration User will get the role Student Records Owner.'
        );
        expect(formView(context, { ...values, ownerRoleId: '' }, '').roleAssignment).toBe(
            'Pick the role Integration User will get.'
        );
        const noOwner = { ...context, owner: null };
        expect(formView(noOwner, values, '')).toMatchObject({
            showOwnerRole: false,
            roleExplanation: expect.any(String)
        });
        expect(formView(noOwner, values, '').roleExplanation).toContain(
            ', owner of Ada Lovelace Administrative Account'
        );
    });

    it('cannot submit when no licence has a seat', () => {
        const context = fixture('licenseExhausted');
        context.licenses[0].available = 0;
        const view = formView(context, initialValues(context), '');
        expect(view).toMatchObject({
            hasLicenseOptions: false,
            canSubmit: false,
            showForm: true
        });
        expect(view.licenseChoices.map((choice) => choice.disabled)).toEqual([true, true]);
    });

    it('gives the licence choice every licence, the one without seats disabled with its reason', () => {
        const context = fixture('licenseExhausted');
        const view = formView(context, initialValues(context), '');
        expect(view.hasLicenseOptions).toBe(true);
        expect(view.licenseChoices).toEqual(licenseChoices(context));
        expect(view.licenseChoices[1]).toMatchObject({
            value: CCP_LOGIN,
            disabled: true,
            reason: expect.stringContaining('no licenses left (500 of 500 used)')
        });
    });
});
