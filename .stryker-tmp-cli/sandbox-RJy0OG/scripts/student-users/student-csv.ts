/** Reads the input CSV into students, reporting every bad line at once. Pure: text in, rows or problems out. */
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
import { parse } from 'csv-parse/sync';
import type { Parsed } from './input-values';
import { parseBoolean, parseEmail, parseLicense, parseProfileName, parseTimeZone, parseUsername } from './input-values';
import { checkStudentId } from './salesforce-id';
import type { InputProblem, RowOverrides, StudentRow } from './student-rows';

/** The columns an input CSV may have (header names are matched ignoring case, spaces, `_` and `-`). */
export const INPUT_COLUMNS = ['ContactId', 'Email', 'License', 'Profile', 'TimeZone', 'Username', 'SendWelcomeEmail'] as const;
export type InputColumn = (typeof INPUT_COLUMNS)[number];
const normalizeHeader = stryMutAct_9fa48("1953") ? () => undefined : (stryCov_9fa48("1953"), (() => {
  const normalizeHeader = (name: string): string => stryMutAct_9fa48("1954") ? name.replace(/[\s_-]+/g, '').toUpperCase() : (stryCov_9fa48("1954"), name.replace(stryMutAct_9fa48("1957") ? /[\S_-]+/g : stryMutAct_9fa48("1956") ? /[^\s_-]+/g : stryMutAct_9fa48("1955") ? /[\s_-]/g : (stryCov_9fa48("1955", "1956", "1957"), /[\s_-]+/g), stryMutAct_9fa48("1958") ? "Stryker was here!" : (stryCov_9fa48("1958"), '')).toLowerCase());
  return normalizeHeader;
})());
const COLUMN_BY_KEY: ReadonlyMap<string, InputColumn> = new Map(INPUT_COLUMNS.map(stryMutAct_9fa48("1959") ? () => undefined : (stryCov_9fa48("1959"), column => stryMutAct_9fa48("1960") ? [] : (stryCov_9fa48("1960"), [normalizeHeader(column), column]))));
export type DecodeResult = {
  ok: true;
  text: string;
} | {
  ok: false;
  problems: InputProblem[];
};

/**
 * The file's bytes as text. UTF-8 (the default; a BOM is fine) is decoded strictly: a file saved in another encoding
 * (Latin-1, Windows-1252, UTF-16) is refused at its first line that is not UTF-8, instead of mangling its emails into
 * addresses no contact has. Another encoding is decoded when named (`--encoding windows-1252`).
 */
