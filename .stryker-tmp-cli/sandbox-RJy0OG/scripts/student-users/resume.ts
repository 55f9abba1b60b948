/** `--resume <results.csv>`: reads an earlier results file and sets aside the rows that already succeeded. */
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
import type { ResultColumn, ResultRow, RowStatus } from './results-format';
import { DONE_STATUSES, RESULT_COLUMNS, RESULT_COLUMNS_BEFORE_READINESS, isRowStatus, restoreFormulaCell } from './results-format';
import type { InputProblem, StudentRow } from './student-rows';
export type ResultsReadResult = {
  ok: true;
  results: ResultRow[];
} | {
  ok: false;
  problems: InputProblem[];
};

/**
 * Parses a results CSV written by this tool (or the cohort page): same columns, known statuses. `columns`: those of
 * the subcommand (RESULT_COLUMNS for enable, LIFECYCLE_RESULT_COLUMNS for the others).
 */
export function readResultsCsv(text: string, expected: readonly ResultColumn[] = RESULT_COLUMNS): ResultsReadResult {
  if (stryMutAct_9fa48("1230")) {
    {}
  } else {
    stryCov_9fa48("1230");
    let records: string[][];
    try {
      if (stryMutAct_9fa48("1231")) {
        {}
      } else {
        stryCov_9fa48("1231");
        records = parse(text.replace(stryMutAct_9fa48("1232") ? /\uFEFF/ : (stryCov_9fa48("1232"), /^\uFEFF/), stryMutAct_9fa48("1233") ? "Stryker was here!" : (stryCov_9fa48("1233"), '')), stryMutAct_9fa48("1234") ? {} : (stryCov_9fa48("1234"), {
          skip_empty_lines: stryMutAct_9fa48("1235") ? false : (stryCov_9fa48("1235"), true),
          relax_column_count: stryMutAct_9fa48("1236") ? false : (stryCov_9fa48("1236"), true)
        }));
      }
    } catch (error) {
      if (stryMutAct_9fa48("1237")) {
        {}
      } else {
        stryCov_9fa48("1237");
        return stryMutAct_9fa48("1238") ? {} : (stryCov_9fa48("1238"), {
          ok: stryMutAct_9fa48("1239") ? true : (stryCov_9fa48("1239"), false),
          problems: stryMutAct_9fa48("1240") ? [] : (stryCov_9fa48("1240"), [stryMutAct_9fa48("1241") ? {} : (stryCov_9fa48("1241"), {
            line: 0,
            message: stryMutAct_9fa48("1242") ? `` : (stryCov_9fa48("1242"), `not a readable CSV: ${(error as Error).message}`)
          })])
        });
      }
    }
    const [header, ...data] = records;
    // An enable results file written before login readiness (without its three columns) is read too.
    const accepted = (stryMutAct_9fa48("1245") ? expected !== RESULT_COLUMNS : stryMutAct_9fa48("1244") ? false : stryMutAct_9fa48("1243") ? true : (stryCov_9fa48("1243", "1244", "1245"), expected === RESULT_COLUMNS)) ? stryMutAct_9fa48("1246") ? [] : (stryCov_9fa48("1246"), [RESULT_COLUMNS, RESULT_COLUMNS_BEFORE_READINESS]) : stryMutAct_9fa48("1247") ? [] : (stryCov_9fa48("1247"), [expected]);
    const columns = accepted.find(stryMutAct_9fa48("1248") ? () => undefined : (stryCov_9fa48("1248"), candidate => stryMutAct_9fa48("1251") ? header?.join(',') !== candidate.join(',') : stryMutAct_9fa48("1250") ? false : stryMutAct_9fa48("1249") ? true : (stryCov_9fa48("1249", "1250", "1251"), (stryMutAct_9fa48("1252") ? header.join(',') : (stryCov_9fa48("1252"), header?.join(stryMutAct_9fa48("1253") ? "" : (stryCov_9fa48("1253"), ',')))) === candidate.join(stryMutAct_9fa48("1254") ? "" : (stryCov_9fa48("1254"), ',')))));
    if (stryMutAct_9fa48("1257") ? false : stryMutAct_9fa48("1256") ? true : stryMutAct_9fa48("1255") ? columns : (stryCov_9fa48("1255", "1256", "1257"), !columns)) {
      if (stryMutAct_9fa48("1258")) {
        {}
      } else {
        stryCov_9fa48("1258");
        return stryMutAct_9fa48("1259") ? {} : (stryCov_9fa48("1259"), {
          ok: stryMutAct_9fa48("1260") ? true : (stryCov_9fa48("1260"), false),
          problems: stryMutAct_9fa48("1261") ? [] : (stryCov_9fa48("1261"), [stryMutAct_9fa48("1262") ? {} : (stryCov_9fa48("1262"), {
            line: 1,
            message: stryMutAct_9fa48("1263") ? `` : (stryCov_9fa48("1263"), `not a results file: the header must be ${expected.join(stryMutAct_9fa48("1264") ? "" : (stryCov_9fa48("1264"), ','))}`)
          })])
        });
      }
    }
    const problems: InputProblem[] = stryMutAct_9fa48("1265") ? ["Stryker was here"] : (stryCov_9fa48("1265"), []);
    const results: ResultRow[] = stryMutAct_9fa48("1266") ? ["Stryker was here"] : (stryCov_9fa48("1266"), []);
    data.forEach((cells, index) => {
      if (stryMutAct_9fa48("1267")) {
        {}
      } else {
        stryCov_9fa48("1267");
        const line = stryMutAct_9fa48("1268") ? index - 2 : (stryCov_9fa48("1268"), index + 2);
        const value = stryMutAct_9fa48("1269") ? () => undefined : (stryCov_9fa48("1269"), (() => {
          const value = (column: ResultColumn): string => columns.includes(column) ? restoreFormulaCell(stryMutAct_9fa48("1270") ? cells[columns.indexOf(column)] && '' : (stryCov_9fa48("1270"), cells[columns.indexOf(column)] ?? (stryMutAct_9fa48("1271") ? "Stryker was here!" : (stryCov_9fa48("1271"), '')))) : stryMutAct_9fa48("1272") ? "Stryker was here!" : (stryCov_9fa48("1272"), '');
          return value;
        })());
        const status = value(stryMutAct_9fa48("1273") ? "" : (stryCov_9fa48("1273"), 'status'));
        if (stryMutAct_9fa48("1276") ? cells.length !== columns.length && !isRowStatus(status) : stryMutAct_9fa48("1275") ? false : stryMutAct_9fa48("1274") ? true : (stryCov_9fa48("1274", "1275", "1276"), (stryMutAct_9fa48("1278") ? cells.length === columns.length : stryMutAct_9fa48("1277") ? false : (stryCov_9fa48("1277", "1278"), cells.length !== columns.length)) || (stryMutAct_9fa48("1279") ? isRowStatus(status) : (stryCov_9fa48("1279"), !isRowStatus(status))))) {
          if (stryMutAct_9fa48("1280")) {
            {}
          } else {
            stryCov_9fa48("1280");
            problems.push(stryMutAct_9fa48("1281") ? {} : (stryCov_9fa48("1281"), {
              line,
              message: stryMutAct_9fa48("1282") ? `` : (stryCov_9fa48("1282"), `not a results row (status "${status}", ${cells.length} fields)`)
            }));
            return;
          }
        }
        const lifecycle = columns.includes(stryMutAct_9fa48("1283") ? "" : (stryCov_9fa48("1283"), 'action'));
        const readiness = columns.includes(stryMutAct_9fa48("1284") ? "" : (stryCov_9fa48("1284"), 'siteNames'));
        results.push(stryMutAct_9fa48("1285") ? {} : (stryCov_9fa48("1285"), {
          ...(lifecycle ? stryMutAct_9fa48("1286") ? {} : (stryCov_9fa48("1286"), {
            action: value(stryMutAct_9fa48("1287") ? "" : (stryCov_9fa48("1287"), 'action')),
            errorFix: value(stryMutAct_9fa48("1288") ? "" : (stryCov_9fa48("1288"), 'errorFix'))
          }) : {}),
          ...(readiness ? readinessOf(value) : {}),
          row: Number(value(stryMutAct_9fa48("1289") ? "" : (stryCov_9fa48("1289"), 'row'))),
          contactId: value(stryMutAct_9fa48("1290") ? "" : (stryCov_9fa48("1290"), 'contactId')),
          email: value(stryMutAct_9fa48("1291") ? "" : (stryCov_9fa48("1291"), 'email')),
          status,
          userId: value(stryMutAct_9fa48("1292") ? "" : (stryCov_9fa48("1292"), 'userId')),
          username: value(stryMutAct_9fa48("1293") ? "" : (stryCov_9fa48("1293"), 'username')),
          ownerRoleAssigned: stryMutAct_9fa48("1296") ? value('ownerRoleAssigned') !== 'true' : stryMutAct_9fa48("1295") ? false : stryMutAct_9fa48("1294") ? true : (stryCov_9fa48("1294", "1295", "1296"), value(stryMutAct_9fa48("1297") ? "" : (stryCov_9fa48("1297"), 'ownerRoleAssigned')) === (stryMutAct_9fa48("1298") ? "" : (stryCov_9fa48("1298"), 'true'))),
          ownerName: value(stryMutAct_9fa48("1299") ? "" : (stryCov_9fa48("1299"), 'ownerName')),
          ownerRoleName: value(stryMutAct_9fa48("1300") ? "" : (stryCov_9fa48("1300"), 'ownerRoleName')),
          errorCode: value(stryMutAct_9fa48("1301") ? "" : (stryCov_9fa48("1301"), 'errorCode')),
          errorField: value(stryMutAct_9fa48("1302") ? "" : (stryCov_9fa48("1302"), 'errorField')),
          message: value(stryMutAct_9fa48("1303") ? "" : (stryCov_9fa48("1303"), 'message'))
        }));
      }
    });
    return (stryMutAct_9fa48("1307") ? problems.length <= 0 : stryMutAct_9fa48("1306") ? problems.length >= 0 : stryMutAct_9fa48("1305") ? false : stryMutAct_9fa48("1304") ? true : (stryCov_9fa48("1304", "1305", "1306", "1307"), problems.length > 0)) ? stryMutAct_9fa48("1308") ? {} : (stryCov_9fa48("1308"), {
      ok: stryMutAct_9fa48("1309") ? true : (stryCov_9fa48("1309"), false),
      problems
    }) : stryMutAct_9fa48("1310") ? {} : (stryCov_9fa48("1310"), {
      ok: stryMutAct_9fa48("1311") ? false : (stryCov_9fa48("1311"), true),
      results
    });
  }
}

