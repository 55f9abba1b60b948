import { createElement } from 'lwc';
import StudentUserRunProgress, { DEFAULT_POLL_MS } from 'c/studentUserRunProgress';
import getRunStatus from '@salesforce/apex/StudentUserRunController.getRunStatus';
import cancelRun from '@salesforce/apex/StudentUserRunController.cancelRun';
import resumeRun from '@salesforce/apex/StudentUserRunController.resumeRun';
import getRunResults from '@salesforce/apex/StudentUserRunController.getRunResults';
import { blobText, installLwsStandIn } from '../../../../../../preview/stubs/lws';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from 'c/studentUserShared';
import { RESULTS_PAGE_SIZE, durationText, minutesLeft, ratePerMinute, readAllResults } from '../runModel';

jest.mock('@salesforce/apex/StudentUserRunController.getRunStatus', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/StudentUserRunController.cancelRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/StudentUserRunController.resumeRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/StudentUserRunController.getRunResults', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('lightning/navigation', () => require('../../../../../../jest/helpers/navigationMock').navigationMock());
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { LABELS } = require('../labels');
const fixture = (name) => JSON.parse(JSON.stringify(require(`./data/${name}.json`)));
const RUNNING = () => fixture('runRunning');
const NOW = new Date('2026-12-07T11:00:00.000Z');

/** Microtasks only: the timers are fake, the promises are real. */
async function flush() {
    for (let i = 0; i < 20; i++) {
        // eslint-disable-next-line no-await-in-loop
        await Promise.resolve();
    }
}
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const text = (element, selector) => ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(props = { runId: 'a0C5g00000RUN001AAA' }) {
    const element = createElement('c-student-user-run-progress', { is: StudentUserRunProgress });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

async function click(element, selector) {
    $(element, selector).click();
    await flush();
}

beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    jest.setSystemTime(NOW);
});

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
    jest.useRealTimers();
});

describe('a running run', () => {
    it('shows the counts, a progress bar with its values, rate, time left and the record link', async () => {
        getRunStatus.mockResolvedValue(RUNNING());
        const element = await render();
        expect(getRunStatus).toHaveBeenCalledWith({ runId: 'a0C5g00000RUN001AAA' });
        expect(text(element, '.run-title')).toBe('In-org run SUR-00000042');
        expect(text(element, '.progress-text')).toBe('Running: 12000 of 50000 students have an outcome (24 %).');
        const bar = $(element, '[role="progressbar"]');
        expect(bar.getAttribute('aria-valuemin')).toBe('0');
        expect(bar.getAttribute('aria-valuemax')).toBe('50000');
        expect(bar.getAttribute('aria-valuenow')).toBe('12000');
        expect(bar.getAttribute('aria-valuetext')).toBe('12000 of 50000 students');
        expect(bar.getAttribute('aria-label')).toBe(LABELS.progressLabel);
        expect($(element, '.slds-progress-bar__value').style.width).toBe('24%');
        expect($$(element, '.count').map((item) => item.textContent.replace(/\s+/g, ' ').trim())).toEqual([
            'Students: 50000',
            'Succeeded: 11800',
            'Failed: 150',
            'Nothing to do: 50',
            'Pending: 38000'
        ]);
        // 12,000 outcomes in the 60 minutes since the start: 200 a minute, 38,000 left: 190 minutes.
        expect(text(element, '.rate')).toBe('Rate: 200 students a minute');
        expect(text(element, '.time-left')).toBe('Time left: about 3 h 10 min');
        expect(text(element, '.engine')).toBe('Chunk size 200, jobs 62, chunks retried smaller after a limit 1');
        expect(text(element, '.run-by')).toBe('· Started by Preview Admin');
        expect($(element, 'a.record-link').getAttribute('href')).toBe('nav:/Student_User_Run__c/a0C5g00000RUN001AAA');
        expect($(element, '.cancel-button')).not.toBeNull();
        expect($(element, '.resume-button')).toBeNull();
    });

    it('lists the failures by code with the code’s label, a code it does not know with the results file hint', async () => {
        getRunStatus.mockResolvedValue(RUNNING());
        const element = await render();
        expect($(element, 'table.failures caption').textContent).toBe(LABELS.failuresHeading);
        expect(
            $$(element, 'tr.failure').map((row) => [...row.children].map((cell) => cell.textContent.trim()))
        ).toEqual([
            ['USERNAME_TAKEN', LABELS.codeUsernameTaken, '100'],
            ['NO_EMAIL', LABELS.codeNoEmail, '40'],
            ['SOME_FUTURE_CODE', LABELS.codeOther, '10']
        ]);
    });

    it('announces the status in a polite live region, not on every read', async () => {
        getRunStatus.mockResolvedValue(RUNNING());
        const element = await render();
        const region = $(element, '.announcement');
        expect(region.getAttribute('aria-live')).toBe('polite');
        expect(region.getAttribute('role')).toBe('status');
        expect(region.textContent).toBe('Run SUR-00000042: Running. 12000 of 50000 students have an outcome.');
        getRunStatus.mockResolvedValue({ ...RUNNING(), succeeded: 12100 });
        jest.advanceTimersByTime(DEFAULT_POLL_MS);
        await flush();
        expect(text(element, '.progress-text')).toContain('12300 of 50000');
        expect(region.textContent).toBe('Run SUR-00000042: Running. 12000 of 50000 students have an outcome.');
        getRunStatus.mockResolvedValue({ ...RUNNING(), succeeded: 14800 });
        jest.advanceTimersByTime(DEFAULT_POLL_MS);
        await flush();
        expect(region.textContent).toBe('Run SUR-00000042: Running. 15000 of 50000 students have an outcome.');
    });
});

