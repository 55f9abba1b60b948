import { cohortTestSession, SMALL_SCALE } from './cohort';
import { cancelFlowTest } from './cohortEnableFlow';

/**
 * The cohort page's Cancel between chunks, in `npm test`, with the small scale of cohort.test.ts (a file of its own so
 * that it runs beside that file's flow, issue #23). At 500 students it runs in cohort.bench.test.ts.
 */

jest.setTimeout(180_000);

const open = cohortTestSession();

describe(`preview: cohort page, ${SMALL_SCALE.size} students, ${SMALL_SCALE.perCall} a call`, () => {
    cancelFlowTest(open, SMALL_SCALE);
});
