import { createElement } from 'lwc';
import EnableStudentUser from 'c/enableStudentUser';
import getEnableContext from '@salesforce/apex/StudentUserController.getEnableContext';
import enableStudentUser from '@salesforce/apex/StudentUserController.enableStudentUser';
import { refreshApex } from '@salesforce/apex';

jest.mock(
    '@salesforce/apex/StudentUserController.getEnableContext',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/StudentUserController.enableStudentUser', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
// The navigation service: URLs only it can make (so a hand-built /lightning/r/ path fails), and the pages navigated to.
jest.mock('lightning/navigation', () => require('../../../../../../jest/helpers/navigationMock').navigationMock());
const { navigated } = require('lightning/navigation');

/** Clicking the link navigates to the user's record page through the navigation service. */
function expectClickOpensUser(link, userId) {
    navigated.length = 0;
    link.click();
    expect(navigated).toEqual([
        { type: 'standard__recordPage', attributes: { recordId: userId, objectApiName: 'User', actionName: 'view' } }
    ]);
}

// The real label texts from the Custom Labels; fails when labels.js imports a label no labels file defines.
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);
jest.mock('../../studentUserSiteReadiness/labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(
        jest.requireActual('../../studentUserSiteReadiness/labels')
    )
);

const CONTACT_ID = '0035g00000AdaLvAAB';
const PERSON_ACCOUNT_ID = '0015g00000RosPaAAC';
const PERSON_CONTACT_ID = '0035g00000RosFrAAB';
const BUSINESS_ACCOUNT_ID = '0015g00000AdaAdmAAC';
const CCP = 'PID_Customer_Community_Plus';
const CCP_LOGIN = 'PID_Customer_Community_Plus_Login';

/** @param {string} name a fixture of __tests__/data */
function fixture(name) {
    return JSON.parse(JSON.stringify(require(`./data/${name}.json`)));
}

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every event the quick action sends to the page, in order. */
let events;

