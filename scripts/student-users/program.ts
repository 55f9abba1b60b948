/** The command line: commander definition, help text, and validation of the options into a run plan. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { LICENSE_CHOICES, parseLicense, parseProfileName, parseTimeZone } from './input-values';
import type { LicenseKey } from './input-values';
import type { Operation } from './operations';
import { DISABLE_REFUSAL, ENABLE, OPERATIONS } from './operations';
import { OWNER_ACCOUNTS_LIMIT, OWNER_ACCOUNTS_WARN_AT } from './org-facts';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from './results-format';
import { API_VERSION } from './salesforce-api';
import { MAX_CHUNK_SIZE } from './run-chunks';
import { checkWhereCondition } from './soql';
import { INPUT_COLUMNS } from './student-csv';
import type { RunDefaults } from './student-rows';

export const COMMAND_NAME = 'student-users';
export const ACCESS_TOKEN_ENV = 'SF_ACCESS_TOKEN';
export const MAX_CONCURRENCY = 5;
export const DEFAULT_MAX_RETRIES = 3;
export const MAX_MAX_RETRIES = 10;
/**
 * An Apex transaction may run for 10 minutes (Apex Developer Guide, "Execution Governors and Limits": maximum
 * execution time for each Apex transaction), and the platform commits it whether or not the client still waits:
 * giving up earlier and resending would run the work twice. The CLI waits a little longer than the platform.
 */
export const PLATFORM_REQUEST_LIMIT_SECONDS = 600;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = PLATFORM_REQUEST_LIMIT_SECONDS + 30;

/** Options as commander hands them over. */
export interface RawOptions {
    targetOrg?: string;
    instanceUrl?: string;
    file?: string;
    where?: string;
    license?: string;
    profile?: string;
    timeZone?: string;
    dryRun: boolean;
    chunkSize: number;
    concurrency: number;
    maxRetries: number;
    requestTimeout: number;
    out?: string;
    resume?: string;
    encoding: string;
    progress: boolean;
    /** disable only. */
    confirmDisable?: boolean;
    /** sf's --json: one JSON document on stdout, nothing else. */
    json: boolean;
    apiVersion?: string;
    /** Start an in-org run (StartStudentUserRunAction) instead of sending 200 a call. */
    inOrg?: boolean;
    /** --in-org: print the run id and leave (follow it later with status / results). */
    detach?: boolean;
    /** --in-org: seconds between two reads of the run record. */
    pollInterval?: number;
    /** results: where to write the CSV. */
    outputFile?: string;
}

export type AuthPlan =
    { kind: 'org'; aliasOrUsername: string } | { kind: 'token'; instanceUrl: string; accessToken: string };
export type SourcePlan = { kind: 'file'; path: string } | { kind: 'where'; condition: string };

/** A validated run. */
export interface CliOptions {
    /** The subcommand. */
    operation: Operation;
    /** disable: --confirm-disable was given. */
    confirmDisable: boolean;
    auth: AuthPlan;
    source: SourcePlan;
    defaults: RunDefaults;
    dryRun: boolean;
    chunkSize: number;
    concurrency: number;
    maxRetries: number;
    requestTimeoutMs: number;
    out?: string;
    resume?: string;
    /** Encoding of the input file (a WHATWG label; UTF-8 is decoded strictly). */
    encoding: string;
    progress: boolean;
    json: boolean;
    /** The REST API version of every call, e.g. 65.0. */
    apiVersion: string;
    /** --in-org: start a run the org carries out (and follow it unless detach). */
    inOrg: boolean;
    detach: boolean;
    pollMs: number;
}

/** `status <runId>` and `results <runId>`: the org, and where the results go. */
export interface RunCommandOptions {
    kind: 'status' | 'results';
    runId: string;
    auth: AuthPlan;
    json: boolean;
    apiVersion: string;
    requestTimeoutMs: number;
    outputFile?: string;
}

/** Seconds between two reads of an in-org run's record (--poll-interval). */
export const DEFAULT_POLL_SECONDS = 5;

export const DEFAULT_ENCODING = 'utf-8';

function integerIn(name: string, min: number, max: number): (value: string) => number {
    return (value: string) => {
        const number = Number(value);
        if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
            throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
        }
        return number;
    };
}

