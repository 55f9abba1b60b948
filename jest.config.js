const { existsSync } = require('node:fs');
const { availableParallelism } = require('node:os');
const { join } = require('node:path');
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

/** Jest refuses a missing root; a project whose folder does not exist yet simply has no tests. */
const existing = (...dirs) => dirs.filter((dir) => existsSync(join(__dirname, dir))).map((dir) => `<rootDir>/${dir}`);

/**
 * TypeScript tests, and the LWC's plain modules (ES modules) that they import, are transpiled only, by SWC (tsc
 * --noEmit type-checks them in its own step): the CLI's results format takes its column lists from
 * c/studentUserShared, and tests compare modules with the CLI. SWC rather than ts-jest, because a cold run transpiles
 * every file: the scripts project cold took 41 CPU-s instead of 52 (two runs each, 2 cores; warm runs unchanged, #23).
 */
const SWC = [
    '@swc/jest',
    {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: 'inline'
    }
];
const TRANSFORM = { '^.+\\.ts$': SWC, '^.+/force-app/.+\\.js$': SWC };

/** The browser tests of the preview: one shared headless Chromium (global setup), one retry with the first failure logged. */
const BROWSER_PROJECT = {
    testEnvironment: 'node',
    roots: existing('preview'),
    globalSetup: '<rootDir>/preview/e2e/global-setup.ts',
    globalTeardown: '<rootDir>/preview/e2e/global-teardown.ts',
    setupFilesAfterEnv: ['<rootDir>/preview/e2e/retry-setup.ts'],
    transform: TRANSFORM,
    // The LWC JavaScript's coverage is the lwc project's (see the scripts project).
    coveragePathIgnorePatterns: ['/node_modules/', '/force-app/']
};

/** Lightning Web Components (sfdx-lwc-jest), the TypeScript tools, and the browser tests of the preview. */
module.exports = {
    projects: [
        {
            ...jestConfig,
            displayName: 'lwc',
            roots: existing('force-app'),
            moduleNameMapper: {
                ...(jestConfig.moduleNameMapper || {}),
                '^lightning/actions$': '<rootDir>/jest/mocks/lightning/actions'
            }
        },
        {
            displayName: 'scripts',
            testEnvironment: 'node',
            roots: existing('scripts'),
            testMatch: ['**/__tests__/**/*.test.ts'],
            testPathIgnorePatterns: ['/node_modules/', '\\.deep\\.test\\.ts$'],
            // Node 22: Symbol.dispose in the test context, which the HTTP client of jsforce needs (see the file).
            setupFiles: ['<rootDir>/jest/setup/symbol-dispose.js'],
            // The LWC modules those tests import may import the shared LWC module (c/studentUserShared).
            moduleNameMapper: { '^c/(\\w+)$': '<rootDir>/force-app/main/default/lwc/$1/$1.js' },
            // The LWC JavaScript's coverage is the lwc project's: the same files loaded here through SWC would be
            // instrumented differently and merged over it.
            coveragePathIgnorePatterns: ['/node_modules/', '/force-app/'],
            transform: TRANSFORM
        },
        {
            // `npm run test:deep`: tests that take tens of seconds each (the Graph Engine over a fixture)
            displayName: 'deep',
            testEnvironment: 'node',
            roots: existing('scripts'),
            testMatch: ['**/__tests__/**/*.deep.test.ts'],
            transform: TRANSFORM
        },
        {
            // One headless Chromium for every browser test file, launched by the globalSetup (see browser.ts)
            ...BROWSER_PROJECT,
            displayName: 'e2e',
            testMatch: ['**/e2e/**/*.test.ts'],
            testPathIgnorePatterns: ['/node_modules/', '\\.bench\\.test\\.ts$']
        },
        {
            // `npm run test:deep`: the browser flows at full scale (500 students), which record their timings
            ...BROWSER_PROJECT,
            displayName: 'bench',
            testMatch: ['**/e2e/**/*.bench.test.ts']
        }
    ],
    // One worker more than the CPUs (3 on 2 cores; Jest's default is one less): the browser tests mostly wait on
    // Chromium, and a third file fills that wait (measured warm on 2 cores: npm test 100-101 s, 105 s with 2 workers).
    maxWorkers: Math.max(3, availableParallelism() + 1),
    // A file's first test also loads what it imports (jsforce, the fake org): seconds on a cold, loaded machine (in a
    // fresh clone at load 18, a first test of org-facts.test.ts went past Jest's default 5 s). A global option in
    // Jest 29 (not per project); browser tests and tests that start processes set longer ones.
    testTimeout: 30_000,
    // Browser files first on a cold run (no timings yet), see the file.
    testSequencer: '<rootDir>/jest/setup/sequencer.js',
    collectCoverageFrom: ['force-app/**/lwc/**/*.js', '!**/__tests__/**'],
    coverageThreshold: {
        global: { lines: 90, branches: 90 }
    }
};
