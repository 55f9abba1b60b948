import { createElement } from 'lwc';
import StudentCohortInOrgRun from 'c/studentCohortInOrgRun';
import getLatestRun from '@salesforce/apex/StudentUserRunController.getLatestRun';
import getRunWarnings from '@salesforce/apex/StudentUserRunController.getRunWarnings';
import startRun from '@salesforce/apex/StudentUserRunController.startRun';
import getRunStatus from '@salesforce/apex/StudentUserRunController.getRunStatus';
import { BROWSER_RUN_MAX_STUDENTS } from 'c/studentUserShared';

jest.mock('@salesforce/apex/StudentUserRunController.getLatestRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/StudentUserRunController.getRunWarnings', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentUserRunController.startRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/StudentUserRunController.getRunStatus', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('lightning/navigation', () => require('../../../../../../jest/helpers/navigationMock').navigationMock());
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { LABELS } = require('../labels');
const WARNINGS = require('./data/warnings.json');
const ENABLE_OPTIONS = require('./data/enableOptions.json');
const RUNNING = require('../../studentUserRunProgress/__tests__/data/runRunning.json');
const CANCELLED = require('../../studentUserRunProgress/__tests__/data/runCancelled.json');
const copy = (value) => JSON.parse(JSON.stringify(value));

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const text = (element, selector) => ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const students = (count) =>
    Array.from({ length: count }, (_, index) => ({ contactId: `003${String(index + 1).padStart(12, '0')}AAA` }));

async function render(props = {}) {
    const element = createElement('c-student-cohort-in-org-run', { is: StudentCohortInOrgRun });
    Object.assign(element, { students: students(3), action: 'ENABLE', ...props });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

async function click(element, selector) {
    $(element, selector).click();
    await flushPromises();
}

beforeEach(() => {
    getLatestRun.mockResolvedValue(null);
    getRunStatus.mockResolvedValue(copy(RUNNING));
});

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
});

describe('on load', () => {
    it('shows the user’s active run (a run survives closing the browser)', async () => {
        getLatestRun.mockResolvedValue(copy(RUNNING));
        const element = await render({ students: [] });
        expect(getLatestRun).toHaveBeenCalledTimes(1);
        const progress = $(element, 'c-student-user-run-progress');
        expect(progress.runId).toBe(RUNNING.runId);
        expect($(element, '.prepare-button')).toBeNull();
    });

    it('shows no ended run, and no start controls without students', async () => {
        getLatestRun.mockResolvedValue(copy(CANCELLED));
        const element = await render({ students: [] });
        expect($(element, 'c-student-user-run-progress')).toBeNull();
        expect($(element, '.prepare-button')).toBeNull();
    });

    it('shows why the latest run could not be read', async () => {
        getLatestRun.mockRejectedValue({ body: { message: 'No access' } });
        const element = await render();
        expect(text(element, '.error-message')).toBe('No access');
    });
});

