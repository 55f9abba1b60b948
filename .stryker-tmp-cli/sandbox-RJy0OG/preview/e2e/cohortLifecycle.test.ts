// @ts-nocheck
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { readResultsCsv } from '../../scripts/student-users/resume';
import { LIFECYCLE_RESULT_COLUMNS } from '../../scripts/student-users/results-format';
import { FORCE_APP_DIR, SCREENSHOTS_DIR } from '../lib/paths';
import { seriousViolations } from './axe';
import {
    callsOf,
    CHUNK,
    column,
    counts,
    openCohort,
    pastedEntries,
    RECIPE,
    STUDENTS,
    waitForText,
    watchProgress,
    progressSeen,
    type OpenedCohort,
    type SampleStudent
} from './cohort';
import { SESSION_TIMEOUT_MS, startSession, waitForFocus, type PreviewSession } from './harness';
import { tabTo } from './keyboard';

/**
 * The cohort page's lifecycle mode in the preview (scenarios cohort-lifecycle and cohort-lifecycle-mixed). The expected
 * states are worked out here from the scenario fixtures' documented rules, independently of the simulation the
 * preview's stand-in uses (test/cohort/sampleLifecycle.js).
 */

/** 500 table rows re-render per chunk: minutes on a busy 2-core machine. */
jest.setTimeout(600_000);

const LATENCY_MS = 300;
const SIZE = RECIPE.size;
const CALLS = Math.ceil(SIZE / CHUNK);

interface LifecycleFixture {
    access: { canDisable: boolean };
    state: { notPortalUserEvery: number; protectedEvery: number; inactiveEvery: number; frozenEvery: number };
}

function lifecycleFixture(name: string): LifecycleFixture {
    return JSON.parse(
        readFileSync(
            join(
                FORCE_APP_DIR,
                'main',
                'default',
                'lwc',
                'studentCohortLifecycle',
                '__tests__',
                'data',
                `${name}.json`
            ),
            'utf8'
        )
    ) as LifecycleFixture;
}

const MIXED = lifecycleFixture('lifecycleMixed').state;

type UserState = 'none' | 'inactive' | 'frozen' | 'active';

/** The starting state of a student's portal user in the mixed scenario, as its fixture describes it. */
function mixedState(student: SampleStudent): UserState {
    if (student.index % MIXED.notPortalUserEvery === 0) return 'none';
    if (student.index % MIXED.inactiveEvery === 0) return 'inactive';
    if (student.index % MIXED.frozenEvery === 0) return 'frozen';
    return 'active';
}

const ACTIONS_WITHOUT_DISABLE = ['Enable', 'Deactivate', 'Freeze', 'Unfreeze', 'Send login link', 'Reactivate'];

interface SentLifecycleRequest {
    action: string;
    contactId: string;
    validateOnly: boolean;
    confirmDisable?: boolean;
}

function lifecycleRequests(calls: { params: unknown }[]): SentLifecycleRequest[][] {
    return calls.map((call) => (call.params as { requests: SentLifecycleRequest[] }).requests);
}

let session: PreviewSession;
const opened: OpenedCohort[] = [];

beforeAll(async () => {
    session = await startSession();
}, SESSION_TIMEOUT_MS);

afterAll(async () => {
    await session?.close();
});

afterEach(async () => {
    const current = opened.splice(0);
    await Promise.all(current.map((item) => item.page.context().close()));
    current.forEach((item) => expect(item.errors).toEqual([]));
});

async function open(scenario: string, latency: number): Promise<OpenedCohort> {
    const result = await openCohort(session, scenario, latency);
    opened.push(result);
    return result;
}

/** The action radio of that exact name (its label is clicked, as a person does). */
async function chooseAction(cohort: Locator, name: string): Promise<void> {
    const picker = cohort.locator('c-student-cohort-action-picker');
    await picker
        .locator('label')
        .filter({ hasText: new RegExp(`^\\s*${name.replace(/[()]/g, '\\$&')}\\s*$`) })
        .click();
    if (!(await picker.getByRole('radio', { name, exact: true }).isChecked())) {
        throw new Error(`Action "${name}" is not checked after clicking its label.`);
    }
}

async function actionNames(cohort: Locator): Promise<string[]> {
    return cohort
        .locator('c-student-cohort-action-picker')
        .getByRole('radio')
        .evaluateAll((radios): string[] =>
            radios.map((radio) => ((radio as HTMLInputElement).labels?.[0]?.textContent ?? '').trim())
        );
}

