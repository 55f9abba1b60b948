import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { IDS } from './form';
import {
    apexCalls,
    expectText,
    openScenario,
    screenshot,
    TEST_TIMEOUT_MS,
    waitForFocus,
    type OpenedScenario,
    previewTestSession
} from './harness';
import { tabTo } from './keyboard';

/**
 * "Why can't this student log in?" (c-student-user-login-status inside the form) in a real browser: the lines with
 * their state in words, one-click unfreeze and send login link updating the status, a refusal with its fix, the
 * confirmation of deactivate by keyboard only, and axe on every scenario.
 */

jest.setTimeout(TEST_TIMEOUT_MS);

const ACTION_METHOD = 'StudentLoginStatusController.runLoginAction';

const preview = previewTestSession();

async function open(scenario: string): Promise<OpenedScenario> {
    const result = preview.track(await openScenario(preview.session, scenario));
    await result.dialog.getByRole('list', { name: 'Login checks' }).waitFor({ state: 'visible' });
    return result;
}

/** The list item of one check, found by its visible label (exactly: other lines may mention it). */
function check(dialog: Locator, label: string): Locator {
    return dialog
        .getByRole('list', { name: 'Login checks' })
        .getByRole('listitem')
        .filter({ has: dialog.page().locator('.line-label').getByText(label, { exact: true }) });
}

/** The state of a check as assistive technology reads it: the icon's text alternative. */
async function stateOf(dialog: Locator, label: string): Promise<string> {
    return (await check(dialog, label).locator('lightning-icon').getAttribute('title')) ?? '';
}

async function checkPage(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
}

async function actionCalls(page: Page): Promise<unknown[]> {
    return (await apexCalls(page)).filter((call) => call.method === ACTION_METHOD).map((call) => call.params);
}

describe('preview: existing user, frozen', () => {
    it('says Salesforce may have frozen the user, to check Login History first; Unfreeze then updates the status', async () => {
        const { page, dialog } = await open('login-frozen');
        await checkPage(page, 'login-frozen');
        await expectText(dialog, 'Ada Lovelace cannot log in: 1 of the checks below fail.');
        expect(await stateOf(dialog, 'Frozen')).toBe('Fails');
        await expectText(
            check(dialog, 'Frozen'),
            'Fix: Salesforce may have frozen this user itself after a risky login'
        );
        await expectText(check(dialog, 'Frozen'), "Check the user's Login History first");
        await expectText(dialog.getByRole('heading', { name: 'Why can’t this student log in?' }), 'Why');

        await check(dialog, 'Frozen').getByRole('button', { name: 'Unfreeze' }).click();

        await expectText(dialog.locator('.result'), 'The user of Ada Lovelace is unfrozen.');
        expect(await dialog.locator('.result').getAttribute('aria-live')).toBe('polite');
        await waitForFocus(dialog.locator('.result-message'));
        expect(await stateOf(dialog, 'Frozen')).toBe('Passes');
        await expectText(dialog, 'Ada Lovelace can log in: every check below passes.');
        expect(await check(dialog, 'Frozen').getByRole('button').count()).toBe(0);
        expect(await actionCalls(page)).toEqual([{ contactId: IDS.contact, action: 'UNFREEZE' }]);
        await checkPage(page, 'login-frozen-unfrozen');
    });

    it('deactivate by keyboard only: Enter asks first, Cancel returns to the button, Confirm deactivates', async () => {
        const { page, dialog } = await open('login-frozen');
        const deactivate = dialog.getByRole('button', { name: 'Deactivate', exact: true });

        await tabTo(page, deactivate);
        await page.keyboard.press('Enter');
        const question = dialog.locator('.confirmation-text');
        await expectText(question, 'Deactivate the user of Ada Lovelace?');
        await waitForFocus(question);
        await checkPage(page, 'login-deactivate-confirmation');

        await tabTo(page, dialog.getByRole('button', { name: 'Cancel', exact: true }));
        await page.keyboard.press('Enter');
        await waitForFocus(deactivate);
        expect(await dialog.locator('.confirmation').count()).toBe(0);
        expect(await actionCalls(page)).toEqual([]);

        await page.keyboard.press('Enter');
        await tabTo(page, dialog.getByRole('button', { name: 'Confirm', exact: true }));
        await page.keyboard.press('Enter');
        await expectText(dialog.locator('.result'), 'The user of Ada Lovelace is deactivated.');
        expect(await actionCalls(page)).toEqual([{ contactId: IDS.contact, action: 'DEACTIVATE' }]);
        expect(await stateOf(dialog, 'Active')).toBe('Fails');
    });

    it('a refused unfreeze shows the refusal and its fix, and the status stays', async () => {
        const { page, dialog } = await open('login-frozen-protected');
        await check(dialog, 'Frozen').getByRole('button', { name: 'Unfreeze' }).click();
        await expectText(dialog.locator('.action-error'), 'The action was not done.');
        await expectText(dialog.locator('.action-error-fix'), 'An administrator changes this user in Setup, Users.');
        expect(await stateOf(dialog, 'Frozen')).toBe('Fails');
        await checkPage(page, 'login-frozen-refused');
    });
});

