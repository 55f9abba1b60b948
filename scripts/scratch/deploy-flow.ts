/** Deploying one source directory: the step `npm run scratch` uses twice and `npm run deploy` uses alone. */
import * as commands from './commands';
import { PRODUCT_SOURCE_DIR, SCREEN_FLOW } from './project';
import { prerequisitesStep } from './prerequisites';
import { orgAccessFix, summarizeSfFailure } from './sf';
import type { SfRunner } from './sf';
import { runSfLogged, runSfStep, sfSucceeded, StepError } from './steps';
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

interface FlowDefinitionRow {
    ApiName?: string;
    ActiveVersionId?: string | null;
    LatestVersionId?: string | null;
}

/** SOQL for the screen flow's status (FlowDefinitionView: ActiveVersionId is empty while no version is active). */
export function flowStatusQuery(flowApiName: string = SCREEN_FLOW): string {
    return (
        'SELECT ApiName, ActiveVersionId, LatestVersionId FROM FlowDefinitionView ' + `WHERE ApiName = '${flowApiName}'`
    );
}

/** How to activate the screen flow by hand: printed whenever it is not (known to be) active. */
export function flowActivationHelp(targetOrg: string, flowApiName: string = SCREEN_FLOW): string[] {
    return [
        `ACTION NEEDED: activate the screen flow ${flowApiName}. Flows deploy inactive to production orgs unless`,
        '    Setup > Process Automation Settings "Deploy processes and flows as active" is on (FlowSettings',
        '    enableFlowDeployAsActiveEnabled); until the flow is active the Contact list view button',
        '    "Enable Student Users" cannot start it for your users (the quick action and the tab do not need it).',
        `    Activate it: sf org open --target-org ${targetOrg} --path /lightning/setup/Flows/home, open`,
        `    "Enable Student Users" (${flowApiName}), open its latest version and click Activate.`
    ];
}

/**
 * After the deploy: reads whether the screen flow has an active version and, when it has none (or the status cannot
 * be read), prints how to activate it. Never fails the deploy: the metadata is in the org either way.
 */
export function flowStatusStep<C extends { targetOrg: string }>(sf: SfRunner, log: Log): Step<C> {
    return {
        title: `Check that the screen flow ${SCREEN_FLOW} is active`,
        run: async (context) => {
            const outcome = await runSfLogged(sf, log, commands.query(flowStatusQuery(), context.targetOrg));
            if (!sfSucceeded(outcome)) {
                log(`    could not read the flow's status: ${summarizeSfFailure(outcome, 3).split('\n').join(' ')}`);
                for (const line of flowActivationHelp(context.targetOrg)) log(`    ${line}`);
                return;
            }
            const result = outcome.json?.result as { records?: FlowDefinitionRow[] } | undefined;
            const row = result?.records?.[0];
            if (row?.ActiveVersionId) {
                const latest = row.LatestVersionId && row.LatestVersionId !== row.ActiveVersionId;
                log(
                    `    ${SCREEN_FLOW} is active` +
                        (latest ? ' (an older version: the deployed latest version is not the active one)' : '')
                );
                if (latest) for (const line of flowActivationHelp(context.targetOrg)) log(`    ${line}`);
                return;
            }
            log(row ? `    ${SCREEN_FLOW} has no active version` : `    ${SCREEN_FLOW} was not found in the org`);
            for (const line of flowActivationHelp(context.targetOrg)) log(`    ${line}`);
        }
    };
}

interface ValidateResult extends DeployResult {
    id?: string;
}

/** How `npm run deploy` deploys the product: at once, or validate now and quick-deploy the validated job later. */
export type ProductDeployMode = 'start' | 'validate';

/** The command that quick-deploys a validated job. */
export function quickDeployCommand(targetOrg: string, jobId: string): string {
    return `npm run deploy -- --target-org ${targetOrg} --quick ${jobId}`;
}

/**
 * Deploys (or validates) the product with `RunSpecifiedTests` and the project's test classes, derived from the source
 * by the caller. A validation prints its job id and the command that deploys it.
 */
export function productDeployStep<C extends { targetOrg: string }>(
    sf: SfRunner,
    log: Log,
    mode: ProductDeployMode,
    testClasses: readonly string[]
): Step<C> {
    const verb = mode === 'validate' ? 'Validate' : 'Deploy';
    return {
        title: `${verb} ${PRODUCT_SOURCE_DIR}, running only the project's ${testClasses.length} test classes (RunSpecifiedTests)`,
        run: async (context) => {
            const args = commands.deployWithTests(mode, PRODUCT_SOURCE_DIR, context.targetOrg, testClasses);
            const result = (await runSfStep(sf, log, args, (outcome, summary) => {
                return new StepError(
                    `${mode === 'validate' ? 'validation' : 'deploy'} of ${PRODUCT_SOURCE_DIR} failed:\n${summary}`,
                    orgAccessFix(outcome, context.targetOrg) ??
                        'fix the components or tests listed above (each class and trigger needs 75 % coverage from ' +
                            'the specified tests), then run the same command again'
                );
            })) as ValidateResult | undefined;
            if (mode === 'validate') {
                if (!result?.id) throw new StepError('sf returned no job id for the validation', 'run it again');
                log(
                    `    Validated: job ${result.id} (tests passed; nothing is deployed yet). Within 10 days, deploy it:`
                );
                log(`    ${quickDeployCommand(context.targetOrg, result.id)}`);
                return;
            }
            const deployed = result?.numberComponentsDeployed ?? result?.files?.length ?? 0;
            log(`    ${result?.status ?? 'Succeeded'}: ${deployed} component(s) from ${PRODUCT_SOURCE_DIR}`);
        }
    };
}

/** Quick-deploys a validated job: no tests run again. */
export function quickDeployStep<C extends { targetOrg: string }>(sf: SfRunner, log: Log, jobId: string): Step<C> {
    return {
        title: `Quick-deploy the validated job ${jobId}`,
        run: async (context) => {
            const result = (await runSfStep(
                sf,
                log,
                commands.quickDeploy(jobId, context.targetOrg),
                (outcome, summary) => {
                    return new StepError(
                        `quick deploy of ${jobId} failed:\n${summary}`,
                        orgAccessFix(outcome, context.targetOrg) ??
                            'a job id is valid for 10 days after its validation, and only if nothing was deployed since: ' +
                                `validate again with npm run deploy -- --target-org ${context.targetOrg} --validate`
                    );
                }
            )) as DeployResult | undefined;
            log(`    ${result?.status ?? 'Succeeded'}: ${result?.numberComponentsDeployed ?? 0} component(s)`);
        }
    };
}

/** The steps of `npm run deploy` for its options: prerequisites first, never for a quick deploy of a validated job. */
export function deploySteps<C extends { targetOrg: string }>(
    sf: SfRunner,
    log: Log,
    options: { validate?: boolean; quickJobId?: string },
    testClasses: readonly string[]
): Step<C>[] {
    if (options.quickJobId) return [quickDeployStep(sf, log, options.quickJobId), flowStatusStep(sf, log)];
    const prerequisites = prerequisitesStep<C>(sf, log);
    if (options.validate) return [prerequisites, productDeployStep(sf, log, 'validate', testClasses)];
    return [prerequisites, productDeployStep(sf, log, 'start', testClasses), flowStatusStep(sf, log)];
}