export function decodeInput(bytes: Uint8Array, encoding = stryMutAct_9fa48("1961") ? "" : (stryCov_9fa48("1961"), 'utf-8')): DecodeResult {
  if (stryMutAct_9fa48("1962")) {
    {}
  } else {
    stryCov_9fa48("1962");
    const strict = new TextDecoder(encoding, stryMutAct_9fa48("1963") ? {} : (stryCov_9fa48("1963"), {
      fatal: stryMutAct_9fa48("1964") ? false : (stryCov_9fa48("1964"), true)
    }));
    if (stryMutAct_9fa48("1967") ? strict.encoding === 'utf-8' : stryMutAct_9fa48("1966") ? false : stryMutAct_9fa48("1965") ? true : (stryCov_9fa48("1965", "1966", "1967"), strict.encoding !== (stryMutAct_9fa48("1968") ? "" : (stryCov_9fa48("1968"), 'utf-8')))) {
      if (stryMutAct_9fa48("1969")) {
        {}
      } else {
        stryCov_9fa48("1969");
        return stryMutAct_9fa48("1970") ? {} : (stryCov_9fa48("1970"), {
          ok: stryMutAct_9fa48("1971") ? false : (stryCov_9fa48("1971"), true),
          text: new TextDecoder(encoding).decode(bytes)
        });
      }
    }
    try {
      if (stryMutAct_9fa48("1972")) {
        {}
      } else {
        stryCov_9fa48("1972");
        return stryMutAct_9fa48("1973") ? {} : (stryCov_9fa48("1973"), {
          ok: stryMutAct_9fa48("1974") ? false : (stryCov_9fa48("1974"), true),
          text: strict.decode(bytes)
        });
      }
    } catch {
      if (stryMutAct_9fa48("1975")) {
        {}
      } else {
        stryCov_9fa48("1975");
        let start = 0;
        for (let line = 1; stryMutAct_9fa48("1978") ? start > bytes.length : stryMutAct_9fa48("1977") ? start < bytes.length : stryMutAct_9fa48("1976") ? false : (stryCov_9fa48("1976", "1977", "1978"), start <= bytes.length); stryMutAct_9fa48("1979") ? line-- : (stryCov_9fa48("1979"), line++)) {
          if (stryMutAct_9fa48("1980")) {
            {}
          } else {
            stryCov_9fa48("1980");
            const newline = bytes.indexOf(0x0a, start);
            const end = (stryMutAct_9fa48("1983") ? newline !== -1 : stryMutAct_9fa48("1982") ? false : stryMutAct_9fa48("1981") ? true : (stryCov_9fa48("1981", "1982", "1983"), newline === (stryMutAct_9fa48("1984") ? +1 : (stryCov_9fa48("1984"), -1)))) ? bytes.length : stryMutAct_9fa48("1985") ? newline - 1 : (stryCov_9fa48("1985"), newline + 1);
            const lineBytes = bytes.subarray(start, end);
            try {
              if (stryMutAct_9fa48("1986")) {
                {}
              } else {
                stryCov_9fa48("1986");
                new TextDecoder(stryMutAct_9fa48("1987") ? "" : (stryCov_9fa48("1987"), 'utf-8'), stryMutAct_9fa48("1988") ? {} : (stryCov_9fa48("1988"), {
                  fatal: stryMutAct_9fa48("1989") ? false : (stryCov_9fa48("1989"), true)
                })).decode(lineBytes);
              }
            } catch {
              if (stryMutAct_9fa48("1990")) {
                {}
              } else {
                stryCov_9fa48("1990");
                const bad = stryMutAct_9fa48("1991") ? lineBytes.find(byte => byte >= 0x80) && lineBytes[0] : (stryCov_9fa48("1991"), lineBytes.find(stryMutAct_9fa48("1992") ? () => undefined : (stryCov_9fa48("1992"), byte => stryMutAct_9fa48("1996") ? byte < 0x80 : stryMutAct_9fa48("1995") ? byte > 0x80 : stryMutAct_9fa48("1994") ? false : stryMutAct_9fa48("1993") ? true : (stryCov_9fa48("1993", "1994", "1995", "1996"), byte >= 0x80))) ?? lineBytes[0]);
                return stryMutAct_9fa48("1997") ? {} : (stryCov_9fa48("1997"), {
                  ok: stryMutAct_9fa48("1998") ? true : (stryCov_9fa48("1998"), false),
                  problems: stryMutAct_9fa48("1999") ? [] : (stryCov_9fa48("1999"), [stryMutAct_9fa48("2000") ? {} : (stryCov_9fa48("2000"), {
                    line,
                    message: (stryMutAct_9fa48("2001") ? `` : (stryCov_9fa48("2001"), `not UTF-8 text (byte 0x${stryMutAct_9fa48("2002") ? bad.toString(16).toLowerCase().padStart(2, '0') : (stryCov_9fa48("2002"), bad.toString(16).toUpperCase().padStart(2, stryMutAct_9fa48("2003") ? "" : (stryCov_9fa48("2003"), '0')))}): save the file as `)) + (stryMutAct_9fa48("2004") ? "" : (stryCov_9fa48("2004"), '"CSV UTF-8" in your spreadsheet, or name its encoding, e.g. --encoding windows-1252 ')) + (stryMutAct_9fa48("2005") ? "" : (stryCov_9fa48("2005"), '(Excel\'s plain "CSV" on Windows) or --encoding latin1'))
                  })])
                });
              }
            }
            start = end;
          }
        }
        return stryMutAct_9fa48("2006") ? {} : (stryCov_9fa48("2006"), {
          ok: stryMutAct_9fa48("2007") ? true : (stryCov_9fa48("2007"), false),
          problems: stryMutAct_9fa48("2008") ? [] : (stryCov_9fa48("2008"), [stryMutAct_9fa48("2009") ? {} : (stryCov_9fa48("2009"), {
            line: 0,
            message: stryMutAct_9fa48("2010") ? "" : (stryCov_9fa48("2010"), 'not UTF-8 text')
          })])
        });
      }
    }
  }
}
export type CsvReadResult = {
  ok: true;
  rows: StudentRow[];
} | {
  ok: false;
  problems: InputProblem[];
};
interface CsvRecord {
  record: string[];
  /** The record's text, after any blank lines skipped before it. */
  raw: string;
  /** `lines`: the line the record ends on. */
  info: {
    lines: number;
  };
}

/** The line a record starts on: its end line minus the line breaks inside it (a quoted value can span lines). */
function firstLineOf(record: CsvRecord): number {
  if (stryMutAct_9fa48("2011")) {
    {}
  } else {
    stryCov_9fa48("2011");
    const body = record.raw.replace(stryMutAct_9fa48("2013") ? /^\n/ : stryMutAct_9fa48("2012") ? /\n+/ : (stryCov_9fa48("2012", "2013"), /^\n+/), stryMutAct_9fa48("2014") ? "Stryker was here!" : (stryCov_9fa48("2014"), '')).replace(stryMutAct_9fa48("2015") ? /\n/ : (stryCov_9fa48("2015"), /\n$/), stryMutAct_9fa48("2016") ? "Stryker was here!" : (stryCov_9fa48("2016"), ''));
    return stryMutAct_9fa48("2017") ? record.info.lines + (body.match(/\n/g)?.length ?? 0) : (stryCov_9fa48("2017"), record.info.lines - (stryMutAct_9fa48("2018") ? body.match(/\n/g)?.length && 0 : (stryCov_9fa48("2018"), (stryMutAct_9fa48("2019") ? body.match(/\n/g).length : (stryCov_9fa48("2019"), body.match(/\n/g)?.length)) ?? 0)));
  }
}

