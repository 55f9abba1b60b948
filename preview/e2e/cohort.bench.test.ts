import { cohortTestSession, FULL_SCALE } from './cohort';
import { enableFlowTests } from './cohortEnableFlow';

/**
 * `npm run test:deep`: the cohort page's enabling flow with the 500 sample students and the service's budget of 200 a
 * call, as a large cohort is enabled; writes the timings to screenshots/metrics-cohort.json and refreshes the README
 * image when asked (UPDATE_README_IMAGE=1). The same flow at small scale runs in `npm test` (cohort.test.ts).
 */

/** 500 table rows re-render per chunk: minutes on a busy 2-core machine. */
jest.setTimeout(600_000);

const open = cohortTestSession();

describe(`preview: cohort page, ${FULL_SCALE.size} students (benchmark)`, () => {
    enableFlowTests(open, FULL_SCALE, { measure: true });
});
