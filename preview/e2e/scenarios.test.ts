import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import {
    ADA_DEFAULTS,
    checkedLicense,
    expectSuccess,
    fillForm,
    IDS,
    LICENSE_NAMES,
    LICENSES,
    licenseRadio,
    optionNames,
    TOKYO,
    TORONTO
} from './form';
import { tabTo } from './keyboard';
import {
    accessibleDescription,
    apexCalls,
    expectText,
    openScenario,
    pickOption,
    previewEvents,
    screenshot,
    TEST_TIMEOUT_MS,
    waitForFocus,
    type OpenedScenario,
    previewTestSession
} from './harness';

jest.setTimeout(TEST_TIMEOUT_MS);

const CONTEXT_METHOD = 'StudentUserController.getEnableContext';
const ENABLE_METHOD = 'StudentUserController.enableStudentUser';

const preview = previewTestSession();

async function open(scenario: string, latency = 0): Promise<OpenedScenario> {
    return preview.track(await openScenario(preview.session, scenario, latency));
}

/** Screenshot of the scenario as it opens, and an axe scan of the whole page with nothing excluded. */
async function checkOpenedPage(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
}

function contextCall(contactId: string = IDS.contact): { method: string; params: unknown } {
    return { method: CONTEXT_METHOD, params: { contactId } };
}

async function buttonDisabled(dialog: Locator, name: string): Promise<boolean> {
    return dialog.getByRole('button', { name, exact: true }).isDisabled();
}

describe('preview: ready with defaults', () => {
    it('enables with one click on Enable and sends the suggested values', async () => {
        const { page, dialog } = await open('ready');
        await checkOpenedPage(page, 'ready');
        await expectText(dialog.getByRole('combobox', { name: 'Profile' }), 'Student Community Login User');
        await expectText(dialog.getByRole('combobox', { name: 'Time zone' }), TORONTO);
        await expectText(dialog, 'Suggested from mailing address: Ontario, Canada.');
        expect(await checkedLicense(dialog)).toBe(LICENSE_NAMES.login);
        expect(await licenseRadio(dialog, LICENSE_NAMES.plus).isEnabled()).toBe(true);
        expect(await apexCalls(page)).toEqual([contextCall()]);

        await dialog.getByRole('button', { name: 'Enable', exact: true }).click();

        const events = await expectSuccess(
            page,
            dialog,
            'Student user enabled',
            'Portal user ada.lovelace@uni.edu.students was created for Ada Lovelace.'
        );
        const request = {
            ...ADA_DEFAULTS,
            licenseKey: LICENSES.login,
            profileId: IDS.profiles.studentLogin,
            timeZoneSidKey: 'America/Toronto'
        };
        expect(await apexCalls(page)).toEqual([
            contextCall(),
            { method: ENABLE_METHOD, params: { request } },
            contextCall()
        ]);
        expect(events.map((event) => event.type)).toEqual([
            'scenario',
            'apex',
            'apex',
            'toast',
            'refresh',
            'apex',
            'close'
        ]);
        const link = page.locator('#toast-region').getByRole('link', { name: 'ada.lovelace@uni.edu.students' });
        expect(await link.getAttribute('href')).toBe(`/lightning/r/User/${IDS.existingUser}/view`);
        await screenshot(page, 'ready-submitted');
    });

    it('sends what the admin picked: licence, profile, searched time zone, advanced username and welcome email', async () => {
        const { page, dialog } = await open('ready');
        await fillForm(dialog, {
            license: LICENSE_NAMES.plus,
            profile: 'Student Community Plus User',
            timeZoneQuery: 'tokyo',
            timeZone: TOKYO,
            username: 'ada.l@uni.edu.students'
        });
        await expectText(dialog.locator('.timezone-status'), '1 of 33 time zones match.');
        await dialog.locator('label').filter({ hasText: 'Send welcome email' }).click();
        await screenshot(page, 'ready-filled');

        await dialog.getByRole('button', { name: 'Enable', exact: true }).click();

        await expectSuccess(page, dialog, 'Student user enabled', 'was created for Ada Lovelace.');
        const request = {
            ...ADA_DEFAULTS,
            licenseKey: LICENSES.plus,
            profileId: IDS.profiles.studentPlus,
            timeZoneSidKey: 'Asia/Tokyo',
            username: 'ada.l@uni.edu.students',
            sendWelcomeEmail: true
        };
        expect((await apexCalls(page))[1]).toEqual({ method: ENABLE_METHOD, params: { request } });
    });

    it('lists only the profiles of the chosen licence, custom clones only', async () => {
        const { dialog } = await open('ready');
        expect(await optionNames(dialog, 'Profile')).toEqual([
            'Alumni Community Login User',
            'Student Community Login User'
        ]);
        await dialog.locator('label').filter({ hasText: LICENSE_NAMES.plus }).click();
        expect(await checkedLicense(dialog)).toBe(LICENSE_NAMES.plus);
        expect(await optionNames(dialog, 'Profile')).toEqual([
            'Alumni Community Plus User',
            'Student Community Plus User'
        ]);
    });

    it('disables both buttons and shows a spinner while saving', async () => {
        const { page, dialog } = await open('ready', 1500);
        await dialog.getByRole('button', { name: 'Enable', exact: true }).click();
        await dialog
            .getByRole('status')
            .filter({ hasText: 'Enabling the student user' })
            .waitFor({ state: 'attached' });
        expect(await buttonDisabled(dialog, 'Enable')).toBe(true);
        expect(await buttonDisabled(dialog, 'Cancel')).toBe(true);
        await screenshot(page, 'ready-saving');
        await expectSuccess(page, dialog, 'Student user enabled', 'was created for Ada Lovelace.');
    });

    it('Cancel closes the action without calling enableStudentUser', async () => {
        const { page, dialog } = await open('ready');
        await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
        await dialog.waitFor({ state: 'detached' });
        expect(await apexCalls(page)).toEqual([contextCall()]);
        expect((await previewEvents(page)).map((event) => event.type)).toEqual(['scenario', 'apex', 'close']);
    });
});