const EXIT_CODES = `--json prints {status, result: {command, dryRun, summary, resultsFile, rows}, warnings} on stdout
(status = the exit code), or {status, name, message, exitCode, warnings} on an error.
Exit codes: 0 every row succeeded, 1 some rows failed, 2 bad input or usage (nothing sent),
            3 stopped early on an authentication or API limit error (the rest is NOT_SENT).`;

const ENABLE_EXAMPLES = `
Examples:
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --file students.csv
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --file students.csv --dry-run --license "Plus Login" --time-zone America/New_York
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --where "Account.Name = 'Class of 2026'" --profile "Student Portal User"
  $ SF_ACCESS_TOKEN=00D... npm run ${COMMAND_NAME} -- enable --instance-url https://myorg.my.salesforce.com --file students.csv
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --file students.csv --resume students.results.csv
  $ npm run ${COMMAND_NAME} -- enable -o student-dev -f students.csv --chunk-size 100 --concurrency 3 --max-retries 5 \\
        --request-timeout 600 --out run1.results.csv --no-progress
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --file excel-export.csv --encoding windows-1252
  $ npm run ${COMMAND_NAME} -- enable --file students.csv --dry-run --json > dry-run.json   (sf's default org)
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --file students.csv --api-version 64.0
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --file intake.csv --in-org --poll-interval 10
  $ npm run ${COMMAND_NAME} -- enable --target-org student-dev --file intake.csv --in-org --detach
  $ npm run ${COMMAND_NAME} -- status <runId> --target-org student-dev
  $ npm run ${COMMAND_NAME} -- results <runId> --target-org student-dev --output-file intake.results.csv

Input CSV: a header line, then one student a line. Columns (any order; ContactId or Email required):
  ${INPUT_COLUMNS.join(', ')}
  ContactId: a Contact Id, or a person account's Account Id (001...: its person contact is enabled).
  Email: a contact's email (a person account's PersonEmail is its person contact's Email).
  License: ${LICENSE_CHOICES} (any case).
  SendWelcomeEmail: true/false, yes/no, 1/0.

Results CSV columns: ${RESULT_COLUMNS.join(', ')}

Org checks, before any enabling call (dry run too; a failed read is reported, never fatal):
  Account Role Optimization (Metadata API SharingSettings: needs Manage Sharing, and Modify All Data or
  "Modify Metadata Through Metadata API Functions"): in the summary, and in the
  message of each new user's row (the account role the platform creates).
  Accounts with Customer Community Plus users per owner of the batch's accounts: a warning at ${OWNER_ACCOUNTS_WARN_AT.toLocaleString('en-US')} of
  the ${OWNER_ACCOUNTS_LIMIT.toLocaleString('en-US')} per owner, this run's accounts included.

${EXIT_CODES}`;

function lifecycleExamples(operation: Operation): string {
    const command = `npm run ${COMMAND_NAME} -- ${operation.command}`;
    const confirm = operation.action === 'DISABLE' ? ' --confirm-disable' : '';
    return `
Examples:
  $ ${command} --target-org student-dev --where "Graduation_Date__c < TODAY" --dry-run${confirm}
  $ ${command} --target-org student-dev --where "Graduation_Date__c < TODAY"${confirm}
  $ ${command} -o student-dev -f students.csv --chunk-size 100 --concurrency 3 --max-retries 5 --request-timeout 600${confirm}
  $ ${command} --target-org student-dev --file students.csv --out run1.results.csv --resume run1.results.csv --no-progress${confirm}
  $ SF_ACCESS_TOKEN=00D... ${command} --instance-url https://myorg.my.salesforce.com --file excel-export.csv --encoding windows-1252${confirm}
  $ ${command} --file students.csv --json --api-version 64.0${confirm}   (sf's default org; JSON on stdout)
  $ ${command} --target-org student-dev --where "Graduation_Date__c < TODAY" --in-org --poll-interval 10${confirm}
  $ ${command} --target-org student-dev --file students.csv --in-org --detach${confirm}   (then: status / results <runId>)

Input CSV: a header line, then one student a line; ContactId or Email names the student (other columns are ignored).

Results CSV columns: ${LIFECYCLE_RESULT_COLUMNS.join(', ')}
  status: ${operation.doneStatus}, VALID (dry run passed), SKIPPED (nothing to do, e.g. ALREADY_INACTIVE; not a
  failure), FAILED, NOT_SENT (run stopped early).

${EXIT_CODES}
`;
}

