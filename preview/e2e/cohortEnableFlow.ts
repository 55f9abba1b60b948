import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { readResultsCsv } from '../../scripts/student-users/resume';
import { RESULT_COLUMNS } from '../../scripts/student-users/results-format';
import { PROJECT_ROOT, SCREENSHOTS_DIR } from '../lib/paths';
import { seriousViolations } from './axe';
import {
    callsOf,
    cancelError,
    cancelWhenSent,
    cohortSample,
    column,
    counts,
    downloadCsv,
    findStudents,
    RECIPE,
    requestsOf,
    waitForCalls,
    waitForText,
    watchProgress,
    progressSeen,
    type CohortSample,
    type CohortScale,
    type OpenCohort,
    type SampleStudent,
    type SentRequest
} from './cohort';
import { chooseRadio, pickOption, screenshot } from './harness';

/**
 * The cohort page's enabling flow in the preview, at a given scale: select, Check, Enable in chunks of the server's
 * per-call budget, the outcomes, the results file; and Cancel between chunks. `npm test` runs it with a few students
 * and a small budget (cohort.test.ts, cohortCancel.test.ts), `npm run test:deep` with the 500 sample students and the service's 200 a call,
 * measuring the times (cohort.bench.test.ts).
 */

/** The preview's default simulated server time per Apex call (`?latency=`), kept for the measured run. */
export const LATENCY_MS = 300;
const README_IMAGE = join(PROJECT_ROOT, 'docs', 'images', 'student-cohort.png');

const LICENSE_LOGIN = 'Customer Community Plus Login (600 of 1000 left)';
const LICENSE_PLUS = 'Customer Community Plus (5 of 100 left)';
const LONDON = '(GMT+00:00) Greenwich Mean Time (Europe/London)';
/** What the shared settings are set to below, as each request carries them. */
const SETTINGS = {
    licenseKey: 'PID_Customer_Community_Plus_Login',
    profileId: '00e5g000001LoginAA',
    timeZoneSidKey: 'Europe/London',
    sendWelcomeEmail: false
};

export interface EnableFlowOptions {
    /** Write the timings to screenshots/metrics-cohort.json and refresh the README image (the 500-student run). */
    measure: boolean;
}

/** Sets every shared setting with its real control: licence (and back), profile, one fixed zone, no welcome email. */
async function chooseSettings(cohort: Locator): Promise<void> {
    await pickOption(cohort, 'License type', LICENSE_PLUS);
    await waitForText(cohort.getByRole('combobox', { name: 'Profile' }), 'Student Portal Plus');
    await pickOption(cohort, 'License type', LICENSE_LOGIN);
    await waitForText(cohort.getByRole('combobox', { name: 'Profile' }), 'Student Portal Login');
    await pickOption(cohort, 'Profile', 'Alumni Portal Login');
    await chooseRadio(cohort, 'One time zone for everyone');
    await pickOption(cohort, 'Time zone for everyone', LONDON);
    await cohort.locator('label').filter({ hasText: 'Send welcome email' }).click();
    expect(await cohort.getByRole('checkbox', { name: 'Send welcome email' }).isChecked()).toBe(false);
}

/** Clicks a button and waits for the status message; returns the wall time in ms. */
export async function run(cohort: Locator, button: string | RegExp, done: string): Promise<number> {
    const started = Date.now();
    await cohort.getByRole('button', { name: button }).click();
    await waitForText(cohort.locator('.status-message'), done);
    return Date.now() - started;
}

function expectChunks(
    sample: CohortSample,
    requests: SentRequest[][],
    expected: SampleStudent[],
    validateOnly: boolean,
    checkedBefore = false
): void {
    expect(requests.map((chunk) => chunk.length)).toEqual(sample.chunkSizes(expected.length));
    expect(requests.flat().map((request) => request.contactId)).toEqual(expected.map((student) => student.contactId));
    const reactivated = new Set(
        expected.filter((student) => checkedBefore && student.kind === 'reactivate').map((student) => student.contactId)
    );
    const kept = { sendWelcomeEmail: SETTINGS.sendWelcomeEmail };
    requests.flat().forEach((request) =>
        // A student the check said will be reactivated keeps its own licence, profile and time zone.
        expect(request).toEqual({
            ...(reactivated.has(request.contactId) ? kept : SETTINGS),
            contactId: request.contactId,
            validateOnly
        })
    );
}