describe('preview: owner without role', () => {
    it('explains the role, lets the admin pick it, and sends ownerRoleId', async () => {
        const { page, dialog } = await open('owner-without-role');
        await checkOpenedPage(page, 'owner-without-role');
        const section = dialog.locator('section').filter({ hasText: 'The account owner needs a role' });
        await expectText(
            section,
            'Salesforce requires the owner of a portal user’s account to have a role. Integration User, owner of Ada Lovelace Administrative Account, has none.'
        );
        await expectText(section, 'Integration User will get the role Student Records Owner.');
        expect(await optionNames(dialog, 'Role for the account owner')).toEqual([
            'Student Advisor',
            'Registrar',
            'Student Records Owner'
        ]);
        await pickOption(dialog, 'Role for the account owner', 'Registrar');
        await expectText(section, 'Integration User will get the role Registrar.');
        await pickOption(dialog, 'Role for the account owner', 'Student Records Owner');
        await fillForm(dialog, {
            profile: 'Alumni Community Login User',
            timeZoneQuery: 'new york',
            timeZone: '(GMT-05:00) Eastern Standard Time (America/New_York)',
            username: 'ada@uni.edu.students'
        });

        await dialog.getByRole('button', { name: 'Enable', exact: true }).click();

        await expectSuccess(
            page,
            dialog,
            'Student user enabled',
            'Integration User was given the role Student Records Owner.'
        );
        const request = {
            ...ADA_DEFAULTS,
            licenseKey: LICENSES.login,
            profileId: IDS.profiles.customerLogin,
            timeZoneSidKey: 'America/New_York',
            username: 'ada@uni.edu.students',
            ownerRoleId: IDS.roles.recordsOwner
        };
        expect((await apexCalls(page))[1]).toEqual({ method: ENABLE_METHOD, params: { request } });
    });
});

