/**
 * `npm run scratch -- [--alias a] [--duration-days n] [--definition-file f] [--target-dev-hub h] [--target-org o] [--no-open]`:
 * a scratch org with the product, the demo layout, the permission set and demo students, opened on the first student.
 */
// @ts-nocheck

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log, PROJECT_ROOT, runCli } from './cli-support';
import { parseScratchOptions } from './options';
import { createScratchContext, scratchSteps, scratchSummary } from './scratch-flow';
import { createSfRunner } from './sf';
import { runSteps } from './steps';

runCli(async () => {
    const options = parseScratchOptions(process.argv.slice(2));
    const workDir = mkdtempSync(join(tmpdir(), 'spu-scratch-'));
    try {
        const context = createScratchContext(options, PROJECT_ROOT, workDir);
        const outcome = await runSteps(scratchSteps(createSfRunner(PROJECT_ROOT), log), context, log);
        if (!outcome.ok) return 1;
        scratchSummary(context).forEach(log);
        return 0;
    } finally {
        rmSync(workDir, { recursive: true, force: true });
    }
});
