/** Sorting API failures: retry it (transient), stop the run (auth/limit), or fail the rows it concerned. */
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
export type ErrorKind = 'transient' | 'stop' | 'fail';
export interface ClassifiedError {
  kind: ErrorKind;
  /** The platform's error code, the network error code, or TIMEOUT. */
  code: string;
  message: string;
}
const STOP_CODES = new Set(stryMutAct_9fa48("416") ? [] : (stryCov_9fa48("416"), [stryMutAct_9fa48("417") ? "" : (stryCov_9fa48("417"), 'INVALID_SESSION_ID'), stryMutAct_9fa48("418") ? "" : (stryCov_9fa48("418"), 'INVALID_AUTH_HEADER'), stryMutAct_9fa48("419") ? "" : (stryCov_9fa48("419"), 'ERROR_HTTP_401'), stryMutAct_9fa48("420") ? "" : (stryCov_9fa48("420"), 'INVALID_OPERATION_WITH_EXPIRED_PASSWORD'), stryMutAct_9fa48("421") ? "" : (stryCov_9fa48("421"), 'API_DISABLED_FOR_ORG'), stryMutAct_9fa48("422") ? "" : (stryCov_9fa48("422"), 'API_CURRENTLY_DISABLED'), stryMutAct_9fa48("423") ? "" : (stryCov_9fa48("423"), 'REQUEST_LIMIT_EXCEEDED'), stryMutAct_9fa48("424") ? "" : (stryCov_9fa48("424"), 'ERROR_HTTP_429')]));
const TRANSIENT_CODES = new Set(stryMutAct_9fa48("425") ? [] : (stryCov_9fa48("425"), [stryMutAct_9fa48("426") ? "" : (stryCov_9fa48("426"), 'UNABLE_TO_LOCK_ROW'), stryMutAct_9fa48("427") ? "" : (stryCov_9fa48("427"), 'SERVER_UNAVAILABLE'), stryMutAct_9fa48("428") ? "" : (stryCov_9fa48("428"), 'UNKNOWN_EXCEPTION'), stryMutAct_9fa48("429") ? "" : (stryCov_9fa48("429"), 'REQUEST_RUNNING_TOO_LONG'), stryMutAct_9fa48("430") ? "" : (stryCov_9fa48("430"), 'QUERY_TIMEOUT'), stryMutAct_9fa48("431") ? "" : (stryCov_9fa48("431"), 'TIMEOUT'), stryMutAct_9fa48("432") ? "" : (stryCov_9fa48("432"), 'ECONNRESET'), stryMutAct_9fa48("433") ? "" : (stryCov_9fa48("433"), 'ETIMEDOUT'), stryMutAct_9fa48("434") ? "" : (stryCov_9fa48("434"), 'ESOCKETTIMEDOUT'), stryMutAct_9fa48("435") ? "" : (stryCov_9fa48("435"), 'ECONNREFUSED'), stryMutAct_9fa48("436") ? "" : (stryCov_9fa48("436"), 'EPIPE'), stryMutAct_9fa48("437") ? "" : (stryCov_9fa48("437"), 'EAI_AGAIN'), stryMutAct_9fa48("438") ? "" : (stryCov_9fa48("438"), 'UND_ERR_SOCKET')]));

/** True when the text names a row lock (the platform's code may be wrapped in an Apex exception message). */
export function mentionsRowLock(text: string | null | undefined): boolean {
  if (stryMutAct_9fa48("439")) {
    {}
  } else {
    stryCov_9fa48("439");
    return stryMutAct_9fa48("442") ? typeof text === 'string' || text.includes('UNABLE_TO_LOCK_ROW') : stryMutAct_9fa48("441") ? false : stryMutAct_9fa48("440") ? true : (stryCov_9fa48("440", "441", "442"), (stryMutAct_9fa48("444") ? typeof text !== 'string' : stryMutAct_9fa48("443") ? true : (stryCov_9fa48("443", "444"), typeof text === (stryMutAct_9fa48("445") ? "" : (stryCov_9fa48("445"), 'string')))) && text.includes(stryMutAct_9fa48("446") ? "" : (stryCov_9fa48("446"), 'UNABLE_TO_LOCK_ROW')));
  }
}