function writeMetrics(metrics: object): void {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const path = join(SCREENSHOTS_DIR, 'metrics-cohort.json');
    writeFileSync(path, `${JSON.stringify(metrics, null, 4)}\n`);
    console.log(`Cohort metrics (${relative(PROJECT_ROOT, path)}):\n${JSON.stringify(metrics, null, 4)}`);
}

/** The top of the component (settings, counts, the first rows): the README image, refreshed on request only. */
async function readmeScreenshot(page: Page, cohort: Locator): Promise<void> {
    const path = join(SCREENSHOTS_DIR, 'cohort-checked.png');
    const box = await cohort.boundingBox();
    if (!box) {
        throw new Error('The cohort component is not visible: no screenshot.');
    }
    await page.screenshot({
        path,
        clip: { ...box, height: Math.min(box.height, 1100) },
        fullPage: true,
        animations: 'disabled',
        caret: 'hide'
    });
    if (process.env.UPDATE_README_IMAGE === '1' || !existsSync(README_IMAGE)) {
        mkdirSync(dirname(README_IMAGE), { recursive: true });
        copyFileSync(path, README_IMAGE);
    }
}

/** Registers the enabling flow's two tests for `scale` in the current describe block (the benchmark's file). */
export function enableFlowTests(open: OpenCohort, scale: CohortScale, options: EnableFlowOptions): void {
    enableFlowTest(open, scale, options);
    cancelFlowTest(open, scale);
}

/**
 * Registers the enabling flow's main test (select, check, enable, outcomes, results file) for `scale`. `npm test` runs
 * it and the cancel test in two files, so that two Jest workers share them (issue #23).
 */
