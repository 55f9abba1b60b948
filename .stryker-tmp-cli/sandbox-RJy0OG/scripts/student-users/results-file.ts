/**
 * Writing the results CSV: rows are appended as each chunk returns (so a killed run leaves every answered row for
 * `--resume`), and the finished file is rewritten in row order atomically (a temporary file renamed over the target).
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
import { closeSync, fdatasyncSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ResultColumn, ResultRow } from './results-format';
import { RESULT_COLUMNS, toCsvCells } from './results-format';

/**
 * RFC 4180, plus quotes around values with leading or trailing spaces (so they survive a round trip) and around a lone
 * carriage return (csv-stringify quotes only its own record delimiter, `\n`).
 */
const CSV_OPTIONS = {
  quoted_match: /^\s|\s$|\r/,
  record_delimiter: 'unix'
} as const;

/** One CSV cell, quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvCell(value: string): string {
  if (stryMutAct_9fa48("1111")) {
    {}
  } else {
    stryCov_9fa48("1111");
    return stryMutAct_9fa48("1112") ? stringify([[value]], CSV_OPTIONS) : (stryCov_9fa48("1112"), stringify(stryMutAct_9fa48("1113") ? [] : (stryCov_9fa48("1113"), [stryMutAct_9fa48("1114") ? [] : (stryCov_9fa48("1114"), [value])]), CSV_OPTIONS).slice(0, stryMutAct_9fa48("1115") ? +1 : (stryCov_9fa48("1115"), -1)));
  }
}

/** The results CSV text: header, then one line per row in row order. */
export function resultsCsv(results: readonly ResultRow[], columns: readonly ResultColumn[] = RESULT_COLUMNS): string {
  if (stryMutAct_9fa48("1116")) {
    {}
  } else {
    stryCov_9fa48("1116");
    const sorted = stryMutAct_9fa48("1117") ? [...results] : (stryCov_9fa48("1117"), (stryMutAct_9fa48("1118") ? [] : (stryCov_9fa48("1118"), [...results])).sort(stryMutAct_9fa48("1119") ? () => undefined : (stryCov_9fa48("1119"), (a, b) => stryMutAct_9fa48("1120") ? a.row + b.row : (stryCov_9fa48("1120"), a.row - b.row))));
    return stringify(stryMutAct_9fa48("1121") ? [] : (stryCov_9fa48("1121"), [stryMutAct_9fa48("1122") ? [] : (stryCov_9fa48("1122"), [...columns]), ...sorted.map(stryMutAct_9fa48("1123") ? () => undefined : (stryCov_9fa48("1123"), result => toCsvCells(result, columns)))]), CSV_OPTIONS);
  }
}

/** `students.csv` → `students.results.csv` in the same folder. */
export function defaultResultsPath(inputPath: string): string {
  if (stryMutAct_9fa48("1124")) {
    {}
  } else {
    stryCov_9fa48("1124");
    const extension = extname(inputPath);
    const stem = (stryMutAct_9fa48("1127") ? extension.toLowerCase() !== '.csv' : stryMutAct_9fa48("1126") ? false : stryMutAct_9fa48("1125") ? true : (stryCov_9fa48("1125", "1126", "1127"), (stryMutAct_9fa48("1128") ? extension.toUpperCase() : (stryCov_9fa48("1128"), extension.toLowerCase())) === (stryMutAct_9fa48("1129") ? "" : (stryCov_9fa48("1129"), '.csv')))) ? basename(inputPath, extension) : basename(inputPath);
    return join(dirname(inputPath), stryMutAct_9fa48("1130") ? `` : (stryCov_9fa48("1130"), `${stem}.results.csv`));
  }
}

