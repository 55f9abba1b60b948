/** `npm run scratch:delete -- [--target-org <alias>]`: deletes the scratch org (default alias: spu-scratch). */
// @ts-nocheck

import { log, PROJECT_ROOT, runCli } from './cli-support';
import { deleteSteps } from './delete-flow';
import { parseDeleteOptions } from './options';
import { createSfRunner } from './sf';
import { runSteps } from './steps';

runCli(async () => {
    const options = parseDeleteOptions(process.argv.slice(2));
    const outcome = await runSteps(
        deleteSteps(createSfRunner(PROJECT_ROOT), log),
        { targetOrg: options.targetOrg },
        log
    );
    return outcome.ok ? 0 : 1;
});
