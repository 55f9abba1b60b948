/**
 * THE results format of bulk enabling: one row per input row. The CLI writes it (`--out`) and reads it back
 * (`--resume`); the in-org cohort page reuses exactly these columns, in this order.
 */
// @ts-nocheck


/**
 * Outcome of one row: the enabling service's statuses (docs/api.md), then the lifecycle action's
 * (ManageStudentUsersAction), then `NOT_SENT`, the CLI's own. Which ones a subcommand may return: `operations.ts`.
 */function stryNS_9fa48() {
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
export const ROW_STATUSES = ['CREATED', 'REACTIVATED', 'ALREADY_ENABLED', 'VALID', 'FAILED', 'DEACTIVATED', 'FROZEN', 'UNFROZEN', 'LOGIN_LINK_SENT', 'DISABLED', 'SKIPPED', 'NOT_SENT'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** Statuses that mean "this student has a working portal user": `--resume` skips these rows. */
export const DONE_STATUSES: ReadonlySet<RowStatus> = new Set<RowStatus>(stryMutAct_9fa48("1161") ? [] : (stryCov_9fa48("1161"), [stryMutAct_9fa48("1162") ? "" : (stryCov_9fa48("1162"), 'CREATED'), stryMutAct_9fa48("1163") ? "" : (stryCov_9fa48("1163"), 'REACTIVATED'), stryMutAct_9fa48("1164") ? "" : (stryCov_9fa48("1164"), 'ALREADY_ENABLED')]));

/** Statuses that count as a failed row for the exit code (`NOT_SENT` only occurs when a run stopped early). */
export const FAILED_STATUSES: ReadonlySet<RowStatus> = new Set<RowStatus>(stryMutAct_9fa48("1165") ? [] : (stryCov_9fa48("1165"), [stryMutAct_9fa48("1166") ? "" : (stryCov_9fa48("1166"), 'FAILED'), stryMutAct_9fa48("1167") ? "" : (stryCov_9fa48("1167"), 'NOT_SENT')]));

/** The columns of a results CSV, in order. */
export const RESULT_COLUMNS = ['row', 'contactId', 'email', 'status', 'userId', 'username', 'ownerRoleAssigned', 'ownerName', 'ownerRoleName', 'errorCode', 'errorField', 'message', 'siteNames', 'loginUrl', 'emailDecision'] as const;

/** The enable columns before login readiness (issue 15): `--resume` still reads files written with them. */
export const RESULT_COLUMNS_BEFORE_READINESS = stryMutAct_9fa48("1168") ? RESULT_COLUMNS : (stryCov_9fa48("1168"), RESULT_COLUMNS.slice(0, RESULT_COLUMNS.indexOf(stryMutAct_9fa48("1169") ? "" : (stryCov_9fa48("1169"), 'siteNames'))));

/** The columns of a lifecycle results CSV (deactivate, freeze, ...; LIFECYCLE-CONTRACT.md), in order. */
export const LIFECYCLE_RESULT_COLUMNS = ['row', 'contactId', 'email', 'action', 'status', 'userId', 'username', 'errorCode', 'errorField', 'message', 'errorFix'] as const;
export type ResultColumn = (typeof RESULT_COLUMNS)[number] | (typeof LIFECYCLE_RESULT_COLUMNS)[number];

/** What each column holds (used by `--help` and the README). */
export const RESULT_COLUMN_DESCRIPTIONS: Readonly<Record<ResultColumn, string>> = stryMutAct_9fa48("1170") ? {} : (stryCov_9fa48("1170"), {
  row: stryMutAct_9fa48("1171") ? "" : (stryCov_9fa48("1171"), 'line of the input CSV (the header is line 1), or the position in the --where result'),
  contactId: stryMutAct_9fa48("1172") ? "" : (stryCov_9fa48("1172"), '18-character Contact Id (resolved from the email for Email rows)'),
  email: stryMutAct_9fa48("1173") ? "" : (stryCov_9fa48("1173"), 'the Email of the input row, if any'),
  status: stryMutAct_9fa48("1174") ? "" : (stryCov_9fa48("1174"), 'CREATED, REACTIVATED, ALREADY_ENABLED, VALID (dry run passed), FAILED or NOT_SENT (run stopped early)'),
  userId: stryMutAct_9fa48("1175") ? "" : (stryCov_9fa48("1175"), 'the portal user (created, reactivated or existing)'),
  username: stryMutAct_9fa48("1176") ? "" : (stryCov_9fa48("1176"), 'its username (planned username in a dry run)'),
  ownerRoleAssigned: stryMutAct_9fa48("1177") ? "" : (stryCov_9fa48("1177"), 'true when the account owner was (dry run: would be) given a role'),
  ownerName: stryMutAct_9fa48("1178") ? "" : (stryCov_9fa48("1178"), 'the account owner'),
  ownerRoleName: stryMutAct_9fa48("1179") ? "" : (stryCov_9fa48("1179"), 'the role given to the owner'),
  errorCode: stryMutAct_9fa48("1180") ? "" : (stryCov_9fa48("1180"), 'for FAILED/NOT_SENT: an error code of docs/api.md, or AMBIGUOUS_EMAIL, or the API error'),
  errorField: stryMutAct_9fa48("1181") ? "" : (stryCov_9fa48("1181"), 'the request field concerned'),
  message: stryMutAct_9fa48("1182") ? "" : (stryCov_9fa48("1182"), 'an actionable message'),
  action: stryMutAct_9fa48("1183") ? "" : (stryCov_9fa48("1183"), 'lifecycle runs: the action asked for (DEACTIVATE, FREEZE, UNFREEZE, SEND_LOGIN_LINK, REACTIVATE, DISABLE)'),
  errorFix: stryMutAct_9fa48("1184") ? "" : (stryCov_9fa48("1184"), 'lifecycle runs: for FAILED and SKIPPED rows, what to do about it'),
  siteNames: stryMutAct_9fa48("1185") ? "" : (stryCov_9fa48("1185"), 'login readiness: the Experience Cloud sites the student can log in to, joined with ;'),
  loginUrl: stryMutAct_9fa48("1186") ? "" : (stryCov_9fa48("1186"), 'login readiness: the login page of the first live site'),
  emailDecision: stryMutAct_9fa48("1187") ? "" : (stryCov_9fa48("1187"), 'the email the student gets: SALESFORCE_NEW_USER, SITE_WELCOME (the site in siteNames sends it) or NONE (also reactivations)')
});

/** One row of a results CSV. Absent values are empty strings in the file. */
export interface ResultRow {
  row: number;
  contactId: string;
  email: string;
  status: RowStatus;
  userId: string;
  username: string;
  ownerRoleAssigned: boolean;
  ownerName: string;
  ownerRoleName: string;
  errorCode: string;
  errorField: string;
  message: string;
  /** Lifecycle runs: the `action` sent (upper case). */
  action?: string;
  /** Lifecycle runs: the fix of a FAILED or SKIPPED row. */
  errorFix?: string;
  /** Enable runs: the sites the student can log in to, joined with `;`. */
  siteNames?: string;
  /** Enable runs: the login page of the first live site. */
  loginUrl?: string;
  /** Enable runs: SALESFORCE_NEW_USER, SITE_WELCOME or NONE. */
  emailDecision?: string;
}

/** A row with every optional column blank. */
export function blankResult(row: number, contactId: string, email: string, status: RowStatus): ResultRow {
  if (stryMutAct_9fa48("1188")) {
    {}
  } else {
    stryCov_9fa48("1188");
    return stryMutAct_9fa48("1189") ? {} : (stryCov_9fa48("1189"), {
      row,
      contactId,
      email,
      status,
      userId: stryMutAct_9fa48("1190") ? "Stryker was here!" : (stryCov_9fa48("1190"), ''),
      username: stryMutAct_9fa48("1191") ? "Stryker was here!" : (stryCov_9fa48("1191"), ''),
      ownerRoleAssigned: stryMutAct_9fa48("1192") ? true : (stryCov_9fa48("1192"), false),
      ownerName: stryMutAct_9fa48("1193") ? "Stryker was here!" : (stryCov_9fa48("1193"), ''),
      ownerRoleName: stryMutAct_9fa48("1194") ? "Stryker was here!" : (stryCov_9fa48("1194"), ''),
      errorCode: stryMutAct_9fa48("1195") ? "Stryker was here!" : (stryCov_9fa48("1195"), ''),
      errorField: stryMutAct_9fa48("1196") ? "Stryker was here!" : (stryCov_9fa48("1196"), ''),
      message: stryMutAct_9fa48("1197") ? "Stryker was here!" : (stryCov_9fa48("1197"), '')
    });
  }
}

/** A failed (or not sent) row with its error. */
export function errorResult(row: number, contactId: string, email: string, error: {
  code: string;
  field?: string;
  message: string;
}, status: RowStatus = stryMutAct_9fa48("1198") ? "" : (stryCov_9fa48("1198"), 'FAILED')): ResultRow {
  if (stryMutAct_9fa48("1199")) {
    {}
  } else {
    stryCov_9fa48("1199");
    return stryMutAct_9fa48("1200") ? {} : (stryCov_9fa48("1200"), {
      ...blankResult(row, contactId, email, status),
      errorCode: error.code,
      errorField: stryMutAct_9fa48("1201") ? error.field && '' : (stryCov_9fa48("1201"), error.field ?? (stryMutAct_9fa48("1202") ? "Stryker was here!" : (stryCov_9fa48("1202"), ''))),
      message: error.message
    });
  }
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
 * possibly after quotes this function added) gets a leading `'`, as OWASP's "CSV Injection" page advises. Only text
 * columns go through it: `row` is a number and `ownerRoleAssigned` a boolean, so neither can be altered.
 * `restoreFormulaCell` undoes it exactly, so `--resume` reads back what the service returned.
 */
export function neutralizeFormulaCell(value: string): string {
  if (stryMutAct_9fa48("1203")) {
    {}
  } else {
    stryCov_9fa48("1203");
    return FORMULA_START.test(value) ? stryMutAct_9fa48("1204") ? `` : (stryCov_9fa48("1204"), `'${value}`) : value;
  }
}

/** The inverse of `neutralizeFormulaCell`. */
export function restoreFormulaCell(cell: string): string {
  if (stryMutAct_9fa48("1205")) {
    {}
  } else {
    stryCov_9fa48("1205");
    return NEUTRALIZED_START.test(cell) ? stryMutAct_9fa48("1206") ? cell : (stryCov_9fa48("1206"), cell.slice(1)) : cell;
  }
}
const FORMULA_START = stryMutAct_9fa48("1209") ? /^'*[^=+\-@\t\r]/ : stryMutAct_9fa48("1208") ? /^'[=+\-@\t\r]/ : stryMutAct_9fa48("1207") ? /'*[=+\-@\t\r]/ : (stryCov_9fa48("1207", "1208", "1209"), /^'*[=+\-@\t\r]/);
const NEUTRALIZED_START = stryMutAct_9fa48("1212") ? /^'+[^=+\-@\t\r]/ : stryMutAct_9fa48("1211") ? /^'[=+\-@\t\r]/ : stryMutAct_9fa48("1210") ? /'+[=+\-@\t\r]/ : (stryCov_9fa48("1210", "1211", "1212"), /^'+[=+\-@\t\r]/);

