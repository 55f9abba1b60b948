// @ts-nocheck
'use strict';
/**
 * `npm install` / `npm ci` run this (the `prepare` script): installs the pre-commit hook (husky, .husky/pre-commit:
 * lint-staged formats and lints the staged files). Skipped in CI (CI=true or 1) and outside a git checkout (a
 * tarball); never fails the install: a hook that cannot be set up is reported and skipped.
 */
const { existsSync } = require('node:fs');

function skip(reason) {
    console.log(`git hooks not installed: ${reason}`);
}

if (['true', '1'].includes(String(process.env.CI).toLowerCase())) {
    skip('CI');
} else if (!existsSync('.git')) {
    skip('not a git checkout (.git is missing)');
} else {
    import('husky')
        .then(({ default: install }) => {
            const problem = install();
            if (problem) skip(problem);
            else console.log('git hooks installed: pre-commit runs lint-staged (Prettier, ESLint on the staged files)');
        })
        .catch((error) => skip(error instanceof Error ? error.message : String(error)));
}
