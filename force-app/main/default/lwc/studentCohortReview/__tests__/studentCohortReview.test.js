import { createElement } from 'lwc';
import StudentCohortReview from 'c/studentCohortReview';
import { LOGIN_STATUS_ACTION } from 'c/studentUserShared';

// The row detail reads each student's login status through a wire.
jest.mock(
    '@salesforce/apex/StudentLoginStatusController.getLoginStatus',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
// Light DOM: the markup is the host's own children, no shadow root in between.
const $ = (element, selector) => element.querySelector(selector);
const $$ = (element, selector) => [...element.querySelectorAll(selector)];
const text = (element, selector) => ($(element, selector)?.textContent ?? '').trim();

const LABELS = { check: 'Check them', cancel: 'Stop', download: 'Results file' };
const COLUMNS = [{ label: 'Student', fieldName: 'name' }];
const ROWS = [
    { contactId: '003000000000001AAA', name: 'Ada Lovelace', loginStatusDisabled: false },
    { contactId: '003000000000002AAA', name: 'Alan Turing', loginStatusDisabled: true }
];

/** What a table spreads on the review with three rows and no check yet. */
function review(overrides = {}) {
    return {
        labels: LABELS,
        runLabel: 'Enable 0 ready students',
        checkDisabled: false,
        runDisabled: true,
        running: false,
        cancelRequested: false,
        hasResults: false,
        progressText: '',
        progressValue: 0,
        statusMessage: '',
        errorMessage: '',
        countItems: [{ key: 'total', label: 'Students', value: 3 }],
        total: 3,
        tablePage: { page: 0, offset: 0, size: 500, view: ROWS },
        columns: COLUMNS,
        ...overrides
    };
}

/** Renders the review and records every event it fires, in order. */
async function render(props = review()) {
    const element = createElement('c-student-cohort-review', { is: StudentCohortReview });
    Object.assign(element, props);
    const events = [];
    for (const name of ['check', 'run', 'cancel', 'download', 'pagechange']) {
        element.addEventListener(name, (event) => events.push({ name, detail: event.detail, bubbles: event.bubbles }));
    }
    document.body.appendChild(element);
    await flushPromises();
    return { element, events };
}

/** The Login status button of `row`, as lightning-datatable fires it. */
function rowAction(element, row, name = LOGIN_STATUS_ACTION) {
    $(element, 'lightning-datatable').dispatchEvent(
        new CustomEvent('rowaction', { detail: { action: { name }, row } })
    );
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-student-cohort-review rendering', () => {
    it('renders in the light DOM: its markup is reachable from the page around it', async () => {
        const { element } = await render();
        expect(element.shadowRoot).toBeNull();
        expect(document.body.querySelector('c-student-cohort-review lightning-button.check-button')).not.toBeNull();
    });

    it('shows Check and the run button with the table’s texts and states; no Cancel, Download or progress when idle', async () => {
        const { element } = await render();
        expect($(element, 'lightning-button.check-button').label).toBe('Check them');
        expect($(element, 'lightning-button.check-button').disabled).toBe(false);
        expect($(element, 'lightning-button.run-button').label).toBe('Enable 0 ready students');
        expect($(element, 'lightning-button.run-button').variant).toBe('brand');
        expect($(element, 'lightning-button.run-button').disabled).toBe(true);
        expect($(element, '.cancel-button')).toBeNull();
        expect($(element, '.download-button')).toBeNull();
        expect($(element, '.progress')).toBeNull();
        expect($(element, '.error-message')).toBeNull();
    });

    it('while running shows Cancel (off once asked) and the progress, text and bar', async () => {
        const { element } = await render(
            review({ running: true, checkDisabled: true, progressText: 'Checking 200 of 600', progressValue: 33 })
        );
        expect($(element, 'lightning-button.check-button').disabled).toBe(true);
        expect($(element, 'lightning-button.cancel-button').label).toBe('Stop');
        expect($(element, 'lightning-button.cancel-button').disabled).toBe(false);
        expect(text(element, '.progress-text')).toBe('Checking 200 of 600');
        expect($(element, 'lightning-progress-bar').value).toBe(33);

        element.cancelRequested = true;
        await flushPromises();
        expect($(element, 'lightning-button.cancel-button').disabled).toBe(true);
    });

    it('offers Download once there are results', async () => {
        const { element } = await render(review({ hasResults: true }));
        const download = $(element, 'lightning-button.download-button');
        expect(download.label).toBe('Results file');
        expect(download.iconName).toBe('utility:download');
    });

    it('says the status in a polite live region and the error as an alert', async () => {
        const { element } = await render(
            review({ statusMessage: '3 ready', errorMessage: 'The run stopped: no access' })
        );
        const status = $(element, '.status-message');
        expect(status.getAttribute('aria-live')).toBe('polite');
        expect(status.textContent).toBe('3 ready');
        const error = $(element, '.error-message');
        expect(error.getAttribute('role')).toBe('alert');
        expect(error.textContent).toBe('The run stopped: no access');
    });

    it('shows the counts, the pager and the page of the table', async () => {
        const { element } = await render(
            review({
                countItems: [
                    { key: 'total', label: 'Students', value: 1200 },
                    { key: 'ready', label: 'Ready', value: 7 }
                ],
                total: 1200,
                tablePage: { page: 1, offset: 500, size: 500, view: ROWS }
            })
        );
        expect($$(element, 'li.count').map((item) => item.dataset.count)).toEqual(['total', 'ready']);
        expect(text(element, '[data-count="ready"]')).toBe('Ready: 7');
        expect(text(element, '[data-count="ready"] strong')).toBe('7');
        const pager = $(element, 'c-student-cohort-pager');
        expect([pager.total, pager.pageSize, pager.page]).toEqual([1200, 500, 1]);
        const table = $(element, 'div.table lightning-datatable');
        expect(table.data).toEqual(ROWS);
        expect(table.columns).toEqual(COLUMNS);
        expect(table.rowNumberOffset).toBe(500);
        expect(table.keyField).toBe('contactId');
        expect($(element, 'div.table').getAttribute('tabindex')).toBe('-1');
    });

    it('shows no counts and no table without rows', async () => {
        const { element } = await render(review({ total: 0, countItems: [], tablePage: review().tablePage }));
        expect($(element, 'ul.counts')).toBeNull();
        expect($(element, 'div.table')).toBeNull();
        expect($(element, '.status-message')).not.toBeNull();
    });
});

