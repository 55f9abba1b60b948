/** The end-of-run summary: counts by outcome, owners given a role, time and calls. */
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
import type { Operation } from './operations';
import type { ResultRow, RowStatus } from './results-format';
import type { RunStats } from './run-chunks';
export interface Summary {
  total: number;
  created: number;
  reactivated: number;
  alreadyEnabled: number;
  valid: number;
  failed: number;
  notSent: number;
  skipped: number;
  ownersGivenRole: number;
  /** Rows the lifecycle action had nothing to do for (status SKIPPED, e.g. ALREADY_INACTIVE): not failures. */
  nothingToDo: number;
  /** Rows per status of this run. */
  byStatus: Partial<Record<RowStatus, number>>;
}

/** Counts the rows. `skipped` = rows carried over from `--resume`, counted apart from this run's outcomes. */
export function summarize(results: readonly ResultRow[], skipped: number): Summary {
  if (stryMutAct_9fa48("2340")) {
    {}
  } else {
    stryCov_9fa48("2340");
    const count = stryMutAct_9fa48("2341") ? () => undefined : (stryCov_9fa48("2341"), (() => {
      const count = (status: ResultRow['status']): number => stryMutAct_9fa48("2342") ? results.length : (stryCov_9fa48("2342"), results.filter(stryMutAct_9fa48("2343") ? () => undefined : (stryCov_9fa48("2343"), row => stryMutAct_9fa48("2346") ? row.status !== status : stryMutAct_9fa48("2345") ? false : stryMutAct_9fa48("2344") ? true : (stryCov_9fa48("2344", "2345", "2346"), row.status === status))).length);
      return count;
    })());
    const owners = new Set(stryMutAct_9fa48("2347") ? results.map(row => row.ownerName || row.row) : (stryCov_9fa48("2347"), results.filter(stryMutAct_9fa48("2348") ? () => undefined : (stryCov_9fa48("2348"), row => stryMutAct_9fa48("2351") ? row.ownerRoleAssigned || row.status !== 'FAILED' : stryMutAct_9fa48("2350") ? false : stryMutAct_9fa48("2349") ? true : (stryCov_9fa48("2349", "2350", "2351"), row.ownerRoleAssigned && (stryMutAct_9fa48("2353") ? row.status === 'FAILED' : stryMutAct_9fa48("2352") ? true : (stryCov_9fa48("2352", "2353"), row.status !== (stryMutAct_9fa48("2354") ? "" : (stryCov_9fa48("2354"), 'FAILED'))))))).map(stryMutAct_9fa48("2355") ? () => undefined : (stryCov_9fa48("2355"), row => stryMutAct_9fa48("2358") ? row.ownerName && row.row : stryMutAct_9fa48("2357") ? false : stryMutAct_9fa48("2356") ? true : (stryCov_9fa48("2356", "2357", "2358"), row.ownerName || row.row)))));
    return stryMutAct_9fa48("2359") ? {} : (stryCov_9fa48("2359"), {
      total: stryMutAct_9fa48("2360") ? results.length - skipped : (stryCov_9fa48("2360"), results.length + skipped),
      created: count(stryMutAct_9fa48("2361") ? "" : (stryCov_9fa48("2361"), 'CREATED')),
      reactivated: count(stryMutAct_9fa48("2362") ? "" : (stryCov_9fa48("2362"), 'REACTIVATED')),
      alreadyEnabled: count(stryMutAct_9fa48("2363") ? "" : (stryCov_9fa48("2363"), 'ALREADY_ENABLED')),
      valid: count(stryMutAct_9fa48("2364") ? "" : (stryCov_9fa48("2364"), 'VALID')),
      failed: count(stryMutAct_9fa48("2365") ? "" : (stryCov_9fa48("2365"), 'FAILED')),
      notSent: count(stryMutAct_9fa48("2366") ? "" : (stryCov_9fa48("2366"), 'NOT_SENT')),
      skipped,
      ownersGivenRole: owners.size,
      nothingToDo: count(stryMutAct_9fa48("2367") ? "" : (stryCov_9fa48("2367"), 'SKIPPED')),
      byStatus: results.reduce<Partial<Record<RowStatus, number>>>((counts, row) => {
        if (stryMutAct_9fa48("2368")) {
          {}
        } else {
          stryCov_9fa48("2368");
          counts[row.status] = stryMutAct_9fa48("2369") ? (counts[row.status] ?? 0) - 1 : (stryCov_9fa48("2369"), (stryMutAct_9fa48("2370") ? counts[row.status] && 0 : (stryCov_9fa48("2370"), counts[row.status] ?? 0)) + 1);
          return counts;
        }
      }, {})
    });
  }
}

/** Exit codes of the command. */
export const EXIT = {
  OK: 0,
  ROW_FAILURES: 1,
  BAD_INPUT: 2,
  STOPPED: 3
} as const;

