/**
 * The two REST calls the CLI makes, behind a small interface so the run logic does not depend on how the
 * connection was made (@salesforce/core org or jsforce with an access token) and tests can observe calls.
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
import type { ActionResult, AnyActionInput } from './action';
import { ENABLE_ACTION_NAME } from './operations';
export const API_VERSION = stryMutAct_9fa48("1774") ? "" : (stryCov_9fa48("1774"), '65.0');
export const ACTION_NAME = ENABLE_ACTION_NAME;
export const ACTION_PATH = stryMutAct_9fa48("1775") ? `` : (stryCov_9fa48("1775"), `/actions/custom/apex/${ACTION_NAME}`);

/** The REST path of an invocable Apex action. */
export function actionPath(actionName: string): string {
  if (stryMutAct_9fa48("1776")) {
    {}
  } else {
    stryCov_9fa48("1776");
    return stryMutAct_9fa48("1777") ? `` : (stryCov_9fa48("1777"), `/actions/custom/apex/${actionName}`);
  }
}
export interface QueryPage<T> {
  records: T[];
  done: boolean;
  nextRecordsUrl?: string;
  totalSize: number;
}

/** Options of one jsforce request (jsforce's `HttpRequestOptions`, the part used here). */
export interface RequestOptions {
  /** jsforce's own retries (GET only, 5 by default with up to 8 s waits): the CLI turns them off. */
  retry?: {
    maxRetries: number;
  };
  timeout?: number;
}

/** The part of a jsforce (or @salesforce/core) Connection the CLI uses. */
export interface RestConnection {
  request<R>(request: {
    method: 'GET';
    url: string;
  }, options?: RequestOptions): PromiseLike<R>;
  requestPost<R>(url: string, body: object, options?: RequestOptions): PromiseLike<R>;
}

/**
 * jsforce retries a GET (a query) on HTTP 5xx and connection errors five times by itself, waiting 0.5 to 8 s: that
 * would multiply `--max-retries` by six and ignore Ctrl-C. The CLI's own retry (bounded, with jitter, stoppable) is
 * the only one.
 */
const NO_LIBRARY_RETRY = {
  maxRetries: 0
} as const;

/** What the run needs from Salesforce. */
export interface SalesforceApi {
  /** All records of a query, following nextRecordsUrl (queryMore) page by page. */
  queryAll<T extends Record<string, unknown>>(soql: string): Promise<T[]>;
  /** One POST of an invocable action (EnableStudentUsersAction unless named). */
  invokeAction(inputs: AnyActionInput[], actionName?: string): Promise<ActionResult[]>;
}

/** A SalesforceApi over a jsforce connection. */
export function connectionApi(conn: RestConnection, requestTimeoutMs?: number): SalesforceApi {
  if (stryMutAct_9fa48("1778")) {
    {}
  } else {
    stryCov_9fa48("1778");
    const options: RequestOptions = requestTimeoutMs ? stryMutAct_9fa48("1779") ? {} : (stryCov_9fa48("1779"), {
      retry: NO_LIBRARY_RETRY,
      timeout: requestTimeoutMs
    }) : stryMutAct_9fa48("1780") ? {} : (stryCov_9fa48("1780"), {
      retry: NO_LIBRARY_RETRY
    });
    return stryMutAct_9fa48("1781") ? {} : (stryCov_9fa48("1781"), {
      async queryAll<T extends Record<string, unknown>>(soql: string): Promise<T[]> {
        if (stryMutAct_9fa48("1782")) {
          {}
        } else {
          stryCov_9fa48("1782");
          const get = stryMutAct_9fa48("1783") ? () => undefined : (stryCov_9fa48("1783"), (() => {
            const get = (url: string): PromiseLike<QueryPage<T>> => conn.request<QueryPage<T>>(stryMutAct_9fa48("1784") ? {} : (stryCov_9fa48("1784"), {
              method: stryMutAct_9fa48("1785") ? "" : (stryCov_9fa48("1785"), 'GET'),
              url
            }), options);
            return get;
          })());
          let page = await get(stryMutAct_9fa48("1786") ? `` : (stryCov_9fa48("1786"), `/query?q=${encodeURIComponent(soql)}`));
          const records = stryMutAct_9fa48("1787") ? [] : (stryCov_9fa48("1787"), [...page.records]);
          while (stryMutAct_9fa48("1789") ? !page.done || page.nextRecordsUrl : stryMutAct_9fa48("1788") ? false : (stryCov_9fa48("1788", "1789"), (stryMutAct_9fa48("1790") ? page.done : (stryCov_9fa48("1790"), !page.done)) && page.nextRecordsUrl)) {
            if (stryMutAct_9fa48("1791")) {
              {}
            } else {
              stryCov_9fa48("1791");
              page = await get(page.nextRecordsUrl);
              records.push(...page.records);
            }
          }
          return records;
        }
      },
      async invokeAction(inputs: AnyActionInput[], actionName = ACTION_NAME): Promise<ActionResult[]> {
        if (stryMutAct_9fa48("1792")) {
          {}
        } else {
          stryCov_9fa48("1792");
          return conn.requestPost<ActionResult[]>(actionPath(actionName), stryMutAct_9fa48("1793") ? {} : (stryCov_9fa48("1793"), {
            inputs
          }), options);
        }
      }
    });
  }
}