/** Salesforce record Ids: shape, checksum and key prefix. */
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
const ID_CHARACTERS = stryMutAct_9fa48("1797") ? /^[^a-zA-Z0-9]+$/ : stryMutAct_9fa48("1796") ? /^[a-zA-Z0-9]$/ : stryMutAct_9fa48("1795") ? /^[a-zA-Z0-9]+/ : stryMutAct_9fa48("1794") ? /[a-zA-Z0-9]+$/ : (stryCov_9fa48("1794", "1795", "1796", "1797"), /^[a-zA-Z0-9]+$/);
const SUFFIX_ALPHABET = stryMutAct_9fa48("1798") ? "" : (stryCov_9fa48("1798"), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345');

/** The Contact key prefix. */
export const CONTACT_PREFIX = stryMutAct_9fa48("1799") ? "" : (stryCov_9fa48("1799"), '003');

/** The Account key prefix (a person account names its person contact). */
export const ACCOUNT_PREFIX = stryMutAct_9fa48("1800") ? "" : (stryCov_9fa48("1800"), '001');

/** The 3-character case-safe suffix of a 15-character Id. */
export function idChecksum(id15: string): string {
  if (stryMutAct_9fa48("1801")) {
    {}
  } else {
    stryCov_9fa48("1801");
    let suffix = stryMutAct_9fa48("1802") ? "Stryker was here!" : (stryCov_9fa48("1802"), '');
    for (let block = 0; stryMutAct_9fa48("1805") ? block >= 3 : stryMutAct_9fa48("1804") ? block <= 3 : stryMutAct_9fa48("1803") ? false : (stryCov_9fa48("1803", "1804", "1805"), block < 3); stryMutAct_9fa48("1806") ? block-- : (stryCov_9fa48("1806"), block++)) {
      if (stryMutAct_9fa48("1807")) {
        {}
      } else {
        stryCov_9fa48("1807");
        let bits = 0;
        for (let position = 0; stryMutAct_9fa48("1810") ? position >= 5 : stryMutAct_9fa48("1809") ? position <= 5 : stryMutAct_9fa48("1808") ? false : (stryCov_9fa48("1808", "1809", "1810"), position < 5); stryMutAct_9fa48("1811") ? position-- : (stryCov_9fa48("1811"), position++)) {
          if (stryMutAct_9fa48("1812")) {
            {}
          } else {
            stryCov_9fa48("1812");
            const character = stryMutAct_9fa48("1813") ? id15 : (stryCov_9fa48("1813"), id15.charAt(stryMutAct_9fa48("1814") ? block * 5 - position : (stryCov_9fa48("1814"), (stryMutAct_9fa48("1815") ? block / 5 : (stryCov_9fa48("1815"), block * 5)) + position)));
            if (stryMutAct_9fa48("1818") ? character >= 'A' || character <= 'Z' : stryMutAct_9fa48("1817") ? false : stryMutAct_9fa48("1816") ? true : (stryCov_9fa48("1816", "1817", "1818"), (stryMutAct_9fa48("1821") ? character < 'A' : stryMutAct_9fa48("1820") ? character > 'A' : stryMutAct_9fa48("1819") ? true : (stryCov_9fa48("1819", "1820", "1821"), character >= (stryMutAct_9fa48("1822") ? "" : (stryCov_9fa48("1822"), 'A')))) && (stryMutAct_9fa48("1825") ? character > 'Z' : stryMutAct_9fa48("1824") ? character < 'Z' : stryMutAct_9fa48("1823") ? true : (stryCov_9fa48("1823", "1824", "1825"), character <= (stryMutAct_9fa48("1826") ? "" : (stryCov_9fa48("1826"), 'Z')))))) {
              if (stryMutAct_9fa48("1827")) {
                {}
              } else {
                stryCov_9fa48("1827");
                stryMutAct_9fa48("1828") ? bits &= 1 << position : (stryCov_9fa48("1828"), bits |= 1 << position);
              }
            }
          }
        }
        stryMutAct_9fa48("1829") ? suffix -= SUFFIX_ALPHABET.charAt(bits) : (stryCov_9fa48("1829"), suffix += stryMutAct_9fa48("1830") ? SUFFIX_ALPHABET : (stryCov_9fa48("1830"), SUFFIX_ALPHABET.charAt(bits)));
      }
    }
    return suffix;
  }
}
export type IdCheck = {
  ok: true;
  id18: string;
} | {
  ok: false;
  reason: string;
};

/** Checks the shape of an Id: 15 or 18 alphanumeric characters and an 18-character Id's checksum. */
function checkIdShape(raw: string): IdCheck {
  if (stryMutAct_9fa48("1831")) {
    {}
  } else {
    stryCov_9fa48("1831");
    const id = stryMutAct_9fa48("1832") ? raw : (stryCov_9fa48("1832"), raw.trim());
    if (stryMutAct_9fa48("1835") ? id.length !== 15 || id.length !== 18 : stryMutAct_9fa48("1834") ? false : stryMutAct_9fa48("1833") ? true : (stryCov_9fa48("1833", "1834", "1835"), (stryMutAct_9fa48("1837") ? id.length === 15 : stryMutAct_9fa48("1836") ? true : (stryCov_9fa48("1836", "1837"), id.length !== 15)) && (stryMutAct_9fa48("1839") ? id.length === 18 : stryMutAct_9fa48("1838") ? true : (stryCov_9fa48("1838", "1839"), id.length !== 18)))) {
      if (stryMutAct_9fa48("1840")) {
        {}
      } else {
        stryCov_9fa48("1840");
        return stryMutAct_9fa48("1841") ? {} : (stryCov_9fa48("1841"), {
          ok: stryMutAct_9fa48("1842") ? true : (stryCov_9fa48("1842"), false),
          reason: stryMutAct_9fa48("1843") ? `` : (stryCov_9fa48("1843"), `"${id}" is not a Salesforce Id (15 or 18 characters, found ${id.length})`)
        });
      }
    }
    if (stryMutAct_9fa48("1846") ? false : stryMutAct_9fa48("1845") ? true : stryMutAct_9fa48("1844") ? ID_CHARACTERS.test(id) : (stryCov_9fa48("1844", "1845", "1846"), !ID_CHARACTERS.test(id))) {
      if (stryMutAct_9fa48("1847")) {
        {}
      } else {
        stryCov_9fa48("1847");
        return stryMutAct_9fa48("1848") ? {} : (stryCov_9fa48("1848"), {
          ok: stryMutAct_9fa48("1849") ? true : (stryCov_9fa48("1849"), false),
          reason: stryMutAct_9fa48("1850") ? `` : (stryCov_9fa48("1850"), `"${id}" is not a Salesforce Id (letters and digits only)`)
        });
      }
    }
    const expected = idChecksum(stryMutAct_9fa48("1851") ? id : (stryCov_9fa48("1851"), id.slice(0, 15)));
    if (stryMutAct_9fa48("1854") ? id.length === 18 || id.slice(15).toUpperCase() !== expected : stryMutAct_9fa48("1853") ? false : stryMutAct_9fa48("1852") ? true : (stryCov_9fa48("1852", "1853", "1854"), (stryMutAct_9fa48("1856") ? id.length !== 18 : stryMutAct_9fa48("1855") ? true : (stryCov_9fa48("1855", "1856"), id.length === 18)) && (stryMutAct_9fa48("1858") ? id.slice(15).toUpperCase() === expected : stryMutAct_9fa48("1857") ? true : (stryCov_9fa48("1857", "1858"), (stryMutAct_9fa48("1860") ? id.toUpperCase() : stryMutAct_9fa48("1859") ? id.slice(15).toLowerCase() : (stryCov_9fa48("1859", "1860"), id.slice(15).toUpperCase())) !== expected)))) {
      if (stryMutAct_9fa48("1861")) {
        {}
      } else {
        stryCov_9fa48("1861");
        return stryMutAct_9fa48("1862") ? {} : (stryCov_9fa48("1862"), {
          ok: stryMutAct_9fa48("1863") ? true : (stryCov_9fa48("1863"), false),
          reason: stryMutAct_9fa48("1864") ? `` : (stryCov_9fa48("1864"), `"${id}" is not a valid Id: its last 3 characters should be ${expected}`)
        });
      }
    }
    return stryMutAct_9fa48("1865") ? {} : (stryCov_9fa48("1865"), {
      ok: stryMutAct_9fa48("1866") ? false : (stryCov_9fa48("1866"), true),
      id18: stryMutAct_9fa48("1867") ? id.slice(0, 15) - expected : (stryCov_9fa48("1867"), (stryMutAct_9fa48("1868") ? id : (stryCov_9fa48("1868"), id.slice(0, 15))) + expected)
    });
  }
}

/**
 * Checks a Contact Id: 15 or 18 alphanumeric characters, an 18-character Id's checksum, and the `003` prefix.
 * Returns the 18-character form.
 */
export function checkContactId(raw: string): IdCheck {
  if (stryMutAct_9fa48("1869")) {
    {}
  } else {
    stryCov_9fa48("1869");
    const check = checkIdShape(raw);
    if (stryMutAct_9fa48("1872") ? check.ok || !check.id18.startsWith(CONTACT_PREFIX) : stryMutAct_9fa48("1871") ? false : stryMutAct_9fa48("1870") ? true : (stryCov_9fa48("1870", "1871", "1872"), check.ok && (stryMutAct_9fa48("1873") ? check.id18.startsWith(CONTACT_PREFIX) : (stryCov_9fa48("1873"), !(stryMutAct_9fa48("1874") ? check.id18.endsWith(CONTACT_PREFIX) : (stryCov_9fa48("1874"), check.id18.startsWith(CONTACT_PREFIX))))))) {
      if (stryMutAct_9fa48("1875")) {
        {}
      } else {
        stryCov_9fa48("1875");
        return stryMutAct_9fa48("1876") ? {} : (stryCov_9fa48("1876"), {
          ok: stryMutAct_9fa48("1877") ? true : (stryCov_9fa48("1877"), false),
          reason: stryMutAct_9fa48("1878") ? `` : (stryCov_9fa48("1878"), `"${stryMutAct_9fa48("1879") ? raw : (stryCov_9fa48("1879"), raw.trim())}" is not a Contact Id (Contact Ids start with ${CONTACT_PREFIX})`)
        });
      }
    }
    return check;
  }
}
export type StudentIdCheck = {
  ok: true;
  id18: string;
  object: 'Contact' | 'Account';
} | {
  ok: false;
  reason: string;
};

/**
 * Checks an Id that names a student: a Contact Id (`003`) or a person account's Account Id (`001`, resolved to its
 * person contact during the run). Returns the 18-character form and the object.
 */
export function checkStudentId(raw: string): StudentIdCheck {
  if (stryMutAct_9fa48("1880")) {
    {}
  } else {
    stryCov_9fa48("1880");
    const check = checkIdShape(raw);
    if (stryMutAct_9fa48("1883") ? false : stryMutAct_9fa48("1882") ? true : stryMutAct_9fa48("1881") ? check.ok : (stryCov_9fa48("1881", "1882", "1883"), !check.ok)) {
      if (stryMutAct_9fa48("1884")) {
        {}
      } else {
        stryCov_9fa48("1884");
        return check;
      }
    }
    if (stryMutAct_9fa48("1887") ? check.id18.endsWith(CONTACT_PREFIX) : stryMutAct_9fa48("1886") ? false : stryMutAct_9fa48("1885") ? true : (stryCov_9fa48("1885", "1886", "1887"), check.id18.startsWith(CONTACT_PREFIX))) {
      if (stryMutAct_9fa48("1888")) {
        {}
      } else {
        stryCov_9fa48("1888");
        return stryMutAct_9fa48("1889") ? {} : (stryCov_9fa48("1889"), {
          ...check,
          object: stryMutAct_9fa48("1890") ? "" : (stryCov_9fa48("1890"), 'Contact')
        });
      }
    }
    if (stryMutAct_9fa48("1893") ? check.id18.endsWith(ACCOUNT_PREFIX) : stryMutAct_9fa48("1892") ? false : stryMutAct_9fa48("1891") ? true : (stryCov_9fa48("1891", "1892", "1893"), check.id18.startsWith(ACCOUNT_PREFIX))) {
      if (stryMutAct_9fa48("1894")) {
        {}
      } else {
        stryCov_9fa48("1894");
        return stryMutAct_9fa48("1895") ? {} : (stryCov_9fa48("1895"), {
          ...check,
          object: stryMutAct_9fa48("1896") ? "" : (stryCov_9fa48("1896"), 'Account')
        });
      }
    }
    return stryMutAct_9fa48("1897") ? {} : (stryCov_9fa48("1897"), {
      ok: stryMutAct_9fa48("1898") ? true : (stryCov_9fa48("1898"), false),
      reason: (stryMutAct_9fa48("1899") ? `` : (stryCov_9fa48("1899"), `"${stryMutAct_9fa48("1900") ? raw : (stryCov_9fa48("1900"), raw.trim())}" is neither a Contact Id (${CONTACT_PREFIX}…) nor a person account's Account Id `)) + (stryMutAct_9fa48("1901") ? `` : (stryCov_9fa48("1901"), `(${ACCOUNT_PREFIX}…)`))
    });
  }
}

/** Builds a valid 18-character Contact Id from a number (tests, fake server, benchmark). */
export function makeContactId(n: number): string {
  if (stryMutAct_9fa48("1902")) {
    {}
  } else {
    stryCov_9fa48("1902");
    const id15 = CONTACT_PREFIX + (stryMutAct_9fa48("1903") ? "" : (stryCov_9fa48("1903"), 'Fa')) + (stryMutAct_9fa48("1904") ? n.toString(36).toLowerCase().padStart(10, '0') : (stryCov_9fa48("1904"), n.toString(36).toUpperCase().padStart(10, stryMutAct_9fa48("1905") ? "" : (stryCov_9fa48("1905"), '0'))));
    return stryMutAct_9fa48("1906") ? id15 - idChecksum(id15) : (stryCov_9fa48("1906"), id15 + idChecksum(id15));
  }
}

/** Builds a valid 18-character Account Id from a number (tests, fake server). */
export function makeAccountId(n: number): string {
  if (stryMutAct_9fa48("1907")) {
    {}
  } else {
    stryCov_9fa48("1907");
    const id15 = ACCOUNT_PREFIX + (stryMutAct_9fa48("1908") ? "" : (stryCov_9fa48("1908"), 'Fa')) + (stryMutAct_9fa48("1909") ? n.toString(36).toLowerCase().padStart(10, '0') : (stryCov_9fa48("1909"), n.toString(36).toUpperCase().padStart(10, stryMutAct_9fa48("1910") ? "" : (stryCov_9fa48("1910"), '0'))));
    return stryMutAct_9fa48("1911") ? id15 - idChecksum(id15) : (stryCov_9fa48("1911"), id15 + idChecksum(id15));
  }
}