/** The login readiness cells of an enable row; blank ones are left out (as rows written without them). */
function readinessOf(value: (column: ResultColumn) => string): Partial<ResultRow> {
  if (stryMutAct_9fa48("1312")) {
    {}
  } else {
    stryCov_9fa48("1312");
    const cells: Partial<ResultRow> = {};
    for (const column of ['siteNames', 'loginUrl', 'emailDecision'] as const) {
      if (stryMutAct_9fa48("1313")) {
        {}
      } else {
        stryCov_9fa48("1313");
        if (stryMutAct_9fa48("1316") ? value(column) === '' : stryMutAct_9fa48("1315") ? false : stryMutAct_9fa48("1314") ? true : (stryCov_9fa48("1314", "1315", "1316"), value(column) !== (stryMutAct_9fa48("1317") ? "Stryker was here!" : (stryCov_9fa48("1317"), '')))) {
          if (stryMutAct_9fa48("1318")) {
            {}
          } else {
            stryCov_9fa48("1318");
            cells[column] = value(column);
          }
        }
      }
    }
    return cells;
  }
}
export interface ResumePlan {
  /** Rows still to send. */
  toRun: StudentRow[];
  /** Earlier successes, carried into the new results file (with the current row number). */
  carried: ResultRow[];
}

/**
 * Splits the students into those to send and those an earlier run already did (enable: status CREATED,
 * REACTIVATED or ALREADY_ENABLED; a lifecycle subcommand: its own status or SKIPPED, for the same action), matched
 * by Contact Id, else by email (case-insensitive).
 */