/** `,` unless the header line has more `;` or tabs (spreadsheets in some locales save with `;`). */
export function detectDelimiter(text: string): string {
  if (stryMutAct_9fa48("2020")) {
    {}
  } else {
    stryCov_9fa48("2020");
    const firstLine = stryMutAct_9fa48("2021") ? text.split(/\r?\n/, 1)[0] && '' : (stryCov_9fa48("2021"), text.split(stryMutAct_9fa48("2022") ? /\r\n/ : (stryCov_9fa48("2022"), /\r?\n/), 1)[0] ?? (stryMutAct_9fa48("2023") ? "Stryker was here!" : (stryCov_9fa48("2023"), '')));
    const count = stryMutAct_9fa48("2024") ? () => undefined : (stryCov_9fa48("2024"), (() => {
      const count = (character: string): number => stryMutAct_9fa48("2025") ? firstLine.split(character).length + 1 : (stryCov_9fa48("2025"), firstLine.split(character).length - 1);
      return count;
    })());
    const candidates: [string, number][] = stryMutAct_9fa48("2026") ? [] : (stryCov_9fa48("2026"), [stryMutAct_9fa48("2027") ? [] : (stryCov_9fa48("2027"), [stryMutAct_9fa48("2028") ? "" : (stryCov_9fa48("2028"), ','), count(stryMutAct_9fa48("2029") ? "" : (stryCov_9fa48("2029"), ','))]), stryMutAct_9fa48("2030") ? [] : (stryCov_9fa48("2030"), [stryMutAct_9fa48("2031") ? "" : (stryCov_9fa48("2031"), ';'), count(stryMutAct_9fa48("2032") ? "" : (stryCov_9fa48("2032"), ';'))]), stryMutAct_9fa48("2033") ? [] : (stryCov_9fa48("2033"), [stryMutAct_9fa48("2034") ? "" : (stryCov_9fa48("2034"), '\t'), count(stryMutAct_9fa48("2035") ? "" : (stryCov_9fa48("2035"), '\t'))])]);
    return candidates.reduce(stryMutAct_9fa48("2036") ? () => undefined : (stryCov_9fa48("2036"), (best, candidate) => (stryMutAct_9fa48("2040") ? candidate[1] <= best[1] : stryMutAct_9fa48("2039") ? candidate[1] >= best[1] : stryMutAct_9fa48("2038") ? false : stryMutAct_9fa48("2037") ? true : (stryCov_9fa48("2037", "2038", "2039", "2040"), candidate[1] > best[1])) ? candidate : best))[0];
  }
}
function looksLikeData(cell: string): boolean {
  if (stryMutAct_9fa48("2041")) {
    {}
  } else {
    stryCov_9fa48("2041");
    return stryMutAct_9fa48("2044") ? checkStudentId(cell).ok && parseEmail(cell).ok : stryMutAct_9fa48("2043") ? false : stryMutAct_9fa48("2042") ? true : (stryCov_9fa48("2042", "2043", "2044"), checkStudentId(cell).ok || parseEmail(cell).ok);
  }
}