describe('preview: existing user, never logged in', () => {
    it('offers Send login link, asks first (the current password stops working), then announces the link', async () => {
        const { page, dialog } = await open('login-never-logged-in');
        await checkPage(page, 'login-never-logged-in');
        expect(await stateOf(dialog, 'Password')).toBe('Fails');
        expect(await stateOf(dialog, 'Last login')).toBe('Worth a look');
        await check(dialog, 'Password').getByRole('button', { name: 'Send login link' }).click();
        const question = dialog.locator('.confirmation-text');
        await expectText(question, 'Send a login link to Ada Lovelace? It resets the password');
        await expectText(question, 'the current password stops working at once');
        await waitForFocus(question);
        await checkPage(page, 'login-send-login-link-confirmation');
        expect(await actionCalls(page)).toEqual([]);
        await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
        await expectText(dialog.locator('.result'), 'A login link was sent to Ada Lovelace. It is valid for 24 hours.');
        expect(await actionCalls(page)).toEqual([{ contactId: IDS.contact, action: 'SEND_LOGIN_LINK' }]);
    });
});

describe('preview: existing user, single sign-on', () => {
    it('no password is no problem: signs in with single sign-on, no login link anywhere', async () => {
        const { page, dialog } = await open('login-single-sign-on');
        await checkPage(page, 'login-single-sign-on');
        await expectText(dialog, 'Ada Lovelace can log in: every check below passes.');
        expect(await stateOf(dialog, 'Password')).toBe('Passes');
        await expectText(check(dialog, 'Password'), 'signs in with single sign-on');
        expect(await stateOf(dialog, 'Last login')).toBe('Worth a look');
        await expectText(check(dialog, 'Last login'), 'A login link does not help');
        expect(await dialog.getByRole('button', { name: 'Send login link' }).count()).toBe(0);
    });
});

describe('preview: existing user, not a site member', () => {
    it('names the profile to add to the site members; nothing to click', async () => {
        const { page, dialog } = await open('login-not-a-site-member');
        await checkPage(page, 'login-not-a-site-member');
        expect(await stateOf(dialog, 'Site membership')).toBe('Fails');
        await expectText(check(dialog, 'Site membership'), 'Add the profile Student Community Login User');
        expect(await stateOf(dialog, 'Site status')).toBe('Not known');
        expect(await check(dialog, 'Site membership').getByRole('button').count()).toBe(0);
    });
});

describe('preview: existing user, inactive', () => {
    it('says the user is inactive and leaves reactivation to the form’s Reactivate button', async () => {
        const { page, dialog } = await open('inactive-user');
        await checkPage(page, 'login-inactive');
        expect(await stateOf(dialog, 'Active')).toBe('Fails');
        await expectText(check(dialog, 'Active'), 'Use Reactivate at the bottom of this form');
        expect(await dialog.getByRole('button', { name: 'Reactivate', exact: true }).count()).toBe(1);
        expect(await dialog.getByRole('button', { name: 'Deactivate', exact: true }).count()).toBe(0);
    });
});
