/**
 * What both mutation areas share (`npm run test:mutation`, StrykerJS with its Jest runner, outside `npm test`).
 * Incremental: a run reuses the results of the last one (reports/mutation/<area>.incremental.json) for mutants
 * whose code and covering tests did not change, so a second run after a small edit takes seconds to minutes.
 */
// @ts-nocheck

export function areaConfig(area, mutate) {
    return {
        testRunner: 'jest',
        jest: {
            projectType: 'custom',
            configFile: `test/mutation/jest.${area}.config.js`,
            enableFindRelatedTests: true
        },
        coverageAnalysis: 'perTest',
        mutate,
        ignorePatterns: ['preview/dist', 'screenshots', 'docs/images', '.sf', '.sfdx'],
        tempDirName: '.stryker-tmp',
        incremental: true,
        incrementalFile: `reports/mutation/${area}.incremental.json`,
        reporters: ['clear-text', 'progress', 'html', 'json'],
        htmlReporter: { fileName: `reports/mutation/${area}.html` },
        jsonReporter: { fileName: `reports/mutation/${area}.json` },
        clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
        thresholds: { high: 85, low: 70, break: null },
        timeoutMS: 20000,
        cleanTempDir: true
    };
}