async function run(cohort: Locator, button: string, done: string): Promise<number> {
    const started = Date.now();
    await cohort.getByRole('button', { name: button, exact: true }).click();
    await waitForText(cohort.locator('c-student-cohort-lifecycle .status-message'), done);
    return Date.now() - started;
}

async function downloadCsv(page: Page, cohort: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        cohort.locator('c-student-cohort-lifecycle').getByRole('link', { name: 'Download results' }).click()
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

function expectChunks(requests: SentLifecycleRequest[][], validateOnly: boolean): void {
    expect(requests.map((chunk) => chunk.length)).toEqual(
        Array.from({ length: CALLS }, (_, index) => Math.min(CHUNK, SIZE - index * CHUNK))
    );
    expect(requests.flat()).toEqual(
        STUDENTS.map((student) => ({ action: 'DEACTIVATE', contactId: student.contactId, validateOnly }))
    );
}

describe('preview: cohort page, lifecycle mode', () => {
    it('selects 500 students whose program ended, deactivates them in chunks of 200, counts them and downloads the CSV', async () => {
        const { page, cohort } = await open('cohort-lifecycle', LATENCY_MS);
        const lifecycle = cohort.locator('c-student-cohort-lifecycle');

        // Without Disable_Student_Users, Disable is not offered.
        expect(await actionNames(cohort)).toEqual(ACTIONS_WITHOUT_DISABLE);
        expect(await cohort.getByRole('radio', { name: 'Disable (permanent)' }).count()).toBe(0);

        // The program-end helper selects the students (one search, one resolve call).
        await cohort.getByRole('button', { name: 'Select these students' }).click();
        await waitForText(cohort.locator('.students-found'), `${SIZE} students selected.`);
        await waitForText(cohort.locator('.program-end-status'), `${SIZE} students whose program ended`);
        expect(await callsOf(page, 'findStudentsWhoseProgramEnded')).toHaveLength(1);
        const resolves = await callsOf(page, 'resolveStudents');
        expect((resolves[0].params as { idsOrEmails: string[] }).idsOrEmails).toEqual(
            STUDENTS.map((student) => student.contactId)
        );

        await chooseAction(cohort, 'Deactivate');
        expect(await cohort.locator('.settings').count()).toBe(0);
        await watchProgress(lifecycle);
        const checkMs = await run(cohort, 'Check', `Check complete: ${SIZE} ready, 0 nothing to do, 0 blocked.`);
        expect(await progressSeen(page)).toEqual([0, 40, 80]);
        const checks = await callsOf(page, 'checkLifecycle');
        expect(checks).toHaveLength(CALLS);
        expectChunks(lifecycleRequests(checks), true);
        expect(await callsOf(page, 'manageStudents')).toEqual([]);
        expect(await counts(lifecycle)).toEqual({ total: SIZE, ready: SIZE });
        expect(await column(lifecycle, 'Status')).toEqual(STUDENTS.map(() => 'Ready'));
        expect(await seriousViolations(page)).toEqual([]);

        const runMs = await run(
            cohort,
            `Deactivate ${SIZE} ready students`,
            `Run complete: ${SIZE} done, 0 nothing to do, 0 failed.`
        );
        const manages = await callsOf(page, 'manageStudents');
        expect(manages).toHaveLength(CALLS);
        expectChunks(lifecycleRequests(manages), false);
        expect(await counts(lifecycle)).toEqual({ total: SIZE, done: SIZE });
        expect(await column(lifecycle, 'Status')).toEqual(STUDENTS.map(() => 'Deactivated'));
        expect(await lifecycle.getByRole('button', { name: /^Deactivate \d+ ready students$/ }).isDisabled()).toBe(
            true
        );

        // The results file: the CLI's lifecycle columns, readable by the CLI.
        const csv = await downloadCsv(page, cohort);
        expect(csv.name).toBe('student-cohort.lifecycle-results.csv');
        expect(csv.text.split('\n')[0]).toBe(LIFECYCLE_RESULT_COLUMNS.join(','));
        const read = readResultsCsv(csv.text, LIFECYCLE_RESULT_COLUMNS);
        if (!read.ok) {
            throw new Error(`The CLI cannot read the download: ${JSON.stringify(read.problems)}`);
        }
        expect(read.results.map((row) => [row.row, row.contactId, row.email, row.action, row.status])).toEqual(
            STUDENTS.map((student) => [student.index, student.contactId, student.email, 'DEACTIVATE', 'DEACTIVATED'])
        );
        expect(read.results[0].username).toBe(STUDENTS[0].username);

        // Recent runs: one recorded run per call, newest first, read again after the run.
        const runs = cohort.locator('c-student-cohort-recent-runs');
        await waitForText(runs.locator('tbody'), 'DEACTIVATE');
        expect(await runs.locator('tr.run .run-students').allInnerTexts()).toEqual(['100', '200', '200']);
        expect(await runs.locator('tr.run .run-action').allInnerTexts()).toEqual(Array(CALLS).fill('DEACTIVATE'));
        expect(await runs.locator('tr.run .run-who').first().innerText()).toBe('Preview Admin');
        expect((await callsOf(page, 'getRecentRuns')).length).toBeGreaterThanOrEqual(2);

        // A second check finds nothing left to do.
        await run(cohort, 'Check', 'Every selected student is done; nothing to check.');
        expect(await callsOf(page, 'checkLifecycle')).toHaveLength(CALLS);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'cohort-lifecycle.png'), animations: 'disabled' });
        expect(await seriousViolations(page)).toEqual([]);
        console.log(`Lifecycle (500 students, ${LATENCY_MS} ms per call): check ${checkMs} ms, run ${runMs} ms.`);
    });

    it('reports a mixed cohort per student: already inactive SKIPPED, not a portal user FAILED, the rest deactivated', async () => {
        const { page, cohort } = await open('cohort-lifecycle-mixed', 0);
        const lifecycle = cohort.locator('c-student-cohort-lifecycle');

        // No program data in this org: the helper says so and selects nobody.
        await cohort.getByRole('button', { name: 'Select these students' }).click();
        await waitForText(cohort.locator('.program-end-problem'), 'This org has no program data to search');
        expect(await callsOf(page, 'resolveStudents')).toEqual([]);

        await cohort.getByRole('textbox', { name: 'Contact ids or emails' }).fill(pastedEntries());
        await cohort.getByRole('button', { name: 'Find students' }).click();
        await waitForText(cohort.locator('.students-found'), `${SIZE} students selected.`);
        await chooseAction(cohort, 'Deactivate');

        const states = STUDENTS.map(mixedState);
        const none = states.filter((state) => state === 'none').length;
        const inactive = states.filter((state) => state === 'inactive').length;
        const ready = SIZE - none - inactive;
        await run(cohort, 'Check', `Check complete: ${ready} ready, ${inactive} nothing to do, ${none} blocked.`);
        expect(await counts(lifecycle)).toEqual({ total: SIZE, ready, skipped: inactive, blocked: none });
        const checkStatus = { none: 'Blocked', inactive: 'Nothing to do', frozen: 'Ready', active: 'Ready' };
        expect(await column(lifecycle, 'Status')).toEqual(states.map((state) => checkStatus[state]));
        const codes = await column(lifecycle, 'Code');
        const reasons = await column(lifecycle, 'Reason');
        const fixes = await column(lifecycle, 'Fix');
        const notPortal = STUDENTS[states.indexOf('none')];
        const alreadyInactive = STUDENTS[states.indexOf('inactive')];
        expect(codes[notPortal.index - 1]).toBe('NOT_A_PORTAL_USER');
        expect(reasons[notPortal.index - 1]).toBe(`The student ${notPortal.name} has no portal user.`);
        expect(fixes[notPortal.index - 1]).toBe(
            'Enable the student first (Enable Student Users). A disabled user is no longer linked to its contact.'
        );
        expect(codes[alreadyInactive.index - 1]).toBe('ALREADY_INACTIVE');
        expect(reasons[alreadyInactive.index - 1]).toBe(
            `The portal user ${alreadyInactive.username} of the student ${alreadyInactive.name} is already inactive.`
        );
        expect(fixes[alreadyInactive.index - 1]).toBe('Nothing to do.');

        await run(
            cohort,
            `Deactivate ${ready} ready students`,
            `Run complete: ${ready} done, ${inactive} nothing to do, 0 failed.`
        );
        const sent = lifecycleRequests(await callsOf(page, 'manageStudents')).flat();
        expect(sent.map((request) => request.contactId)).toEqual(
            STUDENTS.filter((_, position) => states[position] === 'active' || states[position] === 'frozen').map(
                (student) => student.contactId
            )
        );
        expect(await counts(lifecycle)).toEqual({ total: SIZE, done: ready, skipped: inactive, blocked: none });
        const csv = await downloadCsv(page, cohort);
        const read = readResultsCsv(csv.text, LIFECYCLE_RESULT_COLUMNS);
        if (!read.ok) {
            throw new Error(`The CLI cannot read the download: ${JSON.stringify(read.problems)}`);
        }
        const csvStatus = { none: 'FAILED', inactive: 'SKIPPED', frozen: 'DEACTIVATED', active: 'DEACTIVATED' };
        expect(read.results.map((row) => row.status)).toEqual(states.map((state) => csvStatus[state]));
        expect(read.results[notPortal.index - 1]).toMatchObject({
            errorCode: 'NOT_A_PORTAL_USER',
            errorField: 'contactId',
            errorFix: fixes[notPortal.index - 1]
        });
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'cohort-lifecycle-mixed.png'), animations: 'disabled' });
    });

    it('offers Disable only with the admin permission, and only after the explicit confirmation', async () => {
        const { page, cohort } = await open('cohort-lifecycle-mixed', 0);
        expect(await actionNames(cohort)).toEqual([...ACTIONS_WITHOUT_DISABLE, 'Disable (permanent)']);
        await cohort.getByRole('textbox', { name: 'Contact ids or emails' }).fill(STUDENTS[0].contactId);
        await cohort.getByRole('button', { name: 'Find students' }).click();
        await waitForText(cohort.locator('.students-found'), '1 students selected.');

        await chooseAction(cohort, 'Disable (permanent)');
        await waitForText(cohort.locator('.disable-warning'), 'Disable is permanent');
        const check = cohort.getByRole('button', { name: 'Check', exact: true });
        expect(await check.isDisabled()).toBe(true);
        const confirm = cohort.getByRole('checkbox', { name: /disabling is permanent/ });
        await cohort.locator('label').filter({ hasText: 'I understand that disabling is permanent' }).click();
        expect(await confirm.isChecked()).toBe(true);
        await run(cohort, 'Check', 'Check complete: 1 ready, 0 nothing to do, 0 blocked.');
        expect(lifecycleRequests(await callsOf(page, 'checkLifecycle'))).toEqual([
            [{ action: 'DISABLE', contactId: STUDENTS[0].contactId, validateOnly: true, confirmDisable: true }]
        ]);
        expect(await seriousViolations(page)).toEqual([]);
    });

    it('is usable with the keyboard only: select, choose the action, check and run', async () => {
        const { page, cohort } = await open('cohort-lifecycle', 0);
        const { keyboard } = page;
        const entries = cohort.getByRole('textbox', { name: 'Contact ids or emails' });
        await tabTo(page, entries);
        await keyboard.type(
            STUDENTS.slice(0, 3)
                .map((student) => student.contactId)
                .join(' ')
        );
        await tabTo(page, cohort.getByRole('button', { name: 'Find students' }));
        await keyboard.press('Enter');
        await waitForText(cohort.locator('.students-found'), '3 students selected.');

        // The action group: Tab reaches the checked radio (Enable), ArrowDown checks the next one (Deactivate).
        const enable = cohort.getByRole('radio', { name: 'Enable', exact: true });
        await tabTo(page, enable);
        await keyboard.press('ArrowDown');
        expect(await cohort.getByRole('radio', { name: 'Deactivate', exact: true }).isChecked()).toBe(true);

        await tabTo(page, cohort.getByRole('button', { name: 'Check', exact: true }));
        await keyboard.press('Enter');
        await waitForText(cohort.locator('c-student-cohort-lifecycle .status-message'), 'Check complete: 3 ready');
        const runButton = cohort.getByRole('button', { name: 'Deactivate 3 ready students' });
        await tabTo(page, runButton);
        await waitForFocus(runButton);
        await keyboard.press('Enter');
        await waitForText(
            cohort.locator('c-student-cohort-lifecycle .status-message'),
            'Run complete: 3 done, 0 nothing to do, 0 failed.'
        );
        expect(lifecycleRequests(await callsOf(page, 'manageStudents'))).toEqual([
            STUDENTS.slice(0, 3).map((student) => ({
                action: 'DEACTIVATE',
                contactId: student.contactId,
                validateOnly: false
            }))
        ]);
    });
});
