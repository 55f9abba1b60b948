/** The command line: commander definition, help text, and validation of the options into a run plan. */
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
import { Command, InvalidArgumentError, Option } from 'commander';
import { LICENSE_CHOICES, parseLicense, parseProfileName, parseTimeZone } from './input-values';
import type { LicenseKey } from './input-values';
import type { Operation } from './operations';
import { DISABLE_REFUSAL, ENABLE, OPERATIONS } from './operations';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from './results-format';
import { MAX_CHUNK_SIZE } from './run-chunks';
import { checkWhereCondition } from './soql';
import { INPUT_COLUMNS } from './student-csv';
import type { RunDefaults } from './student-rows';
export const COMMAND_NAME = stryMutAct_9fa48("773") ? "" : (stryCov_9fa48("773"), 'student-users');
export const ACCESS_TOKEN_ENV = stryMutAct_9fa48("774") ? "" : (stryCov_9fa48("774"), 'SF_ACCESS_TOKEN');
export const DEFAULT_CONCURRENCY = 2;
export const MAX_CONCURRENCY = 5;
export const DEFAULT_MAX_RETRIES = 3;
export const MAX_MAX_RETRIES = 10;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 300;

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
}
export type AuthPlan = {
  kind: 'org';
  aliasOrUsername: string;
} | {
  kind: 'token';
  instanceUrl: string;
  accessToken: string;
};
export type SourcePlan = {
  kind: 'file';
  path: string;
} | {
  kind: 'where';
  condition: string;
};

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
}
export const DEFAULT_ENCODING = stryMutAct_9fa48("775") ? "" : (stryCov_9fa48("775"), 'utf-8');
function integerIn(name: string, min: number, max: number): (value: string) => number {
  if (stryMutAct_9fa48("776")) {
    {}
  } else {
    stryCov_9fa48("776");
    return (value: string) => {
      if (stryMutAct_9fa48("777")) {
        {}
      } else {
        stryCov_9fa48("777");
        const number = Number(value);
        if (stryMutAct_9fa48("780") ? (!/^\d+$/.test(value.trim()) || number < min) && number > max : stryMutAct_9fa48("779") ? false : stryMutAct_9fa48("778") ? true : (stryCov_9fa48("778", "779", "780"), (stryMutAct_9fa48("782") ? !/^\d+$/.test(value.trim()) && number < min : stryMutAct_9fa48("781") ? false : (stryCov_9fa48("781", "782"), (stryMutAct_9fa48("783") ? /^\d+$/.test(value.trim()) : (stryCov_9fa48("783"), !(stryMutAct_9fa48("787") ? /^\D+$/ : stryMutAct_9fa48("786") ? /^\d$/ : stryMutAct_9fa48("785") ? /^\d+/ : stryMutAct_9fa48("784") ? /\d+$/ : (stryCov_9fa48("784", "785", "786", "787"), /^\d+$/)).test(stryMutAct_9fa48("788") ? value : (stryCov_9fa48("788"), value.trim())))) || (stryMutAct_9fa48("791") ? number >= min : stryMutAct_9fa48("790") ? number <= min : stryMutAct_9fa48("789") ? false : (stryCov_9fa48("789", "790", "791"), number < min)))) || (stryMutAct_9fa48("794") ? number <= max : stryMutAct_9fa48("793") ? number >= max : stryMutAct_9fa48("792") ? false : (stryCov_9fa48("792", "793", "794"), number > max)))) {
          if (stryMutAct_9fa48("795")) {
            {}
          } else {
            stryCov_9fa48("795");
            throw new InvalidArgumentError(stryMutAct_9fa48("796") ? `` : (stryCov_9fa48("796"), `${name} must be a whole number from ${min} to ${max}.`));
          }
        }
        return number;
      }
    };
  }
}
const EXIT_CODES = stryMutAct_9fa48("797") ? `` : (stryCov_9fa48("797"), `Exit codes: 0 every row succeeded, 1 some rows failed, 2 bad input or usage (nothing sent),
            3 stopped early on an authentication or API limit error (the rest is NOT_SENT).`);
