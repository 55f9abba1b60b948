/** The steps of `npm run scratch`: from a Dev Hub to a demo org showing the first student's Contact. */
// @ts-nocheck

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as commands from './commands';
import { firstStudent, parseDemoStudents } from './demo-data';
import type { DemoStudent } from './demo-data';
import { deployStep } from './deploy-flow';
import type { ScratchOptions } from './options';
import {
    DEMO_ACCOUNT_PREFIX,
    DEMO_SOURCE_DIR,
    DEMO_STUDENTS_FILE,
    DEV_HUB_FIX,
    PERMISSION_SET,
    PORTAL_LICENSE_KEYS,
    PRODUCT_SOURCE_DIR,
    SCRATCH_SHAPES,
    SEED_SCRIPTS
} from './project';
import { demoLogMessages, renderSeedScript } from './seed';
import { orgAccessFix, summarizeSfFailure } from './sf';
import type { SfOutcome, SfRunner } from './sf';
import { runSfLogged, runSfStep, sfSucceeded, StepError } from './steps';
import type { Log, Step } from './steps';

export interface ScratchContext {
    options: ScratchOptions;
    projectRoot: string;
    /** Where rendered seed scripts are written (a temporary directory). */
    workDir: string;
    /** The org every step after creation targets: --target-org, else --alias. */
    targetOrg: string;
    devHub?: string;
    username?: string;
    students: DemoStudent[];
    firstContactId?: string;
    url?: string;
}

export function createScratchContext(options: ScratchOptions, projectRoot: string, workDir: string): ScratchContext {
    return { options, projectRoot, workDir, targetOrg: options.targetOrg ?? options.alias, students: [] };
}

/** How to carry on after fixing a problem in an org that already exists. */
function resumeFix(context: ScratchContext): string {
    return `then resume without creating another org: npm run scratch -- --target-org ${context.targetOrg}`;
}

/** `fix` unless the org itself is unreachable, in which case that is the problem to fix first. */
function fixFor(outcome: SfOutcome, context: ScratchContext, fix: string): string {
    return orgAccessFix(outcome, context.targetOrg) ?? fix;
}

const DEV_HUB_ERRORS = ['NoDefaultDevHubError', 'NamedOrgNotFoundError', 'NotADevHubError', 'AuthInfoCreationError'];

function isDuplicateAssignment(message: string): boolean {
    return /duplicate|already assigned/i.test(message);
}

interface QueryResult<T> {
    records?: T[];
}