const PROGRAM_HELP = `
Every subcommand takes the students from a CSV file (--file) or a SOQL condition on Contact (--where), sends them
in chunks of at most 200 (one action call is one transaction), and writes a results CSV. With --in-org it starts
one run the org carries out by itself (StartStudentUserRunAction, up to 50,000 students) and follows it; status and
results read such a run back by its id. Run
"${COMMAND_NAME} <command> --help" for its options and examples.

${EXIT_CODES}
`;

/** `student-users/0.1.0 linux-x64 node-v22.23.3`, as `sf --version` words it (the version of package.json). */
export function versionLine(): string {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
        version: string;
    };
    return `${COMMAND_NAME}/${version} ${process.platform}-${process.arch} node-${process.version}`;
}

/** Where commander writes (tests and the command capture it). */
export interface ProgramOutput {
    writeOut(text: string): void;
    writeErr(text: string): void;
}

/** What the command line asked for: the subcommand and its options as commander hands them over. */
export interface ParsedCommand {
    operation: Operation;
    raw: RawOptions;
    /** `status <runId>` or `results <runId>` (the operation is then unused). */
    run?: { kind: 'status' | 'results'; runId: string };
}

/**
 * The commander program: one subcommand per operation (enable, deactivate, freeze, unfreeze, send-login-link,
 * reactivate, disable), all with the same options (enable adds --license, --profile, --time-zone; disable adds
 * --confirm-disable). `onCommand` receives the chosen subcommand and its options.
 */
export function createProgram(output?: ProgramOutput, onCommand?: (parsed: ParsedCommand) => void): Command {
    const program = new Command(COMMAND_NAME)
        .description(
            'Enable student portal users, and manage them afterwards (deactivate, freeze, unfreeze, send a login link, reactivate, disable), many students at once.'
        )
        .helpOption('-h, --help', 'show this help')
        .helpCommand('help [command]', 'show the help of a command')
        .version(versionLine(), '--version', 'show the version')
        .exitOverride()
        .showHelpAfterError(`(run ${COMMAND_NAME} <command> --help for every option and examples)`)
        .addHelpText('after', PROGRAM_HELP);
    if (output) {
        program.configureOutput(output);
    }
    for (const operation of OPERATIONS) {
        const command = program
            .command(operation.command)
            .description(operation.description)
            .showHelpAfterError(`(run ${COMMAND_NAME} ${operation.command} --help for every option and examples)`);
        addOptions(command, operation);
        command
            .addHelpText('after', operation.action ? lifecycleExamples(operation) : ENABLE_EXAMPLES)
            .action((options: RawOptions) => onCommand?.({ operation, raw: options }));
    }
    addRunCommands(program, onCommand);
    return program;
}

/** `status <runId>` and `results <runId>`: an in-org run read back from its record and items. */
function addRunCommands(program: Command, onCommand?: (parsed: ParsedCommand) => void): void {
    const described: Record<'status' | 'results', string> = {
        status: 'show where an in-org run stands (its Student_User_Run__c record): status, counts, jobs',
        results: 'write the results CSV of an in-org run from its items (the columns of the 200-a-call mode)'
    };
    for (const kind of ['status', 'results'] as const) {
        const command = program
            .command(`${kind} <runId>`)
            .description(described[kind])
            .addOption(
                new Option('-o, --target-org <alias|username>', 'an org the sf CLI has authorized').conflicts(
                    'instanceUrl'
                )
            )
            .option('--instance-url <url>', `org URL; the access token is read from ${ACCESS_TOKEN_ENV}`)
            .option('--api-version <version>', `REST API version of every call (default ${API_VERSION})`)
            .option('--json', 'format output as JSON: {status, result, warnings} on stdout and nothing else', false)
            .helpOption('-h, --help', 'show this help');
        if (kind === 'results') {
            command.option('--output-file <results.csv>', 'where to write the CSV (default: <run number>.results.csv)');
        }
        const extra = kind === 'results' ? ' --output-file intake.results.csv' : '';
        command.addHelpText(
            'after',
            `
Examples:
  $ npm run ${COMMAND_NAME} -- ${kind} a0AFa0000000001AAA --target-org student-dev${extra}
  $ SF_ACCESS_TOKEN=00D... npm run ${COMMAND_NAME} -- ${kind} a0AFa0000000001AAA --instance-url https://myorg.my.salesforce.com --api-version 64.0 --json

The run id is printed by --in-org (and --detach); the Student User Runs tab shows it too.
Exit codes: 0 done${kind === 'results' ? ' and every row succeeded, 1 some rows failed or have no outcome yet' : ''}, 2 no such run or bad usage, 3 the org could not be reached.`
        );
        command.action((runId: string, options: RawOptions) =>
            onCommand?.({ operation: ENABLE, raw: options, run: { kind, runId } })
        );
    }
}

