/**
 * Browser tests only (Jest project `e2e`): a failed test runs once more, and the first failure is printed before the
 * retry (`logErrorsBeforeRetry`), so a flaky timing stays visible in the log without turning the run red. Measured on
 * a 2-core machine at load 5-13: in about one full run in four, one 500-student or keyboard test lost a 30 s wait, a
 * keystroke, or a progress step between two painted frames, and passed on the next run. Unit tests (projects `lwc`,
 * `scripts`) never retry.
 */
// @ts-nocheck

import { jest } from '@jest/globals';

jest.retryTimes(1, { logErrorsBeforeRetry: true });
