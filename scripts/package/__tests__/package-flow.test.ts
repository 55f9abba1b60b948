import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, ok, recordingLog, stubSf } from '../../scratch/__tests__/sf-stub';
import { runSteps } from '../../scratch/steps';
import {
    createPackageStep,
    createVersionCommand,
    createVersionStep,
    installUrl,
    PACKAGE_NAME,
    packageId,
    promoteVersionStep
} from '../package-flow';
import type { PackageContext } from '../package-flow';

const ROOT = join(__dirname, '..', '..', '..');
const PACKAGE = '0Ho5g000000XyZaCAK';
const VERSION = '04t5g000000AbCdAAK';

/** A project folder whose sfdx-project.json maps the package to `alias` (none: never created). */
function project(alias?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'package-'));
    const json = JSON.parse(readFileSync(join(ROOT, 'sfdx-project.json'), 'utf8')) as Record<string, unknown>;
    json.packageAliases = alias ? { [PACKAGE_NAME]: alias } : {};
    writeFileSync(join(dir, 'sfdx-project.json'), JSON.stringify(json));
    return dir;
}

async function run(steps: ReturnType<typeof createVersionStep>[], context: PackageContext) {
    const { log, text } = recordingLog();
    const outcome = await runSteps(steps, context, log);
    return { outcome, text: text() };
}

