import { createElement } from 'lwc';
import StudentSetupStatus from 'c/studentSetupStatus';
import getSetupStatus from '@salesforce/apex/StudentCohortController.getSetupStatus';

jest.mock('@salesforce/apex/StudentCohortController.getSetupStatus', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { LABELS } = require('../labels');
const STATUS = require('./data/setupStatus.json');
const HIDDEN = require('./data/setupStatusHidden.json');

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(answer) {
    getSetupStatus.mockImplementation(() => Promise.resolve(JSON.parse(JSON.stringify(answer))));
    const element = createElement('c-student-setup-status', { is: StudentSetupStatus });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

describe('c-student-setup-status: the steps', () => {
    it('asks the server once, without parameters, and lists every step in its order', async () => {
        const element = await render(STATUS);
        expect(getSetupStatus).toHaveBeenCalledTimes(1);
        expect(getSetupStatus).toHaveBeenCalledWith();
        expect($$(element, 'li.setup-step').map((item) => item.dataset.key)).toEqual(
            STATUS.checks.map((check) => check.key)
        );
        expect($(element, 'lightning-card').title).toBe(LABELS.title);
    });

    it('counts done, to do and unreadable steps in the summary', async () => {
        const element = await render(STATUS);
        const count = (status) => STATUS.checks.filter((check) => check.status === status).length;
        expect(count('DONE')).toBeGreaterThan(0);
        expect(count('TODO')).toBeGreaterThan(0);
        expect(count('UNREADABLE')).toBeGreaterThan(0);
        const summary = $(element, '.setup-summary');
        expect(text(summary)).toBe(
            `${count('DONE')} of ${STATUS.checks.length} steps done, ${count('TODO')} to do, ${count('UNREADABLE')} cannot be read here.`
        );
        expect(summary.getAttribute('role')).toBe('status');
    });

    it.each([
        ['DONE', 'Done', 'utility:success'],
        ['TODO', 'To do', 'utility:warning'],
        ['UNREADABLE', 'Cannot be read here', 'utility:info']
    ])(
        'shows a %s step with its status text and icon, what was found and its Setup link',
        async (status, label, icon) => {
            const element = await render(STATUS);
            const check = STATUS.checks.find((candidate) => candidate.status === status);
            const item = $(element, `li[data-key="${check.key}"]`);
            expect(item.dataset.status).toBe(status);
            expect(text(item.querySelector('.setup-status'))).toBe(label);
            expect(item.querySelector('lightning-icon').iconName).toBe(icon);
            expect(text(item.querySelector('.setup-title'))).toBe(`${check.title} ${label}`);
            expect(text(item.querySelector('.setup-detail'))).toBe(check.detail);
            const link = item.querySelector('a.setup-link');
            expect(link.getAttribute('href')).toBe(check.link);
            expect(text(link)).toBe(`Open in Setup: ${check.title}`);
        }
    );

    it('gives the fix of every step not done, and none for a done step', async () => {
        const element = await render(STATUS);
        const fixes = STATUS.checks.map((check) => text($(element, `li[data-key="${check.key}"] .setup-fix`)));
        expect(fixes).toEqual(
            STATUS.checks.map((check) => (check.status === 'DONE' ? '' : `${LABELS.fixPrefix} ${check.fix}`))
        );
    });

    it('says where to look for what Apex cannot read (layouts, Account Role Optimization, email)', async () => {
        const element = await render(STATUS);
        ['QUICK_ACTION', 'ACCOUNT_ROLE_OPTIMIZATION', 'EMAIL_DELIVERABILITY'].forEach((key) => {
            const item = $(element, `li[data-key="${key}"]`);
            expect(item.dataset.status).toBe('UNREADABLE');
            expect(text(item.querySelector('.setup-fix'))).toMatch(/^How to fix: .*(Setup|Object Manager)/);
            expect(item.querySelector('a.setup-link')).not.toBeNull();
        });
    });
});

describe('c-student-setup-status: who sees it, errors, checking again', () => {
    it('renders nothing when the server does not show the view to this user', async () => {
        const element = await render(HIDDEN);
        expect($(element, 'lightning-card')).toBeNull();
        expect(element.shadowRoot.textContent).toBe('');
    });

    it('shows a spinner until the answer comes', async () => {
        getSetupStatus.mockImplementation(() => new Promise(() => {}));
        const element = createElement('c-student-setup-status', { is: StudentSetupStatus });
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, 'lightning-spinner').alternativeText).toBe(LABELS.loading);
        expect($(element, 'lightning-button').disabled).toBe(true);
    });

    it('shows the server error as an alert, and no steps', async () => {
        const refused = { body: { message: 'Apex CPU time limit exceeded' }, status: 500 };
        getSetupStatus.mockImplementation(() => Promise.reject(refused));
        const element = createElement('c-student-setup-status', { is: StudentSetupStatus });
        document.body.appendChild(element);
        await flushPromises();
        const error = $(element, '.setup-error');
        expect(text(error)).toBe('Apex CPU time limit exceeded');
        expect(error.getAttribute('role')).toBe('alert');
        expect($(element, 'li.setup-step')).toBeNull();
        expect($(element, 'lightning-button').disabled).toBe(false);
    });

    it('checks again on "Check again" and shows the new answer', async () => {
        const element = await render(STATUS);
        const fixed = {
            ...STATUS,
            checks: STATUS.checks.map((check) => (check.key === 'FLOW' ? { ...check, status: 'DONE' } : check))
        };
        getSetupStatus.mockImplementation(() => Promise.resolve(fixed));
        const button = $(element, 'lightning-button');
        expect(button.label).toBe(LABELS.refresh);
        button.dispatchEvent(new CustomEvent('click'));
        await flushPromises();
        expect(getSetupStatus).toHaveBeenCalledTimes(2);
        expect($(element, 'li[data-key="FLOW"]').dataset.status).toBe('DONE');
    });
});