const ENABLE_EXAMPLES = stryMutAct_9fa48("798") ? `` : (stryCov_9fa48("798"), `
Examples:
  $ npx ${COMMAND_NAME} enable --target-org student-dev --file students.csv
  $ npx ${COMMAND_NAME} enable --target-org student-dev --file students.csv --dry-run --license "Plus Login" --time-zone America/New_York
  $ npx ${COMMAND_NAME} enable --target-org student-dev --where "Account.Name = 'Class of 2026'" --profile "Student Portal User"
  $ SF_ACCESS_TOKEN=00D... npx ${COMMAND_NAME} enable --instance-url https://myorg.my.salesforce.com --file students.csv
  $ npx ${COMMAND_NAME} enable --target-org student-dev --file students.csv --resume students.results.csv
  $ npx ${COMMAND_NAME} enable -o student-dev -f students.csv --chunk-size 100 --concurrency 3 --max-retries 5 \\
        --request-timeout 600 --out run1.results.csv --no-progress
  $ npx ${COMMAND_NAME} enable --target-org student-dev --file excel-export.csv --encoding windows-1252

Input CSV: a header line, then one student a line. Columns (any order; ContactId or Email required):
  ${INPUT_COLUMNS.join(stryMutAct_9fa48("799") ? "" : (stryCov_9fa48("799"), ', '))}
  ContactId: a Contact Id, or a person account's Account Id (001...: its person contact is enabled).
  Email: a contact's email (a person account's PersonEmail is its person contact's Email).
  License: ${LICENSE_CHOICES} (any case).
  SendWelcomeEmail: true/false, yes/no, 1/0.

Results CSV columns: ${RESULT_COLUMNS.join(stryMutAct_9fa48("800") ? "" : (stryCov_9fa48("800"), ', '))}

${EXIT_CODES}`);
function lifecycleExamples(operation: Operation): string {
  if (stryMutAct_9fa48("801")) {
    {}
  } else {
    stryCov_9fa48("801");
    const command = stryMutAct_9fa48("802") ? `` : (stryCov_9fa48("802"), `npx ${COMMAND_NAME} ${operation.command}`);
    const confirm = (stryMutAct_9fa48("805") ? operation.action !== 'DISABLE' : stryMutAct_9fa48("804") ? false : stryMutAct_9fa48("803") ? true : (stryCov_9fa48("803", "804", "805"), operation.action === (stryMutAct_9fa48("806") ? "" : (stryCov_9fa48("806"), 'DISABLE')))) ? stryMutAct_9fa48("807") ? "" : (stryCov_9fa48("807"), ' --confirm-disable') : stryMutAct_9fa48("808") ? "Stryker was here!" : (stryCov_9fa48("808"), '');
    return stryMutAct_9fa48("809") ? `` : (stryCov_9fa48("809"), `
Examples:
  $ ${command} --target-org student-dev --where "Graduation_Date__c < TODAY" --dry-run${confirm}
  $ ${command} --target-org student-dev --where "Graduation_Date__c < TODAY"${confirm}
  $ ${command} -o student-dev -f students.csv --chunk-size 100 --concurrency 3 --max-retries 5 --request-timeout 600${confirm}
  $ ${command} --target-org student-dev --file students.csv --out run1.results.csv --resume run1.results.csv --no-progress${confirm}
  $ SF_ACCESS_TOKEN=00D... ${command} --instance-url https://myorg.my.salesforce.com --file excel-export.csv --encoding windows-1252${confirm}

Input CSV: a header line, then one student a line; ContactId or Email names the student (other columns are ignored).

Results CSV columns: ${LIFECYCLE_RESULT_COLUMNS.join(stryMutAct_9fa48("810") ? "" : (stryCov_9fa48("810"), ', '))}
  status: ${operation.doneStatus}, VALID (dry run passed), SKIPPED (nothing to do, e.g. ALREADY_INACTIVE; not a
  failure), FAILED, NOT_SENT (run stopped early).

${EXIT_CODES}
`);
  }
}
const PROGRAM_HELP = stryMutAct_9fa48("811") ? `` : (stryCov_9fa48("811"), `
Every subcommand takes the students from a CSV file (--file) or a SOQL condition on Contact (--where), sends them
in chunks of at most 200 (one action call is one transaction), and writes a results CSV. Run
"${COMMAND_NAME} <command> --help" for its options and examples.

${EXIT_CODES}
`);

/** Where commander writes (tests and the command capture it). */
export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

/** What the command line asked for: the subcommand and its options as commander hands them over. */
export interface ParsedCommand {
  operation: Operation;
  raw: RawOptions;
}

/**
 * The commander program: one subcommand per operation (enable, deactivate, freeze, unfreeze, send-login-link,
 * reactivate, disable), all with the same options (enable adds --license, --profile, --time-zone; disable adds
 * --confirm-disable). `onCommand` receives the chosen subcommand and its options.
 */
