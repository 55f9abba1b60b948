/**
 * The student-users command, every subcommand: options → students (file or --where) → resume plan → run → results
 * file → summary → exit code. All I/O goes through `CliDeps` so tests run it in-process against the fake server.
 */
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CommanderError } from 'commander';
import { connect, defaultTargetOrg } from './connection';
import { SESSION_REFRESH_FAILED, classifyError } from './errors';
import type { AuthPlan, CliOptions, ParsedCommand } from './program';
import { ACCESS_TOKEN_ENV, COMMAND_NAME, createProgram, resolveOptions, resolveRunOptions } from './program';
import type { Output, ProgressReporter } from './progress';
import { barReporter, lineReporter } from './progress';
import type { Operation } from './operations';
import { accountRoleNote, orgFactsLines, readOrgFacts } from './org-facts';
import type { ResultColumn, ResultRow } from './results-format';
import type { ResultsWriter } from './results-file';
import { defaultResultsPath, openResultsFile, resultsCsv, timestampedResultsPath } from './results-file';
import { planResume, readResultsCsv } from './resume';
import type { RetryPolicy } from './retry';
import { DEFAULT_RETRY_POLICY, backoffDelay, sleep } from './retry';
import { runChunks } from './run-chunks';
import type { SalesforceApi } from './salesforce-api';
import { connectionApi } from './salesforce-api';
import { checkContactId } from './salesforce-id';
import { whereQuery } from './soql';
import { decodeInput, readStudentCsv } from './student-csv';
import type { StudentRow } from './student-rows';
import { formatProblems } from './student-rows';
import { EXIT, exitCodeFor, formatSummary, summarize } from './summary';
import type { JsonRunResult } from './json-output';
import type { InOrgResult } from './in-org-command';
import { executeInOrg, executeRunCommand } from './in-org-command';
import { captureForJson, jsonError, jsonSuccess, wantsJson } from './json-output';

export interface CliDeps {
    env: NodeJS.ProcessEnv;
    stdout: Output;
    stderr: Output;
    /** The terminal stream for the progress bar; when absent (or not a TTY) progress is plain lines. */
    tty?: NodeJS.WritableStream & { isTTY?: boolean };
    cwd: string;
    /** Replaces the real connection (tests, benchmark). */
    connect?: (auth: AuthPlan, requestTimeoutMs: number) => Promise<SalesforceApi>;
    /** Aborting it stops the run cleanly (Ctrl-C, SIGTERM). */
    signal?: AbortSignal;
    /** Told the results file once it is started (the entry point names it when a second signal quits at once). */
    onResultsFile?: (path: string) => void;
    retryPolicy?: Partial<RetryPolicy>;
    random?: () => number;
    now?: () => number;
    /** sf's default org (`sf config get target-org`); replaced in tests. */
    defaultTargetOrg?: () => Promise<string | undefined>;
}

class UsageError extends Error {
    constructor(
        message: string,
        readonly exitCode: number = EXIT.BAD_INPUT
    ) {
        super(message);
    }
}

/** Runs the command (`argv` starts with the subcommand); resolves to the exit code. */
export async function runCommand(argv: readonly string[], deps: CliDeps): Promise<number> {
    if (!wantsJson(argv)) return (await runHuman(argv, deps)).code;
    // --json: the run prints nothing itself; one JSON document goes to the real stdout at the end.
    const captured = captureForJson(deps);
    let outcome: RunOutcome;
    try {
        outcome = await runHuman(argv, captured.deps);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.stdout.write(`${JSON.stringify(jsonError(1, 'UnexpectedError', message, captured.warnings), null, 2)}\n`);
        return 1;
    }
    const document = outcome.result
        ? jsonSuccess(outcome.code, outcome.result, captured.warnings)
        : jsonError(
              outcome.code,
              outcome.code === EXIT.STOPPED ? 'ConnectionError' : 'UsageError',
              captured.errors.join('\n') || 'nothing was run',
              captured.warnings
          );
    deps.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return outcome.code;
}