/** Maps header cells to columns, or explains what is wrong with the header. */
function readHeader(cells: string[]): {
  ok: true;
  columns: InputColumn[];
} | {
  ok: false;
  problems: InputProblem[];
} {
  if (stryMutAct_9fa48("2045")) {
    {}
  } else {
    stryCov_9fa48("2045");
    const trimmed = cells.map(stryMutAct_9fa48("2046") ? () => undefined : (stryCov_9fa48("2046"), cell => stryMutAct_9fa48("2047") ? cell : (stryCov_9fa48("2047"), cell.trim())));
    if (stryMutAct_9fa48("2050") ? trimmed.every(looksLikeData) : stryMutAct_9fa48("2049") ? false : stryMutAct_9fa48("2048") ? true : (stryCov_9fa48("2048", "2049", "2050"), trimmed.some(looksLikeData))) {
      if (stryMutAct_9fa48("2051")) {
        {}
      } else {
        stryCov_9fa48("2051");
        return stryMutAct_9fa48("2052") ? {} : (stryCov_9fa48("2052"), {
          ok: stryMutAct_9fa48("2053") ? true : (stryCov_9fa48("2053"), false),
          problems: stryMutAct_9fa48("2054") ? [] : (stryCov_9fa48("2054"), [stryMutAct_9fa48("2055") ? {} : (stryCov_9fa48("2055"), {
            line: 1,
            message: (stryMutAct_9fa48("2056") ? "" : (stryCov_9fa48("2056"), 'missing header: line 1 holds data. Add a first line naming the columns, e.g. "ContactId" or "Email"')) + (stryMutAct_9fa48("2057") ? `` : (stryCov_9fa48("2057"), ` (allowed columns: ${INPUT_COLUMNS.join(stryMutAct_9fa48("2058") ? "" : (stryCov_9fa48("2058"), ', '))})`))
          })])
        });
      }
    }
    const problems: InputProblem[] = stryMutAct_9fa48("2059") ? ["Stryker was here"] : (stryCov_9fa48("2059"), []);
    const columns: InputColumn[] = stryMutAct_9fa48("2060") ? ["Stryker was here"] : (stryCov_9fa48("2060"), []);
    const seen = new Set<InputColumn>();
    trimmed.forEach((cell, index) => {
      if (stryMutAct_9fa48("2061")) {
        {}
      } else {
        stryCov_9fa48("2061");
        const column = COLUMN_BY_KEY.get(normalizeHeader(cell));
        if (stryMutAct_9fa48("2064") ? false : stryMutAct_9fa48("2063") ? true : stryMutAct_9fa48("2062") ? column : (stryCov_9fa48("2062", "2063", "2064"), !column)) {
          if (stryMutAct_9fa48("2065")) {
            {}
          } else {
            stryCov_9fa48("2065");
            problems.push(stryMutAct_9fa48("2066") ? {} : (stryCov_9fa48("2066"), {
              line: 1,
              message: (stryMutAct_9fa48("2069") ? cell !== '' : stryMutAct_9fa48("2068") ? false : stryMutAct_9fa48("2067") ? true : (stryCov_9fa48("2067", "2068", "2069"), cell === (stryMutAct_9fa48("2070") ? "Stryker was here!" : (stryCov_9fa48("2070"), '')))) ? stryMutAct_9fa48("2071") ? `` : (stryCov_9fa48("2071"), `header column ${stryMutAct_9fa48("2072") ? index - 1 : (stryCov_9fa48("2072"), index + 1)} is blank (allowed columns: ${INPUT_COLUMNS.join(stryMutAct_9fa48("2073") ? "" : (stryCov_9fa48("2073"), ', '))})`) : stryMutAct_9fa48("2074") ? `` : (stryCov_9fa48("2074"), `unknown column "${cell}" (allowed columns: ${INPUT_COLUMNS.join(stryMutAct_9fa48("2075") ? "" : (stryCov_9fa48("2075"), ', '))})`)
            }));
          }
        } else if (stryMutAct_9fa48("2077") ? false : stryMutAct_9fa48("2076") ? true : (stryCov_9fa48("2076", "2077"), seen.has(column))) {
          if (stryMutAct_9fa48("2078")) {
            {}
          } else {
            stryCov_9fa48("2078");
            problems.push(stryMutAct_9fa48("2079") ? {} : (stryCov_9fa48("2079"), {
              line: 1,
              message: stryMutAct_9fa48("2080") ? `` : (stryCov_9fa48("2080"), `column ${column} appears twice in the header`)
            }));
          }
        } else {
          if (stryMutAct_9fa48("2081")) {
            {}
          } else {
            stryCov_9fa48("2081");
            seen.add(column);
          }
        }
        if (stryMutAct_9fa48("2083") ? false : stryMutAct_9fa48("2082") ? true : (stryCov_9fa48("2082", "2083"), column)) {
          if (stryMutAct_9fa48("2084")) {
            {}
          } else {
            stryCov_9fa48("2084");
            columns.push(column);
          }
        }
      }
    });
    if (stryMutAct_9fa48("2087") ? !seen.has('ContactId') || !seen.has('Email') : stryMutAct_9fa48("2086") ? false : stryMutAct_9fa48("2085") ? true : (stryCov_9fa48("2085", "2086", "2087"), (stryMutAct_9fa48("2088") ? seen.has('ContactId') : (stryCov_9fa48("2088"), !seen.has(stryMutAct_9fa48("2089") ? "" : (stryCov_9fa48("2089"), 'ContactId')))) && (stryMutAct_9fa48("2090") ? seen.has('Email') : (stryCov_9fa48("2090"), !seen.has(stryMutAct_9fa48("2091") ? "" : (stryCov_9fa48("2091"), 'Email')))))) {
      if (stryMutAct_9fa48("2092")) {
        {}
      } else {
        stryCov_9fa48("2092");
        const found = stryMutAct_9fa48("2093") ? trimmed.map(cell => `"${cell}"`) : (stryCov_9fa48("2093"), trimmed.filter(stryMutAct_9fa48("2094") ? () => undefined : (stryCov_9fa48("2094"), cell => stryMutAct_9fa48("2097") ? cell === '' : stryMutAct_9fa48("2096") ? false : stryMutAct_9fa48("2095") ? true : (stryCov_9fa48("2095", "2096", "2097"), cell !== (stryMutAct_9fa48("2098") ? "Stryker was here!" : (stryCov_9fa48("2098"), ''))))).map(stryMutAct_9fa48("2099") ? () => undefined : (stryCov_9fa48("2099"), cell => stryMutAct_9fa48("2100") ? `` : (stryCov_9fa48("2100"), `"${cell}"`))));
        problems.push(stryMutAct_9fa48("2101") ? {} : (stryCov_9fa48("2101"), {
          line: 1,
          message: (stryMutAct_9fa48("2102") ? "" : (stryCov_9fa48("2102"), 'the header needs a ContactId or an Email column (at least one of them names each student); found ')) + ((stryMutAct_9fa48("2106") ? found.length <= 0 : stryMutAct_9fa48("2105") ? found.length >= 0 : stryMutAct_9fa48("2104") ? false : stryMutAct_9fa48("2103") ? true : (stryCov_9fa48("2103", "2104", "2105", "2106"), found.length > 0)) ? found.join(stryMutAct_9fa48("2107") ? "" : (stryCov_9fa48("2107"), ', ')) : stryMutAct_9fa48("2108") ? "" : (stryCov_9fa48("2108"), 'no column names'))
        }));
      }
    }
    return (stryMutAct_9fa48("2112") ? problems.length <= 0 : stryMutAct_9fa48("2111") ? problems.length >= 0 : stryMutAct_9fa48("2110") ? false : stryMutAct_9fa48("2109") ? true : (stryCov_9fa48("2109", "2110", "2111", "2112"), problems.length > 0)) ? stryMutAct_9fa48("2113") ? {} : (stryCov_9fa48("2113"), {
      ok: stryMutAct_9fa48("2114") ? true : (stryCov_9fa48("2114"), false),
      problems
    }) : stryMutAct_9fa48("2115") ? {} : (stryCov_9fa48("2115"), {
      ok: stryMutAct_9fa48("2116") ? false : (stryCov_9fa48("2116"), true),
      columns
    });
  }
}

