// @ts-nocheck
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScratchOptions } from '../options';
import { DEV_HUB_FIX } from '../project';
import { createScratchContext, scratchSteps, scratchSummary } from '../scratch-flow';
import type { ScratchContext } from '../scratch-flow';
import { STUDENTS_PLACEHOLDER } from '../seed';
import { runSteps } from '../steps';
import { fail, ok, recordingLog, stubSf } from './sf-stub';
import type { SfStub } from './sf-stub';

const ROOT = join(__dirname, '..', '..', '..');
const LICENSES = {
    records: [
        { LicenseDefinitionKey: 'PID_Customer_Community_Plus', TotalLicenses: 5, UsedLicenses: 0 },
        { LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login', TotalLicenses: 5, UsedLicenses: 1 }
    ]
};
const APEX_LOG = '12:00:00.1 (1)|USER_DEBUG|[9]|ERROR|SPU_DEMO created 7 contacts\n12:00:00.2 (2)|CODE_UNIT_FINISHED';

let workDir: string;

beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'spu-scratch-test-'));
});

afterEach(() => {
    rmSync(workDir, { recursive: true, force: true });
});

/** An sf stand-in where every step succeeds. */
function happySf(): SfStub {
    return stubSf()
        .on('config get target-dev-hub', ok([{ name: 'target-dev-hub', value: 'devhub', success: true }]))
        .on('org create scratch', ok({ username: 'test-x@example.com', orgId: '00D000000000001' }))
        .on('data query', (args) =>
            args.join(' ').includes('FROM UserLicense')
                ? ok(LICENSES)
                : ok({ records: [{ Id: '003000000000001AAA', Name: 'Ada Lovelace' }] })
        )
        .on('project deploy start', ok({ status: 'Succeeded', numberComponentsDeployed: 12 }))
        .on(
            'org assign permset',
            ok({ successes: [{ name: 'admin', value: 'Student_User_Enablement' }], failures: [] })
        )
        .on('apex run', ok({ success: true, compiled: true, logs: APEX_LOG }))
        .on('org open', ok({ url: 'https://example.my.salesforce.com/lightning/r/Contact/003000000000001AAA/view' }));
}

async function run(argv: string[], stub: SfStub): Promise<{ ok: boolean; text: string; context: ScratchContext }> {
    const { log, text } = recordingLog();
    const context = createScratchContext(parseScratchOptions(argv), ROOT, workDir);
    const outcome = await runSteps(scratchSteps(stub.sf, log), context, log);
    return { ok: outcome.ok, text: text(), context };
}

