import {
    accessibleDescription,
    apexCalls,
    expectText,
    pickOption,
    previewEvents,
    screenshot,
    TEST_TIMEOUT_MS
} from './harness';
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
    licenseRadio,
    optionNames,
    TOKYO,
    TORONTO
} from './form';

jest.setTimeout(TEST_TIMEOUT_MS);

const open = formTestSession();

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