/** Parses the cells of one data line; pushes a problem for each bad cell. */
function readRow(line: number, cells: Partial<Record<InputColumn, string>>, problems: InputProblem[]): StudentRow | undefined {
  if (stryMutAct_9fa48("2117")) {
    {}
  } else {
    stryCov_9fa48("2117");
    const before = problems.length;
    const take = <T,>(column: InputColumn, parser: (raw: string) => Parsed<T>): T | undefined => {
      if (stryMutAct_9fa48("2118")) {
        {}
      } else {
        stryCov_9fa48("2118");
        const raw = stryMutAct_9fa48("2119") ? cells[column]?.trim() && '' : (stryCov_9fa48("2119"), (stryMutAct_9fa48("2121") ? cells[column].trim() : stryMutAct_9fa48("2120") ? cells[column] : (stryCov_9fa48("2120", "2121"), cells[column]?.trim())) ?? (stryMutAct_9fa48("2122") ? "Stryker was here!" : (stryCov_9fa48("2122"), '')));
        if (stryMutAct_9fa48("2125") ? raw !== '' : stryMutAct_9fa48("2124") ? false : stryMutAct_9fa48("2123") ? true : (stryCov_9fa48("2123", "2124", "2125"), raw === (stryMutAct_9fa48("2126") ? "Stryker was here!" : (stryCov_9fa48("2126"), '')))) {
          if (stryMutAct_9fa48("2127")) {
            {}
          } else {
            stryCov_9fa48("2127");
            return undefined;
          }
        }
        const parsed = parser(raw);
        if (stryMutAct_9fa48("2130") ? false : stryMutAct_9fa48("2129") ? true : stryMutAct_9fa48("2128") ? parsed.ok : (stryCov_9fa48("2128", "2129", "2130"), !parsed.ok)) {
          if (stryMutAct_9fa48("2131")) {
            {}
          } else {
            stryCov_9fa48("2131");
            problems.push(stryMutAct_9fa48("2132") ? {} : (stryCov_9fa48("2132"), {
              line,
              message: stryMutAct_9fa48("2133") ? `` : (stryCov_9fa48("2133"), `${column}: ${parsed.reason}`)
            }));
            return undefined;
          }
        }
        return parsed.value;
      }
    };
    const studentId = take(stryMutAct_9fa48("2134") ? "" : (stryCov_9fa48("2134"), 'ContactId'), raw => {
      if (stryMutAct_9fa48("2135")) {
        {}
      } else {
        stryCov_9fa48("2135");
        const check = checkStudentId(raw);
        return check.ok ? stryMutAct_9fa48("2136") ? {} : (stryCov_9fa48("2136"), {
          ok: stryMutAct_9fa48("2137") ? false : (stryCov_9fa48("2137"), true),
          value: check
        }) : stryMutAct_9fa48("2138") ? {} : (stryCov_9fa48("2138"), {
          ok: stryMutAct_9fa48("2139") ? true : (stryCov_9fa48("2139"), false),
          reason: check.reason
        });
      }
    });
    const email = take(stryMutAct_9fa48("2140") ? "" : (stryCov_9fa48("2140"), 'Email'), parseEmail);
    const overrides: RowOverrides = stryMutAct_9fa48("2141") ? {} : (stryCov_9fa48("2141"), {
      licenseKey: take(stryMutAct_9fa48("2142") ? "" : (stryCov_9fa48("2142"), 'License'), parseLicense),
      profileName: take(stryMutAct_9fa48("2143") ? "" : (stryCov_9fa48("2143"), 'Profile'), parseProfileName),
      timeZoneSidKey: take(stryMutAct_9fa48("2144") ? "" : (stryCov_9fa48("2144"), 'TimeZone'), parseTimeZone),
      username: take(stryMutAct_9fa48("2145") ? "" : (stryCov_9fa48("2145"), 'Username'), parseUsername),
      sendWelcomeEmail: take(stryMutAct_9fa48("2146") ? "" : (stryCov_9fa48("2146"), 'SendWelcomeEmail'), parseBoolean)
    });
    const hasContactCell = stryMutAct_9fa48("2149") ? (cells.ContactId ?? '').trim() !== '' && (cells.Email ?? '').trim() !== '' : stryMutAct_9fa48("2148") ? false : stryMutAct_9fa48("2147") ? true : (stryCov_9fa48("2147", "2148", "2149"), (stryMutAct_9fa48("2151") ? (cells.ContactId ?? '').trim() === '' : stryMutAct_9fa48("2150") ? false : (stryCov_9fa48("2150", "2151"), (stryMutAct_9fa48("2152") ? cells.ContactId ?? '' : (stryCov_9fa48("2152"), (stryMutAct_9fa48("2153") ? cells.ContactId && '' : (stryCov_9fa48("2153"), cells.ContactId ?? (stryMutAct_9fa48("2154") ? "Stryker was here!" : (stryCov_9fa48("2154"), '')))).trim())) !== (stryMutAct_9fa48("2155") ? "Stryker was here!" : (stryCov_9fa48("2155"), '')))) || (stryMutAct_9fa48("2157") ? (cells.Email ?? '').trim() === '' : stryMutAct_9fa48("2156") ? false : (stryCov_9fa48("2156", "2157"), (stryMutAct_9fa48("2158") ? cells.Email ?? '' : (stryCov_9fa48("2158"), (stryMutAct_9fa48("2159") ? cells.Email && '' : (stryCov_9fa48("2159"), cells.Email ?? (stryMutAct_9fa48("2160") ? "Stryker was here!" : (stryCov_9fa48("2160"), '')))).trim())) !== (stryMutAct_9fa48("2161") ? "Stryker was here!" : (stryCov_9fa48("2161"), '')))));
    if (stryMutAct_9fa48("2164") ? false : stryMutAct_9fa48("2163") ? true : stryMutAct_9fa48("2162") ? hasContactCell : (stryCov_9fa48("2162", "2163", "2164"), !hasContactCell)) {
      if (stryMutAct_9fa48("2165")) {
        {}
      } else {
        stryCov_9fa48("2165");
        problems.push(stryMutAct_9fa48("2166") ? {} : (stryCov_9fa48("2166"), {
          line,
          message: stryMutAct_9fa48("2167") ? "" : (stryCov_9fa48("2167"), 'no ContactId and no Email: every row must name its contact')
        }));
      }
    }
    if (stryMutAct_9fa48("2171") ? problems.length <= before : stryMutAct_9fa48("2170") ? problems.length >= before : stryMutAct_9fa48("2169") ? false : stryMutAct_9fa48("2168") ? true : (stryCov_9fa48("2168", "2169", "2170", "2171"), problems.length > before)) {
      if (stryMutAct_9fa48("2172")) {
        {}
      } else {
        stryCov_9fa48("2172");
        return undefined;
      }
    }
    const row: StudentRow = stryMutAct_9fa48("2173") ? {} : (stryCov_9fa48("2173"), {
      row: line,
      overrides: withoutUndefined(overrides)
    });
    if (stryMutAct_9fa48("2176") ? studentId?.object !== 'Account' : stryMutAct_9fa48("2175") ? false : stryMutAct_9fa48("2174") ? true : (stryCov_9fa48("2174", "2175", "2176"), (stryMutAct_9fa48("2177") ? studentId.object : (stryCov_9fa48("2177"), studentId?.object)) === (stryMutAct_9fa48("2178") ? "" : (stryCov_9fa48("2178"), 'Account')))) {
      if (stryMutAct_9fa48("2179")) {
        {}
      } else {
        stryCov_9fa48("2179");
        row.accountId = studentId.id18;
      }
    } else if (stryMutAct_9fa48("2181") ? false : stryMutAct_9fa48("2180") ? true : (stryCov_9fa48("2180", "2181"), studentId)) {
      if (stryMutAct_9fa48("2182")) {
        {}
      } else {
        stryCov_9fa48("2182");
        row.contactId = studentId.id18;
      }
    }
    if (stryMutAct_9fa48("2184") ? false : stryMutAct_9fa48("2183") ? true : (stryCov_9fa48("2183", "2184"), email)) {
      if (stryMutAct_9fa48("2185")) {
        {}
      } else {
        stryCov_9fa48("2185");
        row.email = email;
        row.emailAsWritten = stryMutAct_9fa48("2186") ? cells.Email ?? '' : (stryCov_9fa48("2186"), (stryMutAct_9fa48("2187") ? cells.Email && '' : (stryCov_9fa48("2187"), cells.Email ?? (stryMutAct_9fa48("2188") ? "Stryker was here!" : (stryCov_9fa48("2188"), '')))).trim());
      }
    }
    return row;
  }
}
function withoutUndefined(overrides: RowOverrides): RowOverrides {
  if (stryMutAct_9fa48("2189")) {
    {}
  } else {
    stryCov_9fa48("2189");
    return Object.fromEntries(stryMutAct_9fa48("2190") ? Object.entries(overrides) : (stryCov_9fa48("2190"), Object.entries(overrides).filter(stryMutAct_9fa48("2191") ? () => undefined : (stryCov_9fa48("2191"), ([, value]) => stryMutAct_9fa48("2194") ? value === undefined : stryMutAct_9fa48("2193") ? false : stryMutAct_9fa48("2192") ? true : (stryCov_9fa48("2192", "2193", "2194"), value !== undefined)))));
  }
}

