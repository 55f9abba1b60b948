import { createElement } from 'lwc';
import StudentUserLoginStatus from 'c/studentUserLoginStatus';
import getLoginStatus from '@salesforce/apex/StudentLoginStatusController.getLoginStatus';
import runLoginAction from '@salesforce/apex/StudentLoginStatusController.runLoginAction';
import { refreshApex } from '@salesforce/apex';

jest.mock(
    '@salesforce/apex/StudentLoginStatusController.getLoginStatus',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/StudentLoginStatusController.runLoginAction', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// The real label texts from the Custom Labels; fails when labels.js imports a label no labels file defines.
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const CONTACT_ID = '0035g00000AdaLvAAB';

/** @param {string} name a fixture of __tests__/data */
function fixture(name) {
    return JSON.parse(JSON.stringify(require(`./data/${name}.json`)));
}

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const text = (element, selector) => ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const line = (element, key) => $(element, `li.line[data-key="${key}"]`);
const lineText = (element, key, selector) => (line(element, key)?.querySelector(selector)?.textContent ?? '').trim();
const button = (element, action) => $(element, `lightning-button[data-action="${action}"]`);

/** @type {{ action: string, status: string }[]} */
let changes;

async function render(statusName, props = {}) {
    const element = createElement('c-student-user-login-status', { is: StudentUserLoginStatus });
    element.contactId = CONTACT_ID;
    Object.assign(element, props);
    changes = [];
    element.addEventListener('statuschange', (event) => changes.push(event.detail));
    document.body.appendChild(element);
    await flushPromises();
    if (statusName) {
        getLoginStatus.emit(fixture(statusName));
        await flushPromises();
    }
    return element;
}

/** What a person learns from each line: its key, the state's text alternative, label, detail, fix, button. */
function lines(element) {
    return $$(element, 'li.line').map((item) => ({
        key: item.dataset.key,
        state: item.querySelector('lightning-icon').alternativeText,
        label: item.querySelector('.line-label').textContent.trim(),
        fix: (item.querySelector('.line-fix')?.textContent ?? '').trim(),
        button: item.querySelector('lightning-button')?.label ?? ''
    }));
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

describe('c-student-user-login-status', () => {
    describe('loading', () => {
        it('asks for the status of its contact and shows a spinner until it arrives', async () => {
            const element = await render();
            expect(getLoginStatus.getLastConfig()).toEqual({ contactId: CONTACT_ID });
            expect($(element, '.loading lightning-spinner').alternativeText).toBe('Loading the login status');
        });

        it('shows why the status could not be loaded', async () => {
            const element = await render();
            getLoginStatus.error({ message: 'Insufficient access' });
            await flushPromises();
            expect($(element, '.load-error').getAttribute('role')).toBe('alert');
            expect(text(element, '.load-error')).toContain('The login status could not be loaded.');
        });
    });

    describe('lines', () => {
        it('lists every check with a text alternative for its state', async () => {
            const element = await render('canLogIn');
            const shown = lines(element);
            expect(shown.map((item) => item.key)).toEqual([
                'ACTIVE',
                'PORTAL_ENABLED',
                'FROZEN',
                'LOCKED_OUT',
                'PASSWORD',
                'LAST_LOGIN',
                'PROFILE',
                'SITE_MEMBERSHIP',
                'SITE_STATUS',
                'LICENSE'
            ]);
            expect(shown.every((item) => item.state === 'Passes')).toBe(true);
            expect(shown.every((item) => item.fix === '' && item.button === '')).toBe(true);
            expect(text(element, '.summary')).toBe('Ada Lovelace can log in: every check below passes.');
            expect($(element, 'ul.lines').getAttribute('aria-label')).toBe('Login checks');
        });

        it('a frozen user: the line fails, says Salesforce may have frozen it, to check Login History, then Unfreeze', async () => {
            const element = await render('frozen');
            const frozen = lines(element).find((item) => item.key === 'FROZEN');
            expect(frozen).toEqual({
                key: 'FROZEN',
                state: 'Fails',
                label: 'Frozen',
                fix: expect.stringContaining('Salesforce may have frozen this user itself after a risky login'),
                button: 'Unfreeze'
            });
            expect(frozen.fix).toContain("Check the user's Login History first");
            expect(line(element, 'FROZEN').querySelector('lightning-icon').iconName).toBe('utility:error');
            expect(text(element, '.summary')).toBe(
                'Ada Lovelace cannot log in: 1 of the checks below fail. Each one says its fix.'
            );
        });

        it('never logged in: the password line offers the login link, the last login line is worth a look', async () => {
            const element = await render('neverLoggedIn');
            const shown = lines(element);
            expect(shown.find((item) => item.key === 'PASSWORD').button).toBe('Send login link');
            const lastLogin = shown.find((item) => item.key === 'LAST_LOGIN');
            expect(lastLogin.state).toBe('Worth a look');
            expect(lastLogin.button).toBe('');
        });

        it('single sign-on: no password is no problem, the student can log in, no login link', async () => {
            const element = await render('singleSignOn');
            const shown = lines(element);
            expect(shown.find((item) => item.key === 'PASSWORD')).toMatchObject({ state: 'Passes', button: '' });
            expect(lineText(element, 'PASSWORD', '.line-detail')).toContain('signs in with single sign-on');
            const lastLogin = shown.find((item) => item.key === 'LAST_LOGIN');
            expect(lastLogin).toMatchObject({ state: 'Worth a look', button: '' });
            expect(lastLogin.fix).toContain('A login link does not help');
            expect(button(element, 'SEND_LOGIN_LINK')).toBeNull();
            expect(text(element, '.summary')).toBe('Ada Lovelace can log in: every check below passes.');
        });

        it('single sign-on: a login link is never offered, even on a line that names it', async () => {
            const status = fixture('lockedOut');
            status.singleSignOn = true;
            const element = await render();
            getLoginStatus.emit(status);
            await flushPromises();
            expect(button(element, 'SEND_LOGIN_LINK')).toBeNull();
            expect(lineText(element, 'LOCKED_OUT', '.line-note')).toBe('');
        });

        it('locked out: the fix says how to unlock and offers the login link', async () => {
            const element = await render('lockedOut');
            const locked = lines(element).find((item) => item.key === 'LOCKED_OUT');
            expect(locked).toMatchObject({ state: 'Fails', button: 'Send login link' });
            expect(locked.fix).toContain('Unlock the user in Setup');
        });

        it('not a site member: the fix names the profile to add, the site status is not known', async () => {
            const element = await render('notASiteMember');
            const shown = lines(element);
            expect(shown.find((item) => item.key === 'SITE_MEMBERSHIP').fix).toContain('Student Community Login User');
            expect(shown.find((item) => item.key === 'SITE_STATUS').state).toBe('Not known');
        });

        it('an inactive user offers Reactivate, unless the form reactivates it', async () => {
            let element = await render('inactive');
            expect(button(element, 'REACTIVATE').label).toBe('Reactivate');
            document.body.removeChild(element);
            element = await render('inactive', { reactivateInForm: true });
            expect(button(element, 'REACTIVATE')).toBeNull();
            expect(lineText(element, 'ACTIVE', '.line-note')).toContain('Use Reactivate at the bottom of this form');
        });

        it('without Manage_Student_Users: the fixes are said, no button', async () => {
            const status = fixture('frozen');
            status.canManage = false;
            status.canReactivate = false;
            const element = await render();
            getLoginStatus.emit(status);
            await flushPromises();
            expect(button(element, 'UNFREEZE')).toBeNull();
            expect($$(element, 'lightning-button.other-action')).toHaveLength(0);
            expect(lineText(element, 'FROZEN', '.line-note')).toContain('Student User Lifecycle');
        });

        it('reactivate needs Enable_Student_Users too', async () => {
            const status = fixture('inactive');
            status.canReactivate = false;
            const element = await render();
            getLoginStatus.emit(status);
            await flushPromises();
            expect(button(element, 'REACTIVATE')).toBeNull();
        });

        it('a contact without a portal user says so', async () => {
            const status = fixture('canLogIn');
            status.userId = null;
            status.lines = [];
            const element = await render();
            getLoginStatus.emit(status);
            await flushPromises();
            expect(text(element, '.no-user')).toBe('Ada Lovelace has no portal user.');
            expect($$(element, 'li.line')).toHaveLength(0);
        });
    });

    describe('one-click fixes', () => {
        it('unfreeze: runs the action, shows the new status, announces it and tells the form', async () => {
            runLoginAction.mockResolvedValue(fixture('unfreezeOutcome'));
            const element = await render('frozen');
            button(element, 'UNFREEZE').click();
            await flushPromises();
            expect(runLoginAction).toHaveBeenCalledWith({ contactId: CONTACT_ID, action: 'UNFREEZE' });
            expect(lines(element).find((item) => item.key === 'FROZEN').state).toBe('Passes');
            expect(text(element, '.result-text')).toBe('The user of Ada Lovelace is unfrozen.');
            expect($(element, '.result').getAttribute('aria-live')).toBe('polite');
            expect(element.shadowRoot.activeElement).toBe($(element, '.result-message'));
            expect(changes).toEqual([{ action: 'UNFREEZE', status: 'UNFROZEN' }]);
            expect(refreshApex).toHaveBeenCalled();
        });

        it('send login link: asks first, saying the current password stops working; confirmed, announces the link', async () => {
            runLoginAction.mockResolvedValue(fixture('sendLoginLinkOutcome'));
            const element = await render('neverLoggedIn');
            button(element, 'SEND_LOGIN_LINK').click();
            await flushPromises();
            expect(runLoginAction).not.toHaveBeenCalled();
            expect(text(element, '.confirmation-text')).toBe(
                'Send a login link to Ada Lovelace? It resets the password: the current password stops working at ' +
                    'once, and the student sets a new one with the link in the email (valid for 24 hours).'
            );
            expect(element.shadowRoot.activeElement).toBe($(element, '.confirmation-text'));
            $(element, 'lightning-button.confirm-button').click();
            await flushPromises();
            expect(runLoginAction).toHaveBeenCalledWith({ contactId: CONTACT_ID, action: 'SEND_LOGIN_LINK' });
            expect(text(element, '.result-text')).toBe(
                'A login link was sent to Ada Lovelace. It is valid for 24 hours.'
            );
        });

        it('reactivate: the user is active again', async () => {
            runLoginAction.mockResolvedValue(fixture('reactivateOutcome'));
            const element = await render('inactive');
            button(element, 'REACTIVATE').click();
            await flushPromises();
            expect(text(element, '.result-text')).toBe('The user of Ada Lovelace is active again.');
            expect(lines(element).find((item) => item.key === 'ACTIVE').state).toBe('Passes');
        });

        it('a skipped action announces the server message', async () => {
            runLoginAction.mockResolvedValue(fixture('unfreezeSkippedOutcome'));
            const element = await render('frozen');
            button(element, 'UNFREEZE').click();
            await flushPromises();
            expect(text(element, '.result-text')).toBe(
                'The portal user ada.lovelace@uni.edu.students of the student Ada Lovelace is not frozen.'
            );
        });

        it('a refusal shows its message and fix, keeps the status and tells no one', async () => {
            runLoginAction.mockRejectedValue(fixture('refusalProtectedUser'));
            const element = await render('frozen');
            button(element, 'UNFREEZE').click();
            await flushPromises();
            expect(text(element, '.action-error-message')).toContain('holds Modify All Data or Manage Users');
            expect(text(element, '.action-error-message')).not.toContain('An administrator changes');
            expect(text(element, '.action-error-fix')).toBe('An administrator changes this user in Setup, Users.');
            expect(lines(element).find((item) => item.key === 'FROZEN').state).toBe('Fails');
            expect(changes).toEqual([]);
        });

        it('buttons are disabled while an action runs', async () => {
            let finish;
            runLoginAction.mockReturnValue(
                new Promise((resolve) => {
                    finish = resolve;
                })
            );
            const element = await render('frozen');
            button(element, 'UNFREEZE').click();
            await flushPromises();
            expect(button(element, 'UNFREEZE').disabled).toBe(true);
            expect($(element, 'lightning-spinner.running').alternativeText).toBe('Working');
            button(element, 'UNFREEZE').click();
            expect(runLoginAction).toHaveBeenCalledTimes(1);
            finish(fixture('unfreezeOutcome'));
            await flushPromises();
            expect($(element, 'lightning-spinner.running')).toBeNull();
        });
    });

    describe('deactivate and freeze', () => {
        it('are offered for an active user; freeze only when not frozen', async () => {
            let element = await render('canLogIn');
            expect($$(element, 'lightning-button.other-action').map((item) => item.label)).toEqual([
                'Freeze',
                'Deactivate'
            ]);
            document.body.removeChild(element);
            element = await render('frozen');
            expect($$(element, 'lightning-button.other-action').map((item) => item.label)).toEqual(['Deactivate']);
            document.body.removeChild(element);
            element = await render('inactive');
            expect($$(element, 'lightning-button.other-action')).toHaveLength(0);
        });

        it('ask for confirmation first, with the focus on the question', async () => {
            const element = await render('canLogIn');
            button(element, 'DEACTIVATE').click();
            await flushPromises();
            expect(runLoginAction).not.toHaveBeenCalled();
            expect(text(element, '.confirmation-text')).toBe(
                'Deactivate the user of Ada Lovelace? The student can no longer log in and the licence seat is freed. You can reactivate the user later.'
            );
            expect(element.shadowRoot.activeElement).toBe($(element, '.confirmation-text'));
            expect($(element, 'lightning-button.confirm-button').variant).toBe('destructive');
        });

        it('cancel runs nothing and returns the focus to the button', async () => {
            const element = await render('canLogIn');
            button(element, 'FREEZE').click();
            await flushPromises();
            // The base component stub cannot take the focus in Jest: the browser test checks the real focus.
            const focus = jest.fn();
            button(element, 'FREEZE').focus = focus;
            $(element, 'lightning-button.cancel-confirm-button').click();
            await flushPromises();
            expect($(element, '.confirmation')).toBeNull();
            expect(runLoginAction).not.toHaveBeenCalled();
            expect(focus).toHaveBeenCalled();
        });

        it('confirm runs the action', async () => {
            runLoginAction.mockResolvedValue(fixture('freezeOutcome'));
            const element = await render('canLogIn');
            button(element, 'FREEZE').click();
            await flushPromises();
            expect(text(element, '.confirmation-text')).toContain('Freeze the user of Ada Lovelace?');
            $(element, 'lightning-button.confirm-button').click();
            await flushPromises();
            expect(runLoginAction).toHaveBeenCalledWith({ contactId: CONTACT_ID, action: 'FREEZE' });
            expect(text(element, '.result-text')).toBe('The user of Ada Lovelace is frozen.');
            expect(button(element, 'UNFREEZE').label).toBe('Unfreeze');
        });

        it('deactivate confirmed: the user is deactivated and the form is told', async () => {
            runLoginAction.mockResolvedValue(fixture('deactivateOutcome'));
            const element = await render('canLogIn');
            button(element, 'DEACTIVATE').click();
            await flushPromises();
            $(element, 'lightning-button.confirm-button').click();
            await flushPromises();
            expect(text(element, '.result-text')).toBe('The user of Ada Lovelace is deactivated.');
            expect(changes).toEqual([{ action: 'DEACTIVATE', status: 'DEACTIVATED' }]);
        });
    });
});