/** The subcommand `name` of a program made by `createProgram` (tests, help). */
export function subcommand(program: Command, name: string): Command {
    const found = program.commands.find((command) => command.name() === name);
    if (!found) {
        throw new Error(`no subcommand ${name}`);
    }
    return found;
}

function addOptions(command: Command, operation: Operation): void {
    command
        .addOption(
            new Option('-o, --target-org <alias|username>', 'an org the sf CLI has authorized').conflicts('instanceUrl')
        )
        .addOption(
            new Option(
                '--instance-url <url>',
                `org URL, e.g. https://myorg.my.salesforce.com; the access token is read from the environment variable ${ACCESS_TOKEN_ENV}`
            )
        )
        .addOption(new Option('-f, --file <students.csv>', 'input CSV, one student a line').conflicts('where'))
        .addOption(
            new Option(
                '-w, --where <condition>',
                operation.action
                    ? 'SOQL condition on Contact instead of a file, e.g. "Graduation_Date__c < TODAY"'
                    : 'SOQL condition on Contact instead of a file, e.g. "Account.Name = \'Class of 2026\'"'
            )
        );
    if (!operation.action) {
        command
            .option('--license <name|key>', `licence for rows without one: ${LICENSE_CHOICES}`)
            .option('--profile <name>', 'profile name for rows without one')
            .option(
                '--time-zone <key>',
                'TimeZoneSidKey for rows without one, e.g. America/New_York (else the suggested zone)'
            );
    }
    if (operation.action === 'DISABLE') {
        command.option(
            '--confirm-disable',
            'required: you understand that disabling is permanent and breaks the contact link',
            false
        );
    }
    command
        .option('--dry-run', 'validate every row (validateOnly), change nothing', false)
        .option(
            '--chunk-size <n>',
            `students per action call, 1-${MAX_CHUNK_SIZE} (one call is one transaction)`,
            integerIn('--chunk-size', 1, MAX_CHUNK_SIZE),
            MAX_CHUNK_SIZE
        )
        .option(
            '--concurrency <n>',
            `action calls in flight at once, 1-${MAX_CONCURRENCY}` +
                (operation.action ? '' : ' (Salesforce advises one batch of role-based users at a time)'),
            integerIn('--concurrency', 1, MAX_CONCURRENCY),
            operation.defaultConcurrency
        )
        .option(
            '--max-retries <n>',
            `retries of a transient failure (row lock, concurrency refusal, 5xx, timeout), 0-${MAX_MAX_RETRIES}`,
            integerIn('--max-retries', 0, MAX_MAX_RETRIES),
            DEFAULT_MAX_RETRIES
        )
        .option(
            '--request-timeout <seconds>',
            operation.resendable
                ? 'give up on one call after this long, then resend it (Salesforce may run a call for 10 minutes)'
                : 'give up on one call after this long; never resent automatically (Salesforce may still finish it)',
            integerIn('--request-timeout', 1, 3600),
            DEFAULT_REQUEST_TIMEOUT_SECONDS
        )
        .option('--out <results.csv>', 'results CSV (default: <input>.results.csv next to the input)')
        .option(
            '--resume <results.csv>',
            operation.action
                ? `skip rows an earlier ${operation.command} run did (${operation.doneStatus}) or had nothing to do for (SKIPPED)`
                : 'skip rows an earlier run enabled (CREATED, REACTIVATED, ALREADY_ENABLED)'
        )
        .option(
            '--encoding <name>',
            'encoding of the input file, e.g. windows-1252 or latin1 (default: UTF-8, refused when the file is not)',
            DEFAULT_ENCODING
        )
        .option(
            '--in-org',
            'start an in-org run instead (StartStudentUserRunAction: the org carries it out by itself, any size) and follow it',
            false
        )
        .option('--detach', '--in-org: print the run id and leave; follow it later with status / results', false)
        .option(
            '--poll-interval <seconds>',
            `--in-org: seconds between two reads of the run, 1-600 (default ${DEFAULT_POLL_SECONDS})`,
            integerIn('--poll-interval', 1, 600),
            DEFAULT_POLL_SECONDS
        )
        .option('--no-progress', 'no progress bar or progress lines')
        .option(
            '--api-version <version>',
            `REST API version of every call, e.g. ${API_VERSION} (default ${API_VERSION}, the version the product is built on)`
        )
        .option('--json', 'format output as JSON: {status, result, warnings} on stdout and nothing else', false)
        .helpOption('-h, --help', 'show this help');
}

