/** Bounded retries with exponential backoff and full jitter. */
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
export interface RetryPolicy {
  /** Retries after the first attempt (0 = try once). */
  maxRetries: number;
  /** Delay cap of the first retry, in ms; doubles each retry. */
  baseDelayMs: number;
  /** Upper bound of any delay, in ms. */
  maxDelayMs: number;
}
export const DEFAULT_RETRY_POLICY: RetryPolicy = stryMutAct_9fa48("1357") ? {} : (stryCov_9fa48("1357"), {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000
});

/**
 * Delay before retry number `retry` (1-based): a uniformly random time in [cap/2, cap] where
 * cap = min(maxDelay, base * 2^(retry-1)) ("equal jitter": spreads concurrent retries, never retries at once).
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  if (stryMutAct_9fa48("1358")) {
    {}
  } else {
    stryCov_9fa48("1358");
    const cap = stryMutAct_9fa48("1359") ? Math.max(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1)) : (stryCov_9fa48("1359"), Math.min(policy.maxDelayMs, stryMutAct_9fa48("1360") ? policy.baseDelayMs / 2 ** Math.max(0, retry - 1) : (stryCov_9fa48("1360"), policy.baseDelayMs * 2 ** (stryMutAct_9fa48("1361") ? Math.min(0, retry - 1) : (stryCov_9fa48("1361"), Math.max(0, stryMutAct_9fa48("1362") ? retry + 1 : (stryCov_9fa48("1362"), retry - 1)))))));
    return Math.round(stryMutAct_9fa48("1363") ? cap / 2 - random() * (cap / 2) : (stryCov_9fa48("1363"), (stryMutAct_9fa48("1364") ? cap * 2 : (stryCov_9fa48("1364"), cap / 2)) + (stryMutAct_9fa48("1365") ? random() / (cap / 2) : (stryCov_9fa48("1365"), random() * (stryMutAct_9fa48("1366") ? cap * 2 : (stryCov_9fa48("1366"), cap / 2))))));
  }
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (stryMutAct_9fa48("1367")) {
    {}
  } else {
    stryCov_9fa48("1367");
    return new Promise(resolve => {
      if (stryMutAct_9fa48("1368")) {
        {}
      } else {
        stryCov_9fa48("1368");
        if (stryMutAct_9fa48("1371") ? signal?.aborted && ms <= 0 : stryMutAct_9fa48("1370") ? false : stryMutAct_9fa48("1369") ? true : (stryCov_9fa48("1369", "1370", "1371"), (stryMutAct_9fa48("1372") ? signal.aborted : (stryCov_9fa48("1372"), signal?.aborted)) || (stryMutAct_9fa48("1375") ? ms > 0 : stryMutAct_9fa48("1374") ? ms < 0 : stryMutAct_9fa48("1373") ? false : (stryCov_9fa48("1373", "1374", "1375"), ms <= 0)))) {
          if (stryMutAct_9fa48("1376")) {
            {}
          } else {
            stryCov_9fa48("1376");
            resolve();
            return;
          }
        }
        const timer = setTimeout(done, ms);
        function done(): void {
          if (stryMutAct_9fa48("1377")) {
            {}
          } else {
            stryCov_9fa48("1377");
            clearTimeout(timer);
            stryMutAct_9fa48("1378") ? signal.removeEventListener('abort', done) : (stryCov_9fa48("1378"), signal?.removeEventListener(stryMutAct_9fa48("1379") ? "" : (stryCov_9fa48("1379"), 'abort'), done));
            resolve();
          }
        }
        stryMutAct_9fa48("1380") ? signal.addEventListener('abort', done, {
          once: true
        }) : (stryCov_9fa48("1380"), signal?.addEventListener(stryMutAct_9fa48("1381") ? "" : (stryCov_9fa48("1381"), 'abort'), done, stryMutAct_9fa48("1382") ? {} : (stryCov_9fa48("1382"), {
          once: stryMutAct_9fa48("1383") ? false : (stryCov_9fa48("1383"), true)
        })));
      }
    });
  }
}