/** The exit code, and what the run did when it ran (the `result` of --json). */
interface RunOutcome {
    code: number;
    result?: JsonRunResult | InOrgResult;
}

async function runHuman(argv: readonly string[], deps: CliDeps): Promise<RunOutcome> {
    let parsed: ParsedCommand | undefined;
    const program = createProgram(
        { writeOut: (text) => deps.stdout.write(text), writeErr: (text) => deps.stderr.write(text) },
        (command) => {
            parsed = command;
        }
    );
    try {
        program.parse([...argv], { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help, --version and `help` exit 0; no subcommand (help shown as an error) and every usage error exit 2.
            return { code: error.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT };
        }
        throw error;
    }
    if (!parsed) {
        return { code: EXIT.BAD_INPUT };
    }
    const { operation } = parsed;
    const fallbackOrg =
        parsed.raw.targetOrg === undefined && parsed.raw.instanceUrl === undefined
            ? await (deps.defaultTargetOrg ?? defaultTargetOrg)().catch(() => undefined)
            : undefined;
    if (parsed.run) {
        const checked = resolveRunOptions(parsed.raw, parsed.run, deps.env, fallbackOrg);
        if (!checked.ok) {
            checked.errors.forEach((message) => deps.stderr.write(`error: ${message}\n`));
            return { code: EXIT.BAD_INPUT };
        }
        try {
            return await executeRunCommand(checked.options, await openApi(checked.options, deps), deps);
        } catch (error) {
            if (error instanceof UsageError) {
                deps.stderr.write(`error: ${error.message}\n`);
                return { code: error.exitCode };
            }
            throw error;
        }
    }
    const resolved = resolveOptions(parsed.raw, deps.env, operation, fallbackOrg);
    if (!resolved.ok) {
        resolved.errors.forEach((message) => deps.stderr.write(`error: ${message}\n`));
        deps.stderr.write(`(run ${COMMAND_NAME} ${operation.command} --help for every option and examples)\n`);
        return { code: EXIT.BAD_INPUT };
    }
    try {
        return await execute(resolved.options, deps);
    } catch (error) {
        if (error instanceof UsageError) {
            deps.stderr.write(`error: ${error.message}\n`);
            return { code: error.exitCode };
        }
        throw error;
    }
}

async function execute(options: CliOptions, deps: CliDeps): Promise<RunOutcome> {
    const now = deps.now ?? (() => performance.now());
    const started = now();
    const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...deps.retryPolicy, maxRetries: options.maxRetries };

    // Everything that can be checked offline is checked before connecting: bad input never sends anything.
    const outPath = resolve(
        deps.cwd,
        options.out ??
            (options.source.kind === 'file'
                ? defaultResultsPath(options.source.path)
                : timestampedResultsPath(new Date(), '.', options.operation.command))
    );
    if (options.source.kind === 'file') {
        checkNotInput(outPath, resolve(deps.cwd, options.source.path));
    }
    checkWritable(outPath);
    const fileRows =
        options.source.kind === 'file' ? loadFile(resolve(deps.cwd, options.source.path), options.encoding) : undefined;
    const operation = options.operation;
    const previous = options.resume ? loadResume(resolve(deps.cwd, options.resume), operation) : undefined;

    const api = await openApi(options, deps);
    const rows = fileRows ?? (await loadWhere(api, (options.source as { condition: string }).condition, retry, deps));
    if (options.inOrg && rows.length > 0) {
        return executeInOrg(options, rows, api, deps, outPath);
    }
    if (rows.length === 0) {
        deps.stdout.write(
            `No contact matches --where "${(options.source as { condition: string }).condition}"; nothing was sent.\n`
        );
        const none = summarize([], 0);
        return { code: EXIT.OK, result: runResult(options, none, outPath, [], undefined) };
    }
    const plan = previous
        ? planResume(rows, previous, operation)
        : { toRun: rows, carried: [] as ResultRow[], held: [] as ResultRow[] };
    const mode = options.dryRun
        ? `Dry run${operation.action ? ` of ${operation.command}` : ''} (validate only, no changes)`
        : operation.verb;
    const carriedWhy = operation.action ? `already done in ${options.resume}` : `already enabled in ${options.resume}`;
    deps.stdout.write(
        `${mode}: ${plan.toRun.length} student(s)` +
            (plan.carried.length > plan.held.length
                ? `, ${plan.carried.length - plan.held.length} skipped (${carriedWhy})`
                : '') +
            `, chunks of ${options.chunkSize}, ${options.concurrency} at a time.\n`
    );

    // Enable only: the org facts Apex cannot read, before any enabling call; a failed read is reported, not fatal.
    const facts = operation.action ? undefined : await readOrgFacts(api, plan.toRun);
    const noteRole = facts ? withAccountRoleNote(accountRoleNote(facts.roleOptimization)) : (row: ResultRow) => row;
    if (facts) {
        const { info, warnings } = orgFactsLines(facts);
        info.forEach((line) => deps.stdout.write(`${line}\n`));
        warnings.forEach((line) => deps.stderr.write(`warning: ${line}\n`));
    }

    if (plan.held.length > 0) {
        deps.stderr.write(
            `warning: ${plan.held.length} row(s) of ${options.resume} are not resent: ` +
                [...new Set(plan.held.map((row) => row.errorCode))].join(', ') +
                ' (an outcome to check first, or an Apex error a resend would repeat). ' +
                'Once checked or fixed, run those rows again without --resume.\n'
        );
    }

    const writer = startResults(outPath, plan.carried, operation.columns, deps);
    const reporter = makeReporter(options, deps);
    reporter?.start(plan.toRun.length, Math.ceil(plan.toRun.length / options.chunkSize));
    const outcome = await runChunks(
        api,
        plan.toRun,
        {
            operation,
            confirmDisable: options.confirmDisable,
            defaults: options.defaults,
            dryRun: options.dryRun,
            chunkSize: options.chunkSize,
            concurrency: options.concurrency,
            retry,
            random: deps.random,
            signal: deps.signal
        },
        {
            onProgress: (event) => reporter?.update(event),
            onRetry: (event) => reporter?.retry(event),
            onChunkResults: (results) => appendResults(writer, results.map(noteRole), deps)
        }
    );
    reporter?.stop();

    const all = [...plan.carried, ...outcome.results.map(noteRole)];
    writeResults(writer, all, operation.columns, deps);
    const summary = summarize([...plan.held, ...outcome.results], plan.carried.length - plan.held.length);
    deps.stdout.write(
        '\n' +
            formatSummary(summary, {
                dryRun: options.dryRun,
                operation,
                elapsedMs: now() - started,
                stats: outcome.stats,
                resultsPath: outPath,
                orgFacts: facts
            }) +
            '\n'
    );
    reportFailures([...plan.held, ...outcome.results], deps);
    if (outcome.stop) {
        deps.stderr.write(
            `\nStopped early: ${outcome.stop.code}: ${outcome.stop.message}\n` +
                `${summary.notSent} student(s) were not sent. Fix the cause, then run the same command with --resume ${outPath}\n`
        );
        const hint = stopHint(outcome.stop.code, options);
        if (hint) {
            deps.stderr.write(`${hint}\n`);
        }
    }
    return {
        code: exitCodeFor(summary, outcome.stop !== undefined),
        result: runResult(options, summary, outPath, all, outcome.stop)
    };
}

