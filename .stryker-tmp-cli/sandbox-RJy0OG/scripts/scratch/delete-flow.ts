/** The step of `npm run scratch:delete`. */
// @ts-nocheck

import * as commands from './commands';
import { summarizeSfFailure } from './sf';
import type { SfRunner } from './sf';
import { runSfLogged, sfSucceeded, StepError } from './steps';
import type { Log, Step } from './steps';

/** sf error names that mean there is no such org to delete: deleting twice is not a failure. */
const UNKNOWN_ORG_ERRORS = ['NamedOrgNotFoundError', 'NoAuthInfoFound'];

export function deleteSteps(sf: SfRunner, log: Log): Step<{ targetOrg: string }>[] {
    return [
        {
            title: 'Delete the scratch org',
            run: async (context) => {
                const outcome = await runSfLogged(sf, log, commands.deleteScratchOrg(context.targetOrg));
                if (sfSucceeded(outcome)) {
                    log(`    deleted ${context.targetOrg}`);
                    return;
                }
                if (UNKNOWN_ORG_ERRORS.includes(outcome.json?.name ?? '')) {
                    log(`    nothing to delete: no org "${context.targetOrg}" is authorized here`);
                    return;
                }
                throw new StepError(
                    summarizeSfFailure(outcome),
                    `check the alias with sf org list; an org you cannot reach can be deleted from the Dev Hub ` +
                        `(App Launcher > Active Scratch Orgs)`
                );
            }
        }
    ];
}