/** Checks the options together; every problem is reported. */
export function resolveOptions(
    raw: RawOptions,
    env: NodeJS.ProcessEnv,
    operation: Operation = ENABLE,
    defaultTargetOrg?: string
): { ok: true; options: CliOptions } | { ok: false; errors: string[] } {
    const errors: string[] = [];
    if (operation.action === 'DISABLE' && raw.confirmDisable !== true) {
        errors.push(DISABLE_REFUSAL);
    }
    const auth = resolveAuth(raw, env, defaultTargetOrg, errors);

    let source: SourcePlan | undefined;
    if (raw.file !== undefined) {
        source = { kind: 'file', path: raw.file };
    } else if (raw.where !== undefined) {
        const problem = checkWhereCondition(raw.where);
        if (problem) {
            errors.push(problem);
        } else {
            source = { kind: 'where', condition: raw.where.trim() };
        }
    } else {
        errors.push('Name the students: --file <students.csv>, or --where "<SOQL condition on Contact>".');
    }

    const defaults: RunDefaults = {};
    if (raw.license !== undefined) {
        const parsed = parseLicense(raw.license);
        if (parsed.ok) {
            defaults.licenseKey = parsed.value satisfies LicenseKey;
        } else {
            errors.push(`--license: ${parsed.reason}.`);
        }
    }
    if (raw.profile !== undefined) {
        const parsed = parseProfileName(raw.profile);
        if (parsed.ok) {
            defaults.profileName = parsed.value;
        } else {
            errors.push(`--profile: ${parsed.reason}.`);
        }
    }
    if (raw.timeZone !== undefined) {
        const parsed = parseTimeZone(raw.timeZone);
        if (parsed.ok) {
            defaults.timeZoneSidKey = parsed.value;
        } else {
            errors.push(`--time-zone: ${parsed.reason}.`);
        }
    }
    if (raw.detach && !raw.inOrg) {
        errors.push('--detach goes with --in-org (a run the org carries out by itself).');
    }
    if (raw.inOrg && raw.resume !== undefined) {
        errors.push(
            '--resume is for the 200-a-call mode: resume an in-org run from its record (Student User Runs tab).'
        );
    }
    if (raw.resume !== undefined && raw.resume.trim() === '') {
        errors.push('--resume needs the path of an earlier results CSV.');
    }
    const apiVersion = (raw.apiVersion ?? API_VERSION).trim();
    if (!/^\d{2,3}\.0$/.test(apiVersion)) {
        errors.push(`--api-version: "${raw.apiVersion ?? ''}" is not an API version (e.g. ${API_VERSION}).`);
    }
    if (!isKnownEncoding(raw.encoding)) {
        errors.push(
            `--encoding: "${raw.encoding}" is not an encoding this command knows (e.g. utf-8, windows-1252, latin1).`
        );
    }
    if (errors.length > 0 || !auth || !source) {
        return { ok: false, errors };
    }
    return {
        ok: true,
        options: {
            operation,
            confirmDisable: raw.confirmDisable === true,
            auth,
            source,
            defaults,
            dryRun: raw.dryRun,
            chunkSize: raw.chunkSize,
            concurrency: raw.concurrency,
            maxRetries: raw.maxRetries,
            requestTimeoutMs: raw.requestTimeout * 1000,
            out: raw.out,
            resume: raw.resume,
            encoding: raw.encoding,
            // --json: stdout holds the JSON document only, so no progress either.
            progress: raw.progress && raw.json !== true,
            json: raw.json === true,
            apiVersion,
            inOrg: raw.inOrg === true,
            detach: raw.detach === true,
            pollMs: (raw.pollInterval ?? DEFAULT_POLL_SECONDS) * 1000
        }
    };
}