describe('preview: licence exhausted', () => {
    const REASON =
        'Customer Community Plus Login can’t be chosen: no licenses left (500 of 500 used). Free a license or choose another type.';

    it('shows the exhausted licence as a disabled radio with its reason, and enables with the other', async () => {
        const { page, dialog } = await open('license-exhausted');
        await checkOpenedPage(page, 'license-exhausted');
        const group = dialog.getByRole('group', { name: 'License type' });
        expect(await group.getByRole('radio').count()).toBe(2);
        const plus = licenseRadio(dialog, LICENSE_NAMES.plus);
        const exhausted = licenseRadio(dialog, LICENSE_NAMES.loginExhausted);
        expect(await plus.isChecked()).toBe(true);
        expect(await plus.isEnabled()).toBe(true);
        expect(await accessibleDescription(plus)).toBe('');
        expect(await exhausted.isDisabled()).toBe(true);
        expect(await exhausted.isChecked()).toBe(false);
        expect(await accessibleDescription(exhausted)).toBe(REASON);
        await expectText(group, REASON);

        // Neither a click on its label nor the arrow keys can choose it: the group skips a disabled radio.
        await group.locator('label').filter({ hasText: LICENSE_NAMES.loginExhausted }).click({ force: true });
        expect(await exhausted.isChecked()).toBe(false);
        await plus.focus();
        await page.keyboard.press('ArrowDown');
        expect(await checkedLicense(dialog)).toBe(LICENSE_NAMES.plus);

        // The server has no default profile for this licence (two custom profiles): nothing is preselected, and
        // Enable asks for one instead of sending a request.
        await dialog.getByRole('button', { name: 'Enable', exact: true }).click();
        await expectText(dialog, 'Choose a profile.');
        expect(await apexCalls(page)).toEqual([contextCall()]);
        await pickOption(dialog, 'Profile', 'Student Community Plus User');
        await dialog.getByRole('button', { name: 'Enable', exact: true }).click();

        await expectSuccess(page, dialog, 'Student user enabled', 'was created for Ada Lovelace.');
        const request = {
            ...ADA_DEFAULTS,
            licenseKey: LICENSES.plus,
            profileId: IDS.profiles.studentPlus,
            timeZoneSidKey: 'America/Toronto'
        };
        expect((await apexCalls(page))[1]).toEqual({ method: ENABLE_METHOD, params: { request } });
    });
});

describe('preview: blocked contact', () => {
    it('lists the problems with their fix, keeps Enable disabled, and checks again on demand', async () => {
        const { page, dialog } = await open('blocked');
        await checkOpenedPage(page, 'blocked');
        await expectText(dialog, 'Fix these first, then check again');
        await expectText(dialog, 'Grace Hopper has no email address.');
        await expectText(dialog, 'How to fix: Add an email to the contact, then try again.');
        await expectText(dialog, 'Former Employee, the owner of Grace Hopper Administrative Account, is inactive.');
        await expectText(dialog, 'How to fix: Change the account owner to an active internal user.');
        expect(await buttonDisabled(dialog, 'Enable')).toBe(true);
        expect(await dialog.getByRole('combobox').count()).toBe(0);

        await dialog.getByRole('button', { name: 'Enable', exact: true }).click({ force: true });
        await dialog.getByRole('button', { name: 'Check again' }).click();
        await page.waitForFunction(() => (window as unknown as { __apexCalls: unknown[] }).__apexCalls.length === 2);

        expect(await apexCalls(page)).toEqual([contextCall(IDS.blockedContact), contextCall(IDS.blockedContact)]);
        expect(await buttonDisabled(dialog, 'Enable')).toBe(true);
    });
});

