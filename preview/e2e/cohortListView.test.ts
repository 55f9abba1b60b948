import { seriousViolations } from './axe';
import { callsOf, cohortTestSession, requestsOf, STUDENTS, waitForCalls, waitForText } from './cohort';
import { run } from './cohortEnableFlow';
import { screenshot } from './harness';

/**
 * The cohort page started from a list view (200 selected students passed through the flow), in `npm test`: one resolve
 * call for all of them, and the flow's Finish refused while a run is in flight. A file of its own, beside
 * cohort.test.ts, so that Jest's workers share them (issue #23).
 */

jest.setTimeout(180_000);

const open = cohortTestSession();

describe('preview: cohort page from a list view, 200 students', () => {
    it('starts from the ids a list view passes through the flow (200 selected) with one resolve call', async () => {
        const { page, cohort } = await open('cohort-list-view', 0);
        await waitForText(cohort.locator('.from-list-view'), '200 records selected in the list view.');
        await waitForText(cohort.locator('.students-found'), '200 students selected.');
        const resolves = await callsOf(page, 'resolveStudents');
        expect(resolves).toEqual([
            {
                method: 'StudentCohortController.resolveStudents',
                params: { idsOrEmails: STUDENTS.slice(0, 200).map((student) => student.contactId) }
            }
        ]);
        await run(cohort, 'Check', 'Check complete:');
        expect(requestsOf(await callsOf(page, 'checkStudents')).map((chunk) => chunk.length)).toEqual([200]);
        await screenshot(page, 'cohort-list-view', false);
        expect(await seriousViolations(page)).toEqual([]);
    });

    it("the flow's Finish is refused while the run is in flight, saying how many are not sent; allowed after", async () => {
        const { page, cohort } = await open('cohort-list-view', 0, 50);
        await waitForText(cohort.locator('.students-found'), '200 students selected.');
        await run(cohort, 'Check', 'Check complete:');
        // The answers are held until the refusal is seen: "in flight" on any machine, not a race with the simulated server time (none here).
        await page.evaluate(() => {
            const gate = window as unknown as { __apexGate?: Promise<void>; __openApexGate?: () => void };
            gate.__apexGate = new Promise<void>((resolve) => (gate.__openApexGate = resolve));
        });
        await cohort.getByRole('button', { name: /^Enable \d+ ready students$/ }).click();
        await waitForCalls(page, 'enableStudents', 1);
        const finish = page.locator('.preview-flow-footer').getByRole('button', { name: 'Finish' });
        await finish.click();
        await waitForText(page.locator('.preview-flow-error'), 'students are not sent yet');
        expect(await page.locator('c-student-cohort').count()).toBe(1);
        await page.evaluate(() => {
            const gate = window as unknown as { __apexGate?: Promise<void>; __openApexGate?: () => void };
            gate.__apexGate = undefined;
            gate.__openApexGate?.();
        });
        await waitForText(cohort.locator('.status-message'), 'Run complete:');
        await finish.click();
        await waitForText(page.locator('.preview-flow-finished'), 'Your flow finished.');
    });
});
