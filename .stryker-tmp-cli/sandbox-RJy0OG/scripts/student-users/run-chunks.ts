/**
 * The run: chunks of students, each chunk's emails resolved with one query, one action call per chunk (plus
 * retries of what failed transiently), bounded concurrency, and a clean stop on auth/limit errors.
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
import { resultsInError, toActionInput, toLifecycleInput, toResultRow } from './action';
import type { ClassifiedError } from './errors';
import { classifyError, isTransientCode } from './errors';
import type { Operation } from './operations';
import { ENABLE } from './operations';
import { chunk, runPool } from './pool';
import type { ResultRow } from './results-format';
import { errorResult } from './results-format';
import type { RetryPolicy } from './retry';
import { backoffDelay, sleep } from './retry';
import type { SalesforceApi } from './salesforce-api';
import { emailLookupQuery, personAccountLookupQuery } from './soql';
import type { RunDefaults, StudentRow } from './student-rows';
export const MAX_CHUNK_SIZE = 200;
export interface RunSettings {
  /** The subcommand (enable unless named): which action, which input, which statuses. */
  operation?: Operation;
  /** `--confirm-disable` (sent as confirmDisable with every lifecycle input). */
  confirmDisable?: boolean;
  defaults: RunDefaults;
  dryRun: boolean;
  chunkSize: number;
  concurrency: number;
  retry: RetryPolicy;
  /** Jitter source (tests pass a fixed one). */
  random?: () => number;
  /** Aborting it stops the run like an auth error would (Ctrl-C). */
  signal?: AbortSignal;
}
export interface ProgressEvent {
  rowsDone: number;
  rowsTotal: number;
  failed: number;
  chunksDone: number;
  chunksTotal: number;
}
export interface RetryEvent {
  chunk: number;
  retry: number;
  code: string;
  delayMs: number;
  rows: number;
}
export interface RunEvents {
  onProgress?(event: ProgressEvent): void;
  onRetry?(event: RetryEvent): void;
  /** The result rows of a chunk, as soon as the chunk is done (the CLI appends them to the results file). */
  onChunkResults?(results: ResultRow[]): void;
}
export interface RunStats {
  actionCalls: number;
  queryCalls: number;
  retries: number;
}
export interface RunOutcome {
  /** One per input row, in row order. */
  results: ResultRow[];
  /** Set when the run stopped early (auth, limit, interrupted). */
  stop?: {
    code: string;
    message: string;
  };
  stats: RunStats;
}
interface Pending {
  row: StudentRow;
  contactId: string;
  input: AnyActionInput;
}
interface EmailRecord extends Record<string, unknown> {
  Id: string;
  Email: string | null;
}

/** The email lookup result of a chunk: email (lower case) → matching Contact Ids. */
export function groupContactsByEmail(records: readonly EmailRecord[]): Map<string, string[]> {
  if (stryMutAct_9fa48("1384")) {
    {}
  } else {
    stryCov_9fa48("1384");
    const byEmail = new Map<string, string[]>();
    for (const record of records) {
      if (stryMutAct_9fa48("1385")) {
        {}
      } else {
        stryCov_9fa48("1385");
        if (stryMutAct_9fa48("1388") ? false : stryMutAct_9fa48("1387") ? true : stryMutAct_9fa48("1386") ? record.Email : (stryCov_9fa48("1386", "1387", "1388"), !record.Email)) {
          if (stryMutAct_9fa48("1389")) {
            {}
          } else {
            stryCov_9fa48("1389");
            continue;
          }
        }
        const key = stryMutAct_9fa48("1390") ? record.Email.toUpperCase() : (stryCov_9fa48("1390"), record.Email.toLowerCase());
        const ids = stryMutAct_9fa48("1391") ? byEmail.get(key) && [] : (stryCov_9fa48("1391"), byEmail.get(key) ?? (stryMutAct_9fa48("1392") ? ["Stryker was here"] : (stryCov_9fa48("1392"), [])));
        if (stryMutAct_9fa48("1395") ? false : stryMutAct_9fa48("1394") ? true : stryMutAct_9fa48("1393") ? ids.includes(record.Id) : (stryCov_9fa48("1393", "1394", "1395"), !ids.includes(record.Id))) {
          if (stryMutAct_9fa48("1396")) {
            {}
          } else {
            stryCov_9fa48("1396");
            ids.push(record.Id);
          }
        }
        byEmail.set(key, ids);
      }
    }
    return byEmail;
  }
}
interface AccountRecord extends Record<string, unknown> {
  Id: string;
  Name: string | null;
  PersonContactId: string | null;
}
type Lookup = {
  contactId: string;
} | {
  error: {
    code: string;
    field: string;
    message: string;
  };
};

/** The contact of an email row: exactly one contact (a Contact's Email or a person account's PersonEmail). */
export function contactOfEmail(email: string, ids: readonly string[]): Lookup {
  if (stryMutAct_9fa48("1397")) {
    {}
  } else {
    stryCov_9fa48("1397");
    if (stryMutAct_9fa48("1400") ? ids.length !== 0 : stryMutAct_9fa48("1399") ? false : stryMutAct_9fa48("1398") ? true : (stryCov_9fa48("1398", "1399", "1400"), ids.length === 0)) {
      if (stryMutAct_9fa48("1401")) {
        {}
      } else {
        stryCov_9fa48("1401");
        return stryMutAct_9fa48("1402") ? {} : (stryCov_9fa48("1402"), {
          error: stryMutAct_9fa48("1403") ? {} : (stryCov_9fa48("1403"), {
            code: stryMutAct_9fa48("1404") ? "" : (stryCov_9fa48("1404"), 'CONTACT_NOT_FOUND'),
            field: stryMutAct_9fa48("1405") ? "" : (stryCov_9fa48("1405"), 'email'),
            message: stryMutAct_9fa48("1406") ? `` : (stryCov_9fa48("1406"), `No contact has the email ${email} (or it is not visible to you): check the address or use ContactId.`)
          })
        });
      }
    }
    if (stryMutAct_9fa48("1410") ? ids.length <= 1 : stryMutAct_9fa48("1409") ? ids.length >= 1 : stryMutAct_9fa48("1408") ? false : stryMutAct_9fa48("1407") ? true : (stryCov_9fa48("1407", "1408", "1409", "1410"), ids.length > 1)) {
      if (stryMutAct_9fa48("1411")) {
        {}
      } else {
        stryCov_9fa48("1411");
        return stryMutAct_9fa48("1412") ? {} : (stryCov_9fa48("1412"), {
          error: stryMutAct_9fa48("1413") ? {} : (stryCov_9fa48("1413"), {
            code: stryMutAct_9fa48("1414") ? "" : (stryCov_9fa48("1414"), 'AMBIGUOUS_EMAIL'),
            field: stryMutAct_9fa48("1415") ? "" : (stryCov_9fa48("1415"), 'email'),
            message: stryMutAct_9fa48("1416") ? `` : (stryCov_9fa48("1416"), `${ids.length} contacts have the email ${email} (${ids.join(stryMutAct_9fa48("1417") ? "" : (stryCov_9fa48("1417"), ', '))}): use the ContactId column for this student.`)
          })
        });
      }
    }
    return stryMutAct_9fa48("1418") ? {} : (stryCov_9fa48("1418"), {
      contactId: ids[0]
    });
  }
}

