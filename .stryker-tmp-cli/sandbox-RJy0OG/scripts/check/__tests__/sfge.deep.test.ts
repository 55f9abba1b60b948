// @ts-nocheck
import { fixture, runCheck, SLOW } from './fixtures';

/** `npm run test:deep`: the Graph Engine takes tens of seconds even over a one-class project. */
describe('sfge over a clean project', () => {
    it(
        'passes (the engine ran without errors)',
        async () => {
            expect(await runCheck('sfge', fixture('clean-minimal'))).toEqual([]);
        },
        SLOW
    );
});
