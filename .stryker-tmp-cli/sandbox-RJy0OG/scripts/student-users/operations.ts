/**
 * What each subcommand of `student-users` asks of Salesforce: the invocable action it posts to, the action value and
 * the statuses it can return, and the results columns it writes. Everything else (input, chunking, retries, resume,
 * results file, summary) is one code path shared by every subcommand.
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
import type { RowStatus } from './results-format';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from './results-format';
import type { ResultColumn } from './results-format';
export const ENABLE_ACTION_NAME = stryMutAct_9fa48("664") ? "" : (stryCov_9fa48("664"), 'EnableStudentUsersAction');
export const LIFECYCLE_ACTION_NAME = stryMutAct_9fa48("665") ? "" : (stryCov_9fa48("665"), 'ManageStudentUsersAction');

/** The `action` values of ManageStudentUsersAction (LIFECYCLE-CONTRACT.md). */
export type LifecycleAction = 'DEACTIVATE' | 'FREEZE' | 'UNFREEZE' | 'SEND_LOGIN_LINK' | 'REACTIVATE' | 'DISABLE';
export interface Operation {
  /** The subcommand, e.g. `deactivate`. */
  command: string;
  /** The invocable action it posts to. */
  actionName: typeof ENABLE_ACTION_NAME | typeof LIFECYCLE_ACTION_NAME;
  /** The `action` input of ManageStudentUsersAction; absent for enable. */
  action?: LifecycleAction;
  /** One line for `--help`. */
  description: string;
  /** "Enabling", "Deactivating": the start line of a run. */
  verb: string;
  /** The status of a row that was done (a real run). */
  doneStatus: RowStatus;
  /** Label of `doneStatus` in the summary. */
  doneLabel: string;
  /** Statuses the action may return for this subcommand (besides FAILED). */
  statuses: readonly RowStatus[];
  /** Rows with these statuses in a `--resume` file are not sent again. */
  resumeSkips: ReadonlySet<RowStatus>;
  columns: readonly ResultColumn[];
}
export const ENABLE: Operation = stryMutAct_9fa48("666") ? {} : (stryCov_9fa48("666"), {
  command: stryMutAct_9fa48("667") ? "" : (stryCov_9fa48("667"), 'enable'),
  actionName: ENABLE_ACTION_NAME,
  description: (stryMutAct_9fa48("668") ? "" : (stryCov_9fa48("668"), 'Enable Customer Community Plus portal users for many students at once, through the ')) + (stryMutAct_9fa48("669") ? "" : (stryCov_9fa48("669"), 'EnableStudentUsersAction invocable action (same checks, owner-role fix and idempotency as the quick action).')),
  verb: stryMutAct_9fa48("670") ? "" : (stryCov_9fa48("670"), 'Enabling'),
  doneStatus: stryMutAct_9fa48("671") ? "" : (stryCov_9fa48("671"), 'CREATED'),
  doneLabel: stryMutAct_9fa48("672") ? "" : (stryCov_9fa48("672"), 'Created'),
  statuses: stryMutAct_9fa48("673") ? [] : (stryCov_9fa48("673"), [stryMutAct_9fa48("674") ? "" : (stryCov_9fa48("674"), 'CREATED'), stryMutAct_9fa48("675") ? "" : (stryCov_9fa48("675"), 'REACTIVATED'), stryMutAct_9fa48("676") ? "" : (stryCov_9fa48("676"), 'ALREADY_ENABLED'), stryMutAct_9fa48("677") ? "" : (stryCov_9fa48("677"), 'VALID')]),
  resumeSkips: new Set<RowStatus>(stryMutAct_9fa48("678") ? [] : (stryCov_9fa48("678"), [stryMutAct_9fa48("679") ? "" : (stryCov_9fa48("679"), 'CREATED'), stryMutAct_9fa48("680") ? "" : (stryCov_9fa48("680"), 'REACTIVATED'), stryMutAct_9fa48("681") ? "" : (stryCov_9fa48("681"), 'ALREADY_ENABLED')])),
  columns: RESULT_COLUMNS
});
function lifecycle(command: string, action: LifecycleAction, doneStatus: RowStatus, doneLabel: string, verb: string, description: string): Operation {
  if (stryMutAct_9fa48("682")) {
    {}
  } else {
    stryCov_9fa48("682");
    return stryMutAct_9fa48("683") ? {} : (stryCov_9fa48("683"), {
      command,
      actionName: LIFECYCLE_ACTION_NAME,
      action,
      description: stryMutAct_9fa48("684") ? `` : (stryCov_9fa48("684"), `${description} (ManageStudentUsersAction, action ${action}).`),
      verb,
      doneStatus,
      doneLabel,
      statuses: stryMutAct_9fa48("685") ? [] : (stryCov_9fa48("685"), [doneStatus, stryMutAct_9fa48("686") ? "" : (stryCov_9fa48("686"), 'VALID'), stryMutAct_9fa48("687") ? "" : (stryCov_9fa48("687"), 'SKIPPED')]),
      // SKIPPED means there was nothing to do (e.g. ALREADY_INACTIVE): sending it again would change nothing.
      resumeSkips: new Set<RowStatus>(stryMutAct_9fa48("688") ? [] : (stryCov_9fa48("688"), [doneStatus, stryMutAct_9fa48("689") ? "" : (stryCov_9fa48("689"), 'SKIPPED')])),
      columns: LIFECYCLE_RESULT_COLUMNS
    });
  }
}
export const LIFECYCLE_OPERATIONS: readonly Operation[] = stryMutAct_9fa48("690") ? [] : (stryCov_9fa48("690"), [lifecycle(stryMutAct_9fa48("691") ? "" : (stryCov_9fa48("691"), 'deactivate'), stryMutAct_9fa48("692") ? "" : (stryCov_9fa48("692"), 'DEACTIVATE'), stryMutAct_9fa48("693") ? "" : (stryCov_9fa48("693"), 'DEACTIVATED'), stryMutAct_9fa48("694") ? "" : (stryCov_9fa48("694"), 'Deactivated'), stryMutAct_9fa48("695") ? "" : (stryCov_9fa48("695"), 'Deactivating'), stryMutAct_9fa48("696") ? "" : (stryCov_9fa48("696"), "Deactivate students' portal users (frees the licence, keeps the contact link; undo with reactivate)")), lifecycle(stryMutAct_9fa48("697") ? "" : (stryCov_9fa48("697"), 'freeze'), stryMutAct_9fa48("698") ? "" : (stryCov_9fa48("698"), 'FREEZE'), stryMutAct_9fa48("699") ? "" : (stryCov_9fa48("699"), 'FROZEN'), stryMutAct_9fa48("700") ? "" : (stryCov_9fa48("700"), 'Frozen'), stryMutAct_9fa48("701") ? "" : (stryCov_9fa48("701"), 'Freezing'), stryMutAct_9fa48("702") ? "" : (stryCov_9fa48("702"), "Freeze students' portal users (blocks login, keeps the licence; undo with unfreeze)")), lifecycle(stryMutAct_9fa48("703") ? "" : (stryCov_9fa48("703"), 'unfreeze'), stryMutAct_9fa48("704") ? "" : (stryCov_9fa48("704"), 'UNFREEZE'), stryMutAct_9fa48("705") ? "" : (stryCov_9fa48("705"), 'UNFROZEN'), stryMutAct_9fa48("706") ? "" : (stryCov_9fa48("706"), 'Unfrozen'), stryMutAct_9fa48("707") ? "" : (stryCov_9fa48("707"), 'Unfreezing'), stryMutAct_9fa48("708") ? "" : (stryCov_9fa48("708"), "Unfreeze students' portal users")), lifecycle(stryMutAct_9fa48("709") ? "" : (stryCov_9fa48("709"), 'send-login-link'), stryMutAct_9fa48("710") ? "" : (stryCov_9fa48("710"), 'SEND_LOGIN_LINK'), stryMutAct_9fa48("711") ? "" : (stryCov_9fa48("711"), 'LOGIN_LINK_SENT'), stryMutAct_9fa48("712") ? "" : (stryCov_9fa48("712"), 'Login link sent'), stryMutAct_9fa48("713") ? "" : (stryCov_9fa48("713"), 'Sending login links to'), stryMutAct_9fa48("714") ? "" : (stryCov_9fa48("714"), 'Send students a login link (password reset email through their site)')), lifecycle(stryMutAct_9fa48("715") ? "" : (stryCov_9fa48("715"), 'reactivate'), stryMutAct_9fa48("716") ? "" : (stryCov_9fa48("716"), 'REACTIVATE'), stryMutAct_9fa48("717") ? "" : (stryCov_9fa48("717"), 'REACTIVATED'), stryMutAct_9fa48("718") ? "" : (stryCov_9fa48("718"), 'Reactivated'), stryMutAct_9fa48("719") ? "" : (stryCov_9fa48("719"), 'Reactivating'), stryMutAct_9fa48("720") ? "" : (stryCov_9fa48("720"), "Reactivate students' deactivated portal users (keeps their profile and time zone)")), lifecycle(stryMutAct_9fa48("721") ? "" : (stryCov_9fa48("721"), 'disable'), stryMutAct_9fa48("722") ? "" : (stryCov_9fa48("722"), 'DISABLE'), stryMutAct_9fa48("723") ? "" : (stryCov_9fa48("723"), 'DISABLED'), stryMutAct_9fa48("724") ? "" : (stryCov_9fa48("724"), 'Disabled'), stryMutAct_9fa48("725") ? "" : (stryCov_9fa48("725"), 'Disabling'), (stryMutAct_9fa48("726") ? "" : (stryCov_9fa48("726"), "PERMANENTLY disable students' portal users (IsPortalEnabled = false: cannot be undone, breaks the contact ")) + (stryMutAct_9fa48("727") ? "" : (stryCov_9fa48("727"), 'link; needs --confirm-disable and the Disable_Student_Users permission)')))]);
export const OPERATIONS: readonly Operation[] = stryMutAct_9fa48("728") ? [] : (stryCov_9fa48("728"), [ENABLE, ...LIFECYCLE_OPERATIONS]);
export function operationFor(command: string): Operation | undefined {
  if (stryMutAct_9fa48("729")) {
    {}
  } else {
    stryCov_9fa48("729");
    return OPERATIONS.find(stryMutAct_9fa48("730") ? () => undefined : (stryCov_9fa48("730"), operation => stryMutAct_9fa48("733") ? operation.command !== command : stryMutAct_9fa48("732") ? false : stryMutAct_9fa48("731") ? true : (stryCov_9fa48("731", "732", "733"), operation.command === command)));
  }
}

/** Why `disable` needs `--confirm-disable`, and what to do instead. */
export const DISABLE_REFUSAL = (stryMutAct_9fa48("734") ? "" : (stryCov_9fa48("734"), 'disable is permanent: it turns the portal user off for good (IsPortalEnabled = false), which cannot be undone ')) + (stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), 'and breaks the link between the user and the contact. To stop students logging in, use ')) + (stryMutAct_9fa48("736") ? "" : (stryCov_9fa48("736"), '"student-users deactivate" (frees the licence; undo with "student-users reactivate") or "student-users freeze" ')) + (stryMutAct_9fa48("737") ? "" : (stryCov_9fa48("737"), '(keeps the licence). If you really mean to disable them, add --confirm-disable (you also need the admin-only ')) + (stryMutAct_9fa48("738") ? "" : (stryCov_9fa48("738"), 'Disable_Student_Users permission); nothing was sent.'));