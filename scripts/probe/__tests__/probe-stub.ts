/** A stand-in org for the probe, on top of the scratch tools' sf stub: answers each probe script and query. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SfOutcome } from '../../scratch/sf';
import { fail, ok, stubSf } from '../../scratch/__tests__/sf-stub';
import type { SfStub } from '../../scratch/__tests__/sf-stub';
import type { ProbeScript } from '../apex';
import { runProbeCli } from '../main';
import type { ProbeReport } from '../types';

/** A debug log as sf returns it in result.logs, with one PROBE_RESULT line. */
export function debugLog(result: unknown): string {
    return [
        '65.0 APEX_CODE,DEBUG;APEX_PROFILING,INFO',
        'Execute Anonymous: Integer a = 1;',
        '12:00:00.1 (1000)|USER_DEBUG|[3]|DEBUG|something else',
        `12:00:00.2 (2000)|USER_DEBUG|[90]|ERROR|PROBE_RESULT ${JSON.stringify(result)}`,
        '12:00:00.3 (3000)|CUMULATIVE_LIMIT_USAGE'
    ].join('\n');
}

/** A successful anonymous Apex run that printed `result`. */
export function apexOk(result: unknown): SfOutcome {
    return ok({ success: true, compiled: true, compileProblem: '', exceptionMessage: '', logs: debugLog(result) });
}

/** A run that threw: sf exits 1 and puts the formatted result in `data`. */
export function apexThrew(exceptionMessage: string): SfOutcome {
    return fail({
        name: 'executeRuntimeFailure',
        message: `Execution failed at this code:\n\n${exceptionMessage}`,
        data: { success: false, compiled: true, exceptionMessage, logs: 'log' }
    });
}

/** The input JSON a rendered probe script received. */
export function scriptInput(file: string): Record<string, unknown> {
    const source = readFileSync(file, 'utf8');
    const match = /String probeInputJson = '((?:[^'\\]|\\.)*)';/.exec(source);
    if (!match) throw new Error(`no input line in ${file}`);
    const json = match[1].replace(/\\(.)/g, (_all, char: string) => ({ n: '\n', r: '\r', t: '\t' })[char] ?? char);
    return JSON.parse(json) as Record<string, unknown>;
}

/** Which probe script a rendered file is (`03-portalUser.apex`). */
export function scriptOf(file: string): ProbeScript {
    return basename(file, '.apex').replace(/^\d+-/, '') as ProbeScript;
}

export type ScriptAnswer = (input: Record<string, unknown>) => SfOutcome;

export interface OrgScene {
    organization?: Record<string, unknown>;
    display?: Record<string, unknown>;
    scripts?: Partial<Record<ProbeScript, ScriptAnswer>>;
    /** Answers of probe-portal-user.apex by mode. */
    modes?: Record<string, ScriptAnswer>;
    licences?: Record<string, unknown>[];
    flows?: Record<string, unknown>[];
    usersAfterRollback?: Record<string, unknown>[];
    sites?: Record<string, unknown>[];
    /** Users holding a Federation ID (the sample), and the users the swapped-case lookup returns. */
    federationUsers?: Record<string, unknown>[];
    federationMatches?: Record<string, unknown>[];
    /** Permission set licences labelled "Education Cloud…". */
    permissionSetLicences?: Record<string, unknown>[];
    settings?: Record<string, string>;
    /** Answers of probe-lifecycle.apex by step. */
    lifecycleSteps?: Record<string, ScriptAnswer>;
    customProfiles?: Record<string, unknown>[];
    /** The run record query's rows, one list per poll (the last one repeats). */
    runRecords?: Record<string, unknown>[][];
    runLogJobs?: Record<string, unknown>[];
    /** FieldDefinition rows of the Person Account fields (default: all three, an org with Person Accounts). */
    personAccountFields?: Record<string, unknown>[];
    /** The person account found (default: one). */
    personAccounts?: Record<string, unknown>[];
    /** PlatformAction rows of its record page (default: the product's quick action among others). */
    accountActions?: Record<string, unknown>[];
    /** UserType rows by licence, one portal user's account owner, and the CLI's per-owner count rows. */
    portalUserTypes?: Record<string, unknown>[];
    portalOwners?: Record<string, unknown>[];
    /** FlowDefinitionView DurableId rows of the list button's flow (the Setup view's flow access question). */
    flowDefinitions?: Record<string, unknown>[];
    /** SetupEntityAccess rows of the product permission sets for that flow. */
    flowAccess?: Record<string, unknown>[];
    ownerCounts?: Record<string, unknown>[] | SfOutcome;
    /** The staff test class: its deploy, its test run (status 100 with per-method messages), its deletion. */
    staffDeploy?: SfOutcome;
    staffTests?: SfOutcome;
    staffDelete?: SfOutcome;
    /** This run's portal users and their UserLogin rows (the UserLogin question, outside a test). */
    runPortalUsers?: Record<string, unknown>[];
    runUserLogins?: Record<string, unknown>[];
}

