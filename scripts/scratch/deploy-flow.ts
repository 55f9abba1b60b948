/** Deploying one source directory: the step `npm run scratch` uses twice and `npm run deploy` uses alone. */
import * as commands from './commands';
import { PRODUCT_SOURCE_DIR } from './project';
import { orgAccessFix } from './sf';
import type { SfRunner } from './sf';
import { runSfStep, StepError } from './steps';
import type { Log, Step } from './steps';

interface DeployResult {
    status?: string;
    numberComponentsDeployed?: number;
    numberComponentsTotal?: number;
    files?: unknown[];
}

/** The command that retries the deployment of `sourceDir` by itself. */
export function redeployCommand(sourceDir: string, targetOrg: string): string {
    return sourceDir === PRODUCT_SOURCE_DIR
        ? `npm run deploy -- --target-org ${targetOrg}`
        : `sf project deploy start --source-dir ${sourceDir} --target-org ${targetOrg}`;
}

/** Deploys `sourceDir` to `context.targetOrg`, waits for the result and prints it; a failure lists the components. */
export function deployStep<C extends { targetOrg: string }>(
    sf: SfRunner,
    log: Log,
    sourceDir: string,
    title: string
): Step<C> {
    return {
        title,
        run: async (context) => {
            const args = commands.deploySourceDir(sourceDir, context.targetOrg);
            const result = (await runSfStep(sf, log, args, (outcome, summary) => {
                return new StepError(
                    `deploy of ${sourceDir} failed:\n${summary}`,
                    orgAccessFix(outcome, context.targetOrg) ??
                        `fix the components listed above, then redeploy: ${redeployCommand(sourceDir, context.targetOrg)}`
                );
            })) as DeployResult | undefined;
            const deployed = result?.numberComponentsDeployed ?? result?.files?.length ?? 0;
            log(`    ${result?.status ?? 'Succeeded'}: ${deployed} component(s) from ${sourceDir}`);
        }
    };
}
