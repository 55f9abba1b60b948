import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import {
    chooseRadio,
    expectText,
    openScenario,
    optionNames,
    pickOption,
    previewTestSession,
    screenshot,
    waitForEvent,
    type OpenedScenario,
    type PreviewEvent
} from './harness';

/** Sample ids of the fixtures in force-app/main/default/lwc/enableStudentUser/__tests__/data. */
export const IDS = {
    contact: '0035g00000AdaLvAAB',
    blockedContact: '0035g00000GrcHpAAB',
    /** The person account of the "person-account" scenario and its person contact (personAccount.json). */
    personAccount: '0015g00000RosPaAAC',
    personContact: '0035g00000RosFrAAB',
    /** The business account of the "business-account" scenario (notPersonAccount.json). */
    businessAccount: '0015g00000AdaAdmAAC',
    existingUser: '0055g00000AdaPtlAAL',
    profiles: {
        customerPlus: '00e5g000000CcpStAAH',
        studentPlus: '00e5g000000StdPlAAK',
        customerLogin: '00e5g000000CcpLgAAI',
        studentLogin: '00e5g000000StdLgAAJ'
    },
    roles: { advisor: '00E5g000000AdvisEAF', registrar: '00E5g000000RegstEAG', recordsOwner: '00E5g000000StRecEAE' }
} as const;

export const LICENSES = {
    plus: 'PID_Customer_Community_Plus',
    login: 'PID_Customer_Community_Plus_Login'
} as const;

/** Names of the licence radios (label: licence and seats left) in the fixtures. */
export const LICENSE_NAMES = {
    plus: 'Customer Community Plus: 60 of 100 left',
    login: 'Customer Community Plus Login: 380 of 500 left',
    loginExhausted: 'Customer Community Plus Login: 0 of 500 left'
} as const;

/** The native radio input of one licence, found by its accessible name (its label). */
export function licenseRadio(dialog: Locator, name: string): Locator {
    return dialog.getByRole('group', { name: 'License type' }).getByRole('radio', { name, exact: true });
}

/** The licence radio that is checked, by name ('' when none is). */
export async function checkedLicense(dialog: Locator): Promise<string> {
    const radios = dialog.getByRole('group', { name: 'License type' }).getByRole('radio');
    for (const radio of await radios.all()) {
        if (await radio.isChecked()) {
            return radio.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.innerText.trim() ?? '');
        }
    }
    return '';
}

/** What the context suggests for Ada Lovelace (fixture `suggested`), i.e. what Enable sends untouched. */
export const ADA_DEFAULTS = {
    contactId: IDS.contact,
    username: 'ada.lovelace@uni.edu.students',
    communityNickname: 'ada.lovelace',
    alias: 'alove',
    localeSidKey: 'en_CA',
    languageLocaleKey: 'en_US',
    emailEncodingKey: 'UTF-8',
    sendWelcomeEmail: false
} as const;

export const TOKYO = '(GMT+09:00) Japan Standard Time (Asia/Tokyo)';
export const TORONTO = '(GMT-05:00) Eastern Standard Time (America/Toronto)';

export interface FormChoices {
    /** Licence radio to pick (its label, see LICENSE_NAMES); omitted keeps the preselected licence. */
    license?: string;
    profile: string;
    /** Typed into "Find a time zone". */
    timeZoneQuery: string;
    timeZone: string;
    username: string;
}

/**
 * Fills the form the way an admin does: a click on the licence radio's label, profile from the real dropdown, a time zone found with
 * the search box, the advanced section opened and a username typed.
 */
export async function fillForm(dialog: Locator, choices: FormChoices): Promise<void> {
    if (choices.license) {
        await chooseRadio(dialog, choices.license);
    }
    await pickOption(dialog, 'Profile', choices.profile);
    await dialog.getByRole('searchbox', { name: 'Find a time zone' }).fill(choices.timeZoneQuery);
    await expectText(dialog.locator('.timezone-status'), 'of 33 time zones match.');
    await pickOption(dialog, 'Time zone', choices.timeZone);
    await openAdvanced(dialog);
    await dialog.getByRole('textbox', { name: 'Username' }).fill(choices.username);
}

export async function openAdvanced(dialog: Locator): Promise<void> {
    const toggle = dialog.getByRole('button', { name: 'Advanced settings' });
    await toggle.click();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
        throw new Error('The "Advanced settings" section did not open.');
    }
    await dialog.getByRole('textbox', { name: 'Username' }).waitFor({ state: 'visible' });
}

export { optionNames };

/**
 * After a successful Enable/Reactivate: the toast the admin sees, the record page refresh, the action still open on
 * what was done with the user's link (issue 21: not only in the toast), then Close closes it.
 * Returns the preview events for further checks.
 */
export async function expectSuccess(
    page: Page,
    dialog: Locator,
    title: string,
    message: string
): Promise<PreviewEvent[]> {
    const toast = page.locator('#toast-region').getByRole('status').filter({ hasText: title });
    await expectText(toast, message);
    await expectText(dialog.locator('.enabled-user'), message);
    await dialog.locator('a.new-user-link').waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    const events = await waitForEvent(page, 'close');
    await dialog.waitFor({ state: 'detached' });
    return events;
}

export const CONTEXT_METHOD = 'StudentUserController.getEnableContext';
export const ENABLE_METHOD = 'StudentUserController.enableStudentUser';

/**
 * Opens form scenarios for the tests of one file (previewTestSession: pages closed and checked after each test); a
 * file that opens other pages too passes its own session.
 */
export function formTestSession(
    preview = previewTestSession()
): (scenario: string, latency?: number) => Promise<OpenedScenario> {
    return async (scenario, latency = 0) => preview.track(await openScenario(preview.session, scenario, latency));
}

/** Screenshot of the scenario as it opens, and an axe scan of the whole page with nothing excluded. */
export async function checkOpenedPage(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
}

export function contextCall(contactId: string = IDS.contact): { method: string; params: unknown } {
    return { method: CONTEXT_METHOD, params: { contactId } };
}

export async function buttonDisabled(dialog: Locator, name: string): Promise<boolean> {
    return dialog.getByRole('button', { name, exact: true }).isDisabled();
}