function runResult(
    options: CliOptions,
    summary: ReturnType<typeof summarize>,
    resultsFile: string,
    rows: ResultRow[],
    stop: { code: string; message: string } | undefined
): JsonRunResult {
    return {
        command: options.operation.command,
        dryRun: options.dryRun,
        summary,
        resultsFile,
        rows,
        ...(stop ? { stoppedEarly: { code: stop.code, message: stop.message } } : {})
    };
}

/** What to do about a stop the user can fix: log in again, or get access to the action. */
function stopHint(code: string, options: CliOptions): string | undefined {
    if (code === SESSION_REFRESH_FAILED || code === 'INVALID_SESSION_ID' || code === 'ERROR_HTTP_401') {
        return options.auth.kind === 'org'
            ? `Log in again: sf org login web --alias ${options.auth.aliasOrUsername}`
            : `Get a fresh access token into ${ACCESS_TOKEN_ENV} (e.g. sf org display --target-org <alias>).`;
    }
    if (code === 'NOT_FOUND' || code === 'ERROR_HTTP_404') {
        return (
            `The action ${options.operation.actionName} was not found for this user: deploy it, and give the user ` +
            'access to its Apex class (permission set Student_User_Enablement or Student_User_Lifecycle).'
        );
    }
    return undefined;
}

