/**
 * `npm run deploy -- --target-org <alias>`: the product metadata (force-app only) to an existing org, then the screen
 * flow's status (it deploys inactive to production: the script prints how to activate it).
 */
// @ts-nocheck

import { log, PROJECT_ROOT, runCli } from './cli-support';
import { deployStep, flowStatusStep } from './deploy-flow';
import { parseDeployOptions } from './options';
import { PRODUCT_SOURCE_DIR } from './project';
import { createSfRunner } from './sf';
import { runSteps } from './steps';

runCli(async () => {
    const options = parseDeployOptions(process.argv.slice(2));
    const step = deployStep<{ targetOrg: string }>(
        createSfRunner(PROJECT_ROOT),
        log,
        PRODUCT_SOURCE_DIR,
        `Deploy the product metadata (${PRODUCT_SOURCE_DIR}) to ${options.targetOrg}`
    );
    const flowStep = flowStatusStep<{ targetOrg: string }>(createSfRunner(PROJECT_ROOT), log);
    const outcome = await runSteps([step, flowStep], { targetOrg: options.targetOrg }, log);
    return outcome.ok ? 0 : 1;
});
