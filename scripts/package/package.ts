/**
 * `npm run package:create -- --target-dev-hub <alias>`: once, creates the unlocked package in the Dev Hub.
 * `npm run package:version -- --target-dev-hub <alias> [--repository-url https://github.com/o/r] [--ref v1.0.0]
 * [--promote]`: a version with code coverage, its install links; `--promote` releases it (the release workflow does
 * this on a tag). `npm run package:promote -- --target-dev-hub <alias> --version-id 04t...`: releases a version.
 */
import { appendFileSync } from 'node:fs';
import { Command } from 'commander';
import { log, PROJECT_ROOT, runCli } from '../scratch/cli-support';
import { nonBlank, parseWith, UsageError } from '../scratch/options';
import { createSfRunner } from '../scratch/sf';
import { runSteps } from '../scratch/steps';
import type { Step } from '../scratch/steps';
import { createPackageStep, createVersionStep, promoteVersionStep } from './package-flow';
import type { PackageContext } from './package-flow';

interface PackageOptions {
    targetDevHub: string;
    repositoryUrl?: string;
    ref?: string;
    promote?: boolean;
    versionId?: string;
}

runCli(async () => {
    const [action, ...argv] = process.argv.slice(2);
    if (!['create', 'version', 'promote'].includes(action)) {
        throw new UsageError(`usage: tsx scripts/package/package.ts create|version|promote [options], not "${action}"`);
    }
    const program = new Command(`package:${action}`)
        .requiredOption('-v, --target-dev-hub <alias>', 'Dev Hub alias or username', nonBlank('--target-dev-hub'))
        .option('--repository-url <url>', 'https://github.com/<owner>/<repo>: post-install and release-notes links')
        .option('--ref <ref>', 'git ref of those links (default main)')
        .option('--promote', 'promote the new version (release)')
        .option('--version-id <id>', 'the version to promote (04t...)');
    const options = parseWith<PackageOptions>(program, argv);
    const sf = createSfRunner(PROJECT_ROOT);
    const steps: Step<PackageContext>[] =
        action === 'create'
            ? [createPackageStep(sf, log, PROJECT_ROOT)]
            : action === 'promote'
              ? [promoteVersionStep(sf, log)]
              : [createVersionStep(sf, log, PROJECT_ROOT), ...(options.promote ? [promoteVersionStep(sf, log)] : [])];
    const context: PackageContext = {
        devHub: options.targetDevHub,
        ...(options.repositoryUrl ? { repositoryUrl: options.repositoryUrl.replace(/\/$/, '') } : {}),
        ...(options.ref ? { ref: options.ref } : {}),
        ...(options.versionId ? { versionId: options.versionId } : {})
    };
    const outcome = await runSteps(steps, context, log);
    // In GitHub Actions, later steps read the version id from the step's outputs.
    if (context.versionId && process.env.GITHUB_OUTPUT) {
        appendFileSync(process.env.GITHUB_OUTPUT, `version-id=${context.versionId}\n`);
    }
    return outcome.ok ? 0 : 1;
});
