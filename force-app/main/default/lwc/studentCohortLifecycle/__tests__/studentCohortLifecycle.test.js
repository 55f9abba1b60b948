import { createElement } from 'lwc';
import StudentCohortLifecycle from 'c/studentCohortLifecycle';
import checkLifecycle from '@salesforce/apex/StudentCohortController.checkLifecycle';
import manageStudents from '@salesforce/apex/StudentCohortController.manageStudents';
import { sampleStudents } from '../../../../../../fixtures/cohort/sampleCohort';
import { createLifecycleService, labelNames } from '../../../../../../fixtures/cohort/sampleLifecycle';
import { blobText, installLwsStandIn } from '../../../../../../preview/stubs/lws';

// The User links come from the navigation service (nav:/User/<id>), never a hand-built /lightning/r/ path.
jest.mock('lightning/navigation', () => require('../../../../../../jest/helpers/navigationMock').navigationMock());
jest.mock('@salesforce/apex/StudentCohortController.checkLifecycle', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.manageStudents', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/StudentLoginStatusController.getLoginStatus',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { withRealTexts } = require('../../../../../../jest/helpers/realLabels');
const { LABELS } = require('../labels');
const RECIPE = require('../../studentCohort/__tests__/data/sampleCohort.json');
const ALL_ACTIVE = require('./data/lifecycleAllActive.json');
const MIXED = require('./data/lifecycleMixed.json');

/** The real texts of every SPU_Lifecycle_* label the simulation uses. */
const TEXTS = (() => {
    const codes = Object.keys(require('../../../../../../fixtures/cohort/sampleLifecycle').LIFECYCLE_CODES);
    const names = ['SPU_Lifecycle_Blank', ...codes.flatMap((code) => Object.values(labelNames(code)))];
    return withRealTexts({ T: Object.fromEntries(names.map((name) => [name, `c.${name}`])) }).T;
})();

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const text = (element, selector) => ($(element, selector)?.textContent ?? '').trim();
const button = (element, name) => $(element, `lightning-button.${name}-button`);
const count = (element, key) => text(element, `[data-count="${key}"] strong`);
const tableRows = (element) => $(element, 'lightning-datatable').data;

/** Answers both methods from the simulated service over the sample cohort of `size` students. */
function answerFrom(scenario, size) {
    const service = createLifecycleService({ ...RECIPE, size }, scenario.state, (name) => TEXTS[name], scenario.access);
    checkLifecycle.mockImplementation(({ requests }) => Promise.resolve(service.manage(requests, true)));
    manageStudents.mockImplementation(({ requests }) => Promise.resolve(service.manage(requests, false)));
    return sampleStudents({ ...RECIPE, size });
}

async function render({
    students,
    action = 'DEACTIVATE',
    actionLabel = 'Deactivate',
    confirmDisable = false,
    maxStudentsPerCall
}) {
    const element = createElement('c-student-cohort-lifecycle', { is: StudentCohortLifecycle });
    element.maxStudentsPerCall = maxStudentsPerCall;
    element.students = students;
    element.action = action;
    element.actionLabel = actionLabel;
    element.confirmDisable = confirmDisable;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

async function click(element, name) {
    button(element, name).click();
    await flushPromises();
    await flushPromises();
}

function deferred() {
    let resolve;
    const promise = new Promise((done) => {
        resolve = done;
    });
    return { promise, resolve };
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
});

describe('check and run in chunks of the server budget', () => {
    it.each([
        [5, 2, [2, 2, 1]],
        [4, 2, [2, 2]],
        [3, undefined, [3]],
        [201, 0, [200, 1]]
    ])('sends %i students with maxStudentsPerCall %p in calls of %j', async (size, perCall, sizes) => {
        const students = answerFrom(ALL_ACTIVE, size);
        const element = await render({ students, maxStudentsPerCall: perCall });
        await click(element, 'check');
        expect(checkLifecycle.mock.calls.map(([params]) => params.requests.length)).toEqual(sizes);
        await click(element, 'run');
        expect(manageStudents.mock.calls.map(([params]) => params.requests.length)).toEqual(sizes);
    });
});

describe('check and run in chunks of 200', () => {
    it('checks 450 students in three dry-run calls, then deactivates them in three real calls', async () => {
        const students = answerFrom(ALL_ACTIVE, 450);
        const busy = [];
        const element = await render({ students });
        element.addEventListener('busychange', (event) => busy.push(event.detail.busy));
        const runComplete = jest.fn();
        element.addEventListener('runcomplete', runComplete);
        expect(button(element, 'run').disabled).toBe(true);
        expect(tableRows(element).map((row) => row.status)).toEqual(students.map(() => LABELS.statusNotChecked));

        await click(element, 'check');
        expect(checkLifecycle.mock.calls.map(([params]) => params.requests.length)).toEqual([200, 200, 50]);
        expect(checkLifecycle.mock.calls[0][0].requests[0]).toEqual({
            action: 'DEACTIVATE',
            contactId: students[0].contactId,
            validateOnly: true
        });
        expect(text(element, '.status-message')).toBe('Check complete: 450 ready, 0 nothing to do, 0 blocked.');
        expect(count(element, 'ready')).toBe('450');
        expect(button(element, 'run').label).toBe('Deactivate 450 ready students');
        expect(busy).toEqual([true, false]);

        await click(element, 'run');
        expect(manageStudents.mock.calls.map(([params]) => params.requests.length)).toEqual([200, 200, 50]);
        expect(manageStudents.mock.calls.flatMap(([params]) => params.requests.map((r) => r.validateOnly))).toEqual(
            students.map(() => false)
        );
        expect(text(element, '.status-message')).toBe('Run complete: 450 done, 0 nothing to do, 0 failed.');
        expect(count(element, 'done')).toBe('450');
        expect(tableRows(element)[0]).toMatchObject({
            status: LABELS.statusDeactivated,
            code: '',
            username: students[0].email + RECIPE.usernameSuffix,
            userUrl: 'nav:/User/0055g0000000001AAA'
        });
        expect(button(element, 'run').disabled).toBe(true);
        expect(runComplete).toHaveBeenCalledTimes(1);

        // Everyone is done: a new check has nothing to send.
        await click(element, 'check');
        expect(checkLifecycle).toHaveBeenCalledTimes(3);
        expect(text(element, '.status-message')).toBe(LABELS.nothingToCheck);
    });

    it('shows per-student status, code, reason and fix of a mixed cohort, and runs only the ready ones', async () => {
        const students = answerFrom(MIXED, 30);
        const element = await render({ students });
        await click(element, 'check');
        // 11 and 22 have no portal user; 7, 14, 21, 28 are inactive; the rest (frozen or active) can be deactivated.
        expect(text(element, '.status-message')).toBe('Check complete: 24 ready, 4 nothing to do, 2 blocked.');
        const rows = tableRows(element);
        expect(rows[10]).toMatchObject({
            status: LABELS.statusBlocked,
            code: 'NOT_A_PORTAL_USER',
            reason: `The student ${students[10].name} has no portal user.`,
            fix: TEXTS.SPU_Lifecycle_Not_A_Portal_User_Fix
        });
        expect(rows[6]).toMatchObject({
            status: LABELS.statusSkipped,
            code: 'ALREADY_INACTIVE',
            fix: 'Nothing to do.'
        });

        await click(element, 'run');
        expect(manageStudents.mock.calls[0][0].requests).toHaveLength(24);
        expect(text(element, '.status-message')).toBe('Run complete: 24 done, 4 nothing to do, 0 failed.');
        expect(count(element, 'blocked')).toBe('2');
        expect(count(element, 'skipped')).toBe('4');
    });

    it('reports a run that failed for a student as Failed with its reason', async () => {
        const students = answerFrom(ALL_ACTIVE, 2);
        const element = await render({ students, action: 'FREEZE', actionLabel: 'Freeze' });
        await click(element, 'check');
        manageStudents.mockResolvedValue([
            { contactId: students[0].contactId, action: 'FREEZE', status: 'FROZEN' },
            {
                contactId: students[1].contactId,
                action: 'FREEZE',
                status: 'FAILED',
                errorCode: 'PLATFORM_ERROR',
                message: 'Salesforce refused the change. Fix what the message names.',
                errorFix: 'Fix what the message names.'
            }
        ]);
        await click(element, 'run');
        expect(tableRows(element).map((row) => [row.status, row.code, row.reason])).toEqual([
            [LABELS.statusFrozen, '', ''],
            [LABELS.statusFailed, 'PLATFORM_ERROR', 'Salesforce refused the change.']
        ]);
        expect(count(element, 'failed')).toBe('1');
        // The failed student may be checked again; the frozen one is settled.
        await click(element, 'check');
        expect(checkLifecycle.mock.calls[1][0].requests.map((r) => r.contactId)).toEqual([students[1].contactId]);
    });
});

describe('cancel and errors', () => {
    it('cancel stops after the current chunk and marks the rest Not sent; Run continues with them', async () => {
        const students = answerFrom(ALL_ACTIVE, 450);
        const element = await render({ students });
        await click(element, 'check');
        const first = deferred();
        const real = manageStudents.getMockImplementation();
        manageStudents.mockImplementationOnce(() => first.promise.then(() => real(manageStudents.mock.calls[0][0])));
        button(element, 'run').click();
        await flushPromises();
        expect(text(element, '.progress-text')).toBe('Running 0 of 450 students…');
        button(element, 'cancel').click();
        await flushPromises();
        expect(text(element, '.progress-text')).toBe(LABELS.cancelling);
        expect(button(element, 'cancel').disabled).toBe(true);
        first.resolve();
        await flushPromises();
        await flushPromises();
        expect(manageStudents).toHaveBeenCalledTimes(1);
        expect(text(element, '.status-message')).toBe(
            'Cancelled: 200 done, 250 not sent. Click the run button to continue with the rest.'
        );
        expect(count(element, 'notSent')).toBe('250');
        expect(tableRows(element)[449]).toMatchObject({ status: LABELS.statusNotSent, reason: LABELS.notSentMessage });
        expect(button(element, 'run').label).toBe('Deactivate 250 ready students');

        await click(element, 'run');
        expect(manageStudents.mock.calls.slice(1).flatMap(([p]) => p.requests.map((r) => r.contactId))).toEqual(
            students.slice(200).map((student) => student.contactId)
        );
        expect(count(element, 'done')).toBe('450');
    });

    it('cancelling a check stops it without marking anyone', async () => {
        const students = answerFrom(ALL_ACTIVE, 250);
        const element = await render({ students });
        const first = deferred();
        const real = checkLifecycle.getMockImplementation();
        checkLifecycle.mockImplementationOnce((params) => first.promise.then(() => real(params)));
        button(element, 'check').click();
        await flushPromises();
        button(element, 'cancel').click();
        first.resolve();
        await flushPromises();
        await flushPromises();
        expect(checkLifecycle).toHaveBeenCalledTimes(1);
        expect(count(element, 'ready')).toBe('200');
        expect($(element, '[data-count="notSent"]')).toBeNull();
        expect(text(element, '.status-message')).toBe('');
    });

    it('shows the refusal of a call without Manage Student Users as it is, and any other failure as a stopped run', async () => {
        const students = answerFrom(ALL_ACTIVE, 1);
        const element = await render({ students });
        checkLifecycle.mockRejectedValueOnce({
            body: {
                message: JSON.stringify({
                    code: 'PERMISSION_DENIED',
                    message: 'You do not have the Manage Student Users permission. Ask for it.',
                    fix: 'Ask for it.'
                })
            }
        });
        await click(element, 'check');
        expect(text(element, '.error-message')).toBe(
            'You do not have the Manage Student Users permission. Ask for it.'
        );

        checkLifecycle.mockRejectedValueOnce(new Error('Network down'));
        await click(element, 'check');
        expect(text(element, '.error-message')).toBe(
            'The run stopped: Network down Students already done keep their results; run again to continue.'
        );
        checkLifecycle.mockRejectedValueOnce({});
        await click(element, 'check');
        expect(text(element, '.error-message')).toContain(LABELS.unknownError);
    });
});

describe('inputs', () => {
    it('starts over when the students, the action or the confirmation change', async () => {
        const students = answerFrom(ALL_ACTIVE, 3);
        const element = await render({ students });
        await click(element, 'check');
        expect(count(element, 'ready')).toBe('3');
        element.action = 'FREEZE';
        await flushPromises();
        expect($(element, '[data-count="ready"]')).toBeNull();
        expect(text(element, '.status-message')).toBe('');
        element.students = students.slice(0, 1);
        await flushPromises();
        expect(count(element, 'total')).toBe('1');
        element.students = null;
        await flushPromises();
        expect(element.students).toEqual([]);
        expect($(element, 'lightning-datatable')).toBeNull();
        expect(button(element, 'check').disabled).toBe(true);
        element.action = null;
        expect(element.action).toBe('');
    });

    it('SEND_LOGIN_LINK says before Check and Run that the current passwords stop working', async () => {
        const students = answerFrom(ALL_ACTIVE, 2);
        const element = await render({ students, action: 'SEND_LOGIN_LINK', actionLabel: 'Send login link' });
        expect(text(element, '.login-link-warning')).toBe(LABELS.loginLinkWarning);
        expect(LABELS.loginLinkWarning).toContain("each student's current password stops working at once");
        element.action = 'FREEZE';
        await flushPromises();
        expect($(element, '.login-link-warning')).toBeNull();
    });

    it('DISABLE needs the confirmation, which it sends', async () => {
        const students = answerFrom(MIXED, 2);
        const element = await render({ students, action: 'DISABLE', actionLabel: 'Disable (permanent)' });
        expect(button(element, 'check').disabled).toBe(true);
        expect(text(element, '.disable-unconfirmed')).toBe(LABELS.disableUnconfirmed);
        element.confirmDisable = true;
        await flushPromises();
        expect(element.confirmDisable).toBe(true);
        expect($(element, '.disable-unconfirmed')).toBeNull();
        await click(element, 'check');
        expect(checkLifecycle.mock.calls[0][0].requests[0]).toEqual({
            action: 'DISABLE',
            contactId: students[0].contactId,
            validateOnly: true,
            confirmDisable: true
        });
        expect(count(element, 'ready')).toBe('2');
    });
});

describe('results file', () => {
    it('downloads the CLI lifecycle columns, formulas neutralised', async () => {
        const students = answerFrom(MIXED, 11);
        const element = await render({ students: [...students.slice(0, 10), { ...students[10], email: '=cmd' }] });
        expect($(element, '.download-button')).toBeNull();
        await click(element, 'check');
        await click(element, 'run');
        // Lightning Web Security as far as jsdom allows: data: anchors blocked, Blob MIME types checked.
        const lws = installLwsStandIn(window, undefined, { captureClicks: true });
        $(element, '.download-button').click();
        lws.uninstall();
        expect(lws.refused).toEqual([]);
        expect(lws.clicks).toEqual([
            { href: expect.stringMatching(/^blob:/), download: 'student-cohort.lifecycle-results.csv' }
        ]);
        const csv = await blobText(lws.blobs[0]);
        const lines = csv.trimEnd().split('\n');
        expect(lines[0]).toBe(
            'row,contactId,email,action,status,userId,username,errorCode,errorField,message,errorFix'
        );
        expect(lines).toHaveLength(12);
        expect(lines[1]).toBe(
            `1,${students[0].contactId},${students[0].email},DEACTIVATE,DEACTIVATED,0055g0000000001AAA,${students[0].email}${RECIPE.usernameSuffix},,,,`
        );
        expect(lines[7]).toContain(',DEACTIVATE,SKIPPED,');
        expect(lines[11]).toContain(`,'=cmd,DEACTIVATE,FAILED,,,NOT_A_PORTAL_USER,contactId,`);
    });
});

describe('row detail (why can’t this student log in?)', () => {
    it('opens the login status of a checked student with a user from the table, and closes back to the table', async () => {
        const students = answerFrom(ALL_ACTIVE, 3);
        const element = await render({ students });
        expect(tableRows(element).every((row) => row.loginStatusDisabled)).toBe(true);
        await click(element, 'check');
        const row = tableRows(element)[1];
        expect(row.loginStatusDisabled).toBe(false);

        $(element, 'lightning-datatable').dispatchEvent(
            new CustomEvent('rowaction', { detail: { action: { name: 'login_status' }, row } })
        );
        await flushPromises();
        const detail = $(element, 'c-student-cohort-row-detail');
        expect(detail.contactId).toBe(students[1].contactId);
        expect(detail.studentName).toBe(students[1].name);

        detail.dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        expect($(element, 'c-student-cohort-row-detail')).toBeNull();
        expect(element.shadowRoot.activeElement).toBe($(element, 'div.table'));
    });
});
