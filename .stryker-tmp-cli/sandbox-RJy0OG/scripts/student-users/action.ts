/**
 * The invocable action's wire shapes (docs/api.md: Request/Result variable names; lists joined with ';') and
 * their mapping to and from the CLI's rows. Pure functions.
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
import type { Operation } from './operations';
import { ENABLE } from './operations';
import type { ResultRow } from './results-format';
import { blankResult, errorResult } from './results-format';
import type { RunDefaults, StudentRow } from './student-rows';

/** One element of `inputs` (the action's `Request`; only the variables the CLI sets). */
export interface ActionInput {
  contactId: string;
  licenseKey?: string;
  profileName?: string;
  timeZoneSidKey?: string;
  username?: string;
  sendWelcomeEmail?: boolean;
  validateOnly?: boolean;
}

/** One element of `inputs` of ManageStudentUsersAction (LIFECYCLE-CONTRACT.md); every variable is sent. */
export interface LifecycleInput {
  action: string;
  contactId: string;
  validateOnly: boolean;
  confirmDisable: boolean;
}

/** An element of `inputs` of either action. */
export type AnyActionInput = ActionInput | LifecycleInput;

/** The action's `Result` variables (outputValues); `action` and `errorFix` come from ManageStudentUsersAction. */
export interface ActionOutput {
  contactId?: string | null;
  action?: string | null;
  errorFix?: string | null;
  status?: string | null;
  plannedAction?: string | null;
  userId?: string | null;
  username?: string | null;
  licenseKey?: string | null;
  profileId?: string | null;
  profileName?: string | null;
  timeZoneSidKey?: string | null;
  ownerId?: string | null;
  ownerName?: string | null;
  ownerRoleAssigned?: boolean | null;
  ownerRoleId?: string | null;
  ownerRoleName?: string | null;
  /** API names joined with ';'. */
  permissionSetsAssigned?: string | null;
  errorCode?: string | null;
  errorField?: string | null;
  message?: string | null;
  /** Login readiness (enable): site names joined with ';', the first live site's login URL, the email decision. */
  siteNames?: string | null;
  loginUrl?: string | null;
  emailDecision?: string | null;
  emailSite?: string | null;
}
export interface ActionError {
  statusCode: string;
  message: string;
  fields?: string[];
}

/** One element of the REST response: one per input, in order. */
export interface ActionResult {
  actionName: string;
  errors: ActionError[] | null;
  isSuccess: boolean;
  outputValues: ActionOutput | null;
  version?: number;
}

/** The action input of a student: its own values first, then the run defaults; blanks are left out. */
export function toActionInput(row: StudentRow, contactId: string, defaults: RunDefaults, validateOnly: boolean): ActionInput {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    const input: ActionInput = stryMutAct_9fa48("1") ? {} : (stryCov_9fa48("1"), {
      contactId
    });
    const licenseKey = stryMutAct_9fa48("2") ? row.overrides.licenseKey && defaults.licenseKey : (stryCov_9fa48("2"), row.overrides.licenseKey ?? defaults.licenseKey);
    const profileName = stryMutAct_9fa48("3") ? row.overrides.profileName && defaults.profileName : (stryCov_9fa48("3"), row.overrides.profileName ?? defaults.profileName);
    const timeZoneSidKey = stryMutAct_9fa48("4") ? row.overrides.timeZoneSidKey && defaults.timeZoneSidKey : (stryCov_9fa48("4"), row.overrides.timeZoneSidKey ?? defaults.timeZoneSidKey);
    if (stryMutAct_9fa48("6") ? false : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6"), licenseKey)) {
      if (stryMutAct_9fa48("7")) {
        {}
      } else {
        stryCov_9fa48("7");
        input.licenseKey = licenseKey;
      }
    }
    if (stryMutAct_9fa48("9") ? false : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9"), profileName)) {
      if (stryMutAct_9fa48("10")) {
        {}
      } else {
        stryCov_9fa48("10");
        input.profileName = profileName;
      }
    }
    if (stryMutAct_9fa48("12") ? false : stryMutAct_9fa48("11") ? true : (stryCov_9fa48("11", "12"), timeZoneSidKey)) {
      if (stryMutAct_9fa48("13")) {
        {}
      } else {
        stryCov_9fa48("13");
        input.timeZoneSidKey = timeZoneSidKey;
      }
    }
    if (stryMutAct_9fa48("15") ? false : stryMutAct_9fa48("14") ? true : (stryCov_9fa48("14", "15"), row.overrides.username)) {
      if (stryMutAct_9fa48("16")) {
        {}
      } else {
        stryCov_9fa48("16");
        input.username = row.overrides.username;
      }
    }
    if (stryMutAct_9fa48("19") ? row.overrides.sendWelcomeEmail === undefined : stryMutAct_9fa48("18") ? false : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18", "19"), row.overrides.sendWelcomeEmail !== undefined)) {
      if (stryMutAct_9fa48("20")) {
        {}
      } else {
        stryCov_9fa48("20");
        input.sendWelcomeEmail = row.overrides.sendWelcomeEmail;
      }
    }
    if (stryMutAct_9fa48("22") ? false : stryMutAct_9fa48("21") ? true : (stryCov_9fa48("21", "22"), validateOnly)) {
      if (stryMutAct_9fa48("23")) {
        {}
      } else {
        stryCov_9fa48("23");
        input.validateOnly = stryMutAct_9fa48("24") ? false : (stryCov_9fa48("24"), true);
      }
    }
    return input;
  }
}

