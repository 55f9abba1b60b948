/** The staff probe's process side: the rendered class, the Metadata API directories, the sf lines, the test run read. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithApexParser } from '../../check/__tests__/fixtures';
import { parseApex } from '../../check/lib/apex-parser';
import { fail, ok, stubSf } from '../../scratch/__tests__/sf-stub';
import {
    deleteStaffClass,
    deployMetadataDirArgs,
    probeResultFromMessage,
    readStaffTestRun,
    renderStaffClass,
    runStaffClass,
    runStaffTestArgs,
    STAFF_TEMPLATE,
    staffClassName,
    writeDeployDir,
    writeDestructiveDir
} from '../staff';
import { STAFF_PATHS } from '../verdicts-staff';
import { staffHappyRows, staffTestRow } from './probe-stub';

const ROOT = join(__dirname, '..', '..', '..');
const TEMPLATE = readFileSync(join(ROOT, STAFF_TEMPLATE), 'utf8');

let work: string;
beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'probe-staff-'));
});
afterEach(() => {
    rmSync(work, { recursive: true, force: true });
});

describeWithApexParser('the staff test class', () => {
    it('is named for the run, within the 40 characters of a class name', () => {
        expect(staffClassName('mfx2k3ab9c0d1e')).toBe('SpuProbeStaffmfx2k3ab9c0d1eTest');
        expect(() => staffClassName('Bad-Tag')).toThrow('lower-case letters and digits');
        expect(() => staffClassName('a'.repeat(30))).toThrow('longer than 40');
    });

    it('renders with the class name and the input, and still parses as a class', () => {
        const source = renderStaffClass(TEMPLATE, 'abc123', { licenceKeys: ['PID_Customer_Community_Plus_Login'] });
        expect(source).toContain('private class SpuProbeStaffabc123Test {');
        expect(source).not.toContain('SpuProbeStaffTemplateTest');
        expect(source).toContain(
            'String probeInputJson = \'{"licenceKeys":["PID_Customer_Community_Plus_Login"],"tag":"abc123"}\';'
        );
        expect(parseApex(source).parseErrors).toEqual([]);
        expect(parseApex(TEMPLATE).parseErrors).toEqual([]);
    });

    it('has one test method per staff path, and the UserLogin method', () => {
        const methods = [...TEMPLATE.matchAll(/@IsTest\s+static void (\w+)\(\)/g)].map((match) => match[1]);
        expect(methods.sort()).toEqual([...Object.keys(STAFF_PATHS), 'userLoginRow'].sort());
    });

    it('refuses a template without its class declaration', () => {
        expect(() => renderStaffClass('class Other {}', 'abc', {})).toThrow(
            'must declare class SpuProbeStaffTemplateTest'
        );
    });

    it('gives the staff user only the product permission sets and picks the profile by permissions, not by name', () => {
        expect(TEMPLATE).toContain("'Student_User_Enablement',\n        'Student_User_Lifecycle'");
        expect(TEMPLATE).toMatch(/PermissionsManageUsers = FALSE/);
        expect(TEMPLATE).not.toMatch(/Profile\s+WHERE\s+Name/i);
        expect(TEMPLATE).not.toMatch(/'(Standard User|Minimum Access - Salesforce|Read Only)'/);
    });
});

describe('the Metadata API directories', () => {
    it('deploy: the class, its meta file and a package.xml naming it', () => {
        writeDeployDir(work, 'SpuProbeStaffxTest', 'class body', '65.0');
        expect(readFileSync(join(work, 'classes', 'SpuProbeStaffxTest.cls'), 'utf8')).toBe('class body');
        expect(readFileSync(join(work, 'classes', 'SpuProbeStaffxTest.cls-meta.xml'), 'utf8')).toContain(
            '<apiVersion>65.0</apiVersion>'
        );
        const pkg = readFileSync(join(work, 'package.xml'), 'utf8');
        expect(pkg).toContain('<members>SpuProbeStaffxTest</members>');
        expect(pkg).toContain('<name>ApexClass</name>');
    });

    it('delete: an empty package.xml and a destructiveChanges.xml naming the class', () => {
        writeDestructiveDir(work, 'SpuProbeStaffxTest', '65.0');
        expect(readFileSync(join(work, 'package.xml'), 'utf8')).not.toContain('<types>');
        expect(readFileSync(join(work, 'destructiveChanges.xml'), 'utf8')).toContain(
            '<members>SpuProbeStaffxTest</members>'
        );
    });

    it('the sf command lines', () => {
        expect(deployMetadataDirArgs('/d', 'o')).toEqual([
            'project',
            'deploy',
            'start',
            '--metadata-dir',
            '/d',
            '--target-org',
            'o',
            '--wait',
            '10',
            '--json'
        ]);
        expect(runStaffTestArgs('C', 'o')).toEqual([
            'apex',
            'run',
            'test',
            '--class-names',
            'C',
            '--synchronous',
            '--target-org',
            'o',
            '--json'
        ]);
    });
});

describe('reading the test run', () => {
    it('takes each PROBE_RESULT from its failure message', () => {
        expect(probeResultFromMessage('System.AssertException: Assertion Failed: PROBE_RESULT {"a":1}')).toEqual({
            a: 1
        });
        expect(probeResultFromMessage('System.AssertException: Assertion Failed: PROBE_RESULT {"a":1')).toBeUndefined();
        expect(probeResultFromMessage('PROBE_RESULT [1]')).toBeUndefined();
        expect(probeResultFromMessage(null)).toBeUndefined();
    });

    it('maps every method of a failed run (status 100) to its result', () => {
        const methods = readStaffTestRun(fail({ result: { tests: staffHappyRows() } }, 100));
        expect(typeof methods).not.toBe('string');
        const map = methods as Exclude<typeof methods, string>;
        expect([...map.keys()].sort()).toEqual([...Object.keys(STAFF_PATHS), 'userLoginRow'].sort());
        expect(map.get('deactivate')).toMatchObject({ ok: true, result: { path: 'deactivate' } });
    });

    it('keeps the message and first stack line of a method that failed otherwise, and flags a passing one', () => {
        const methods = readStaffTestRun(
            fail(
                {
                    result: {
                        tests: [
                            {
                                MethodName: 'enable',
                                Outcome: 'Fail',
                                Message: 'System.DmlException: Insert failed. UNABLE_TO_LOCK_ROW',
                                StackTrace: 'Class.X.setup: line 60, column 1\nClass.X.enable: line 1'
                            },
                            { FullName: 'X.freeze', Outcome: 'Pass', Message: null },
                            staffTestRow('unfreeze', { path: 'unfreeze' })
                        ]
                    }
                },
                100
            )
        ) as Map<string, unknown>;
        expect(methods.get('enable')).toEqual({
            ok: false,
            failure: 'Fail: System.DmlException: Insert failed. UNABLE_TO_LOCK_ROW (Class.X.setup: line 60, column 1)'
        });
        expect(JSON.stringify(methods.get('freeze'))).toContain('passed without reporting');
        expect(methods.get('unfreeze')).toMatchObject({ ok: true });
    });

    it('a run that failed as a whole, or returned nothing, is one reason', () => {
        expect(readStaffTestRun(fail({ name: 'NoTestsFound', message: 'no such class' }))).toBe(
            'the test run failed: NoTestsFound: no such class'
        );
        expect(readStaffTestRun(ok({ tests: [] }))).toBe('the test run returned no test results');
    });
});

describe('deploy, run and delete through sf', () => {
    const deps = () => ({
        projectRoot: ROOT,
        targetOrg: 'o',
        workDir: work,
        tag: 'abc123',
        input: { licenceKeys: ['K'] }
    });

    it('deploys the rendered class, then runs it by name', async () => {
        const stub = stubSf()
            .on('project deploy start', ok({ status: 'Succeeded' }))
            .on('apex run test', fail({ result: { tests: staffHappyRows() } }, 100));
        const run = await runStaffClass({ ...deps(), sf: stub.sf });
        expect(run.deployed).toBe(true);
        expect(typeof run.methods).not.toBe('string');
        expect(stub.calls[1]).toEqual(runStaffTestArgs('SpuProbeStaffabc123Test', 'o'));
        const deployed = readFileSync(join(work, 'staff-class', 'classes', 'SpuProbeStaffabc123Test.cls'), 'utf8');
        expect(deployed).toContain('"tag":"abc123"');
    });

    it('a failed deploy runs no test and says why', async () => {
        const stub = stubSf().on(
            'project deploy start',
            fail({
                name: 'FailedDeploy',
                message: 'x',
                result: {
                    files: [
                        {
                            state: 'Failed',
                            type: 'ApexClass',
                            fullName: 'SpuProbeStaffabc123Test',
                            problem: 'Invalid type: EnableStudentUsersRequest',
                            lineNumber: 12,
                            columnNumber: 5
                        }
                    ]
                }
            })
        );
        const run = await runStaffClass({ ...deps(), sf: stub.sf });
        expect(run.deployed).toBe(false);
        expect(run.methods).toContain('the test class did not deploy: ');
        expect(run.methods).toContain('Invalid type: EnableStudentUsersRequest');
        expect(stub.calls).toHaveLength(1);
    });

    it('deletes the class with a destructive deploy, and reports when it could not', async () => {
        const gone = await deleteStaffClass({ ...deps(), sf: stubSf().on('project deploy start', ok({})).sf });
        expect(gone).toEqual({ ok: true, detail: 'deleted SpuProbeStaffabc123Test' });
        const stays = await deleteStaffClass({
            ...deps(),
            sf: stubSf().on('project deploy start', fail({ name: 'DeployFailed', message: 'in use' })).sf
        });
        expect(stays).toEqual({
            ok: false,
            detail: 'SpuProbeStaffabc123Test is still in the org: DeployFailed: in use'
        });
    });
});