describe('polling', () => {
    it('reads the run every poll interval while it is active and stops when it has ended', async () => {
        getRunStatus.mockResolvedValueOnce(RUNNING()).mockResolvedValueOnce(RUNNING());
        getRunStatus.mockResolvedValue(fixture('runCancelled'));
        const element = await render();
        expect(getRunStatus).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(DEFAULT_POLL_MS - 1);
        await flush();
        expect(getRunStatus).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(1);
        await flush();
        expect(getRunStatus).toHaveBeenCalledTimes(2);
        jest.advanceTimersByTime(DEFAULT_POLL_MS);
        await flush();
        expect(getRunStatus).toHaveBeenCalledTimes(3);
        expect(text(element, '.progress-text')).toMatch(/^Cancelled:/);
        jest.advanceTimersByTime(DEFAULT_POLL_MS * 10);
        await flush();
        expect(getRunStatus).toHaveBeenCalledTimes(3);
        expect(jest.getTimerCount()).toBe(0);
    });

    it('leaves no timer behind when it is removed from the page', async () => {
        getRunStatus.mockResolvedValue(RUNNING());
        const element = await render({ runId: 'a0C5g00000RUN001AAA', pollInterval: 1000 });
        expect(jest.getTimerCount()).toBe(1);
        document.body.removeChild(element);
        expect(jest.getTimerCount()).toBe(0);
        jest.advanceTimersByTime(10_000);
        await flush();
        expect(getRunStatus).toHaveBeenCalledTimes(1);
    });

    it('drops an answer that arrives after the component left the page', async () => {
        let answer;
        getRunStatus.mockReturnValue(new Promise((resolve) => (answer = resolve)));
        const element = await render();
        document.body.removeChild(element);
        answer(RUNNING());
        await flush();
        expect(jest.getTimerCount()).toBe(0);
    });

    it('keeps the run and reads again after a failed read', async () => {
        getRunStatus.mockResolvedValueOnce(RUNNING());
        getRunStatus.mockRejectedValueOnce({ body: { message: 'Network down' } });
        getRunStatus.mockResolvedValue(RUNNING());
        const element = await render();
        jest.advanceTimersByTime(DEFAULT_POLL_MS);
        await flush();
        expect(text(element, '.poll-error')).toBe('Could not read the run’s progress: Network down Trying again.');
        expect(text(element, '.run-title')).toBe('In-org run SUR-00000042');
        jest.advanceTimersByTime(DEFAULT_POLL_MS);
        await flush();
        expect($(element, '.poll-error')).toBeNull();
        expect(getRunStatus).toHaveBeenCalledTimes(3);
    });
});

