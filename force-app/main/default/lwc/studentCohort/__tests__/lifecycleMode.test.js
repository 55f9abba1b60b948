import { createElement } from 'lwc';
import StudentCohort from 'c/studentCohort';
import getCohortAccess from '@salesforce/apex/StudentCohortController.getCohortAccess';
import getCohortContext from '@salesforce/apex/StudentCohortController.getCohortContext';
import getRecentRuns from '@salesforce/apex/StudentCohortController.getRecentRuns';
import resolveStudents from '@salesforce/apex/StudentCohortController.resolveStudents';
import checkStudents from '@salesforce/apex/StudentCohortController.checkStudents';
import enableStudents from '@salesforce/apex/StudentCohortController.enableStudents';
import { refreshApex } from '@salesforce/apex';
import { sampleResult, sampleStudents } from '../../../../../../fixtures/cohort/sampleCohort';
import { actionOptions, normalizeAccess } from '../actions';
import { BROWSER_RUN_MAX_STUDENTS } from 'c/studentUserShared';

jest.mock(
    '@salesforce/apex/StudentCohortController.getCohortAccess',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/StudentCohortController.getCohortContext',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/StudentCohortController.getRecentRuns',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/StudentCohortController.resolveStudents', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.checkStudents', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.enableStudents', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.checkLifecycle', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.manageStudents', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.findStudentsWhoseProgramEnded', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('../actionLabels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../actionLabels'))
);

const { ACTION_LABELS } = require('../actionLabels');
const RECIPE = { ...require('./data/sampleCohort.json'), size: 5 };
const CONTEXT = require('./data/context.json');
const ALL_ACTIVE = require('../../studentCohortLifecycle/__tests__/data/lifecycleAllActive.json');
const MIXED = require('../../studentCohortLifecycle/__tests__/data/lifecycleMixed.json');

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const picker = (element) => $(element, 'c-student-cohort-action-picker');
const lifecycle = (element) => $(element, 'c-student-cohort-lifecycle');
const STUDENTS = sampleStudents(RECIPE);

async function render({ access, context = CONTEXT, contextError } = {}) {
    resolveStudents.mockImplementation(({ idsOrEmails }) =>
        Promise.resolve({
            students: STUDENTS.filter((student) => idsOrEmails.includes(student.contactId)),
            issues: []
        })
    );
    const element = createElement('c-student-cohort', { is: StudentCohort });
    document.body.appendChild(element);
    await flushPromises();
    if (access) {
        getCohortAccess.emit(JSON.parse(JSON.stringify(access)));
    }
    if (contextError) {
        getCohortContext.error(contextError);
    } else if (context) {
        getCohortContext.emit(JSON.parse(JSON.stringify(context)));
    }
    await flushPromises();
    return element;
}

async function findAll(element) {
    $(element, 'lightning-textarea.entries').dispatchEvent(
        new CustomEvent('change', { detail: { value: STUDENTS.map((student) => student.contactId).join('\n') } })
    );
    $(element, 'lightning-button.find-button').click();
    await flushPromises();
    await flushPromises();
}

async function choose(element, action) {
    const option = picker(element).options.find((candidate) => candidate.value === action);
    picker(element).dispatchEvent(
        new CustomEvent('change', { detail: { action, label: option.label, confirmDisable: false } })
    );
    await flushPromises();
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
});

describe('actions the page offers', () => {
    it('is enabling only until the access is known', () => {
        expect(normalizeAccess(undefined)).toEqual({
            canEnable: true,
            canManage: false,
            canDisable: false,
            maxStudentsPerCall: 200
        });
        expect(actionOptions(normalizeAccess(null), ACTION_LABELS).map((option) => option.value)).toEqual(['ENABLE']);
    });

    it('offers Disable only with Manage and Disable Student Users', () => {
        const values = (access) => actionOptions(normalizeAccess(access), ACTION_LABELS).map((option) => option.value);
        const lifecycleActions = ['DEACTIVATE', 'FREEZE', 'UNFREEZE', 'SEND_LOGIN_LINK', 'REACTIVATE'];
        expect(values(ALL_ACTIVE.access)).toEqual(['ENABLE', ...lifecycleActions]);
        expect(values(MIXED.access)).toEqual(['ENABLE', ...lifecycleActions, 'DISABLE']);
        expect(values({ canEnable: false, canManage: false, canDisable: true })).toEqual([]);
        expect(values({ canEnable: false, canManage: true })).toEqual(lifecycleActions);
        expect(actionOptions(normalizeAccess(MIXED.access), ACTION_LABELS)[6]).toEqual({
            value: 'DISABLE',
            label: ACTION_LABELS.DISABLE,
            description: ACTION_LABELS.DISABLE_HELP
        });
    });
});