/** Second row naming the same student (same Contact or Account Id, or same email for rows without an Id). */
function findDuplicates(rows: StudentRow[], problems: InputProblem[]): void {
  if (stryMutAct_9fa48("2195")) {
    {}
  } else {
    stryCov_9fa48("2195");
    const byId = new Map<string, number>();
    const byEmail = new Map<string, number>();
    for (const row of rows) {
      if (stryMutAct_9fa48("2196")) {
        {}
      } else {
        stryCov_9fa48("2196");
        const id = stryMutAct_9fa48("2197") ? row.contactId && row.accountId : (stryCov_9fa48("2197"), row.contactId ?? row.accountId);
        if (stryMutAct_9fa48("2199") ? false : stryMutAct_9fa48("2198") ? true : (stryCov_9fa48("2198", "2199"), id)) {
          if (stryMutAct_9fa48("2200")) {
            {}
          } else {
            stryCov_9fa48("2200");
            const first = byId.get(id);
            if (stryMutAct_9fa48("2203") ? first === undefined : stryMutAct_9fa48("2202") ? false : stryMutAct_9fa48("2201") ? true : (stryCov_9fa48("2201", "2202", "2203"), first !== undefined)) {
              if (stryMutAct_9fa48("2204")) {
                {}
              } else {
                stryCov_9fa48("2204");
                problems.push(stryMutAct_9fa48("2205") ? {} : (stryCov_9fa48("2205"), {
                  line: row.row,
                  message: stryMutAct_9fa48("2206") ? `` : (stryCov_9fa48("2206"), `duplicate ${row.contactId ? stryMutAct_9fa48("2207") ? "" : (stryCov_9fa48("2207"), 'contact') : stryMutAct_9fa48("2208") ? "" : (stryCov_9fa48("2208"), 'account')} ${id} (already on line ${first})`)
                }));
              }
            } else {
              if (stryMutAct_9fa48("2209")) {
                {}
              } else {
                stryCov_9fa48("2209");
                byId.set(id, row.row);
              }
            }
          }
        } else if (stryMutAct_9fa48("2211") ? false : stryMutAct_9fa48("2210") ? true : (stryCov_9fa48("2210", "2211"), row.email)) {
          if (stryMutAct_9fa48("2212")) {
            {}
          } else {
            stryCov_9fa48("2212");
            const first = byEmail.get(row.email);
            if (stryMutAct_9fa48("2215") ? first === undefined : stryMutAct_9fa48("2214") ? false : stryMutAct_9fa48("2213") ? true : (stryCov_9fa48("2213", "2214", "2215"), first !== undefined)) {
              if (stryMutAct_9fa48("2216")) {
                {}
              } else {
                stryCov_9fa48("2216");
                problems.push(stryMutAct_9fa48("2217") ? {} : (stryCov_9fa48("2217"), {
                  line: row.row,
                  message: stryMutAct_9fa48("2218") ? `` : (stryCov_9fa48("2218"), `duplicate email ${row.email} (already on line ${first})`)
                }));
              }
            } else {
              if (stryMutAct_9fa48("2219")) {
                {}
              } else {
                stryCov_9fa48("2219");
                byEmail.set(row.email, row.row);
              }
            }
          }
        }
      }
    }
  }
}