/** A transient per-input error of the action: a row lock, or a platform error that says so. */
export function isTransientCode(code: string, message?: string | null): boolean {
  if (stryMutAct_9fa48("447")) {
    {}
  } else {
    stryCov_9fa48("447");
    return stryMutAct_9fa48("450") ? (TRANSIENT_CODES.has(code) || /^ERROR_HTTP_5\d\d$/.test(code)) && mentionsRowLock(message) : stryMutAct_9fa48("449") ? false : stryMutAct_9fa48("448") ? true : (stryCov_9fa48("448", "449", "450"), (stryMutAct_9fa48("452") ? TRANSIENT_CODES.has(code) && /^ERROR_HTTP_5\d\d$/.test(code) : stryMutAct_9fa48("451") ? false : (stryCov_9fa48("451", "452"), TRANSIENT_CODES.has(code) || (stryMutAct_9fa48("456") ? /^ERROR_HTTP_5\d\D$/ : stryMutAct_9fa48("455") ? /^ERROR_HTTP_5\D\d$/ : stryMutAct_9fa48("454") ? /^ERROR_HTTP_5\d\d/ : stryMutAct_9fa48("453") ? /ERROR_HTTP_5\d\d$/ : (stryCov_9fa48("453", "454", "455", "456"), /^ERROR_HTTP_5\d\d$/)).test(code))) || mentionsRowLock(message));
  }
}
function stringProperty(value: object, key: string): string | undefined {
  if (stryMutAct_9fa48("457")) {
    {}
  } else {
    stryCov_9fa48("457");
    const property = (value as Record<string, unknown>)[key];
    return (stryMutAct_9fa48("460") ? typeof property === 'string' || property !== '' : stryMutAct_9fa48("459") ? false : stryMutAct_9fa48("458") ? true : (stryCov_9fa48("458", "459", "460"), (stryMutAct_9fa48("462") ? typeof property !== 'string' : stryMutAct_9fa48("461") ? true : (stryCov_9fa48("461", "462"), typeof property === (stryMutAct_9fa48("463") ? "" : (stryCov_9fa48("463"), 'string')))) && (stryMutAct_9fa48("465") ? property === '' : stryMutAct_9fa48("464") ? true : (stryCov_9fa48("464", "465"), property !== (stryMutAct_9fa48("466") ? "Stryker was here!" : (stryCov_9fa48("466"), '')))))) ? property : undefined;
  }
}