export function createProgram(output?: ProgramOutput, onCommand?: (parsed: ParsedCommand) => void): Command {
  if (stryMutAct_9fa48("812")) {
    {}
  } else {
    stryCov_9fa48("812");
    const program = new Command(COMMAND_NAME).description(stryMutAct_9fa48("813") ? "" : (stryCov_9fa48("813"), 'Enable student portal users, and manage them afterwards (deactivate, freeze, unfreeze, send a login link, reactivate, disable), many students at once.')).helpOption(stryMutAct_9fa48("814") ? "" : (stryCov_9fa48("814"), '-h, --help'), stryMutAct_9fa48("815") ? "" : (stryCov_9fa48("815"), 'show this help')).helpCommand(stryMutAct_9fa48("816") ? "" : (stryCov_9fa48("816"), 'help [command]'), stryMutAct_9fa48("817") ? "" : (stryCov_9fa48("817"), 'show the help of a command')).exitOverride().showHelpAfterError(stryMutAct_9fa48("818") ? `` : (stryCov_9fa48("818"), `(run ${COMMAND_NAME} <command> --help for every option and examples)`)).addHelpText(stryMutAct_9fa48("819") ? "" : (stryCov_9fa48("819"), 'after'), PROGRAM_HELP);
    if (stryMutAct_9fa48("821") ? false : stryMutAct_9fa48("820") ? true : (stryCov_9fa48("820", "821"), output)) {
      if (stryMutAct_9fa48("822")) {
        {}
      } else {
        stryCov_9fa48("822");
        program.configureOutput(output);
      }
    }
    for (const operation of OPERATIONS) {
      if (stryMutAct_9fa48("823")) {
        {}
      } else {
        stryCov_9fa48("823");
        const command = program.command(operation.command).description(operation.description).showHelpAfterError(stryMutAct_9fa48("824") ? `` : (stryCov_9fa48("824"), `(run ${COMMAND_NAME} ${operation.command} --help for every option and examples)`));
        addOptions(command, operation);
        command.addHelpText(stryMutAct_9fa48("825") ? "" : (stryCov_9fa48("825"), 'after'), operation.action ? lifecycleExamples(operation) : ENABLE_EXAMPLES).action(stryMutAct_9fa48("826") ? () => undefined : (stryCov_9fa48("826"), (options: RawOptions) => stryMutAct_9fa48("827") ? onCommand({
          operation,
          raw: options
        }) : (stryCov_9fa48("827"), onCommand?.(stryMutAct_9fa48("828") ? {} : (stryCov_9fa48("828"), {
          operation,
          raw: options
        })))));
      }
    }
    return program;
  }
}

