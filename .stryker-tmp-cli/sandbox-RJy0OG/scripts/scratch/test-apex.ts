/**
 * `npm run test:apex -- --target-org <alias>`: every local Apex test with code coverage (JUnit + JSON reports in
 * reports/apex), then a gate on the coverage of the product classes (default 90%).
 */
// @ts-nocheck

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { log, PROJECT_ROOT, runCli } from './cli-support';
import { findProductUnits } from './coverage';
import { parseTestApexOptions } from './options';
import { PRODUCT_SOURCE_DIR } from './project';
import { createSfRunner } from './sf';
import { runSteps } from './steps';
import { createTestApexContext, testApexSteps } from './test-apex-flow';

runCli(async () => {
    const options = parseTestApexOptions(process.argv.slice(2));
    const units = findProductUnits(join(PROJECT_ROOT, PRODUCT_SOURCE_DIR));
    const context = createTestApexContext(options, units);
    const outcome = await runSteps(testApexSteps(createSfRunner(PROJECT_ROOT), log), context, log);
    const outputDir = resolve(PROJECT_ROOT, options.outputDir);
    mkdirSync(outputDir, { recursive: true });
    for (const [name, text] of context.reports) writeFileSync(join(outputDir, name), text);
    return outcome.ok ? 0 : 1;
});