describe('the unlocked package definition (sfdx-project.json)', () => {
    const json = JSON.parse(readFileSync(join(ROOT, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories: Record<string, unknown>[];
        packageAliases: Record<string, string>;
    };

    it('makes force-app the package "Student Portal Users" with its version, links and the demo as unpackaged metadata', () => {
        const [product, demo] = json.packageDirectories;
        expect(product).toMatchObject({
            path: 'force-app',
            package: PACKAGE_NAME,
            versionNumber: expect.stringMatching(/^\d+\.\d+\.\d+\.NEXT$/) as unknown,
            versionName: expect.any(String) as unknown,
            unpackagedMetadata: { path: 'demo' },
            definitionFile: 'config/project-scratch-def.json',
            default: true
        });
        for (const key of ['postInstallUrl', 'releaseNotesUrl']) {
            const path = /\/blob\/main\/(.+)$/.exec(String(product[key]))?.[1];
            expect(path && readFileSync(join(ROOT, path), 'utf8').length).toBeGreaterThan(0);
        }
        expect(demo).toEqual({ path: 'demo', default: false });
        expect(json.packageAliases).toBeDefined();
    });

    it('ships no Student_User_Settings__mdt record: admins own theirs, an upgrade never replaces it', () => {
        const listing = execFileSync('git', ['ls-files', 'force-app', 'demo'], { cwd: ROOT }).toString();
        expect(listing).not.toMatch(/^force-app\/.*customMetadata\/Student_User_Settings\./m);
        expect(listing).toMatch(/^demo\/main\/default\/customMetadata\/Student_User_Settings\.Default\.md-meta\.xml$/m);
        expect(listing).not.toMatch(/^force-app\/.*\/(profiles|layouts)\//m);
    });

    it('reads the package id only when it is a real 0Ho id', () => {
        expect(packageId(JSON.stringify({ packageAliases: { [PACKAGE_NAME]: PACKAGE } }))).toBe(PACKAGE);
        expect(packageId(JSON.stringify({ packageAliases: {} }))).toBeUndefined();
        expect(packageId(JSON.stringify({ packageAliases: { [PACKAGE_NAME]: 'TBD' } }))).toBeUndefined();
    });
});

describe('npm run package:version / package:create / package:promote', () => {
    it('creates a version with code coverage and no key, links into the repository at the ref, prints install links', async () => {
        const dir = project(PACKAGE);
        try {
            const stub = stubSf().on('package version create', ok({ SubscriberPackageVersionId: VERSION }));
            const context: PackageContext = {
                devHub: 'hub',
                repositoryUrl: 'https://github.com/uni/spu',
                ref: 'v1.0.0'
            };
            const { outcome, text } = await run([createVersionStep(stub.sf, recordingLog().log, dir)], context);
            expect(outcome.ok).toBe(true);
            expect(stub.calls[0]).toEqual([
                'package',
                'version',
                'create',
                '--package',
                PACKAGE_NAME,
                '--code-coverage',
                '--installation-key-bypass',
                '--post-install-url',
                'https://github.com/uni/spu/blob/v1.0.0/docs/install.md',
                '--releasenotes-url',
                'https://github.com/uni/spu/blob/v1.0.0/CHANGELOG.md',
                '--wait',
                '120',
                '--target-dev-hub',
                'hub',
                '--json'
            ]);
            expect(context.versionId).toBe(VERSION);
            expect(text).toBe('[1/1] Create a version of "Student Portal Users" with code coverage');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('prints the production and sandbox install links and the sf package install line', async () => {
        const dir = project(PACKAGE);
        try {
            const stub = stubSf().on('package version create', ok({ SubscriberPackageVersionId: VERSION }));
            const { log, text } = recordingLog();
            await runSteps([createVersionStep(stub.sf, log, dir)], { devHub: 'hub' }, log);
            expect(text()).toContain(`https://login.salesforce.com/packaging/installPackage.apexp?p0=${VERSION}`);
            expect(text()).toContain(`https://test.salesforce.com/packaging/installPackage.apexp?p0=${VERSION}`);
            expect(text()).toContain(`sf package install --package ${VERSION} --target-org <alias> --wait 20`);
            expect(createVersionCommand({ devHub: 'hub' })).not.toContain('--post-install-url');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('stops before sf when the package was never created, saying how to create it once', async () => {
        const dir = project();
        try {
            const stub = stubSf();
            const { log, text } = recordingLog();
            const outcome = await runSteps([createVersionStep(stub.sf, log, dir)], { devHub: 'hub' }, log);
            expect(outcome.ok).toBe(false);
            expect(stub.calls).toEqual([]);
            expect(text()).toContain(
                'run npm run package:create -- --target-dev-hub <alias> and commit sfdx-project.json'
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('fails a version whose tests fail, with the cause', async () => {
        const dir = project(PACKAGE);
        try {
            const stub = stubSf().on(
                'package version create',
                fail({ name: 'PackageVersionCreateError', message: 'Code coverage 60% is below 75%' })
            );
            const { log, text } = recordingLog();
            const outcome = await runSteps([createVersionStep(stub.sf, log, dir)], { devHub: 'hub' }, log);
            expect(outcome.ok).toBe(false);
            expect(text()).toContain('Code coverage 60% is below 75%');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('creates the package once (unlocked, no namespace) and refuses when it exists', async () => {
        const fresh = project();
        const existing = project(PACKAGE);
        try {
            const stub = stubSf().on('package create', ok({ Id: PACKAGE }));
            const { log, text } = recordingLog();
            expect((await runSteps([createPackageStep(stub.sf, log, fresh)], { devHub: 'hub' }, log)).ok).toBe(true);
            expect(stub.calls[0]).toEqual([
                'package',
                'create',
                '--name',
                PACKAGE_NAME,
                '--package-type',
                'Unlocked',
                '--path',
                'force-app',
                '--no-namespace',
                '--target-dev-hub',
                'hub',
                '--json'
            ]);
            expect(text()).toContain('commit sfdx-project.json');
            expect((await runSteps([createPackageStep(stub.sf, log, existing)], { devHub: 'hub' }, log)).ok).toBe(
                false
            );
            expect(stub.calls).toHaveLength(1);
        } finally {
            rmSync(fresh, { recursive: true, force: true });
            rmSync(existing, { recursive: true, force: true });
        }
    });

    it('promotes the version it created', async () => {
        const stub = stubSf().on('package version promote', ok({ id: VERSION, success: true }));
        const { log } = recordingLog();
        const outcome = await runSteps([promoteVersionStep(stub.sf, log)], { devHub: 'hub', versionId: VERSION }, log);
        expect(outcome.ok).toBe(true);
        expect(stub.calls[0]).toEqual([
            'package',
            'version',
            'promote',
            '--package',
            VERSION,
            '--target-dev-hub',
            'hub',
            '--no-prompt',
            '--json'
        ]);
        expect(installUrl(VERSION, true)).toMatch(/^https:\/\/test\.salesforce\.com\//);
    });
});
