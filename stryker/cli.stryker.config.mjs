import { areaConfig } from './stryker.shared.mjs';

/**
 * Mutation part "cli" of the area "scripts": the CSV command (scripts/student-users) against the Jest project
 * `scripts`, with reports and incremental results of their own (reports/mutation/cli.*). The fake org and the
 * benchmark are test tools, not mutated.
 */
export default areaConfig(
    'scripts',
    [
        'scripts/student-users/**/*.ts',
        '!scripts/student-users/**/__tests__/**',
        '!scripts/student-users/testing/**',
        '!scripts/student-users/bench.ts',
        '!scripts/**/*.d.ts'
    ],
    'cli'
);