export function enableFlowTest(open: OpenCohort, scale: CohortScale, options: EnableFlowOptions): void {
    const sample = cohortSample(scale);
    const { students, ready, countOf } = sample;
    const size = scale.size;

    it(`selects, checks and enables ${size} students in chunks of ${scale.perCall}, shows the outcomes and downloads the CLI CSV`, async () => {
        const { page, cohort } = await open('cohort', LATENCY_MS, scale.perCall);
        expect(await callsOf(page, 'getCohortContext')).toEqual([
            { method: 'StudentCohortController.getCohortContext', params: {} }
        ]);

        const findMs = await findStudents(cohort, sample);
        const resolves = await callsOf(page, 'resolveStudents');
        expect(resolves).toHaveLength(1);
        expect((resolves[0].params as { idsOrEmails: string[] }).idsOrEmails).toHaveLength(size);
        expect(await cohort.locator('.issues').count()).toBe(0);
        expect(await column(cohort, 'Status')).toEqual(students.map(() => 'Not checked'));

        await chooseSettings(cohort);
        await watchProgress(cohort);
        const checkMs = await run(
            cohort,
            'Check',
            `Check complete: ${ready.length} ready, ${countOf('blocked')} blocked.`
        );
        const checkProgress = await progressSeen(page);

        // Counts, licence line and table as the admin sees them.
        expect(await counts(cohort)).toEqual({
            total: size,
            ready: countOf('create'),
            willReactivate: countOf('reactivate'),
            alreadyEnabled: countOf('alreadyEnabled'),
            blocked: countOf('blocked'),
            ownerRoles: 1
        });
        await waitForText(
            cohort.locator(`[data-license="${SETTINGS.licenseKey}"]`),
            `Customer Community Plus Login: 600 licenses left, ${ready.length} needed`
        );
        expect(await cohort.locator('lightning-datatable tbody tr').count()).toBe(size);
        const checkStatus = {
            create: 'Ready',
            reactivate: 'Will reactivate',
            alreadyEnabled: 'Already enabled',
            blocked: 'Blocked'
        };
        expect(await column(cohort, 'Status')).toEqual(students.map((student) => checkStatus[student.kind]));
        const blocked = students.find((student) => student.kind === 'blocked')!;
        const reasons = await column(cohort, 'Reason');
        const fixes = await column(cohort, 'Fix');
        expect(reasons[blocked.index - 1]).toBe(`${blocked.name} has no email address.`);
        expect(fixes[blocked.index - 1]).toBe('Add an email to the contact, then try again.');
        const withRole = students.find((student) => student.ownerGetsRole)!;
        expect((await column(cohort, 'Owner role'))[withRole.index - 1]).toBe(
            `${RECIPE.ownerName} will get the role ${RECIPE.roleName}`
        );

        // ⌈N/budget⌉ validate-only calls, each within the server's budget, every student once, the chosen settings.
        const checks = await callsOf(page, 'checkStudents');
        expectChunks(sample, requestsOf(checks), students, true);
        expect(await callsOf(page, 'enableStudents')).toEqual([]);
        expect(checkProgress).toEqual(sample.progressSteps(size));

        if (options.measure) {
            await readmeScreenshot(page, cohort);
        }

        // Enable sends the ready students only, in chunks, with a progress bar.
        await watchProgress(cohort);
        const enableMs = await run(
            cohort,
            `Enable ${ready.length} ready students`,
            `Run complete: ${ready.length} enabled, 0 failed.`
        );
        const enableProgress = await progressSeen(page);
        const enables = await callsOf(page, 'enableStudents');
        expectChunks(sample, requestsOf(enables), ready, false, true);
        expect(enableProgress).toEqual(sample.progressSteps(ready.length));
        expect(await cohort.locator('lightning-progress-bar').count()).toBe(0);

        expect(await counts(cohort)).toEqual({
            total: size,
            alreadyEnabled: countOf('alreadyEnabled'),
            blocked: countOf('blocked'),
            ownerRoles: 1,
            created: countOf('create'),
            reactivated: countOf('reactivate')
        });
        const outcome = {
            create: 'Enabled',
            reactivate: 'Reactivated',
            alreadyEnabled: 'Already enabled',
            blocked: 'Blocked'
        };
        expect(await column(cohort, 'Status')).toEqual(students.map((student) => outcome[student.kind]));
        expect((await column(cohort, 'Owner role'))[withRole.index - 1]).toBe(
            `${RECIPE.ownerName} got the role ${RECIPE.roleName}`
        );
        const firstUser = cohort.locator('lightning-datatable tbody tr').first().getByRole('link', {
            name: students[0].username
        });
        expect(await firstUser.getAttribute('href')).toBe('/lightning/r/User/0055g0000000001AAA/view');
        expect(await cohort.getByRole('button', { name: /^Enable \d+ ready students$/ }).isDisabled()).toBe(true);
        await screenshot(page, `cohort-enabled-${size}`, false);
        expect(await seriousViolations(page)).toEqual([]);

        // The results file: the CLI's columns, one row per student, readable by the CLI's --resume.
        const csv = await downloadCsv(page, cohort);
        expect(csv.name).toBe('student-cohort.results.csv');
        const lines = csv.text.trimEnd().split('\n');
        expect(lines[0]).toBe(RESULT_COLUMNS.join(','));
        const read = readResultsCsv(csv.text);
        if (!read.ok) {
            throw new Error(`The CLI cannot read the download: ${JSON.stringify(read.problems)}`);
        }
        expect(read.results).toHaveLength(size);
        const csvStatus = {
            create: 'CREATED',
            reactivate: 'REACTIVATED',
            alreadyEnabled: 'ALREADY_ENABLED',
            blocked: 'FAILED'
        };
        expect(read.results.map((row) => [row.row, row.contactId, row.email, row.status])).toEqual(
            students.map((student) => [student.index, student.contactId, student.email, csvStatus[student.kind]])
        );
        expect(lines[1]).toBe(
            `1,${students[0].contactId},${students[0].email},CREATED,0055g0000000001AAA,${students[0].username},false,${RECIPE.ownerName},,,,,,,`
        );
        expect(read.results[blocked.index - 1]).toMatchObject({
            errorCode: RECIPE.blockedCode,
            errorField: 'contactId'
        });

        if (options.measure) {
            writeMetrics({
                measuredAt: new Date().toISOString(),
                machine: { cpus: cpus().length, loadAverage1m: Number(loadavg()[0].toFixed(2)), node: process.version },
                conditions: `scenario "cohort", ${size} sample students pasted (ids and emails), simulated server time ${LATENCY_MS} ms per Apex call, headless Chromium, viewport 1680x1000; times are wall clock from the click to the status message`,
                students: size,
                chunkSize: scale.perCall,
                findStudents: { ms: findMs, apexCalls: resolves.length },
                check: {
                    ms: checkMs,
                    apexCalls: checks.length,
                    requestsPerCall: requestsOf(checks).map((chunk) => chunk.length)
                },
                enable: {
                    ms: enableMs,
                    apexCalls: enables.length,
                    requestsPerCall: requestsOf(enables).map((chunk) => chunk.length),
                    studentsSent: ready.length
                },
                totalApexCalls:
                    (await callsOf(page, 'getCohortContext')).length + resolves.length + checks.length + enables.length
            });
        }
    });
}

