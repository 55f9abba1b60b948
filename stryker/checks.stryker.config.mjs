import { areaConfig } from './stryker.shared.mjs';

/**
 * Mutation part "checks" of the area "scripts": the offline checks (scripts/check) against the Jest project `scripts`,
 * with reports and incremental results of their own (reports/mutation/checks.*). About 5,000 mutants: on a shared
 * 2-core machine run it by part, e.g. npm run test:mutation:checks -- --mutate 'scripts/check/queried/**\/*.ts'
 * Checks that run only in a child process (through the check CLI) show as "no coverage".
 *
 * `disableTypeChecks` names the code only: by default Stryker puts `// @ts-nocheck` atop every JavaScript and
 * TypeScript file of its sandbox, fixtures included, which moves the lines of the LWC fixture (lwc-apex-contract
 * reports line 5 for 4) and hides the type error the tsc fixture exists for, so the initial test run failed.
 *
 * Where node_modules is a symbolic link (a git worktree sharing another checkout's), Stryker's sandbox gets none (it
 * links real folders only) and the tests that start a tool by its path under node_modules fail the initial run: run
 * from a throwaway copy (git archive HEAD) with `--inPlace`, and copy reports/mutation/checks.incremental.json across.
 */
export default {
    ...areaConfig(
        'scripts',
        ['scripts/check/**/*.ts', '!scripts/check/**/__tests__/**', '!scripts/**/*.d.ts'],
        'checks'
    ),
    disableTypeChecks: 'scripts/**/*.{js,ts,mjs,cjs}'
};
