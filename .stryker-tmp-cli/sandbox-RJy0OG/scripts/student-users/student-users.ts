#!/usr/bin/env -S npx tsx
// @ts-nocheck
/**
 * `student-users`: the command's entry point. Enables student portal users and manages them afterwards
 * (deactivate, freeze, unfreeze, send-login-link, reactivate, disable), from a CSV or a Contact filter.
 * Usage: npx student-users --help (or npm run student-users -- --help); `enable-students` = `student-users enable`.
 */
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
import { runCommand } from './command';
const interrupt = new AbortController();
let resultsFile: string | undefined;

/**
 * Ctrl-C (SIGINT) and SIGTERM (CI cancel, `timeout`): the first stops cleanly (calls in flight finish, the rest is
 * NOT_SENT, exit 3); a second quits at once (exit 130 or 143). Either way the results file already holds every row
 * that came back, because rows are appended as each chunk returns.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (stryMutAct_9fa48("2307")) {
    {}
  } else {
    stryCov_9fa48("2307");
    if (stryMutAct_9fa48("2310") ? false : stryMutAct_9fa48("2309") ? true : stryMutAct_9fa48("2308") ? interrupt.signal.aborted : (stryCov_9fa48("2308", "2309", "2310"), !interrupt.signal.aborted)) {
      if (stryMutAct_9fa48("2311")) {
        {}
      } else {
        stryCov_9fa48("2311");
        process.stderr.write((stryMutAct_9fa48("2312") ? `` : (stryCov_9fa48("2312"), `\nInterrupted (${signal}): finishing the calls in flight, then writing the results `)) + (stryMutAct_9fa48("2313") ? "" : (stryCov_9fa48("2313"), '(Ctrl-C again quits at once).\n')));
        interrupt.abort();
        return;
      }
    }
    process.stderr.write((stryMutAct_9fa48("2314") ? `` : (stryCov_9fa48("2314"), `\nInterrupted again (${signal}): quitting now; calls in flight are abandoned.\n`)) + (resultsFile ? stryMutAct_9fa48("2315") ? `` : (stryCov_9fa48("2315"), `The rows that came back are in ${resultsFile}: run the same command with --resume ${resultsFile}\n`) : stryMutAct_9fa48("2316") ? "Stryker was here!" : (stryCov_9fa48("2316"), '')));
    process.exit((stryMutAct_9fa48("2319") ? signal !== 'SIGTERM' : stryMutAct_9fa48("2318") ? false : stryMutAct_9fa48("2317") ? true : (stryCov_9fa48("2317", "2318", "2319"), signal === (stryMutAct_9fa48("2320") ? "" : (stryCov_9fa48("2320"), 'SIGTERM')))) ? 143 : 130);
  }
}
process.on(stryMutAct_9fa48("2321") ? "" : (stryCov_9fa48("2321"), 'SIGINT'), onSignal);
process.on(stryMutAct_9fa48("2322") ? "" : (stryCov_9fa48("2322"), 'SIGTERM'), onSignal);
runCommand(stryMutAct_9fa48("2323") ? process.argv : (stryCov_9fa48("2323"), process.argv.slice(2)), stryMutAct_9fa48("2324") ? {} : (stryCov_9fa48("2324"), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  tty: process.stderr,
  // `npm run student-users` starts in the project root; INIT_CWD is where the user typed the command.
  cwd: stryMutAct_9fa48("2327") ? ['student-users', 'enable-students'].includes(process.env.npm_lifecycle_event ?? '') && process.env.INIT_CWD && process.cwd() : stryMutAct_9fa48("2326") ? false : stryMutAct_9fa48("2325") ? true : (stryCov_9fa48("2325", "2326", "2327"), (stryMutAct_9fa48("2329") ? ['student-users', 'enable-students'].includes(process.env.npm_lifecycle_event ?? '') || process.env.INIT_CWD : stryMutAct_9fa48("2328") ? false : (stryCov_9fa48("2328", "2329"), (stryMutAct_9fa48("2330") ? [] : (stryCov_9fa48("2330"), [stryMutAct_9fa48("2331") ? "" : (stryCov_9fa48("2331"), 'student-users'), stryMutAct_9fa48("2332") ? "" : (stryCov_9fa48("2332"), 'enable-students')])).includes(stryMutAct_9fa48("2333") ? process.env.npm_lifecycle_event && '' : (stryCov_9fa48("2333"), process.env.npm_lifecycle_event ?? (stryMutAct_9fa48("2334") ? "Stryker was here!" : (stryCov_9fa48("2334"), '')))) && process.env.INIT_CWD)) || process.cwd()),
  signal: interrupt.signal,
  onResultsFile: path => {
    if (stryMutAct_9fa48("2335")) {
      {}
    } else {
      stryCov_9fa48("2335");
      resultsFile = path;
    }
  }
})).then(code => {
  if (stryMutAct_9fa48("2336")) {
    {}
  } else {
    stryCov_9fa48("2336");
    process.exitCode = code;
  }
}, (error: unknown) => {
  if (stryMutAct_9fa48("2337")) {
    {}
  } else {
    stryCov_9fa48("2337");
    process.stderr.write(stryMutAct_9fa48("2338") ? `` : (stryCov_9fa48("2338"), `student-users crashed: ${error instanceof Error ? stryMutAct_9fa48("2339") ? error.stack && error.message : (stryCov_9fa48("2339"), error.stack ?? error.message) : String(error)}\n`));
    process.exitCode = 1;
  }
});