/** The row as CSV cells, in column order (text cells neutralised against formula injection). */
export function toCsvCells(result: ResultRow, columns: readonly ResultColumn[] = RESULT_COLUMNS): string[] {
  if (stryMutAct_9fa48("1213")) {
    {}
  } else {
    stryCov_9fa48("1213");
    return columns.map(column => {
      if (stryMutAct_9fa48("1214")) {
        {}
      } else {
        stryCov_9fa48("1214");
        const value = stryMutAct_9fa48("1215") ? result[column] && '' : (stryCov_9fa48("1215"), result[column] ?? (stryMutAct_9fa48("1216") ? "Stryker was here!" : (stryCov_9fa48("1216"), '')));
        if (stryMutAct_9fa48("1219") ? typeof value !== 'boolean' : stryMutAct_9fa48("1218") ? false : stryMutAct_9fa48("1217") ? true : (stryCov_9fa48("1217", "1218", "1219"), typeof value === (stryMutAct_9fa48("1220") ? "" : (stryCov_9fa48("1220"), 'boolean')))) {
          if (stryMutAct_9fa48("1221")) {
            {}
          } else {
            stryCov_9fa48("1221");
            return value ? stryMutAct_9fa48("1222") ? "" : (stryCov_9fa48("1222"), 'true') : stryMutAct_9fa48("1223") ? "" : (stryCov_9fa48("1223"), 'false');
          }
        }
        if (stryMutAct_9fa48("1226") ? typeof value !== 'number' : stryMutAct_9fa48("1225") ? false : stryMutAct_9fa48("1224") ? true : (stryCov_9fa48("1224", "1225", "1226"), typeof value === (stryMutAct_9fa48("1227") ? "" : (stryCov_9fa48("1227"), 'number')))) {
          if (stryMutAct_9fa48("1228")) {
            {}
          } else {
            stryCov_9fa48("1228");
            return String(value);
          }
        }
        return neutralizeFormulaCell(value);
      }
    });
  }
}
export function isRowStatus(value: string): value is RowStatus {
  if (stryMutAct_9fa48("1229")) {
    {}
  } else {
    stryCov_9fa48("1229");
    return (ROW_STATUSES as readonly string[]).includes(value);
  }
}