describe('cancel and resume', () => {
    it('cancels with the run id, shows the answer, and resumes a cancelled run', async () => {
        getRunStatus.mockResolvedValue(RUNNING());
        cancelRun.mockResolvedValue({ ...RUNNING(), status: 'CANCELLING' });
        const element = await render();
        await click(element, '.cancel-button');
        expect(cancelRun).toHaveBeenCalledWith({ runId: 'a0C5g00000RUN001AAA' });
        expect(text(element, '.progress-text')).toMatch(/^Cancelling \(the current chunk finishes first\):/);
        expect($(element, '.cancel-button')).toBeNull();

        getRunStatus.mockResolvedValue(fixture('runCancelled'));
        jest.advanceTimersByTime(DEFAULT_POLL_MS);
        await flush();
        expect($(element, '.resume-button')).not.toBeNull();
        expect($(element, '.time-left')).toBeNull();
        expect(jest.getTimerCount()).toBe(0);

        resumeRun.mockResolvedValue({ ...fixture('runCancelled'), status: 'QUEUED', finishedAt: null });
        await click(element, '.resume-button');
        expect(resumeRun).toHaveBeenCalledWith({ runId: 'a0C5g00000RUN001AAA' });
        expect(text(element, '.progress-text')).toMatch(/^Queued:/);
        expect(jest.getTimerCount()).toBe(1);
    });

    it('shows a refusal with its fix', async () => {
        getRunStatus.mockResolvedValue(RUNNING());
        cancelRun.mockRejectedValue({
            body: { message: JSON.stringify({ code: 'RUN_NOT_ACTIVE', message: 'The run has ended.', fix: 'Reload.' }) }
        });
        const element = await render();
        await click(element, '.cancel-button');
        expect(text(element, '.action-error')).toBe('The run has ended. Reload.');
    });
});

describe('the run record page', () => {
    it('reads the record id and shows no link to the page it is on', async () => {
        getRunStatus.mockResolvedValue(fixture('runCompleted'));
        const element = await render({ recordId: 'a0C5g00000RUN001AAA' });
        expect(getRunStatus).toHaveBeenCalledWith({ runId: 'a0C5g00000RUN001AAA' });
        expect($(element, 'a.record-link')).toBeNull();
        expect(text(element, '.dry-run')).toBe(LABELS.dryRun);
        expect(text(element, '.last-error')).toBe(
            'Last error of a job: System.LimitException: Apex CPU time limit exceeded'
        );
        expect(text(element, '.rate')).toBe('Rate: 3 students a minute');
        expect($(element, '.time-left')).toBeNull();
        expect($(element, '.cancel-button')).toBeNull();
        expect($(element, '.resume-button')).toBeNull();
        expect(jest.getTimerCount()).toBe(0);
    });

    it('says so when there is no such run', async () => {
        getRunStatus.mockResolvedValue(null);
        const element = await render({ recordId: 'a0C5g00000RUN009AAA' });
        expect(text(element, '.load-error')).toBe(LABELS.notFound);
    });
});