async function render(contextName, recordId = CONTACT_ID) {
    const element = createElement('c-enable-student-user', { is: EnableStudentUser });
    element.recordId = recordId;
    events = [];
    element.addEventListener('lightning__showtoast', (event) => events.push({ type: 'toast', detail: event.detail }));
    element.addEventListener('lightning__refresh', () => events.push({ type: 'refresh' }));
    element.addEventListener('lightning__actionsclosescreen', () => events.push({ type: 'close' }));
    document.body.appendChild(element);
    await flushPromises();
    if (contextName) {
        getEnableContext.emit(fixture(contextName));
        await flushPromises();
    }
    return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const control = (element, field) => $(element, `[data-field="${field}"]`);
const primaryButton = (element) => $(element, 'lightning-button.primary-button');
const text = (element, selector) => ($(element, selector)?.textContent ?? '').trim();

// The licence choice: a child component (SLDS radio markup with native radio inputs in its own shadow root).
const licenseChoice = (element) => $(element, 'c-student-user-license-choice');
const $license = (element, selector) => licenseChoice(element)?.shadowRoot.querySelector(selector) ?? null;
const $$license = (element, selector) => [...(licenseChoice(element)?.shadowRoot.querySelectorAll(selector) ?? [])];
const licenseText = (element, selector) => ($license(element, selector)?.textContent ?? '').trim();
const licenseGroup = (element) => $license(element, 'fieldset.license');
const radios = (element) => $$license(element, 'input.license-radio');
const radio = (element, licenseKey) => $license(element, `input.license-radio[value="${licenseKey}"]`);
const checkedLicense = (element) => radios(element).find((input) => input.checked)?.value ?? '';
/** The element focused inside the licence choice, when the choice itself has the focus of the form. */
function focusedRadio(element) {
    const choice = licenseChoice(element);
    return element.shadowRoot.activeElement === choice ? choice.shadowRoot.activeElement : null;
}

/** What a person sees of each licence radio: its label, checked and disabled state, and its description. */
function licenseRadios(element) {
    return radios(element).map((input) => ({
        value: input.value,
        label: licenseText(element, `label[for="${input.id}"]`),
        checked: input.checked,
        disabled: input.disabled,
        description: describedBy(element, input)
    }));
}

/** The texts a licence radio names in aria-describedby, looked up in the licence choice's shadow root. */
function describedBy(element, input) {
    return (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => {
            const target = $license(element, `[id="${id}"]`);
            if (!target) {
                throw new Error(`aria-describedby names "${id}", which is not in the component`);
            }
            return target.textContent.trim();
        });
}

/** Checks a licence radio the way a click does (the browser fires change). */
async function chooseLicense(element, licenseKey) {
    radio(element, licenseKey).click();
    await flushPromises();
}

/**
 * The Jest stubs of base components report nothing: give every base request input a working validity API (the
 * licence choice keeps its own, real one).
 * @param {string[]} invalidFields fields whose reportValidity() answers false
 */
function stubValidity(element, invalidFields = []) {
    for (const input of $$(element, '[data-field]:not(c-student-user-license-choice)')) {
        const field = input.dataset.field;
        input.reportValidity = jest.fn(() => !invalidFields.includes(field));
        input.setCustomValidity = jest.fn();
        input.focus = jest.fn();
    }
}

/** Dispatches a base-component change event on the input of a request field. */
async function change(element, field, detail) {
    control(element, field).dispatchEvent(new CustomEvent('change', { detail }));
    await flushPromises();
}

async function clickPrimary(element) {
    stubValidity(element);
    primaryButton(element).click();
    await flushPromises();
}

const READY_REQUEST = {
    contactId: CONTACT_ID,
    licenseKey: CCP_LOGIN,
    profileId: '00e5g000000StdLgAAJ',
    timeZoneSidKey: 'America/Toronto',
    username: 'ada.lovelace@uni.edu.students',
    communityNickname: 'ada.lovelace',
    alias: 'alove',
    localeSidKey: 'en_CA',
    languageLocaleKey: 'en_US',
    emailEncodingKey: 'UTF-8',
    sendWelcomeEmail: false
};

describe('c-enable-student-user', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('shows a spinner until the context arrives, asking for the record page contact', async () => {
            const element = await render();
            expect(getEnableContext.getLastConfig()).toEqual({ contactId: CONTACT_ID });
            expect($(element, '.loading lightning-spinner').alternativeText).toBe('Loading the student’s details');
            expect($(element, 'lightning-quick-action-panel').header).toBe('Enable Student User');
            expect(primaryButton(element)).toBeNull();
            expect($(element, 'lightning-button.cancel-button').label).toBe('Close');
        });
    });

    describe('wire error', () => {
        it('shows why the context could not be loaded and offers only Close', async () => {
            const element = await render();
            getEnableContext.error({ message: 'Insufficient access to Contact' });
            await flushPromises();
            expect(text(element, '.load-error')).toContain('The student’s details could not be loaded.');
            expect(text(element, '.load-error')).toContain('Insufficient access to Contact');
            expect($(element, '.loading')).toBeNull();
            expect(primaryButton(element)).toBeNull();
            expect($(element, 'lightning-button.cancel-button').label).toBe('Close');
        });
    });

    describe('ready (defaults)', () => {
        it('prefills every field from the context', async () => {
            const element = await render('ready');
            expect(text(element, '.contact-name')).toBe('Ada Lovelace');
            expect(text(element, '.contact-email')).toBe('ada.lovelace@uni.edu');
            expect(text(element, '.contact-account')).toBe('Ada Lovelace Administrative Account');

            const group = licenseGroup(element);
            expect(group.className).toBe('license slds-form-element');
            expect(group.querySelector('legend').textContent.trim()).toBe('*License type');
            expect(group.querySelector('legend abbr.slds-required').title).toBe('required');
            expect(licenseRadios(element)).toEqual([
                {
                    value: CCP,
                    label: 'Customer Community Plus: 60 of 100 left',
                    checked: false,
                    disabled: false,
                    description: []
                },
                {
                    value: CCP_LOGIN,
                    label: 'Customer Community Plus Login: 380 of 500 left',
                    checked: true,
                    disabled: false,
                    description: []
                }
            ]);
            expect(radios(element).every((input) => input.required && input.type === 'radio')).toBe(true);
            // One group: every radio has the same name, unique to this instance.
            expect(new Set(radios(element).map((input) => input.name)).size).toBe(1);
            expect(radios(element)[0].name).toMatch(/^licenseKey-\d+$/);
            expect($$license(element, '.license-reason')).toHaveLength(0);
            expect($license(element, '.license-error')).toBeNull();
            expect($license(element, '.no-license')).toBeNull();

            const profile = control(element, 'profileId');
            // Only the profiles the server offers (custom clones), and the server's default of the licence.
            expect(profile.options.map((option) => option.label)).toEqual([
                'Alumni Community Login User',
                'Student Community Login User'
            ]);
            expect(profile.value).toBe('00e5g000000StdLgAAJ');
            expect(profile.required).toBe(true);
            expect(profile.messageWhenValueMissing).toBe('Choose a profile.');

            const timeZone = control(element, 'timeZoneSidKey');
            expect(timeZone.value).toBe('America/Toronto');
            expect(timeZone.required).toBe(true);
            expect(timeZone.options).toHaveLength(33);
            expect(text(element, '.timezone-suggestion')).toBe('Suggested from mailing address: Ontario, Canada.');

            expect($(element, '.owner-role')).toBeNull();
            expect($(element, 'lightning-accordion.advanced').activeSectionName).toEqual([]);
            expect(control(element, 'username').value).toBe('ada.lovelace@uni.edu.students');
            expect(control(element, 'communityNickname').value).toBe('ada.lovelace');
            expect(control(element, 'alias').value).toBe('alove');
            expect(control(element, 'alias').maxLength).toBe('8');
            expect(control(element, 'localeSidKey').value).toBe('en_CA');
            expect(control(element, 'localeSidKey').options).toHaveLength(8);
            expect(control(element, 'languageLocaleKey').value).toBe('en_US');
            expect(control(element, 'emailEncodingKey').value).toBe('UTF-8');
            expect(control(element, 'sendWelcomeEmail').checked).toBe(false);

            expect(primaryButton(element).label).toBe('Enable');
            expect(primaryButton(element).disabled).toBe(false);
            expect($(element, '.problems')).toBeNull();
            expect($(element, '.check-again-button')).toBeNull();
        });

        it('enables with one click: exact Apex arguments, toast with a link, refresh, close', async () => {
            enableStudentUser.mockResolvedValue(fixture('resultCreated'));
            const element = await render('ready');
            await clickPrimary(element);

            expect(enableStudentUser).toHaveBeenCalledTimes(1);
            expect(enableStudentUser.mock.calls[0][0]).toEqual({ request: READY_REQUEST });
            expect(events).toEqual([
                {
                    type: 'toast',
                    detail: {
                        title: 'Student user enabled',
                        message: 'Portal user {0} was created for {1}.',
                        messageData: [
                            {
                                url: 'nav:/User/0055g00000AdaPtlAAL',
                                label: 'ada.lovelace@uni.edu.students'
                            },
                            'Ada Lovelace'
                        ],
                        variant: 'success'
                    }
                },
                { type: 'refresh' }
            ]);
            expect(refreshApex).toHaveBeenCalledTimes(1);
        });

        it('stays open on what was done, with the new user’s link (not only in the toast), until Close', async () => {
            enableStudentUser.mockResolvedValue(fixture('resultCreated'));
            const element = await render('ready');
            await clickPrimary(element);
            expect(text(element, '.enabled-user-text')).toBe(
                'Portal user ada.lovelace@uni.edu.students was created for Ada Lovelace.'
            );
            const link = $(element, 'a.new-user-link');
            expect(link.getAttribute('href')).toBe('nav:/User/0055g00000AdaPtlAAL');
            expect(link.textContent).toBe('Open user ada.lovelace@uni.edu.students');
            expectClickOpensUser(link, '0055g00000AdaPtlAAL');
            expect(primaryButton(element)).toBeNull();
            const close = $(element, 'lightning-button.cancel-button');
            expect(close.label).toBe('Close');
            close.click();
            expect(events.map((event) => event.type)).toEqual(['toast', 'refresh', 'close']);
        });

        it('sends what the admin changed, and blank advanced fields as absent', async () => {
            enableStudentUser.mockResolvedValue(fixture('resultCreated'));
            const element = await render('ready');
            await chooseLicense(element, CCP);
            expect(checkedLicense(element)).toBe(CCP);
            expect(control(element, 'profileId').options.map((option) => option.value)).toEqual([
                '00e5g000000CcpStAAH',
                '00e5g000000StdPlAAK'
            ]);
            // The server has no default profile for this licence (two custom profiles): the form asks, it never guesses.
            expect(control(element, 'profileId').value).toBe('');
            await change(element, 'profileId', { value: '00e5g000000StdPlAAK' });
            await change(element, 'timeZoneSidKey', { value: 'Europe/London' });
            await change(element, 'username', { value: '  ada@students.uni.edu  ' });
            await change(element, 'communityNickname', { value: '' });
            await change(element, 'alias', { value: 'adal' });
            await change(element, 'localeSidKey', { value: 'en_GB' });
            await change(element, 'languageLocaleKey', { value: 'fr' });
            await change(element, 'emailEncodingKey', { value: 'ISO-8859-1' });
            await change(element, 'sendWelcomeEmail', { checked: true });
            await clickPrimary(element);

            expect(enableStudentUser.mock.calls[0][0]).toEqual({
                request: {
                    contactId: CONTACT_ID,
                    licenseKey: CCP,
                    profileId: '00e5g000000StdPlAAK',
                    timeZoneSidKey: 'Europe/London',
                    username: 'ada@students.uni.edu',
                    alias: 'adal',
                    localeSidKey: 'en_GB',
                    languageLocaleKey: 'fr',
                    emailEncodingKey: 'ISO-8859-1',
                    sendWelcomeEmail: true
                }
            });
        });

        it('finds a time zone by city, zone key or offset and keeps the current choice listed', async () => {
            const element = await render('ready');
            const search = $(element, 'lightning-input.timezone-search');
            expect(search.type).toBe('search');

            search.dispatchEvent(new CustomEvent('change', { detail: { value: 'new york' } }));
            await flushPromises();
            expect(control(element, 'timeZoneSidKey').options.map((option) => option.value)).toEqual([
                'America/Toronto',
                'America/New_York'
            ]);
            expect(text(element, '.timezone-status')).toBe('1 of 33 time zones match.');

            search.dispatchEvent(new CustomEvent('change', { detail: { value: '+05:30' } }));
            await flushPromises();
            expect(control(element, 'timeZoneSidKey').options.map((option) => option.value)).toEqual([
                'America/Toronto',
                'Asia/Kolkata'
            ]);

            search.dispatchEvent(new CustomEvent('change', { detail: { value: 'atlantis' } }));
            await flushPromises();
            expect(text(element, '.timezone-status')).toBe(
                'No time zone matches “atlantis”. The current choice is kept.'
            );
            expect(control(element, 'timeZoneSidKey').options).toEqual([
                { value: 'America/Toronto', label: '(GMT-05:00) Eastern Standard Time (America/Toronto)' }
            ]);

            search.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
            await flushPromises();
            expect(control(element, 'timeZoneSidKey').options).toHaveLength(33);
            expect(text(element, '.timezone-status')).toBe('');
        });

        it('tracks the advanced section the admin opens', async () => {
            const element = await render('ready');
            const accordion = $(element, 'lightning-accordion.advanced');
            accordion.dispatchEvent(new CustomEvent('sectiontoggle', { detail: { openSections: ['advanced'] } }));
            await flushPromises();
            expect(accordion.activeSectionName).toEqual(['advanced']);
        });

        it('ignores a change from an element that is not a request field', async () => {
            enableStudentUser.mockResolvedValue(fixture('resultCreated'));
            const element = await render('ready');
            const stray = control(element, 'alias');
            delete stray.dataset.field;
            stray.dispatchEvent(new CustomEvent('change', { detail: { value: 'zzz' } }));
            stray.dataset.field = 'alias';
            await clickPrimary(element);
            expect(enableStudentUser.mock.calls[0][0].request.alias).toBe('alove');
        });
    });

    describe('client validation', () => {
        it('stops on an invalid field, announces it and focuses it', async () => {
            const element = await render('ready');
            stubValidity(element, ['timeZoneSidKey', 'alias']);
            primaryButton(element).click();
            await flushPromises();

            expect(enableStudentUser).not.toHaveBeenCalled();
            expect(text(element, '.validation-error')).toBe('Check the highlighted fields.');
            expect($(element, '.messages').getAttribute('aria-live')).toBe('assertive');
            expect(control(element, 'timeZoneSidKey').focus).toHaveBeenCalled();
            expect(
                $$(element, '[data-field]:not(c-student-user-license-choice)').every(
                    (input) => input.reportValidity.mock.calls.length === 1
                )
            ).toBe(true);
            expect(events).toEqual([]);
        });

        it('opens the advanced section when the first invalid field is in it', async () => {
            const element = await render('ready');
            stubValidity(element, ['alias']);
            primaryButton(element).click();
            await flushPromises();
            expect($(element, 'lightning-accordion.advanced').activeSectionName).toEqual(['advanced']);
            expect(control(element, 'alias').focus).toHaveBeenCalled();
        });
    });

    describe('saving', () => {
        it('disables the buttons and shows a spinner; a second click does not call Apex again', async () => {
            let resolve;
            enableStudentUser.mockReturnValue(
                new Promise((done) => {
                    resolve = done;
                })
            );
            const element = await render('ready');
            stubValidity(element);
            primaryButton(element).click();
            primaryButton(element).click();
            await flushPromises();

            expect(enableStudentUser).toHaveBeenCalledTimes(1);
            expect(primaryButton(element).disabled).toBe(true);
            expect($(element, 'lightning-button.cancel-button').disabled).toBe(true);
            expect($(element, 'lightning-spinner.saving').alternativeText).toBe('Enabling the student user');
            primaryButton(element).click();
            expect(enableStudentUser).toHaveBeenCalledTimes(1);

            resolve(fixture('resultCreated'));
            await flushPromises();
            expect(events.map((event) => event.type)).toEqual(['toast', 'refresh']);
        });
    });

    describe('cancel', () => {
        it('closes the action without calling Apex', async () => {
            const element = await render('ready');
            $(element, 'lightning-button.cancel-button').click();
            await flushPromises();
            expect(events).toEqual([{ type: 'close' }]);
            expect(enableStudentUser).not.toHaveBeenCalled();
        });
    });

    describe('owner without role', () => {
        it('explains the role Salesforce requires and sends the chosen role', async () => {
            enableStudentUser.mockResolvedValue(fixture('resultCreatedWithOwnerRole'));
            const element = await render('ownerWithoutRole');
            const section = $(element, '.owner-role');
            expect(section.querySelector('h3').textContent).toBe('The account owner needs a role');
            expect(text(element, '.role-explanation')).toBe(
                'Salesforce requires the owner of a portal user’s account to have a role. Integration User, ' +
                    'owner of Ada Lovelace Administrative Account, has none.'
            );
            expect(text(element, '.role-assignment')).toBe('Integration User will get the role Student Records Owner.');
            const role = control(element, 'ownerRoleId');
            expect(role.required).toBe(true);
            expect(role.value).toBe('00E5g000000StRecEAE');
            expect(role.options.map((option) => option.label)).toEqual([
                'Student Advisor',
                'Registrar',
                'Student Records Owner'
            ]);

            await change(element, 'ownerRoleId', { value: '00E5g000000AdvisEAF' });
            expect(text(element, '.role-assignment')).toBe('Integration User will get the role Student Advisor.');
            await clickPrimary(element);

            expect(enableStudentUser.mock.calls[0][0]).toEqual({
                request: { ...READY_REQUEST, ownerRoleId: '00E5g000000AdvisEAF' }
            });
            expect(events[0].detail.message).toBe(
                'Portal user {0} was created for {1}. Integration User was given the role Student Records Owner.'
            );
        });

        it('asks for a role when the settings name none', async () => {
            const context = fixture('ownerWithoutRole');
            context.defaultRoleId = null;
            const element = await render();
            getEnableContext.emit(context);
            await flushPromises();
            expect(control(element, 'ownerRoleId').value).toBe('');
            expect(text(element, '.role-assignment')).toBe('Pick the role Integration User will get.');
        });
    });

    describe('licence exhausted', () => {
        const EXHAUSTED_REASON =
            'Customer Community Plus Login can’t be chosen: no licenses left (500 of 500 used). ' +
            'Free a license or choose another type.';

        it('shows the exhausted licence as a disabled radio described by its reason, and sends the other', async () => {
            enableStudentUser.mockResolvedValue(fixture('resultCreatedPlus'));
            const element = await render('licenseExhausted');
            expect(licenseRadios(element)).toEqual([
                {
                    value: CCP,
                    label: 'Customer Community Plus: 60 of 100 left',
                    checked: true,
                    disabled: false,
                    description: []
                },
                {
                    value: CCP_LOGIN,
                    label: 'Customer Community Plus Login: 0 of 500 left',
                    checked: false,
                    disabled: true,
                    description: [EXHAUSTED_REASON]
                }
            ]);
            expect($$license(element, '.license-reason').map((node) => node.textContent.trim())).toEqual([
                EXHAUSTED_REASON
            ]);
            expect($license(element, '.no-license')).toBeNull();
            // No server default for this licence: no profile is preselected and the field says to choose one.
            expect(control(element, 'profileId').value).toBe('');
            expect(control(element, 'profileId').messageWhenValueMissing).toBe('Choose a profile.');
            await change(element, 'profileId', { value: '00e5g000000StdPlAAK' });

            // A disabled radio cannot be checked.
            radio(element, CCP_LOGIN).click();
            await flushPromises();
            expect(checkedLicense(element)).toBe(CCP);

            await clickPrimary(element);
            expect(enableStudentUser.mock.calls[0][0]).toEqual({
                request: { ...READY_REQUEST, licenseKey: CCP, profileId: '00e5g000000StdPlAAK' }
            });
            expect(events.map((event) => event.type)).toEqual(['toast', 'refresh']);
        });

        it('disables every radio and Enable when no licence has a seat left', async () => {
            const context = fixture('licenseExhausted');
            context.licenses[0].available = 0;
            context.licenses[0].used = 100;
            const element = await render();
            getEnableContext.emit(context);
            await flushPromises();
            expect(licenseRadios(element).map((item) => [item.checked, item.disabled])).toEqual([
                [false, true],
                [false, true]
            ]);
            expect(describedBy(element, radio(element, CCP))).toEqual([
                'Customer Community Plus can’t be chosen: no licenses left (100 of 100 used). ' +
                    'Free a license or choose another type.'
            ]);
            expect(licenseText(element, '.no-license')).toBe(
                'No license type has a free seat. Free a license, then check again.'
            );
            expect(control(element, 'profileId').options).toEqual([]);
            expect(primaryButton(element).disabled).toBe(true);
        });

        it('asks for another licence when the chosen one ran out of seats on a refresh', async () => {
            const element = await render('ready');
            await change(element, 'alias', { value: 'typed' });
            const refreshed = fixture('ready');
            refreshed.licenses[1].available = 0;
            refreshed.licenses[1].used = 500;
            getEnableContext.emit(refreshed);
            await flushPromises();
            // The admin's values are kept, so the exhausted licence is still the checked one.
            expect(checkedLicense(element)).toBe(CCP_LOGIN);
            expect(radio(element, CCP_LOGIN).disabled).toBe(true);

            stubValidity(element);
            primaryButton(element).click();
            await flushPromises();

            expect(enableStudentUser).not.toHaveBeenCalled();
            expect(text(element, '.validation-error')).toBe('Check the highlighted fields.');
            expect(licenseGroup(element).classList).toContain('slds-has-error');
            expect(licenseText(element, '.license-error')).toBe('Choose a license type that has seats left.');
            expect(describedBy(element, radio(element, CCP))).toEqual(['Choose a license type that has seats left.']);
            expect(describedBy(element, radio(element, CCP_LOGIN))).toEqual([
                'Customer Community Plus Login can’t be chosen: no licenses left (500 of 500 used). ' +
                    'Free a license or choose another type.',
                'Choose a license type that has seats left.'
            ]);
            // Focus goes to the first radio that can be chosen.
            expect(focusedRadio(element)).toBe(radio(element, CCP));

            await chooseLicense(element, CCP);
            expect(licenseGroup(element).className).toBe('license slds-form-element');
            expect($license(element, '.license-error')).toBeNull();
            expect(describedBy(element, radio(element, CCP))).toEqual([]);
        });
    });

    describe('blocked', () => {
        it('lists each problem with its fix, hides the form and keeps Enable disabled', async () => {
            const element = await render('blocked');
            const problems = $$(element, '.problem');
            expect(problems).toHaveLength(2);
            expect(problems[0].querySelector('.problem-message').textContent).toBe(
                'Grace Hopper has no email address.'
            );
            expect(problems[0].querySelector('.problem-fix').textContent).toBe(
                'How to fix: Add an email to the contact, then try again.'
            );
            expect(problems[1].querySelector('.problem-message').textContent).toContain('is inactive');
            expect(text(element, '.problems')).toContain('Fix these first, then check again');
            expect(text(element, '.contact-email')).toBe('None');
            expect(licenseGroup(element)).toBeNull();
            expect($(element, '.owner-role')).toBeNull();
            expect(primaryButton(element).disabled).toBe(true);

            primaryButton(element).click();
            await flushPromises();
            expect(enableStudentUser).not.toHaveBeenCalled();
        });

        it('checks again: reloads the context and shows the form once the problems are fixed', async () => {
            const element = await render('blocked');
            $(element, 'lightning-button.check-again-button').click();
            await flushPromises();
            expect(refreshApex).toHaveBeenCalledTimes(1);

            getEnableContext.emit(fixture('ready'));
            await flushPromises();
            expect($(element, '.problems')).toBeNull();
            expect(checkedLicense(element)).toBe(CCP_LOGIN);
            expect(primaryButton(element).disabled).toBe(false);
        });

        it('stays on the problems when reloading the context fails', async () => {
            refreshApex.mockRejectedValueOnce(new Error('offline'));
            const element = await render('blocked');
            $(element, 'lightning-button.check-again-button').click();
            await flushPromises();
            expect(refreshApex).toHaveBeenCalledTimes(1);
            expect($$(element, '.problem')).toHaveLength(2);
        });

        it('treats canEnable false without problems as blocked, with no fix line when none is given', async () => {
            const context = fixture('blocked');
            context.problems = [{ code: 'PERMISSION_DENIED', field: null, message: 'No permission.', fix: null }];
            const element = await render();
            getEnableContext.emit(context);
            await flushPromises();
            expect($(element, '.problem-fix')).toBeNull();
            expect(primaryButton(element).disabled).toBe(true);
        });
    });

    describe('login readiness', () => {
        const readiness = (element) => $(element, 'c-student-user-site-readiness');
        const readinessText = (element, selector) =>
            (readiness(element)?.shadowRoot.querySelector(selector)?.textContent ?? '').trim();

        it('shows the site and its login page for the chosen profile, and the email decision', async () => {
            const element = await render('ready');
            expect(readinessText(element, '.site-login')).toBe('The student can log in to: Student Portal.');
            const link = readiness(element).shadowRoot.querySelector('a.site-link');
            expect(link.getAttribute('href')).toBe('https://uni.my.site.com/students/login');
            expect(link.textContent).toBe('Login page of Student Portal');
            expect(readinessText(element, '.email-decision')).toContain('Email: none.');

            await change(element, 'sendWelcomeEmail', { checked: true });
            expect(readinessText(element, '.email-decision')).toBe(
                'Email: the welcome email of Student Portal. Its password link expires after 24 hours.'
            );
            expect(primaryButton(element).disabled).toBe(false);
        });

        it('says Salesforce sends its new-user email when no live site sends a welcome email', async () => {
            const context = fixture('ready');
            context.siteReadiness.profiles.forEach((entry) => {
                entry.sites = entry.sites.map((site) => ({ ...site, sendsWelcomeEmail: false }));
            });
            const element = await render();
            getEnableContext.emit(context);
            await flushPromises();
            await change(element, 'sendWelcomeEmail', { checked: true });
            expect(readinessText(element, '.email-decision')).toContain('the Salesforce new-user email');
        });

        it('shows NOT_A_SITE_MEMBER with the site and the fix before Enable, and blocks Enable', async () => {
            const element = await render('notASiteMember');
            const message = readiness(element).shadowRoot.querySelector('.site-problem-message');
            expect(message.dataset.code).toBe('NOT_A_SITE_MEMBER');
            expect(message.textContent).toContain('Student Community Login User');
            expect(message.textContent).toContain('Student Portal');
            expect(readinessText(element, '.site-problem-fix')).toMatch(
                /^How to fix: Add the profile or one of the permission sets to the site's members/
            );
            expect($(element, '.problems')).toBeNull();
            expect(primaryButton(element).disabled).toBe(true);

            primaryButton(element).click();
            await flushPromises();
            expect(enableStudentUser).not.toHaveBeenCalled();
        });

        it('lets the admin pick a member profile instead', async () => {
            const element = await render('notASiteMember');
            await chooseLicense(element, CCP);
            await change(element, 'profileId', { value: '00e5g000000StdPlAAK' });
            expect(readinessText(element, '.site-login')).toBe('The student can log in to: Student Portal.');
            expect(primaryButton(element).disabled).toBe(false);
        });

        it('only warns when the settings make readiness a warning', async () => {
            const context = fixture('notASiteMember');
            context.siteReadiness.warnOnly = true;
            const element = await render();
            getEnableContext.emit(context);
            await flushPromises();
            expect(readinessText(element, '.site-warning')).toContain('Enable is allowed');
            expect(primaryButton(element).disabled).toBe(false);
        });

        it('never blocks a reactivation and says it sends no email', async () => {
            const context = fixture('inactiveUser');
            const profileId = context.existingUser.profileId ?? context.defaultProfileId;
            context.siteReadiness = {
                warnOnly: false,
                profiles: context.profiles.map((profile) => ({
                    profileId: profile.id,
                    sites: [],
                    problem: { code: 'SITE_NOT_LIVE', field: 'profileId', message: 'Not live.', fix: 'Publish it.' }
                }))
            };
            const element = await render();
            getEnableContext.emit(context);
            await flushPromises();
            expect(profileId).toBeTruthy();
            expect(readinessText(element, '.site-warning')).toContain('Reactivation is allowed');
            expect(readinessText(element, '.email-decision')).toContain('keeps the password');
            expect(primaryButton(element).disabled).toBe(false);
        });

        it('shows nothing without readiness in the context (an older server)', async () => {
            const context = fixture('ready');
            delete context.siteReadiness;
            const element = await render();
            getEnableContext.emit(context);
            await flushPromises();
            expect(readiness(element).shadowRoot.querySelector('section')).toBeNull();
        });
    });

    describe('permission denied', () => {
        it('shows the problem of a context without contact (Apex leaves out null properties)', async () => {
            const element = await render('permissionDenied');
            expect($(element, '.contact-summary')).toBeNull();
            expect(text(element, '.problem-message')).toBe(
                "You can't enable student users: the custom permission Enable_Student_Users is missing."
            );
            expect(text(element, '.problem-fix')).toBe(
                'How to fix: Ask an administrator to assign you the permission set Student_User_Enablement.'
            );
            expect(primaryButton(element).disabled).toBe(true);
        });
    });

    describe('already enabled', () => {
        it('says so and links to the active user, with only a Close button', async () => {
            const element = await render('alreadyEnabled');
            expect(text(element, '.already-enabled')).toContain('Ada Lovelace already has an active portal user.');
            const link = $(element, 'a.existing-user-link');
            expect(link.getAttribute('href')).toBe('nav:/User/0055g00000AdaPtlAAL');
            expect(link.textContent).toBe('Open user ada.lovelace@uni.edu.students');
            expectClickOpensUser(link, '0055g00000AdaPtlAAL');
            expect(primaryButton(element)).toBeNull();
            expect($(element, '.check-again-button')).toBeNull();
            expect($(element, 'lightning-button.cancel-button').label).toBe('Close');
        });

        it('shows the login status of the user, which reactivates nothing itself', async () => {
            const element = await render('alreadyEnabled');
            const status = $(element, 'c-student-user-login-status');
            expect(status.contactId).toBe(CONTACT_ID);
            expect(status.reactivateInForm).toBeFalsy();
        });

        it('on a person account with a user, gives the login status the person contact, not the Account id', async () => {
            const context = fixture('personAccountEnabled');
            const element = await render('personAccountEnabled', context.contact.accountId);
            expect(text(element, '.already-enabled')).toContain('Rosalind Franklin already has an active portal user.');
            const status = $(element, 'c-student-user-login-status');
            expect(status.contactId).toBe(context.contact.id);
            expect(status.contactId.startsWith('003')).toBe(true);
        });

        it('reloads the page and its context when the login status view changed the user', async () => {
            const element = await render('alreadyEnabled');
            $(element, 'c-student-user-login-status').dispatchEvent(
                new CustomEvent('statuschange', { detail: { action: 'DEACTIVATE', status: 'DEACTIVATED' } })
            );
            await flushPromises();
            expect(events.map((event) => event.type)).toEqual(['refresh']);
            expect(refreshApex).toHaveBeenCalled();
        });
    });

    describe('inactive user', () => {
        it('shows the login status, whose reactivation is the form’s Reactivate button', async () => {
            const element = await render('inactiveUser');
            const status = $(element, 'c-student-user-login-status');
            expect(status.contactId).toBe(CONTACT_ID);
            expect(status.reactivateInForm).toBe(true);
        });

        it('offers Reactivate with the user’s licence and profile, and toasts the reactivation', async () => {
            enableStudentUser.mockResolvedValue(fixture('resultReactivated'));
            const element = await render('inactiveUser');
            expect(primaryButton(element).label).toBe('Reactivate');
            expect(text(element, '.inactive-user')).toBe(
                'Ada Lovelace has an inactive portal user, ada.lovelace@uni.edu.students. ' +
                    'Reactivate it instead of creating a new one.'
            );
            expect(checkedLicense(element)).toBe(CCP);
            expect(control(element, 'profileId').value).toBe('00e5g000000StdPlAAK');
            // The user's own time zone, not the suggestion from the mailing address.
            expect(control(element, 'timeZoneSidKey').value).toBe('Europe/London');
            await clickPrimary(element);

            // Unchanged licence, profile and time zone are not sent: the service keeps the user's own.
            const { licenseKey, profileId, timeZoneSidKey, ...kept } = READY_REQUEST;
            expect([licenseKey, profileId, timeZoneSidKey]).toEqual([
                CCP_LOGIN,
                '00e5g000000StdLgAAJ',
                'America/Toronto'
            ]);
            expect(enableStudentUser.mock.calls[0][0]).toEqual({ request: kept });
            expect(events[0].detail).toMatchObject({
                title: 'Student user reactivated',
                message: 'Portal user {0} of {1} was reactivated.',
                variant: 'success'
            });
            expect(events.map((event) => event.type)).toEqual(['toast', 'refresh']);
        });
    });

    describe('server error', () => {
        it('keeps the modal open, shows the message and puts USERNAME_TAKEN on the username', async () => {
            const error = fixture('serverErrorUsernameTaken');
            const { message, fix } = JSON.parse(error.body.message);
            enableStudentUser.mockRejectedValue(error);
            const element = await render('ready');
            await change(element, 'alias', { value: 'adal' });
            await clickPrimary(element);

            expect(events).toEqual([]);
            // The message and the refusal's own fix, apart (the fix is not shown twice).
            expect(message.endsWith(fix)).toBe(true);
            expect(text(element, '.server-error')).toBe(
                'The username ada.lovelace@uni.edu.students is already used by another user.'
            );
            expect(text(element, '.server-error-fix')).toBe(`How to fix: ${fix}`);
            expect(text(element, '.form-message')).toContain('The student user was not enabled.');
            const username = control(element, 'username');
            expect(username.setCustomValidity).toHaveBeenLastCalledWith(message);
            expect(username.reportValidity).toHaveBeenCalled();
            expect(username.focus).toHaveBeenCalled();
            expect($(element, 'lightning-accordion.advanced').activeSectionName).toEqual(['advanced']);
            expect(primaryButton(element).disabled).toBe(false);
            expect($(element, 'lightning-spinner.saving')).toBeNull();
            // Nothing the admin typed is lost.
            expect(control(element, 'alias').value).toBe('adal');

            // Editing the username clears its error.
            await change(element, 'username', { value: 'ada.lovelace2@uni.edu.students' });
            expect(username.setCustomValidity).toHaveBeenLastCalledWith('');

            enableStudentUser.mockResolvedValue(fixture('resultCreated'));
            await clickPrimary(element);
            expect(enableStudentUser).toHaveBeenCalledTimes(2);
            expect(enableStudentUser.mock.calls[1][0].request).toMatchObject({
                username: 'ada.lovelace2@uni.edu.students',
                alias: 'adal'
            });
            expect(events.map((event) => event.type)).toEqual(['toast', 'refresh']);
        });

        it('puts NO_LICENSE_LEFT on the licence group, focuses the checked radio, and clears it on a change', async () => {
            const message = 'No Customer Community Plus Login licence is left for Ada Lovelace.';
            enableStudentUser.mockRejectedValue({
                body: { message: JSON.stringify({ code: 'NO_LICENSE_LEFT', field: 'licenseKey', message }) }
            });
            const element = await render('ready');
            await clickPrimary(element);

            expect(text(element, '.server-error')).toBe(message);
            expect(licenseGroup(element).className).toBe('license slds-form-element slds-has-error');
            expect(licenseText(element, '.license-error')).toBe(message);
            expect(licenseRadios(element).map((item) => item.description)).toEqual([[message], [message]]);
            expect(focusedRadio(element)).toBe(radio(element, CCP_LOGIN));
            expect($(element, 'lightning-accordion.advanced').activeSectionName).toEqual([]);

            // Choosing another licence clears the error; Enable then sends it.
            enableStudentUser.mockResolvedValue(fixture('resultCreatedPlus'));
            await chooseLicense(element, CCP);
            expect($license(element, '.license-error')).toBeNull();
            expect(licenseGroup(element).classList).not.toContain('slds-has-error');
            expect(checkedLicense(element)).toBe(CCP);
            await change(element, 'profileId', { value: '00e5g000000CcpStAAH' });
            await clickPrimary(element);
            expect(enableStudentUser.mock.calls[1][0].request).toMatchObject({
                licenseKey: CCP,
                profileId: '00e5g000000CcpStAAH'
            });
        });

        it('keeps the server error on the licence until the next Enable validates again', async () => {
            const message = 'No Customer Community Plus Login licence is left for Ada Lovelace.';
            enableStudentUser.mockRejectedValueOnce({
                body: { message: JSON.stringify({ code: 'NO_LICENSE_LEFT', field: 'licenseKey', message }) }
            });
            enableStudentUser.mockResolvedValueOnce(fixture('resultCreated'));
            const element = await render('ready');
            await clickPrimary(element);
            expect(licenseText(element, '.license-error')).toBe(message);
            // Enable again with the same licence: the custom error is cleared first, like setCustomValidity('').
            await clickPrimary(element);
            expect(enableStudentUser).toHaveBeenCalledTimes(2);
            expect(events.map((event) => event.type)).toEqual(['toast', 'refresh']);
        });

        it('focuses the message when the error concerns no field of the form', async () => {
            enableStudentUser.mockRejectedValue({ body: { message: 'Insert failed. UNABLE_TO_LOCK_ROW' } });
            const element = await render('ready');
            await clickPrimary(element);
            expect(text(element, '.server-error')).toBe('Insert failed. UNABLE_TO_LOCK_ROW');
            expect(element.shadowRoot.activeElement).toBe($(element, '.form-message'));
            expect($(element, '.server-error-fix')).toBeNull();
            expect(events).toEqual([]);
        });

        it('falls back to a generic text for an error without a message', async () => {
            enableStudentUser.mockRejectedValue({});
            const element = await render('ready');
            await clickPrimary(element);
            expect(text(element, '.server-error')).toBe('Unknown error.');
        });
    });

    describe('context refresh', () => {
        it('keeps typed values when the same contact is provisioned again', async () => {
            const element = await render('ready');
            await change(element, 'alias', { value: 'typed' });
            getEnableContext.emit(fixture('ready'));
            await flushPromises();
            expect(control(element, 'alias').value).toBe('typed');
        });
    });

    // The quick action on Account (issue 15): the page gives the Account id; the server answers with the person
    // contact's context (or a typed problem for a business account); the request names the person contact.
    describe('on an Account page', () => {
        describe('person account', () => {
            it('asks the server for the context of the Account id the page gives', async () => {
                await render('personAccount', PERSON_ACCOUNT_ID);
                expect(getEnableContext.getLastConfig()).toEqual({ contactId: PERSON_ACCOUNT_ID });
            });

            it('shows the person account student, marked as a person account, ready to enable', async () => {
                const element = await render('personAccount', PERSON_ACCOUNT_ID);
                expect(text(element, '.contact-name')).toBe('Rosalind Franklin');
                expect(text(element, '.contact-account')).toBe('Rosalind Franklin (person account)');
                expect($(element, '.problems')).toBeNull();
                expect(primaryButton(element).disabled).toBe(false);
            });

            it('enables the person contact, not the Account', async () => {
                enableStudentUser.mockResolvedValue(fixture('resultCreatedPersonAccount'));
                const element = await render('personAccount', PERSON_ACCOUNT_ID);
                // Base inputs are empty stubs in Jest: they report valid, as the filled-in form does in a browser.
                for (const input of element.shadowRoot.querySelectorAll(
                    '[data-field]:not(c-student-user-license-choice)'
                )) {
                    input.reportValidity = () => true;
                    input.setCustomValidity = () => undefined;
                }
                primaryButton(element).click();
                await flushPromises();

                expect(enableStudentUser).toHaveBeenCalledTimes(1);
                const { request } = enableStudentUser.mock.calls[0][0];
                expect(request.contactId).toBe(PERSON_CONTACT_ID);
                expect(request.timeZoneSidKey).toBe('Europe/London');
                expect(request.username).toBe('rosalind.franklin@uni.edu.students');
                expect(events[0].detail.messageData[1]).toBe('Rosalind Franklin');
                expect(events.map((event) => event.type)).toEqual(['toast', 'refresh']);
            });
        });

        describe('business account', () => {
            it('explains that only person accounts can be enabled here and how to go on, without a form', async () => {
                const element = await render('notPersonAccount', BUSINESS_ACCOUNT_ID);
                expect(text(element, '.problem-message')).toBe(
                    'Ada Lovelace Administrative Account (0015g00000AdaAdmAAC) is a business account, not a person ' +
                        'account: Enable Student User on an Account works for person accounts only.'
                );
                expect(text(element, '.problem-fix')).toBe(
                    "How to fix: Open the student's Contact (the account's Contacts related list) and use Enable " +
                        'Student User there, or give the Contact id or email.'
                );
                expect($(element, '.contact-summary')).toBeNull();
                expect(primaryButton(element).disabled).toBe(true);
                primaryButton(element).click();
                await flushPromises();
                expect(enableStudentUser).not.toHaveBeenCalled();
            });
        });
    });
});