describe('npm run scratch', () => {
    it('runs every step with the exact sf command lines, in order', async () => {
        const stub = happySf();
        const result = await run(['--alias', 'demo1', '--duration-days', '3'], stub);

        expect(result.ok).toBe(true);
        expect(stub.calls).toEqual([
            ['config', 'get', 'target-dev-hub', '--json'],
            [
                'org',
                'create',
                'scratch',
                '--definition-file',
                'config/project-scratch-def.json',
                '--alias',
                'demo1',
                '--duration-days',
                '3',
                '--target-dev-hub',
                'devhub',
                '--set-default',
                '--wait',
                '30',
                '--json'
            ],
            [
                'data',
                'query',
                '--query',
                "SELECT LicenseDefinitionKey, TotalLicenses, UsedLicenses FROM UserLicense WHERE LicenseDefinitionKey IN ('PID_Customer_Community_Plus', 'PID_Customer_Community_Plus_Login')",
                '--target-org',
                'demo1',
                '--json'
            ],
            [
                'project',
                'deploy',
                'start',
                '--source-dir',
                'force-app',
                '--target-org',
                'demo1',
                '--wait',
                '60',
                '--json'
            ],
            ['project', 'deploy', 'start', '--source-dir', 'demo', '--target-org', 'demo1', '--wait', '60', '--json'],
            ['org', 'assign', 'permset', '--name', 'Student_User_Enablement', '--target-org', 'demo1', '--json'],
            ['apex', 'run', '--file', 'scripts/apex/demo-users.apex', '--target-org', 'demo1', '--json'],
            ['apex', 'run', '--file', join(workDir, 'demo-students.apex'), '--target-org', 'demo1', '--json'],
            ['apex', 'run', '--file', join(workDir, 'demo-portal-user.apex'), '--target-org', 'demo1', '--json'],
            [
                'apex',
                'run',
                '--file',
                join(workDir, 'demo-deactivate-portal-user.apex'),
                '--target-org',
                'demo1',
                '--json'
            ],
            [
                'data',
                'query',
                '--query',
                "SELECT Id, Name FROM Contact WHERE Account.AccountNumber = 'SPU-DEMO-ada-lovelace' LIMIT 1",
                '--target-org',
                'demo1',
                '--json'
            ],
            ['org', 'open', '--target-org', 'demo1', '--path', '/lightning/r/Contact/003000000000001AAA/view', '--json']
        ]);
        expect(result.context.firstContactId).toBe('003000000000001AAA');
        expect(result.text).toContain('[1/13] Check the local files');
        expect(result.text).toContain('[13/13] Open the first student');
        expect(result.text).toContain('    created 7 contacts');
        expect(scratchSummary(result.context).join('\n')).toContain('npm run scratch:delete -- --target-org demo1');
    });

    it('with --shape person-accounts: creates from its definition and says where the person accounts are', async () => {
        const stub = happySf();
        const result = await run(['--alias', 'pa1', '--shape', 'person-accounts'], stub);
        expect(result.ok).toBe(true);
        const create = stub.calls.find((args) => args[0] === 'org' && args[1] === 'create') ?? [];
        expect(create[create.indexOf('--definition-file') + 1]).toBe('config/project-scratch-def.person-accounts.json');
        expect(scratchSummary(result.context).join('\n')).toContain(
            "Person accounts: open Rosalind Franklin's Account (AccountNumber SPU-DEMO-rosalind-franklin)"
        );
        const other = await run(['--alias', 'ba1'], happySf());
        expect(scratchSummary(other.context).join('\n')).not.toContain('Person accounts:');
    });

    it('hands the seed scripts the students of demo/data/students.json', async () => {
        await run([], happySf());
        const rendered = readFileSync(join(workDir, 'demo-students.apex'), 'utf8');
        expect(rendered).not.toContain(STUDENTS_PLACEHOLDER);
        expect(rendered).toContain('String studentsJson = \'[{"key":"ada-lovelace"');
    });

    it('stops before creating anything when no Dev Hub is configured, and says how to authorize one', async () => {
        const stub = happySf().on('config get target-dev-hub', ok([{ name: 'target-dev-hub', success: true }]));
        const result = await run([], stub);

        expect(result.ok).toBe(false);
        expect(result.text).toContain('FAILED at step 2/13 "Find the Dev Hub"');
        expect(result.text).toContain('no Dev Hub is configured (target-dev-hub is not set)');
        expect(result.text).toContain(`Fix: ${DEV_HUB_FIX}`);
        expect(DEV_HUB_FIX).toContain('sf org login web --set-default-dev-hub --alias devhub');
        expect(stub.calls).toHaveLength(1);
    });

    it('names the Dev Hub fix when sf cannot use the given Dev Hub', async () => {
        const stub = happySf().on(
            'org create scratch',
            fail({ name: 'NoDefaultDevHubError', message: 'No default dev hub found.' })
        );
        const result = await run(['--target-dev-hub', 'hub2'], stub);

        expect(result.text).toContain('FAILED at step 3/13 "Create the scratch org"');
        expect(result.text).toContain('NoDefaultDevHubError: No default dev hub found.');
        expect(result.text).toContain(`Fix: ${DEV_HUB_FIX}`);
        expect(stub.calls[0]).toContain('hub2');
    });

    it('prints the sf summary of a failed deploy, one line per component, and how to redeploy', async () => {
        const stub = happySf().on(
            'project deploy start',
            fail({
                result: {
                    status: 'Failed',
                    files: [
                        {
                            state: 'Failed',
                            type: 'ApexClass',
                            fullName: 'StudentUserService',
                            filePath: 'force-app/main/default/classes/StudentUserService.cls',
                            lineNumber: 12,
                            columnNumber: 5,
                            problem: 'Variable does not exist: x'
                        },
                        { state: 'Changed', type: 'ApexClass', fullName: 'Other' }
                    ]
                }
            })
        );
        const result = await run(['--alias', 'demo2'], stub);

        expect(result.text).toContain('FAILED at step 5/13 "Deploy the product metadata (force-app)"');
        expect(result.text).toContain(
            'ApexClass StudentUserService (force-app/main/default/classes/StudentUserService.cls:12:5): Variable does not exist: x'
        );
        expect(result.text).not.toContain('ApexClass Other');
        expect(result.text).toContain(
            'Fix: fix the components listed above, then redeploy: npm run deploy -- --target-org demo2'
        );
    });

    it('fails when the org lacks a Customer Community Plus licence, naming the missing key', async () => {
        const stub = happySf().on('data query', ok({ records: [LICENSES.records[0]] }));
        const result = await run([], stub);

        expect(result.text).toContain('FAILED at step 4/13 "Check the Customer Community Plus licences"');
        expect(result.text).toContain('the org has no PID_Customer_Community_Plus_Login licence');
        expect(result.text).toContain('CustomerCommunityPlusLogin');
        expect(result.text).toContain('and your Dev Hub must be allowed to grant them; see docs/scratch.md');
    });

    it('points a refused scratch definition at the scratch page, which exists', async () => {
        const stub = happySf().on(
            'org create scratch',
            fail({ name: 'ScratchOrgInfoError', message: 'Invalid feature: NotAFeature' })
        );
        const result = await run([], stub);

        expect(result.text).toContain('FAILED at step 3/13 "Create the scratch org"');
        expect(result.text).toContain(
            'Fix: check config/project-scratch-def.json (features and settings must be available to your Dev Hub); see docs/scratch.md'
        );
        expect(existsSync(join(__dirname, '..', '..', '..', 'docs', 'scratch.md'))).toBe(true);
    });

    it('carries on when the permission set is already assigned', async () => {
        const stub = happySf().on(
            'org assign permset',
            fail({
                result: { successes: [], failures: [{ name: 'admin', message: 'Duplicate PermissionSetAssignment' }] }
            })
        );
        const result = await run([], stub);

        expect(result.ok).toBe(true);
        expect(result.text).toContain('already assigned');
    });

    it('reports a failing seed script with the Apex error and how to resume', async () => {
        const stub = happySf().on(
            'apex run',
            fail({
                name: 'executeCompileFailure',
                message: 'Error: Line: 40, Column: 1\nInvalid type: StudentUserRequest'
            })
        );
        const result = await run(['--alias', 'demo3'], stub);

        expect(result.text).toContain('FAILED at step 8/13 "Seed users and roles');
        expect(result.text).toContain(
            'executeCompileFailure: Error: Line: 40, Column: 1 Invalid type: StudentUserRequest'
        );
        expect(result.text).toContain('npm run scratch -- --target-org demo3');
    });

    it('resumes in an existing org with --target-org: no Dev Hub lookup, no creation', async () => {
        const stub = happySf();
        const result = await run(['--target-org', 'existing'], stub);

        expect(result.ok).toBe(true);
        expect(result.text).toContain('[2/13] Find the Dev Hub (skipped)');
        expect(result.text).toContain('[3/13] Create the scratch org (skipped)');
        expect(stub.calls.some((args) => args.includes('create') || args.includes('config'))).toBe(false);
        expect(stub.calls.every((args) => args.join(' ').includes('--target-org existing'))).toBe(true);
    });

    it('prints the URL instead of opening a browser with --no-open', async () => {
        const stub = happySf();
        const result = await run(['--no-open'], stub);

        expect(stub.calls[stub.calls.length - 1]).toEqual([
            'org',
            'open',
            '--target-org',
            'spu-scratch',
            '--path',
            '/lightning/r/Contact/003000000000001AAA/view',
            '--url-only',
            '--json'
        ]);
        expect(result.text).toContain(
            'URL: https://example.my.salesforce.com/lightning/r/Contact/003000000000001AAA/view'
        );
    });

    it('refuses a definition file that does not exist before calling sf', async () => {
        const stub = happySf();
        const result = await run(['--definition-file', 'config/nope.json'], stub);

        expect(result.text).toContain('definition file config/nope.json does not exist');
        expect(stub.calls).toHaveLength(0);
    });

    it('says the org is unreachable rather than blaming the metadata', async () => {
        const stub = happySf().on(
            'project deploy start',
            fail({ name: 'NamedOrgNotFoundError', message: 'No authorization information found for gone.' })
        );
        const result = await run(['--target-org', 'gone'], stub);

        expect(result.text).toContain('Fix: no usable org "gone": check the alias with sf org list');
    });
});