/**
 * Adds what the platform does for the account's role to the message of a new user's row (the service says
 * `PLATFORM_CREATES`), once.
 */
function withAccountRoleNote(note: string): (row: ResultRow) => ResultRow {
    return (row) =>
        row.accountRole === 'PLATFORM_CREATES' &&
        (row.status === 'CREATED' || row.status === 'VALID') &&
        !row.message.includes(note)
            ? { ...row, message: row.message ? `${row.message} ${note}` : note }
            : row;
}

function loadFile(path: string, encoding: string): StudentRow[] {
    const decoded = decodeInput(readBytes(path, 'input file'), encoding);
    if (!decoded.ok) {
        throw new UsageError(
            `${path} cannot be read as ${encoding}; nothing was sent:\n${formatProblems(path, decoded.problems)}`
        );
    }
    const read = readStudentCsv(decoded.text);
    if (!read.ok) {
        throw new UsageError(
            `${read.problems.length} problem(s) in ${path}; nothing was sent:\n${formatProblems(path, read.problems)}`
        );
    }
    return read.rows;
}

function loadResume(path: string, operation: Operation): ResultRow[] {
    const read = readResultsCsv(readText(path, '--resume file'), operation.columns);
    if (!read.ok) {
        throw new UsageError(
            `${path} cannot be resumed from; nothing was sent:\n${formatProblems(path, read.problems)}`
        );
    }
    return read.results;
}

function readText(path: string, what: string): string {
    return readBytes(path, what).toString('utf8');
}

function readBytes(path: string, what: string): Buffer {
    try {
        return readFileSync(path);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        const reason =
            code === 'ENOENT'
                ? 'no such file'
                : code === 'EISDIR'
                  ? 'it is a folder'
                  : code === 'EACCES'
                    ? 'permission denied'
                    : (error as Error).message;
        throw new UsageError(`cannot read the ${what} ${path}: ${reason}`);
    }
}

/** The results must never overwrite the input (same path, or the same file through a link). */
function checkNotInput(outPath: string, inputPath: string): void {
    const real = (path: string): string => {
        try {
            return realpathSync(path);
        } catch {
            return path;
        }
    };
    if (outPath === inputPath || real(outPath) === real(inputPath)) {
        throw new UsageError(
            `--out ${outPath} is the input file itself: the results would overwrite your students. ` +
                'Name another file with --out, or drop --out (the default is <input>.results.csv next to the input).'
        );
    }
}

function checkWritable(outPath: string): void {
    try {
        accessSync(dirname(outPath), constants.W_OK);
    } catch {
        throw new UsageError(
            `cannot write the results to ${outPath}: its folder is missing or not writable (see --out)`
        );
    }
}

