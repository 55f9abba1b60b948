/**
 * `npm run org:probe -- --target-org <alias> [--output-file <file>]`: answers the product's unsettled platform assumptions
 * in a sandbox or scratch org (refuses production) and writes reports/org-probe.json. See docs/scratch.md, "Org probe".
 */
import { log, PROJECT_ROOT, runCli } from '../scratch/cli-support';
import { createSfRunner } from '../scratch/sf';
import { runProbeCli } from './main';

runCli(() =>
    runProbeCli(process.argv.slice(2), {
        sf: createSfRunner(PROJECT_ROOT),
        projectRoot: PROJECT_ROOT,
        log,
        error: (line) => process.stderr.write(`${line}\n`)
    })
);