/** Classifies an error thrown by a jsforce call (HttpApiError, node-fetch FetchError, timeout, other). */
export function classifyError(error: unknown): ClassifiedError {
  if (stryMutAct_9fa48("467")) {
    {}
  } else {
    stryCov_9fa48("467");
    if (stryMutAct_9fa48("470") ? typeof error !== 'object' && error === null : stryMutAct_9fa48("469") ? false : stryMutAct_9fa48("468") ? true : (stryCov_9fa48("468", "469", "470"), (stryMutAct_9fa48("472") ? typeof error === 'object' : stryMutAct_9fa48("471") ? false : (stryCov_9fa48("471", "472"), typeof error !== (stryMutAct_9fa48("473") ? "" : (stryCov_9fa48("473"), 'object')))) || (stryMutAct_9fa48("475") ? error !== null : stryMutAct_9fa48("474") ? false : (stryCov_9fa48("474", "475"), error === null)))) {
      if (stryMutAct_9fa48("476")) {
        {}
      } else {
        stryCov_9fa48("476");
        return stryMutAct_9fa48("477") ? {} : (stryCov_9fa48("477"), {
          kind: stryMutAct_9fa48("478") ? "" : (stryCov_9fa48("478"), 'fail'),
          code: stryMutAct_9fa48("479") ? "" : (stryCov_9fa48("479"), 'UNKNOWN_ERROR'),
          message: String(error)
        });
      }
    }
    const message = (stryMutAct_9fa48("480") ? stringProperty(error, 'message') && 'no message' : (stryCov_9fa48("480"), stringProperty(error, stryMutAct_9fa48("481") ? "" : (stryCov_9fa48("481"), 'message')) ?? (stryMutAct_9fa48("482") ? "" : (stryCov_9fa48("482"), 'no message')))).split(stryMutAct_9fa48("483") ? "" : (stryCov_9fa48("483"), '\n'))[0];
    const name = stryMutAct_9fa48("484") ? stringProperty(error, 'name') && '' : (stryCov_9fa48("484"), stringProperty(error, stryMutAct_9fa48("485") ? "" : (stryCov_9fa48("485"), 'name')) ?? (stryMutAct_9fa48("486") ? "Stryker was here!" : (stryCov_9fa48("486"), '')));
    const type = stryMutAct_9fa48("487") ? stringProperty(error, 'type') && '' : (stryCov_9fa48("487"), stringProperty(error, stryMutAct_9fa48("488") ? "" : (stryCov_9fa48("488"), 'type')) ?? (stryMutAct_9fa48("489") ? "Stryker was here!" : (stryCov_9fa48("489"), '')));
    const errorCode = stryMutAct_9fa48("490") ? (stringProperty(error, 'errorCode') ?? stringProperty(error, 'code')) && name : (stryCov_9fa48("490"), (stryMutAct_9fa48("491") ? stringProperty(error, 'errorCode') && stringProperty(error, 'code') : (stryCov_9fa48("491"), stringProperty(error, stryMutAct_9fa48("492") ? "" : (stryCov_9fa48("492"), 'errorCode')) ?? stringProperty(error, stryMutAct_9fa48("493") ? "" : (stryCov_9fa48("493"), 'code')))) ?? name);
    if (stryMutAct_9fa48("496") ? (name === 'AbortError' || type === 'request-timeout') && /request timeout|aborted due to timeout/i.test(message) : stryMutAct_9fa48("495") ? false : stryMutAct_9fa48("494") ? true : (stryCov_9fa48("494", "495", "496"), (stryMutAct_9fa48("498") ? name === 'AbortError' && type === 'request-timeout' : stryMutAct_9fa48("497") ? false : (stryCov_9fa48("497", "498"), (stryMutAct_9fa48("500") ? name !== 'AbortError' : stryMutAct_9fa48("499") ? false : (stryCov_9fa48("499", "500"), name === (stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), 'AbortError')))) || (stryMutAct_9fa48("503") ? type !== 'request-timeout' : stryMutAct_9fa48("502") ? false : (stryCov_9fa48("502", "503"), type === (stryMutAct_9fa48("504") ? "" : (stryCov_9fa48("504"), 'request-timeout')))))) || /request timeout|aborted due to timeout/i.test(message))) {
      if (stryMutAct_9fa48("505")) {
        {}
      } else {
        stryCov_9fa48("505");
        return stryMutAct_9fa48("506") ? {} : (stryCov_9fa48("506"), {
          kind: stryMutAct_9fa48("507") ? "" : (stryCov_9fa48("507"), 'transient'),
          code: stryMutAct_9fa48("508") ? "" : (stryCov_9fa48("508"), 'TIMEOUT'),
          message: stryMutAct_9fa48("509") ? `` : (stryCov_9fa48("509"), `the request timed out (${message})`)
        });
      }
    }
    if (stryMutAct_9fa48("511") ? false : stryMutAct_9fa48("510") ? true : (stryCov_9fa48("510", "511"), STOP_CODES.has(errorCode))) {
      if (stryMutAct_9fa48("512")) {
        {}
      } else {
        stryCov_9fa48("512");
        return stryMutAct_9fa48("513") ? {} : (stryCov_9fa48("513"), {
          kind: stryMutAct_9fa48("514") ? "" : (stryCov_9fa48("514"), 'stop'),
          code: errorCode,
          message
        });
      }
    }
    if (stryMutAct_9fa48("516") ? false : stryMutAct_9fa48("515") ? true : (stryCov_9fa48("515", "516"), isTransientCode(errorCode, message))) {
      if (stryMutAct_9fa48("517")) {
        {}
      } else {
        stryCov_9fa48("517");
        return stryMutAct_9fa48("518") ? {} : (stryCov_9fa48("518"), {
          kind: stryMutAct_9fa48("519") ? "" : (stryCov_9fa48("519"), 'transient'),
          code: mentionsRowLock(message) ? stryMutAct_9fa48("520") ? "" : (stryCov_9fa48("520"), 'UNABLE_TO_LOCK_ROW') : errorCode,
          message
        });
      }
    }
    return stryMutAct_9fa48("521") ? {} : (stryCov_9fa48("521"), {
      kind: stryMutAct_9fa48("522") ? "" : (stryCov_9fa48("522"), 'fail'),
      code: stryMutAct_9fa48("525") ? errorCode && 'UNKNOWN_ERROR' : stryMutAct_9fa48("524") ? false : stryMutAct_9fa48("523") ? true : (stryCov_9fa48("523", "524", "525"), errorCode || (stryMutAct_9fa48("526") ? "" : (stryCov_9fa48("526"), 'UNKNOWN_ERROR'))),
      message
    });
  }
}