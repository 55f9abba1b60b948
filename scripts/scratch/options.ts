/** Command-line options of the scratch-org tools (commander), parsed into plain typed objects. */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { DEFAULT_ALIAS, DEFAULT_DEFINITION_FILE, SCRATCH_SHAPES, type ScratchShape } from './project';

/** Thrown for `--help`: the CLI prints `output` and exits 0. */
export class HelpRequested extends Error {
    constructor(readonly output: string) {
        super('help requested');
    }
}

/** Thrown for bad arguments: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

export interface ScratchOptions {
    alias: string;
    durationDays: number;
    definitionFile: string;
    /** The shape named with --shape (its definition file is `definitionFile`). */
    shape?: ScratchShape;
    targetDevHub?: string;
    /** An existing org: skip creation and run the remaining steps against it (they are idempotent). */
    targetOrg?: string;
    open: boolean;
}

export interface TargetOrgOptions {
    targetOrg: string;
}

export interface TestApexOptions {
    targetOrg: string;
    outputDir: string;
    minCoverage: number;
    waitMinutes: number;
    exclude: string[];
}

function integerBetween(name: string, min: number, max: number): (value: string) => number {
    return (value) => {
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
        }
        return Number(value);
    };
}

/** A commander argument parser that trims the value and refuses a blank one. */
export function nonBlank(name: string): (value: string) => string {
    return (value) => {
        if (value.trim() === '') throw new InvalidArgumentError(`${name} must not be blank.`);
        return value.trim();
    };
}

/** Runs commander over `argv` (the arguments after the script name) with errors and help turned into exceptions. */
export function parseWith<T>(program: Command, argv: readonly string[]): T {
    let captured = '';
    program
        .exitOverride()
        .configureOutput({
            writeOut: (text) => {
                captured += text;
            },
            writeErr: (text) => {
                captured += text;
            },
            outputError: () => undefined
        })
        .allowExcessArguments(false);
    try {
        program.parse([...argv], { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
                throw new HelpRequested(captured);
            }
            throw new UsageError(`${error.message.replace(/^error: /, '')}\n${program.helpInformation()}`);
        }
        throw error;
    }
    return program.opts<T & Record<string, unknown>>();
}

function shapeName(value: string): ScratchShape {
    const shape = value.trim();
    if (!(shape in SCRATCH_SHAPES)) {
        throw new InvalidArgumentError(
            `--shape must be one of ${Object.keys(SCRATCH_SHAPES).join(', ')}, got "${value}".`
        );
    }
    return shape as ScratchShape;
}

/**
 * `npm run scratch -- [--alias a] [--duration-days n] [--shape s | --definition-file f] [--target-dev-hub h]
 * [--target-org o] [--no-open]`
 */
export function parseScratchOptions(argv: readonly string[]): ScratchOptions {
    const program = new Command('scratch')
        .description(
            'Create a scratch org, deploy force-app and the demo metadata, assign the permission set, seed demo data ' +
                'and open the first student.'
        )
        .option('-a, --alias <alias>', 'alias of the new scratch org', nonBlank('--alias'), DEFAULT_ALIAS)
        .option(
            '-y, --duration-days <days>',
            'days before the org expires (1-30)',
            integerBetween('--duration-days', 1, 30),
            7
        )
        .option(
            '-s, --shape <shape>',
            `org shape: ${Object.keys(SCRATCH_SHAPES).join(' or ')} (its definition file; default administrative-accounts)`,
            shapeName
        )
        .option(
            '-f, --definition-file <file>',
            `scratch org definition (default ${DEFAULT_DEFINITION_FILE})`,
            nonBlank('--definition-file')
        )
        .option('-v, --target-dev-hub <alias>', 'Dev Hub alias or username (default: the configured target-dev-hub)')
        .option('-o, --target-org <alias>', 'use this existing org instead of creating one (resume after a failure)')
        .option('--no-open', 'print the URL of the first student instead of opening a browser');
    const parsed = parseWith<Omit<ScratchOptions, 'definitionFile'> & { definitionFile?: string }>(program, argv);
    if (parsed.shape && parsed.definitionFile) {
        throw new UsageError(
            `give --shape or --definition-file, not both (--shape ${parsed.shape} is ` +
                `${SCRATCH_SHAPES[parsed.shape].definitionFile})\n${program.helpInformation()}`
        );
    }
    return {
        alias: parsed.alias,
        durationDays: parsed.durationDays,
        definitionFile:
            parsed.definitionFile ??
            (parsed.shape ? SCRATCH_SHAPES[parsed.shape].definitionFile : DEFAULT_DEFINITION_FILE),
        ...(parsed.shape ? { shape: parsed.shape } : {}),
        open: parsed.open,
        ...(parsed.targetDevHub ? { targetDevHub: parsed.targetDevHub } : {}),
        ...(parsed.targetOrg ? { targetOrg: parsed.targetOrg } : {})
    };
}