/** The ManageStudentUsersAction input of a student. */
export function toLifecycleInput(action: string, contactId: string, validateOnly: boolean, confirmDisable: boolean): LifecycleInput {
  if (stryMutAct_9fa48("25")) {
    {}
  } else {
    stryCov_9fa48("25");
    return stryMutAct_9fa48("26") ? {} : (stryCov_9fa48("26"), {
      action,
      contactId,
      validateOnly,
      confirmDisable
    });
  }
}
const text = stryMutAct_9fa48("27") ? () => undefined : (stryCov_9fa48("27"), (() => {
  const text = (value: string | null | undefined): string => stryMutAct_9fa48("28") ? value && '' : (stryCov_9fa48("28"), value ?? (stryMutAct_9fa48("29") ? "Stryker was here!" : (stryCov_9fa48("29"), '')));
  return text;
})());

/**
 * The results row of one action result (success with outputValues, or per-input errors). A status the operation's
 * action does not return is reported as UNEXPECTED_RESPONSE.
 */
export function toResultRow(row: StudentRow, contactId: string, result: ActionResult | undefined, operation: Operation = ENABLE): ResultRow {
  if (stryMutAct_9fa48("30")) {
    {}
  } else {
    stryCov_9fa48("30");
    const email = stryMutAct_9fa48("31") ? row.emailAsWritten && '' : (stryCov_9fa48("31"), row.emailAsWritten ?? (stryMutAct_9fa48("32") ? "Stryker was here!" : (stryCov_9fa48("32"), '')));
    if (stryMutAct_9fa48("35") ? false : stryMutAct_9fa48("34") ? true : stryMutAct_9fa48("33") ? result : (stryCov_9fa48("33", "34", "35"), !result)) {
      if (stryMutAct_9fa48("36")) {
        {}
      } else {
        stryCov_9fa48("36");
        return errorResult(row.row, contactId, email, stryMutAct_9fa48("37") ? {} : (stryCov_9fa48("37"), {
          code: stryMutAct_9fa48("38") ? "" : (stryCov_9fa48("38"), 'NO_RESULT'),
          message: stryMutAct_9fa48("39") ? "" : (stryCov_9fa48("39"), 'The action returned fewer results than inputs; re-run this row.')
        }));
      }
    }
    if (stryMutAct_9fa48("42") ? !result.isSuccess && !result.outputValues : stryMutAct_9fa48("41") ? false : stryMutAct_9fa48("40") ? true : (stryCov_9fa48("40", "41", "42"), (stryMutAct_9fa48("43") ? result.isSuccess : (stryCov_9fa48("43"), !result.isSuccess)) || (stryMutAct_9fa48("44") ? result.outputValues : (stryCov_9fa48("44"), !result.outputValues)))) {
      if (stryMutAct_9fa48("45")) {
        {}
      } else {
        stryCov_9fa48("45");
        const first = stryMutAct_9fa48("46") ? result.errors[0] : (stryCov_9fa48("46"), result.errors?.[0]);
        return errorResult(row.row, contactId, email, stryMutAct_9fa48("47") ? {} : (stryCov_9fa48("47"), {
          code: stryMutAct_9fa48("48") ? first?.statusCode && 'ACTION_ERROR' : (stryCov_9fa48("48"), (stryMutAct_9fa48("49") ? first.statusCode : (stryCov_9fa48("49"), first?.statusCode)) ?? (stryMutAct_9fa48("50") ? "" : (stryCov_9fa48("50"), 'ACTION_ERROR'))),
          field: stryMutAct_9fa48("51") ? first?.fields?.join(';') && '' : (stryCov_9fa48("51"), (stryMutAct_9fa48("53") ? first.fields?.join(';') : stryMutAct_9fa48("52") ? first?.fields.join(';') : (stryCov_9fa48("52", "53"), first?.fields?.join(stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), ';')))) ?? (stryMutAct_9fa48("55") ? "Stryker was here!" : (stryCov_9fa48("55"), ''))),
          message: stryMutAct_9fa48("56") ? first?.message && 'The action failed without a message.' : (stryCov_9fa48("56"), (stryMutAct_9fa48("57") ? first.message : (stryCov_9fa48("57"), first?.message)) ?? (stryMutAct_9fa48("58") ? "" : (stryCov_9fa48("58"), 'The action failed without a message.')))
        }));
      }
    }
    const out = result.outputValues;
    const status = text(out.status);
    const known = stryMutAct_9fa48("59") ? operation.statuses.find(candidate => candidate === status) && status === 'FAILED' && 'FAILED' : (stryCov_9fa48("59"), operation.statuses.find(stryMutAct_9fa48("60") ? () => undefined : (stryCov_9fa48("60"), candidate => stryMutAct_9fa48("63") ? candidate !== status : stryMutAct_9fa48("62") ? false : stryMutAct_9fa48("61") ? true : (stryCov_9fa48("61", "62", "63"), candidate === status))) ?? (stryMutAct_9fa48("66") ? status === 'FAILED' || 'FAILED' : stryMutAct_9fa48("65") ? false : stryMutAct_9fa48("64") ? true : (stryCov_9fa48("64", "65", "66"), (stryMutAct_9fa48("68") ? status !== 'FAILED' : stryMutAct_9fa48("67") ? true : (stryCov_9fa48("67", "68"), status === (stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), 'FAILED')))) && (stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), 'FAILED')))));
    if (stryMutAct_9fa48("73") ? false : stryMutAct_9fa48("72") ? true : stryMutAct_9fa48("71") ? known : (stryCov_9fa48("71", "72", "73"), !known)) {
      if (stryMutAct_9fa48("74")) {
        {}
      } else {
        stryCov_9fa48("74");
        return errorResult(row.row, contactId, email, stryMutAct_9fa48("75") ? {} : (stryCov_9fa48("75"), {
          code: stryMutAct_9fa48("76") ? "" : (stryCov_9fa48("76"), 'UNEXPECTED_RESPONSE'),
          message: stryMutAct_9fa48("77") ? `` : (stryCov_9fa48("77"), `The action returned the unknown status "${status}".`)
        }));
      }
    }
    const lifecycle = operation.action ? stryMutAct_9fa48("78") ? {} : (stryCov_9fa48("78"), {
      action: stryMutAct_9fa48("81") ? text(out.action) && operation.action : stryMutAct_9fa48("80") ? false : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81"), text(out.action) || operation.action),
      errorFix: text(out.errorFix)
    }) : stryMutAct_9fa48("82") ? {} : (stryCov_9fa48("82"), {
      siteNames: text(out.siteNames),
      loginUrl: text(out.loginUrl),
      emailDecision: text(out.emailDecision)
    });
    return stryMutAct_9fa48("83") ? {} : (stryCov_9fa48("83"), {
      ...blankResult(row.row, stryMutAct_9fa48("86") ? text(out.contactId) && contactId : stryMutAct_9fa48("85") ? false : stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84", "85", "86"), text(out.contactId) || contactId), email, known),
      ...lifecycle,
      userId: text(out.userId),
      username: text(out.username),
      ownerRoleAssigned: stryMutAct_9fa48("89") ? out.ownerRoleAssigned !== true : stryMutAct_9fa48("88") ? false : stryMutAct_9fa48("87") ? true : (stryCov_9fa48("87", "88", "89"), out.ownerRoleAssigned === (stryMutAct_9fa48("90") ? false : (stryCov_9fa48("90"), true))),
      ownerName: text(out.ownerName),
      ownerRoleName: text(out.ownerRoleName),
      errorCode: text(out.errorCode),
      errorField: text(out.errorField),
      message: text(out.message)
    });
  }
}
function isActionResultArray(value: unknown): value is ActionResult[] {
  if (stryMutAct_9fa48("91")) {
    {}
  } else {
    stryCov_9fa48("91");
    return stryMutAct_9fa48("94") ? Array.isArray(value) && value.length > 0 || value.every(item => typeof item === 'object' && item !== null && 'isSuccess' in item && 'actionName' in item) : stryMutAct_9fa48("93") ? false : stryMutAct_9fa48("92") ? true : (stryCov_9fa48("92", "93", "94"), (stryMutAct_9fa48("96") ? Array.isArray(value) || value.length > 0 : stryMutAct_9fa48("95") ? true : (stryCov_9fa48("95", "96"), Array.isArray(value) && (stryMutAct_9fa48("99") ? value.length <= 0 : stryMutAct_9fa48("98") ? value.length >= 0 : stryMutAct_9fa48("97") ? true : (stryCov_9fa48("97", "98", "99"), value.length > 0)))) && (stryMutAct_9fa48("100") ? value.some(item => typeof item === 'object' && item !== null && 'isSuccess' in item && 'actionName' in item) : (stryCov_9fa48("100"), value.every(stryMutAct_9fa48("101") ? () => undefined : (stryCov_9fa48("101"), item => stryMutAct_9fa48("104") ? typeof item === 'object' && item !== null && 'isSuccess' in item || 'actionName' in item : stryMutAct_9fa48("103") ? false : stryMutAct_9fa48("102") ? true : (stryCov_9fa48("102", "103", "104"), (stryMutAct_9fa48("106") ? typeof item === 'object' && item !== null || 'isSuccess' in item : stryMutAct_9fa48("105") ? true : (stryCov_9fa48("105", "106"), (stryMutAct_9fa48("108") ? typeof item === 'object' || item !== null : stryMutAct_9fa48("107") ? true : (stryCov_9fa48("107", "108"), (stryMutAct_9fa48("110") ? typeof item !== 'object' : stryMutAct_9fa48("109") ? true : (stryCov_9fa48("109", "110"), typeof item === (stryMutAct_9fa48("111") ? "" : (stryCov_9fa48("111"), 'object')))) && (stryMutAct_9fa48("113") ? item === null : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113"), item !== null)))) && (stryMutAct_9fa48("114") ? "" : (stryCov_9fa48("114"), 'isSuccess')) in item)) && (stryMutAct_9fa48("115") ? "" : (stryCov_9fa48("115"), 'actionName')) in item))))));
  }
}

/**
 * When every input fails, the platform answers HTTP 400 with the usual result array, and jsforce turns that
 * into an error (`MULTIPLE_API_ERRORS` with the array as `data`, or `ERROR_HTTP_400` with the body as text).
 * Returns the per-input results hidden in such an error, or undefined for a real request error.
 */
export function resultsInError(error: unknown): ActionResult[] | undefined {
  if (stryMutAct_9fa48("116")) {
    {}
  } else {
    stryCov_9fa48("116");
    if (stryMutAct_9fa48("119") ? typeof error !== 'object' && error === null : stryMutAct_9fa48("118") ? false : stryMutAct_9fa48("117") ? true : (stryCov_9fa48("117", "118", "119"), (stryMutAct_9fa48("121") ? typeof error === 'object' : stryMutAct_9fa48("120") ? false : (stryCov_9fa48("120", "121"), typeof error !== (stryMutAct_9fa48("122") ? "" : (stryCov_9fa48("122"), 'object')))) || (stryMutAct_9fa48("124") ? error !== null : stryMutAct_9fa48("123") ? false : (stryCov_9fa48("123", "124"), error === null)))) {
      if (stryMutAct_9fa48("125")) {
        {}
      } else {
        stryCov_9fa48("125");
        return undefined;
      }
    }
    const {
      data,
      message
    } = error as {
      data?: unknown;
      message?: unknown;
    };
    if (stryMutAct_9fa48("127") ? false : stryMutAct_9fa48("126") ? true : (stryCov_9fa48("126", "127"), isActionResultArray(data))) {
      if (stryMutAct_9fa48("128")) {
        {}
      } else {
        stryCov_9fa48("128");
        return data;
      }
    }
    if (stryMutAct_9fa48("131") ? typeof data === 'object' && data !== null || 'message' in data : stryMutAct_9fa48("130") ? false : stryMutAct_9fa48("129") ? true : (stryCov_9fa48("129", "130", "131"), (stryMutAct_9fa48("133") ? typeof data === 'object' || data !== null : stryMutAct_9fa48("132") ? true : (stryCov_9fa48("132", "133"), (stryMutAct_9fa48("135") ? typeof data !== 'object' : stryMutAct_9fa48("134") ? true : (stryCov_9fa48("134", "135"), typeof data === (stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), 'object')))) && (stryMutAct_9fa48("138") ? data === null : stryMutAct_9fa48("137") ? true : (stryCov_9fa48("137", "138"), data !== null)))) && (stryMutAct_9fa48("139") ? "" : (stryCov_9fa48("139"), 'message')) in data)) {
      if (stryMutAct_9fa48("140")) {
        {}
      } else {
        stryCov_9fa48("140");
        const body = data.message;
        const parsed = (stryMutAct_9fa48("143") ? typeof body !== 'string' : stryMutAct_9fa48("142") ? false : stryMutAct_9fa48("141") ? true : (stryCov_9fa48("141", "142", "143"), typeof body === (stryMutAct_9fa48("144") ? "" : (stryCov_9fa48("144"), 'string')))) ? parseJson(body) : undefined;
        if (stryMutAct_9fa48("146") ? false : stryMutAct_9fa48("145") ? true : (stryCov_9fa48("145", "146"), isActionResultArray(parsed))) {
          if (stryMutAct_9fa48("147")) {
            {}
          } else {
            stryCov_9fa48("147");
            return parsed;
          }
        }
      }
    }
    const parsed = (stryMutAct_9fa48("150") ? typeof message !== 'string' : stryMutAct_9fa48("149") ? false : stryMutAct_9fa48("148") ? true : (stryCov_9fa48("148", "149", "150"), typeof message === (stryMutAct_9fa48("151") ? "" : (stryCov_9fa48("151"), 'string')))) ? parseJson(message) : undefined;
    return isActionResultArray(parsed) ? parsed : undefined;
  }
}
function parseJson(body: string): unknown {
  if (stryMutAct_9fa48("152")) {
    {}
  } else {
    stryCov_9fa48("152");
    try {
      if (stryMutAct_9fa48("153")) {
        {}
      } else {
        stryCov_9fa48("153");
        return JSON.parse(body) as unknown;
      }
    } catch {
      if (stryMutAct_9fa48("154")) {
        {}
      } else {
        stryCov_9fa48("154");
        return undefined;
      }
    }
  }
}