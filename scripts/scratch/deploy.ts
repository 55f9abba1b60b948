/**
 * `npm run deploy -- --target-org <alias> [--validate | --quick <job-id>]`: the product metadata (force-app only) to
 * an existing org. First the prerequisites (Digital Experiences, a Customer Community Plus licence, a custom student
 * profile), then the deploy with `RunSpecifiedTests` and the project's test classes (found in the source), then the
 * screen flow's status (it deploys inactive to production: the script prints how to activate it).
 * `--validate` runs the deploy and its tests without committing it and prints the job id; `--quick <job-id>` deploys
 * that validated job without running the tests again (production: validate in the day, deploy in a quiet hour).
 */
import { join } from 'node:path';
import { findApexTestClasses } from './apex-tests';
import { log, PROJECT_ROOT, runCli } from './cli-support';
import { deploySteps } from './deploy-flow';
import { parseDeployOptions } from './options';
import { PRODUCT_SOURCE_DIR } from './project';
import { createSfRunner } from './sf';
import { runSteps } from './steps';

runCli(async () => {
    const options = parseDeployOptions(process.argv.slice(2));
    const testClasses = findApexTestClasses(join(PROJECT_ROOT, PRODUCT_SOURCE_DIR));
    const steps = deploySteps<{ targetOrg: string }>(createSfRunner(PROJECT_ROOT), log, options, testClasses);
    const outcome = await runSteps(steps, { targetOrg: options.targetOrg }, log);
    return outcome.ok ? 0 : 1;
});
