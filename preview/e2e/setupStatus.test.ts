import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seriousViolations } from './axe';
import { cohortTestSession, CONTROLLER } from './cohort';
import { apexCalls, expectText, screenshot, TEST_TIMEOUT_MS } from './harness';
import { tabTo } from './keyboard';
import type { SetupStatus } from '@salesforce/apex/StudentCohortController.getSetupStatus';

jest.setTimeout(TEST_TIMEOUT_MS);

/** The answer the preview gives: the Jest fixture of studentSetupStatus, so the two cannot drift apart. */
const STATUS = JSON.parse(
    readFileSync(
        join(__dirname, '../../force-app/main/default/lwc/studentSetupStatus/__tests__/data/setupStatus.json'),
        'utf8'
    )
) as SetupStatus;

const STATUS_TEXT = { DONE: 'Done', TODO: 'To do', UNREADABLE: 'Cannot be read here' };

const openCohort = cohortTestSession();

describe('preview: the Setup view on the Student Portal Users tab', () => {
    it('lists every step under the cohort page with its status, fix and Setup link, and passes axe', async () => {
        const { page } = await openCohort('setup', 0);
        const setup = page.locator('c-student-setup-status');
        await expectText(setup.locator('.setup-summary'), 'of 12 steps done', 30_000);

        const steps = setup.locator('li.setup-step');
        expect(await steps.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.key))).toEqual(
            STATUS.checks.map((check) => check.key)
        );
        for (const check of STATUS.checks) {
            const item = setup.locator(`li[data-key="${check.key}"]`);
            await expectText(item.locator('.setup-status'), STATUS_TEXT[check.status]);
            await expectText(item.locator('.setup-detail'), check.detail);
            const link = item.getByRole('link', { name: `Open in Setup: ${check.title}` });
            expect(await link.getAttribute('href')).toBe(check.link);
            expect(await item.locator('.setup-fix').count()).toBe(check.status === 'DONE' ? 0 : 1);
        }
        expect(await setup.getByRole('heading', { name: /A live Experience Cloud site/ }).count()).toBe(1);

        await screenshot(page, 'setup-status');
        expect(await seriousViolations(page)).toEqual([]);
        const setupCalls = (await apexCalls(page)).filter((call) => call.method === `${CONTROLLER}.getSetupStatus`);
        expect(setupCalls).toEqual([{ method: `${CONTROLLER}.getSetupStatus`, params: {} }]);
    });

    it('with the keyboard only: "Check again" asks the server again', async () => {
        const { page } = await openCohort('setup', 0);
        const setup = page.locator('c-student-setup-status');
        await expectText(setup.locator('.setup-summary'), 'of 12 steps done', 30_000);
        const again = setup.getByRole('button', { name: 'Check again' });
        await tabTo(page, again);
        await page.keyboard.press('Enter');
        await page.waitForFunction(
            (method) =>
                (window as unknown as { __apexCalls: { method: string }[] }).__apexCalls.filter(
                    (call) => call.method === method
                ).length === 2,
            `${CONTROLLER}.getSetupStatus`
        );
        await expectText(setup.locator('.setup-summary'), 'of 12 steps done');
        expect(await seriousViolations(page)).toEqual([]);
    });
});