/** The person contact of an Account Id row, or why the account names no student (the service's codes). */
export function personContactOf(accountId: string, account: AccountRecord | undefined): Lookup {
  if (stryMutAct_9fa48("1419")) {
    {}
  } else {
    stryCov_9fa48("1419");
    if (stryMutAct_9fa48("1422") ? false : stryMutAct_9fa48("1421") ? true : stryMutAct_9fa48("1420") ? account : (stryCov_9fa48("1420", "1421", "1422"), !account)) {
      if (stryMutAct_9fa48("1423")) {
        {}
      } else {
        stryCov_9fa48("1423");
        return stryMutAct_9fa48("1424") ? {} : (stryCov_9fa48("1424"), {
          error: stryMutAct_9fa48("1425") ? {} : (stryCov_9fa48("1425"), {
            code: stryMutAct_9fa48("1426") ? "" : (stryCov_9fa48("1426"), 'CONTACT_NOT_FOUND'),
            field: stryMutAct_9fa48("1427") ? "" : (stryCov_9fa48("1427"), 'contactId'),
            message: stryMutAct_9fa48("1428") ? `` : (stryCov_9fa48("1428"), `No account has the Id ${accountId} (or it is not visible to you): check the Id and your access.`)
          })
        });
      }
    }
    if (stryMutAct_9fa48("1431") ? false : stryMutAct_9fa48("1430") ? true : stryMutAct_9fa48("1429") ? account.PersonContactId : (stryCov_9fa48("1429", "1430", "1431"), !account.PersonContactId)) {
      if (stryMutAct_9fa48("1432")) {
        {}
      } else {
        stryCov_9fa48("1432");
        return stryMutAct_9fa48("1433") ? {} : (stryCov_9fa48("1433"), {
          error: stryMutAct_9fa48("1434") ? {} : (stryCov_9fa48("1434"), {
            code: stryMutAct_9fa48("1435") ? "" : (stryCov_9fa48("1435"), 'NOT_A_PERSON_ACCOUNT'),
            field: stryMutAct_9fa48("1436") ? "" : (stryCov_9fa48("1436"), 'contactId'),
            message: (stryMutAct_9fa48("1437") ? `` : (stryCov_9fa48("1437"), `${stryMutAct_9fa48("1438") ? account.Name && accountId : (stryCov_9fa48("1438"), account.Name ?? accountId)} (${accountId}) is a business account, not a person account: `)) + (stryMutAct_9fa48("1439") ? "" : (stryCov_9fa48("1439"), "give the student's Contact Id or email instead."))
          })
        });
      }
    }
    return stryMutAct_9fa48("1440") ? {} : (stryCov_9fa48("1440"), {
      contactId: account.PersonContactId
    });
  }
}

/** Why a chunk's Account lookup failed: an org without Person Accounts has no PersonContactId field. */
export function accountLookupFailure(error: ClassifiedError, attempts: number): {
  code: string;
  field: string;
  message: string;
} {
  if (stryMutAct_9fa48("1441")) {
    {}
  } else {
    stryCov_9fa48("1441");
    // Id and Name exist on every Account: an INVALID_FIELD of this query is PersonContactId ("No such column").
    if (stryMutAct_9fa48("1444") ? error.code !== 'INVALID_FIELD' : stryMutAct_9fa48("1443") ? false : stryMutAct_9fa48("1442") ? true : (stryCov_9fa48("1442", "1443", "1444"), error.code === (stryMutAct_9fa48("1445") ? "" : (stryCov_9fa48("1445"), 'INVALID_FIELD')))) {
      if (stryMutAct_9fa48("1446")) {
        {}
      } else {
        stryCov_9fa48("1446");
        return stryMutAct_9fa48("1447") ? {} : (stryCov_9fa48("1447"), {
          code: stryMutAct_9fa48("1448") ? "" : (stryCov_9fa48("1448"), 'PERSON_ACCOUNTS_NOT_ENABLED'),
          field: stryMutAct_9fa48("1449") ? "" : (stryCov_9fa48("1449"), 'contactId'),
          message: (stryMutAct_9fa48("1450") ? "" : (stryCov_9fa48("1450"), "This org does not have Person Accounts, so an Account Id names no student: give the student's ")) + (stryMutAct_9fa48("1451") ? "" : (stryCov_9fa48("1451"), 'Contact Id or email instead.'))
        });
      }
    }
    return stryMutAct_9fa48("1452") ? {} : (stryCov_9fa48("1452"), {
      code: error.code,
      field: stryMutAct_9fa48("1453") ? "" : (stryCov_9fa48("1453"), 'contactId'),
      message: stryMutAct_9fa48("1454") ? `` : (stryCov_9fa48("1454"), `Could not look up the account (${attempts} attempt(s)): ${error.message}`)
    });
  }
}

/**
 * Runs every student in chunks, one action call per chunk, for any subcommand. Never throws for API failures: they
 * end up in the rows (or in `stop`).
 */