describe('starting a run', () => {
    it('shows the limits before starting, then starts with the students, the action, dry run and the page options', async () => {
        getRunWarnings.mockResolvedValue(copy(WARNINGS));
        startRun.mockResolvedValue({ ...copy(RUNNING), status: 'QUEUED' });
        const element = await render({ enableOptions: copy(ENABLE_OPTIONS) });
        expect($(element, '.prepare-button').label).toBe('Prepare an in-org run of 3 students');
        expect(text(element, '.settings-note')).toBe(LABELS.settingsNote);
        const dryRun = $(element, '.dry-run');
        dryRun.checked = true;
        dryRun.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await click(element, '.prepare-button');
        const ids = students(3).map((student) => student.contactId);
        expect(getRunWarnings).toHaveBeenCalledWith({ action: 'ENABLE', contactIds: ids });
        expect($$(element, '.warning').map((item) => item.dataset.code)).toEqual(WARNINGS.map((w) => w.code));
        expect(text(element, '.warning .warning-message')).toBe(WARNINGS[0].message);
        expect(text(element, '.warning .warning-fix')).toBe(WARNINGS[0].fix);
        expect(startRun).not.toHaveBeenCalled();

        await click(element, '.start-button');
        expect(startRun).toHaveBeenCalledWith({
            action: 'ENABLE',
            contactIds: ids,
            dryRun: true,
            confirmDisable: false,
            enableOptions: ENABLE_OPTIONS
        });
        expect($(element, 'c-student-user-run-progress').runId).toBe(RUNNING.runId);
        expect($(element, '.before-start')).toBeNull();
        // One active run per action: Prepare is off while it goes on.
        expect($(element, '.prepare-button').disabled).toBe(true);
        expect(text(element, '.active-run')).toBe(LABELS.activeRun);
    });

    it('starts an ENABLE run with the org defaults when the page sends no options', async () => {
        getRunWarnings.mockResolvedValue([]);
        startRun.mockResolvedValue(copy(RUNNING));
        const element = await render();
        await click(element, '.prepare-button');
        await click(element, '.start-button');
        expect(startRun.mock.calls[0][0]).toMatchObject({ action: 'ENABLE', enableOptions: null });
    });

    it('says when no limit is in the way, and Back returns without starting', async () => {
        getRunWarnings.mockResolvedValue([]);
        const element = await render();
        await click(element, '.prepare-button');
        expect(text(element, '.no-warnings')).toBe(LABELS.noWarnings);
        await click(element, '.back-button');
        expect($(element, '.before-start')).toBeNull();
        expect(startRun).not.toHaveBeenCalled();
    });

    it('shows the refusal of a second run with its fix and stays on the confirmation', async () => {
        getRunWarnings.mockResolvedValue([]);
        startRun.mockRejectedValue({
            body: {
                message: JSON.stringify({
                    code: 'RUN_ALREADY_ACTIVE',
                    message: 'Run SUR-00000041 of this action is still going.',
                    fix: 'Wait until it ends, or cancel it.'
                })
            }
        });
        const element = await render();
        await click(element, '.prepare-button');
        await click(element, '.start-button');
        expect(text(element, '.error-message')).toBe(
            'Run SUR-00000041 of this action is still going. Wait until it ends, or cancel it.'
        );
        expect($(element, '.start-button')).not.toBeNull();
        expect($(element, 'c-student-user-run-progress')).toBeNull();
    });

    it('sends the Disable confirmation, and offers nothing until it is ticked', async () => {
        getRunWarnings.mockResolvedValue([]);
        startRun.mockResolvedValue(copy(RUNNING));
        const element = await render({ action: 'DISABLE', confirmDisable: false, enableOptions: copy(ENABLE_OPTIONS) });
        expect($(element, '.prepare-button').disabled).toBe(true);
        expect($(element, '.settings-note')).toBeNull();
        element.confirmDisable = true;
        await flushPromises();
        await click(element, '.prepare-button');
        await click(element, '.start-button');
        expect(startRun.mock.calls[0][0]).toMatchObject({ action: 'DISABLE', confirmDisable: true, dryRun: false });
        // Enable options belong to ENABLE runs only.
        expect(startRun.mock.calls[0][0].enableOptions).toBeNull();
    });

    it('requires the in-org run above the browser limit, and says why', async () => {
        const element = await render({ students: students(BROWSER_RUN_MAX_STUDENTS + 1) });
        expect(text(element, '.required')).toBe(
            `${BROWSER_RUN_MAX_STUDENTS + 1} students: more than ${BROWSER_RUN_MAX_STUDENTS}, so run them in the org. Check and Run on this page send 200 students a call from this browser and are off above ${BROWSER_RUN_MAX_STUDENTS}.`
        );
        const small = await render({ students: students(BROWSER_RUN_MAX_STUDENTS) });
        expect($(small, '.required')).toBeNull();
    });

    it('tells the page when the run it shows ends', async () => {
        getLatestRun.mockResolvedValue(copy(RUNNING));
        const element = await render();
        const ended = jest.fn();
        element.addEventListener('runended', ended);
        const progress = $(element, 'c-student-user-run-progress');
        progress.dispatchEvent(
            new CustomEvent('runchange', { detail: { runId: RUNNING.runId, status: 'RUNNING', active: true } })
        );
        expect(ended).not.toHaveBeenCalled();
        progress.dispatchEvent(
            new CustomEvent('runchange', { detail: { runId: RUNNING.runId, status: 'COMPLETED', active: false } })
        );
        expect(ended).toHaveBeenCalledTimes(1);
        expect(ended.mock.calls[0][0].detail).toEqual({ runId: RUNNING.runId });
    });
});