async function openApi(
    options: Pick<CliOptions, 'auth' | 'apiVersion' | 'requestTimeoutMs'>,
    deps: CliDeps
): Promise<SalesforceApi> {
    try {
        if (deps.connect) {
            return await deps.connect(options.auth, options.requestTimeoutMs);
        }
        return connectionApi(await connect(options.auth, options.apiVersion), options.requestTimeoutMs);
    } catch (error) {
        const target = options.auth.kind === 'org' ? options.auth.aliasOrUsername : options.auth.instanceUrl;
        throw new UsageError(
            `cannot connect to ${target}: ${(error as Error).message}` +
                (options.auth.kind === 'org' ? ` (authorize it with: sf org login web --alias ${target})` : ''),
            EXIT.STOPPED
        );
    }
}

/** The contacts of --where (all pages), as students numbered 1..N. */
async function loadWhere(
    api: SalesforceApi,
    condition: string,
    retry: RetryPolicy,
    deps: CliDeps
): Promise<StudentRow[]> {
    for (let attempt = 0; ; attempt++) {
        try {
            const records = await api.queryAll<{ Id: string }>(whereQuery(condition));
            return records.map((record, index) => {
                const check = checkContactId(record.Id);
                return { row: index + 1, contactId: check.ok ? check.id18 : record.Id, overrides: {} };
            });
        } catch (error) {
            const classified = classifyError(error);
            if (classified.kind === 'transient' && attempt < retry.maxRetries) {
                await sleep(backoffDelay(attempt + 1, retry, deps.random), deps.signal);
                continue;
            }
            throw new UsageError(
                `the --where query failed (${classified.code}): ${classified.message}; nothing was sent`,
                classified.kind === 'fail' ? EXIT.BAD_INPUT : EXIT.STOPPED
            );
        }
    }
}

function makeReporter(options: CliOptions, deps: CliDeps): ProgressReporter | undefined {
    if (!options.progress) {
        return undefined;
    }
    return deps.tty?.isTTY ? barReporter(deps.tty) : lineReporter(deps.stderr);
}

/** Starts the results file before anything is sent; a file that cannot be written is bad usage (exit 2). */
function startResults(
    outPath: string,
    carried: readonly ResultRow[],
    columns: readonly ResultColumn[],
    deps: CliDeps
): ResultsWriter {
    try {
        const writer = openResultsFile(outPath, carried, columns);
        deps.onResultsFile?.(outPath);
        return writer;
    } catch (error) {
        throw new UsageError(`cannot write the results to ${outPath} (${(error as Error).message}); nothing was sent`);
    }
}

/** Appends a chunk's rows; a failed append is reported once, and the final write tries again. */
function appendResults(writer: ResultsWriter, results: ResultRow[], deps: CliDeps): void {
    try {
        writer.append(results);
    } catch (error) {
        if (!appendFailed.has(writer)) {
            appendFailed.add(writer);
            deps.stderr.write(`warning: cannot append to ${writer.path} (${(error as Error).message})\n`);
        }
    }
}
const appendFailed = new WeakSet<ResultsWriter>();

function writeResults(
    writer: ResultsWriter,
    results: ResultRow[],
    columns: readonly ResultColumn[],
    deps: CliDeps
): void {
    try {
        writer.finish(results);
    } catch (error) {
        deps.stderr.write(`error: cannot write ${writer.path} (${(error as Error).message}); the results follow:\n`);
        deps.stdout.write(resultsCsv(results, columns));
    }
}

const FAILURES_SHOWN = 10;

function reportFailures(results: readonly ResultRow[], deps: CliDeps): void {
    const failed = results.filter((row) => row.status === 'FAILED');
    if (failed.length === 0) {
        return;
    }
    deps.stdout.write(
        `\nFailed rows${failed.length > FAILURES_SHOWN ? ` (first ${FAILURES_SHOWN} of ${failed.length})` : ''}:\n`
    );
    for (const row of failed.slice(0, FAILURES_SHOWN)) {
        deps.stdout.write(
            `  row ${row.row} ${row.contactId || row.email}: ${row.errorCode}${row.errorField ? ` (${row.errorField})` : ''}: ${row.message}` +
                (row.errorFix ? ` Fix: ${row.errorFix}` : '') +
                '\n'
        );
    }
}