export function planResume(rows: readonly StudentRow[], previous: readonly ResultRow[], done: {
  resumeSkips: ReadonlySet<RowStatus>;
  action?: string;
} = stryMutAct_9fa48("1319") ? {} : (stryCov_9fa48("1319"), {
  resumeSkips: DONE_STATUSES
})): ResumePlan {
  if (stryMutAct_9fa48("1320")) {
    {}
  } else {
    stryCov_9fa48("1320");
    const doneById = new Map<string, ResultRow>();
    const doneByEmail = new Map<string, ResultRow>();
    for (const result of previous) {
      if (stryMutAct_9fa48("1321")) {
        {}
      } else {
        stryCov_9fa48("1321");
        if (stryMutAct_9fa48("1324") ? !done.resumeSkips.has(result.status) && done.action !== undefined && result.action !== done.action : stryMutAct_9fa48("1323") ? false : stryMutAct_9fa48("1322") ? true : (stryCov_9fa48("1322", "1323", "1324"), (stryMutAct_9fa48("1325") ? done.resumeSkips.has(result.status) : (stryCov_9fa48("1325"), !done.resumeSkips.has(result.status))) || (stryMutAct_9fa48("1327") ? done.action !== undefined || result.action !== done.action : stryMutAct_9fa48("1326") ? false : (stryCov_9fa48("1326", "1327"), (stryMutAct_9fa48("1329") ? done.action === undefined : stryMutAct_9fa48("1328") ? true : (stryCov_9fa48("1328", "1329"), done.action !== undefined)) && (stryMutAct_9fa48("1331") ? result.action === done.action : stryMutAct_9fa48("1330") ? true : (stryCov_9fa48("1330", "1331"), result.action !== done.action)))))) {
          if (stryMutAct_9fa48("1332")) {
            {}
          } else {
            stryCov_9fa48("1332");
            continue;
          }
        }
        if (stryMutAct_9fa48("1334") ? false : stryMutAct_9fa48("1333") ? true : (stryCov_9fa48("1333", "1334"), result.contactId)) {
          if (stryMutAct_9fa48("1335")) {
            {}
          } else {
            stryCov_9fa48("1335");
            doneById.set(result.contactId, result);
          }
        }
        if (stryMutAct_9fa48("1337") ? false : stryMutAct_9fa48("1336") ? true : (stryCov_9fa48("1336", "1337"), result.email)) {
          if (stryMutAct_9fa48("1338")) {
            {}
          } else {
            stryCov_9fa48("1338");
            doneByEmail.set(stryMutAct_9fa48("1339") ? result.email.toUpperCase() : (stryCov_9fa48("1339"), result.email.toLowerCase()), result);
          }
        }
      }
    }
    const plan: ResumePlan = stryMutAct_9fa48("1340") ? {} : (stryCov_9fa48("1340"), {
      toRun: stryMutAct_9fa48("1341") ? ["Stryker was here"] : (stryCov_9fa48("1341"), []),
      carried: stryMutAct_9fa48("1342") ? ["Stryker was here"] : (stryCov_9fa48("1342"), [])
    });
    for (const row of rows) {
      if (stryMutAct_9fa48("1343")) {
        {}
      } else {
        stryCov_9fa48("1343");
        const done = stryMutAct_9fa48("1346") ? row.contactId && doneById.get(row.contactId) && row.email && doneByEmail.get(row.email) : stryMutAct_9fa48("1345") ? false : stryMutAct_9fa48("1344") ? true : (stryCov_9fa48("1344", "1345", "1346"), (stryMutAct_9fa48("1348") ? row.contactId || doneById.get(row.contactId) : stryMutAct_9fa48("1347") ? false : (stryCov_9fa48("1347", "1348"), row.contactId && doneById.get(row.contactId))) || (stryMutAct_9fa48("1350") ? row.email || doneByEmail.get(row.email) : stryMutAct_9fa48("1349") ? false : (stryCov_9fa48("1349", "1350"), row.email && doneByEmail.get(row.email))));
        if (stryMutAct_9fa48("1352") ? false : stryMutAct_9fa48("1351") ? true : (stryCov_9fa48("1351", "1352"), done)) {
          if (stryMutAct_9fa48("1353")) {
            {}
          } else {
            stryCov_9fa48("1353");
            plan.carried.push(stryMutAct_9fa48("1354") ? {} : (stryCov_9fa48("1354"), {
              ...done,
              row: row.row,
              email: stryMutAct_9fa48("1355") ? row.emailAsWritten && done.email : (stryCov_9fa48("1355"), row.emailAsWritten ?? done.email)
            }));
          }
        } else {
          if (stryMutAct_9fa48("1356")) {
            {}
          } else {
            stryCov_9fa48("1356");
            plan.toRun.push(row);
          }
        }
      }
    }
    return plan;
  }
}