describe('preview: already enabled', () => {
    it('says so with a link to the user and offers only Close', async () => {
        const { page, dialog } = await open('already-enabled');
        await checkOpenedPage(page, 'already-enabled');
        await expectText(dialog, 'Ada Lovelace already has an active portal user.');
        const link = dialog.getByRole('link', { name: 'Open user ada.lovelace@uni.edu.students' });
        expect(await link.getAttribute('href')).toBe(`/lightning/r/User/${IDS.existingUser}/view`);
        expect(await dialog.getByRole('button', { name: /^(Enable|Reactivate)$/ }).count()).toBe(0);

        await dialog.getByRole('button', { name: 'Close', exact: true }).click();

        await dialog.waitFor({ state: 'detached' });
        // The form's context, then the login status of the existing user (see loginStatus.test.ts).
        expect(await apexCalls(page)).toEqual([
            contextCall(),
            { method: 'StudentLoginStatusController.getLoginStatus', params: { contactId: IDS.contact } }
        ]);
        expect((await previewEvents(page)).map((event) => event.type)).toEqual(['scenario', 'apex', 'apex', 'close']);
    });
});

describe('preview: inactive user', () => {
    it('offers Reactivate with the user’s licence and profile, and sends the request', async () => {
        const { page, dialog } = await open('inactive-user');
        await checkOpenedPage(page, 'inactive-user');
        await expectText(
            dialog,
            'Ada Lovelace has an inactive portal user, ada.lovelace@uni.edu.students. Reactivate it instead of creating a new one.'
        );
        expect(await dialog.getByRole('button', { name: 'Enable', exact: true }).count()).toBe(0);
        expect(await checkedLicense(dialog)).toBe(LICENSE_NAMES.plus);
        await expectText(dialog.getByRole('combobox', { name: 'Profile' }), 'Student Community Plus User');
        // The user's own time zone, not the one suggested from the mailing address.
        await expectText(
            dialog.getByRole('combobox', { name: 'Time zone' }),
            '(GMT+00:00) Greenwich Mean Time (Europe/London)'
        );
        await fillForm(dialog, {
            profile: 'Alumni Community Plus User',
            timeZoneQuery: 'tokyo',
            timeZone: TOKYO,
            username: 'ada.lovelace@uni.edu.students'
        });

        await dialog.getByRole('button', { name: 'Reactivate', exact: true }).click();

        await expectSuccess(
            page,
            dialog,
            'Student user reactivated',
            'Portal user ada.lovelace@uni.edu.students of Ada Lovelace was reactivated.'
        );
        // Only what the admin changed: the unchanged licence is not sent, so the service keeps the user's own.
        const request = {
            ...ADA_DEFAULTS,
            profileId: IDS.profiles.customerPlus,
            timeZoneSidKey: 'Asia/Tokyo'
        };
        expect((await apexCalls(page)).find((call) => call.method === ENABLE_METHOD)).toEqual({
            method: ENABLE_METHOD,
            params: { request }
        });
    });
});

describe('preview: server error with a field error', () => {
    it('keeps the modal open, puts the error on the username field, focuses it, and keeps every value', async () => {
        const { page, dialog } = await open('server-error');
        await fillForm(dialog, {
            profile: 'Alumni Community Login User',
            timeZoneQuery: 'tokyo',
            timeZone: TOKYO,
            username: 'ada.lovelace@uni.edu.students'
        });

        await dialog.getByRole('button', { name: 'Enable', exact: true }).click();

        const message =
            'The username ada.lovelace@uni.edu.students is already used by another user. Choose another username for Ada Lovelace.';
        await expectText(dialog.locator('.form-message'), 'The student user was not enabled.');
        // The message and the refusal's fix apart; the username field's own error says both.
        await expectText(
            dialog.locator('.server-error'),
            'The username ada.lovelace@uni.edu.students is already used by another user.'
        );
        await expectText(dialog.locator('.server-error-fix'), 'How to fix: Choose another username for Ada Lovelace.');
        const username = dialog.getByRole('textbox', { name: 'Username' });
        await waitForFocus(username);
        expect(await username.getAttribute('aria-invalid')).toBe('true');
        expect(await accessibleDescription(username)).toContain(message);
        expect(await buttonDisabled(dialog, 'Enable')).toBe(false);
        await expectText(dialog.getByRole('combobox', { name: 'Time zone' }), TOKYO);
        await expectText(dialog.getByRole('combobox', { name: 'Profile' }), 'Alumni Community Login User');
        expect(await username.inputValue()).toBe('ada.lovelace@uni.edu.students');
        const events = await previewEvents(page);
        expect(events.map((event) => event.type)).toEqual(['scenario', 'apex', 'apex']);
        const request = {
            ...ADA_DEFAULTS,
            licenseKey: LICENSES.login,
            profileId: IDS.profiles.customerLogin,
            timeZoneSidKey: 'Asia/Tokyo'
        };
        expect(await apexCalls(page)).toEqual([contextCall(), { method: ENABLE_METHOD, params: { request } }]);
        await checkOpenedPage(page, 'server-error');

        await username.fill('ada.lovelace2@uni.edu.students');
        await page.waitForFunction(
            () => document.querySelector('input[name="username"]')?.getAttribute('aria-invalid') !== 'true'
        );
    });
});

