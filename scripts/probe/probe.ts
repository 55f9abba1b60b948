/**
 * The org probe: refuses production, sets the scene (users first, then accounts and contacts: mixed DML), asks every
 * question independently, and always cleans up. A question whose run fails is `could not test` with the reason; the
 * others still run.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeSfFailure } from '../scratch/sf';
import type { SfRunner } from '../scratch/sf';
import { runProbeScript } from './apex';
import type { ApexRun, ApexRunnerDeps, ProbeScript } from './apex';
import {
    EDUCATION_LICENCE_ID,
    EDUCATION_LICENCE_SOQL,
    educationLicenceVerdict,
    FEDERATION_CASE_ID,
    FEDERATION_SAMPLE_SOQL,
    caseSample,
    federationCaseVerdict,
    federationMatchSoql,
    IDENTITY_CLAIMS
} from './identity';
import { decideOrg, ORGANIZATION_SOQL, orgFacts } from './org-kind';
import type { ExtraCleanup, Question, QuestionContext, Row } from './question';
import { bulkQuestion } from './questions-followups';
import { inOrgRunQuestions } from './questions-in-org-run';
import { lifecycleQuestions } from './questions-lifecycle';
import { orgFactQuestions } from './questions-org-facts';
import { staffQuestions } from './questions-staff';
import { formatAnswer, summarize } from './report';
import { findSettingsFiles, retrieveSettingsArgs, settingsVerdicts } from './settings';
import type { Answer, CleanupStep, OrgFacts, ProbeReport } from './types';
import {
    CLAIMS,
    couldNotTest,
    FLOW_SOQL,
    flowVerdict,
    LICENCE_SOQL,
    licencesVerdict,
    liveSiteVerdict,
    mergeVerdict,
    newUserLoginVerdict,
    PORTAL_LICENCES,
    ownerRoleVerdict,
    rollbackVerdict,
    SITE_SOQL,
    standardProfileVerdict,
    timeZonesVerdict,
    userAndPermissionSetVerdict
} from './verdicts';
import type { MappedZone } from './verdicts';
import {
    accountActionVerdict,
    PERSON_ACCOUNT_CLAIMS,
    PERSON_ACCOUNT_FIELDS_SOQL,
    PERSON_ACCOUNT_SOQL,
    personAccountsVerdict,
    platformActionSoql
} from './person-accounts';

export interface ProbeDeps {
    sf: SfRunner;
    projectRoot: string;
    targetOrg: string;
    log: (line: string) => void;
    /** Unique per run: lower-case letters and digits only (it goes into DeveloperNames and LIKE patterns). */
    tag: string;
    now: () => Date;
    /** The time zones of the local mapping data (scripts/metadata/time-zone-mapping-data.ts). */
    localZones: readonly MappedZone[];
    /** Where rendered scripts and the settings retrieve go; a temporary directory (removed) by default. */
    workDir?: string;
    /** Waits between polls; setTimeout by default. */
    sleep?: (ms: number) => Promise<void>;
}

/** The org is production (or unknown): nothing was created. */
export class ProductionOrgRefused extends Error {}

/** The org could not be read at all (alias, authorization). */
export class OrgUnreachable extends Error {}

interface Setup {
    users?: Row;
    data?: { contactIds: Record<string, string> } & Row;
    usersFailure?: string;
    dataFailure?: string;
}

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

function queryArgs(soql: string, targetOrg: string): string[] {
    return ['data', 'query', '--query', soql, '--target-org', targetOrg, '--json'];
}

async function queryRows(deps: ProbeDeps, soql: string): Promise<Row[]> {
    const outcome = await deps.sf(queryArgs(soql, deps.targetOrg));
    if (outcome.exitCode !== 0 || outcome.json?.status !== 0) {
        throw new Error(summarizeSfFailure(outcome));
    }
    const records = (outcome.json.result as { records?: Row[] } | undefined)?.records;
    return Array.isArray(records) ? records : [];
}

/** Reads the Organization row and sf org display; throws ProductionOrgRefused / OrgUnreachable. */
export async function checkOrg(deps: ProbeDeps): Promise<OrgFacts & { kind: string }> {
    let rows: Row[];
    try {
        rows = await queryRows(deps, ORGANIZATION_SOQL);
    } catch (error) {
        throw new OrgUnreachable(`cannot read the Organization of ${deps.targetOrg}: ${message(error)}`);
    }
    const display = await deps.sf(['org', 'display', '--target-org', deps.targetOrg, '--json']);
    const facts = orgFacts(rows[0] ?? {}, display.json?.status === 0 ? display.json.result : undefined);
    const decision = decideOrg(facts);
    if (!decision.allowed) throw new ProductionOrgRefused(decision.reason);
    return { ...facts, kind: decision.kind };
}