describe('results file', () => {
    let lws;
    beforeEach(() => {
        lws = installLwsStandIn(window, undefined, { captureClicks: true });
    });
    afterEach(() => lws.uninstall());

    it('reads every page after the last position and writes the enable CSV columns', async () => {
        getRunStatus.mockResolvedValue(RUNNING());
        const fullPage = Array.from({ length: RESULTS_PAGE_SIZE }, (_, index) => ({
            position: index + 1,
            contactId: `003${String(index + 1).padStart(12, '0')}AAA`,
            email: `s${index + 1}@uni.example.edu`,
            status: 'SUCCEEDED',
            userId: `005${String(index + 1).padStart(12, '0')}AAA`
        }));
        getRunResults
            .mockResolvedValueOnce(fullPage)
            .mockResolvedValueOnce([{ position: 2001, contactId: '003000000002001AAA', status: 'PENDING' }]);
        const element = await render();
        await click(element, '.download-button');
        expect(getRunResults.mock.calls).toEqual([
            [{ runId: 'a0C5g00000RUN001AAA', afterPosition: 0, pageSize: 2000 }],
            [{ runId: 'a0C5g00000RUN001AAA', afterPosition: 2000, pageSize: 2000 }]
        ]);
        expect(lws.refused).toEqual([]);
        expect(lws.clicks).toEqual([{ href: expect.stringMatching(/^blob:/), download: 'SUR-00000042.results.csv' }]);
        const lines = (await blobText(lws.blobs[0])).trimEnd().split('\n');
        expect(lines[0]).toBe(RESULT_COLUMNS.join(','));
        expect(lines).toHaveLength(2002);
        expect(lines[1]).toBe('1,003000000000001AAA,s1@uni.example.edu,SUCCEEDED,005000000000001AAA,,false,,,,,,,,');
        expect(lines[2001]).toBe('2001,003000000002001AAA,,PENDING,,,false,,,,,,,,');
        expect(text(element, '.built')).toBe('Results file ready: 2001 students.');
    });

    it('writes a lifecycle run in the lifecycle columns, text cells neutralised', async () => {
        getRunStatus.mockResolvedValue(fixture('runCompleted'));
        getRunResults.mockResolvedValue(fixture('resultsPage'));
        const element = await render({ recordId: 'a0C5g00000RUN001AAA' });
        await click(element, '.download-button');
        expect(getRunResults).toHaveBeenCalledTimes(1);
        const lines = (await blobText(lws.blobs[0])).trimEnd().split('\n');
        expect(lines[0]).toBe(LIFECYCLE_RESULT_COLUMNS.join(','));
        expect(lines.slice(1)).toEqual([
            '1,003000000000001AAA,ada@uni.example.edu,DEACTIVATE,SUCCEEDED,005000000000001AAA,,,,,',
            '2,003000000000002AAA,grace@uni.example.edu,DEACTIVATE,FAILED,,,NOT_A_PORTAL_USER,,"\'=Grace Hopper has no portal user, so there is nothing to deactivate.","Enable the student first, or leave them out."',
            '3,003000000000003AAA,alan@uni.example.edu,DEACTIVATE,SKIPPED,005000000000003AAA,,ALREADY_INACTIVE,,The user is already inactive.,'
        ]);
    });

    it('shows why the file could not be built', async () => {
        getRunStatus.mockResolvedValue(fixture('runCompleted'));
        getRunResults.mockRejectedValue({ body: { message: 'Too busy' } });
        const element = await render({ recordId: 'a0C5g00000RUN001AAA' });
        await click(element, '.download-button');
        expect(text(element, '.action-error')).toBe('Too busy');
        expect(lws.blobs).toHaveLength(0);
        expect($(element, '.download-button').disabled).toBe(false);
    });
});

describe('runModel', () => {
    const labels = { durationUnderMinute: 'soon', durationMinutes: '{0} min', durationHours: '{0} h {1} min' };

    it('has no rate before the first outcome and no time left for a finished run', () => {
        const now = NOW.getTime();
        expect(ratePerMinute({ ...RUNNING(), succeeded: 0, failed: 0, skipped: 0 }, now)).toBeNull();
        expect(ratePerMinute({ ...RUNNING(), startedAt: undefined }, now)).toBeNull();
        expect(minutesLeft(fixture('runCancelled'), now)).toBeNull();
        expect(minutesLeft(RUNNING(), now)).toBe(190);
    });

    it('words durations', () => {
        expect(durationText(0.5, labels)).toBe('soon');
        expect(durationText(59.4, labels)).toBe('59 min');
        expect(durationText(125, labels)).toBe('2 h 5 min');
    });

    it('stops reading pages when a page does not move past the last position', async () => {
        const getPage = jest.fn().mockResolvedValue(Array.from({ length: RESULTS_PAGE_SIZE }, () => ({ position: 0 })));
        const rows = await readAllResults(getPage, 'a0C', () => undefined);
        expect(getPage).toHaveBeenCalledTimes(1);
        expect(rows).toHaveLength(RESULTS_PAGE_SIZE);
    });
});
