/**
 * The staff probe's process side: renders the test class template (scripts/apex/probe-staff/), deploys it in Metadata
 * API format, runs it with `sf apex run test --synchronous`, reads each method's `PROBE_RESULT` from its failure
 * message, and deletes the class again (a destructive deploy). Anonymous Apex cannot `System.runAs`; a test can.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeSfFailure } from '../scratch/sf';
import type { SfOutcome, SfRunner } from '../scratch/sf';
import { PROBE_RESULT_PREFIX, renderProbeScript } from './apex';

type Row = Record<string, unknown>;

export const STAFF_TEMPLATE = 'scripts/apex/probe-staff/SpuProbeStaffTemplateTest.cls';
export const STAFF_TEMPLATE_CLASS = 'SpuProbeStaffTemplateTest';

/** Apex class names: at most 40 characters (Apex Developer Guide, "Naming Conventions"; ApexClass.Name length). */
const MAX_CLASS_NAME = 40;

/** The deployed class of this run: the tag keeps parallel runs and leftovers apart. */
export function staffClassName(tag: string): string {
    if (!/^[a-z0-9]+$/.test(tag)) throw new Error(`the run tag must be lower-case letters and digits: ${tag}`);
    const name = `SpuProbeStaff${tag}Test`;
    if (name.length > MAX_CLASS_NAME) throw new Error(`class name ${name} is longer than ${MAX_CLASS_NAME}`);
    return name;
}

/** The template with the run's class name and input. */
export function renderStaffClass(template: string, tag: string, input: Row): string {
    if (!template.includes(`class ${STAFF_TEMPLATE_CLASS} `)) {
        throw new Error(`${STAFF_TEMPLATE} must declare class ${STAFF_TEMPLATE_CLASS}`);
    }
    const named = template.split(STAFF_TEMPLATE_CLASS).join(staffClassName(tag));
    return renderProbeScript(named, { ...input, tag }, STAFF_TEMPLATE);
}

