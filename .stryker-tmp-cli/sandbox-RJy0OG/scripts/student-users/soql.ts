/** SOQL text the CLI builds: string literals, the email lookup, the --where query. Pure functions. */
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
import { apexStringLiteral } from '../lib/string-literal';

/** A SOQL string literal: quotes, with `\` and `'` (and control characters) escaped. */
export const soqlString = apexStringLiteral;

/** The one lookup of a chunk's emails. */
export function emailLookupQuery(emails: readonly string[]): string {
  if (stryMutAct_9fa48("1912")) {
    {}
  } else {
    stryCov_9fa48("1912");
    return stryMutAct_9fa48("1913") ? `` : (stryCov_9fa48("1913"), `SELECT Id, Email FROM Contact WHERE Email IN (${emails.map(soqlString).join(stryMutAct_9fa48("1914") ? "" : (stryCov_9fa48("1914"), ', '))})`);
  }
}

/**
 * The one lookup of a chunk's Account Ids. PersonContactId exists only in orgs with Person Accounts (elsewhere the
 * query fails with INVALID_FIELD) and is set only on person accounts.
 */
export function personAccountLookupQuery(accountIds: readonly string[]): string {
  if (stryMutAct_9fa48("1915")) {
    {}
  } else {
    stryCov_9fa48("1915");
    return stryMutAct_9fa48("1916") ? `` : (stryCov_9fa48("1916"), `SELECT Id, Name, PersonContactId FROM Account WHERE Id IN (${accountIds.map(soqlString).join(stryMutAct_9fa48("1917") ? "" : (stryCov_9fa48("1917"), ', '))})`);
  }
}

/** The contacts of `--where`, in a stable order. */
export function whereQuery(condition: string): string {
  if (stryMutAct_9fa48("1918")) {
    {}
  } else {
    stryCov_9fa48("1918");
    return stryMutAct_9fa48("1919") ? `` : (stryCov_9fa48("1919"), `SELECT Id FROM Contact WHERE ${stryMutAct_9fa48("1920") ? condition : (stryCov_9fa48("1920"), condition.trim())} ORDER BY Id`);
  }
}

/** Why a --where condition cannot be used, or undefined when it can. */
export function checkWhereCondition(condition: string): string | undefined {
  if (stryMutAct_9fa48("1921")) {
    {}
  } else {
    stryCov_9fa48("1921");
    const text = stryMutAct_9fa48("1922") ? condition : (stryCov_9fa48("1922"), condition.trim());
    if (stryMutAct_9fa48("1925") ? text !== '' : stryMutAct_9fa48("1924") ? false : stryMutAct_9fa48("1923") ? true : (stryCov_9fa48("1923", "1924", "1925"), text === (stryMutAct_9fa48("1926") ? "Stryker was here!" : (stryCov_9fa48("1926"), '')))) {
      if (stryMutAct_9fa48("1927")) {
        {}
      } else {
        stryCov_9fa48("1927");
        return stryMutAct_9fa48("1928") ? "" : (stryCov_9fa48("1928"), '--where needs a condition, e.g. --where "Account.Name = \'Class of 2026\'"');
      }
    }
    if (stryMutAct_9fa48("1930") ? false : stryMutAct_9fa48("1929") ? true : (stryCov_9fa48("1929", "1930"), text.includes(stryMutAct_9fa48("1931") ? "" : (stryCov_9fa48("1931"), ';')))) {
      if (stryMutAct_9fa48("1932")) {
        {}
      } else {
        stryCov_9fa48("1932");
        return stryMutAct_9fa48("1933") ? "" : (stryCov_9fa48("1933"), '--where must be one SOQL condition: it may not contain ";"');
      }
    }
    if (stryMutAct_9fa48("1935") ? false : stryMutAct_9fa48("1934") ? true : (stryCov_9fa48("1934", "1935"), (stryMutAct_9fa48("1936") ? /where\b/i : (stryCov_9fa48("1936"), /^where\b/i)).test(text))) {
      if (stryMutAct_9fa48("1937")) {
        {}
      } else {
        stryCov_9fa48("1937");
        return stryMutAct_9fa48("1938") ? "" : (stryCov_9fa48("1938"), '--where takes the condition only: leave out the word WHERE');
      }
    }
    if (stryMutAct_9fa48("1940") ? false : stryMutAct_9fa48("1939") ? true : (stryCov_9fa48("1939", "1940"), (stryMutAct_9fa48("1946") ? /\b(order\s+by|limit|offset|group\s+by|for\S+update)\b/i : stryMutAct_9fa48("1945") ? /\b(order\s+by|limit|offset|group\s+by|for\supdate)\b/i : stryMutAct_9fa48("1944") ? /\b(order\s+by|limit|offset|group\S+by|for\s+update)\b/i : stryMutAct_9fa48("1943") ? /\b(order\s+by|limit|offset|group\sby|for\s+update)\b/i : stryMutAct_9fa48("1942") ? /\b(order\S+by|limit|offset|group\s+by|for\s+update)\b/i : stryMutAct_9fa48("1941") ? /\b(order\sby|limit|offset|group\s+by|for\s+update)\b/i : (stryCov_9fa48("1941", "1942", "1943", "1944", "1945", "1946"), /\b(order\s+by|limit|offset|group\s+by|for\s+update)\b/i)).test(stripStrings(text)))) {
      if (stryMutAct_9fa48("1947")) {
        {}
      } else {
        stryCov_9fa48("1947");
        return stryMutAct_9fa48("1948") ? "" : (stryCov_9fa48("1948"), '--where takes a condition only: ORDER BY, LIMIT, OFFSET, GROUP BY and FOR UPDATE are not allowed');
      }
    }
    return undefined;
  }
}

/** The condition with its string literals emptied (so keywords inside quotes are not mistaken for clauses). */
function stripStrings(text: string): string {
  if (stryMutAct_9fa48("1949")) {
    {}
  } else {
    stryCov_9fa48("1949");
    return text.replace(stryMutAct_9fa48("1951") ? /'(?:\\.|['\\])*'/g : stryMutAct_9fa48("1950") ? /'(?:\\.|[^'\\])'/g : (stryCov_9fa48("1950", "1951"), /'(?:\\.|[^'\\])*'/g), stryMutAct_9fa48("1952") ? "" : (stryCov_9fa48("1952"), "''"));
  }
}