/** For --where runs: `<command>-students-<UTC timestamp>.results.csv` (e.g. `enable-students-...`) in the working folder. */
export function timestampedResultsPath(now: Date, folder: string, command = stryMutAct_9fa48("1131") ? "" : (stryCov_9fa48("1131"), 'enable')): string {
  if (stryMutAct_9fa48("1132")) {
    {}
  } else {
    stryCov_9fa48("1132");
    const stamp = now.toISOString().replace(stryMutAct_9fa48("1133") ? /[^-:]/g : (stryCov_9fa48("1133"), /[-:]/g), stryMutAct_9fa48("1134") ? "Stryker was here!" : (stryCov_9fa48("1134"), '')).replace(stryMutAct_9fa48("1137") ? /\.\D+Z$/ : stryMutAct_9fa48("1136") ? /\.\dZ$/ : stryMutAct_9fa48("1135") ? /\.\d+Z/ : (stryCov_9fa48("1135", "1136", "1137"), /\.\d+Z$/), stryMutAct_9fa48("1138") ? "" : (stryCov_9fa48("1138"), 'Z'));
    return join(folder, stryMutAct_9fa48("1139") ? `` : (stryCov_9fa48("1139"), `${command}-students-${stamp}.results.csv`));
  }
}
export function writeResultsFile(path: string, results: readonly ResultRow[], columns: readonly ResultColumn[] = RESULT_COLUMNS): void {
  if (stryMutAct_9fa48("1140")) {
    {}
  } else {
    stryCov_9fa48("1140");
    const temporary = stryMutAct_9fa48("1141") ? `` : (stryCov_9fa48("1141"), `${path}.${process.pid}.tmp`);
    writeFileSync(temporary, resultsCsv(results, columns), stryMutAct_9fa48("1142") ? "" : (stryCov_9fa48("1142"), 'utf8'));
    renameSync(temporary, path);
  }
}

/** A results file being written while the run goes on. */
export interface ResultsWriter {
  readonly path: string;
  /** Appends rows (any order) and flushes them to the disk. */
  append(rows: readonly ResultRow[]): void;
  /** Replaces the file with every row, in row order, and closes it. */
  finish(results: readonly ResultRow[]): void;
}

/**
 * Starts the results file: the header and the rows carried over from `--resume`, written atomically (the file may be
 * the --resume file itself), then opened for appending. Throws when the file cannot be written.
 */
export function openResultsFile(path: string, carried: readonly ResultRow[], columns: readonly ResultColumn[] = RESULT_COLUMNS): ResultsWriter {
  if (stryMutAct_9fa48("1143")) {
    {}
  } else {
    stryCov_9fa48("1143");
    writeResultsFile(path, carried, columns);
    let fd: number | undefined = openSync(path, stryMutAct_9fa48("1144") ? "" : (stryCov_9fa48("1144"), 'a'));
    return stryMutAct_9fa48("1145") ? {} : (stryCov_9fa48("1145"), {
      path,
      append(rows) {
        if (stryMutAct_9fa48("1146")) {
          {}
        } else {
          stryCov_9fa48("1146");
          if (stryMutAct_9fa48("1149") ? fd === undefined && rows.length === 0 : stryMutAct_9fa48("1148") ? false : stryMutAct_9fa48("1147") ? true : (stryCov_9fa48("1147", "1148", "1149"), (stryMutAct_9fa48("1151") ? fd !== undefined : stryMutAct_9fa48("1150") ? false : (stryCov_9fa48("1150", "1151"), fd === undefined)) || (stryMutAct_9fa48("1153") ? rows.length !== 0 : stryMutAct_9fa48("1152") ? false : (stryCov_9fa48("1152", "1153"), rows.length === 0)))) {
            if (stryMutAct_9fa48("1154")) {
              {}
            } else {
              stryCov_9fa48("1154");
              return;
            }
          }
          writeSync(fd, stringify(rows.map(stryMutAct_9fa48("1155") ? () => undefined : (stryCov_9fa48("1155"), result => toCsvCells(result, columns))), CSV_OPTIONS));
          fdatasyncSync(fd);
        }
      },
      finish(results) {
        if (stryMutAct_9fa48("1156")) {
          {}
        } else {
          stryCov_9fa48("1156");
          if (stryMutAct_9fa48("1159") ? fd === undefined : stryMutAct_9fa48("1158") ? false : stryMutAct_9fa48("1157") ? true : (stryCov_9fa48("1157", "1158", "1159"), fd !== undefined)) {
            if (stryMutAct_9fa48("1160")) {
              {}
            } else {
              stryCov_9fa48("1160");
              closeSync(fd);
              fd = undefined;
            }
          }
          writeResultsFile(path, results, columns);
        }
      }
    });
  }
}