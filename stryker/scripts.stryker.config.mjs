import { areaConfig } from './stryker.shared.mjs';

/**
 * Mutation area "scripts": the CSV command (scripts/student-users) and the offline checks (scripts/check), plus the scratch-org
 * and metadata tools, against the Jest project `scripts`. Code that only child processes run (a check run over a
 * fixture through the CLI) shows as "no coverage": Stryker sees coverage in the Jest process only.
 * One area at a time: npm run test:mutation:scripts -- --mutate 'scripts/student-users/**\/*.ts'
 */
export default areaConfig('scripts', [
    'scripts/**/*.ts',
    '!scripts/**/__tests__/**',
    '!scripts/student-users/testing/**',
    '!scripts/student-users/bench.ts',
    '!scripts/**/*.d.ts'
]);