/** Reads a whole input CSV. Every problem is reported, each with its line. */
export function readStudentCsv(text: string): CsvReadResult {
  if (stryMutAct_9fa48("2220")) {
    {}
  } else {
    stryCov_9fa48("2220");
    // Windows line ends become \n, so that line numbers are counted one way (a CR inside a quoted value goes too).
    const content = text.replace(stryMutAct_9fa48("2221") ? /\uFEFF/ : (stryCov_9fa48("2221"), /^\uFEFF/), stryMutAct_9fa48("2222") ? "Stryker was here!" : (stryCov_9fa48("2222"), '')).replace(/\r\n/g, stryMutAct_9fa48("2223") ? "" : (stryCov_9fa48("2223"), '\n'));
    if (stryMutAct_9fa48("2226") ? content.trim() !== '' : stryMutAct_9fa48("2225") ? false : stryMutAct_9fa48("2224") ? true : (stryCov_9fa48("2224", "2225", "2226"), (stryMutAct_9fa48("2227") ? content : (stryCov_9fa48("2227"), content.trim())) === (stryMutAct_9fa48("2228") ? "Stryker was here!" : (stryCov_9fa48("2228"), '')))) {
      if (stryMutAct_9fa48("2229")) {
        {}
      } else {
        stryCov_9fa48("2229");
        return stryMutAct_9fa48("2230") ? {} : (stryCov_9fa48("2230"), {
          ok: stryMutAct_9fa48("2231") ? true : (stryCov_9fa48("2231"), false),
          problems: stryMutAct_9fa48("2232") ? [] : (stryCov_9fa48("2232"), [stryMutAct_9fa48("2233") ? {} : (stryCov_9fa48("2233"), {
            line: 0,
            message: stryMutAct_9fa48("2234") ? "" : (stryCov_9fa48("2234"), 'the file is empty: expected a header line such as "ContactId" or "Email"')
          })])
        });
      }
    }
    let records: CsvRecord[];
    try {
      if (stryMutAct_9fa48("2235")) {
        {}
      } else {
        stryCov_9fa48("2235");
        records = parse(content, {
          delimiter: detectDelimiter(content),
          info: true,
          raw: true,
          relax_column_count: true,
          skip_empty_lines: true
        }) as unknown as CsvRecord[];
      }
    } catch (error) {
      if (stryMutAct_9fa48("2236")) {
        {}
      } else {
        stryCov_9fa48("2236");
        const lines = stryMutAct_9fa48("2237") ? (error as {
          lines?: number;
        }).lines && 0 : (stryCov_9fa48("2237"), (error as {
          lines?: number;
        }).lines ?? 0);
        const reason = error instanceof Error ? error.message.replace(stryMutAct_9fa48("2240") ? /^Invalid\S+/ : stryMutAct_9fa48("2239") ? /^Invalid\s/ : stryMutAct_9fa48("2238") ? /Invalid\s+/ : (stryCov_9fa48("2238", "2239", "2240"), /^Invalid\s+/), stryMutAct_9fa48("2241") ? "" : (stryCov_9fa48("2241"), 'invalid ')) : String(error);
        return stryMutAct_9fa48("2242") ? {} : (stryCov_9fa48("2242"), {
          ok: stryMutAct_9fa48("2243") ? true : (stryCov_9fa48("2243"), false),
          problems: stryMutAct_9fa48("2244") ? [] : (stryCov_9fa48("2244"), [stryMutAct_9fa48("2245") ? {} : (stryCov_9fa48("2245"), {
            line: lines,
            message: stryMutAct_9fa48("2246") ? `` : (stryCov_9fa48("2246"), `not a readable CSV: ${reason}`)
          })])
        });
      }
    }
    const [header, ...data] = records;
    const headerResult = readHeader(header.record);
    if (stryMutAct_9fa48("2249") ? false : stryMutAct_9fa48("2248") ? true : stryMutAct_9fa48("2247") ? headerResult.ok : (stryCov_9fa48("2247", "2248", "2249"), !headerResult.ok)) {
      if (stryMutAct_9fa48("2250")) {
        {}
      } else {
        stryCov_9fa48("2250");
        return headerResult;
      }
    }
    const {
      columns
    } = headerResult;
    const problems: InputProblem[] = stryMutAct_9fa48("2251") ? ["Stryker was here"] : (stryCov_9fa48("2251"), []);
    const rows: StudentRow[] = stryMutAct_9fa48("2252") ? ["Stryker was here"] : (stryCov_9fa48("2252"), []);
    for (const parsed of data) {
      if (stryMutAct_9fa48("2253")) {
        {}
      } else {
        stryCov_9fa48("2253");
        const {
          record
        } = parsed;
        const line = firstLineOf(parsed);
        if (stryMutAct_9fa48("2256") ? record.some(cell => cell.trim() === '') : stryMutAct_9fa48("2255") ? false : stryMutAct_9fa48("2254") ? true : (stryCov_9fa48("2254", "2255", "2256"), record.every(stryMutAct_9fa48("2257") ? () => undefined : (stryCov_9fa48("2257"), cell => stryMutAct_9fa48("2260") ? cell.trim() !== '' : stryMutAct_9fa48("2259") ? false : stryMutAct_9fa48("2258") ? true : (stryCov_9fa48("2258", "2259", "2260"), (stryMutAct_9fa48("2261") ? cell : (stryCov_9fa48("2261"), cell.trim())) === (stryMutAct_9fa48("2262") ? "Stryker was here!" : (stryCov_9fa48("2262"), ''))))))) {
          if (stryMutAct_9fa48("2263")) {
            {}
          } else {
            stryCov_9fa48("2263");
            continue;
          }
        }
        if (stryMutAct_9fa48("2266") ? record.length === columns.length : stryMutAct_9fa48("2265") ? false : stryMutAct_9fa48("2264") ? true : (stryCov_9fa48("2264", "2265", "2266"), record.length !== columns.length)) {
          if (stryMutAct_9fa48("2267")) {
            {}
          } else {
            stryCov_9fa48("2267");
            problems.push(stryMutAct_9fa48("2268") ? {} : (stryCov_9fa48("2268"), {
              line,
              message: stryMutAct_9fa48("2269") ? `` : (stryCov_9fa48("2269"), `expected ${columns.length} fields (${columns.join(stryMutAct_9fa48("2270") ? "" : (stryCov_9fa48("2270"), ', '))}), found ${record.length}`)
            }));
            continue;
          }
        }
        const cells: Partial<Record<InputColumn, string>> = {};
        columns.forEach(stryMutAct_9fa48("2271") ? () => undefined : (stryCov_9fa48("2271"), (column, index) => cells[column] = record[index]));
        const row = readRow(line, cells, problems);
        if (stryMutAct_9fa48("2273") ? false : stryMutAct_9fa48("2272") ? true : (stryCov_9fa48("2272", "2273"), row)) {
          if (stryMutAct_9fa48("2274")) {
            {}
          } else {
            stryCov_9fa48("2274");
            rows.push(row);
          }
        }
      }
    }
    findDuplicates(rows, problems);
    if (stryMutAct_9fa48("2277") ? problems.length === 0 || rows.length === 0 : stryMutAct_9fa48("2276") ? false : stryMutAct_9fa48("2275") ? true : (stryCov_9fa48("2275", "2276", "2277"), (stryMutAct_9fa48("2279") ? problems.length !== 0 : stryMutAct_9fa48("2278") ? true : (stryCov_9fa48("2278", "2279"), problems.length === 0)) && (stryMutAct_9fa48("2281") ? rows.length !== 0 : stryMutAct_9fa48("2280") ? true : (stryCov_9fa48("2280", "2281"), rows.length === 0)))) {
      if (stryMutAct_9fa48("2282")) {
        {}
      } else {
        stryCov_9fa48("2282");
        problems.push(stryMutAct_9fa48("2283") ? {} : (stryCov_9fa48("2283"), {
          line: 0,
          message: stryMutAct_9fa48("2284") ? "" : (stryCov_9fa48("2284"), 'the file has a header but no student rows')
        }));
      }
    }
    return (stryMutAct_9fa48("2288") ? problems.length <= 0 : stryMutAct_9fa48("2287") ? problems.length >= 0 : stryMutAct_9fa48("2286") ? false : stryMutAct_9fa48("2285") ? true : (stryCov_9fa48("2285", "2286", "2287", "2288"), problems.length > 0)) ? stryMutAct_9fa48("2289") ? {} : (stryCov_9fa48("2289"), {
      ok: stryMutAct_9fa48("2290") ? true : (stryCov_9fa48("2290"), false),
      problems
    }) : stryMutAct_9fa48("2291") ? {} : (stryCov_9fa48("2291"), {
      ok: stryMutAct_9fa48("2292") ? false : (stryCov_9fa48("2292"), true),
      rows
    });
  }
}