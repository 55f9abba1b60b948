import { createElement } from 'lwc';
import StudentCohort from 'c/studentCohort';
import getCohortContext from '@salesforce/apex/StudentCohortController.getCohortContext';
import resolveStudents from '@salesforce/apex/StudentCohortController.resolveStudents';
import checkStudents from '@salesforce/apex/StudentCohortController.checkStudents';
import enableStudents from '@salesforce/apex/StudentCohortController.enableStudents';
import { refreshApex } from '@salesforce/apex';
import { RESULT_COLUMNS } from 'c/studentUserShared';
import { sampleContactId, sampleResult, sampleStudents } from '../../../../../../fixtures/cohort/sampleCohort';
import { blobText, installLwsStandIn } from '../../../../../../preview/stubs/lws';

jest.mock(
    '@salesforce/apex/StudentCohortController.getCohortContext',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
// The User links come from the navigation service (nav:/User/<id>), never a hand-built /lightning/r/ path.
jest.mock('lightning/navigation', () => require('../../../../../../jest/helpers/navigationMock').navigationMock());
jest.mock('@salesforce/apex/StudentCohortController.resolveStudents', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.checkStudents', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/StudentCohortController.enableStudents', () => ({ default: jest.fn() }), {
    virtual: true
});

// The real label texts from the Custom Labels; fails when labels.js imports a label no labels file defines.
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

const { LABELS } = require('../labels');
const RECIPE = require('./data/sampleCohort.json');

/** @param {string} name a fixture of __tests__/data */
function fixture(name) {
    return JSON.parse(JSON.stringify(require(`./data/${name}.json`)));
}

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const text = (element, selector) => ($(element, selector)?.textContent ?? '').trim();
const button = (element, name) => $(element, `lightning-button.${name}-button`);
const control = (element, field) => $(element, `[data-field="${field}"]`);
const tableRows = (element) => $(element, 'lightning-datatable').data;
const count = (element, key) => text(element, `[data-count="${key}"] strong`);
const format = (template, ...values) => template.replace(/\{(\d+)\}/g, (_, index) => String(values[Number(index)]));

/** A sample cohort of `size` students (the preview's recipe, smaller or larger). */
function cohort(size) {
    return { ...RECIPE, size };
}

/** Apex stand-ins answering from the sample cohort. */
function answerFromSample(recipe) {
    resolveStudents.mockImplementation(({ idsOrEmails }) =>
        Promise.resolve({
            students: sampleStudents(recipe).filter(
                (student) => idsOrEmails.includes(student.email) || idsOrEmails.includes(student.contactId)
            ),
            issues: []
        })
    );
    checkStudents.mockImplementation(({ requests }) =>
        Promise.resolve(requests.map((request) => sampleResult(recipe, request.contactId, true)))
    );
    enableStudents.mockImplementation(({ requests }) =>
        Promise.resolve(requests.map((request) => sampleResult(recipe, request.contactId, false)))
    );
}

async function render({ ids, context = 'context' } = {}) {
    const element = createElement('c-student-cohort', { is: StudentCohort });
    if (ids) {
        element.ids = ids;
    }
    document.body.appendChild(element);
    await flushPromises();
    if (context) {
        getCohortContext.emit(typeof context === 'string' ? fixture(context) : context);
        await flushPromises();
    }
    return element;
}

async function paste(element, entries) {
    const textarea = $(element, 'lightning-textarea.entries');
    textarea.dispatchEvent(new CustomEvent('change', { detail: { value: entries } }));
    await flushPromises();
    button(element, 'find').click();
    await flushPromises();
}

async function click(element, name) {
    button(element, name).click();
    await flushPromises();
}

async function change(element, field, detail) {
    control(element, field).dispatchEvent(new CustomEvent('change', { detail }));
    await flushPromises();
}

/** Renders the page with the sample students pasted and found. */
async function renderWithSample(size, context = 'context') {
    const recipe = cohort(size);
    answerFromSample(recipe);
    const element = await render({ context });
    await paste(
        element,
        sampleStudents(recipe)
            .map((student) => student.email)
            .join('\n')
    );
    return { element, recipe };
}

/** A promise the test settles by hand. */
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

describe('loading and permission', () => {
    it('shows a spinner until the context arrives', async () => {
        const element = await render({ context: null });
        expect($(element, 'lightning-spinner')).not.toBeNull();
        expect($(element, 'lightning-textarea')).toBeNull();
    });

    it('prefills the shared settings from the context', async () => {
        const element = await render();
        expect(control(element, 'licenseKey').value).toBe('PID_Customer_Community_Plus_Login');
        expect(control(element, 'licenseKey').options.map((option) => option.label)).toEqual([
            'Customer Community Plus (5 of 100 left)',
            'Customer Community Plus Login (600 of 1000 left)'
        ]);
        expect(control(element, 'profileId').value).toBe('00e5g000001StudtAA');
        expect(control(element, 'profileId').options.map((option) => option.value)).toEqual([
            '00e5g000001LoginAA',
            '00e5g000001StudtAA'
        ]);
        expect(control(element, 'zoneRule').value).toBe('SUGGESTED');
        expect(control(element, 'fixedZone')).toBeNull();
        expect(control(element, 'sendWelcomeEmail').checked).toBe(true);
        expect(text(element, '.no-students')).toBe(LABELS.noStudents);
        expect(button(element, 'check').disabled).toBe(true);
    });

    it('refuses clearly when the server refuses the permission', async () => {
        const element = await render({ context: null });
        getCohortContext.error(fixture('permissionDenied').body, 500);
        await flushPromises();
        expect(text(element, '.load-error')).toBe(
            'You do not have permission to enable student users. Ask an administrator to assign you the permission set Student_User_Enablement.'
        );
        expect($(element, 'lightning-textarea')).toBeNull();
        expect($(element, 'lightning-datatable')).toBeNull();
    });
});

describe('picking students', () => {
    it('resolves the flow ids (the list view selection) at once', async () => {
        const ids = [sampleContactId(RECIPE, 1), sampleContactId(RECIPE, 2), ' '];
        answerFromSample(cohort(2));
        const element = await render({ ids });
        expect(resolveStudents).toHaveBeenCalledTimes(1);
        expect(resolveStudents).toHaveBeenCalledWith({ idsOrEmails: ids.slice(0, 2) });
        expect(text(element, '.from-list-view')).toBe(format(LABELS.fromListView, 2));
        expect(control(element, 'licenseKey')).not.toBeNull();
        expect($(element, 'lightning-textarea.entries').value).toBe(ids.slice(0, 2).join('\n'));
        expect(text(element, '.students-found')).toBe(format(LABELS.studentsFound, 2));
        expect(tableRows(element).map((row) => row.name)).toEqual(['Alan Turing 1', 'Grace Hopper 2']);
    });

    it('resolves pasted ids and emails and lists the entries it could not use', async () => {
        resolveStudents.mockResolvedValue(fixture('resolution'));
        const element = await render();
        await paste(element, '0035g0000Cohort1AA, alan@uni.edu;grace@uni.edu\n\nnobody@uni.edu  twin@uni.edu hello');
        expect(resolveStudents).toHaveBeenCalledWith({
            idsOrEmails: [
                '0035g0000Cohort1AA',
                'alan@uni.edu',
                'grace@uni.edu',
                'nobody@uni.edu',
                'twin@uni.edu',
                'hello'
            ]
        });
        expect(text(element, '.students-found')).toBe(format(LABELS.studentsFound, 5));
        expect(text(element, '.issues h3')).toBe(format(LABELS.issuesHeading, 3));
        expect($$(element, '.issue').map((item) => item.textContent)).toEqual(
            fixture('resolution').issues.map((issue) => issue.message)
        );
        expect(tableRows(element)[0]).toMatchObject({ name: 'Ada Lovelace', status: LABELS.statusNotChecked });
        expect(button(element, 'check').disabled).toBe(false);
        expect(button(element, 'run').disabled).toBe(true);
    });

    it('sends at most 2000 entries per resolve call and keeps each student once', async () => {
        const recipe = cohort(2500);
        answerFromSample(recipe);
        const element = await render();
        const emails = sampleStudents(recipe).map((student) => student.email);
        await paste(element, [...emails, emails[0]].join('\n'));
        expect(resolveStudents).toHaveBeenCalledTimes(2);
        expect(resolveStudents.mock.calls[0][0].idsOrEmails).toHaveLength(2000);
        expect(resolveStudents.mock.calls[1][0].idsOrEmails).toHaveLength(501);
        expect(text(element, '.students-found')).toBe(format(LABELS.studentsFound, 2500));
    });

    it('shows why the students could not be found', async () => {
        resolveStudents.mockRejectedValue(fixture('permissionDenied'));
        const element = await render();
        await paste(element, 'ada@uni.edu');
        expect(text(element, '.error-message')).toContain('You do not have permission to enable student users.');
        expect(text(element, '.no-students')).toBe(LABELS.noStudents);
    });
});

describe('Check', () => {
    it.each([
        [1, 1],
        [200, 1],
        [201, 2],
        [450, 3],
        [500, 3]
    ])('checks %i students in %i validate-only calls of at most 200', async (size, calls) => {
        const { element } = await renderWithSample(size);
        await click(element, 'check');
        expect(checkStudents).toHaveBeenCalledTimes(calls);
        expect(checkStudents).toHaveBeenCalledTimes(Math.ceil(size / 200));
        const sizes = checkStudents.mock.calls.map(([params]) => params.requests.length);
        expect(sizes.every((chunkSize) => chunkSize <= 200)).toBe(true);
        expect(sizes.reduce((sum, chunkSize) => sum + chunkSize, 0)).toBe(size);
        expect(enableStudents).not.toHaveBeenCalled();
    });

    it.each([
        [7, 3, [3, 3, 1]],
        [6, 3, [3, 3]],
        [5, 200, [5]]
    ])('sends %i students in chunks of the server budget maxStudentsPerCall = %i: %j', async (size, perCall, sizes) => {
        const { element } = await renderWithSample(size, { ...fixture('context'), maxStudentsPerCall: perCall });
        await click(element, 'check');
        expect(checkStudents.mock.calls.map(([params]) => params.requests.length)).toEqual(sizes);
        const ready = Number(button(element, 'run').label.match(/\d+/)[0]);
        expect(ready).toBeGreaterThan(0);
        await click(element, 'run');
        const enabled = enableStudents.mock.calls.map(([params]) => params.requests.length);
        expect(enabled).toEqual(
            Array.from({ length: Math.ceil(ready / perCall) }, (_, index) => Math.min(perCall, ready - index * perCall))
        );
    });

    it('sends at most 200 students a call when the server sends no usable budget', async () => {
        const { element } = await renderWithSample(201, { ...fixture('context'), maxStudentsPerCall: 0 });
        await click(element, 'check');
        expect(checkStudents.mock.calls.map(([params]) => params.requests.length)).toEqual([200, 1]);
    });

    it('sends the shared settings with validateOnly true, in selection order', async () => {
        const { element, recipe } = await renderWithSample(3);
        await click(element, 'check');
        expect(checkStudents).toHaveBeenCalledWith({
            requests: [1, 2, 3].map((index) => ({
                contactId: sampleContactId(recipe, index),
                licenseKey: 'PID_Customer_Community_Plus_Login',
                profileId: '00e5g000001StudtAA',
                sendWelcomeEmail: true,
                validateOnly: true
            }))
        });
    });

    it('shows ready, will reactivate, already enabled, owner roles and blocked students with reason and fix', async () => {
        resolveStudents.mockResolvedValue(fixture('resolution'));
        checkStudents.mockResolvedValue(fixture('checkResults'));
        const element = await render();
        await paste(element, 'ada@uni.edu');
        await click(element, 'check');

        expect(count(element, 'total')).toBe('5');
        expect(count(element, 'ready')).toBe('1');
        expect(count(element, 'willReactivate')).toBe('1');
        expect(count(element, 'alreadyEnabled')).toBe('1');
        expect(count(element, 'blocked')).toBe('2');
        expect(count(element, 'ownerRoles')).toBe('1');
        expect($(element, '[data-count="created"]')).toBeNull();
        expect(text(element, '[data-license="PID_Customer_Community_Plus_Login"]')).toBe(
            format(LABELS.licenseNeed, 'Customer Community Plus Login', 600, 2)
        );
        expect(text(element, '.status-message')).toBe(format(LABELS.checkDone, 2, 2));

        const rows = tableRows(element);
        expect(rows.map((row) => row.status)).toEqual([
            LABELS.statusReady,
            LABELS.statusWillReactivate,
            LABELS.statusAlreadyEnabled,
            LABELS.statusBlocked,
            LABELS.statusBlocked
        ]);
        expect(rows[0].ownerRole).toBe(format(LABELS.ownerRoleWillGet, 'Integration User', 'Student Records Owner'));
        expect(rows[2].userUrl).toBe('nav:/User/0055g0000Grace1AAA');
        expect(rows[2].username).toBe('grace@uni.edu.students');
        expect(rows[3].reason).toBe('The account owner of Katherine Johnson, Former Advisor, is inactive.');
        // The fix is the result's own errorFix: shown once when the message also ends with it, apart when not.
        expect(rows[3].fix).toBe('Change the account owner to an active internal user.');
        expect(rows[4].reason).toBe('Edsger Dijkstra has no account, "yet".');
        expect(rows[4].fix).toBe('Link the contact to an account, then try again.');
        expect(button(element, 'run').label).toBe(format(LABELS.enable, 2));
        expect(button(element, 'run').disabled).toBe(false);
    });

    it('shows a login readiness problem (NOT_A_SITE_MEMBER) of the dry run with its site and fix', async () => {
        const { element, recipe } = await renderWithSample(100);
        await click(element, 'check');

        const row = tableRows(element)[recipe.siteBlocked.at - 1];
        expect(row.status).toBe(LABELS.statusBlocked);
        expect(row.reason).toContain('could not log in');
        expect(row.reason).toContain('sites that count: Student Portal');
        expect(row.fix).toBe(recipe.siteBlocked.fix);
        expect(tableRows(element)[24].reason).toContain('has no email address');
    });

    it('warns when fewer licences are left than the ready students need', async () => {
        const { element } = await renderWithSample(10);
        await change(element, 'licenseKey', { value: 'PID_Customer_Community_Plus' });
        checkStudents.mockImplementation(({ requests }) =>
            Promise.resolve(
                requests.map((request) => ({
                    ...sampleResult(cohort(10), request.contactId, true),
                    licenseKey: 'PID_Customer_Community_Plus'
                }))
            )
        );
        await click(element, 'check');
        const line = $(element, '[data-license="PID_Customer_Community_Plus"]');
        expect(line.textContent).toBe(format(LABELS.licenseShort, 'Customer Community Plus', 5, 10));
        expect(line.className).toBe('slds-text-color_error');
    });

    it('says so when every student is already enabled, without calling Apex', async () => {
        resolveStudents.mockResolvedValue({ students: fixture('resolution').students.slice(2, 3), issues: [] });
        checkStudents.mockResolvedValue(fixture('checkResults').slice(2, 3));
        const element = await render();
        await paste(element, 'grace@uni.edu');
        await click(element, 'check');
        await click(element, 'check');
        expect(checkStudents).toHaveBeenCalledTimes(1);
        expect(text(element, '.status-message')).toBe(LABELS.nothingToCheck);
    });

    it('stops at a failed call and says what to do', async () => {
        const { element } = await renderWithSample(450);
        checkStudents
            .mockImplementationOnce(({ requests }) =>
                Promise.resolve(requests.map((request) => sampleResult(cohort(450), request.contactId, true)))
            )
            .mockRejectedValueOnce(fixture('tooManyStudents'));
        await click(element, 'check');
        expect(checkStudents).toHaveBeenCalledTimes(2);
        expect(text(element, '.error-message')).toBe(
            format(
                LABELS.runStopped,
                'At most 200 students can be checked or enabled in one call; this call has 201. Send them in chunks of 200.'
            )
        );
        expect(tableRows(element).filter((row) => row.status === LABELS.statusNotChecked)).toHaveLength(250);
        expect(button(element, 'run').disabled).toBe(false);
    });
});

describe('settings', () => {
    it('sends one fixed time zone, the chosen profile and no welcome email when the admin says so', async () => {
        const { element, recipe } = await renderWithSample(1);
        await change(element, 'zoneRule', { value: 'FIXED' });
        expect(control(element, 'fixedZone').value).toBe('America/Toronto');
        await change(element, 'fixedZone', { value: 'Europe/London' });
        await change(element, 'profileId', { value: '00e5g000001LoginAA' });
        await change(element, 'sendWelcomeEmail', { checked: false });
        await click(element, 'check');
        expect(checkStudents).toHaveBeenCalledWith({
            requests: [
                {
                    contactId: sampleContactId(recipe, 1),
                    licenseKey: 'PID_Customer_Community_Plus_Login',
                    profileId: '00e5g000001LoginAA',
                    timeZoneSidKey: 'Europe/London',
                    sendWelcomeEmail: false,
                    validateOnly: true
                }
            ]
        });
    });

    it('selects the server’s default profile of a newly chosen licence', async () => {
        const element = await render();
        await change(element, 'licenseKey', { value: 'PID_Customer_Community_Plus' });
        expect(control(element, 'profileId').value).toBe('00e5g000001PlusAAA');
    });

    it('disables Check until a fixed zone is chosen', async () => {
        const { element } = await renderWithSample(2, 'contextWithoutDefaults');
        expect(control(element, 'licenseKey').value).toBe('PID_Customer_Community_Plus');
        expect(control(element, 'profileId').value).toBe('00e5g000001PlusAAA');
        expect(control(element, 'sendWelcomeEmail').checked).toBe(false);
        expect(button(element, 'check').disabled).toBe(false);
        await change(element, 'zoneRule', { value: 'FIXED' });
        expect(control(element, 'fixedZone').value).toBe('');
        expect(button(element, 'check').disabled).toBe(true);
        await change(element, 'fixedZone', { value: 'Europe/London' });
        expect(button(element, 'check').disabled).toBe(false);
    });

    it('asks for a new check when the settings change after one', async () => {
        const { element } = await renderWithSample(3);
        await click(element, 'check');
        expect($(element, '.stale-check')).toBeNull();
        await change(element, 'profileId', { value: '00e5g000001LoginAA' });
        expect(text(element, '.stale-check')).toBe(LABELS.staleCheck);
        expect(button(element, 'run').disabled).toBe(true);
        await click(element, 'check');
        expect($(element, '.stale-check')).toBeNull();
        expect(button(element, 'run').disabled).toBe(false);
    });
});

describe('Enable', () => {
    it('enables only the ready students, in ⌈N/200⌉ calls with validateOnly false, and shows the outcomes', async () => {
        const { element, recipe } = await renderWithSample(500);
        await click(element, 'check');
        const ready = tableRows(element).filter(
            (row) => row.status === LABELS.statusReady || row.status === LABELS.statusWillReactivate
        );
        expect(ready).toHaveLength(460);
        await click(element, 'run');

        expect(enableStudents).toHaveBeenCalledTimes(Math.ceil(460 / 200));
        const sent = enableStudents.mock.calls.flatMap(([params]) => params.requests);
        expect(sent).toHaveLength(460);
        expect(sent.every((request) => request.validateOnly === false)).toBe(true);
        expect(sent.map((request) => request.contactId)).toEqual(ready.map((row) => row.contactId));
        expect(sent[0]).toEqual({
            contactId: sampleContactId(recipe, 1),
            licenseKey: 'PID_Customer_Community_Plus_Login',
            profileId: '00e5g000001StudtAA',
            sendWelcomeEmail: true,
            validateOnly: false
        });
        // Reactivations keep the user's own licence, profile and time zone: none is sent.
        const reactivated = new Set(
            ready.filter((row) => row.status === LABELS.statusWillReactivate).map((row) => row.contactId)
        );
        expect(reactivated.size).toBeGreaterThan(0);
        for (const request of sent) {
            expect('profileId' in request).toBe(!reactivated.has(request.contactId));
            expect('licenseKey' in request).toBe(!reactivated.has(request.contactId));
        }

        expect(count(element, 'created')).toBe('454');
        expect(count(element, 'reactivated')).toBe('6');
        expect(count(element, 'blocked')).toBe('20');
        expect(count(element, 'alreadyEnabled')).toBe('20');
        expect($(element, '[data-count="ready"]')).toBeNull();
        const tenth = tableRows(element)[9];
        expect(tenth).toMatchObject({
            status: LABELS.statusCreated,
            userUrl: 'nav:/User/0055g0000000010AAA',
            username: 'ada.lovelace.10@uni.example.edu.students',
            ownerRole: format(LABELS.ownerRoleGot, 'Integration User', 'Student Records Owner')
        });
        expect(text(element, '.status-message')).toBe(format(LABELS.enableDone, 460, 0));
        expect(button(element, 'run').disabled).toBe(true);
        expect($(element, 'lightning-progress-bar')).toBeNull();
    });

    it('shows a progress bar while the chunks run', async () => {
        const { element } = await renderWithSample(450);
        await click(element, 'check');
        const first = deferred();
        enableStudents.mockImplementationOnce(() => first.promise);
        button(element, 'run').click();
        await flushPromises();
        expect($(element, 'lightning-progress-bar').value).toBe(0);
        expect(text(element, '.progress-text')).toBe(format(LABELS.enabling, 0, 414));
        expect(button(element, 'check').disabled).toBe(true);
        first.resolve(
            enableStudents.mock.calls[0][0].requests.map((request) =>
                sampleResult(cohort(450), request.contactId, false)
            )
        );
        await flushPromises();
        expect(enableStudents).toHaveBeenCalledTimes(3);
        expect($(element, 'lightning-progress-bar')).toBeNull();
    });

    it('reports partial failure per student and lets a re-run retry only those', async () => {
        resolveStudents.mockResolvedValue(fixture('resolution'));
        checkStudents.mockResolvedValue(fixture('checkResults'));
        enableStudents.mockResolvedValue(fixture('enableResults'));
        const element = await render();
        await paste(element, 'ada@uni.edu');
        await click(element, 'check');
        await click(element, 'run');

        expect(count(element, 'created')).toBe('1');
        expect(count(element, 'failed')).toBe('1');
        const rows = tableRows(element);
        expect(rows[0]).toMatchObject({
            status: LABELS.statusCreated,
            userUrl: 'nav:/User/0055g0000Ada001AAA'
        });
        expect(rows[1]).toMatchObject({
            status: LABELS.statusFailed,
            reason: 'No PID_Customer_Community_Plus_Login license left for Alan Turing (0 left, 1 needed).',
            fix: 'Free seats or switch licence.',
            userUrl: undefined
        });
        expect(text(element, '.status-message')).toBe(format(LABELS.enableDone, 1, 1));
        expect(text(element, '[data-license="PID_Customer_Community_Plus_Login"]')).toBe(
            format(LABELS.licenseNeed, 'Customer Community Plus Login', 599, 1)
        );

        // Re-run: Check sends the 3 students not enabled (Alan, Katherine, Edsger), Enable only Alan again.
        checkStudents.mockResolvedValue([
            fixture('checkResults')[1],
            fixture('checkResults')[3],
            fixture('checkResults')[4]
        ]);
        await click(element, 'check');
        expect(checkStudents.mock.calls[1][0].requests.map((request) => request.contactId)).toEqual([
            '0035g0000Cohort2AA',
            '0035g0000Cohort4AA',
            '0035g0000Cohort5AA'
        ]);
        enableStudents.mockResolvedValue([
            { ...fixture('enableResults')[1], status: 'REACTIVATED', errorCode: null, message: null }
        ]);
        await click(element, 'run');
        expect(enableStudents.mock.calls[1][0].requests.map((request) => request.contactId)).toEqual([
            '0035g0000Cohort2AA'
        ]);
        expect(tableRows(element)[1].status).toBe(LABELS.statusReactivated);
    });

    it('Cancel stops after the current chunk and marks the rest not sent; Enable continues with them', async () => {
        const { element } = await renderWithSample(500);
        await click(element, 'check');
        const first = deferred();
        enableStudents.mockImplementationOnce(() => first.promise);
        button(element, 'run').click();
        await flushPromises();
        await click(element, 'cancel');
        expect(text(element, '.progress-text')).toBe(LABELS.cancelling);
        expect(button(element, 'cancel').disabled).toBe(true);
        first.resolve(
            enableStudents.mock.calls[0][0].requests.map((request) =>
                sampleResult(cohort(500), request.contactId, false)
            )
        );
        await flushPromises();

        expect(enableStudents).toHaveBeenCalledTimes(1);
        expect(count(element, 'notSent')).toBe('260');
        expect(text(element, '.status-message')).toBe(format(LABELS.cancelled, 200, 260));
        const notSent = tableRows(element).filter((row) => row.status === LABELS.statusNotSent);
        expect(notSent).toHaveLength(260);
        expect(notSent[0].reason).toBe(LABELS.notSentMessage);
        expect(button(element, 'run').label).toBe(format(LABELS.enable, 260));

        await click(element, 'run');
        expect(enableStudents).toHaveBeenCalledTimes(3);
        const resent = enableStudents.mock.calls.slice(1).flatMap(([params]) => params.requests);
        expect(resent).toHaveLength(260);
        expect($(element, '[data-count="notSent"]')).toBeNull();
        expect(count(element, 'created') * 1 + count(element, 'reactivated') * 1).toBe(460);
    });

    it('stops at a failed enable call and keeps what was done', async () => {
        const { element } = await renderWithSample(450);
        await click(element, 'check');
        enableStudents
            .mockImplementationOnce(({ requests }) =>
                Promise.resolve(requests.map((request) => sampleResult(cohort(450), request.contactId, false)))
            )
            .mockRejectedValueOnce(new Error('Network down'));
        await click(element, 'run');
        expect(enableStudents).toHaveBeenCalledTimes(2);
        expect(text(element, '.error-message')).toBe(format(LABELS.runStopped, 'Network down'));
        expect(Number(count(element, 'created')) + Number(count(element, 'reactivated'))).toBe(200);
        expect(text(element, '.status-message')).toBe('');
    });

    it('refuses without the permission at enable time', async () => {
        const { element } = await renderWithSample(2);
        await click(element, 'check');
        enableStudents.mockRejectedValue(fixture('permissionDenied'));
        await click(element, 'run');
        expect(text(element, '.error-message')).toBe(
            'You do not have permission to enable student users. Ask an administrator to assign you the permission set Student_User_Enablement.'
        );
    });
});

describe('a big cohort: one page of the table at a time', () => {
    it('shows 500 of 5,000 rows, numbered from the page start, and pages with Next and Previous', async () => {
        const { element, recipe } = await renderWithSample(5000);
        const table = $(element, 'lightning-datatable');
        expect(table.data).toHaveLength(500);
        expect(table.rowNumberOffset).toBe(0);
        const pager = $(element, 'c-student-cohort-pager');
        expect(pager.total).toBe(5000);
        pager.dispatchEvent(new CustomEvent('pagechange', { detail: { page: 9 } }));
        await flushPromises();
        expect(table.data).toHaveLength(500);
        expect(table.rowNumberOffset).toBe(4500);
        expect(table.data[499].email).toBe(sampleStudents(recipe)[4999].email);
    });
});

describe('the client cache', () => {
    it('reads the cacheable context (licence seats) again after a real run, not after a check', async () => {
        const { element } = await renderWithSample(3);
        refreshApex.mockClear();
        await click(element, 'check');
        expect(refreshApex).not.toHaveBeenCalled();
        await click(element, 'run');
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(refreshApex.mock.calls[0][0]).toHaveProperty('data');
    });
});

describe('the list view flow: Finish during a run', () => {
    it('refuses to leave the screen while chunks are still being sent, saying how many are not sent yet', async () => {
        const { element } = await renderWithSample(250);
        await click(element, 'check');
        expect(element.validate()).toEqual({ isValid: true });
        const first = deferred();
        enableStudents.mockImplementationOnce(() => first.promise);
        button(element, 'run').click();
        await flushPromises();
        const verdict = element.validate();
        const total = Number(/^(\d+) of /.exec(verdict.errorMessage)?.[1]);
        expect(total).toBeGreaterThan(200);
        expect(verdict).toEqual({ isValid: false, errorMessage: format(LABELS.runInFlight, total, total) });
        expect(verdict.errorMessage).toContain('Leaving now would never send them.');
        first.resolve(
            enableStudents.mock.calls[0][0].requests.map((request) =>
                sampleResult(cohort(250), request.contactId, false)
            )
        );
        await flushPromises();
        expect(element.validate()).toEqual({ isValid: true });
    });
});

describe('Download results', () => {
    /** Lightning Web Security as far as jsdom allows: data: anchors blocked, Blob MIME types checked. */
    let lws;
    beforeEach(() => {
        lws = installLwsStandIn(window, undefined, { captureClicks: true });
    });
    afterEach(() => lws.uninstall());

    const header =
        'row,contactId,email,status,userId,username,ownerRoleAssigned,ownerName,ownerRoleName,errorCode,errorField,message,siteNames,loginUrl,emailDecision';

    /** Clicks Download; returns the file's text, after checking it went out as LWS allows (a blob: URL). */
    async function downloadedCsv(element) {
        $(element, '.download-button').click();
        expect(lws.refused).toEqual([]);
        expect(lws.clicks).toEqual([{ href: expect.stringMatching(/^blob:/), download: 'student-cohort.results.csv' }]);
        expect(lws.blobs).toHaveLength(1);
        return blobText(lws.blobs[0]);
    }

    it('writes the header of the one column list, which the CLI also writes and reads (c/studentUserShared)', () => {
        expect(header).toBe(RESULT_COLUMNS.join(','));
    });

    it('is offered once there are results, and holds one line per student in the CLI format', async () => {
        resolveStudents.mockResolvedValue(fixture('resolution'));
        checkStudents.mockResolvedValue(fixture('checkResults'));
        enableStudents.mockResolvedValue(fixture('enableResults'));
        const element = await render();
        await paste(element, 'ada@uni.edu');
        expect($(element, '.download-button')).toBeNull();
        await click(element, 'check');
        await click(element, 'run');
        // Nothing is encoded until the click (the file was rebuilt after every chunk before).
        expect(lws.blobs).toHaveLength(0);

        expect(await downloadedCsv(element)).toBe(
            [
                header,
                '1,0035g0000Cohort1AA,ada@uni.edu,CREATED,0055g0000Ada001AAA,ada@uni.edu.students,true,Integration User,Student Records Owner,,,,,,',
                '2,0035g0000Cohort2AA,alan@uni.edu,FAILED,0055g0000Alan01AAA,alan@uni.edu.students,false,Integration User,,NO_LICENSE_LEFT,licenseKey,"No PID_Customer_Community_Plus_Login license left for Alan Turing (0 left, 1 needed). Free seats or switch licence.",,,',
                '3,0035g0000Cohort3AA,grace@uni.edu,ALREADY_ENABLED,0055g0000Grace1AAA,grace@uni.edu.students,false,,,,,,,,',
                '4,0035g0000Cohort4AA,katherine@uni.edu,FAILED,,,false,Former Advisor,,OWNER_INACTIVE,ownerRoleId,"The account owner of Katherine Johnson, Former Advisor, is inactive. Change the account owner to an active internal user.",,,',
                '5,0035g0000Cohort5AA,edsger@uni.edu,FAILED,,,false,,,NO_ACCOUNT,contactId,"Edsger Dijkstra has no account, ""yet"".",,,',
                ''
            ].join('\n')
        );
    });

    it('writes NOT_SENT for students a cancelled run never sent', async () => {
        const { element } = await renderWithSample(250);
        await click(element, 'check');
        const first = deferred();
        enableStudents.mockImplementationOnce(() => first.promise);
        button(element, 'run').click();
        await flushPromises();
        await click(element, 'cancel');
        first.resolve(
            enableStudents.mock.calls[0][0].requests.map((request) =>
                sampleResult(cohort(250), request.contactId, false)
            )
        );
        await flushPromises();
        const lines = (await downloadedCsv(element)).trim().split('\n');
        expect(lines).toHaveLength(251);
        // The 201st ready student is number 217: the first one the cancelled run never sent.
        expect(lines[216]).toMatch(/^216,0035g0000000216AAA,.*,CREATED,/);
        expect(lines[217]).toBe(
            `217,${sampleContactId(RECIPE, 217)},frances.allen.217@uni.example.edu,NOT_SENT,,,false,,,,,${LABELS.notSentMessage},,,`
        );
        expect(lines[250]).toMatch(/^250,0035g0000000250AAA,.*,FAILED,.*,NO_EMAIL,contactId,/);
    });
});

describe('row detail (why can’t this student log in?)', () => {
    /** The small cohort of the row detail scenario (studentCohortRowDetail/__tests__/data, shared with the preview). */
    const ROW_DETAIL = require('../../studentCohortRowDetail/__tests__/data/rowDetailCohort.json');

    async function renderRowDetailCohort() {
        const recipe = { ...RECIPE, ...ROW_DETAIL.recipe };
        answerFromSample(recipe);
        const element = await render();
        await paste(
            element,
            sampleStudents(recipe)
                .map((student) => student.email)
                .join('\n')
        );
        return element;
    }

    /** Opens the row detail of a table row through the table's row action, as its Login status button does. */
    async function openDetail(element, row) {
        const table = $(element, 'lightning-datatable');
        table.dispatchEvent(new CustomEvent('rowaction', { detail: { action: { name: 'login_status' }, row } }));
        await flushPromises();
        return $(element, 'c-student-cohort-row-detail');
    }

    it('offers the login status for checked students with a user, opens it for the row, and closes back to the table', async () => {
        const element = await renderRowDetailCohort();
        expect(tableRows(element).every((row) => row.loginStatusDisabled)).toBe(true);
        await click(element, 'check');

        const withUser = tableRows(element).filter((row) => !row.loginStatusDisabled);
        expect(withUser.map((row) => row.row)).toEqual(ROW_DETAIL.withUser);
        expect($(element, 'lightning-datatable').columns.at(-1).typeAttributes.name).toBe('login_status');

        const detail = await openDetail(element, withUser[0]);
        expect(detail.contactId).toBe(withUser[0].contactId);
        expect(detail.studentName).toBe(withUser[0].name);

        detail.dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        expect($(element, 'c-student-cohort-row-detail')).toBeNull();
        expect(element.shadowRoot.activeElement).toBe($(element, 'div.table'));
    });

    it('opens nothing for a row without a portal user', async () => {
        const element = await renderRowDetailCohort();
        await click(element, 'check');
        const withoutUser = tableRows(element).find((row) => row.loginStatusDisabled);

        expect(await openDetail(element, withoutUser)).toBeNull();
    });
});