function packageXml(members: readonly string[], apiVersion: string): string {
    const types =
        members.length === 0
            ? ''
            : `    <types>\n${members.map((member) => `        <members>${member}</members>\n`).join('')}        <name>ApexClass</name>\n    </types>\n`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n${types}    <version>${apiVersion}</version>\n</Package>\n`;
}

/** A Metadata API format directory that deploys the class. */
export function writeDeployDir(dir: string, className: string, source: string, apiVersion: string): void {
    mkdirSync(join(dir, 'classes'), { recursive: true });
    writeFileSync(join(dir, 'classes', `${className}.cls`), source);
    writeFileSync(
        join(dir, 'classes', `${className}.cls-meta.xml`),
        `<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>${apiVersion}</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`
    );
    writeFileSync(join(dir, 'package.xml'), packageXml([className], apiVersion));
}

/** A Metadata API format directory that deletes the class (destructiveChanges.xml and an empty package.xml). */
export function writeDestructiveDir(dir: string, className: string, apiVersion: string): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.xml'), packageXml([], apiVersion));
    writeFileSync(join(dir, 'destructiveChanges.xml'), packageXml([className], apiVersion));
}

export function deployMetadataDirArgs(dir: string, targetOrg: string): string[] {
    return ['project', 'deploy', 'start', '--metadata-dir', dir, '--target-org', targetOrg, '--wait', '10', '--json'];
}

/** One class, synchronously (sf runs a single class synchronously; its methods one after the other). */
export function runStaffTestArgs(className: string, targetOrg: string): string[] {
    return ['apex', 'run', 'test', '--class-names', className, '--synchronous', '--target-org', targetOrg, '--json'];
}

/** Exit status of `sf apex run test` when tests ran and some failed: every staff method fails on purpose. */
const TESTS_FAILED_STATUS = 100;

/** One test method: its PROBE_RESULT, or why there is none. */
export type MethodOutcome = { ok: true; result: Row } | { ok: false; failure: string };

/** One row of `result.tests` in sf's JSON (salesforcecli/plugin-apex `src/reporters/jsonReporter.ts`, CliTestResult). */
interface TestRow {
    MethodName?: string;
    FullName?: string;
    Outcome?: string;
    Message?: string | null;
    StackTrace?: string | null;
}

/** The PROBE_RESULT a failure message carries (`System.AssertException: Assertion Failed: PROBE_RESULT {...}`). */
export function probeResultFromMessage(message: unknown): Row | undefined {
    if (typeof message !== 'string') return undefined;
    const at = message.indexOf(PROBE_RESULT_PREFIX);
    if (at < 0) return undefined;
    try {
        const value: unknown = JSON.parse(message.slice(at + PROBE_RESULT_PREFIX.length).trim());
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : undefined;
    } catch {
        return undefined;
    }
}

/** Each method's outcome by method name, or the reason the run gave none. */
export function readStaffTestRun(outcome: SfOutcome): Map<string, MethodOutcome> | string {
    const status = outcome.json?.status;
    if (status !== 0 && status !== TESTS_FAILED_STATUS) return `the test run failed: ${summarizeSfFailure(outcome)}`;
    const tests = (outcome.json?.result as { tests?: TestRow[] } | undefined)?.tests;
    if (!Array.isArray(tests) || tests.length === 0) return 'the test run returned no test results';
    const methods = new Map<string, MethodOutcome>();
    for (const test of tests) {
        const name = test.MethodName ?? test.FullName?.split('.').pop() ?? '?';
        const result = probeResultFromMessage(test.Message);
        if (result) {
            methods.set(name, { ok: true, result });
        } else if (test.Outcome === 'Pass') {
            methods.set(name, { ok: false, failure: 'the method passed without reporting (the template changed?)' });
        } else {
            const stack = test.StackTrace ? ` (${test.StackTrace.split('\n')[0]})` : '';
            methods.set(name, {
                ok: false,
                failure: `${test.Outcome ?? '?'}: ${test.Message ?? 'no message'}${stack}`
            });
        }
    }
    return methods;
}

export interface StaffRunDeps {
    sf: SfRunner;
    projectRoot: string;
    targetOrg: string;
    workDir: string;
    tag: string;
    input: Row;
}

/** What the staff run left: the per-method outcomes (or why none), and whether the class was deployed. */
export interface StaffRun {
    deployed: boolean;
    methods: Map<string, MethodOutcome> | string;
}

function apiVersion(projectRoot: string): string {
    const project = JSON.parse(readFileSync(join(projectRoot, 'sfdx-project.json'), 'utf8')) as {
        sourceApiVersion?: string;
    };
    return project.sourceApiVersion ?? '65.0';
}

/** Renders, deploys and runs the class; never throws (a failure is the `methods` text). */
export async function runStaffClass(deps: StaffRunDeps): Promise<StaffRun> {
    const className = staffClassName(deps.tag);
    try {
        const source = renderStaffClass(
            readFileSync(join(deps.projectRoot, STAFF_TEMPLATE), 'utf8'),
            deps.tag,
            deps.input
        );
        const dir = join(deps.workDir, 'staff-class');
        writeDeployDir(dir, className, source, apiVersion(deps.projectRoot));
        const deploy = await deps.sf(deployMetadataDirArgs(dir, deps.targetOrg));
        if (deploy.exitCode !== 0 || deploy.json?.status !== 0) {
            return { deployed: false, methods: `the test class did not deploy: ${summarizeSfFailure(deploy)}` };
        }
        return {
            deployed: true,
            methods: readStaffTestRun(await deps.sf(runStaffTestArgs(className, deps.targetOrg)))
        };
    } catch (error) {
        return { deployed: false, methods: error instanceof Error ? error.message : String(error) };
    }
}

/** Deletes the run's class; `ok` false with the sf summary when it could not. */
export async function deleteStaffClass(deps: Omit<StaffRunDeps, 'input'>): Promise<{ ok: boolean; detail: string }> {
    const className = staffClassName(deps.tag);
    const dir = join(deps.workDir, 'staff-class-delete');
    writeDestructiveDir(dir, className, apiVersion(deps.projectRoot));
    const outcome = await deps.sf(deployMetadataDirArgs(dir, deps.targetOrg));
    if (outcome.exitCode === 0 && outcome.json?.status === 0) return { ok: true, detail: `deleted ${className}` };
    return { ok: false, detail: `${className} is still in the org: ${summarizeSfFailure(outcome)}` };
}