/** The stand-in lifecycle user: each step reads and changes it as the org would (happy path). */
export function lifecycleModel(): Record<string, ScriptAnswer> {
    const user = { isActive: true, isPortalEnabled: true, contactId: '003LIFE' as string | null, isFrozen: false };
    const snapshot = () => ({ ...user });
    const change =
        (apply: () => void, extra: Record<string, unknown> = {}) =>
        () => {
            const before = snapshot();
            apply();
            return apexOk({ before, update: { ok: true }, after: snapshot(), ...extra });
        };
    return {
        freeze: () => {
            const frozenBefore = user.isFrozen;
            user.isFrozen = true;
            return apexOk({ before: snapshot(), loginRows: 1, frozenBefore, update: { ok: true }, frozenAfter: true });
        },
        unfreeze: () => {
            const frozenBefore = user.isFrozen;
            user.isFrozen = false;
            return apexOk({ before: snapshot(), loginRows: 1, frozenBefore, update: { ok: true }, frozenAfter: false });
        },
        resetPassword: () =>
            apexOk({
                before: snapshot(),
                update: user.isActive
                    ? { ok: true }
                    : { ok: false, exception: 'System.InvalidParameterValueException', message: 'inactive user' },
                dmlStatements: 1,
                after: snapshot()
            }),
        deactivate: change(() => {
            user.isActive = false;
        }),
        reactivate: change(
            () => {
                user.isActive = true;
            },
            { emailInvocations: 0, singleEmailBefore: 3, singleEmailAfter: 3 }
        ),
        disable: change(() => {
            user.isPortalEnabled = false;
            user.contactId = null;
        }),
        readBack: () => apexOk({ before: snapshot(), after: snapshot() })
    };
}

/** A staff test method's row as `sf apex run test --json` returns it: failing on purpose with its PROBE_RESULT. */
export function staffTestRow(method: string, result: unknown): Record<string, unknown> {
    return {
        MethodName: method,
        FullName: `SpuProbeStafftestTest.${method}`,
        Outcome: 'Fail',
        Message: `System.AssertException: Assertion Failed: PROBE_RESULT ${JSON.stringify(result)}`,
        StackTrace: `Class.SpuProbeStafftestTest.report: line 300, column 1`
    };
}

const STAFF_SUCCESS: Record<string, string | undefined> = {
    enable: 'CREATED',
    ownerRole: 'CREATED',
    reactivate: 'REACTIVATED',
    deactivate: 'DEACTIVATED',
    disable: 'DISABLED',
    freeze: 'FROZEN',
    unfreeze: 'UNFROZEN',
    loginLink: 'LOGIN_LINK_SENT',
    permissionSet: undefined,
    permissionSetLicence: undefined,
    runRecord: 'CREATED'
};

/** The happy staff run: without sharing works everywhere, with sharing is refused on other users' records. */
export function staffHappyRows(): Record<string, unknown>[] {
    const rows = Object.entries(STAFF_SUCCESS).map(([method, status]) => {
        const userUpdate = !['enable', 'runRecord', 'permissionSet', 'permissionSetLicence'].includes(method);
        return staffTestRow(method, {
            path: method,
            variants: {
                product: status
                    ? {
                          status,
                          ownerRoleAssigned: method === 'ownerRole',
                          runsAfterStopTest: method === 'runRecord' ? 1 : undefined
                      }
                    : { skipped: 'the product assigns these only while enabling' },
                withSharing: userUpdate
                    ? {
                          ok: false,
                          statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
                          message: 'insufficient access rights on object id'
                      }
                    : { ok: true },
                withoutSharing: { ok: true }
            }
        });
    });
    rows.push(staffTestRow('userLoginRow', { path: 'userLoginRow', users: 2, loginRows: 2 }));
    return rows;
}