/** The subcommand `name` of a program made by `createProgram` (tests, help). */
export function subcommand(program: Command, name: string): Command {
  if (stryMutAct_9fa48("829")) {
    {}
  } else {
    stryCov_9fa48("829");
    const found = program.commands.find(stryMutAct_9fa48("830") ? () => undefined : (stryCov_9fa48("830"), command => stryMutAct_9fa48("833") ? command.name() !== name : stryMutAct_9fa48("832") ? false : stryMutAct_9fa48("831") ? true : (stryCov_9fa48("831", "832", "833"), command.name() === name)));
    if (stryMutAct_9fa48("836") ? false : stryMutAct_9fa48("835") ? true : stryMutAct_9fa48("834") ? found : (stryCov_9fa48("834", "835", "836"), !found)) {
      if (stryMutAct_9fa48("837")) {
        {}
      } else {
        stryCov_9fa48("837");
        throw new Error(stryMutAct_9fa48("838") ? `` : (stryCov_9fa48("838"), `no subcommand ${name}`));
      }
    }
    return found;
  }
}
function addOptions(command: Command, operation: Operation): void {
  if (stryMutAct_9fa48("839")) {
    {}
  } else {
    stryCov_9fa48("839");
    command.addOption(new Option(stryMutAct_9fa48("840") ? "" : (stryCov_9fa48("840"), '-o, --target-org <alias|username>'), stryMutAct_9fa48("841") ? "" : (stryCov_9fa48("841"), 'an org the sf CLI has authorized')).conflicts(stryMutAct_9fa48("842") ? "" : (stryCov_9fa48("842"), 'instanceUrl'))).addOption(new Option(stryMutAct_9fa48("843") ? "" : (stryCov_9fa48("843"), '--instance-url <url>'), stryMutAct_9fa48("844") ? `` : (stryCov_9fa48("844"), `org URL, e.g. https://myorg.my.salesforce.com; the access token is read from the environment variable ${ACCESS_TOKEN_ENV}`))).addOption(new Option(stryMutAct_9fa48("845") ? "" : (stryCov_9fa48("845"), '-f, --file <students.csv>'), stryMutAct_9fa48("846") ? "" : (stryCov_9fa48("846"), 'input CSV, one student a line')).conflicts(stryMutAct_9fa48("847") ? "" : (stryCov_9fa48("847"), 'where'))).addOption(new Option(stryMutAct_9fa48("848") ? "" : (stryCov_9fa48("848"), '-w, --where <condition>'), operation.action ? stryMutAct_9fa48("849") ? "" : (stryCov_9fa48("849"), 'SOQL condition on Contact instead of a file, e.g. "Graduation_Date__c < TODAY"') : stryMutAct_9fa48("850") ? "" : (stryCov_9fa48("850"), 'SOQL condition on Contact instead of a file, e.g. "Account.Name = \'Class of 2026\'"')));
    if (stryMutAct_9fa48("853") ? false : stryMutAct_9fa48("852") ? true : stryMutAct_9fa48("851") ? operation.action : (stryCov_9fa48("851", "852", "853"), !operation.action)) {
      if (stryMutAct_9fa48("854")) {
        {}
      } else {
        stryCov_9fa48("854");
        command.option(stryMutAct_9fa48("855") ? "" : (stryCov_9fa48("855"), '--license <name|key>'), stryMutAct_9fa48("856") ? `` : (stryCov_9fa48("856"), `licence for rows without one: ${LICENSE_CHOICES}`)).option(stryMutAct_9fa48("857") ? "" : (stryCov_9fa48("857"), '--profile <name>'), stryMutAct_9fa48("858") ? "" : (stryCov_9fa48("858"), 'profile name for rows without one')).option(stryMutAct_9fa48("859") ? "" : (stryCov_9fa48("859"), '--time-zone <key>'), stryMutAct_9fa48("860") ? "" : (stryCov_9fa48("860"), 'TimeZoneSidKey for rows without one, e.g. America/New_York (else the suggested zone)'));
      }
    }
    if (stryMutAct_9fa48("863") ? operation.action !== 'DISABLE' : stryMutAct_9fa48("862") ? false : stryMutAct_9fa48("861") ? true : (stryCov_9fa48("861", "862", "863"), operation.action === (stryMutAct_9fa48("864") ? "" : (stryCov_9fa48("864"), 'DISABLE')))) {
      if (stryMutAct_9fa48("865")) {
        {}
      } else {
        stryCov_9fa48("865");
        command.option(stryMutAct_9fa48("866") ? "" : (stryCov_9fa48("866"), '--confirm-disable'), stryMutAct_9fa48("867") ? "" : (stryCov_9fa48("867"), 'required: you understand that disabling is permanent and breaks the contact link'), stryMutAct_9fa48("868") ? true : (stryCov_9fa48("868"), false));
      }
    }
    command.option(stryMutAct_9fa48("869") ? "" : (stryCov_9fa48("869"), '--dry-run'), stryMutAct_9fa48("870") ? "" : (stryCov_9fa48("870"), 'validate every row (validateOnly), change nothing'), stryMutAct_9fa48("871") ? true : (stryCov_9fa48("871"), false)).option(stryMutAct_9fa48("872") ? "" : (stryCov_9fa48("872"), '--chunk-size <n>'), stryMutAct_9fa48("873") ? `` : (stryCov_9fa48("873"), `students per action call, 1-${MAX_CHUNK_SIZE} (one call is one transaction)`), integerIn(stryMutAct_9fa48("874") ? "" : (stryCov_9fa48("874"), '--chunk-size'), 1, MAX_CHUNK_SIZE), MAX_CHUNK_SIZE).option(stryMutAct_9fa48("875") ? "" : (stryCov_9fa48("875"), '--concurrency <n>'), stryMutAct_9fa48("876") ? `` : (stryCov_9fa48("876"), `action calls in flight at once, 1-${MAX_CONCURRENCY}`), integerIn(stryMutAct_9fa48("877") ? "" : (stryCov_9fa48("877"), '--concurrency'), 1, MAX_CONCURRENCY), DEFAULT_CONCURRENCY).option(stryMutAct_9fa48("878") ? "" : (stryCov_9fa48("878"), '--max-retries <n>'), stryMutAct_9fa48("879") ? `` : (stryCov_9fa48("879"), `retries of a transient failure (row lock, 5xx, timeout), 0-${MAX_MAX_RETRIES}`), integerIn(stryMutAct_9fa48("880") ? "" : (stryCov_9fa48("880"), '--max-retries'), 0, MAX_MAX_RETRIES), DEFAULT_MAX_RETRIES).option(stryMutAct_9fa48("881") ? "" : (stryCov_9fa48("881"), '--request-timeout <seconds>'), stryMutAct_9fa48("882") ? "" : (stryCov_9fa48("882"), 'give up on one call after this long (then retry it)'), integerIn(stryMutAct_9fa48("883") ? "" : (stryCov_9fa48("883"), '--request-timeout'), 1, 3600), DEFAULT_REQUEST_TIMEOUT_SECONDS).option(stryMutAct_9fa48("884") ? "" : (stryCov_9fa48("884"), '--out <results.csv>'), stryMutAct_9fa48("885") ? "" : (stryCov_9fa48("885"), 'results CSV (default: <input>.results.csv next to the input)')).option(stryMutAct_9fa48("886") ? "" : (stryCov_9fa48("886"), '--resume <results.csv>'), operation.action ? stryMutAct_9fa48("887") ? `` : (stryCov_9fa48("887"), `skip rows an earlier ${operation.command} run did (${operation.doneStatus}) or had nothing to do for (SKIPPED)`) : stryMutAct_9fa48("888") ? "" : (stryCov_9fa48("888"), 'skip rows an earlier run enabled (CREATED, REACTIVATED, ALREADY_ENABLED)')).option(stryMutAct_9fa48("889") ? "" : (stryCov_9fa48("889"), '--encoding <name>'), stryMutAct_9fa48("890") ? "" : (stryCov_9fa48("890"), 'encoding of the input file, e.g. windows-1252 or latin1 (default: UTF-8, refused when the file is not)'), DEFAULT_ENCODING).option(stryMutAct_9fa48("891") ? "" : (stryCov_9fa48("891"), '--no-progress'), stryMutAct_9fa48("892") ? "" : (stryCov_9fa48("892"), 'no progress bar or progress lines')).helpOption(stryMutAct_9fa48("893") ? "" : (stryCov_9fa48("893"), '-h, --help'), stryMutAct_9fa48("894") ? "" : (stryCov_9fa48("894"), 'show this help'));
  }
}