/** Checks the options of `status` and `results`. */
export function resolveRunOptions(
    raw: RawOptions,
    run: { kind: 'status' | 'results'; runId: string },
    env: NodeJS.ProcessEnv,
    defaultTargetOrg?: string
): { ok: true; options: RunCommandOptions } | { ok: false; errors: string[] } {
    const errors: string[] = [];
    const auth = resolveAuth(raw, env, defaultTargetOrg, errors);
    const runId = run.runId.trim();
    if (!/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(runId)) {
        errors.push(`"${run.runId}" is not a record id: give the run's id (15 or 18 characters).`);
    }
    const apiVersion = (raw.apiVersion ?? API_VERSION).trim();
    if (!/^\d{2,3}\.0$/.test(apiVersion)) {
        errors.push(`--api-version: "${raw.apiVersion ?? ''}" is not an API version (e.g. ${API_VERSION}).`);
    }
    if (errors.length > 0 || !auth) {
        return { ok: false, errors };
    }
    return {
        ok: true,
        options: {
            kind: run.kind,
            runId,
            auth,
            json: raw.json === true,
            apiVersion,
            requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000,
            outputFile: raw.outputFile
        }
    };
}

/** --target-org, else --instance-url with the token from the environment, else sf's default org. */
function resolveAuth(
    raw: RawOptions,
    env: NodeJS.ProcessEnv,
    defaultTargetOrg: string | undefined,
    errors: string[]
): AuthPlan | undefined {
    let auth: AuthPlan | undefined;
    if (raw.targetOrg !== undefined) {
        if (raw.targetOrg.trim() === '') {
            errors.push('--target-org needs an alias or username.');
        } else {
            auth = { kind: 'org', aliasOrUsername: raw.targetOrg.trim() };
        }
    } else if (raw.instanceUrl !== undefined) {
        const token = env[ACCESS_TOKEN_ENV]?.trim();
        const urlProblem = checkInstanceUrl(raw.instanceUrl);
        if (urlProblem) {
            errors.push(urlProblem);
        }
        if (!token) {
            errors.push(
                `--instance-url needs an access token in the environment variable ${ACCESS_TOKEN_ENV} (never on the command line).`
            );
        }
        if (!urlProblem && token) {
            auth = { kind: 'token', instanceUrl: raw.instanceUrl.replace(/\/+$/, ''), accessToken: token };
        }
    } else if (defaultTargetOrg?.trim()) {
        // sf's default org (sf config set target-org <alias>), as every sf command takes it.
        auth = { kind: 'org', aliasOrUsername: defaultTargetOrg.trim() };
    } else {
        errors.push(
            `Name the org: --target-org <alias|username>, --instance-url <url> with ${ACCESS_TOKEN_ENV} set, or a ` +
                'default org: sf config set target-org <alias>.'
        );
    }

    return auth;
}

function isKnownEncoding(label: string): boolean {
    try {
        new TextDecoder(label);
        return true;
    } catch {
        return false;
    }
}

/** https URLs only, except a local test server (http://localhost, 127.0.0.1). */
export function checkInstanceUrl(value: string): string | undefined {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return `--instance-url "${value}" is not a URL (e.g. https://myorg.my.salesforce.com).`;
    }
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
        return `--instance-url must use https (got ${url.protocol}//${url.host}).`;
    }
    if (url.pathname !== '/' && url.pathname !== '') {
        return `--instance-url is the org's base URL, without a path (got ${value}).`;
    }
    return undefined;
}
