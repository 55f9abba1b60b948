import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS_DIR } from '../lib/paths';
import { cohortTestSession, waitForText } from './cohort';
import { run } from './cohortEnableFlow';

/**
 * `npm run test:deep`: 5,000 students on the cohort page. The table shows one page of 500 (c-student-cohort-pager);
 * this measures the page after Find students, a page turn, and a Check of all 5,000 (25 calls of 200, the shown page
 * rebuilt after each), and writes the times to screenshots/metrics-cohort-5000.json.
 */

jest.setTimeout(600_000);

const open = cohortTestSession();

describe('preview: cohort page, 5,000 students (benchmark)', () => {
    it('shows 500 rows a page, turns pages, and checks all 5,000 in calls of 200', async () => {
        const { page, cohort } = await open('cohort-5000', 0);
        const emails = await page.locator('#preview-sample-students').inputValue();
        expect(emails.split('\n')).toHaveLength(5000);
        // 5,000 lines (about 170 KB) take a while to type into the real textarea on a busy machine.
        let started = Date.now();
        await cohort.getByRole('textbox', { name: 'Contact ids or emails' }).fill(emails, { timeout: 300_000 });
        const pasteMs = Date.now() - started;

        started = Date.now();
        await cohort.getByRole('button', { name: 'Find students' }).click();
        await waitForText(cohort.locator('.page-range'), 'Students 1–500 of 5,000');
        const findMs = Date.now() - started;
        expect(await cohort.locator('lightning-datatable tbody tr').count()).toBe(500);

        started = Date.now();
        await cohort.getByRole('button', { name: 'Next page' }).click();
        await waitForText(cohort.locator('.page-range'), 'Students 501–1,000 of 5,000');
        const pageMs = Date.now() - started;

        started = Date.now();
        await run(cohort, 'Check', 'Check complete:');
        const checkMs = Date.now() - started;
        expect(await cohort.locator('lightning-datatable tbody tr').count()).toBe(500);

        const metrics = { students: 5000, rowsShown: 500, pasteMs, findMs, pageMs, checkMs, calls: 25 };
        mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        writeFileSync(join(SCREENSHOTS_DIR, 'metrics-cohort-5000.json'), `${JSON.stringify(metrics, null, 4)}\n`);
        console.log(
            `Cohort 5,000 students: paste ${pasteMs} ms, Find students to the first page ${findMs} ms, a page turn ${pageMs} ms, Check of all ${checkMs} ms.`
        );
    });
});
