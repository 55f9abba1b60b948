/** The students of a run: what one input row asks for, and the run-wide defaults. */
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
import type { LicenseKey } from './input-values';

/** Per-row choices; blank = the run default, else the service's own default. */
export interface RowOverrides {
  licenseKey?: LicenseKey;
  profileName?: string;
  timeZoneSidKey?: string;
  username?: string;
  sendWelcomeEmail?: boolean;
}

/**
 * One student to enable. `contactId` (18 characters), `accountId` (a person account) or `email` (lower case, a
 * Contact's Email or a person account's PersonEmail) names the contact.
 */
export interface StudentRow {
  /** Line in the input CSV (header = line 1), or the position in the --where result. */
  row: number;
  contactId?: string;
  /** A person account's Id (an `001` Id in the ContactId column): its person contact is looked up in the run. */
  accountId?: string;
  email?: string;
  /** The email as written in the input, echoed in the results. */
  emailAsWritten?: string;
  overrides: RowOverrides;
}

/** Run-wide defaults (`--license`, `--profile`, `--time-zone`). */
export interface RunDefaults {
  licenseKey?: LicenseKey;
  profileName?: string;
  timeZoneSidKey?: string;
}

/** A problem with the input, tied to a line of the file (0 = the file as a whole). */
export interface InputProblem {
  line: number;
  message: string;
}

/** Formats problems as `file:line: message`, one a line, in line order. */
export function formatProblems(source: string, problems: readonly InputProblem[]): string {
  if (stryMutAct_9fa48("2293")) {
    {}
  } else {
    stryCov_9fa48("2293");
    return stryMutAct_9fa48("2294") ? [...problems].map(problem => (problem.line > 0 ? `${source}:${problem.line}: ` : `${source}: `) + problem.message).join('\n') : (stryCov_9fa48("2294"), (stryMutAct_9fa48("2295") ? [] : (stryCov_9fa48("2295"), [...problems])).sort(stryMutAct_9fa48("2296") ? () => undefined : (stryCov_9fa48("2296"), (a, b) => stryMutAct_9fa48("2297") ? a.line + b.line : (stryCov_9fa48("2297"), a.line - b.line))).map(stryMutAct_9fa48("2298") ? () => undefined : (stryCov_9fa48("2298"), problem => stryMutAct_9fa48("2299") ? (problem.line > 0 ? `${source}:${problem.line}: ` : `${source}: `) - problem.message : (stryCov_9fa48("2299"), ((stryMutAct_9fa48("2303") ? problem.line <= 0 : stryMutAct_9fa48("2302") ? problem.line >= 0 : stryMutAct_9fa48("2301") ? false : stryMutAct_9fa48("2300") ? true : (stryCov_9fa48("2300", "2301", "2302", "2303"), problem.line > 0)) ? stryMutAct_9fa48("2304") ? `` : (stryCov_9fa48("2304"), `${source}:${problem.line}: `) : stryMutAct_9fa48("2305") ? `` : (stryCov_9fa48("2305"), `${source}: `)) + problem.message))).join(stryMutAct_9fa48("2306") ? "" : (stryCov_9fa48("2306"), '\n')));
  }
}