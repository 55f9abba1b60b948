import { ADA_DEFAULTS, checkedLicense, expectSuccess, IDS, LICENSE_NAMES, LICENSES, licenseRadio, TOKYO } from './form';
import {
    apexCalls,
    expectText,
    openScenario,
    SESSION_TIMEOUT_MS,
    startSession,
    TEST_TIMEOUT_MS,
    type PreviewSession
} from './harness';
import { pickWithKeyboard, tabTo } from './keyboard';

jest.setTimeout(TEST_TIMEOUT_MS);

let session: PreviewSession;

beforeAll(async () => {
    session = await startSession();
}, SESSION_TIMEOUT_MS);

afterAll(async () => {
    await session?.close();
});

describe('preview: keyboard only', () => {
    it('completes the whole happy path with Tab, arrow keys, Space and Enter (no mouse)', async () => {
        const { page, dialog, errors } = await openScenario(session, 'ready');
        const { keyboard } = page;

        // Licence: Tab into the native radio group (the checked radio takes focus), ArrowUp checks the other licence.
        await tabTo(page, licenseRadio(dialog, LICENSE_NAMES.login));
        await keyboard.press('ArrowUp');
        expect(await checkedLicense(dialog)).toBe(LICENSE_NAMES.plus);

        // Profile: this licence has no server default (two custom profiles), so pick one in the dropdown.
        const profile = dialog.getByRole('combobox', { name: 'Profile' });
        await tabTo(page, profile);
        await pickWithKeyboard(page, profile, 'Student Community Plus User');
        await expectText(profile, 'Student Community Plus User');

        // Time zone: type a search, then pick the match in the time zone dropdown.
        await tabTo(page, dialog.getByRole('searchbox', { name: 'Find a time zone' }));
        await keyboard.type('tokyo');
        await expectText(dialog.locator('.timezone-status'), '1 of 33 time zones match.');
        const timeZone = dialog.getByRole('combobox', { name: 'Time zone' });
        await tabTo(page, timeZone);
        await pickWithKeyboard(page, timeZone, TOKYO);
        await expectText(timeZone, TOKYO);

        // Advanced settings: Space opens the section; replace the username.
        const advanced = dialog.getByRole('button', { name: 'Advanced settings' });
        await tabTo(page, advanced);
        await keyboard.press('Space');
        expect(await advanced.getAttribute('aria-expanded')).toBe('true');
        const username = dialog.getByRole('textbox', { name: 'Username' });
        await tabTo(page, username);
        await keyboard.press('ControlOrMeta+A');
        await keyboard.type('ada.keys@uni.edu.students');

        // Submit with Enter on the Enable button.
        await tabTo(page, dialog.getByRole('button', { name: 'Enable', exact: true }));
        await keyboard.press('Enter');

        await expectSuccess(page, dialog, 'Student user enabled', 'was created for Ada Lovelace.');
        const request = {
            ...ADA_DEFAULTS,
            licenseKey: LICENSES.plus,
            profileId: IDS.profiles.studentPlus,
            timeZoneSidKey: 'Asia/Tokyo',
            username: 'ada.keys@uni.edu.students'
        };
        expect((await apexCalls(page))[1]).toEqual({
            method: 'StudentUserController.enableStudentUser',
            params: { request }
        });
        expect(errors).toEqual([]);
        await page.close();
    });
});