/** Runs the probe against an accepted org and returns the report; cleanup runs whatever happens in between. */
export async function runProbe(deps: ProbeDeps): Promise<ProbeReport> {
    const startedAt = deps.now().toISOString();
    const org = await checkOrg(deps);
    deps.log(`Probing ${deps.targetOrg} (${org.kind}: ${org.name ?? '?'} ${org.id ?? ''}), run tag ${deps.tag}`);
    const ownWorkDir = deps.workDir === undefined;
    const workDir = deps.workDir ?? mkdtempSync(join(tmpdir(), 'spu-probe-'));
    mkdirSync(workDir, { recursive: true });
    const apexDeps: ApexRunnerDeps = { sf: deps.sf, projectRoot: deps.projectRoot, workDir, targetOrg: deps.targetOrg };
    let runs = 0;
    const apex = (script: ProbeScript, input: Row): Promise<ApexRun> =>
        runProbeScript(apexDeps, script, input, `${String(++runs).padStart(2, '0')}-${script}`);

    const setup: Setup = {};
    const answers: Answer[] = [];
    const extraCleanup: ExtraCleanup[] = [];
    const notes: string[] = [];
    let cleanup: CleanupStep[] = [];
    try {
        try {
            await prepare(deps, apex, setup);
        } catch (error) {
            setup.usersFailure ??= `setup failed: ${message(error)}`;
        }
        const context = questionContext(deps, apex, setup, { extraCleanup, leftovers: notes }, workDir);
        const all = [
            ...questions(deps, context, setup, workDir),
            ...lifecycleQuestions(context),
            ...staffQuestions(context),
            bulkQuestion(context),
            ...inOrgRunQuestions(context),
            ...orgFactQuestions(context)
        ];
        for (const question of all) {
            let produced: Answer[];
            try {
                produced = await question.ask();
            } catch (error) {
                produced = [couldNotTest(question.id, question.claim, message(error))];
            }
            for (const answer of produced) {
                answers.push(answer);
                deps.log(formatAnswer(answer));
            }
        }
    } finally {
        cleanup = await cleanUp(deps, apex, setup, extraCleanup);
        if (ownWorkDir) rmSync(workDir, { recursive: true, force: true });
    }
    deps.log(summarize(answers));
    return {
        tool: 'org-probe',
        targetOrg: deps.targetOrg,
        tag: deps.tag,
        startedAt,
        finishedAt: deps.now().toISOString(),
        org,
        setup: { ...setup },
        answers,
        cleanup,
        leftovers: [...leftovers(deps.tag, cleanup), ...notes]
    };
}

async function prepare(
    deps: ProbeDeps,
    apex: (script: ProbeScript, input: Row) => Promise<ApexRun>,
    setup: Setup
): Promise<void> {
    deps.log('Setup 1/2: role, role-less owner, permission set, guard bypass (setup objects)');
    const users = await apex('setupUsers', { tag: deps.tag });
    if (!users.ok) {
        setup.usersFailure = users.failure;
        deps.log(`    failed: ${users.failure}`);
        return;
    }
    setup.users = users.result;
    for (const note of Array.isArray(users.result.notes) ? (users.result.notes as string[]) : []) {
        deps.log(`    ${note}`);
    }
    deps.log('Setup 2/2: accounts and contacts');
    const data = await apex('setupData', {
        tag: deps.tag,
        roleOwnerId: users.result.roleOwnerId,
        rolelessOwnerId: users.result.rolelessOwnerId ?? null
    });
    if (!data.ok) {
        setup.dataFailure = data.failure;
        deps.log(`    failed: ${data.failure}`);
        return;
    }
    const contactIds = data.result.contactIds;
    if (typeof contactIds !== 'object' || contactIds === null) {
        setup.dataFailure = 'the setup printed no contact ids';
        return;
    }
    setup.data = { ...data.result, contactIds: contactIds as Record<string, string> };
}