export const PERSON_ACCOUNT_HAPPY = {
    fields: [
        { QualifiedApiName: 'IsPersonAccount' },
        { QualifiedApiName: 'PersonContactId' },
        { QualifiedApiName: 'PersonEmail' }
    ],
    accounts: [{ Id: '001PA0000000001AAA', Name: 'Rosalind Franklin', PersonContactId: '003PA0000000001AAA' }],
    actions: [
        { ApiName: 'Edit', Label: 'Edit', Type: 'StandardButton' },
        { ApiName: 'Account.Enable_Student_User', Label: 'Enable Student User', Type: 'QuickAction' }
    ]
};

export const SCRATCH_ORG = {
    Id: '00D000000000001',
    Name: 'SPU scratch',
    IsSandbox: false,
    TrialExpirationDate: '2026-12-07T00:00:00.000+0000',
    OrganizationType: 'Enterprise Edition'
};

export const HAPPY: Required<Pick<OrgScene, 'scripts' | 'modes'>> & OrgScene = {
    scripts: {
        setupUsers: () =>
            apexOk({
                runningUserId: '005A',
                roleId: '00EROLE',
                roleOwnerId: '005A',
                rolelessOwnerId: '005OWNER',
                permissionSetId: '0PSPROBE',
                bypassAssignmentId: '0PaBYPASS',
                notes: []
            }),
        setupData: () =>
            apexOk({
                contactIds: {
                    q1: '003Q1',
                    q2: '003Q2',
                    q3: '003Q3',
                    q4: '003Q4',
                    q5master: '003Q5M',
                    q5duplicate: '003Q5D',
                    life: '003LIFE'
                }
            }),
        merge: () => apexOk({ guardBypassed: true, ok: false, statusCode: 'INVALID_OPERATION', message: 'no merge' }),
        timeZones: () =>
            apexOk({
                picklist: ['America/New_York', 'Europe/London'],
                mapped: [{ source: 'Student_Time_Zone_Mapping__mdt.GB', zone: 'Europe/London' }],
                errors: []
            }),
        runLog: () =>
            apexOk({
                startedAt: '2026-11-30T12:00:00Z',
                userUpdate: { ok: true },
                queueableJobsBefore: 0,
                enqueued: true,
                queueableJobsAfter: 1,
                entries: 1
            }),
        orgSchema: () =>
            apexOk({
                models: [
                    { name: 'EDUCATION_CLOUD', objectName: 'LearnerProgram', exists: false },
                    {
                        name: 'EDA_AFFILIATION',
                        objectName: 'hed__Affiliation__c',
                        exists: true,
                        accessible: true,
                        missingFields: []
                    },
                    { name: 'EDA_PROGRAM_ENROLLMENT', objectName: 'hed__Program_Enrollment__c', exists: false }
                ],
                personAccounts: false
            }),
        reports: (input) =>
            apexOk({
                reports: (input.reports as string[]).map((name) => ({ name, found: true, ok: true, allData: true })),
                dashboardType: 'LoggedInUser'
            }),
        bulkData: (input) =>
            apexOk({
                contactIds: Array.from(
                    { length: Number(input.count) },
                    (_none, i) => `003B${String(i).padStart(3, '0')}`
                )
            }),
        bulkEnable: (input) =>
            apexOk({
                requests: (input.contactIds as unknown[]).length,
                usedBefore: 2,
                usedAfter: 202,
                cpuMs: 6400,
                cpuLimitMs: 10000,
                elapsedMs: 21000,
                dmlStatements: 9,
                queries: 31,
                statuses: { CREATED: (input.contactIds as unknown[]).length },
                errorCodes: {},
                lockMessages: [],
                firstErrors: []
            }),
        inOrgRun: (input) =>
            apexOk(
                input.mode === 'start'
                    ? { runId: 'a0RIN0', name: 'SUR-00000042', asyncUsedBefore: 100, warnings: [] }
                    : input.mode === 'read'
                      ? {
                            status: 'COMPLETED',
                            studentCount: 300,
                            succeeded: 300,
                            failed: 0,
                            jobs: 3,
                            reenqueues: 0,
                            chunkSize: 200,
                            startedAt: '2026-12-07T10:00:00.000Z',
                            finishedAt: '2026-12-07T10:01:30.000Z',
                            lastError: null,
                            failures: [],
                            asyncUsedNow: 103
                        }
                      : { runs: 1 }
            ),
        cleanupUsers: () => apexOk({ users: 2, assignments: 0, errors: [] }),
        cleanupData: () => apexOk({ contacts: 6, accounts: 2, errors: [] }),
        cleanupSetup: () => apexOk({ roles: 0, permissionSets: 1, errors: [] }),
        cleanupRuns: () => apexOk({ runs: 1, errors: [] })
    },
    modes: {
        ownerRole: () =>
            apexOk({
                profileId: '00eC',
                profileName: 'Student Login',
                profileIsCustom: true,
                licence: 'PID_Customer_Community_Plus_Login',
                ownerRoleUpdate: { ok: true, id: '005OWNER' },
                insert: { ok: true, id: '005NEW' },
                rollback: { ok: true }
            }),
        userAndPermissionSet: () =>
            apexOk({
                profileIsCustom: true,
                insert: { ok: true, id: '005NEW' },
                assignment: { ok: true, id: '0PaNEW' },
                assignmentsSeen: 1,
                rollback: { ok: true }
            }),
        rollback: () =>
            apexOk({
                profileIsCustom: true,
                insert: { ok: true, id: '005NEW' },
                username: 'spu-probe-t-q3@example.com',
                loginState: {
                    loginRows: 1,
                    isFrozen: false,
                    isPasswordLocked: false,
                    lastPasswordChangeDate: null,
                    lastLoginDate: null
                },
                rollback: { ok: true },
                usersAfterRollback: 0
            }),
        standardProfile: () =>
            apexOk({
                attempts: [
                    {
                        licence: 'PID_Customer_Community_Plus_Login',
                        profileName: 'Std Login',
                        insert: {
                            ok: false,
                            statusCode: 'FIELD_INTEGRITY_EXCEPTION',
                            message: 'standard profile refused'
                        }
                    }
                ]
            }),
        committedUser: (input) =>
            apexOk({
                profileIsCustom: true,
                licence: 'PID_Customer_Community_Plus_Login',
                emailInvocations: 0,
                insert: { ok: true, id: input.suffix === 'life' ? '005LIFE' : '005Q5' }
            })
    },
    portalUserTypes: [
        { licence: 'PID_Customer_Community_Plus', userType: 'PowerCustomerSuccess', users: 3 },
        { licence: 'PID_Customer_Community_Plus_Login', userType: 'PowerCustomerSuccess', users: 40 }
    ],
    portalOwners: [{ Account: { OwnerId: '005OWNER' } }],
    flowDefinitions: [{ DurableId: '300FLOW' }],
    flowAccess: [
        { Parent: { Name: 'Student_User_Enablement' }, SetupEntityId: '300FLOW', SetupEntityType: 'FlowDefinition' },
        { Parent: { Name: 'Student_User_Lifecycle' }, SetupEntityId: '300FLOW', SetupEntityType: 'FlowDefinition' }
    ],
    ownerCounts: [{ accountOwner: '005OWNER', portalAccounts: 43 }],
    customProfiles: [
        {
            ProfileId: '00eL',
            Profile: {
                Name: 'Student Portal Login User',
                UserLicense: { LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login' }
            }
        },
        {
            ProfileId: '00eP',
            Profile: {
                Name: 'Student Portal Plus User',
                UserLicense: { LicenseDefinitionKey: 'PID_Customer_Community_Plus' }
            }
        }
    ],
    runRecords: [
        [
            {
                Id: 'a0RUN',
                Action__c: 'PROBE',
                Student_Count__c: 1,
                Items__r: { totalSize: 1, done: true, records: [{ Id: 'a0ITEM', Status__c: 'PROBE' }] }
            }
        ]
    ],
    runLogJobs: [],
    licences: [
        { LicenseDefinitionKey: 'PID_Customer_Community_Plus', TotalLicenses: 5, UsedLicenses: 0, Status: 'Active' },
        {
            LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login',
            TotalLicenses: 500,
            UsedLicenses: 1,
            Status: 'Active'
        }
    ],
    flows: [{ ApiName: 'Enable_Student_Users', IsActive: true, ActiveVersionId: '301A', LatestVersionId: '301A' }],
    usersAfterRollback: [],
    federationUsers: [{ Id: '005FED', FederationIdentifier: 'S1234abc' }],
    federationMatches: [{ Id: '005FED', Username: 'fed@example.com' }],
    permissionSetLicences: [
        {
            DeveloperName: 'EducationCloudForExperienceCloudUser',
            MasterLabel: 'Education Cloud for Experience Cloud User',
            Status: 'Active',
            TotalLicenses: 10,
            UsedLicenses: 2
        }
    ],
    settings: {
        Apex: '<ApexSettings><enableDisableParallelApexTesting>false</enableDisableParallelApexTesting></ApexSettings>',
        Communities:
            '<CommunitiesSettings><enableOotbProfExtUserOpsEnable>false</enableOotbProfExtUserOpsEnable></CommunitiesSettings>',
        Flow: '<FlowSettings><enableFlowDeployAsActiveEnabled>false</enableFlowDeployAsActiveEnabled></FlowSettings>',
        Sharing:
            '<SharingSettings><enableAccountRoleOptimization>true</enableAccountRoleOptimization></SharingSettings>'
    }
};

function rows(records: unknown[] = []): SfOutcome {
    return ok({ records, totalSize: records.length, done: true });
}

/** The stub org: `scene` overrides the happy path piece by piece. */
export function stubOrg(scene: OrgScene = {}): SfStub {
    const scripts = { ...HAPPY.scripts, ...scene.scripts };
    const modes = { ...HAPPY.modes, ...scene.modes };
    const settings = scene.settings ?? HAPPY.settings ?? {};
    const steps = { ...lifecycleModel(), ...scene.lifecycleSteps };
    // UsedLicenses of the Login licence rises by one when the lifecycle user is created (seat counting question).
    let lifeCreated = false;
    const licenceRows = () =>
        (scene.licences ?? HAPPY.licences ?? []).map((row) =>
            lifeCreated && row.LicenseDefinitionKey === 'PID_Customer_Community_Plus_Login' && !scene.licences
                ? { ...row, UsedLicenses: Number(row.UsedLicenses) + 1 }
                : row
        );
    const runPolls = scene.runRecords ?? HAPPY.runRecords ?? [[]];
    let polls = 0;
    return (
        stubSf()
            .on('data query --query SELECT Id, Name, IsSandbox', rows([scene.organization ?? SCRATCH_ORG]))
            .on('org display', ok(scene.display ?? { id: '00D000000000001', devHubId: 'hub@example.com' }))
            .on('data query --query SELECT LicenseDefinitionKey', () => rows(licenceRows()))
            .on('data query --query SELECT ApiName', rows(scene.flows ?? HAPPY.flows))
            // Registered after the flow query's prefix 'SELECT ApiName': the stub tries the latest registration first.
            .on(
                'data query --query SELECT QualifiedApiName',
                rows(scene.personAccountFields ?? PERSON_ACCOUNT_HAPPY.fields)
            )
            .on(
                'data query --query SELECT Id, Name, PersonContactId',
                rows(scene.personAccounts ?? PERSON_ACCOUNT_HAPPY.accounts)
            )
            .on(
                'data query --query SELECT ApiName, Label, Type FROM PlatformAction',
                rows(scene.accountActions ?? PERSON_ACCOUNT_HAPPY.actions)
            )
            .on('data query --query SELECT Id, IsActive FROM User', rows(scene.usersAfterRollback ?? []))
            .on('data query --query SELECT Id, Name, Status, UrlPathPrefix', rows(scene.sites ?? []))
            .on(
                'data query --query SELECT Id, FederationIdentifier FROM User',
                rows(scene.federationUsers ?? HAPPY.federationUsers)
            )
            .on(
                'data query --query SELECT Id, Username FROM User WHERE FederationIdentifier',
                rows(scene.federationMatches ?? HAPPY.federationMatches)
            )
            .on(
                'data query --query SELECT Id, DeveloperName, MasterLabel',
                rows(scene.permissionSetLicences ?? HAPPY.permissionSetLicences)
            )
            .on('data query --query SELECT ProfileId', rows(scene.customProfiles ?? HAPPY.customProfiles))
            .on(
                'data query --query SELECT Profile.UserLicense.LicenseDefinitionKey licence',
                rows(scene.portalUserTypes ?? HAPPY.portalUserTypes)
            )
            .on('data query --query SELECT Account.OwnerId FROM User', rows(scene.portalOwners ?? HAPPY.portalOwners))
            .on('data query --query SELECT DurableId', rows(scene.flowDefinitions ?? HAPPY.flowDefinitions ?? []))
            .on(
                'data query --query SELECT Parent.Name, SetupEntityId',
                rows(scene.flowAccess ?? HAPPY.flowAccess ?? [])
            )
            .on(
                'data query --query SELECT Account.OwnerId accountOwner',
                Array.isArray(scene.ownerCounts ?? HAPPY.ownerCounts)
                    ? rows((scene.ownerCounts ?? HAPPY.ownerCounts) as unknown[])
                    : (scene.ownerCounts as SfOutcome)
            )
            .on('data query --query SELECT Id, Action__c', () => rows(runPolls[Math.min(polls++, runPolls.length - 1)]))
            .on(
                'data query --query SELECT Status__c, Jobs__c FROM Student_User_Run__c',
                rows([{ Status__c: 'COMPLETED', Jobs__c: 3 }])
            )
            .on('data query --query SELECT Id, Status, ExtendedStatus', rows(scene.runLogJobs ?? HAPPY.runLogJobs))
            .on(
                'data query --query SELECT Id, Username, LastLoginDate FROM User',
                rows(
                    scene.runPortalUsers ?? [
                        { Id: '005000000000LIFE', Username: 'spu-probe-t-life@example.com', LastLoginDate: null }
                    ]
                )
            )
            .on(
                'data query --query SELECT UserId, IsFrozen FROM UserLogin',
                rows(scene.runUserLogins ?? [{ UserId: '005000000000LIFE', IsFrozen: false }])
            )
            .on('project deploy start', (args) =>
                args.includes('--metadata-dir') &&
                args[args.indexOf('--metadata-dir') + 1].endsWith('staff-class-delete')
                    ? (scene.staffDelete ?? ok({ status: 'Succeeded' }))
                    : (scene.staffDeploy ?? ok({ status: 'Succeeded' }))
            )
            .on('project retrieve start', (args) => {
                const dir = join(args[args.indexOf('--target-metadata-dir') + 1], 'unpackaged', 'settings');
                mkdirSync(dir, { recursive: true });
                for (const [name, xml] of Object.entries(settings)) writeFileSync(join(dir, `${name}.settings`), xml);
                return ok({ done: true, status: 'Succeeded' });
            })
            .on('apex run', (args) => {
                const file = args[args.indexOf('--file') + 1];
                const script = scriptOf(file);
                const input = scriptInput(file);
                if (script === 'portalUser') {
                    const answer = modes[String(input.mode)];
                    if (!answer) throw new Error(`no stub for mode ${String(input.mode)}`);
                    if (input.mode === 'committedUser' && input.suffix === 'life') lifeCreated = true;
                    return answer(input);
                }
                if (script === 'lifecycle') {
                    const answer = steps[String(input.step)];
                    if (!answer) throw new Error(`no stub for lifecycle step ${String(input.step)}`);
                    return answer(input);
                }
                const answer = scripts[script];
                if (!answer) throw new Error(`no stub for ${script}`);
                return answer(input);
            })
            // Registered after 'apex run': the stub tries the latest registration first.
            .on(
                'apex run test',
                scene.staffTests ?? fail({ result: { summary: { outcome: 'Failed' }, tests: staffHappyRows() } }, 100)
            )
    );
}

/** The scripts run, in order, with their inputs. */
export function apexRuns(stub: SfStub): { script: string; input: Record<string, unknown> }[] {
    return stub.calls
        .filter((args) => args[0] === 'apex' && args[1] === 'run' && args[2] === '--file')
        .map((args) => {
            const file = args[args.indexOf('--file') + 1];
            return { script: scriptOf(file), input: scriptInput(file) };
        });
}

/**
 * One full probe run (tag `tag1`, target org `o`) against the stand-in org, in `work`: the report, an answer by id,
 * the waits, printed lines, scripts run and queries sent.
 */
export async function runStubProbe(work: string, scene: OrgScene = {}, stubbed: SfStub = stubOrg(scene)) {
    const sleeps: number[] = [];
    const lines: string[] = [];
    const reportFile = join(work, 'report.json');
    await runProbeCli(['--target-org', 'o', '--output-file', reportFile], {
        sf: stubbed.sf,
        projectRoot: join(__dirname, '..', '..', '..'),
        log: (line) => lines.push(line),
        error: () => undefined,
        tag: 'tag1',
        workDir: join(work, 'scripts'),
        sleep: (ms) => {
            sleeps.push(ms);
            return Promise.resolve();
        }
    });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ProbeReport;
    const answer = (id: string) => report.answers.find((candidate) => candidate.id === id);
    const scripts = apexRuns(stubbed).map((entry) => entry.script);
    const queries = stubbed.calls.filter((args) => args[0] === 'data').map((args) => args[3]);
    return { report, answer, sleeps, scripts, queries, lines, stubbed };
}