/** Registers the enabling flow's cancel test for `scale`: Cancel between chunks, then Enable continues with the rest. */
export function cancelFlowTest(open: OpenCohort, scale: CohortScale): void {
    const sample = cohortSample(scale);
    const { ready } = sample;
    const size = scale.size;

    it(`cancel stops after the current chunk of ${scale.perCall}, marks the rest Not sent, and Enable continues with only those`, async () => {
        // The Cancel click is synchronised with the sending of the second call (cancelWhenSent), so the usual
        // simulated server time is enough to have that call in flight.
        const { page, cohort } = await open('cohort', LATENCY_MS, scale.perCall);
        await findStudents(cohort, sample);
        await run(cohort, 'Check', `Check complete: ${ready.length} ready`);

        // The first chunk is done once the second is on its way: the admin cancels then.
        await cancelWhenSent(cohort, 'enableStudents', 2);
        await cohort.getByRole('button', { name: `Enable ${ready.length} ready students` }).click();
        await waitForCalls(page, 'enableStudents', 2);
        expect(await cancelError(page)).toBeUndefined();
        // ("Stopping after the current chunk…" shows only while the chunk is on its way: too brief to assert here.)
        const sent = 2 * scale.perCall;
        const notSent = ready.length - sent;
        expect(notSent).toBeGreaterThan(0);
        await waitForText(
            cohort.locator('.status-message'),
            `Cancelled: ${sent} enabled, ${notSent} not sent. Click Enable to continue with the rest.`
        );
        await page.waitForTimeout(LATENCY_MS + 500);
        expect(await callsOf(page, 'enableStudents')).toHaveLength(2);
        const sentStudents = ready.slice(0, sent);
        expect(await counts(cohort)).toMatchObject({
            notSent,
            created: sentStudents.filter((student) => student.kind === 'create').length,
            reactivated: sentStudents.filter((student) => student.kind === 'reactivate').length
        });
        const statuses = await column(cohort, 'Status');
        ready.forEach((student, position) =>
            expect(statuses[student.index - 1]).toBe(
                position < sent ? (student.kind === 'create' ? 'Enabled' : 'Reactivated') : 'Not sent (cancelled)'
            )
        );
        await screenshot(page, `cohort-cancelled-${size}`, false);

        // Re-run: only the students never sent.
        await run(cohort, `Enable ${notSent} ready students`, `Run complete: ${ready.length} enabled, 0 failed.`);
        const enables = requestsOf(await callsOf(page, 'enableStudents'));
        expect(enables.map((chunk) => chunk.length)).toEqual([
            scale.perCall,
            scale.perCall,
            ...sample.chunkSizes(notSent)
        ]);
        expect(
            enables
                .slice(2)
                .flat()
                .map((request) => request.contactId)
        ).toEqual(ready.slice(sent).map((student) => student.contactId));
    });
}