/** Checks the options together; every problem is reported. */
export function resolveOptions(raw: RawOptions, env: NodeJS.ProcessEnv, operation: Operation = ENABLE): {
  ok: true;
  options: CliOptions;
} | {
  ok: false;
  errors: string[];
} {
  if (stryMutAct_9fa48("895")) {
    {}
  } else {
    stryCov_9fa48("895");
    const errors: string[] = stryMutAct_9fa48("896") ? ["Stryker was here"] : (stryCov_9fa48("896"), []);
    if (stryMutAct_9fa48("899") ? operation.action === 'DISABLE' || raw.confirmDisable !== true : stryMutAct_9fa48("898") ? false : stryMutAct_9fa48("897") ? true : (stryCov_9fa48("897", "898", "899"), (stryMutAct_9fa48("901") ? operation.action !== 'DISABLE' : stryMutAct_9fa48("900") ? true : (stryCov_9fa48("900", "901"), operation.action === (stryMutAct_9fa48("902") ? "" : (stryCov_9fa48("902"), 'DISABLE')))) && (stryMutAct_9fa48("904") ? raw.confirmDisable === true : stryMutAct_9fa48("903") ? true : (stryCov_9fa48("903", "904"), raw.confirmDisable !== (stryMutAct_9fa48("905") ? false : (stryCov_9fa48("905"), true)))))) {
      if (stryMutAct_9fa48("906")) {
        {}
      } else {
        stryCov_9fa48("906");
        errors.push(DISABLE_REFUSAL);
      }
    }
    let auth: AuthPlan | undefined;
    if (stryMutAct_9fa48("909") ? raw.targetOrg === undefined : stryMutAct_9fa48("908") ? false : stryMutAct_9fa48("907") ? true : (stryCov_9fa48("907", "908", "909"), raw.targetOrg !== undefined)) {
      if (stryMutAct_9fa48("910")) {
        {}
      } else {
        stryCov_9fa48("910");
        if (stryMutAct_9fa48("913") ? raw.targetOrg.trim() !== '' : stryMutAct_9fa48("912") ? false : stryMutAct_9fa48("911") ? true : (stryCov_9fa48("911", "912", "913"), (stryMutAct_9fa48("914") ? raw.targetOrg : (stryCov_9fa48("914"), raw.targetOrg.trim())) === (stryMutAct_9fa48("915") ? "Stryker was here!" : (stryCov_9fa48("915"), '')))) {
          if (stryMutAct_9fa48("916")) {
            {}
          } else {
            stryCov_9fa48("916");
            errors.push(stryMutAct_9fa48("917") ? "" : (stryCov_9fa48("917"), '--target-org needs an alias or username.'));
          }
        } else {
          if (stryMutAct_9fa48("918")) {
            {}
          } else {
            stryCov_9fa48("918");
            auth = stryMutAct_9fa48("919") ? {} : (stryCov_9fa48("919"), {
              kind: stryMutAct_9fa48("920") ? "" : (stryCov_9fa48("920"), 'org'),
              aliasOrUsername: stryMutAct_9fa48("921") ? raw.targetOrg : (stryCov_9fa48("921"), raw.targetOrg.trim())
            });
          }
        }
      }
    } else if (stryMutAct_9fa48("924") ? raw.instanceUrl === undefined : stryMutAct_9fa48("923") ? false : stryMutAct_9fa48("922") ? true : (stryCov_9fa48("922", "923", "924"), raw.instanceUrl !== undefined)) {
      if (stryMutAct_9fa48("925")) {
        {}
      } else {
        stryCov_9fa48("925");
        const token = stryMutAct_9fa48("927") ? env[ACCESS_TOKEN_ENV].trim() : stryMutAct_9fa48("926") ? env[ACCESS_TOKEN_ENV] : (stryCov_9fa48("926", "927"), env[ACCESS_TOKEN_ENV]?.trim());
        const urlProblem = checkInstanceUrl(raw.instanceUrl);
        if (stryMutAct_9fa48("929") ? false : stryMutAct_9fa48("928") ? true : (stryCov_9fa48("928", "929"), urlProblem)) {
          if (stryMutAct_9fa48("930")) {
            {}
          } else {
            stryCov_9fa48("930");
            errors.push(urlProblem);
          }
        }
        if (stryMutAct_9fa48("933") ? false : stryMutAct_9fa48("932") ? true : stryMutAct_9fa48("931") ? token : (stryCov_9fa48("931", "932", "933"), !token)) {
          if (stryMutAct_9fa48("934")) {
            {}
          } else {
            stryCov_9fa48("934");
            errors.push(stryMutAct_9fa48("935") ? `` : (stryCov_9fa48("935"), `--instance-url needs an access token in the environment variable ${ACCESS_TOKEN_ENV} (never on the command line).`));
          }
        }
        if (stryMutAct_9fa48("938") ? !urlProblem || token : stryMutAct_9fa48("937") ? false : stryMutAct_9fa48("936") ? true : (stryCov_9fa48("936", "937", "938"), (stryMutAct_9fa48("939") ? urlProblem : (stryCov_9fa48("939"), !urlProblem)) && token)) {
          if (stryMutAct_9fa48("940")) {
            {}
          } else {
            stryCov_9fa48("940");
            auth = stryMutAct_9fa48("941") ? {} : (stryCov_9fa48("941"), {
              kind: stryMutAct_9fa48("942") ? "" : (stryCov_9fa48("942"), 'token'),
              instanceUrl: raw.instanceUrl.replace(stryMutAct_9fa48("944") ? /\/$/ : stryMutAct_9fa48("943") ? /\/+/ : (stryCov_9fa48("943", "944"), /\/+$/), stryMutAct_9fa48("945") ? "Stryker was here!" : (stryCov_9fa48("945"), '')),
              accessToken: token
            });
          }
        }
      }
    } else {
      if (stryMutAct_9fa48("946")) {
        {}
      } else {
        stryCov_9fa48("946");
        errors.push(stryMutAct_9fa48("947") ? `` : (stryCov_9fa48("947"), `Name the org: --target-org <alias|username>, or --instance-url <url> with ${ACCESS_TOKEN_ENV} set.`));
      }
    }
    let source: SourcePlan | undefined;
    if (stryMutAct_9fa48("950") ? raw.file === undefined : stryMutAct_9fa48("949") ? false : stryMutAct_9fa48("948") ? true : (stryCov_9fa48("948", "949", "950"), raw.file !== undefined)) {
      if (stryMutAct_9fa48("951")) {
        {}
      } else {
        stryCov_9fa48("951");
        source = stryMutAct_9fa48("952") ? {} : (stryCov_9fa48("952"), {
          kind: stryMutAct_9fa48("953") ? "" : (stryCov_9fa48("953"), 'file'),
          path: raw.file
        });
      }
    } else if (stryMutAct_9fa48("956") ? raw.where === undefined : stryMutAct_9fa48("955") ? false : stryMutAct_9fa48("954") ? true : (stryCov_9fa48("954", "955", "956"), raw.where !== undefined)) {
      if (stryMutAct_9fa48("957")) {
        {}
      } else {
        stryCov_9fa48("957");
        const problem = checkWhereCondition(raw.where);
        if (stryMutAct_9fa48("959") ? false : stryMutAct_9fa48("958") ? true : (stryCov_9fa48("958", "959"), problem)) {
          if (stryMutAct_9fa48("960")) {
            {}
          } else {
            stryCov_9fa48("960");
            errors.push(problem);
          }
        } else {
          if (stryMutAct_9fa48("961")) {
            {}
          } else {
            stryCov_9fa48("961");
            source = stryMutAct_9fa48("962") ? {} : (stryCov_9fa48("962"), {
              kind: stryMutAct_9fa48("963") ? "" : (stryCov_9fa48("963"), 'where'),
              condition: stryMutAct_9fa48("964") ? raw.where : (stryCov_9fa48("964"), raw.where.trim())
            });
          }
        }
      }
    } else {
      if (stryMutAct_9fa48("965")) {
        {}
      } else {
        stryCov_9fa48("965");
        errors.push(stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), 'Name the students: --file <students.csv>, or --where "<SOQL condition on Contact>".'));
      }
    }
    const defaults: RunDefaults = {};
    if (stryMutAct_9fa48("969") ? raw.license === undefined : stryMutAct_9fa48("968") ? false : stryMutAct_9fa48("967") ? true : (stryCov_9fa48("967", "968", "969"), raw.license !== undefined)) {
      if (stryMutAct_9fa48("970")) {
        {}
      } else {
        stryCov_9fa48("970");
        const parsed = parseLicense(raw.license);
        if (stryMutAct_9fa48("972") ? false : stryMutAct_9fa48("971") ? true : (stryCov_9fa48("971", "972"), parsed.ok)) {
          if (stryMutAct_9fa48("973")) {
            {}
          } else {
            stryCov_9fa48("973");
            defaults.licenseKey = parsed.value satisfies LicenseKey;
          }
        } else {
          if (stryMutAct_9fa48("974")) {
            {}
          } else {
            stryCov_9fa48("974");
            errors.push(stryMutAct_9fa48("975") ? `` : (stryCov_9fa48("975"), `--license: ${parsed.reason}.`));
          }
        }
      }
    }
    if (stryMutAct_9fa48("978") ? raw.profile === undefined : stryMutAct_9fa48("977") ? false : stryMutAct_9fa48("976") ? true : (stryCov_9fa48("976", "977", "978"), raw.profile !== undefined)) {
      if (stryMutAct_9fa48("979")) {
        {}
      } else {
        stryCov_9fa48("979");
        const parsed = parseProfileName(raw.profile);
        if (stryMutAct_9fa48("981") ? false : stryMutAct_9fa48("980") ? true : (stryCov_9fa48("980", "981"), parsed.ok)) {
          if (stryMutAct_9fa48("982")) {
            {}
          } else {
            stryCov_9fa48("982");
            defaults.profileName = parsed.value;
          }
        } else {
          if (stryMutAct_9fa48("983")) {
            {}
          } else {
            stryCov_9fa48("983");
            errors.push(stryMutAct_9fa48("984") ? `` : (stryCov_9fa48("984"), `--profile: ${parsed.reason}.`));
          }
        }
      }
    }
    if (stryMutAct_9fa48("987") ? raw.timeZone === undefined : stryMutAct_9fa48("986") ? false : stryMutAct_9fa48("985") ? true : (stryCov_9fa48("985", "986", "987"), raw.timeZone !== undefined)) {
      if (stryMutAct_9fa48("988")) {
        {}
      } else {
        stryCov_9fa48("988");
        const parsed = parseTimeZone(raw.timeZone);
        if (stryMutAct_9fa48("990") ? false : stryMutAct_9fa48("989") ? true : (stryCov_9fa48("989", "990"), parsed.ok)) {
          if (stryMutAct_9fa48("991")) {
            {}
          } else {
            stryCov_9fa48("991");
            defaults.timeZoneSidKey = parsed.value;
          }
        } else {
          if (stryMutAct_9fa48("992")) {
            {}
          } else {
            stryCov_9fa48("992");
            errors.push(stryMutAct_9fa48("993") ? `` : (stryCov_9fa48("993"), `--time-zone: ${parsed.reason}.`));
          }
        }
      }
    }
    if (stryMutAct_9fa48("996") ? raw.resume !== undefined || raw.resume.trim() === '' : stryMutAct_9fa48("995") ? false : stryMutAct_9fa48("994") ? true : (stryCov_9fa48("994", "995", "996"), (stryMutAct_9fa48("998") ? raw.resume === undefined : stryMutAct_9fa48("997") ? true : (stryCov_9fa48("997", "998"), raw.resume !== undefined)) && (stryMutAct_9fa48("1000") ? raw.resume.trim() !== '' : stryMutAct_9fa48("999") ? true : (stryCov_9fa48("999", "1000"), (stryMutAct_9fa48("1001") ? raw.resume : (stryCov_9fa48("1001"), raw.resume.trim())) === (stryMutAct_9fa48("1002") ? "Stryker was here!" : (stryCov_9fa48("1002"), '')))))) {
      if (stryMutAct_9fa48("1003")) {
        {}
      } else {
        stryCov_9fa48("1003");
        errors.push(stryMutAct_9fa48("1004") ? "" : (stryCov_9fa48("1004"), '--resume needs the path of an earlier results CSV.'));
      }
    }
    if (stryMutAct_9fa48("1007") ? false : stryMutAct_9fa48("1006") ? true : stryMutAct_9fa48("1005") ? isKnownEncoding(raw.encoding) : (stryCov_9fa48("1005", "1006", "1007"), !isKnownEncoding(raw.encoding))) {
      if (stryMutAct_9fa48("1008")) {
        {}
      } else {
        stryCov_9fa48("1008");
        errors.push(stryMutAct_9fa48("1009") ? `` : (stryCov_9fa48("1009"), `--encoding: "${raw.encoding}" is not an encoding this command knows (e.g. utf-8, windows-1252, latin1).`));
      }
    }
    if (stryMutAct_9fa48("1012") ? (errors.length > 0 || !auth) && !source : stryMutAct_9fa48("1011") ? false : stryMutAct_9fa48("1010") ? true : (stryCov_9fa48("1010", "1011", "1012"), (stryMutAct_9fa48("1014") ? errors.length > 0 && !auth : stryMutAct_9fa48("1013") ? false : (stryCov_9fa48("1013", "1014"), (stryMutAct_9fa48("1017") ? errors.length <= 0 : stryMutAct_9fa48("1016") ? errors.length >= 0 : stryMutAct_9fa48("1015") ? false : (stryCov_9fa48("1015", "1016", "1017"), errors.length > 0)) || (stryMutAct_9fa48("1018") ? auth : (stryCov_9fa48("1018"), !auth)))) || (stryMutAct_9fa48("1019") ? source : (stryCov_9fa48("1019"), !source)))) {
      if (stryMutAct_9fa48("1020")) {
        {}
      } else {
        stryCov_9fa48("1020");
        return stryMutAct_9fa48("1021") ? {} : (stryCov_9fa48("1021"), {
          ok: stryMutAct_9fa48("1022") ? true : (stryCov_9fa48("1022"), false),
          errors
        });
      }
    }
    return stryMutAct_9fa48("1023") ? {} : (stryCov_9fa48("1023"), {
      ok: stryMutAct_9fa48("1024") ? false : (stryCov_9fa48("1024"), true),
      options: stryMutAct_9fa48("1025") ? {} : (stryCov_9fa48("1025"), {
        operation,
        confirmDisable: stryMutAct_9fa48("1028") ? raw.confirmDisable !== true : stryMutAct_9fa48("1027") ? false : stryMutAct_9fa48("1026") ? true : (stryCov_9fa48("1026", "1027", "1028"), raw.confirmDisable === (stryMutAct_9fa48("1029") ? false : (stryCov_9fa48("1029"), true))),
        auth,
        source,
        defaults,
        dryRun: raw.dryRun,
        chunkSize: raw.chunkSize,
        concurrency: raw.concurrency,
        maxRetries: raw.maxRetries,
        requestTimeoutMs: stryMutAct_9fa48("1030") ? raw.requestTimeout / 1000 : (stryCov_9fa48("1030"), raw.requestTimeout * 1000),
        out: raw.out,
        resume: raw.resume,
        encoding: raw.encoding,
        progress: raw.progress
      })
    });
  }
}
function isKnownEncoding(label: string): boolean {
  if (stryMutAct_9fa48("1031")) {
    {}
  } else {
    stryCov_9fa48("1031");
    try {
      if (stryMutAct_9fa48("1032")) {
        {}
      } else {
        stryCov_9fa48("1032");
        new TextDecoder(label);
        return stryMutAct_9fa48("1033") ? false : (stryCov_9fa48("1033"), true);
      }
    } catch {
      if (stryMutAct_9fa48("1034")) {
        {}
      } else {
        stryCov_9fa48("1034");
        return stryMutAct_9fa48("1035") ? true : (stryCov_9fa48("1035"), false);
      }
    }
  }
}

