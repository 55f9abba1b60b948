import type { Locator, Page } from 'playwright-core';
import { RESULT_COLUMNS } from '../../scripts/student-users/results-format';
import { seriousViolations } from './axe';
import {
    advanceUntil,
    advanceUntilText,
    cohortSample,
    installClock,
    cohortTestSession,
    counts,
    downloadCsv,
    findStudents,
    lwcFixture,
    SMALL_SCALE,
    waitForText
} from './cohort';
import { apexCalls, screenshot } from './harness';

/**
 * The in-org run (issue #24) in the preview: the admin's 50,000-student run found on load (getLatestRun, as after
 * closing the browser), live, cancelled, resumed and completed, its results file read from every getRunResults page;
 * and a run started from the cohort page after the limits were shown. The stand-in carries the runs out on a
 * simulated clock (`runSpeed` times real time) with the chunking rules of scripts/in-org-run/policy.ts. The expected
 * counts are worked out here from the scenario fixture's rules, independently of the stand-in.
 */

jest.setTimeout(60_000);

const open = cohortTestSession();

interface RunScenario {
    name: string;
    studentCount: number;
    skippedEvery: number;
    failures: { every: number; code: string; message: string; fix: string }[];
}

const SCENARIO = lwcFixture('studentUserRunProgress', 'inOrgRunScenario') as RunScenario;
const WARNINGS = lwcFixture('studentCohortInOrgRun', 'warnings') as { code: string; message: string; fix: string }[];

/** The outcome of each position (from 1): skipped first, then the first failure rule that matches. */
function expectedOutcome(position: number): { status: string; code: string } {
    if (position % SCENARIO.skippedEvery === 0) return { status: 'SKIPPED', code: '' };
    const rule = SCENARIO.failures.find((candidate) => position % candidate.every === 0);
    return rule ? { status: 'FAILED', code: rule.code } : { status: 'SUCCEEDED', code: '' };
}

const EXPECTED = (() => {
    const byCode = new Map<string, number>();
    let skipped = 0;
    for (let position = 1; position <= SCENARIO.studentCount; position++) {
        const outcome = expectedOutcome(position);
        if (outcome.status === 'SKIPPED') skipped++;
        if (outcome.status === 'FAILED') byCode.set(outcome.code, (byCode.get(outcome.code) ?? 0) + 1);
    }
    const failed = [...byCode.values()].reduce((sum, count) => sum + count, 0);
    return { skipped, failed, succeeded: SCENARIO.studentCount - skipped - failed, byCode };
})();

/** How many times faster than real time the runs go in these tests: each 5 s poll is 2,000 s of the org's time. */
const RUN_SPEED = 400;
/** The page's polling interval (studentUserRunProgress), the step of the page's clock here. */
const POLL_MS = 5_000;

const bar = (progress: Locator): Locator => progress.getByRole('progressbar', { name: 'Students with an outcome' });

async function valueNow(progress: Locator): Promise<number> {
    return Number(await bar(progress).getAttribute('aria-valuenow'));
}

async function runCalls(page: Page, method: string): Promise<unknown[]> {
    return (await apexCalls(page))
        .filter((call) => call.method === `StudentUserRunController.${method}`)
        .map((call) => call.params);
}