describe('the cohort page with the lifecycle mode', () => {
    it('without Manage Student Users: no action picker, no program-end helper, the runs list', async () => {
        const element = await render({ access: { canEnable: true, canManage: false, canDisable: false } });
        expect(picker(element)).toBeNull();
        expect($(element, 'c-student-cohort-program-end')).toBeNull();
        expect($(element, 'c-student-cohort-recent-runs')).not.toBeNull();
        expect($(element, '.settings')).not.toBeNull();
    });

    it('switches from enabling to a lifecycle action with the selected students', async () => {
        const element = await render({ access: ALL_ACTIVE.access });
        expect(picker(element).value).toBe('ENABLE');
        expect(picker(element).options.map((option) => option.label)).toEqual([
            ACTION_LABELS.ENABLE,
            ACTION_LABELS.DEACTIVATE,
            ACTION_LABELS.FREEZE,
            ACTION_LABELS.UNFREEZE,
            ACTION_LABELS.SEND_LOGIN_LINK,
            ACTION_LABELS.REACTIVATE
        ]);
        await findAll(element);
        await choose(element, 'DEACTIVATE');
        expect($(element, '.settings')).toBeNull();
        expect($(element, '.review')).toBeNull();
        const child = lifecycle(element);
        expect(child.action).toBe('DEACTIVATE');
        expect(child.actionLabel).toBe(ACTION_LABELS.DEACTIVATE);
        expect(child.confirmDisable).toBe(false);
        expect(child.maxStudentsPerCall).toBe(ALL_ACTIVE.access.maxStudentsPerCall);
        expect(child.students).toEqual(STUDENTS.map(({ contactId, name, email }) => ({ contactId, name, email })));
        const sameSelection = child.students;
        await choose(element, 'FREEZE');
        expect(lifecycle(element).students).toBe(sameSelection);

        await choose(element, 'ENABLE');
        expect(lifecycle(element)).toBeNull();
        expect($(element, '.settings')).not.toBeNull();
    });

    it('hands the lifecycle mode the server budget per call', async () => {
        const element = await render({ access: { ...ALL_ACTIVE.access, maxStudentsPerCall: 2 } });
        await findAll(element);
        await choose(element, 'DEACTIVATE');
        expect(lifecycle(element).maxStudentsPerCall).toBe(2);
    });

    it('disables the picker and Find students while the lifecycle mode runs, and refreshes the runs after it', async () => {
        const element = await render({ access: ALL_ACTIVE.access });
        await choose(element, 'DEACTIVATE');
        lifecycle(element).dispatchEvent(new CustomEvent('busychange', { detail: { busy: true } }));
        await flushPromises();
        expect(picker(element).disabled).toBe(true);
        expect($(element, 'lightning-button.find-button').disabled).toBe(true);
        expect($(element, 'c-student-cohort-program-end').disabled).toBe(true);
        lifecycle(element).dispatchEvent(new CustomEvent('busychange', { detail: { busy: false } }));
        lifecycle(element).dispatchEvent(new CustomEvent('runcomplete'));
        await flushPromises();
        expect(picker(element).disabled).toBe(false);
        // The recent runs, and the cacheable context (seats) the run changed.
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });

    it('selects the students the program-end helper found', async () => {
        const element = await render({ access: ALL_ACTIVE.access });
        const ids = STUDENTS.slice(0, 2).map((student) => student.contactId);
        $(element, 'c-student-cohort-program-end').dispatchEvent(
            new CustomEvent('studentsfound', { detail: { contactIds: ids } })
        );
        await flushPromises();
        await flushPromises();
        expect(resolveStudents).toHaveBeenCalledWith({ idsOrEmails: ids });
        expect($(element, 'lightning-textarea.entries').value).toBe(ids.join('\n'));
        expect($(element, 'lightning-datatable').data.map((row) => row.contactId)).toEqual(ids);
    });

    it('lets a user who may manage but not enable use the lifecycle mode without the enable context', async () => {
        const element = await render({
            access: { canEnable: false, canManage: true, canDisable: false },
            contextError: { message: JSON.stringify({ code: 'PERMISSION_DENIED', message: 'No enable.' }) }
        });
        expect($(element, '.load-error')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(picker(element).value).toBe('DEACTIVATE');
        expect(lifecycle(element).actionLabel).toBe(ACTION_LABELS.DEACTIVATE);
        expect($(element, '.settings')).toBeNull();
    });

    it('keeps the load error for a user who may enable', async () => {
        const element = await render({
            access: ALL_ACTIVE.access,
            contextError: { message: JSON.stringify({ code: 'PLATFORM', message: 'Broken.' }) }
        });
        expect($(element, '.load-error').textContent).toBe('Broken.');
    });

    it('passes the Disable confirmation to the lifecycle mode', async () => {
        const element = await render({ access: MIXED.access });
        await choose(element, 'DISABLE');
        picker(element).dispatchEvent(
            new CustomEvent('change', {
                detail: { action: 'DISABLE', label: ACTION_LABELS.DISABLE, confirmDisable: true }
            })
        );
        await flushPromises();
        expect(lifecycle(element).confirmDisable).toBe(true);
        expect(picker(element).confirmDisable).toBe(true);
    });

    it('refreshes the recent runs after an enable run', async () => {
        checkStudents.mockImplementation(({ requests }) =>
            Promise.resolve(requests.map((request) => sampleResult(RECIPE, request.contactId, true)))
        );
        enableStudents.mockImplementation(({ requests }) =>
            Promise.resolve(requests.map((request) => sampleResult(RECIPE, request.contactId, false)))
        );
        const element = await render({ access: ALL_ACTIVE.access });
        getRecentRuns.emit([]);
        await findAll(element);
        $(element, 'lightning-button.check-button').click();
        await flushPromises();
        await flushPromises();
        $(element, 'lightning-button.run-button').click();
        await flushPromises();
        await flushPromises();
        expect(enableStudents).toHaveBeenCalledTimes(1);
        // The recent runs, and the cacheable context (seats) the run changed.
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });
});

describe('the in-org run on the cohort page', () => {
    const BIG = sampleStudents({ ...RECIPE, size: BROWSER_RUN_MAX_STUDENTS + 1 });

    async function findBig(element) {
        resolveStudents.mockImplementation(({ idsOrEmails }) =>
            Promise.resolve({ students: BIG.filter((student) => idsOrEmails.includes(student.contactId)), issues: [] })
        );
        $(element, 'lightning-textarea.entries').dispatchEvent(
            new CustomEvent('change', { detail: { value: BIG.map((student) => student.contactId).join('\n') } })
        );
        $(element, 'lightning-button.find-button').click();
        for (let i = 0; i < 4; i++) {
            // eslint-disable-next-line no-await-in-loop
            await flushPromises();
        }
    }

    it('hands the selected students, the action and the confirmation to the in-org run', async () => {
        const element = await render({ access: MIXED.access });
        await findAll(element);
        const inOrg = $(element, 'c-student-cohort-in-org-run');
        expect(inOrg.students.map((student) => student.contactId)).toEqual(STUDENTS.map((s) => s.contactId));
        expect(inOrg.action).toBe('ENABLE');
        await choose(element, 'DEACTIVATE');
        expect($(element, 'c-student-cohort-in-org-run').action).toBe('DEACTIVATE');
        expect(lifecycle(element).inOrgOnly).toBe(false);
    });

    it('hands the chosen enable settings to the in-org run as its enable options', async () => {
        const element = await render({ access: MIXED.access });
        await findAll(element);
        const options = $(element, 'c-student-cohort-in-org-run').enableOptions;
        expect(options).toMatchObject({ licenseKey: CONTEXT.defaultLicenseKey });
        expect(options).not.toHaveProperty('timeZoneSidKey');
        expect(typeof options.sendWelcomeEmail).toBe('boolean');
    });

    it(`turns Check and Run of the browser off above ${BROWSER_RUN_MAX_STUDENTS} students, in both modes`, async () => {
        const element = await render({ access: MIXED.access });
        await findBig(element);
        expect(resolveStudents).toHaveBeenCalledTimes(2);
        expect($(element, 'c-student-cohort-in-org-run').students).toHaveLength(BIG.length);
        expect($(element, 'lightning-button.check-button').disabled).toBe(true);
        expect($(element, 'lightning-button.run-button').disabled).toBe(true);
        await choose(element, 'DEACTIVATE');
        expect(lifecycle(element).inOrgOnly).toBe(true);
    });

    it('reads the recent runs and the licence seats again when the in-org run ends', async () => {
        const element = await render({ access: MIXED.access });
        refreshApex.mockClear();
        $(element, 'c-student-cohort-in-org-run').dispatchEvent(
            new CustomEvent('runended', { detail: { runId: 'a0C5g00000RUN001AAA' } })
        );
        await flushPromises();
        // the context (seats) and the recent runs list
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });
});