describe('c-student-cohort-review events', () => {
    it('fires check, run, cancel and download for its buttons, none of them bubbling', async () => {
        const { element, events } = await render(review({ running: true, hasResults: true, runDisabled: false }));
        for (const name of ['check', 'run', 'cancel', 'download']) {
            $(element, `lightning-button.${name}-button`).click();
        }
        expect(events).toEqual(
            ['check', 'run', 'cancel', 'download'].map((name) => ({ name, detail: null, bubbles: false }))
        );
    });

    it('passes the pager’s page change up', async () => {
        const { element, events } = await render(review({ total: 1200 }));
        $(element, 'c-student-cohort-pager').dispatchEvent(new CustomEvent('pagechange', { detail: { page: 2 } }));
        expect(events).toEqual([{ name: 'pagechange', detail: { page: 2 }, bubbles: false }]);
    });
});

describe('c-student-cohort-review row detail', () => {
    it('opens the login status of a row with a user, keeps it for other row actions, and closes back to the table', async () => {
        const { element, events } = await render();
        expect($(element, 'c-student-cohort-row-detail')).toBeNull();

        rowAction(element, ROWS[0]);
        await flushPromises();
        const detail = $(element, 'c-student-cohort-row-detail');
        expect(detail.contactId).toBe(ROWS[0].contactId);
        expect(detail.studentName).toBe('Ada Lovelace');

        // A row without a portal user, or another action, leaves the detail as it is.
        rowAction(element, ROWS[1]);
        rowAction(element, { ...ROWS[0], contactId: '003000000000009AAA' }, 'other_action');
        await flushPromises();
        expect($(element, 'c-student-cohort-row-detail').contactId).toBe(ROWS[0].contactId);

        $(element, 'c-student-cohort-row-detail').dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        expect($(element, 'c-student-cohort-row-detail')).toBeNull();
        expect(document.activeElement).toBe($(element, 'div.table'));
        expect(events).toEqual([]);
    });

    it('does not open for a row without a portal user', async () => {
        const { element } = await render();
        rowAction(element, ROWS[1]);
        await flushPromises();
        expect($(element, 'c-student-cohort-row-detail')).toBeNull();
    });
});