describe(`preview: an in-org run of ${SCENARIO.studentCount} students`, () => {
    it('shows the run found on load live, cancels it, resumes it to the end, and downloads its results', async () => {
        const { page, cohort } = await open('cohort-in-org-run', 0, undefined, `&runSpeed=${RUN_SPEED}`, installClock);
        const progress = cohort.locator('c-student-user-run-progress');
        await waitForText(progress.locator('.run-title'), `In-org run ${SCENARIO.name}`);
        expect(await runCalls(page, 'getLatestRun')).toHaveLength(1);
        expect(await bar(progress).getAttribute('aria-valuemax')).toBe(String(SCENARIO.studentCount));
        expect(await progress.getByRole('link', { name: 'Open the run record' }).getAttribute('href')).toMatch(
            /^\/lightning\/r\/Student_User_Run__c\/a0C5g00000RUN001AAA\/view$/
        );

        // Progress: the page reads the run again every 5 s and the bar moves.
        const first = await valueNow(progress);
        const moved = await advanceUntil(
            page,
            POLL_MS,
            () => valueNow(progress),
            (value) => value > first && value > 0,
            'progress'
        );
        expect(moved).toBeLessThan(SCENARIO.studentCount);
        await waitForText(progress.locator('.progress-text'), 'Running:');
        expect(await progress.locator('.rate').innerText()).toMatch(/^Rate: [1-9]\d* students a minute$/);
        expect(await progress.locator('.time-left').innerText()).toMatch(/^Time left: about /);
        expect(await progress.getByRole('status').innerText()).toContain(`Run ${SCENARIO.name}: Running.`);
        await screenshot(page, 'in-org-run-progress', false);
        expect(await seriousViolations(page)).toEqual([]);

        // Cancel: the current chunk finishes, then nothing moves and the page stops reading.
        await progress.getByRole('button', { name: 'Cancel run' }).click();
        expect(await runCalls(page, 'cancelRun')).toEqual([{ runId: 'a0C5g00000RUN001AAA' }]);
        await advanceUntilText(page, POLL_MS, progress.locator('.progress-text'), 'Cancelled:');
        const atCancel = await valueNow(progress);
        expect(atCancel).toBeLessThan(SCENARIO.studentCount);
        const reads = (await runCalls(page, 'getRunStatus')).length;
        await page.clock.runFor(POLL_MS + 1_000);
        expect(await valueNow(progress)).toBe(atCancel);
        expect((await runCalls(page, 'getRunStatus')).length).toBe(reads);
        expect(await progress.getByRole('button', { name: 'Cancel run' }).count()).toBe(0);

        // Resume: it goes on from where it stopped, to the end.
        await progress.getByRole('button', { name: 'Resume run' }).click();
        expect(await runCalls(page, 'resumeRun')).toEqual([{ runId: 'a0C5g00000RUN001AAA' }]);
        await advanceUntilText(page, POLL_MS, progress.locator('.progress-text'), 'Completed:');
        expect(await valueNow(progress)).toBe(SCENARIO.studentCount);
        expect(await counts(progress)).toEqual({
            total: SCENARIO.studentCount,
            succeeded: EXPECTED.succeeded,
            failed: EXPECTED.failed,
            skipped: EXPECTED.skipped,
            pending: 0
        });
        const failureRows = await progress
            .locator('tr.failure')
            .evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim())));
        expect(failureRows).toEqual([
            ['USERNAME_TAKEN', 'Username already taken', String(EXPECTED.byCode.get('USERNAME_TAKEN'))],
            ['NO_EMAIL', 'The contact has no email', String(EXPECTED.byCode.get('NO_EMAIL'))]
        ]);
        // Every 45th job died of the CPU limit and was retried at half the size.
        expect(await progress.locator('.engine').innerText()).toMatch(/chunks retried smaller after a limit [1-9]\d*$/);
        expect(await progress.getByRole('status').innerText()).toContain(`Run ${SCENARIO.name}: Completed.`);

        // The results file: every page of getRunResults, the cohort page's enable columns.
        const csv = await downloadCsv(page, progress);
        expect(csv.name).toBe(`${SCENARIO.name}.results.csv`);
        const lines = csv.text.trimEnd().split('\n');
        expect(lines[0]).toBe(RESULT_COLUMNS.join(','));
        expect(lines).toHaveLength(SCENARIO.studentCount + 1);
        const pages = (await runCalls(page, 'getRunResults')) as { afterPosition: number; pageSize: number }[];
        expect(pages.map((call) => call.afterPosition)).toEqual(
            Array.from({ length: SCENARIO.studentCount / 2000 + 1 }, (_, index) => index * 2000)
        );
        const statusColumn = RESULT_COLUMNS.indexOf('status');
        const codeColumn = RESULT_COLUMNS.indexOf('errorCode');
        const cells = lines.slice(1).map((line) => line.split(','));
        expect(cells.map((row) => Number(row[0]))).toEqual(
            Array.from({ length: SCENARIO.studentCount }, (_, index) => index + 1)
        );
        cells.forEach((row) => {
            const expected = expectedOutcome(Number(row[0]));
            if (row[statusColumn] !== expected.status || (expected.code && row[codeColumn] !== expected.code)) {
                throw new Error(`CSV row ${row[0]}: ${row.join(',')} is not ${JSON.stringify(expected)}`);
            }
        });
        await waitForText(progress.locator('.built'), `Results file ready: ${SCENARIO.studentCount} students.`);
        await screenshot(page, 'in-org-run-completed', false);
        expect(await seriousViolations(page)).toEqual([]);
    });

    it('starts a run of the selected students after showing the limits it would meet', async () => {
        const sample = cohortSample(SMALL_SCALE);
        const { page, cohort } = await open('cohort', 0, undefined, `&runSpeed=${RUN_SPEED}`, installClock);
        expect(await runCalls(page, 'getLatestRun')).toHaveLength(1);
        expect(await cohort.locator('c-student-user-run-progress').count()).toBe(0);
        await findStudents(cohort, sample);
        const inOrg = cohort.locator('c-student-cohort-in-org-run');
        // The label, as a person clicks it (SLDS draws the box over the input).
        await inOrg.locator('label').filter({ hasText: 'Dry run: check only, change nothing' }).click();
        expect(await inOrg.getByRole('checkbox', { name: 'Dry run: check only, change nothing' }).isChecked()).toBe(
            true
        );
        await inOrg.getByRole('button', { name: `Prepare an in-org run of ${sample.scale.size} students` }).click();
        await waitForText(inOrg.locator('.before-start'), 'Before you start');
        expect(
            await inOrg.locator('.warning').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))
        ).toEqual(WARNINGS.map((warning) => warning.code));
        const contactIds = sample.students.map((student) => student.contactId);
        expect(await runCalls(page, 'getRunWarnings')).toEqual([{ action: 'ENABLE', contactIds }]);
        expect(await runCalls(page, 'startRun')).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);

        await inOrg.getByRole('button', { name: 'Start run' }).click();
        // The page's own enable settings go with an ENABLE run (the scenario's default licence and profile, welcome
        // email on; this scenario chooses no time zone).
        expect(await runCalls(page, 'startRun')).toEqual([
            {
                action: 'ENABLE',
                contactIds,
                dryRun: true,
                confirmDisable: false,
                enableOptions: {
                    licenseKey: 'PID_Customer_Community_Plus_Login',
                    profileId: '00e5g000001StudtAA',
                    sendWelcomeEmail: true
                }
            }
        ]);
        const progress = inOrg.locator('c-student-user-run-progress');
        await waitForText(progress.locator('.dry-run'), 'Dry run: students are checked, nothing is changed.');
        await advanceUntilText(
            page,
            POLL_MS,
            progress.locator('.progress-text'),
            `Completed: ${sample.scale.size} of ${sample.scale.size}`
        );
        expect(
            await inOrg
                .getByRole('button', { name: `Prepare an in-org run of ${sample.scale.size} students` })
                .isDisabled()
        ).toBe(false);
    });
});