export async function runChunks(api: SalesforceApi, rows: readonly StudentRow[], settings: RunSettings, events: RunEvents = {}): Promise<RunOutcome> {
  if (stryMutAct_9fa48("1455")) {
    {}
  } else {
    stryCov_9fa48("1455");
    const random = stryMutAct_9fa48("1456") ? settings.random && Math.random : (stryCov_9fa48("1456"), settings.random ?? Math.random);
    const operation = stryMutAct_9fa48("1457") ? settings.operation && ENABLE : (stryCov_9fa48("1457"), settings.operation ?? ENABLE);
    const inputOf = stryMutAct_9fa48("1458") ? () => undefined : (stryCov_9fa48("1458"), (() => {
      const inputOf = (row: StudentRow, contactId: string): AnyActionInput => operation.action ? toLifecycleInput(operation.action, contactId, settings.dryRun, stryMutAct_9fa48("1461") ? settings.confirmDisable !== true : stryMutAct_9fa48("1460") ? false : stryMutAct_9fa48("1459") ? true : (stryCov_9fa48("1459", "1460", "1461"), settings.confirmDisable === (stryMutAct_9fa48("1462") ? false : (stryCov_9fa48("1462"), true)))) : toActionInput(row, contactId, settings.defaults, settings.dryRun);
      return inputOf;
    })());
    const stats: RunStats = stryMutAct_9fa48("1463") ? {} : (stryCov_9fa48("1463"), {
      actionCalls: 0,
      queryCalls: 0,
      retries: 0
    });
    const stopController = new AbortController();
    let stop: {
      code: string;
      message: string;
    } | undefined;
    const requestStop = (code: string, message: string): void => {
      if (stryMutAct_9fa48("1464")) {
        {}
      } else {
        stryCov_9fa48("1464");
        if (stryMutAct_9fa48("1467") ? false : stryMutAct_9fa48("1466") ? true : stryMutAct_9fa48("1465") ? stop : (stryCov_9fa48("1465", "1466", "1467"), !stop)) {
          if (stryMutAct_9fa48("1468")) {
            {}
          } else {
            stryCov_9fa48("1468");
            stop = stryMutAct_9fa48("1469") ? {} : (stryCov_9fa48("1469"), {
              code,
              message
            });
            stopController.abort();
          }
        }
      }
    };
    /** Read through a function: the stop is set by other chunks while this one awaits. */
    const currentStop = stryMutAct_9fa48("1470") ? () => undefined : (stryCov_9fa48("1470"), (() => {
      const currentStop = (): {
        code: string;
        message: string;
      } | undefined => stop;
      return currentStop;
    })());
    const onExternalAbort = stryMutAct_9fa48("1471") ? () => undefined : (stryCov_9fa48("1471"), (() => {
      const onExternalAbort = (): void => requestStop(stryMutAct_9fa48("1472") ? "" : (stryCov_9fa48("1472"), 'INTERRUPTED'), stryMutAct_9fa48("1473") ? "" : (stryCov_9fa48("1473"), 'the run was interrupted'));
      return onExternalAbort;
    })());
    if (stryMutAct_9fa48("1476") ? settings.signal.aborted : stryMutAct_9fa48("1475") ? false : stryMutAct_9fa48("1474") ? true : (stryCov_9fa48("1474", "1475", "1476"), settings.signal?.aborted)) {
      if (stryMutAct_9fa48("1477")) {
        {}
      } else {
        stryCov_9fa48("1477");
        onExternalAbort();
      }
    }
    stryMutAct_9fa48("1478") ? settings.signal.addEventListener('abort', onExternalAbort, {
      once: true
    }) : (stryCov_9fa48("1478"), settings.signal?.addEventListener(stryMutAct_9fa48("1479") ? "" : (stryCov_9fa48("1479"), 'abort'), onExternalAbort, stryMutAct_9fa48("1480") ? {} : (stryCov_9fa48("1480"), {
      once: stryMutAct_9fa48("1481") ? false : (stryCov_9fa48("1481"), true)
    })));

    /** Contact Id → the row that names it; Email rows must not name a contact another row names. */
    const claimed = new Map<string, number>();
    for (const row of rows) {
      if (stryMutAct_9fa48("1482")) {
        {}
      } else {
        stryCov_9fa48("1482");
        if (stryMutAct_9fa48("1484") ? false : stryMutAct_9fa48("1483") ? true : (stryCov_9fa48("1483", "1484"), row.contactId)) {
          if (stryMutAct_9fa48("1485")) {
            {}
          } else {
            stryCov_9fa48("1485");
            claimed.set(row.contactId, row.row);
          }
        }
      }
    }
    const chunks = chunk(rows, settings.chunkSize);
    const results = new Map<number, ResultRow>();
    let rowsDone = 0;
    let chunksDone = 0;
    let failed = 0;
    const notSent = stryMutAct_9fa48("1486") ? () => undefined : (stryCov_9fa48("1486"), (() => {
      const notSent = (row: StudentRow, contactId: string): ResultRow => errorResult(row.row, contactId, stryMutAct_9fa48("1487") ? row.emailAsWritten && '' : (stryCov_9fa48("1487"), row.emailAsWritten ?? (stryMutAct_9fa48("1488") ? "Stryker was here!" : (stryCov_9fa48("1488"), ''))), stryMutAct_9fa48("1489") ? {} : (stryCov_9fa48("1489"), {
        code: stryMutAct_9fa48("1490") ? stop?.code && 'NOT_SENT' : (stryCov_9fa48("1490"), (stryMutAct_9fa48("1491") ? stop.code : (stryCov_9fa48("1491"), stop?.code)) ?? (stryMutAct_9fa48("1492") ? "" : (stryCov_9fa48("1492"), 'NOT_SENT'))),
        message: stryMutAct_9fa48("1493") ? `` : (stryCov_9fa48("1493"), `Not sent: the run stopped (${stryMutAct_9fa48("1494") ? stop?.code && 'stopped' : (stryCov_9fa48("1494"), (stryMutAct_9fa48("1495") ? stop.code : (stryCov_9fa48("1495"), stop?.code)) ?? (stryMutAct_9fa48("1496") ? "" : (stryCov_9fa48("1496"), 'stopped')))}: ${stryMutAct_9fa48("1497") ? stop?.message && '' : (stryCov_9fa48("1497"), (stryMutAct_9fa48("1498") ? stop.message : (stryCov_9fa48("1498"), stop?.message)) ?? (stryMutAct_9fa48("1499") ? "Stryker was here!" : (stryCov_9fa48("1499"), '')))}). Fix that, then re-run with --resume.`)
      }), stryMutAct_9fa48("1500") ? "" : (stryCov_9fa48("1500"), 'NOT_SENT'));
      return notSent;
    })());
    /** Lifecycle rows name their action on every row, also those the CLI itself fills (lookup errors, not sent). */
    const stamp = stryMutAct_9fa48("1501") ? () => undefined : (stryCov_9fa48("1501"), (() => {
      const stamp = (result: ResultRow): ResultRow => operation.action ? stryMutAct_9fa48("1502") ? {} : (stryCov_9fa48("1502"), {
        ...result,
        action: stryMutAct_9fa48("1505") ? result.action && operation.action : stryMutAct_9fa48("1504") ? false : stryMutAct_9fa48("1503") ? true : (stryCov_9fa48("1503", "1504", "1505"), result.action || operation.action),
        errorFix: stryMutAct_9fa48("1506") ? result.errorFix && '' : (stryCov_9fa48("1506"), result.errorFix ?? (stryMutAct_9fa48("1507") ? "Stryker was here!" : (stryCov_9fa48("1507"), '')))
      }) : result;
      return stamp;
    })());
    const record = (result: ResultRow): void => {
      if (stryMutAct_9fa48("1508")) {
        {}
      } else {
        stryCov_9fa48("1508");
        results.set(result.row, stamp(result));
      }
    };

    /** Retries `call` on transient errors; returns its value or the classified final error. */
    const withRetry = async <T,>(chunkIndex: number, rowCount: number, call: () => Promise<T>): Promise<{
      ok: true;
      value: T;
    } | {
      ok: false;
      error: ClassifiedError;
      attempts: number;
    }> => {
      if (stryMutAct_9fa48("1509")) {
        {}
      } else {
        stryCov_9fa48("1509");
        if (stryMutAct_9fa48("1510")) {
          for (let attempt = 0; false; attempt++) {
            try {
              return {
                ok: true,
                value: await call()
              };
            } catch (thrown) {
              const error = classifyError(thrown);
              if (error.kind !== 'transient' || attempt >= settings.retry.maxRetries || stop) {
                return {
                  ok: false,
                  error,
                  attempts: attempt + 1
                };
              }
              const delayMs = backoffDelay(attempt + 1, settings.retry, random);
              stats.retries++;
              events.onRetry?.({
                chunk: chunkIndex + 1,
                retry: attempt + 1,
                code: error.code,
                delayMs,
                rows: rowCount
              });
              await sleep(delayMs, stopController.signal);
              const stopped = currentStop();
              if (stopped) {
                return {
                  ok: false,
                  error: {
                    kind: 'stop',
                    ...stopped
                  },
                  attempts: attempt + 1
                };
              }
            }
          }
        } else {
          stryCov_9fa48("1510");
          for (let attempt = 0;; stryMutAct_9fa48("1511") ? attempt-- : (stryCov_9fa48("1511"), attempt++)) {
            if (stryMutAct_9fa48("1512")) {
              {}
            } else {
              stryCov_9fa48("1512");
              try {
                if (stryMutAct_9fa48("1513")) {
                  {}
                } else {
                  stryCov_9fa48("1513");
                  return stryMutAct_9fa48("1514") ? {} : (stryCov_9fa48("1514"), {
                    ok: stryMutAct_9fa48("1515") ? false : (stryCov_9fa48("1515"), true),
                    value: await call()
                  });
                }
              } catch (thrown) {
                if (stryMutAct_9fa48("1516")) {
                  {}
                } else {
                  stryCov_9fa48("1516");
                  const error = classifyError(thrown);
                  if (stryMutAct_9fa48("1519") ? (error.kind !== 'transient' || attempt >= settings.retry.maxRetries) && stop : stryMutAct_9fa48("1518") ? false : stryMutAct_9fa48("1517") ? true : (stryCov_9fa48("1517", "1518", "1519"), (stryMutAct_9fa48("1521") ? error.kind !== 'transient' && attempt >= settings.retry.maxRetries : stryMutAct_9fa48("1520") ? false : (stryCov_9fa48("1520", "1521"), (stryMutAct_9fa48("1523") ? error.kind === 'transient' : stryMutAct_9fa48("1522") ? false : (stryCov_9fa48("1522", "1523"), error.kind !== (stryMutAct_9fa48("1524") ? "" : (stryCov_9fa48("1524"), 'transient')))) || (stryMutAct_9fa48("1527") ? attempt < settings.retry.maxRetries : stryMutAct_9fa48("1526") ? attempt > settings.retry.maxRetries : stryMutAct_9fa48("1525") ? false : (stryCov_9fa48("1525", "1526", "1527"), attempt >= settings.retry.maxRetries)))) || stop)) {
                    if (stryMutAct_9fa48("1528")) {
                      {}
                    } else {
                      stryCov_9fa48("1528");
                      return stryMutAct_9fa48("1529") ? {} : (stryCov_9fa48("1529"), {
                        ok: stryMutAct_9fa48("1530") ? true : (stryCov_9fa48("1530"), false),
                        error,
                        attempts: stryMutAct_9fa48("1531") ? attempt - 1 : (stryCov_9fa48("1531"), attempt + 1)
                      });
                    }
                  }
                  const delayMs = backoffDelay(stryMutAct_9fa48("1532") ? attempt - 1 : (stryCov_9fa48("1532"), attempt + 1), settings.retry, random);
                  stryMutAct_9fa48("1533") ? stats.retries-- : (stryCov_9fa48("1533"), stats.retries++);
                  stryMutAct_9fa48("1534") ? events.onRetry({
                    chunk: chunkIndex + 1,
                    retry: attempt + 1,
                    code: error.code,
                    delayMs,
                    rows: rowCount
                  }) : (stryCov_9fa48("1534"), events.onRetry?.(stryMutAct_9fa48("1535") ? {} : (stryCov_9fa48("1535"), {
                    chunk: stryMutAct_9fa48("1536") ? chunkIndex - 1 : (stryCov_9fa48("1536"), chunkIndex + 1),
                    retry: stryMutAct_9fa48("1537") ? attempt - 1 : (stryCov_9fa48("1537"), attempt + 1),
                    code: error.code,
                    delayMs,
                    rows: rowCount
                  })));
                  await sleep(delayMs, stopController.signal);
                  const stopped = currentStop();
                  if (stryMutAct_9fa48("1539") ? false : stryMutAct_9fa48("1538") ? true : (stryCov_9fa48("1538", "1539"), stopped)) {
                    if (stryMutAct_9fa48("1540")) {
                      {}
                    } else {
                      stryCov_9fa48("1540");
                      return stryMutAct_9fa48("1541") ? {} : (stryCov_9fa48("1541"), {
                        ok: stryMutAct_9fa48("1542") ? true : (stryCov_9fa48("1542"), false),
                        error: stryMutAct_9fa48("1543") ? {} : (stryCov_9fa48("1543"), {
                          kind: stryMutAct_9fa48("1544") ? "" : (stryCov_9fa48("1544"), 'stop'),
                          ...stopped
                        }),
                        attempts: stryMutAct_9fa48("1545") ? attempt - 1 : (stryCov_9fa48("1545"), attempt + 1)
                      });
                    }
                  }
                }
              }
            }
          }
        }
      }
    };

    /**
     * Runs one lookup query of a chunk (with retries). On failure it records the lookup rows' error and returns no
     * records; a stop marks the whole chunk not sent.
     */
    const lookup = async <T extends Record<string, unknown>,>(chunkIndex: number, chunkRows: StudentRow[], lookupRows: StudentRow[], soql: string, failure: (error: ClassifiedError, attempts: number) => {
      code: string;
      field: string;
      message: string;
    }): Promise<{
      records: T[];
      stopped: boolean;
    }> => {
      if (stryMutAct_9fa48("1546")) {
        {}
      } else {
        stryCov_9fa48("1546");
        const answer = await withRetry(chunkIndex, lookupRows.length, () => {
          if (stryMutAct_9fa48("1547")) {
            {}
          } else {
            stryCov_9fa48("1547");
            stryMutAct_9fa48("1548") ? stats.queryCalls-- : (stryCov_9fa48("1548"), stats.queryCalls++);
            return api.queryAll<T>(soql);
          }
        });
        if (stryMutAct_9fa48("1550") ? false : stryMutAct_9fa48("1549") ? true : (stryCov_9fa48("1549", "1550"), answer.ok)) {
          if (stryMutAct_9fa48("1551")) {
            {}
          } else {
            stryCov_9fa48("1551");
            return stryMutAct_9fa48("1552") ? {} : (stryCov_9fa48("1552"), {
              records: answer.value,
              stopped: stryMutAct_9fa48("1553") ? true : (stryCov_9fa48("1553"), false)
            });
          }
        }
        if (stryMutAct_9fa48("1556") ? answer.error.kind !== 'stop' : stryMutAct_9fa48("1555") ? false : stryMutAct_9fa48("1554") ? true : (stryCov_9fa48("1554", "1555", "1556"), answer.error.kind === (stryMutAct_9fa48("1557") ? "" : (stryCov_9fa48("1557"), 'stop')))) {
          if (stryMutAct_9fa48("1558")) {
            {}
          } else {
            stryCov_9fa48("1558");
            requestStop(answer.error.code, answer.error.message);
            chunkRows.forEach(stryMutAct_9fa48("1559") ? () => undefined : (stryCov_9fa48("1559"), row => record(notSent(row, stryMutAct_9fa48("1560") ? row.contactId && '' : (stryCov_9fa48("1560"), row.contactId ?? (stryMutAct_9fa48("1561") ? "Stryker was here!" : (stryCov_9fa48("1561"), '')))))));
            return stryMutAct_9fa48("1562") ? {} : (stryCov_9fa48("1562"), {
              records: stryMutAct_9fa48("1563") ? ["Stryker was here"] : (stryCov_9fa48("1563"), []),
              stopped: stryMutAct_9fa48("1564") ? false : (stryCov_9fa48("1564"), true)
            });
          }
        }
        for (const row of lookupRows) {
          if (stryMutAct_9fa48("1565")) {
            {}
          } else {
            stryCov_9fa48("1565");
            record(errorResult(row.row, stryMutAct_9fa48("1566") ? "Stryker was here!" : (stryCov_9fa48("1566"), ''), stryMutAct_9fa48("1567") ? row.emailAsWritten && '' : (stryCov_9fa48("1567"), row.emailAsWritten ?? (stryMutAct_9fa48("1568") ? "Stryker was here!" : (stryCov_9fa48("1568"), ''))), failure(answer.error, answer.attempts)));
          }
        }
        return stryMutAct_9fa48("1569") ? {} : (stryCov_9fa48("1569"), {
          records: stryMutAct_9fa48("1570") ? ["Stryker was here"] : (stryCov_9fa48("1570"), []),
          stopped: stryMutAct_9fa48("1571") ? true : (stryCov_9fa48("1571"), false)
        });
      }
    };

    /**
     * Resolves the chunk's email rows and person account rows with one query each (when it has any); returns the
     * rows to send.
     */
    const resolveChunk = async (chunkIndex: number, chunkRows: StudentRow[]): Promise<Pending[]> => {
      if (stryMutAct_9fa48("1572")) {
        {}
      } else {
        stryCov_9fa48("1572");
        const toSend: Pending[] = stryMutAct_9fa48("1573") ? ["Stryker was here"] : (stryCov_9fa48("1573"), []);
        const emailRows = stryMutAct_9fa48("1574") ? chunkRows : (stryCov_9fa48("1574"), chunkRows.filter(stryMutAct_9fa48("1575") ? () => undefined : (stryCov_9fa48("1575"), row => stryMutAct_9fa48("1578") ? !row.contactId && !row.accountId || row.email : stryMutAct_9fa48("1577") ? false : stryMutAct_9fa48("1576") ? true : (stryCov_9fa48("1576", "1577", "1578"), (stryMutAct_9fa48("1580") ? !row.contactId || !row.accountId : stryMutAct_9fa48("1579") ? true : (stryCov_9fa48("1579", "1580"), (stryMutAct_9fa48("1581") ? row.contactId : (stryCov_9fa48("1581"), !row.contactId)) && (stryMutAct_9fa48("1582") ? row.accountId : (stryCov_9fa48("1582"), !row.accountId)))) && row.email))));
        const accountRows = stryMutAct_9fa48("1583") ? chunkRows : (stryCov_9fa48("1583"), chunkRows.filter(stryMutAct_9fa48("1584") ? () => undefined : (stryCov_9fa48("1584"), row => stryMutAct_9fa48("1587") ? !row.contactId || row.accountId : stryMutAct_9fa48("1586") ? false : stryMutAct_9fa48("1585") ? true : (stryCov_9fa48("1585", "1586", "1587"), (stryMutAct_9fa48("1588") ? row.contactId : (stryCov_9fa48("1588"), !row.contactId)) && row.accountId))));
        let byEmail = new Map<string, string[]>();
        let byAccount = new Map<string, AccountRecord>();
        if (stryMutAct_9fa48("1592") ? emailRows.length <= 0 : stryMutAct_9fa48("1591") ? emailRows.length >= 0 : stryMutAct_9fa48("1590") ? false : stryMutAct_9fa48("1589") ? true : (stryCov_9fa48("1589", "1590", "1591", "1592"), emailRows.length > 0)) {
          if (stryMutAct_9fa48("1593")) {
            {}
          } else {
            stryCov_9fa48("1593");
            const emails = stryMutAct_9fa48("1594") ? [] : (stryCov_9fa48("1594"), [...new Set(emailRows.map(stryMutAct_9fa48("1595") ? () => undefined : (stryCov_9fa48("1595"), row => row.email as string)))]);
            const answer = await lookup<EmailRecord>(chunkIndex, chunkRows, emailRows, emailLookupQuery(emails), stryMutAct_9fa48("1596") ? () => undefined : (stryCov_9fa48("1596"), (error, attempts) => stryMutAct_9fa48("1597") ? {} : (stryCov_9fa48("1597"), {
              code: error.code,
              field: stryMutAct_9fa48("1598") ? "" : (stryCov_9fa48("1598"), 'email'),
              message: stryMutAct_9fa48("1599") ? `` : (stryCov_9fa48("1599"), `Could not look up the email (${attempts} attempt(s)): ${error.message}`)
            })));
            if (stryMutAct_9fa48("1601") ? false : stryMutAct_9fa48("1600") ? true : (stryCov_9fa48("1600", "1601"), answer.stopped)) {
              if (stryMutAct_9fa48("1602")) {
                {}
              } else {
                stryCov_9fa48("1602");
                return stryMutAct_9fa48("1603") ? ["Stryker was here"] : (stryCov_9fa48("1603"), []);
              }
            }
            byEmail = groupContactsByEmail(answer.records);
          }
        }
        if (stryMutAct_9fa48("1607") ? accountRows.length <= 0 : stryMutAct_9fa48("1606") ? accountRows.length >= 0 : stryMutAct_9fa48("1605") ? false : stryMutAct_9fa48("1604") ? true : (stryCov_9fa48("1604", "1605", "1606", "1607"), accountRows.length > 0)) {
          if (stryMutAct_9fa48("1608")) {
            {}
          } else {
            stryCov_9fa48("1608");
            const accountIds = stryMutAct_9fa48("1609") ? [] : (stryCov_9fa48("1609"), [...new Set(accountRows.map(stryMutAct_9fa48("1610") ? () => undefined : (stryCov_9fa48("1610"), row => row.accountId as string)))]);
            const answer = await lookup<AccountRecord>(chunkIndex, chunkRows, accountRows, personAccountLookupQuery(accountIds), accountLookupFailure);
            if (stryMutAct_9fa48("1612") ? false : stryMutAct_9fa48("1611") ? true : (stryCov_9fa48("1611", "1612"), answer.stopped)) {
              if (stryMutAct_9fa48("1613")) {
                {}
              } else {
                stryCov_9fa48("1613");
                return stryMutAct_9fa48("1614") ? ["Stryker was here"] : (stryCov_9fa48("1614"), []);
              }
            }
            byAccount = new Map(answer.records.map(stryMutAct_9fa48("1615") ? () => undefined : (stryCov_9fa48("1615"), account => stryMutAct_9fa48("1616") ? [] : (stryCov_9fa48("1616"), [account.Id, account]))));
          }
        }
        for (const row of chunkRows) {
          if (stryMutAct_9fa48("1617")) {
            {}
          } else {
            stryCov_9fa48("1617");
            if (stryMutAct_9fa48("1619") ? false : stryMutAct_9fa48("1618") ? true : (stryCov_9fa48("1618", "1619"), results.has(row.row))) {
              if (stryMutAct_9fa48("1620")) {
                {}
              } else {
                stryCov_9fa48("1620");
                continue;
              }
            }
            const email = stryMutAct_9fa48("1621") ? row.emailAsWritten && '' : (stryCov_9fa48("1621"), row.emailAsWritten ?? (stryMutAct_9fa48("1622") ? "Stryker was here!" : (stryCov_9fa48("1622"), '')));
            let contactId = row.contactId;
            if (stryMutAct_9fa48("1625") ? false : stryMutAct_9fa48("1624") ? true : stryMutAct_9fa48("1623") ? contactId : (stryCov_9fa48("1623", "1624", "1625"), !contactId)) {
              if (stryMutAct_9fa48("1626")) {
                {}
              } else {
                stryCov_9fa48("1626");
                const found = row.accountId ? personContactOf(row.accountId, byAccount.get(row.accountId)) : contactOfEmail(email, stryMutAct_9fa48("1627") ? byEmail.get(row.email ?? '') && [] : (stryCov_9fa48("1627"), byEmail.get(stryMutAct_9fa48("1628") ? row.email && '' : (stryCov_9fa48("1628"), row.email ?? (stryMutAct_9fa48("1629") ? "Stryker was here!" : (stryCov_9fa48("1629"), '')))) ?? (stryMutAct_9fa48("1630") ? ["Stryker was here"] : (stryCov_9fa48("1630"), []))));
                if (stryMutAct_9fa48("1632") ? false : stryMutAct_9fa48("1631") ? true : (stryCov_9fa48("1631", "1632"), (stryMutAct_9fa48("1633") ? "" : (stryCov_9fa48("1633"), 'error')) in found)) {
                  if (stryMutAct_9fa48("1634")) {
                    {}
                  } else {
                    stryCov_9fa48("1634");
                    record(errorResult(row.row, stryMutAct_9fa48("1635") ? "Stryker was here!" : (stryCov_9fa48("1635"), ''), email, found.error));
                    continue;
                  }
                }
                contactId = found.contactId;
                const owner = claimed.get(contactId);
                if (stryMutAct_9fa48("1638") ? owner !== undefined || owner !== row.row : stryMutAct_9fa48("1637") ? false : stryMutAct_9fa48("1636") ? true : (stryCov_9fa48("1636", "1637", "1638"), (stryMutAct_9fa48("1640") ? owner === undefined : stryMutAct_9fa48("1639") ? true : (stryCov_9fa48("1639", "1640"), owner !== undefined)) && (stryMutAct_9fa48("1642") ? owner === row.row : stryMutAct_9fa48("1641") ? true : (stryCov_9fa48("1641", "1642"), owner !== row.row)))) {
                  if (stryMutAct_9fa48("1643")) {
                    {}
                  } else {
                    stryCov_9fa48("1643");
                    record(errorResult(row.row, contactId, email, stryMutAct_9fa48("1644") ? {} : (stryCov_9fa48("1644"), {
                      code: stryMutAct_9fa48("1645") ? "" : (stryCov_9fa48("1645"), 'DUPLICATE_IN_BATCH'),
                      field: stryMutAct_9fa48("1646") ? "" : (stryCov_9fa48("1646"), 'contactId'),
                      message: stryMutAct_9fa48("1647") ? `` : (stryCov_9fa48("1647"), `${row.accountId ? stryMutAct_9fa48("1648") ? `` : (stryCov_9fa48("1648"), `The account ${row.accountId}`) : stryMutAct_9fa48("1649") ? `` : (stryCov_9fa48("1649"), `The email ${email}`)} belongs to contact ${contactId}, which line ${owner} already names: remove one of the rows.`)
                    })));
                    continue;
                  }
                }
                claimed.set(contactId, row.row);
              }
            }
            toSend.push(stryMutAct_9fa48("1650") ? {} : (stryCov_9fa48("1650"), {
              row,
              contactId,
              input: inputOf(row, contactId)
            }));
          }
        }
        return toSend;
      }
    };

    /** Sends the chunk; retries only the inputs that failed transiently. */
    const sendChunk = async (chunkIndex: number, initial: Pending[]): Promise<void> => {
      if (stryMutAct_9fa48("1651")) {
        {}
      } else {
        stryCov_9fa48("1651");
        let pending = initial;
        for (let attempt = 0; stryMutAct_9fa48("1654") ? pending.length <= 0 : stryMutAct_9fa48("1653") ? pending.length >= 0 : stryMutAct_9fa48("1652") ? false : (stryCov_9fa48("1652", "1653", "1654"), pending.length > 0); stryMutAct_9fa48("1655") ? attempt-- : (stryCov_9fa48("1655"), attempt++)) {
          if (stryMutAct_9fa48("1656")) {
            {}
          } else {
            stryCov_9fa48("1656");
            if (stryMutAct_9fa48("1658") ? false : stryMutAct_9fa48("1657") ? true : (stryCov_9fa48("1657", "1658"), stop)) {
              if (stryMutAct_9fa48("1659")) {
                {}
              } else {
                stryCov_9fa48("1659");
                pending.forEach(stryMutAct_9fa48("1660") ? () => undefined : (stryCov_9fa48("1660"), item => record(notSent(item.row, item.contactId))));
                return;
              }
            }
            let actionResults: ActionResult[] | undefined;
            let requestError: ClassifiedError | undefined;
            try {
              if (stryMutAct_9fa48("1661")) {
                {}
              } else {
                stryCov_9fa48("1661");
                stryMutAct_9fa48("1662") ? stats.actionCalls-- : (stryCov_9fa48("1662"), stats.actionCalls++);
                actionResults = await api.invokeAction(pending.map(stryMutAct_9fa48("1663") ? () => undefined : (stryCov_9fa48("1663"), item => item.input)), operation.actionName);
              }
            } catch (thrown) {
              if (stryMutAct_9fa48("1664")) {
                {}
              } else {
                stryCov_9fa48("1664");
                actionResults = resultsInError(thrown);
                requestError = actionResults ? undefined : classifyError(thrown);
              }
            }
            if (stryMutAct_9fa48("1667") ? requestError?.kind !== 'stop' : stryMutAct_9fa48("1666") ? false : stryMutAct_9fa48("1665") ? true : (stryCov_9fa48("1665", "1666", "1667"), (stryMutAct_9fa48("1668") ? requestError.kind : (stryCov_9fa48("1668"), requestError?.kind)) === (stryMutAct_9fa48("1669") ? "" : (stryCov_9fa48("1669"), 'stop')))) {
              if (stryMutAct_9fa48("1670")) {
                {}
              } else {
                stryCov_9fa48("1670");
                requestStop(requestError.code, requestError.message);
                pending.forEach(stryMutAct_9fa48("1671") ? () => undefined : (stryCov_9fa48("1671"), item => record(notSent(item.row, item.contactId))));
                return;
              }
            }
            if (stryMutAct_9fa48("1674") ? requestError?.kind !== 'fail' : stryMutAct_9fa48("1673") ? false : stryMutAct_9fa48("1672") ? true : (stryCov_9fa48("1672", "1673", "1674"), (stryMutAct_9fa48("1675") ? requestError.kind : (stryCov_9fa48("1675"), requestError?.kind)) === (stryMutAct_9fa48("1676") ? "" : (stryCov_9fa48("1676"), 'fail')))) {
              if (stryMutAct_9fa48("1677")) {
                {}
              } else {
                stryCov_9fa48("1677");
                pending.forEach(stryMutAct_9fa48("1678") ? () => undefined : (stryCov_9fa48("1678"), item => record(errorResult(item.row.row, item.contactId, stryMutAct_9fa48("1679") ? item.row.emailAsWritten && '' : (stryCov_9fa48("1679"), item.row.emailAsWritten ?? (stryMutAct_9fa48("1680") ? "Stryker was here!" : (stryCov_9fa48("1680"), ''))), stryMutAct_9fa48("1681") ? {} : (stryCov_9fa48("1681"), {
                  code: requestError.code,
                  message: stryMutAct_9fa48("1682") ? `` : (stryCov_9fa48("1682"), `The action call failed: ${requestError.message}`)
                })))));
                return;
              }
            }
            const retryable: {
              item: Pending;
              code: string;
              message: string;
            }[] = stryMutAct_9fa48("1683") ? ["Stryker was here"] : (stryCov_9fa48("1683"), []);
            pending.forEach((item, index) => {
              if (stryMutAct_9fa48("1684")) {
                {}
              } else {
                stryCov_9fa48("1684");
                if (stryMutAct_9fa48("1686") ? false : stryMutAct_9fa48("1685") ? true : (stryCov_9fa48("1685", "1686"), requestError)) {
                  if (stryMutAct_9fa48("1687")) {
                    {}
                  } else {
                    stryCov_9fa48("1687");
                    retryable.push(stryMutAct_9fa48("1688") ? {} : (stryCov_9fa48("1688"), {
                      item,
                      code: requestError.code,
                      message: requestError.message
                    }));
                    return;
                  }
                }
                const result = stryMutAct_9fa48("1689") ? actionResults[index] : (stryCov_9fa48("1689"), actionResults?.[index]);
                const firstError = stryMutAct_9fa48("1691") ? result.errors?.[0] : stryMutAct_9fa48("1690") ? result?.errors[0] : (stryCov_9fa48("1690", "1691"), result?.errors?.[0]);
                const output = stryMutAct_9fa48("1692") ? result.outputValues : (stryCov_9fa48("1692"), result?.outputValues);
                if (stryMutAct_9fa48("1695") ? result && !result.isSuccess && firstError || isTransientCode(firstError.statusCode, firstError.message) : stryMutAct_9fa48("1694") ? false : stryMutAct_9fa48("1693") ? true : (stryCov_9fa48("1693", "1694", "1695"), (stryMutAct_9fa48("1697") ? result && !result.isSuccess || firstError : stryMutAct_9fa48("1696") ? true : (stryCov_9fa48("1696", "1697"), (stryMutAct_9fa48("1699") ? result || !result.isSuccess : stryMutAct_9fa48("1698") ? true : (stryCov_9fa48("1698", "1699"), result && (stryMutAct_9fa48("1700") ? result.isSuccess : (stryCov_9fa48("1700"), !result.isSuccess)))) && firstError)) && isTransientCode(firstError.statusCode, firstError.message))) {
                  if (stryMutAct_9fa48("1701")) {
                    {}
                  } else {
                    stryCov_9fa48("1701");
                    retryable.push(stryMutAct_9fa48("1702") ? {} : (stryCov_9fa48("1702"), {
                      item,
                      code: transientCode(firstError.statusCode, firstError.message),
                      message: firstError.message
                    }));
                  }
                } else if (stryMutAct_9fa48("1705") ? result?.isSuccess && output?.status === 'FAILED' || isTransientCode(output.errorCode ?? '', output.message) : stryMutAct_9fa48("1704") ? false : stryMutAct_9fa48("1703") ? true : (stryCov_9fa48("1703", "1704", "1705"), (stryMutAct_9fa48("1707") ? result?.isSuccess || output?.status === 'FAILED' : stryMutAct_9fa48("1706") ? true : (stryCov_9fa48("1706", "1707"), (stryMutAct_9fa48("1708") ? result.isSuccess : (stryCov_9fa48("1708"), result?.isSuccess)) && (stryMutAct_9fa48("1710") ? output?.status !== 'FAILED' : stryMutAct_9fa48("1709") ? true : (stryCov_9fa48("1709", "1710"), (stryMutAct_9fa48("1711") ? output.status : (stryCov_9fa48("1711"), output?.status)) === (stryMutAct_9fa48("1712") ? "" : (stryCov_9fa48("1712"), 'FAILED')))))) && isTransientCode(stryMutAct_9fa48("1713") ? output.errorCode && '' : (stryCov_9fa48("1713"), output.errorCode ?? (stryMutAct_9fa48("1714") ? "Stryker was here!" : (stryCov_9fa48("1714"), ''))), output.message))) {
                  if (stryMutAct_9fa48("1715")) {
                    {}
                  } else {
                    stryCov_9fa48("1715");
                    retryable.push(stryMutAct_9fa48("1716") ? {} : (stryCov_9fa48("1716"), {
                      item,
                      code: transientCode(stryMutAct_9fa48("1717") ? output.errorCode && '' : (stryCov_9fa48("1717"), output.errorCode ?? (stryMutAct_9fa48("1718") ? "Stryker was here!" : (stryCov_9fa48("1718"), ''))), output.message),
                      message: stryMutAct_9fa48("1719") ? output.message && '' : (stryCov_9fa48("1719"), output.message ?? (stryMutAct_9fa48("1720") ? "Stryker was here!" : (stryCov_9fa48("1720"), '')))
                    }));
                  }
                } else {
                  if (stryMutAct_9fa48("1721")) {
                    {}
                  } else {
                    stryCov_9fa48("1721");
                    record(toResultRow(item.row, item.contactId, result, operation));
                  }
                }
              }
            });
            if (stryMutAct_9fa48("1724") ? retryable.length !== 0 : stryMutAct_9fa48("1723") ? false : stryMutAct_9fa48("1722") ? true : (stryCov_9fa48("1722", "1723", "1724"), retryable.length === 0)) {
              if (stryMutAct_9fa48("1725")) {
                {}
              } else {
                stryCov_9fa48("1725");
                return;
              }
            }
            if (stryMutAct_9fa48("1729") ? attempt < settings.retry.maxRetries : stryMutAct_9fa48("1728") ? attempt > settings.retry.maxRetries : stryMutAct_9fa48("1727") ? false : stryMutAct_9fa48("1726") ? true : (stryCov_9fa48("1726", "1727", "1728", "1729"), attempt >= settings.retry.maxRetries)) {
              if (stryMutAct_9fa48("1730")) {
                {}
              } else {
                stryCov_9fa48("1730");
                retryable.forEach(stryMutAct_9fa48("1731") ? () => undefined : (stryCov_9fa48("1731"), ({
                  item,
                  code,
                  message
                }) => record(errorResult(item.row.row, item.contactId, stryMutAct_9fa48("1732") ? item.row.emailAsWritten && '' : (stryCov_9fa48("1732"), item.row.emailAsWritten ?? (stryMutAct_9fa48("1733") ? "Stryker was here!" : (stryCov_9fa48("1733"), ''))), stryMutAct_9fa48("1734") ? {} : (stryCov_9fa48("1734"), {
                  code,
                  message: stryMutAct_9fa48("1735") ? `` : (stryCov_9fa48("1735"), `Gave up after ${stryMutAct_9fa48("1736") ? attempt - 1 : (stryCov_9fa48("1736"), attempt + 1)} attempts (${code}): ${message}. Re-run with --resume to try again.`)
                })))));
                return;
              }
            }
            const delayMs = backoffDelay(stryMutAct_9fa48("1737") ? attempt - 1 : (stryCov_9fa48("1737"), attempt + 1), settings.retry, random);
            stryMutAct_9fa48("1738") ? stats.retries-- : (stryCov_9fa48("1738"), stats.retries++);
            stryMutAct_9fa48("1739") ? events.onRetry({
              chunk: chunkIndex + 1,
              retry: attempt + 1,
              code: retryable[0].code,
              delayMs,
              rows: retryable.length
            }) : (stryCov_9fa48("1739"), events.onRetry?.(stryMutAct_9fa48("1740") ? {} : (stryCov_9fa48("1740"), {
              chunk: stryMutAct_9fa48("1741") ? chunkIndex - 1 : (stryCov_9fa48("1741"), chunkIndex + 1),
              retry: stryMutAct_9fa48("1742") ? attempt - 1 : (stryCov_9fa48("1742"), attempt + 1),
              code: retryable[0].code,
              delayMs,
              rows: retryable.length
            })));
            await sleep(delayMs, stopController.signal);
            pending = retryable.map(stryMutAct_9fa48("1743") ? () => undefined : (stryCov_9fa48("1743"), ({
              item
            }) => item));
          }
        }
      }
    };
    await runPool(chunks, settings.concurrency, async (chunkRows, chunkIndex) => {
      if (stryMutAct_9fa48("1744")) {
        {}
      } else {
        stryCov_9fa48("1744");
        const toSend = await resolveChunk(chunkIndex, chunkRows);
        await sendChunk(chunkIndex, toSend);
        stryMutAct_9fa48("1745") ? events.onChunkResults(chunkRows.flatMap(row => {
          const result = results.get(row.row);
          return result ? [result] : [];
        })) : (stryCov_9fa48("1745"), events.onChunkResults?.(chunkRows.flatMap(row => {
          if (stryMutAct_9fa48("1746")) {
            {}
          } else {
            stryCov_9fa48("1746");
            const result = results.get(row.row);
            return result ? stryMutAct_9fa48("1747") ? [] : (stryCov_9fa48("1747"), [result]) : stryMutAct_9fa48("1748") ? ["Stryker was here"] : (stryCov_9fa48("1748"), []);
          }
        })));
        stryMutAct_9fa48("1749") ? chunksDone-- : (stryCov_9fa48("1749"), chunksDone++);
        stryMutAct_9fa48("1750") ? rowsDone -= chunkRows.length : (stryCov_9fa48("1750"), rowsDone += chunkRows.length);
        stryMutAct_9fa48("1751") ? failed -= chunkRows.filter(row => results.get(row.row)?.status === 'FAILED').length : (stryCov_9fa48("1751"), failed += stryMutAct_9fa48("1752") ? chunkRows.length : (stryCov_9fa48("1752"), chunkRows.filter(stryMutAct_9fa48("1753") ? () => undefined : (stryCov_9fa48("1753"), row => stryMutAct_9fa48("1756") ? results.get(row.row)?.status !== 'FAILED' : stryMutAct_9fa48("1755") ? false : stryMutAct_9fa48("1754") ? true : (stryCov_9fa48("1754", "1755", "1756"), (stryMutAct_9fa48("1757") ? results.get(row.row).status : (stryCov_9fa48("1757"), results.get(row.row)?.status)) === (stryMutAct_9fa48("1758") ? "" : (stryCov_9fa48("1758"), 'FAILED'))))).length));
        stryMutAct_9fa48("1759") ? events.onProgress({
          rowsDone,
          rowsTotal: rows.length,
          failed,
          chunksDone,
          chunksTotal: chunks.length
        }) : (stryCov_9fa48("1759"), events.onProgress?.(stryMutAct_9fa48("1760") ? {} : (stryCov_9fa48("1760"), {
          rowsDone,
          rowsTotal: rows.length,
          failed,
          chunksDone,
          chunksTotal: chunks.length
        })));
      }
    }, stryMutAct_9fa48("1761") ? () => undefined : (stryCov_9fa48("1761"), () => stryMutAct_9fa48("1762") ? stop : (stryCov_9fa48("1762"), !stop)));
    stryMutAct_9fa48("1763") ? settings.signal.removeEventListener('abort', onExternalAbort) : (stryCov_9fa48("1763"), settings.signal?.removeEventListener(stryMutAct_9fa48("1764") ? "" : (stryCov_9fa48("1764"), 'abort'), onExternalAbort));
    const ordered = rows.map(stryMutAct_9fa48("1765") ? () => undefined : (stryCov_9fa48("1765"), row => stryMutAct_9fa48("1766") ? results.get(row.row) && stamp(notSent(row, row.contactId ?? '')) : (stryCov_9fa48("1766"), results.get(row.row) ?? stamp(notSent(row, stryMutAct_9fa48("1767") ? row.contactId && '' : (stryCov_9fa48("1767"), row.contactId ?? (stryMutAct_9fa48("1768") ? "Stryker was here!" : (stryCov_9fa48("1768"), ''))))))));
    return stryMutAct_9fa48("1769") ? {} : (stryCov_9fa48("1769"), {
      results: ordered,
      stop,
      stats
    });
  }
}
function transientCode(code: string, message: string | null | undefined): string {
  if (stryMutAct_9fa48("1770")) {
    {}
  } else {
    stryCov_9fa48("1770");
    return (stryMutAct_9fa48("1771") ? message.includes('UNABLE_TO_LOCK_ROW') : (stryCov_9fa48("1771"), message?.includes(stryMutAct_9fa48("1772") ? "" : (stryCov_9fa48("1772"), 'UNABLE_TO_LOCK_ROW')))) ? stryMutAct_9fa48("1773") ? "" : (stryCov_9fa48("1773"), 'UNABLE_TO_LOCK_ROW') : code;
  }
}