export function scratchSteps(sf: SfRunner, log: Log): Step<ScratchContext>[] {
    const creating = (context: ScratchContext): boolean => context.options.targetOrg === undefined;
    return [
        {
            title: 'Check the local files (definition file, demo data, seed scripts)',
            run: async (context) => {
                const definition = join(context.projectRoot, context.options.definitionFile);
                if (creating(context)) {
                    if (!existsSync(definition)) {
                        throw new StepError(
                            `definition file ${context.options.definitionFile} does not exist`,
                            'pass --definition-file config/project-scratch-def.json or config/project-scratch-def.person-accounts.json'
                        );
                    }
                    try {
                        JSON.parse(readFileSync(definition, 'utf8'));
                    } catch (error) {
                        throw new StepError(
                            `${context.options.definitionFile} is not valid JSON: ${(error as Error).message}`,
                            'fix the file (npm test checks the scratch definitions offline)'
                        );
                    }
                }
                const { students, problems } = parseDemoStudents(
                    readFileSync(join(context.projectRoot, DEMO_STUDENTS_FILE), 'utf8')
                );
                if (problems.length > 0) {
                    throw new StepError(
                        problems.map((p) => `${DEMO_STUDENTS_FILE}:${p.line ?? 1} ${p.message}`).join('\n'),
                        `fix ${DEMO_STUDENTS_FILE} (npm test checks it offline)`
                    );
                }
                for (const script of SEED_SCRIPTS.filter((candidate) => candidate.rendered)) {
                    try {
                        renderSeedScript(
                            readFileSync(join(context.projectRoot, script.file), 'utf8'),
                            students,
                            script.file
                        );
                    } catch (error) {
                        throw new StepError((error as Error).message, `restore ${script.file} (git checkout)`);
                    }
                }
                context.students = students;
                log(`    ${students.length} demo students in ${DEMO_STUDENTS_FILE}`);
                await Promise.resolve();
            }
        },
        {
            title: 'Find the Dev Hub',
            enabled: creating,
            run: async (context) => {
                if (context.options.targetDevHub) {
                    context.devHub = context.options.targetDevHub;
                } else {
                    const result = await runSfStep(sf, log, commands.configGetDevHub(), (_outcome, summary) => {
                        return new StepError(`cannot read the target-dev-hub setting: ${summary}`, DEV_HUB_FIX);
                    });
                    const entry = Array.isArray(result) ? (result[0] as { value?: unknown } | undefined) : undefined;
                    if (typeof entry?.value !== 'string' || entry.value === '') {
                        throw new StepError('no Dev Hub is configured (target-dev-hub is not set)', DEV_HUB_FIX);
                    }
                    context.devHub = entry.value;
                }
                log(`    Dev Hub: ${context.devHub}`);
            }
        },
        {
            title: 'Create the scratch org',
            enabled: creating,
            run: async (context) => {
                const { alias, definitionFile, durationDays } = context.options;
                log(`    alias ${alias}, ${definitionFile}, expires in ${durationDays} day(s)`);
                const args = commands.createScratchOrg({
                    alias,
                    definitionFile,
                    durationDays,
                    devHub: context.devHub ?? ''
                });
                const result = (await runSfStep(sf, log, args, (outcome, summary) => {
                    if (DEV_HUB_ERRORS.includes(outcome.json?.name ?? '')) {
                        return new StepError(summary, DEV_HUB_FIX);
                    }
                    if (/limit|exceeded|maximum/i.test(summary)) {
                        return new StepError(
                            summary,
                            'the Dev Hub is out of scratch orgs: delete unused ones (sf org list, then npm run scratch:delete -- --target-org <alias>)'
                        );
                    }
                    return new StepError(
                        summary,
                        `check ${definitionFile} (features and settings must be available to your Dev Hub); see docs/scratch.md`
                    );
                })) as { username?: string; orgId?: string } | undefined;
                context.username = result?.username;
                log(`    created ${context.username ?? alias} (org id ${result?.orgId ?? 'unknown'})`);
            }
        },
        {
            title: 'Check the Customer Community Plus licences',
            run: async (context) => {
                const soql =
                    'SELECT LicenseDefinitionKey, TotalLicenses, UsedLicenses FROM UserLicense ' +
                    `WHERE LicenseDefinitionKey IN (${PORTAL_LICENSE_KEYS.map((key) => `'${key}'`).join(', ')})`;
                const result = (await runSfStep(
                    sf,
                    log,
                    commands.query(soql, context.targetOrg),
                    (outcome, summary) => {
                        return new StepError(
                            summary,
                            fixFor(outcome, context, `check the org: sf org display --target-org ${context.targetOrg}`)
                        );
                    }
                )) as QueryResult<{ LicenseDefinitionKey: string; TotalLicenses: number; UsedLicenses: number }>;
                const records = result?.records ?? [];
                for (const record of records) {
                    log(
                        `    ${record.LicenseDefinitionKey}: ${record.TotalLicenses - record.UsedLicenses} of ${record.TotalLicenses} free`
                    );
                }
                const missing = PORTAL_LICENSE_KEYS.filter(
                    (key) => !records.some((r) => r.LicenseDefinitionKey === key)
                );
                if (missing.length > 0) {
                    throw new StepError(
                        `the org has no ${missing.join(' or ')} licence`,
                        'the scratch definition needs the features CustomerCommunityPlus and CustomerCommunityPlusLogin, ' +
                            'and your Dev Hub must be allowed to grant them; see docs/scratch.md'
                    );
                }
            }
        },
        deployStep(sf, log, PRODUCT_SOURCE_DIR, 'Deploy the product metadata (force-app)'),
        deployStep(
            sf,
            log,
            DEMO_SOURCE_DIR,
            'Deploy the demo metadata (Contact layout with the Enable Student User action, a cloned profile of each licence)'
        ),
        {
            title: `Assign the permission set ${PERMISSION_SET} to the admin`,
            run: async (context) => {
                const outcome = await runSfLogged(
                    sf,
                    log,
                    commands.assignPermissionSet(PERMISSION_SET, context.targetOrg)
                );
                if (sfSucceeded(outcome)) return;
                const summary = summarizeSfFailure(outcome);
                if (isDuplicateAssignment(summary)) {
                    log('    already assigned');
                    return;
                }
                throw new StepError(
                    summary,
                    fixFor(
                        outcome,
                        context,
                        `check that force-app deploys the permission set ${PERMISSION_SET}, ${resumeFix(context)}`
                    )
                );
            }
        },
        ...SEED_SCRIPTS.map((script): Step<ScratchContext> => ({
            title: script.title,
            run: async (context) => {
                let file = script.file;
                if (script.rendered) {
                    const template = readFileSync(join(context.projectRoot, script.file), 'utf8');
                    file = join(context.workDir, basename(script.file));
                    writeFileSync(file, renderSeedScript(template, context.students, script.file));
                    log(`    ${script.file} with the students of ${DEMO_STUDENTS_FILE} -> ${file}`);
                }
                const result = (await runSfStep(
                    sf,
                    log,
                    commands.runAnonymousApex(file, context.targetOrg),
                    (outcome, summary) => {
                        return new StepError(
                            summary,
                            fixFor(
                                outcome,
                                context,
                                `fix ${script.file} or ${DEMO_STUDENTS_FILE} (an "Invalid type" means force-app is not deployed), ${resumeFix(context)}`
                            )
                        );
                    }
                )) as { logs?: unknown } | undefined;
                for (const message of demoLogMessages(result?.logs)) log(`    ${message}`);
            }
        })),
        {
            title: "Find the first student's Contact",
            run: async (context) => {
                const student = firstStudent(context.students);
                if (!student) {
                    throw new StepError(
                        'no eligible administrative-account student',
                        `add one to ${DEMO_STUDENTS_FILE}`
                    );
                }
                const soql = `SELECT Id, Name FROM Contact WHERE Account.AccountNumber = '${DEMO_ACCOUNT_PREFIX}${student.key}' LIMIT 1`;
                const result = (await runSfStep(
                    sf,
                    log,
                    commands.query(soql, context.targetOrg),
                    (outcome, summary) => {
                        return new StepError(summary, fixFor(outcome, context, `check the org, ${resumeFix(context)}`));
                    }
                )) as QueryResult<{ Id: string; Name: string }>;
                const contact = result?.records?.[0];
                if (!contact) {
                    throw new StepError(
                        `no Contact for ${student.firstName} ${student.lastName} (account ${DEMO_ACCOUNT_PREFIX}${student.key})`,
                        `the seed did not create the students: ${resumeFix(context)}`
                    );
                }
                context.firstContactId = contact.Id;
                log(`    ${contact.Name}: ${contact.Id}`);
            }
        },
        {
            title: "Open the first student's Contact record",
            run: async (context) => {
                const path = `/lightning/r/Contact/${context.firstContactId ?? ''}/view`;
                const args = commands.openRecord(context.targetOrg, path, !context.options.open);
                const result = (await runSfStep(sf, log, args, (_o, summary) => {
                    return new StepError(
                        summary,
                        `open it yourself: sf org open --target-org ${context.targetOrg} --path ${path}`
                    );
                })) as { url?: string } | undefined;
                context.url = result?.url;
                log(`    ${context.options.open ? 'opened' : 'URL'}: ${context.url ?? path}`);
            }
        }
    ];
}

/** The closing lines after a successful run (the Person Accounts shape adds where its person accounts are). */
export function scratchSummary(context: ScratchContext): string[] {
    const person = context.students.find((student) => student.accountModel === 'personAccount');
    const personAccounts =
        context.options.definitionFile === SCRATCH_SHAPES['person-accounts'].definitionFile && person
            ? [
                  `    Person accounts: open ${person.firstName} ${person.lastName}'s Account (AccountNumber ${DEMO_ACCOUNT_PREFIX}${person.key}) and click "Enable Student User" once it is on the Person Account layout (docs/scratch.md, "The Person Accounts shape").`
              ]
            : [];
    return [
        `Done: ${context.targetOrg}${context.username ? ` (${context.username})` : ''} is ready.`,
        `    Click "Enable Student User" on a student's Contact; npm run test:apex -- --target-org ${context.targetOrg} runs the Apex tests.`,
        ...personAccounts,
        `    Delete it with: npm run scratch:delete -- --target-org ${context.targetOrg}`
    ];
}