/** What the question modules get (scripts/probe/question.ts). */
function questionContext(
    deps: ProbeDeps,
    apex: (script: ProbeScript, input: Row) => Promise<ApexRun>,
    setup: Setup,
    lists: Pick<QuestionContext, 'extraCleanup' | 'leftovers'>,
    workDir: string
): QuestionContext {
    /** The contact of a question, or throws the reason the setup could not provide it. */
    const contact = (key: string): string => {
        const id = setup.data?.contactIds[key];
        if (id) return id;
        throw new Error(
            setup.usersFailure ??
                setup.dataFailure ??
                (key === 'q1'
                    ? 'no role-less active internal user to own the account, and no free Salesforce licence to create one'
                    : `the setup created no contact ${key}`)
        );
    };
    const portalUser = async (mode: string, input: Row): Promise<Row> => {
        const run = await apex('portalUser', { mode, tag: deps.tag, licenceKeys: PORTAL_LICENCES, ...input });
        if (!run.ok) throw new Error(run.failure);
        return run.result;
    };
    return {
        tag: deps.tag,
        log: deps.log,
        sleep: deps.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
        apex,
        query: (soql) => queryRows(deps, soql),
        contact,
        portalUser,
        ...lists,
        sf: deps.sf,
        targetOrg: deps.targetOrg,
        projectRoot: deps.projectRoot,
        workDir
    };
}