export interface DeployOptions extends TargetOrgOptions {
    /** Validate only (deploy and tests, not committed): prints the job id for --quick. */
    validate?: boolean;
    /** Quick-deploy this validated job (no tests run again). */
    quickJobId?: string;
}

/** An AsyncRequest id of a deploy (key prefix 0Af), 15 or 18 characters. */
function deployJobId(value: string): string {
    const id = value.trim();
    if (!/^0Af[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(id)) {
        throw new InvalidArgumentError(
            `--quick takes the job id a validation printed (0Af..., 15 or 18 characters), got "${value}".`
        );
    }
    return id;
}

/** `npm run deploy -- --target-org <alias> [--validate | --quick <job-id>]` */
export function parseDeployOptions(argv: readonly string[]): DeployOptions {
    const program = new Command('deploy')
        .description(
            'Deploy the product metadata (force-app only, never the demo metadata) to an existing org, after checking ' +
                "its prerequisites, running only the project's Apex tests (RunSpecifiedTests)."
        )
        .requiredOption('-o, --target-org <alias>', 'alias or username of the org', nonBlank('--target-org'))
        .option('--validate', 'validate only: deploy and run the tests without committing; prints the job id')
        .option(
            '--quick <job-id>',
            'deploy a validated job (from --validate) without running the tests again',
            deployJobId
        );
    const parsed = parseWith<{ targetOrg: string; validate?: boolean; quick?: string }>(program, argv);
    if (parsed.validate && parsed.quick) {
        throw new UsageError(`give --validate or --quick, not both\n${program.helpInformation()}`);
    }
    return {
        targetOrg: parsed.targetOrg,
        ...(parsed.validate ? { validate: true } : {}),
        ...(parsed.quick ? { quickJobId: parsed.quick } : {})
    };
}

/** `npm run scratch:delete -- [--target-org <alias>]` */
export function parseDeleteOptions(argv: readonly string[]): TargetOrgOptions {
    const program = new Command('scratch:delete')
        .description('Delete a scratch org created by npm run scratch.')
        .option(
            '-o, --target-org <alias>',
            'alias or username of the scratch org',
            nonBlank('--target-org'),
            DEFAULT_ALIAS
        );
    return { targetOrg: parseWith<TargetOrgOptions>(program, argv).targetOrg };
}

/** `npm run test:apex -- --target-org <alias> [--output-dir d] [--min-coverage n] [--wait m] [--exclude A,B]` */
export function parseTestApexOptions(argv: readonly string[]): TestApexOptions {
    const program = new Command('test:apex')
        .description(
            'Run all local Apex tests with code coverage, write JUnit and coverage reports, and fail below the ' +
                'minimum coverage of the product classes.'
        )
        .requiredOption('-o, --target-org <alias>', 'alias or username of the org', nonBlank('--target-org'))
        .option('-d, --output-dir <dir>', 'directory for the reports', nonBlank('--output-dir'), 'reports/apex')
        .option(
            '--min-coverage <percent>',
            'minimum coverage of the product classes',
            integerBetween('--min-coverage', 0, 100),
            90
        )
        .option('-w, --wait <minutes>', 'minutes to wait for the test run', integerBetween('--wait', 1, 240), 60)
        .option(
            '--exclude <classes>',
            'comma-separated product classes without executable lines to leave out of the gate',
            (value: string) =>
                value
                    .split(',')
                    .map((name) => name.trim())
                    .filter(Boolean),
            [] as string[]
        );
    const parsed = parseWith<{
        targetOrg: string;
        outputDir: string;
        minCoverage: number;
        wait: number;
        exclude: string[];
    }>(program, argv);
    return {
        targetOrg: parsed.targetOrg,
        outputDir: parsed.outputDir,
        minCoverage: parsed.minCoverage,
        waitMinutes: parsed.wait,
        exclude: parsed.exclude
    };
}
