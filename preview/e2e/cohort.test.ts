import { cohortTestSession, SMALL_SCALE, STUDENTS, waitForText } from './cohort';
import { enableFlowTest } from './cohortEnableFlow';

/**
 * The cohort page in the preview, in `npm test`: the enabling flow with a few students and a small per-call budget
 * (three calls, the last one short), and the entries it cannot use. Its cancel test is cohortCancel.test.ts and the
 * list view's selection cohortListView.test.ts: separate files, so that Jest's workers run them side by side (issue
 * #23). The same flow with the 500 sample students and the service's 200 a call, measured, is cohort.bench.test.ts
 * (`npm run test:deep`).
 */

jest.setTimeout(180_000);

const open = cohortTestSession();

describe(`preview: cohort page, ${SMALL_SCALE.size} students, ${SMALL_SCALE.perCall} a call`, () => {
    enableFlowTest(open, SMALL_SCALE, { measure: false });

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
