/**
 * The unlocked package "Student Portal Users" (force-app): create it once in the Dev Hub, create versions with code
 * coverage, promote a version. Command lines from `sf package create|version create|version promote --help`
 * (@salesforce/cli 2.146, plugin-packaging 2.30).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSfStep, StepError } from '../scratch/steps';
import type { Log, Step } from '../scratch/steps';
import type { SfRunner } from '../scratch/sf';

export const PACKAGE_NAME = 'Student Portal Users';
export const PACKAGE_DIR = 'force-app';

export interface PackageContext {
    devHub: string;
    /** https://github.com/<owner>/<repo>: the post-install and release-notes links of the version point into it. */
    repositoryUrl?: string;
    /** The git ref the links point at (a tag on release), default main. */
    ref?: string;
    /** Set by the version step: the SubscriberPackageVersionId (04t...). */
    versionId?: string;
}

/** The package id (0Ho...) the project file maps the package name to, or undefined before `package:create`. */
export function packageId(projectJson: string): string | undefined {
    const aliases = (JSON.parse(projectJson) as { packageAliases?: Record<string, string> }).packageAliases ?? {};
    const id = aliases[PACKAGE_NAME];
    return id && /^0Ho[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(id) ? id : undefined;
}

export function createPackageCommand(devHub: string): string[] {
    return [
        'package',
        'create',
        '--name',
        PACKAGE_NAME,
        '--package-type',
        'Unlocked',
        '--path',
        PACKAGE_DIR,
        '--no-namespace',
        '--target-dev-hub',
        devHub,
        '--json'
    ];
}

/** A version with code coverage (required to promote), no installation key; links into the repository when known. */
export function createVersionCommand(context: PackageContext, waitMinutes = 120): string[] {
    const links = context.repositoryUrl
        ? [
              '--post-install-url',
              `${context.repositoryUrl}/blob/${context.ref ?? 'main'}/docs/install.md`,
              '--releasenotes-url',
              `${context.repositoryUrl}/blob/${context.ref ?? 'main'}/CHANGELOG.md`
          ]
        : [];
    return [
        'package',
        'version',
        'create',
        '--package',
        PACKAGE_NAME,
        '--code-coverage',
        '--installation-key-bypass',
        ...links,
        '--wait',
        String(waitMinutes),
        '--target-dev-hub',
        context.devHub,
        '--json'
    ];
}

export function promoteVersionCommand(versionId: string, devHub: string): string[] {
    return [
        'package',
        'version',
        'promote',
        '--package',
        versionId,
        '--target-dev-hub',
        devHub,
        '--no-prompt',
        '--json'
    ];
}

/** The install link of a version, for production (login) or a sandbox (test). */
export function installUrl(versionId: string, sandbox: boolean): string {
    return `https://${sandbox ? 'test' : 'login'}.salesforce.com/packaging/installPackage.apexp?p0=${versionId}`;
}

/** One-time: creates the package in the Dev Hub; sf writes its 0Ho id into sfdx-project.json (commit it). */
export function createPackageStep(sf: SfRunner, log: Log, root: string): Step<PackageContext> {
    return {
        title: `Create the unlocked package "${PACKAGE_NAME}" (${PACKAGE_DIR}) in the Dev Hub`,
        run: async (context) => {
            const existing = packageId(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
            if (existing) {
                throw new StepError(
                    `sfdx-project.json already maps "${PACKAGE_NAME}" to ${existing}`,
                    'nothing to create: run npm run package:version'
                );
            }
            const result = (await runSfStep(sf, log, createPackageCommand(context.devHub), (_, summary) => {
                return new StepError(
                    `sf package create failed:\n${summary}`,
                    'check the Dev Hub alias and that packaging is enabled in it'
                );
            })) as { Id?: string } | undefined;
            log(
                `    created ${result?.Id ?? '(no id returned)'}: sf added it to packageAliases; commit sfdx-project.json`
            );
        }
    };
}

/** Creates a version with code coverage; stops before calling sf when the package was never created. */
export function createVersionStep(sf: SfRunner, log: Log, root: string): Step<PackageContext> {
    return {
        title: `Create a version of "${PACKAGE_NAME}" with code coverage`,
        run: async (context) => {
            if (!packageId(readFileSync(join(root, 'sfdx-project.json'), 'utf8'))) {
                throw new StepError(
                    `"${PACKAGE_NAME}" has no package id in sfdx-project.json packageAliases: it was never created in a Dev Hub`,
                    'once, run npm run package:create -- --target-dev-hub <alias> and commit sfdx-project.json'
                );
            }
            const result = (await runSfStep(sf, log, createVersionCommand(context), (_, summary) => {
                return new StepError(
                    `sf package version create failed:\n${summary}`,
                    'fix the errors above (a failing Apex test or coverage below 75 % blocks a version), then run it again'
                );
            })) as { SubscriberPackageVersionId?: string } | undefined;
            const id = result?.SubscriberPackageVersionId;
            if (!id) throw new StepError('sf returned no SubscriberPackageVersionId', 'see sf package version report');
            context.versionId = id;
            log(`    version ${id} (beta until promoted)`);
            log(`    production: ${installUrl(id, false)}`);
            log(`    sandbox:    ${installUrl(id, true)}`);
            log(`    sf package install --package ${id} --target-org <alias> --wait 20 --security-type AdminsOnly`);
        }
    };
}

/** Promotes the version created before (or given): it becomes installable in production. */
export function promoteVersionStep(sf: SfRunner, log: Log): Step<PackageContext> {
    return {
        title: 'Promote the version to released',
        run: async (context) => {
            if (!context.versionId) throw new StepError('no version to promote', 'give --version-id 04t...');
            await runSfStep(sf, log, promoteVersionCommand(context.versionId, context.devHub), (_, summary) => {
                return new StepError(
                    `sf package version promote failed:\n${summary}`,
                    'a version needs 75 % code coverage'
                );
            });
            log(`    ${context.versionId} is released`);
        }
    };
}
