/** The exact sf command lines of the scratch-org tools. Every one ends with `--json`: results are parsed, not scraped. */

export function configGetDevHub(): string[] {
    return ['config', 'get', 'target-dev-hub', '--json'];
}

export function createScratchOrg(options: {
    definitionFile: string;
    alias: string;
    durationDays: number;
    devHub: string;
}): string[] {
    return [
        'org',
        'create',
        'scratch',
        '--definition-file',
        options.definitionFile,
        '--alias',
        options.alias,
        '--duration-days',
        String(options.durationDays),
        '--target-dev-hub',
        options.devHub,
        '--set-default',
        '--wait',
        '30',
        '--json'
    ];
}

export function deploySourceDir(sourceDir: string, targetOrg: string): string[] {
    return [
        'project',
        'deploy',
        'start',
        '--source-dir',
        sourceDir,
        '--target-org',
        targetOrg,
        '--wait',
        '60',
        '--json'
    ];
}

/**
 * A deploy of the product that runs only the project's own tests (`RunSpecifiedTests`): without a test level, a
 * production deploy runs every local test of the org (Metadata API Developer Guide, "Running Tests in a Deployment"),
 * so one failing test of the org's own blocks it. `validate` runs the same deploy without committing it and returns a
 * job id for `quickDeploy` (sf project deploy validate --help; the id stays valid 10 days). Flags as in
 * `sf project deploy start|validate --help` (@salesforce/cli 2.146): `--test-level`, one `--tests` per class.
 */
export function deployWithTests(
    verb: 'start' | 'validate',
    sourceDir: string,
    targetOrg: string,
    testClasses: readonly string[],
    waitMinutes = 120
): string[] {
    if (testClasses.length === 0) {
        throw new Error(`no Apex test class found in ${sourceDir}: RunSpecifiedTests needs at least one`);
    }
    return [
        'project',
        'deploy',
        verb,
        '--source-dir',
        sourceDir,
        '--target-org',
        targetOrg,
        '--test-level',
        'RunSpecifiedTests',
        ...testClasses.flatMap((name) => ['--tests', name]),
        '--wait',
        String(waitMinutes),
        '--json'
    ];
}

/** Deploys a validated deployment without running the tests again (`sf project deploy quick --job-id`). */
export function quickDeploy(jobId: string, targetOrg: string, waitMinutes = 60): string[] {
    return [
        'project',
        'deploy',
        'quick',
        '--job-id',
        jobId,
        '--target-org',
        targetOrg,
        '--wait',
        String(waitMinutes),
        '--json'
    ];
}

export function assignPermissionSet(name: string, targetOrg: string): string[] {
    return ['org', 'assign', 'permset', '--name', name, '--target-org', targetOrg, '--json'];
}

export function query(soql: string, targetOrg: string): string[] {
    return ['data', 'query', '--query', soql, '--target-org', targetOrg, '--json'];
}

export function runAnonymousApex(file: string, targetOrg: string): string[] {
    return ['apex', 'run', '--file', file, '--target-org', targetOrg, '--json'];
}

export function openRecord(targetOrg: string, path: string, urlOnly: boolean): string[] {
    return ['org', 'open', '--target-org', targetOrg, '--path', path, ...(urlOnly ? ['--url-only'] : []), '--json'];
}

export function deleteScratchOrg(targetOrg: string): string[] {
    return ['org', 'delete', 'scratch', '--target-org', targetOrg, '--no-prompt', '--json'];
}

/**
 * All local tests with coverage. `--synchronous` is not used: sf runs synchronously only the tests of a single class
 * (`sf apex run test --help`); `--wait` makes the command block until the whole run has finished instead. With
 * `--json` and no `--wait`, sf would return a test run id at once.
 */
export function runLocalTests(targetOrg: string, outputDir: string, waitMinutes: number): string[] {
    return [
        'apex',
        'run',
        'test',
        '--test-level',
        'RunLocalTests',
        '--code-coverage',
        '--result-format',
        'junit',
        '--output-dir',
        outputDir,
        '--wait',
        String(waitMinutes),
        '--target-org',
        targetOrg,
        '--json'
    ];
}
