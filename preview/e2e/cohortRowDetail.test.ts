import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { FORCE_APP_DIR } from '../lib/paths';
import { seriousViolations } from './axe';
import { RECIPE, sampleStudent, waitForText, cohortTestSession } from './cohort';
import { apexCalls, expectText, screenshot, TEST_TIMEOUT_MS, waitForFocus } from './harness';
import { tabTo } from './keyboard';

/**
 * The cohort page's row detail ("why can't this student log in?") in a real browser, over the small cohort of the
 * scenario cohort-row-detail (6 students, studentCohortRowDetail/__tests__/data/rowDetailCohort.json): the Login
 * status button of each row is enabled only once the check knows the student's portal user; Enter on it shows the
 * existing login status of that student, focused; its one-click Unfreeze runs for that student by keyboard; Escape
 * closes it and returns to the table; axe finds nothing serious with the detail open.
 */

jest.setTimeout(TEST_TIMEOUT_MS);

const ACTION_METHOD = 'StudentLoginStatusController.runLoginAction';

interface RowDetailScenario {
    recipe: Partial<typeof RECIPE>;
    withUser: number[];
}

const SCENARIO = JSON.parse(
    readFileSync(
        join(
            FORCE_APP_DIR,
            'main',
            'default',
            'lwc',
            'studentCohortRowDetail',
            '__tests__',
            'data',
            'rowDetailCohort.json'
        ),
        'utf8'
    )
) as RowDetailScenario;

/** The scenario's students: the sample recipe's rules (cohort.ts) with the scenario's size. */
const STUDENTS = Array.from({ length: SCENARIO.recipe.size ?? 0 }, (_, position) => sampleStudent(position + 1));

const open = cohortTestSession();

/** The Login status button of the table row of student `index` (from 1). */
function loginStatusButton(cohort: Locator, index: number): Locator {
    return cohort
        .locator('lightning-datatable tbody tr')
        .nth(index - 1)
        .getByRole('button', { name: 'Login status' });
}

/** The Login column's cell of student `index`: the grid's keyboard focus is on the cell or on its button. */
function loginStatusCell(cohort: Locator, index: number): Locator {
    return cohort
        .locator('lightning-datatable tbody tr')
        .nth(index - 1)
        .locator('td[data-label="Login"]');
}

/** Waits until the focus is on the element or inside it. */
async function waitForFocusWithin(locator: Locator): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
        if (await locator.evaluate((element) => element.matches(':focus-within')).catch(() => false)) {
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const focused = await locator.page().evaluate(() => {
        const find = (root: Document | ShadowRoot): string => {
            const active = root.activeElement;
            if (!active) return 'nothing';
            return active.shadowRoot?.activeElement ? find(active.shadowRoot) : active.outerHTML.slice(0, 400);
        };
        return find(document);
    });
    throw new Error(`${String(locator)} did not receive focus; focus is on ${focused}.`);
}

async function disabledRows(cohort: Locator): Promise<number[]> {
    const rows: number[] = [];
    for (let index = 1; index <= STUDENTS.length; index++) {
        if (await loginStatusButton(cohort, index).isDisabled()) {
            rows.push(index);
        }
    }
    return rows;
}

describe('cohort page: row detail (why can’t this student log in?)', () => {
    it('opens the login status of a checked row by keyboard, unfreezes that student, and Escape returns to the table', async () => {
        const result = await open('cohort-row-detail', 0);
        const { page, cohort } = result;
        await waitForText(cohort.locator('.students-found'), `${STUDENTS.length} students selected.`);
        expect(await disabledRows(cohort)).toEqual(STUDENTS.map((student) => student.index));

        await cohort.getByRole('button', { name: 'Check', exact: true }).click();
        await waitForText(cohort.locator('.status-message'), 'Check complete');
        const withoutUser = STUDENTS.map((student) => student.index).filter(
            (index) => !SCENARIO.withUser.includes(index)
        );
        expect(await disabledRows(cohort)).toEqual(withoutUser);

        const [first, second] = SCENARIO.withUser.map((index) => STUDENTS[index - 1]);
        expect(await loginStatusButton(cohort, first.index).getAttribute('title')).toBe(
            `Why can or can’t ${first.name} log in? Show the login status.`
        );
        // A pointer user clicks the button; the keyboard path is the second student's, below.
        await loginStatusButton(cohort, first.index).click();

        const region = cohort.getByRole('region', { name: `Login status of ${first.name}` });
        await waitForFocus(region);
        await expectText(region, `${first.name} cannot log in: 1 of the checks below fail.`);
        await screenshot(page, 'cohort-row-detail');
        expect(await seriousViolations(page)).toEqual([]);

        const unfreeze = region.getByRole('button', { name: 'Unfreeze' });
        await tabTo(page, unfreeze);
        await page.keyboard.press('Enter');
        await expectText(region.locator('.result'), `The user of ${first.name} is unfrozen.`);
        await expectText(region, `${first.name} can log in: every check below passes.`);
        const actions = (await apexCalls(page)).filter((call) => call.method === ACTION_METHOD);
        expect(actions.map((call) => call.params)).toEqual([{ contactId: first.contactId, action: 'UNFREEZE' }]);

        await page.keyboard.press('Escape');
        await region.waitFor({ state: 'detached' });
        await waitForFocus(cohort.locator('div.table'));

        // By keyboard, in the grid: Tab enters it at its active cell (the first student's button), ArrowDown moves to
        // the next row's button, Enter acts on it (a second Enter when the grid first enters its action mode).
        await page.keyboard.press('Tab');
        await waitForFocusWithin(loginStatusCell(cohort, first.index));
        for (let row = first.index; row < second.index; row++) {
            await page.keyboard.press('ArrowDown');
        }
        await waitForFocusWithin(loginStatusCell(cohort, second.index));
        await page.keyboard.press('Enter');
        if ((await cohort.locator('c-student-cohort-row-detail').count()) === 0) {
            await page.keyboard.press('Enter');
        }
        const next = cohort.getByRole('region', { name: `Login status of ${second.name}` });
        await waitForFocus(next);
        await expectText(next, `${second.name} cannot log in: 1 of the checks below fail.`);
        expect(await next.locator('.result-message').count()).toBe(0);
        await tabTo(page, next.getByRole('button', { name: 'Close login status' }));
        await page.keyboard.press('Enter');
        await next.waitFor({ state: 'detached' });
    });
});
