import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { readResultsCsv } from '../../scripts/student-users/resume';
import { LIFECYCLE_RESULT_COLUMNS } from '../../scripts/student-users/results-format';
import { FORCE_APP_DIR } from '../lib/paths';
import { seriousViolations } from './axe';
import {
    advanceUntil,
    installClock,
    callsOf,
    cohortSample,
    column,
    counts,
    downloadCsv,
    findStudents,
    progressSeen,
    waitForText,
    watchProgress,
    type CohortSample,
    type CohortScale,
    type OpenCohort,
    type SampleStudent
} from './cohort';
import { screenshot } from './harness';

/**
 * The cohort page's lifecycle mode in the preview (scenarios cohort-lifecycle and cohort-lifecycle-mixed), at a given
 * scale: deactivate every selected student in chunks of the server's budget, and a mixed cohort reported per student.
 * The expected states are worked out here from the scenario fixtures' documented rules, independently of the
 * simulation the preview's stand-in uses (fixtures/cohort/sampleLifecycle.js). `npm test` runs it with a few students and a
 * small budget (cohortLifecycle.test.ts), `npm run test:deep` with the 500 sample students (cohortLifecycle.bench.test.ts).
 */

export const LATENCY_MS = 300;

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

export const ACTIONS_WITHOUT_DISABLE = ['Enable', 'Deactivate', 'Freeze', 'Unfreeze', 'Send login link', 'Reactivate'];

export interface SentLifecycleRequest {
    action: string;
    contactId: string;
    validateOnly: boolean;
    confirmDisable?: boolean;
}

export function lifecycleRequests(calls: { params: unknown }[]): SentLifecycleRequest[][] {
    return calls.map((call) => (call.params as { requests: SentLifecycleRequest[] }).requests);
}

/** The action radio of that exact name (its label is clicked, as a person does). */
export async function chooseAction(cohort: Locator, name: string): Promise<void> {
    const picker = cohort.locator('c-student-cohort-action-picker');
    await picker
        .locator('label')
        .filter({ hasText: new RegExp(`^\\s*${name.replace(/[()]/g, '\\$&')}\\s*$`) })
        .click();
    if (!(await picker.getByRole('radio', { name, exact: true }).isChecked())) {
        throw new Error(`Action "${name}" is not checked after clicking its label.`);
    }
}

export async function actionNames(cohort: Locator): Promise<string[]> {
    return cohort
        .locator('c-student-cohort-action-picker')
        .getByRole('radio')
        .evaluateAll((radios): string[] =>
            radios.map((radio) => ((radio as HTMLInputElement).labels?.[0]?.textContent ?? '').trim())
        );
}

export async function run(cohort: Locator, button: string, done: string): Promise<number> {
    const started = Date.now();
    await cohort.getByRole('button', { name: button, exact: true }).click();
    await waitForText(cohort.locator('c-student-cohort-lifecycle .status-message'), done);
    return Date.now() - started;
}

function expectChunks(sample: CohortSample, requests: SentLifecycleRequest[][], validateOnly: boolean): void {
    expect(requests.map((chunk) => chunk.length)).toEqual(sample.chunkSizes(sample.scale.size));
    expect(requests.flat()).toEqual(
        sample.students.map((student) => ({ action: 'DEACTIVATE', contactId: student.contactId, validateOnly }))
    );
}

export interface LifecycleFlowOptions {
    /**
     * Select the students with the program-end helper (the scenario finds every sample student) instead of pasting
     * them: only at the full size of the sample.
     */
    selectWithProgramEnd: boolean;
}

