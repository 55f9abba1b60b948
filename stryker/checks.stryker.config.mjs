import { areaConfig } from './stryker.shared.mjs';

/**
 * Mutation part "checks" of the area "scripts": the offline checks (scripts/check) against the Jest project `scripts`,
 * with reports and incremental results of their own (reports/mutation/checks.*). About 5,000 mutants: on a shared
 * 2-core machine run it by part, e.g. npm run test:mutation:checks -- --mutate 'scripts/check/queried/**\/*.ts'
 * Checks that run only in a child process (through the check CLI) show as "no coverage".
 */
export default areaConfig(
    'scripts',
    ['scripts/check/**/*.ts', '!scripts/check/**/__tests__/**', '!scripts/**/*.d.ts'],
    'checks'
);
