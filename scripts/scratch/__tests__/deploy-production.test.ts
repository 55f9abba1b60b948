import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findApexTestClasses, hasTestMethods } from '../apex-tests';
import { deployWithTests } from '../commands';
import { deploySteps } from '../deploy-flow';
import { parseDeployOptions } from '../options';
import { PREREQUISITES } from '../prerequisites';
import type { SfOutcome } from '../sf';
import { runSteps } from '../steps';
import { fail, ok, recordingLog, stubSf } from './sf-stub';

const ROOT = join(__dirname, '..', '..', '..');
const JOB = '0Af5g00000AbCdEFGH';

/** Every .cls file name under a folder, without the extension. */
function classFiles(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.cls'))
        .map((file) => file.split('/').pop()!.slice(0, -'.cls'.length));
}

const SITES = ok({ records: [{ Name: 'Students', Status: 'Live' }] });
const LICENCES = ok({
    records: [
        {
            Name: 'Customer Community Plus Login',
            LicenseDefinitionKey: 'PID_Customer_Community_Plus_Login',
            Status: 'Active',
            TotalLicenses: 500,
            UsedLicenses: 12
        }
    ]
});
const loginProfile = (name: string, key = 'PID_Customer_Community_Plus_Login'): Record<string, unknown> => ({
    ProfileId: '00e1',
    Profile: { Name: name, UserLicense: { LicenseDefinitionKey: key } }
});
const PROFILES = ok({ records: [loginProfile('Student Portal Login User')] });

/** An org that answers the three prerequisite queries (each overridable) and every deploy. */
function org(answers: { sites?: SfOutcome; licences?: SfOutcome; profiles?: SfOutcome } = {}) {
    return stubSf()
        .on('data query', (args) => {
            const soql = args[3];
            if (soql.includes('FROM Network')) return answers.sites ?? SITES;
            if (soql.includes('FROM UserLicense')) return answers.licences ?? LICENCES;
            if (soql.includes('FROM PermissionSet')) return answers.profiles ?? PROFILES;
            return ok({ records: [{ ApiName: 'Enable_Student_Users', ActiveVersionId: '301A' }] });
        })
        .on('project deploy start', ok({ status: 'Succeeded', numberComponentsDeployed: 300 }))
        .on('project deploy validate', ok({ status: 'Succeeded', id: JOB, checkOnly: true }))
        .on('project deploy quick', ok({ status: 'Succeeded', numberComponentsDeployed: 300 }));
}

async function deploy(options: { validate?: boolean; quickJobId?: string }, stub = org(), tests = ['ATest', 'BTest']) {
    const { log, text } = recordingLog();
    const outcome = await runSteps(deploySteps(stub.sf, log, options, tests), { targetOrg: 'prod' }, log);
    const verbs = stub.calls.map((call) =>
        call[0] === 'data' ? `query ${call[3].split(' FROM ')[1].split(' ')[0]}` : call.slice(0, 3).join(' ')
    );
    return { outcome, calls: stub.calls, verbs, text: text() };
}

