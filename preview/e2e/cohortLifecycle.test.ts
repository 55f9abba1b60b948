import { seriousViolations } from './axe';
import { callsOf, cohortTestSession, SMALL_SCALE, STUDENTS, waitForText } from './cohort';
import {
    ACTIONS_WITHOUT_DISABLE,
    actionNames,
    chooseAction,
    lifecycleFlowTests,
    lifecycleRequests,
    run
} from './cohortLifecycleFlow';
import { waitForFocus } from './harness';
import { tabTo } from './keyboard';

/**
 * The cohort page's lifecycle mode in the preview, in `npm test`: the flows with a few students and a small per-call
 * budget (three calls), Disable behind its permission and confirmation, and the keyboard. The flows with the 500
 * sample students are cohortLifecycle.bench.test.ts (`npm run test:deep`).
 */

jest.setTimeout(180_000);

const open = cohortTestSession();

describe(`preview: cohort page, lifecycle mode (${SMALL_SCALE.size} students, ${SMALL_SCALE.perCall} a call)`, () => {
    lifecycleFlowTests(open, SMALL_SCALE, { selectWithProgramEnd: false });

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