// The quick action on an Account page (issue 15), with the fixtures personAccount.json and notPersonAccount.json.
describe('preview: person account (Account page)', () => {
    it('loads the person contact for the Account id and enables it with the keyboard only', async () => {
        const { page, dialog } = await open('person-account');
        await checkOpenedPage(page, 'person-account');
        await expectText(page.locator('.slds-page-header__name-meta'), 'Person Account');
        await expectText(dialog.locator('.contact-account'), 'Rosalind Franklin (person account)');
        await expectText(dialog, 'Suggested from mailing address: England, United Kingdom.');
        expect(await checkedLicense(dialog)).toBe(LICENSE_NAMES.login);
        expect(await apexCalls(page)).toEqual([contextCall(IDS.personAccount)]);

        const enable = dialog.getByRole('button', { name: 'Enable', exact: true });
        await tabTo(page, enable);
        await page.keyboard.press('Enter');

        await expectSuccess(
            page,
            dialog,
            'Student user enabled',
            'Portal user rosalind.franklin@uni.edu.students was created for Rosalind Franklin.'
        );
        const calls = await apexCalls(page);
        expect(calls[1].method).toBe(ENABLE_METHOD);
        const { request } = calls[1].params as { request: Record<string, unknown> };
        expect(request.contactId).toBe(IDS.personContact);
        expect(request.timeZoneSidKey).toBe('Europe/London');
        expect(request.localeSidKey).toBe('en_GB');
    });
});

// Issue 21: the login status of a person account's existing user is asked for its person contact, not the Account
// (the preview's login status stand-in refuses an Account id as the org's controller does).
describe('preview: person account with a user (Account page)', () => {
    it('shows the login status of its person contact, never a raw refusal', async () => {
        const { page, dialog } = await open('person-account-enabled');
        await checkOpenedPage(page, 'person-account-enabled');
        await expectText(dialog.locator('.already-enabled'), 'Rosalind Franklin already has an active portal user.');
        await page.waitForFunction(() =>
            (window as unknown as { __apexCalls: { method: string }[] }).__apexCalls.some(
                (call) => call.method === 'StudentLoginStatusController.getLoginStatus'
            )
        );
        const status = (await apexCalls(page)).find(
            (call) => call.method === 'StudentLoginStatusController.getLoginStatus'
        );
        expect(status?.params).toMatchObject({ contactId: IDS.personContact });
        expect(await dialog.innerText()).not.toContain('CONTACT_NOT_FOUND');
    });
});

describe('preview: business account (Account page)', () => {
    it('says that only person accounts are enabled here and how to go on, without a form', async () => {
        const { page, dialog } = await open('business-account');
        await checkOpenedPage(page, 'business-account');
        await expectText(
            dialog.locator('.problem-message'),
            'Ada Lovelace Administrative Account (0015g00000AdaAdmAAC) is a business account, not a person account'
        );
        await expectText(dialog.locator('.problem-fix'), "Open the student's Contact");
        expect(await dialog.getByRole('group', { name: 'License type' }).count()).toBe(0);
        expect(await dialog.getByRole('button', { name: 'Enable', exact: true }).isDisabled()).toBe(true);
        expect(await apexCalls(page)).toEqual([contextCall(IDS.businessAccount)]);
    });
});
