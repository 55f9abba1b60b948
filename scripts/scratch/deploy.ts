/** `npm run deploy -- --target-org <alias>`: the product metadata (force-app only) to an existing org. */
import { log, PROJECT_ROOT, runCli } from './cli-support';
import { deployStep } from './deploy-flow';
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
    const outcome = await runSteps([step], { targetOrg: options.targetOrg }, log);
    return outcome.ok ? 0 : 1;
});
