import { createElement } from 'lwc';
import StudentCohortRecentRuns, { RECORDING_WAITS_MS } from 'c/studentCohortRecentRuns';
import getRecentRuns from '@salesforce/apex/StudentCohortController.getRecentRuns';
import { refreshApex } from '@salesforce/apex';

jest.mock(
    '@salesforce/apex/StudentCohortController.getRecentRuns',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { LABELS } = require('../labels');
const RUNS = require('./data/recentRuns.json');

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const text = (element, selector) => ($(element, selector)?.textContent ?? '').trim();

async function renderWithRuns(runs) {
    const element = await render();
    getRecentRuns.emit(JSON.parse(JSON.stringify(runs)));
    await flushPromises();
    return element;
}

async function render() {
    const element = createElement('c-student-cohort-recent-runs', { is: StudentCohortRecentRuns });
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

describe('c-student-cohort-recent-runs', () => {
    it('asks for the 10 newest runs and says it is loading until they come', async () => {
        const element = await render();
        expect(getRecentRuns.getLastConfig()).toEqual({ limitSize: 10 });
        expect(text(element, '.runs-loading')).toBe(LABELS.loading);
        expect($(element, 'table')).toBeNull();
    });

    it('lists each run: when, action, who and the counts, in a captioned table', async () => {
        const element = await render();
        getRecentRuns.emit(JSON.parse(JSON.stringify(RUNS)));
        await flushPromises();
        expect(text(element, 'caption')).toBe(LABELS.heading);
        expect($$(element, 'th').map((cell) => cell.getAttribute('scope'))).toEqual(Array(7).fill('col'));
        const rows = $$(element, 'tr.run');
        expect(rows.map((row) => row.dataset.run)).toEqual(['SUR-000002', 'SUR-000001']);
        expect(
            rows.map((row) =>
                ['action', 'who', 'students', 'succeeded', 'failed', 'skipped'].map((cell) =>
                    row.querySelector(`.run-${cell}`).textContent.trim()
                )
            )
        ).toEqual([
            ['DEACTIVATE', 'Registrar Admin', '200', '190', '4', '6'],
            ['ENABLE', '', '3', '3', '0', '0']
        ]);
        expect(rows[0].querySelector('lightning-formatted-date-time').value).toBe('2026-11-30T14:05:00.000Z');
        expect($(element, '.runs-loading')).toBeNull();
    });

    it('shows 0 for counts a run record left empty', async () => {
        const element = await render();
        getRecentRuns.emit([
            { id: 'a0B5g0000000003AAA', name: 'SUR-000003', action: 'FREEZE', recordedAt: RUNS[0].recordedAt }
        ]);
        await flushPromises();
        expect(
            ['students', 'succeeded', 'failed', 'skipped'].map((cell) => text(element, `tr.run .run-${cell}`))
        ).toEqual(['0', '0', '0', '0']);
    });

    it('says when no run is recorded yet', async () => {
        const element = await render();
        getRecentRuns.emit([]);
        await flushPromises();
        expect(text(element, '.runs-empty')).toBe(LABELS.empty);
        expect($(element, 'table')).toBeNull();
    });

    it('shows why the runs cannot be read', async () => {
        const element = await render();
        getRecentRuns.error({
            message: JSON.stringify({ code: 'PERMISSION_DENIED', message: 'No access.', fix: 'Ask.' })
        });
        await flushPromises();
        expect(text(element, '.runs-error')).toBe('No access. Ask.');
    });

    it('reads again on Refresh and when the page asks', async () => {
        const element = await render();
        getRecentRuns.emit(JSON.parse(JSON.stringify(RUNS)));
        await flushPromises();
        $(element, 'lightning-button.refresh-button').click();
        await element.refresh();
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });
});

describe('a run whose record is written after the call (a Queueable)', () => {
    afterEach(() => jest.useRealTimers());

    const settle = async () => {
        await Promise.resolve();
        await Promise.resolve();
    };

    it('says the run is being recorded and reads again until the new run appears', async () => {
        const element = await renderWithRuns(RUNS.slice(1));
        jest.useFakeTimers();
        element.refresh(1);
        await settle();
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(text(element, '.runs-recording')).toBe(LABELS.beingRecorded);
        // The record is not there yet at the first re-read.
        jest.advanceTimersByTime(RECORDING_WAITS_MS[0]);
        await settle();
        expect(refreshApex).toHaveBeenCalledTimes(2);
        expect(text(element, '.runs-recording')).toBe(LABELS.beingRecorded);
        getRecentRuns.emit(JSON.parse(JSON.stringify(RUNS)));
        await settle();
        expect(text(element, '.runs-recording')).toBe('');
        expect($$(element, 'tr.run')).toHaveLength(RUNS.length);
        jest.advanceTimersByTime(60_000);
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });

    it('stops after its last re-read and says the run is not recorded yet', async () => {
        const element = await renderWithRuns(RUNS);
        jest.useFakeTimers();
        element.refresh(1);
        await settle();
        for (const wait of RECORDING_WAITS_MS) {
            jest.advanceTimersByTime(wait);
            // eslint-disable-next-line no-await-in-loop
            await settle();
        }
        expect(refreshApex).toHaveBeenCalledTimes(1 + RECORDING_WAITS_MS.length);
        expect(text(element, '.runs-late')).toBe(LABELS.notRecordedYet);
        expect(text(element, '.runs-recording')).toBe('');
    });
});
