import { seriousViolations } from './axe';
import { callsOf, cohortTestSession, requestsOf, SMALL_SCALE, STUDENTS, waitForCalls, waitForText } from './cohort';
import { enableFlowTests, run } from './cohortEnableFlow';
import { screenshot } from './harness';

/**
 * The cohort page in the preview, in `npm test`: the enabling flow with a few students and a small per-call budget
 * (three calls, the last one short), the list view's selection, and the entries it cannot use. The same flow with the
 * 500 sample students and the service's 200 a call, measured, is cohort.bench.test.ts (`npm run test:deep`).
 */

jest.setTimeout(180_000);

const open = cohortTestSession();

describe(`preview: cohort page, ${SMALL_SCALE.size} students, ${SMALL_SCALE.perCall} a call`, () => {
    enableFlowTests(open, SMALL_SCALE, { measure: false });

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
        const { page, cohort } = await open('cohort-list-view', 400, 50);
        await waitForText(cohort.locator('.students-found'), '200 students selected.');
        await run(cohort, 'Check', 'Check complete:');
        // The answers are held until the refusal is seen: "in flight" on any machine, not a race with 400 ms calls.
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

    it('lists the entries it cannot use, each with its reason', async () => {
        const { cohort } = await open('cohort', 0);
        await cohort
            .getByRole('textbox', { name: 'Contact ids or emails' })
            .fill(`${STUDENTS[0].email}\nhello\nnobody@uni.example.edu\n${STUDENTS[0].contactId}`);
        await cohort.getByRole('button', { name: 'Find students' }).click();
        await waitForText(cohort.locator('.issues'), '3 entries not used');
        expect(await cohort.locator('.issue').allInnerTexts()).toEqual([
            '“hello” is neither a Contact id, an Account id nor an email address. Paste 18-character Contact ids, person Account ids or emails.',
            'No contact you can see has the id or email “nobody@uni.example.edu”. Check the entry and your access to the contact.',
            `“${STUDENTS[0].contactId}” names ${STUDENTS[0].name}, who is already selected; the repeat is ignored.`
        ]);
        await waitForText(cohort.locator('.students-found'), '1 students selected.');
    });
});