/** Registers the lifecycle flow's two tests for `scale` in the current describe block. */
export function lifecycleFlowTests(open: OpenCohort, scale: CohortScale, options: LifecycleFlowOptions): void {
    const sample = cohortSample(scale);
    const { students } = sample;
    const size = scale.size;
    const calls = sample.chunkSizes(size).length;

    it(`deactivates ${size} students in chunks of ${scale.perCall}, counts them, lists the runs and downloads the CSV`, async () => {
        const { page, cohort } = await open('cohort-lifecycle', LATENCY_MS, scale.perCall, '', installClock);
        const lifecycle = cohort.locator('c-student-cohort-lifecycle');

        // Without Disable_Student_Users, Disable is not offered.
        expect(await actionNames(cohort)).toEqual(ACTIONS_WITHOUT_DISABLE);
        expect(await cohort.getByRole('radio', { name: 'Disable (permanent)' }).count()).toBe(0);

        if (options.selectWithProgramEnd) {
            // The program-end helper selects the students (one search, one resolve call).
            await cohort.getByRole('button', { name: 'Select these students' }).click();
            await waitForText(cohort.locator('.students-found'), `${size} students selected.`);
            await waitForText(cohort.locator('.program-end-status'), `${size} students whose program ended`);
            expect(await callsOf(page, 'findStudentsWhoseProgramEnded')).toHaveLength(1);
            const resolves = await callsOf(page, 'resolveStudents');
            expect((resolves[0].params as { idsOrEmails: string[] }).idsOrEmails).toEqual(
                students.map((student) => student.contactId)
            );
        } else {
            await findStudents(cohort, sample);
        }

        await chooseAction(cohort, 'Deactivate');
        expect(await cohort.locator('.settings').count()).toBe(0);
        await watchProgress(lifecycle);
        const checkMs = await run(cohort, 'Check', `Check complete: ${size} ready, 0 nothing to do, 0 blocked.`);
        expect(await progressSeen(page)).toEqual(sample.progressSteps(size));
        const checks = await callsOf(page, 'checkLifecycle');
        expectChunks(sample, lifecycleRequests(checks), true);
        expect(await callsOf(page, 'manageStudents')).toEqual([]);
        expect(await counts(lifecycle)).toEqual({ total: size, ready: size });
        expect(await column(lifecycle, 'Status')).toEqual(students.map(() => 'Ready'));

        const runMs = await run(
            cohort,
            `Deactivate ${size} ready students`,
            `Run complete: ${size} done, 0 nothing to do, 0 failed.`
        );
        const manages = await callsOf(page, 'manageStudents');
        expectChunks(sample, lifecycleRequests(manages), false);
        expect(await counts(lifecycle)).toEqual({ total: size, done: size });
        expect(await column(lifecycle, 'Status')).toEqual(students.map(() => 'Deactivated'));
        expect(await lifecycle.getByRole('button', { name: /^Deactivate \d+ ready students$/ }).isDisabled()).toBe(
            true
        );

        // The results file: the CLI's lifecycle columns, readable by the CLI.
        const csv = await downloadCsv(page, lifecycle);
        expect(csv.name).toBe('student-cohort.lifecycle-results.csv');
        expect(csv.text.split('\n')[0]).toBe(LIFECYCLE_RESULT_COLUMNS.join(','));
        const read = readResultsCsv(csv.text, LIFECYCLE_RESULT_COLUMNS);
        if (!read.ok) {
            throw new Error(`The CLI cannot read the download: ${JSON.stringify(read.problems)}`);
        }
        expect(read.results.map((row) => [row.row, row.contactId, row.email, row.action, row.status])).toEqual(
            students.map((student) => [student.index, student.contactId, student.email, 'DEACTIVATE', 'DEACTIVATED'])
        );
        expect(read.results[0].username).toBe(students[0].username);

        // Recent runs: one recorded run per call, newest first. The preview writes each record a moment after its call
        // (as the Queueable does): the list says it is being recorded and reads again until every call's run is there.
        const runs = cohort.locator('c-student-cohort-recent-runs');
        await advanceUntil(
            page,
            2_000, // the recent-runs list reads again 2, 4, 8 and 16 s apart while a run is being recorded
            () => runs.locator('.runs-recording').count(),
            (shown) => shown === 0,
            'runs recorded'
        );
        await waitForText(runs.locator('tbody'), 'DEACTIVATE');
        expect(await runs.locator('tr.run .run-students').allInnerTexts()).toEqual(
            sample
                .chunkSizes(size)
                .reverse()
                .map((count) => String(count))
        );
        expect(await runs.locator('tr.run .run-action').allInnerTexts()).toEqual(Array(calls).fill('DEACTIVATE'));
        expect(await runs.locator('tr.run .run-who').first().innerText()).toBe('Preview Admin');
        expect((await callsOf(page, 'getRecentRuns')).length).toBeGreaterThanOrEqual(2);

        // A second check finds nothing left to do.
        await run(cohort, 'Check', 'Every selected student is done; nothing to check.');
        expect(await callsOf(page, 'checkLifecycle')).toHaveLength(calls);
        await screenshot(page, `cohort-lifecycle-${size}`, false);
        expect(await seriousViolations(page)).toEqual([]);
        console.log(`Lifecycle (${size} students, ${LATENCY_MS} ms per call): check ${checkMs} ms, run ${runMs} ms.`);
    });

    it(`reports a mixed cohort of ${size} per student: already inactive SKIPPED, not a portal user FAILED, the rest deactivated`, async () => {
        const { page, cohort } = await open('cohort-lifecycle-mixed', 0, scale.perCall);
        const lifecycle = cohort.locator('c-student-cohort-lifecycle');

        // No program data in this org: the helper says so and selects nobody.
        await cohort.getByRole('button', { name: 'Select these students' }).click();
        await waitForText(cohort.locator('.program-end-problem'), 'This org has no program data to search');
        expect(await callsOf(page, 'resolveStudents')).toEqual([]);

        await findStudents(cohort, sample);
        await chooseAction(cohort, 'Deactivate');

        const states = students.map(mixedState);
        const none = states.filter((state) => state === 'none').length;
        const inactive = states.filter((state) => state === 'inactive').length;
        const ready = size - none - inactive;
        expect([none, inactive, states.filter((state) => state === 'frozen').length].every((n) => n > 0)).toBe(true);
        await run(cohort, 'Check', `Check complete: ${ready} ready, ${inactive} nothing to do, ${none} blocked.`);
        expect(await counts(lifecycle)).toEqual({ total: size, ready, skipped: inactive, blocked: none });
        const checkStatus = { none: 'Blocked', inactive: 'Nothing to do', frozen: 'Ready', active: 'Ready' };
        expect(await column(lifecycle, 'Status')).toEqual(states.map((state) => checkStatus[state]));
        const codes = await column(lifecycle, 'Code');
        const reasons = await column(lifecycle, 'Reason');
        const fixes = await column(lifecycle, 'Fix');
        const notPortal = students[states.indexOf('none')];
        const alreadyInactive = students[states.indexOf('inactive')];
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
        const sentChunks = lifecycleRequests(await callsOf(page, 'manageStudents'));
        expect(sentChunks.map((chunk) => chunk.length)).toEqual(sample.chunkSizes(ready));
        expect(sentChunks.flat().map((request) => request.contactId)).toEqual(
            students
                .filter((_, position) => states[position] === 'active' || states[position] === 'frozen')
                .map((student) => student.contactId)
        );
        expect(await counts(lifecycle)).toEqual({ total: size, done: ready, skipped: inactive, blocked: none });
        const csv = await downloadCsv(page, lifecycle);
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
        await screenshot(page, `cohort-lifecycle-mixed-${size}`, false);
    });
}
