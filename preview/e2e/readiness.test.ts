import { seriousViolations } from './axe';
import {
    ADA_DEFAULTS,
    checkedLicense,
    expectSuccess,
    formTestSession,
    IDS,
    LICENSE_NAMES,
    LICENSES,
    licenseRadio
} from './form';
import { apexCalls, expectText, screenshot, TEST_TIMEOUT_MS, previewTestSession } from './harness';
import { pickWithKeyboard, tabTo } from './keyboard';
import { column, openCohort, RECIPE, STUDENTS, waitForText } from './cohort';

jest.setTimeout(TEST_TIMEOUT_MS);

const preview = previewTestSession();
const open = formTestSession(preview);

const FIX_START = "How to fix: Add the profile or one of the permission sets to the site's members";

describe('preview: profile not a site member (login readiness)', () => {
    it('reports NOT_A_SITE_MEMBER with the site and the fix before Enable, and keeps Enable disabled', async () => {
        const { page, dialog } = await open('not-a-site-member');
        const box = dialog.locator('c-student-user-site-readiness section');
        await expectText(box, 'neither the profile Student Community Login User');
        await expectText(box, 'sites that count: Student Portal');
        await expectText(box, FIX_START);
        expect(await box.locator('[data-code]').getAttribute('data-code')).toBe('NOT_A_SITE_MEMBER');
        expect(await box.getAttribute('role')).toBe('status');
        expect(await dialog.getByRole('button', { name: 'Enable', exact: true }).isDisabled()).toBe(true);
        await screenshot(page, 'not-a-site-member');
        expect(await seriousViolations(page)).toEqual([]);
        expect(await apexCalls(page)).toEqual([
            { method: 'StudentUserController.getEnableContext', params: { contactId: IDS.contact } }
        ]);
    });

    it('with the keyboard only: picks a member profile, sees the login page, and enables', async () => {
        const { page, dialog } = await open('not-a-site-member');
        const { keyboard } = page;
        await tabTo(page, licenseRadio(dialog, LICENSE_NAMES.login));
        await keyboard.press('ArrowUp');
        expect(await checkedLicense(dialog)).toBe(LICENSE_NAMES.plus);
        const profile = dialog.getByRole('combobox', { name: 'Profile' });
        await tabTo(page, profile);
        await pickWithKeyboard(page, profile, 'Student Community Plus User');

        const box = dialog.locator('c-student-user-site-readiness section');
        await expectText(box, 'The student can log in to: Student Portal.');
        const link = box.getByRole('link', { name: 'Login page of Student Portal' });
        expect(await link.getAttribute('href')).toBe('https://uni.my.site.com/students/login');
        await expectText(box, 'Email: none.');
        expect(await seriousViolations(page)).toEqual([]);

        const enable = dialog.getByRole('button', { name: 'Enable', exact: true });
        expect(await enable.isDisabled()).toBe(false);
        await tabTo(page, enable);
        await keyboard.press('Enter');

        await expectSuccess(page, dialog, 'Student user enabled', 'was created for Ada Lovelace.');
        const request = {
            ...ADA_DEFAULTS,
            licenseKey: LICENSES.plus,
            profileId: IDS.profiles.studentPlus,
            timeZoneSidKey: 'America/Toronto'
        };
        expect((await apexCalls(page))[1]).toEqual({
            method: 'StudentUserController.enableStudentUser',
            params: { request }
        });
    });
});

describe('preview: cohort page dry run with a student who cannot log in', () => {
    it('shows NOT_A_SITE_MEMBER with the site and the fix in the row', async () => {
        const { page, cohort } = preview.track(await openCohort(preview.session, 'cohort-list-view', 0));
        await waitForText(cohort.locator('.students-found'), '200 students selected.');
        await cohort.getByRole('button', { name: 'Check' }).click();
        await waitForText(cohort.locator('.status-message'), 'Check complete:');

        const siteBlocked = (RECIPE as unknown as { siteBlocked: { at: number; fix: string } }).siteBlocked;
        const student = STUDENTS[siteBlocked.at - 1];
        const reasons = await column(cohort, 'Reason');
        const fixes = await column(cohort, 'Fix');
        expect(reasons[student.index - 1]).toContain(`${student.name} could not log in`);
        expect(reasons[student.index - 1]).toContain('sites that count: Student Portal');
        expect(fixes[student.index - 1]).toBe(siteBlocked.fix);
        expect((await column(cohort, 'Status'))[student.index - 1]).toBe('Blocked');
        expect(await seriousViolations(page)).toEqual([]);
    });
});