/** https URLs only, except a local test server (http://localhost, 127.0.0.1). */
export function checkInstanceUrl(value: string): string | undefined {
  if (stryMutAct_9fa48("1036")) {
    {}
  } else {
    stryCov_9fa48("1036");
    let url: URL;
    try {
      if (stryMutAct_9fa48("1037")) {
        {}
      } else {
        stryCov_9fa48("1037");
        url = new URL(value);
      }
    } catch {
      if (stryMutAct_9fa48("1038")) {
        {}
      } else {
        stryCov_9fa48("1038");
        return stryMutAct_9fa48("1039") ? `` : (stryCov_9fa48("1039"), `--instance-url "${value}" is not a URL (e.g. https://myorg.my.salesforce.com).`);
      }
    }
    const local = (stryMutAct_9fa48("1040") ? [] : (stryCov_9fa48("1040"), [stryMutAct_9fa48("1041") ? "" : (stryCov_9fa48("1041"), 'localhost'), stryMutAct_9fa48("1042") ? "" : (stryCov_9fa48("1042"), '127.0.0.1'), stryMutAct_9fa48("1043") ? "" : (stryCov_9fa48("1043"), '[::1]')])).includes(url.hostname);
    if (stryMutAct_9fa48("1046") ? url.protocol !== 'https:' || !(url.protocol === 'http:' && local) : stryMutAct_9fa48("1045") ? false : stryMutAct_9fa48("1044") ? true : (stryCov_9fa48("1044", "1045", "1046"), (stryMutAct_9fa48("1048") ? url.protocol === 'https:' : stryMutAct_9fa48("1047") ? true : (stryCov_9fa48("1047", "1048"), url.protocol !== (stryMutAct_9fa48("1049") ? "" : (stryCov_9fa48("1049"), 'https:')))) && (stryMutAct_9fa48("1050") ? url.protocol === 'http:' && local : (stryCov_9fa48("1050"), !(stryMutAct_9fa48("1053") ? url.protocol === 'http:' || local : stryMutAct_9fa48("1052") ? false : stryMutAct_9fa48("1051") ? true : (stryCov_9fa48("1051", "1052", "1053"), (stryMutAct_9fa48("1055") ? url.protocol !== 'http:' : stryMutAct_9fa48("1054") ? true : (stryCov_9fa48("1054", "1055"), url.protocol === (stryMutAct_9fa48("1056") ? "" : (stryCov_9fa48("1056"), 'http:')))) && local)))))) {
      if (stryMutAct_9fa48("1057")) {
        {}
      } else {
        stryCov_9fa48("1057");
        return stryMutAct_9fa48("1058") ? `` : (stryCov_9fa48("1058"), `--instance-url must use https (got ${url.protocol}//${url.host}).`);
      }
    }
    if (stryMutAct_9fa48("1061") ? url.pathname !== '/' || url.pathname !== '' : stryMutAct_9fa48("1060") ? false : stryMutAct_9fa48("1059") ? true : (stryCov_9fa48("1059", "1060", "1061"), (stryMutAct_9fa48("1063") ? url.pathname === '/' : stryMutAct_9fa48("1062") ? true : (stryCov_9fa48("1062", "1063"), url.pathname !== (stryMutAct_9fa48("1064") ? "" : (stryCov_9fa48("1064"), '/')))) && (stryMutAct_9fa48("1066") ? url.pathname === '' : stryMutAct_9fa48("1065") ? true : (stryCov_9fa48("1065", "1066"), url.pathname !== (stryMutAct_9fa48("1067") ? "Stryker was here!" : (stryCov_9fa48("1067"), '')))))) {
      if (stryMutAct_9fa48("1068")) {
        {}
      } else {
        stryCov_9fa48("1068");
        return stryMutAct_9fa48("1069") ? `` : (stryCov_9fa48("1069"), `--instance-url is the org's base URL, without a path (got ${value}).`);
      }
    }
    return undefined;
  }
}