/** Splitting work into chunks and running it with bounded concurrency. */
// @ts-nocheck


/** Consecutive slices of at most `size` items. */function stryNS_9fa48() {
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
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (stryMutAct_9fa48("739")) {
    {}
  } else {
    stryCov_9fa48("739");
    if (stryMutAct_9fa48("742") ? !Number.isInteger(size) && size < 1 : stryMutAct_9fa48("741") ? false : stryMutAct_9fa48("740") ? true : (stryCov_9fa48("740", "741", "742"), (stryMutAct_9fa48("743") ? Number.isInteger(size) : (stryCov_9fa48("743"), !Number.isInteger(size))) || (stryMutAct_9fa48("746") ? size >= 1 : stryMutAct_9fa48("745") ? size <= 1 : stryMutAct_9fa48("744") ? false : (stryCov_9fa48("744", "745", "746"), size < 1)))) {
      if (stryMutAct_9fa48("747")) {
        {}
      } else {
        stryCov_9fa48("747");
        throw new RangeError(stryMutAct_9fa48("748") ? `` : (stryCov_9fa48("748"), `chunk size must be a positive integer, got ${size}`));
      }
    }
    const chunks: T[][] = stryMutAct_9fa48("749") ? ["Stryker was here"] : (stryCov_9fa48("749"), []);
    for (let start = 0; stryMutAct_9fa48("752") ? start >= items.length : stryMutAct_9fa48("751") ? start <= items.length : stryMutAct_9fa48("750") ? false : (stryCov_9fa48("750", "751", "752"), start < items.length); stryMutAct_9fa48("753") ? start -= size : (stryCov_9fa48("753"), start += size)) {
      if (stryMutAct_9fa48("754")) {
        {}
      } else {
        stryCov_9fa48("754");
        chunks.push(stryMutAct_9fa48("755") ? items : (stryCov_9fa48("755"), items.slice(start, stryMutAct_9fa48("756") ? start - size : (stryCov_9fa48("756"), start + size))));
      }
    }
    return chunks;
  }
}

/**
 * Runs `work` on every item with at most `concurrency` at a time, in order of the items. Items not started when
 * `shouldStart()` turns false are skipped (their result stays undefined).
 */
export async function runPool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>, shouldStart: () => boolean = stryMutAct_9fa48("757") ? () => undefined : (stryCov_9fa48("757"), () => stryMutAct_9fa48("758") ? false : (stryCov_9fa48("758"), true))): Promise<(R | undefined)[]> {
  if (stryMutAct_9fa48("759")) {
    {}
  } else {
    stryCov_9fa48("759");
    const results: (R | undefined)[] = (stryMutAct_9fa48("760") ? new Array() : (stryCov_9fa48("760"), new Array<R | undefined>(items.length))).fill(undefined);
    let next = 0;
    const worker = async (): Promise<void> => {
      if (stryMutAct_9fa48("761")) {
        {}
      } else {
        stryCov_9fa48("761");
        while (stryMutAct_9fa48("763") ? next < items.length || shouldStart() : stryMutAct_9fa48("762") ? false : (stryCov_9fa48("762", "763"), (stryMutAct_9fa48("766") ? next >= items.length : stryMutAct_9fa48("765") ? next <= items.length : stryMutAct_9fa48("764") ? true : (stryCov_9fa48("764", "765", "766"), next < items.length)) && shouldStart())) {
          if (stryMutAct_9fa48("767")) {
            {}
          } else {
            stryCov_9fa48("767");
            const index = stryMutAct_9fa48("768") ? next-- : (stryCov_9fa48("768"), next++);
            results[index] = await work(items[index], index);
          }
        }
      }
    };
    const workers = Array.from(stryMutAct_9fa48("769") ? {} : (stryCov_9fa48("769"), {
      length: stryMutAct_9fa48("770") ? Math.min(1, Math.min(concurrency, items.length)) : (stryCov_9fa48("770"), Math.max(1, stryMutAct_9fa48("771") ? Math.max(concurrency, items.length) : (stryCov_9fa48("771"), Math.min(concurrency, items.length))))
    }), stryMutAct_9fa48("772") ? () => undefined : (stryCov_9fa48("772"), () => worker()));
    await Promise.all(workers);
    return results;
  }
}