/** The questions of the original probe (issue 12); later ones live in questions-*.ts. */
function questions(deps: ProbeDeps, context: QuestionContext, setup: Setup, workDir: string): Question[] {
    const { apex, contact, portalUser } = context;
    return [
        {
            id: 'owner-role-then-portal-user',
            claim: CLAIMS.ownerRole,
            ask: async () => {
                const contactId = contact('q1');
                const result = await portalUser('ownerRole', {
                    contactId,
                    ownerId: setup.users?.rolelessOwnerId,
                    roleId: setup.users?.roleId
                });
                return [ownerRoleVerdict(result)];
            }
        },
        {
            id: 'user-and-permission-set-assignment',
            claim: CLAIMS.userAndPermissionSet,
            ask: async () => {
                const contactId = contact('q2');
                const result = await portalUser('userAndPermissionSet', {
                    contactId,
                    permissionSetId: setup.users?.permissionSetId
                });
                return [userAndPermissionSetVerdict(result)];
            }
        },
        {
            id: 'rollback-leaves-no-user',
            claim: CLAIMS.rollback,
            ask: async () => {
                const result = await portalUser('rollback', { contactId: contact('q3') });
                let later: number | undefined;
                if (typeof result.username === 'string') {
                    const username = result.username.replace(/'/g, "\\'");
                    try {
                        later = (await queryRows(deps, `SELECT Id, IsActive FROM User WHERE Username = '${username}'`))
                            .length;
                    } catch {
                        later = undefined;
                    }
                }
                return [rollbackVerdict(result, later), newUserLoginVerdict(result)];
            }
        },
        {
            id: 'standard-external-profile-refused',
            claim: CLAIMS.standardProfile,
            ask: async () => [standardProfileVerdict(await portalUser('standardProfile', { contactId: contact('q4') }))]
        },
        {
            id: 'merge-non-portal-master-refused',
            claim: CLAIMS.merge,
            ask: async () => {
                const duplicateId = contact('q5duplicate');
                const masterId = contact('q5master');
                const userInsert = await portalUser('committedUser', { contactId: duplicateId });
                const inserted = userInsert.insert as { ok?: boolean; id?: string } | undefined;
                if (!inserted?.ok) return [mergeVerdict(userInsert, {})];
                const merge = await apex('merge', { masterId, duplicateId, duplicateUserId: inserted.id });
                if (!merge.ok) throw new Error(merge.failure);
                return [mergeVerdict(userInsert, merge.result)];
            }
        },
        {
            id: 'time-zones-in-picklist',
            claim: CLAIMS.timeZones,
            ask: async () => {
                const run = await apex('timeZones', {});
                if (!run.ok) throw new Error(run.failure);
                return [timeZonesVerdict(run.result, deps.localZones)];
            }
        },
        {
            id: 'community-plus-licences',
            claim: CLAIMS.licences,
            ask: async () => [licencesVerdict(await queryRows(deps, LICENCE_SOQL))]
        },
        {
            id: 'flow-active-after-deploy',
            claim: CLAIMS.flowActive,
            ask: async () => [flowVerdict(await queryRows(deps, FLOW_SOQL))]
        },
        {
            id: 'live-site',
            claim: CLAIMS.liveSite,
            ask: async () => [liveSiteVerdict(await queryRows(deps, SITE_SOQL))]
        },
        {
            id: 'person-accounts-enabled',
            claim: PERSON_ACCOUNT_CLAIMS.enabled,
            ask: async () => [personAccountsVerdict(await queryRows(deps, PERSON_ACCOUNT_FIELDS_SOQL))]
        },
        {
            id: 'account-action-on-person-accounts',
            claim: PERSON_ACCOUNT_CLAIMS.action,
            ask: async () => {
                const fields = await queryRows(deps, PERSON_ACCOUNT_FIELDS_SOQL);
                if (personAccountsVerdict(fields).verdict !== 'confirmed')
                    return [accountActionVerdict(fields, [], [])];
                const accounts = await queryRows(deps, PERSON_ACCOUNT_SOQL);
                const actions =
                    accounts.length > 0 ? await queryRows(deps, platformActionSoql(String(accounts[0].Id))) : undefined;
                return [accountActionVerdict(fields, accounts, actions)];
            }
        },
        {
            id: FEDERATION_CASE_ID,
            claim: IDENTITY_CLAIMS.federationCase,
            ask: async () => {
                const sample = await queryRows(deps, FEDERATION_SAMPLE_SOQL);
                const picked = caseSample(sample);
                const matches = picked ? await queryRows(deps, federationMatchSoql(picked.swapped)) : undefined;
                return [federationCaseVerdict(sample, matches)];
            }
        },
        {
            id: EDUCATION_LICENCE_ID,
            claim: IDENTITY_CLAIMS.educationLicence,
            ask: async () => [educationLicenceVerdict(await queryRows(deps, EDUCATION_LICENCE_SOQL))]
        },
        {
            id: 'org-settings',
            claim: 'org settings read with the Metadata API',
            ask: async () => {
                const dir = join(workDir, 'settings');
                const outcome = await deps.sf(retrieveSettingsArgs(deps.targetOrg, dir));
                if (outcome.exitCode !== 0 || outcome.json?.status !== 0) {
                    return settingsVerdicts(new Map(), `settings retrieve failed: ${summarizeSfFailure(outcome)}`);
                }
                try {
                    return settingsVerdicts(findSettingsFiles(dir));
                } catch (error) {
                    return settingsVerdicts(new Map(), `cannot read the retrieved settings: ${message(error)}`);
                }
            }
        }
    ];
}

/**
 * The three cleanup runs (users, then records, then roles and permission sets), then those the questions added, each
 * attempted whatever happened.
 */
async function cleanUp(
    deps: ProbeDeps,
    apex: (script: ProbeScript, input: Row) => Promise<ApexRun>,
    setup: Setup,
    extra: readonly ExtraCleanup[]
): Promise<CleanupStep[]> {
    const steps: ExtraCleanup[] = [
        {
            name: 'deactivate and disable the probe users, remove probe permission set assignments',
            script: 'cleanupUsers',
            input: {}
        },
        { name: 'delete the probe contacts and accounts', script: 'cleanupData', input: {} },
        {
            name: 'take back and delete the probe role, remove the guard bypass assignment, delete the probe permission set',
            script: 'cleanupSetup',
            input: { bypassAssignmentId: setup.users?.bypassAssignmentId ?? null }
        },
        ...extra
    ];
    const done: CleanupStep[] = [];
    for (const [index, cleanupStep] of steps.entries()) {
        const name = cleanupStep.name;
        deps.log(`Cleanup ${index + 1}/${steps.length}: ${name}`);
        let step: CleanupStep;
        try {
            if ('run' in cleanupStep) {
                step = { name, ...(await cleanupStep.run()) };
                deps.log(`    ${step.ok ? 'done' : 'INCOMPLETE'}: ${step.detail}`);
                done.push(step);
                continue;
            }
            const run = await apex(cleanupStep.script, { tag: deps.tag, ...cleanupStep.input });
            if (!run.ok) {
                step = { name, ok: false, detail: run.failure };
            } else {
                const errors = Array.isArray(run.result.errors) ? (run.result.errors as string[]) : [];
                const counts = Object.entries(run.result)
                    .filter(([key, value]) => key !== 'errors' && typeof value === 'number')
                    .map(([key, value]) => `${key}: ${String(value)}`)
                    .join(', ');
                step = {
                    name,
                    ok: errors.length === 0,
                    detail: [counts, ...errors].filter(Boolean).join('; ')
                };
            }
        } catch (error) {
            step = { name, ok: false, detail: message(error) };
        }
        deps.log(`    ${step.ok ? 'done' : 'INCOMPLETE'}: ${step.detail}`);
        done.push(step);
    }
    return done;
}

function leftovers(tag: string, cleanup: readonly CleanupStep[]): string[] {
    const notes = [
        `Users cannot be deleted: the probe's users (usernames spu-probe-${tag}-...) stay, deactivated and disabled.`,
        'Deleted contacts and accounts stay in the recycle bin until it is emptied (15 days).'
    ];
    for (const step of cleanup) {
        if (!step.ok) notes.push(`Cleanup incomplete (${step.name}): ${step.detail}`);
    }
    return notes;
}
