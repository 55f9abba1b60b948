import { tabTo } from './keyboard';
import { accessibleDescription, apexCalls, expectText, previewEvents, TEST_TIMEOUT_MS, waitForFocus } from './harness';
import {
    ADA_DEFAULTS,
    buttonDisabled,
    checkedLicense,
    checkOpenedPage,
    contextCall,
    ENABLE_METHOD,
    expectSuccess,
    fillForm,
    formTestSession,
    IDS,
    LICENSE_NAMES,
    LICENSES,
    TOKYO
} from './form';

jest.setTimeout(TEST_TIMEOUT_MS);

const open = formTestSession();

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
