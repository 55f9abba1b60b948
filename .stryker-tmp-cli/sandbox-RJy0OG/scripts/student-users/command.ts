/**
 * The student-users command, every subcommand: options → students (file or --where) → resume plan → run → results
 * file → summary → exit code. All I/O goes through `CliDeps` so tests run it in-process against the fake server.
 */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CommanderError } from 'commander';
import { connect } from './connection';
import { classifyError } from './errors';
import type { AuthPlan, CliOptions, ParsedCommand } from './program';
import { COMMAND_NAME, createProgram, resolveOptions } from './program';
import type { Output, ProgressReporter } from './progress';
import { barReporter, lineReporter } from './progress';
import type { Operation } from './operations';
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
export interface CliDeps {
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** The terminal stream for the progress bar; when absent (or not a TTY) progress is plain lines. */
  tty?: NodeJS.WritableStream & {
    isTTY?: boolean;
  };
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
}
class UsageError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.BAD_INPUT) {
    super(message);
  }
}

/** Runs the command (`argv` starts with the subcommand); resolves to the exit code. */
export async function runCommand(argv: readonly string[], deps: CliDeps): Promise<number> {
  if (stryMutAct_9fa48("155")) {
    {}
  } else {
    stryCov_9fa48("155");
    let parsed: ParsedCommand | undefined;
    const program = createProgram(stryMutAct_9fa48("156") ? {} : (stryCov_9fa48("156"), {
      writeOut: stryMutAct_9fa48("157") ? () => undefined : (stryCov_9fa48("157"), text => deps.stdout.write(text)),
      writeErr: stryMutAct_9fa48("158") ? () => undefined : (stryCov_9fa48("158"), text => deps.stderr.write(text))
    }), command => {
      if (stryMutAct_9fa48("159")) {
        {}
      } else {
        stryCov_9fa48("159");
        parsed = command;
      }
    });
    try {
      if (stryMutAct_9fa48("160")) {
        {}
      } else {
        stryCov_9fa48("160");
        program.parse(stryMutAct_9fa48("161") ? [] : (stryCov_9fa48("161"), [...argv]), stryMutAct_9fa48("162") ? {} : (stryCov_9fa48("162"), {
          from: stryMutAct_9fa48("163") ? "" : (stryCov_9fa48("163"), 'user')
        }));
      }
    } catch (error) {
      if (stryMutAct_9fa48("164")) {
        {}
      } else {
        stryCov_9fa48("164");
        if (stryMutAct_9fa48("166") ? false : stryMutAct_9fa48("165") ? true : (stryCov_9fa48("165", "166"), error instanceof CommanderError)) {
          if (stryMutAct_9fa48("167")) {
            {}
          } else {
            stryCov_9fa48("167");
            // --help and `help` exit 0; no subcommand (help shown as an error) and every usage error exit 2.
            return (stryMutAct_9fa48("170") ? error.exitCode !== 0 : stryMutAct_9fa48("169") ? false : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169", "170"), error.exitCode === 0)) ? EXIT.OK : EXIT.BAD_INPUT;
          }
        }
        throw error;
      }
    }
    if (stryMutAct_9fa48("173") ? false : stryMutAct_9fa48("172") ? true : stryMutAct_9fa48("171") ? parsed : (stryCov_9fa48("171", "172", "173"), !parsed)) {
      if (stryMutAct_9fa48("174")) {
        {}
      } else {
        stryCov_9fa48("174");
        return EXIT.BAD_INPUT;
      }
    }
    const {
      operation
    } = parsed;
    const resolved = resolveOptions(parsed.raw, deps.env, operation);
    if (stryMutAct_9fa48("177") ? false : stryMutAct_9fa48("176") ? true : stryMutAct_9fa48("175") ? resolved.ok : (stryCov_9fa48("175", "176", "177"), !resolved.ok)) {
      if (stryMutAct_9fa48("178")) {
        {}
      } else {
        stryCov_9fa48("178");
        resolved.errors.forEach(stryMutAct_9fa48("179") ? () => undefined : (stryCov_9fa48("179"), message => deps.stderr.write(stryMutAct_9fa48("180") ? `` : (stryCov_9fa48("180"), `error: ${message}\n`))));
        deps.stderr.write(stryMutAct_9fa48("181") ? `` : (stryCov_9fa48("181"), `(run ${COMMAND_NAME} ${operation.command} --help for every option and examples)\n`));
        return EXIT.BAD_INPUT;
      }
    }
    try {
      if (stryMutAct_9fa48("182")) {
        {}
      } else {
        stryCov_9fa48("182");
        return await execute(resolved.options, deps);
      }
    } catch (error) {
      if (stryMutAct_9fa48("183")) {
        {}
      } else {
        stryCov_9fa48("183");
        if (stryMutAct_9fa48("185") ? false : stryMutAct_9fa48("184") ? true : (stryCov_9fa48("184", "185"), error instanceof UsageError)) {
          if (stryMutAct_9fa48("186")) {
            {}
          } else {
            stryCov_9fa48("186");
            deps.stderr.write(stryMutAct_9fa48("187") ? `` : (stryCov_9fa48("187"), `error: ${error.message}\n`));
            return error.exitCode;
          }
        }
        throw error;
      }
    }
  }
}
async function execute(options: CliOptions, deps: CliDeps): Promise<number> {
  if (stryMutAct_9fa48("188")) {
    {}
  } else {
    stryCov_9fa48("188");
    const now = stryMutAct_9fa48("189") ? deps.now && (() => performance.now()) : (stryCov_9fa48("189"), deps.now ?? (stryMutAct_9fa48("190") ? () => undefined : (stryCov_9fa48("190"), () => performance.now())));
    const started = now();
    const retry: RetryPolicy = stryMutAct_9fa48("191") ? {} : (stryCov_9fa48("191"), {
      ...DEFAULT_RETRY_POLICY,
      ...deps.retryPolicy,
      maxRetries: options.maxRetries
    });

    // Everything that can be checked offline is checked before connecting: bad input never sends anything.
    const outPath = resolve(deps.cwd, stryMutAct_9fa48("192") ? options.out && (options.source.kind === 'file' ? defaultResultsPath(options.source.path) : timestampedResultsPath(new Date(), '.', options.operation.command)) : (stryCov_9fa48("192"), options.out ?? ((stryMutAct_9fa48("195") ? options.source.kind !== 'file' : stryMutAct_9fa48("194") ? false : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194", "195"), options.source.kind === (stryMutAct_9fa48("196") ? "" : (stryCov_9fa48("196"), 'file')))) ? defaultResultsPath(options.source.path) : timestampedResultsPath(new Date(), stryMutAct_9fa48("197") ? "" : (stryCov_9fa48("197"), '.'), options.operation.command))));
    if (stryMutAct_9fa48("200") ? options.source.kind !== 'file' : stryMutAct_9fa48("199") ? false : stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198", "199", "200"), options.source.kind === (stryMutAct_9fa48("201") ? "" : (stryCov_9fa48("201"), 'file')))) {
      if (stryMutAct_9fa48("202")) {
        {}
      } else {
        stryCov_9fa48("202");
        checkNotInput(outPath, resolve(deps.cwd, options.source.path));
      }
    }
    checkWritable(outPath);
    const fileRows = (stryMutAct_9fa48("205") ? options.source.kind !== 'file' : stryMutAct_9fa48("204") ? false : stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203", "204", "205"), options.source.kind === (stryMutAct_9fa48("206") ? "" : (stryCov_9fa48("206"), 'file')))) ? loadFile(resolve(deps.cwd, options.source.path), options.encoding) : undefined;
    const operation = options.operation;
    const previous = options.resume ? loadResume(resolve(deps.cwd, options.resume), operation) : undefined;
    const api = await openApi(options, deps);
    const rows = stryMutAct_9fa48("207") ? fileRows && (await loadWhere(api, (options.source as {
      condition: string;
    }).condition, retry, deps)) : (stryCov_9fa48("207"), fileRows ?? (await loadWhere(api, (options.source as {
      condition: string;
    }).condition, retry, deps)));
    if (stryMutAct_9fa48("210") ? rows.length !== 0 : stryMutAct_9fa48("209") ? false : stryMutAct_9fa48("208") ? true : (stryCov_9fa48("208", "209", "210"), rows.length === 0)) {
      if (stryMutAct_9fa48("211")) {
        {}
      } else {
        stryCov_9fa48("211");
        deps.stdout.write(stryMutAct_9fa48("212") ? `` : (stryCov_9fa48("212"), `No contact matches --where "${(options.source as {
          condition: string;
        }).condition}"; nothing was sent.\n`));
        return EXIT.OK;
      }
    }
    const plan = previous ? planResume(rows, previous, operation) : stryMutAct_9fa48("213") ? {} : (stryCov_9fa48("213"), {
      toRun: rows,
      carried: [] as ResultRow[]
    });
    const mode = options.dryRun ? stryMutAct_9fa48("214") ? `` : (stryCov_9fa48("214"), `Dry run${operation.action ? stryMutAct_9fa48("215") ? `` : (stryCov_9fa48("215"), ` of ${operation.command}`) : stryMutAct_9fa48("216") ? "Stryker was here!" : (stryCov_9fa48("216"), '')} (validate only, no changes)`) : operation.verb;
    const carriedWhy = operation.action ? stryMutAct_9fa48("217") ? `` : (stryCov_9fa48("217"), `already done in ${options.resume}`) : stryMutAct_9fa48("218") ? `` : (stryCov_9fa48("218"), `already enabled in ${options.resume}`);
    deps.stdout.write((stryMutAct_9fa48("219") ? `` : (stryCov_9fa48("219"), `${mode}: ${plan.toRun.length} student(s)`)) + ((stryMutAct_9fa48("223") ? plan.carried.length <= 0 : stryMutAct_9fa48("222") ? plan.carried.length >= 0 : stryMutAct_9fa48("221") ? false : stryMutAct_9fa48("220") ? true : (stryCov_9fa48("220", "221", "222", "223"), plan.carried.length > 0)) ? stryMutAct_9fa48("224") ? `` : (stryCov_9fa48("224"), `, ${plan.carried.length} skipped (${carriedWhy})`) : stryMutAct_9fa48("225") ? "Stryker was here!" : (stryCov_9fa48("225"), '')) + (stryMutAct_9fa48("226") ? `` : (stryCov_9fa48("226"), `, chunks of ${options.chunkSize}, ${options.concurrency} at a time.\n`)));
    const writer = startResults(outPath, plan.carried, operation.columns, deps);
    const reporter = makeReporter(options, deps);
    stryMutAct_9fa48("227") ? reporter.start(plan.toRun.length, Math.ceil(plan.toRun.length / options.chunkSize)) : (stryCov_9fa48("227"), reporter?.start(plan.toRun.length, Math.ceil(stryMutAct_9fa48("228") ? plan.toRun.length * options.chunkSize : (stryCov_9fa48("228"), plan.toRun.length / options.chunkSize))));
    const outcome = await runChunks(api, plan.toRun, stryMutAct_9fa48("229") ? {} : (stryCov_9fa48("229"), {
      operation,
      confirmDisable: options.confirmDisable,
      defaults: options.defaults,
      dryRun: options.dryRun,
      chunkSize: options.chunkSize,
      concurrency: options.concurrency,
      retry,
      random: deps.random,
      signal: deps.signal
    }), stryMutAct_9fa48("230") ? {} : (stryCov_9fa48("230"), {
      onProgress: stryMutAct_9fa48("231") ? () => undefined : (stryCov_9fa48("231"), event => stryMutAct_9fa48("232") ? reporter.update(event) : (stryCov_9fa48("232"), reporter?.update(event))),
      onRetry: stryMutAct_9fa48("233") ? () => undefined : (stryCov_9fa48("233"), event => stryMutAct_9fa48("234") ? reporter.retry(event) : (stryCov_9fa48("234"), reporter?.retry(event))),
      onChunkResults: stryMutAct_9fa48("235") ? () => undefined : (stryCov_9fa48("235"), results => appendResults(writer, results, deps))
    }));
    stryMutAct_9fa48("236") ? reporter.stop() : (stryCov_9fa48("236"), reporter?.stop());
    const all = stryMutAct_9fa48("237") ? [] : (stryCov_9fa48("237"), [...plan.carried, ...outcome.results]);
    writeResults(writer, all, operation.columns, deps);
    const summary = summarize(outcome.results, plan.carried.length);
    deps.stdout.write((stryMutAct_9fa48("238") ? "" : (stryCov_9fa48("238"), '\n')) + formatSummary(summary, stryMutAct_9fa48("239") ? {} : (stryCov_9fa48("239"), {
      dryRun: options.dryRun,
      operation,
      elapsedMs: stryMutAct_9fa48("240") ? now() + started : (stryCov_9fa48("240"), now() - started),
      stats: outcome.stats,
      resultsPath: outPath
    })) + (stryMutAct_9fa48("241") ? "" : (stryCov_9fa48("241"), '\n')));
    reportFailures(outcome.results, deps);
    if (stryMutAct_9fa48("243") ? false : stryMutAct_9fa48("242") ? true : (stryCov_9fa48("242", "243"), outcome.stop)) {
      if (stryMutAct_9fa48("244")) {
        {}
      } else {
        stryCov_9fa48("244");
        deps.stderr.write((stryMutAct_9fa48("245") ? `` : (stryCov_9fa48("245"), `\nStopped early: ${outcome.stop.code}: ${outcome.stop.message}\n`)) + (stryMutAct_9fa48("246") ? `` : (stryCov_9fa48("246"), `${summary.notSent} student(s) were not sent. Fix the cause, then run the same command with --resume ${outPath}\n`)));
      }
    }
    return exitCodeFor(summary, stryMutAct_9fa48("249") ? outcome.stop === undefined : stryMutAct_9fa48("248") ? false : stryMutAct_9fa48("247") ? true : (stryCov_9fa48("247", "248", "249"), outcome.stop !== undefined));
  }
}
function loadFile(path: string, encoding: string): StudentRow[] {
  if (stryMutAct_9fa48("250")) {
    {}
  } else {
    stryCov_9fa48("250");
    const decoded = decodeInput(readBytes(path, stryMutAct_9fa48("251") ? "" : (stryCov_9fa48("251"), 'input file')), encoding);
    if (stryMutAct_9fa48("254") ? false : stryMutAct_9fa48("253") ? true : stryMutAct_9fa48("252") ? decoded.ok : (stryCov_9fa48("252", "253", "254"), !decoded.ok)) {
      if (stryMutAct_9fa48("255")) {
        {}
      } else {
        stryCov_9fa48("255");
        throw new UsageError(stryMutAct_9fa48("256") ? `` : (stryCov_9fa48("256"), `${path} cannot be read as ${encoding}; nothing was sent:\n${formatProblems(path, decoded.problems)}`));
      }
    }
    const read = readStudentCsv(decoded.text);
    if (stryMutAct_9fa48("259") ? false : stryMutAct_9fa48("258") ? true : stryMutAct_9fa48("257") ? read.ok : (stryCov_9fa48("257", "258", "259"), !read.ok)) {
      if (stryMutAct_9fa48("260")) {
        {}
      } else {
        stryCov_9fa48("260");
        throw new UsageError(stryMutAct_9fa48("261") ? `` : (stryCov_9fa48("261"), `${read.problems.length} problem(s) in ${path}; nothing was sent:\n${formatProblems(path, read.problems)}`));
      }
    }
    return read.rows;
  }
}
function loadResume(path: string, operation: Operation): ResultRow[] {
  if (stryMutAct_9fa48("262")) {
    {}
  } else {
    stryCov_9fa48("262");
    const read = readResultsCsv(readText(path, stryMutAct_9fa48("263") ? "" : (stryCov_9fa48("263"), '--resume file')), operation.columns);
    if (stryMutAct_9fa48("266") ? false : stryMutAct_9fa48("265") ? true : stryMutAct_9fa48("264") ? read.ok : (stryCov_9fa48("264", "265", "266"), !read.ok)) {
      if (stryMutAct_9fa48("267")) {
        {}
      } else {
        stryCov_9fa48("267");
        throw new UsageError(stryMutAct_9fa48("268") ? `` : (stryCov_9fa48("268"), `${path} cannot be resumed from; nothing was sent:\n${formatProblems(path, read.problems)}`));
      }
    }
    return read.results;
  }
}
function readText(path: string, what: string): string {
  if (stryMutAct_9fa48("269")) {
    {}
  } else {
    stryCov_9fa48("269");
    return readBytes(path, what).toString(stryMutAct_9fa48("270") ? "" : (stryCov_9fa48("270"), 'utf8'));
  }
}
function readBytes(path: string, what: string): Buffer {
  if (stryMutAct_9fa48("271")) {
    {}
  } else {
    stryCov_9fa48("271");
    try {
      if (stryMutAct_9fa48("272")) {
        {}
      } else {
        stryCov_9fa48("272");
        return readFileSync(path);
      }
    } catch (error) {
      if (stryMutAct_9fa48("273")) {
        {}
      } else {
        stryCov_9fa48("273");
        const code = stryMutAct_9fa48("274") ? (error as NodeJS.ErrnoException).code && '' : (stryCov_9fa48("274"), (error as NodeJS.ErrnoException).code ?? (stryMutAct_9fa48("275") ? "Stryker was here!" : (stryCov_9fa48("275"), '')));
        const reason = (stryMutAct_9fa48("278") ? code !== 'ENOENT' : stryMutAct_9fa48("277") ? false : stryMutAct_9fa48("276") ? true : (stryCov_9fa48("276", "277", "278"), code === (stryMutAct_9fa48("279") ? "" : (stryCov_9fa48("279"), 'ENOENT')))) ? stryMutAct_9fa48("280") ? "" : (stryCov_9fa48("280"), 'no such file') : (stryMutAct_9fa48("283") ? code !== 'EISDIR' : stryMutAct_9fa48("282") ? false : stryMutAct_9fa48("281") ? true : (stryCov_9fa48("281", "282", "283"), code === (stryMutAct_9fa48("284") ? "" : (stryCov_9fa48("284"), 'EISDIR')))) ? stryMutAct_9fa48("285") ? "" : (stryCov_9fa48("285"), 'it is a folder') : (stryMutAct_9fa48("288") ? code !== 'EACCES' : stryMutAct_9fa48("287") ? false : stryMutAct_9fa48("286") ? true : (stryCov_9fa48("286", "287", "288"), code === (stryMutAct_9fa48("289") ? "" : (stryCov_9fa48("289"), 'EACCES')))) ? stryMutAct_9fa48("290") ? "" : (stryCov_9fa48("290"), 'permission denied') : (error as Error).message;
        throw new UsageError(stryMutAct_9fa48("291") ? `` : (stryCov_9fa48("291"), `cannot read the ${what} ${path}: ${reason}`));
      }
    }
  }
}

/** The results must never overwrite the input (same path, or the same file through a link). */
function checkNotInput(outPath: string, inputPath: string): void {
  if (stryMutAct_9fa48("292")) {
    {}
  } else {
    stryCov_9fa48("292");
    const real = (path: string): string => {
      if (stryMutAct_9fa48("293")) {
        {}
      } else {
        stryCov_9fa48("293");
        try {
          if (stryMutAct_9fa48("294")) {
            {}
          } else {
            stryCov_9fa48("294");
            return realpathSync(path);
          }
        } catch {
          if (stryMutAct_9fa48("295")) {
            {}
          } else {
            stryCov_9fa48("295");
            return path;
          }
        }
      }
    };
    if (stryMutAct_9fa48("298") ? outPath === inputPath && real(outPath) === real(inputPath) : stryMutAct_9fa48("297") ? false : stryMutAct_9fa48("296") ? true : (stryCov_9fa48("296", "297", "298"), (stryMutAct_9fa48("300") ? outPath !== inputPath : stryMutAct_9fa48("299") ? false : (stryCov_9fa48("299", "300"), outPath === inputPath)) || (stryMutAct_9fa48("302") ? real(outPath) !== real(inputPath) : stryMutAct_9fa48("301") ? false : (stryCov_9fa48("301", "302"), real(outPath) === real(inputPath))))) {
      if (stryMutAct_9fa48("303")) {
        {}
      } else {
        stryCov_9fa48("303");
        throw new UsageError((stryMutAct_9fa48("304") ? `` : (stryCov_9fa48("304"), `--out ${outPath} is the input file itself: the results would overwrite your students. `)) + (stryMutAct_9fa48("305") ? "" : (stryCov_9fa48("305"), 'Name another file with --out, or drop --out (the default is <input>.results.csv next to the input).')));
      }
    }
  }
}
function checkWritable(outPath: string): void {
  if (stryMutAct_9fa48("306")) {
    {}
  } else {
    stryCov_9fa48("306");
    try {
      if (stryMutAct_9fa48("307")) {
        {}
      } else {
        stryCov_9fa48("307");
        accessSync(dirname(outPath), constants.W_OK);
      }
    } catch {
      if (stryMutAct_9fa48("308")) {
        {}
      } else {
        stryCov_9fa48("308");
        throw new UsageError(stryMutAct_9fa48("309") ? `` : (stryCov_9fa48("309"), `cannot write the results to ${outPath}: its folder is missing or not writable (see --out)`));
      }
    }
  }
}
async function openApi(options: CliOptions, deps: CliDeps): Promise<SalesforceApi> {
  if (stryMutAct_9fa48("310")) {
    {}
  } else {
    stryCov_9fa48("310");
    try {
      if (stryMutAct_9fa48("311")) {
        {}
      } else {
        stryCov_9fa48("311");
        if (stryMutAct_9fa48("313") ? false : stryMutAct_9fa48("312") ? true : (stryCov_9fa48("312", "313"), deps.connect)) {
          if (stryMutAct_9fa48("314")) {
            {}
          } else {
            stryCov_9fa48("314");
            return await deps.connect(options.auth, options.requestTimeoutMs);
          }
        }
        return connectionApi(await connect(options.auth), options.requestTimeoutMs);
      }
    } catch (error) {
      if (stryMutAct_9fa48("315")) {
        {}
      } else {
        stryCov_9fa48("315");
        const target = (stryMutAct_9fa48("318") ? options.auth.kind !== 'org' : stryMutAct_9fa48("317") ? false : stryMutAct_9fa48("316") ? true : (stryCov_9fa48("316", "317", "318"), options.auth.kind === (stryMutAct_9fa48("319") ? "" : (stryCov_9fa48("319"), 'org')))) ? options.auth.aliasOrUsername : options.auth.instanceUrl;
        throw new UsageError((stryMutAct_9fa48("320") ? `` : (stryCov_9fa48("320"), `cannot connect to ${target}: ${(error as Error).message}`)) + ((stryMutAct_9fa48("323") ? options.auth.kind !== 'org' : stryMutAct_9fa48("322") ? false : stryMutAct_9fa48("321") ? true : (stryCov_9fa48("321", "322", "323"), options.auth.kind === (stryMutAct_9fa48("324") ? "" : (stryCov_9fa48("324"), 'org')))) ? stryMutAct_9fa48("325") ? `` : (stryCov_9fa48("325"), ` (authorize it with: sf org login web --alias ${target})`) : stryMutAct_9fa48("326") ? "Stryker was here!" : (stryCov_9fa48("326"), '')), EXIT.STOPPED);
      }
    }
  }
}

/** The contacts of --where (all pages), as students numbered 1..N. */
async function loadWhere(api: SalesforceApi, condition: string, retry: RetryPolicy, deps: CliDeps): Promise<StudentRow[]> {
  if (stryMutAct_9fa48("327")) {
    {}
  } else {
    stryCov_9fa48("327");
    if (stryMutAct_9fa48("328")) {
      for (let attempt = 0; false; attempt++) {
        try {
          const records = await api.queryAll<{
            Id: string;
          }>(whereQuery(condition));
          return records.map((record, index) => {
            const check = checkContactId(record.Id);
            return {
              row: index + 1,
              contactId: check.ok ? check.id18 : record.Id,
              overrides: {}
            };
          });
        } catch (error) {
          if (error instanceof UsageError) {
            throw error;
          }
          const classified = classifyError(error);
          if (classified.kind === 'transient' && attempt < retry.maxRetries) {
            await sleep(backoffDelay(attempt + 1, retry, deps.random), deps.signal);
            continue;
          }
          throw new UsageError(`the --where query failed (${classified.code}): ${classified.message}; nothing was sent`, classified.kind === 'fail' ? EXIT.BAD_INPUT : EXIT.STOPPED);
        }
      }
    } else {
      stryCov_9fa48("328");
      for (let attempt = 0;; stryMutAct_9fa48("329") ? attempt-- : (stryCov_9fa48("329"), attempt++)) {
        if (stryMutAct_9fa48("330")) {
          {}
        } else {
          stryCov_9fa48("330");
          try {
            if (stryMutAct_9fa48("331")) {
              {}
            } else {
              stryCov_9fa48("331");
              const records = await api.queryAll<{
                Id: string;
              }>(whereQuery(condition));
              return records.map((record, index) => {
                if (stryMutAct_9fa48("332")) {
                  {}
                } else {
                  stryCov_9fa48("332");
                  const check = checkContactId(record.Id);
                  return stryMutAct_9fa48("333") ? {} : (stryCov_9fa48("333"), {
                    row: stryMutAct_9fa48("334") ? index - 1 : (stryCov_9fa48("334"), index + 1),
                    contactId: check.ok ? check.id18 : record.Id,
                    overrides: {}
                  });
                }
              });
            }
          } catch (error) {
            if (stryMutAct_9fa48("335")) {
              {}
            } else {
              stryCov_9fa48("335");
              if (stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : (stryCov_9fa48("336", "337"), error instanceof UsageError)) {
                if (stryMutAct_9fa48("338")) {
                  {}
                } else {
                  stryCov_9fa48("338");
                  throw error;
                }
              }
              const classified = classifyError(error);
              if (stryMutAct_9fa48("341") ? classified.kind === 'transient' || attempt < retry.maxRetries : stryMutAct_9fa48("340") ? false : stryMutAct_9fa48("339") ? true : (stryCov_9fa48("339", "340", "341"), (stryMutAct_9fa48("343") ? classified.kind !== 'transient' : stryMutAct_9fa48("342") ? true : (stryCov_9fa48("342", "343"), classified.kind === (stryMutAct_9fa48("344") ? "" : (stryCov_9fa48("344"), 'transient')))) && (stryMutAct_9fa48("347") ? attempt >= retry.maxRetries : stryMutAct_9fa48("346") ? attempt <= retry.maxRetries : stryMutAct_9fa48("345") ? true : (stryCov_9fa48("345", "346", "347"), attempt < retry.maxRetries)))) {
                if (stryMutAct_9fa48("348")) {
                  {}
                } else {
                  stryCov_9fa48("348");
                  await sleep(backoffDelay(stryMutAct_9fa48("349") ? attempt - 1 : (stryCov_9fa48("349"), attempt + 1), retry, deps.random), deps.signal);
                  continue;
                }
              }
              throw new UsageError(stryMutAct_9fa48("350") ? `` : (stryCov_9fa48("350"), `the --where query failed (${classified.code}): ${classified.message}; nothing was sent`), (stryMutAct_9fa48("353") ? classified.kind !== 'fail' : stryMutAct_9fa48("352") ? false : stryMutAct_9fa48("351") ? true : (stryCov_9fa48("351", "352", "353"), classified.kind === (stryMutAct_9fa48("354") ? "" : (stryCov_9fa48("354"), 'fail')))) ? EXIT.BAD_INPUT : EXIT.STOPPED);
            }
          }
        }
      }
    }
  }
}
function makeReporter(options: CliOptions, deps: CliDeps): ProgressReporter | undefined {
  if (stryMutAct_9fa48("355")) {
    {}
  } else {
    stryCov_9fa48("355");
    if (stryMutAct_9fa48("358") ? false : stryMutAct_9fa48("357") ? true : stryMutAct_9fa48("356") ? options.progress : (stryCov_9fa48("356", "357", "358"), !options.progress)) {
      if (stryMutAct_9fa48("359")) {
        {}
      } else {
        stryCov_9fa48("359");
        return undefined;
      }
    }
    return (stryMutAct_9fa48("360") ? deps.tty.isTTY : (stryCov_9fa48("360"), deps.tty?.isTTY)) ? barReporter(deps.tty) : lineReporter(deps.stderr);
  }
}

/** Starts the results file before anything is sent; a file that cannot be written is bad usage (exit 2). */
function startResults(outPath: string, carried: readonly ResultRow[], columns: readonly ResultColumn[], deps: CliDeps): ResultsWriter {
  if (stryMutAct_9fa48("361")) {
    {}
  } else {
    stryCov_9fa48("361");
    try {
      if (stryMutAct_9fa48("362")) {
        {}
      } else {
        stryCov_9fa48("362");
        const writer = openResultsFile(outPath, carried, columns);
        stryMutAct_9fa48("363") ? deps.onResultsFile(outPath) : (stryCov_9fa48("363"), deps.onResultsFile?.(outPath));
        return writer;
      }
    } catch (error) {
      if (stryMutAct_9fa48("364")) {
        {}
      } else {
        stryCov_9fa48("364");
        throw new UsageError(stryMutAct_9fa48("365") ? `` : (stryCov_9fa48("365"), `cannot write the results to ${outPath} (${(error as Error).message}); nothing was sent`));
      }
    }
  }
}

/** Appends a chunk's rows; a failed append is reported once, and the final write tries again. */
function appendResults(writer: ResultsWriter, results: ResultRow[], deps: CliDeps): void {
  if (stryMutAct_9fa48("366")) {
    {}
  } else {
    stryCov_9fa48("366");
    try {
      if (stryMutAct_9fa48("367")) {
        {}
      } else {
        stryCov_9fa48("367");
        writer.append(results);
      }
    } catch (error) {
      if (stryMutAct_9fa48("368")) {
        {}
      } else {
        stryCov_9fa48("368");
        if (stryMutAct_9fa48("371") ? false : stryMutAct_9fa48("370") ? true : stryMutAct_9fa48("369") ? appendFailed.has(writer) : (stryCov_9fa48("369", "370", "371"), !appendFailed.has(writer))) {
          if (stryMutAct_9fa48("372")) {
            {}
          } else {
            stryCov_9fa48("372");
            appendFailed.add(writer);
            deps.stderr.write(stryMutAct_9fa48("373") ? `` : (stryCov_9fa48("373"), `warning: cannot append to ${writer.path} (${(error as Error).message})\n`));
          }
        }
      }
    }
  }
}
const appendFailed = new WeakSet<ResultsWriter>();
function writeResults(writer: ResultsWriter, results: ResultRow[], columns: readonly ResultColumn[], deps: CliDeps): void {
  if (stryMutAct_9fa48("374")) {
    {}
  } else {
    stryCov_9fa48("374");
    try {
      if (stryMutAct_9fa48("375")) {
        {}
      } else {
        stryCov_9fa48("375");
        writer.finish(results);
      }
    } catch (error) {
      if (stryMutAct_9fa48("376")) {
        {}
      } else {
        stryCov_9fa48("376");
        deps.stderr.write(stryMutAct_9fa48("377") ? `` : (stryCov_9fa48("377"), `error: cannot write ${writer.path} (${(error as Error).message}); the results follow:\n`));
        deps.stdout.write(resultsCsv(results, columns));
      }
    }
  }
}
const FAILURES_SHOWN = 10;
function reportFailures(results: readonly ResultRow[], deps: CliDeps): void {
  if (stryMutAct_9fa48("378")) {
    {}
  } else {
    stryCov_9fa48("378");
    const failed = stryMutAct_9fa48("379") ? results : (stryCov_9fa48("379"), results.filter(stryMutAct_9fa48("380") ? () => undefined : (stryCov_9fa48("380"), row => stryMutAct_9fa48("383") ? row.status !== 'FAILED' : stryMutAct_9fa48("382") ? false : stryMutAct_9fa48("381") ? true : (stryCov_9fa48("381", "382", "383"), row.status === (stryMutAct_9fa48("384") ? "" : (stryCov_9fa48("384"), 'FAILED'))))));
    if (stryMutAct_9fa48("387") ? failed.length !== 0 : stryMutAct_9fa48("386") ? false : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386", "387"), failed.length === 0)) {
      if (stryMutAct_9fa48("388")) {
        {}
      } else {
        stryCov_9fa48("388");
        return;
      }
    }
    deps.stdout.write(stryMutAct_9fa48("389") ? `` : (stryCov_9fa48("389"), `\nFailed rows${(stryMutAct_9fa48("393") ? failed.length <= FAILURES_SHOWN : stryMutAct_9fa48("392") ? failed.length >= FAILURES_SHOWN : stryMutAct_9fa48("391") ? false : stryMutAct_9fa48("390") ? true : (stryCov_9fa48("390", "391", "392", "393"), failed.length > FAILURES_SHOWN)) ? stryMutAct_9fa48("394") ? `` : (stryCov_9fa48("394"), ` (first ${FAILURES_SHOWN} of ${failed.length})`) : stryMutAct_9fa48("395") ? "Stryker was here!" : (stryCov_9fa48("395"), '')}:\n`));
    for (const row of stryMutAct_9fa48("396") ? failed : (stryCov_9fa48("396"), failed.slice(0, FAILURES_SHOWN))) {
      if (stryMutAct_9fa48("397")) {
        {}
      } else {
        stryCov_9fa48("397");
        deps.stdout.write((stryMutAct_9fa48("398") ? `` : (stryCov_9fa48("398"), `  row ${row.row} ${stryMutAct_9fa48("401") ? row.contactId && row.email : stryMutAct_9fa48("400") ? false : stryMutAct_9fa48("399") ? true : (stryCov_9fa48("399", "400", "401"), row.contactId || row.email)}: ${row.errorCode}${row.errorField ? stryMutAct_9fa48("402") ? `` : (stryCov_9fa48("402"), ` (${row.errorField})`) : stryMutAct_9fa48("403") ? "Stryker was here!" : (stryCov_9fa48("403"), '')}: ${row.message}`)) + (row.errorFix ? stryMutAct_9fa48("404") ? `` : (stryCov_9fa48("404"), ` Fix: ${row.errorFix}`) : stryMutAct_9fa48("405") ? "Stryker was here!" : (stryCov_9fa48("405"), '')) + (stryMutAct_9fa48("406") ? "" : (stryCov_9fa48("406"), '\n')));
      }
    }
  }
}