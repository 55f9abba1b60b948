import { createElement } from 'lwc';
import StudentCohortRowDetail from 'c/studentCohortRowDetail';
import { LOGIN_STATUS_ACTION, detailTarget, loginStatusColumn, loginStatusFields } from 'c/studentUserShared';
import getLoginStatus from '@salesforce/apex/StudentLoginStatusController.getLoginStatus';
import runLoginAction from '@salesforce/apex/StudentLoginStatusController.runLoginAction';
import { rowView as enableRowView } from '../../studentCohort/rowView';
import { rowView as lifecycleRowView } from '../../studentCohortLifecycle/lifecycleModel';
import { sampleResult, sampleStudents } from '../../../../../../fixtures/cohort/sampleCohort';

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
jest.mock('../../studentUserLoginStatus/labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(
        jest.requireActual('../../studentUserLoginStatus/labels')
    )
);

const { LABELS } = require('../labels');
/** The Login status column's strings: the real Custom Labels, as both tables' LABELS carry them. */
const COLUMN_LABELS = require('../../../../../../jest/helpers/realLabels').withRealTexts({
    LABELS: {
        loginStatusColumn: 'c.SPU_Cohort_Row_Detail_Column',
        loginStatusButton: 'c.SPU_Cohort_Row_Detail_Button',
        loginStatusTitle: 'c.SPU_Cohort_Row_Detail_Button_Title',
        loginStatusNoUser: 'c.SPU_Cohort_Row_Detail_No_User_Title'
    }
}).LABELS;
const SCENARIO = require('./data/rowDetailCohort.json');
const RECIPE = { ...require('../../studentCohort/__tests__/data/sampleCohort.json'), ...SCENARIO.recipe };
const STUDENTS = sampleStudents(RECIPE);

/** @param {string} name a fixture of studentUserLoginStatus/__tests__/data (shared with the preview) */
function loginFixture(name) {
    return JSON.parse(JSON.stringify(require(`../../studentUserLoginStatus/__tests__/data/${name}.json`)));
}

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const format = (template, ...values) => template.replace(/\{(\d+)\}/g, (_, index) => String(values[Number(index)]));
const rowLabels = new Proxy({}, { get: (_, key) => String(key) });

/** A table row as the cohort builds it: no result yet, or the check's. */
function row(student, index, check = null) {
    return { row: index + 1, ...student, accountName: '', check, outcome: null, notSent: false };
}

