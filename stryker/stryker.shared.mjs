/**
 * What the mutation areas share (`npm run test:mutation`, StrykerJS with its Jest runner, outside `npm test`).
 * `area` is the Jest project that tests the code (`stryker/jest.<area>.config.js`); `name` names the reports
 * and the incremental file, so that a part of an area (`checks`, `cli` of `scripts`) keeps results of its own.
 * Incremental: a run reuses the results of the last one (reports/mutation/<name>.incremental.json) for mutants
 * whose code and covering tests did not change, so a second run after a small edit takes seconds to minutes.
 */
export function areaConfig(area, mutate, name = area) {
    return {
        testRunner: 'jest',
        jest: {
            projectType: 'custom',
            configFile: `stryker/jest.${area}.config.js`,
            enableFindRelatedTests: true
        },
        coverageAnalysis: 'perTest',
        mutate,
        ignorePatterns: ['preview/dist', 'screenshots', 'docs/images', '.sf', '.sfdx'],
        tempDirName: '.stryker-tmp',
        incremental: true,
        incrementalFile: `reports/mutation/${name}.incremental.json`,
        reporters: ['clear-text', 'progress', 'html', 'json'],
        htmlReporter: { fileName: `reports/mutation/${name}.html` },
        jsonReporter: { fileName: `reports/mutation/${name}.json` },
        clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
        thresholds: { high: 85, low: 70, break: null },
        timeoutMS: 20000,
        cleanTempDir: true
    };
}
