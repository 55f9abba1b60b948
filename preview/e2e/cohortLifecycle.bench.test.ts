import { cohortTestSession, FULL_SCALE } from './cohort';
import { lifecycleFlowTests } from './cohortLifecycleFlow';

/**
 * `npm run test:deep`: the cohort page's lifecycle mode with the 500 sample students (selected by the program-end
 * helper) and the service's budget of 200 a call; prints the check and run times. The same flows at small scale run in
 * `npm test` (cohortLifecycle.test.ts).
 */

/** 500 table rows re-render per chunk: minutes on a busy 2-core machine. */
jest.setTimeout(600_000);

const open = cohortTestSession();

describe(`preview: cohort page, lifecycle mode, ${FULL_SCALE.size} students (benchmark)`, () => {
    lifecycleFlowTests(open, FULL_SCALE, { selectWithProgramEnd: true });
});
