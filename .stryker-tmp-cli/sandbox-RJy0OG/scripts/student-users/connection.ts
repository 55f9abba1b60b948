/**
 * Org auth: an org the sf CLI has authorized (@salesforce/core `Org.create`), or an instance URL with an access
 * token from the environment. Both give a jsforce connection on API 65.0.
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
import type { AuthPlan } from './program';
import type { RestConnection } from './salesforce-api';
import { API_VERSION } from './salesforce-api';

/** A jsforce connection for an access token (no login call; the first API call checks the token). */
export async function tokenConnection(instanceUrl: string, accessToken: string): Promise<RestConnection> {
  if (stryMutAct_9fa48("407")) {
    {}
  } else {
    stryCov_9fa48("407");
    const {
      Connection
    } = await import('jsforce');
    return new Connection(stryMutAct_9fa48("408") ? {} : (stryCov_9fa48("408"), {
      instanceUrl,
      accessToken,
      version: API_VERSION
    }));
  }
}

/** The connection of an sf CLI org (alias or username). Both libraries load only when used (fast --help). */
export async function orgConnection(aliasOrUsername: string): Promise<RestConnection> {
  if (stryMutAct_9fa48("409")) {
    {}
  } else {
    stryCov_9fa48("409");
    const {
      Org
    } = await import('@salesforce/core');
    const org = await Org.create(stryMutAct_9fa48("410") ? {} : (stryCov_9fa48("410"), {
      aliasOrUsername
    }));
    return org.getConnection(API_VERSION);
  }
}
export async function connect(auth: AuthPlan): Promise<RestConnection> {
  if (stryMutAct_9fa48("411")) {
    {}
  } else {
    stryCov_9fa48("411");
    return (stryMutAct_9fa48("414") ? auth.kind !== 'org' : stryMutAct_9fa48("413") ? false : stryMutAct_9fa48("412") ? true : (stryCov_9fa48("412", "413", "414"), auth.kind === (stryMutAct_9fa48("415") ? "" : (stryCov_9fa48("415"), 'org')))) ? orgConnection(auth.aliasOrUsername) : tokenConnection(auth.instanceUrl, auth.accessToken);
  }
}