/** 3 when the run stopped early, 1 when a row failed, else 0. */
export function exitCodeFor(summary: Summary, stopped: boolean): number {
  if (stryMutAct_9fa48("2371")) {
    {}
  } else {
    stryCov_9fa48("2371");
    if (stryMutAct_9fa48("2373") ? false : stryMutAct_9fa48("2372") ? true : (stryCov_9fa48("2372", "2373"), stopped)) {
      if (stryMutAct_9fa48("2374")) {
        {}
      } else {
        stryCov_9fa48("2374");
        return EXIT.STOPPED;
      }
    }
    return (stryMutAct_9fa48("2378") ? summary.failed + summary.notSent <= 0 : stryMutAct_9fa48("2377") ? summary.failed + summary.notSent >= 0 : stryMutAct_9fa48("2376") ? false : stryMutAct_9fa48("2375") ? true : (stryCov_9fa48("2375", "2376", "2377", "2378"), (stryMutAct_9fa48("2379") ? summary.failed - summary.notSent : (stryCov_9fa48("2379"), summary.failed + summary.notSent)) > 0)) ? EXIT.ROW_FAILURES : EXIT.OK;
  }
}

/** The summary as aligned lines. */
export function formatSummary(summary: Summary, options: {
  dryRun: boolean;
  elapsedMs: number;
  stats: RunStats;
  resultsPath: string;
  operation?: Operation;
}): string {
  if (stryMutAct_9fa48("2380")) {
    {}
  } else {
    stryCov_9fa48("2380");
    const lines: [string, string | number][] = (stryMutAct_9fa48("2381") ? options.operation.action : (stryCov_9fa48("2381"), options.operation?.action)) ? lifecycleLines(summary, options.dryRun, options.operation) : enableLines(summary, options.dryRun);
    lines.push(stryMutAct_9fa48("2382") ? [] : (stryCov_9fa48("2382"), [stryMutAct_9fa48("2383") ? "" : (stryCov_9fa48("2383"), 'Students'), summary.total]));
    lines.push(stryMutAct_9fa48("2384") ? [] : (stryCov_9fa48("2384"), [stryMutAct_9fa48("2385") ? "" : (stryCov_9fa48("2385"), 'Elapsed'), stryMutAct_9fa48("2386") ? `` : (stryCov_9fa48("2386"), `${(stryMutAct_9fa48("2387") ? options.elapsedMs * 1000 : (stryCov_9fa48("2387"), options.elapsedMs / 1000)).toFixed(1)} s`)]));
    lines.push(stryMutAct_9fa48("2388") ? [] : (stryCov_9fa48("2388"), [stryMutAct_9fa48("2389") ? "" : (stryCov_9fa48("2389"), 'API calls'), stryMutAct_9fa48("2390") ? `` : (stryCov_9fa48("2390"), `${options.stats.actionCalls} action, ${options.stats.queryCalls} query, ${options.stats.retries} retries`)]));
    lines.push(stryMutAct_9fa48("2391") ? [] : (stryCov_9fa48("2391"), [stryMutAct_9fa48("2392") ? "" : (stryCov_9fa48("2392"), 'Results'), options.resultsPath]));
    const width = stryMutAct_9fa48("2393") ? Math.min(...lines.map(([label]) => label.length)) : (stryCov_9fa48("2393"), Math.max(...lines.map(stryMutAct_9fa48("2394") ? () => undefined : (stryCov_9fa48("2394"), ([label]) => label.length))));
    return lines.map(stryMutAct_9fa48("2395") ? () => undefined : (stryCov_9fa48("2395"), ([label, value]) => stryMutAct_9fa48("2396") ? `` : (stryCov_9fa48("2396"), `${label.padEnd(width)}  ${value}`))).join(stryMutAct_9fa48("2397") ? "" : (stryCov_9fa48("2397"), '\n'));
  }
}
function lifecycleLines(summary: Summary, dryRun: boolean, operation: Operation): [string, string | number][] {
  if (stryMutAct_9fa48("2398")) {
    {}
  } else {
    stryCov_9fa48("2398");
    const lines: [string, string | number][] = stryMutAct_9fa48("2399") ? [] : (stryCov_9fa48("2399"), [dryRun ? stryMutAct_9fa48("2400") ? [] : (stryCov_9fa48("2400"), [stryMutAct_9fa48("2401") ? "" : (stryCov_9fa48("2401"), 'Valid (dry run)'), summary.valid]) : stryMutAct_9fa48("2402") ? [] : (stryCov_9fa48("2402"), [operation.doneLabel, stryMutAct_9fa48("2403") ? summary.byStatus[operation.doneStatus] && 0 : (stryCov_9fa48("2403"), summary.byStatus[operation.doneStatus] ?? 0)]), stryMutAct_9fa48("2404") ? [] : (stryCov_9fa48("2404"), [stryMutAct_9fa48("2405") ? "" : (stryCov_9fa48("2405"), 'Skipped (nothing to do)'), summary.nothingToDo]), stryMutAct_9fa48("2406") ? [] : (stryCov_9fa48("2406"), [stryMutAct_9fa48("2407") ? "" : (stryCov_9fa48("2407"), 'Failed'), summary.failed])]);
    if (stryMutAct_9fa48("2411") ? summary.notSent <= 0 : stryMutAct_9fa48("2410") ? summary.notSent >= 0 : stryMutAct_9fa48("2409") ? false : stryMutAct_9fa48("2408") ? true : (stryCov_9fa48("2408", "2409", "2410", "2411"), summary.notSent > 0)) {
      if (stryMutAct_9fa48("2412")) {
        {}
      } else {
        stryCov_9fa48("2412");
        lines.push(stryMutAct_9fa48("2413") ? [] : (stryCov_9fa48("2413"), [stryMutAct_9fa48("2414") ? "" : (stryCov_9fa48("2414"), 'Not sent'), summary.notSent]));
      }
    }
    if (stryMutAct_9fa48("2418") ? summary.skipped <= 0 : stryMutAct_9fa48("2417") ? summary.skipped >= 0 : stryMutAct_9fa48("2416") ? false : stryMutAct_9fa48("2415") ? true : (stryCov_9fa48("2415", "2416", "2417", "2418"), summary.skipped > 0)) {
      if (stryMutAct_9fa48("2419")) {
        {}
      } else {
        stryCov_9fa48("2419");
        lines.push(stryMutAct_9fa48("2420") ? [] : (stryCov_9fa48("2420"), [stryMutAct_9fa48("2421") ? "" : (stryCov_9fa48("2421"), 'Already done (--resume)'), summary.skipped]));
      }
    }
    return lines;
  }
}
function enableLines(summary: Summary, dryRun: boolean): [string, string | number][] {
  if (stryMutAct_9fa48("2422")) {
    {}
  } else {
    stryCov_9fa48("2422");
    const lines: [string, string | number][] = dryRun ? stryMutAct_9fa48("2423") ? [] : (stryCov_9fa48("2423"), [stryMutAct_9fa48("2424") ? [] : (stryCov_9fa48("2424"), [stryMutAct_9fa48("2425") ? "" : (stryCov_9fa48("2425"), 'Valid (dry run)'), summary.valid]), stryMutAct_9fa48("2426") ? [] : (stryCov_9fa48("2426"), [stryMutAct_9fa48("2427") ? "" : (stryCov_9fa48("2427"), 'Already enabled'), summary.alreadyEnabled])]) : stryMutAct_9fa48("2428") ? [] : (stryCov_9fa48("2428"), [stryMutAct_9fa48("2429") ? [] : (stryCov_9fa48("2429"), [stryMutAct_9fa48("2430") ? "" : (stryCov_9fa48("2430"), 'Created'), summary.created]), stryMutAct_9fa48("2431") ? [] : (stryCov_9fa48("2431"), [stryMutAct_9fa48("2432") ? "" : (stryCov_9fa48("2432"), 'Reactivated'), summary.reactivated]), stryMutAct_9fa48("2433") ? [] : (stryCov_9fa48("2433"), [stryMutAct_9fa48("2434") ? "" : (stryCov_9fa48("2434"), 'Already enabled'), summary.alreadyEnabled])]);
    lines.push(stryMutAct_9fa48("2435") ? [] : (stryCov_9fa48("2435"), [stryMutAct_9fa48("2436") ? "" : (stryCov_9fa48("2436"), 'Failed'), summary.failed]));
    if (stryMutAct_9fa48("2440") ? summary.notSent <= 0 : stryMutAct_9fa48("2439") ? summary.notSent >= 0 : stryMutAct_9fa48("2438") ? false : stryMutAct_9fa48("2437") ? true : (stryCov_9fa48("2437", "2438", "2439", "2440"), summary.notSent > 0)) {
      if (stryMutAct_9fa48("2441")) {
        {}
      } else {
        stryCov_9fa48("2441");
        lines.push(stryMutAct_9fa48("2442") ? [] : (stryCov_9fa48("2442"), [stryMutAct_9fa48("2443") ? "" : (stryCov_9fa48("2443"), 'Not sent'), summary.notSent]));
      }
    }
    if (stryMutAct_9fa48("2447") ? summary.skipped <= 0 : stryMutAct_9fa48("2446") ? summary.skipped >= 0 : stryMutAct_9fa48("2445") ? false : stryMutAct_9fa48("2444") ? true : (stryCov_9fa48("2444", "2445", "2446", "2447"), summary.skipped > 0)) {
      if (stryMutAct_9fa48("2448")) {
        {}
      } else {
        stryCov_9fa48("2448");
        lines.push(stryMutAct_9fa48("2449") ? [] : (stryCov_9fa48("2449"), [stryMutAct_9fa48("2450") ? "" : (stryCov_9fa48("2450"), 'Skipped (--resume)'), summary.skipped]));
      }
    }
    lines.push(stryMutAct_9fa48("2451") ? [] : (stryCov_9fa48("2451"), [dryRun ? stryMutAct_9fa48("2452") ? "" : (stryCov_9fa48("2452"), 'Owners that would get a role') : stryMutAct_9fa48("2453") ? "" : (stryCov_9fa48("2453"), 'Owners given a role'), summary.ownersGivenRole]));
    return lines;
  }
}