async function render(student = STUDENTS[1]) {
    const element = createElement('c-student-cohort-row-detail', { is: StudentCohortRowDetail });
    element.contactId = student.contactId;
    element.studentName = student.name;
    const closes = [];
    element.addEventListener('close', () => closes.push(true));
    document.body.appendChild(element);
    await flushPromises();
    return { element, closes };
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

describe('the Login status column', () => {
    it('is one labelled button per row that fires the login status row action', () => {
        const column = loginStatusColumn(COLUMN_LABELS);
        expect(column.type).toBe('button');
        expect(column.label).toBe('Login');
        expect(column.typeAttributes).toEqual({
            label: 'Login status',
            name: LOGIN_STATUS_ACTION,
            title: { fieldName: 'loginStatusTitle' },
            disabled: { fieldName: 'loginStatusDisabled' }
        });
    });

    it('is enabled only for a row that knows a portal user, with a title naming the student', () => {
        expect(loginStatusFields('Ada Lovelace', '0055g0000Ada001AAA', COLUMN_LABELS)).toEqual({
            loginStatusDisabled: false,
            loginStatusTitle: 'Why can or can’t Ada Lovelace log in? Show the login status.'
        });
        expect(loginStatusFields('Alan Turing', undefined, COLUMN_LABELS)).toEqual({
            loginStatusDisabled: true,
            loginStatusTitle: format(COLUMN_LABELS.loginStatusNoUser, 'Alan Turing')
        });
        expect(COLUMN_LABELS.loginStatusNoUser).toContain('{0}');
    });

    it('enable table: before a check no row has it; after the check exactly the students with a user do', () => {
        const before = STUDENTS.map((student, index) => enableRowView(row(student, index), rowLabels));
        expect(before.filter((view) => !view.loginStatusDisabled)).toEqual([]);

        const after = STUDENTS.map((student, index) =>
            enableRowView(row(student, index, sampleResult(RECIPE, student.contactId, true)), rowLabels)
        );
        const enabled = after.filter((view) => !view.loginStatusDisabled).map((view) => view.row);
        expect(enabled).toEqual(SCENARIO.withUser);
    });

    it('lifecycle table: enabled by the user id of the row’s last result', () => {
        const [first, second] = STUDENTS;
        const withUser = { contactId: second.contactId, status: 'VALID', userId: '0055g0000Alan02AAA' };
        const withoutUser = { contactId: first.contactId, status: 'FAILED', errorCode: 'NOT_A_PORTAL_USER' };
        expect(lifecycleRowView(row(second, 1, withUser), rowLabels).loginStatusDisabled).toBe(false);
        expect(lifecycleRowView(row(first, 0, withoutUser), rowLabels).loginStatusDisabled).toBe(true);
        expect(lifecycleRowView(row(first, 0), rowLabels).loginStatusDisabled).toBe(true);
    });

    it('a row action names the student only for the login status button of a row with a user', () => {
        const view = { contactId: STUDENTS[1].contactId, name: STUDENTS[1].name, loginStatusDisabled: false };
        const event = (name, tableRow) => new CustomEvent('rowaction', { detail: { action: { name }, row: tableRow } });
        expect(detailTarget(event(LOGIN_STATUS_ACTION, view))).toEqual({
            contactId: STUDENTS[1].contactId,
            name: STUDENTS[1].name
        });
        expect(detailTarget(event('other', view))).toBeNull();
        expect(detailTarget(event(LOGIN_STATUS_ACTION, { ...view, loginStatusDisabled: true }))).toBeNull();
        expect(detailTarget(new CustomEvent('rowaction'))).toBeNull();
    });
});

describe('c-student-cohort-row-detail', () => {
    it('shows the existing login status of the row’s student in a region named for the student, and takes the focus', async () => {
        const { element } = await render();
        const region = $(element, 'section.row-detail');
        expect(region.getAttribute('aria-label')).toBe(format(LABELS.region, STUDENTS[1].name));
        const status = $(element, 'c-student-user-login-status');
        expect(status.contactId).toBe(STUDENTS[1].contactId);
        expect(getLoginStatus.getLastConfig()).toEqual({ contactId: STUDENTS[1].contactId });
        expect(element.shadowRoot.activeElement).toBe(region);
    });

    it('runs a one-click fix (unfreeze) for the row’s student from the cohort page', async () => {
        const { element } = await render();
        getLoginStatus.emit(loginFixture(SCENARIO.loginStatus.status));
        await flushPromises();
        runLoginAction.mockResolvedValue(loginFixture('unfreezeOutcome'));
        const status = $(element, 'c-student-user-login-status');
        const unfreeze = status.shadowRoot.querySelector('lightning-button[data-action="UNFREEZE"]');
        expect(unfreeze).not.toBeNull();

        unfreeze.click();
        await flushPromises();

        expect(runLoginAction).toHaveBeenCalledWith({ contactId: STUDENTS[1].contactId, action: 'UNFREEZE' });
        const outcome = loginFixture('unfreezeOutcome');
        expect(status.shadowRoot.querySelector('.result-text').textContent).toContain(
            `${outcome.status.studentName} is unfrozen`
        );
    });

    it('shows a fresh login status, focused again, when another row’s student is picked', async () => {
        const { element } = await render();
        const first = $(element, 'c-student-user-login-status');
        element.contactId = STUDENTS[3].contactId;
        element.studentName = STUDENTS[3].name;
        await flushPromises();

        const second = $(element, 'c-student-user-login-status');
        expect(second).not.toBe(first);
        expect(second.contactId).toBe(STUDENTS[3].contactId);
        expect($(element, 'section').getAttribute('aria-label')).toBe(format(LABELS.region, STUDENTS[3].name));
        expect(element.shadowRoot.activeElement).toBe($(element, 'section'));
    });

    it('Close and Escape ask the page to close it', async () => {
        const { element, closes } = await render();
        const close = $(element, 'lightning-button.close-button');
        expect(close.label).toBe(LABELS.close);
        close.click();
        $(element, 'section').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        $(element, 'section').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        expect(closes).toHaveLength(2);
    });
});