describe('npm run deploy: the test classes come from the source', () => {
    it('finds every test class of force-app and only those (the factory and stand-ins are @IsTest without tests)', () => {
        const found = findApexTestClasses(join(ROOT, 'force-app'));
        const testFiles = classFiles(join(ROOT, 'force-app')).filter((name) => name.endsWith('Test'));
        expect(found).toEqual([...testFiles].sort((a, b) => a.localeCompare(b)));
        expect(found.length).toBeGreaterThan(30);
        expect(found).not.toContain('StudentUserTestFactory');
        expect(found).not.toContain('StudentUserSelectorStandIn');
    });

    it('picks up a new test class without any list to edit, and skips utilities, comments and production classes', () => {
        const dir = mkdtempSync(join(tmpdir(), 'apex-tests-'));
        try {
            mkdirSync(join(dir, 'classes', 'deep'), { recursive: true });
            const write = (name: string, source: string): void =>
                writeFileSync(join(dir, 'classes', 'deep', `${name}.cls`), source);
            write(
                'NewFeatureTest',
                '@IsTest\nprivate class NewFeatureTest {\n    @IsTest\n    static void works() {}\n}'
            );
            write('OldStyleTest', '@isTest\nprivate class OldStyleTest {\n    static testMethod void works() {}\n}');
            write('Helper', '@IsTest\npublic class Helper {\n    public static Integer one() { return 1; }\n}');
            write('Product', "// @IsTest in a comment\npublic class Product {\n    String s = '@IsTest';\n}");
            expect(findApexTestClasses(dir)).toEqual(['NewFeatureTest', 'OldStyleTest']);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
        expect(hasTestMethods('@IsTest class A { /* @IsTest */ void m() {} }')).toBe(false);
    });
});

describe('npm run deploy: RunSpecifiedTests, never the org-wide default', () => {
    it('deploys with --test-level RunSpecifiedTests and one --tests per project test class', async () => {
        const { outcome, calls } = await deploy({});
        expect(outcome.ok).toBe(true);
        const start = calls.find((call) => call.slice(0, 3).join(' ') === 'project deploy start')!;
        expect(start).toEqual([
            'project',
            'deploy',
            'start',
            '--source-dir',
            'force-app',
            '--target-org',
            'prod',
            '--test-level',
            'RunSpecifiedTests',
            '--tests',
            'ATest',
            '--tests',
            'BTest',
            '--wait',
            '120',
            '--json'
        ]);
    });

    it('never builds a product deploy without a test level or without tests', () => {
        for (const verb of ['start', 'validate'] as const) {
            const args = deployWithTests(verb, 'force-app', 'prod', ['ATest']);
            expect(args[args.indexOf('--test-level') + 1]).toBe('RunSpecifiedTests');
        }
        expect(() => deployWithTests('start', 'force-app', 'prod', [])).toThrow(
            /no Apex test class found in force-app/
        );
    });

    it('checks the prerequisites first, then deploys, then reads the flow status', async () => {
        const { verbs, text } = await deploy({});
        expect(verbs).toEqual([
            'query Network',
            'query UserLicense',
            'query PermissionSet',
            'project deploy start',
            'query FlowDefinitionView'
        ]);
        expect(text).toContain('ok      Digital Experiences enabled: on: 1 site(s), 1 live');
        expect(text).toContain(
            'ok      A Customer Community Plus licence: Customer Community Plus Login: 12 of 500 used'
        );
        expect(text).toContain('Student Portal Login User');
    });
});

describe('npm run deploy: a missing prerequisite stops it before anything is deployed', () => {
    it('Digital Experiences off (Network does not exist): lists it with the fix, checks the rest, deploys nothing', async () => {
        const { outcome, verbs, text } = await deploy(
            {},
            org({ sites: fail({ name: 'INVALID_TYPE', message: "sObject type 'Network' is not supported." }) })
        );
        expect(outcome.ok).toBe(false);
        expect(verbs).toEqual(['query Network', 'query UserLicense', 'query PermissionSet']);
        expect(text).toContain(
            'MISSING Digital Experiences enabled: off (the Network object does not exist in this org)'
        );
        expect(text).toContain('Fix: Setup > Digital Experiences > Settings: Enable Digital Experiences');
        expect(text).toContain('1 of 3 prerequisite(s) missing, nothing was deployed:');
        expect(text).toContain('- Digital Experiences enabled');
    });

    it('no Customer Community Plus licence with seats', async () => {
        const { outcome, text } = await deploy(
            {},
            org({
                licences: ok({
                    records: [
                        { Name: 'Customer Community Plus', Status: 'Disabled', TotalLicenses: 0, UsedLicenses: 0 }
                    ]
                }),
                profiles: ok({ records: [] })
            })
        );
        expect(outcome.ok).toBe(false);
        expect(text).toContain(
            'MISSING A Customer Community Plus licence: none of PID_Customer_Community_Plus, PID_Customer_Community_Plus_Login in the org'
        );
        expect(text).toContain('no custom profile of either licence (standard external profiles do not count)');
        expect(text).toContain('2 of 3 prerequisite(s) missing');
    });

    it('only a custom profile of the member-based licence: the tests need a Login one', async () => {
        const { outcome, text } = await deploy(
            {},
            org({ profiles: ok({ records: [loginProfile('Student Member', 'PID_Customer_Community_Plus')] }) })
        );
        expect(outcome.ok).toBe(false);
        expect(text).toContain('only custom profiles of Customer Community Plus (Student Member)');
        expect(text).toContain('clone "Customer Community Plus Login User"');
    });

    it('a prerequisite that cannot be read fails too (never a silent pass)', async () => {
        const { outcome, text } = await deploy(
            {},
            org({ licences: fail({ name: 'INSUFFICIENT_ACCESS', message: 'no access to UserLicense' }) })
        );
        expect(outcome.ok).toBe(false);
        expect(text).toContain('MISSING A Customer Community Plus licence: could not be read: INSUFFICIENT_ACCESS');
    });

    it('has the three prerequisites the README lists, in order', () => {
        expect(PREREQUISITES.map((prerequisite) => prerequisite.title)).toEqual([
            'Digital Experiences enabled',
            'A Customer Community Plus licence',
            'A custom student profile of the Customer Community Plus Login licence (the Apex tests use it)'
        ]);
    });
});

describe('npm run deploy: validate, then quick-deploy', () => {
    it('--validate: prerequisites, then sf project deploy validate with the tests; prints the job and the quick command', async () => {
        const { outcome, calls, verbs, text } = await deploy({ validate: true });
        expect(outcome.ok).toBe(true);
        expect(verbs).toEqual(['query Network', 'query UserLicense', 'query PermissionSet', 'project deploy validate']);
        expect(calls[3]).toContain('RunSpecifiedTests');
        expect(text).toContain(`Validated: job ${JOB}`);
        expect(text).toContain(`npm run deploy -- --target-org prod --quick ${JOB}`);
    });

    it('--quick: sf project deploy quick --job-id, no tests and no prerequisites again, then the flow status', async () => {
        const { outcome, calls, verbs } = await deploy({ quickJobId: JOB });
        expect(outcome.ok).toBe(true);
        expect(verbs).toEqual(['project deploy quick', 'query FlowDefinitionView']);
        expect(calls[0]).toEqual([
            'project',
            'deploy',
            'quick',
            '--job-id',
            JOB,
            '--target-org',
            'prod',
            '--wait',
            '60',
            '--json'
        ]);
    });

    it('a failed quick deploy says how to validate again', async () => {
        const stub = org().on('project deploy quick', fail({ name: 'INVALID_ID_FIELD', message: 'invalid job' }));
        const { outcome, text } = await deploy({ quickJobId: JOB }, stub);
        expect(outcome.ok).toBe(false);
        expect(text).toContain('validate again with npm run deploy -- --target-org prod --validate');
    });

    it('parses --validate and --quick, refuses both and a malformed job id', () => {
        expect(parseDeployOptions(['-o', 'prod', '--validate'])).toEqual({ targetOrg: 'prod', validate: true });
        expect(parseDeployOptions(['-o', 'prod', '--quick', JOB])).toEqual({ targetOrg: 'prod', quickJobId: JOB });
        expect(() => parseDeployOptions(['-o', 'prod', '--validate', '--quick', JOB])).toThrow(
            /--validate or --quick, not both/
        );
        expect(() => parseDeployOptions(['-o', 'prod', '--quick', '12345'])).toThrow(/job id a validation printed/);
    });
});
