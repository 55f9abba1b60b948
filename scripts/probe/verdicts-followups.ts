/**
 * Verdicts of the issue 20 follow-up questions on the lifecycle user and the bulk run: ContactId after DISABLE read in a
 * later transaction, the emails of insert and reactivation, the DML cost of System.resetPassword and its behaviour
 * for frozen and inactive users, seat counting, and one real enable of 200 students. Pure functions over the
 * PROBE_RESULT of scripts/apex/probe-lifecycle.apex, probe-portal-user.apex (committedUser), probe-bulk-enable.apex
 * and the UserLicense rows, tested offline.
 */
import type { Answer } from './types';
import { answer, describeFailure, show, step } from './verdicts';

type Row = Record<string, unknown>;

export const FOLLOWUP_IDS = {
    contactAfterDisable: 'disabled-user-contact-later',
    email: 'user-email-insert-vs-reactivation',
    resetCost: 'reset-password-dml-cost',
    resetFrozen: 'reset-password-frozen-user',
    resetInactive: 'reset-password-inactive-user',
    seats: 'login-licence-seat-counting',
    bulk: 'bulk-enable-200'
} as const;

export const FOLLOWUP_CLAIMS = {
    contactAfterDisable:
        'After DISABLE (IsPortalEnabled = false), User.ContactId read in a later transaction is null (salesforce.stackexchange.com 220561 saw it still set right after)',
    email: 'A portal user inserted or reactivated with EmailHeader.triggerUserEmail = false gets no email (salesforce.stackexchange.com 115095 reports the reactivation email is sent anyway)',
    resetCost:
        'One System.resetPassword call counts as one DML statement (150 per transaction; the product stays at 100 a transaction until measured)',
    resetFrozen: 'System.resetPassword(userId, true) succeeds for a frozen portal user, who stays frozen',
    resetInactive:
        'System.resetPassword(userId, true) fails for an inactive portal user (the product refuses SEND_LOGIN_LINK for inactive students before calling it)',
    seats: 'A new Customer Community Plus (Login) user takes one seat of UserLicense.UsedLicenses at creation, before any login',
    bulk: 'One EnableStudentUsersAction call enables 200 students on 200 accounts within the 10 s synchronous CPU limit, without UNABLE_TO_LOCK_ROW'
} as const;

function state(result: Row, key: 'before' | 'after'): Row {
    const value = result[key];
    return typeof value === 'object' && value !== null ? (value as Row) : {};
}

/** `disable` is the disable step's result, `later` the readBack step run afterwards (a later transaction). */
export function contactAfterDisableVerdict(disable: Row, later: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(FOLLOWUP_IDS.contactAfterDisable, FOLLOWUP_CLAIMS.contactAfterDisable, kind, evidence, {
            disable,
            later
        });
    if (typeof disable.error === 'string') return verdict('could not test', disable.error);
    if (!step(disable.update)?.ok) {
        return verdict('could not test', `the disable itself failed: ${describeFailure(step(disable.update))}`);
    }
    if (typeof later.error === 'string') return verdict('could not test', `the later read failed: ${later.error}`);
    const after = state(later, 'after');
    if (after.isPortalEnabled !== false) {
        return verdict(
            'could not test',
            `IsPortalEnabled reads ${show(after.isPortalEnabled)} in the later transaction`
        );
    }
    const same = `ContactId ${show(state(disable, 'after').contactId, 'null')} in the disabling transaction`;
    if (after.contactId === null || after.contactId === undefined) {
        return verdict('confirmed', `${same}, null in a later one`);
    }
    return verdict(
        'refuted',
        `${same}, still ${show(after.contactId)} in a later one: queries by ContactId must filter IsPortalEnabled = TRUE`
    );
}

/** What Apex saw of emails around one DML (emailInvocations = Limits.getEmailInvocations() delta). */
function emailSignals(result: Row): string {
    const limits = `Limits.getEmailInvocations() +${show(result.emailInvocations)}`;
    if (result.singleEmailBefore === undefined) return limits;
    return `${limits}, OrgLimits SingleEmail ${show(result.singleEmailBefore)} -> ${show(result.singleEmailAfter)}`;
}

/**
 * `insert` is the committedUser result (triggerUserEmail false), `reactivate` the reactivate step. Apex cannot see a
 * system email (Limits counts Messaging emails only, OrgLimits is asynchronous): with no visible signal the answer is
 * `could not test` and says to check the inbox; a visible email refutes.
 */
export function emailVerdict(insert: Row, reactivate: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(FOLLOWUP_IDS.email, FOLLOWUP_CLAIMS.email, kind, evidence, { insert, reactivate });
    if (typeof reactivate.error === 'string') return verdict('could not test', reactivate.error);
    const inserted = step(insert.insert);
    const reactivated = step(reactivate.update);
    if (!inserted?.ok) return verdict('could not test', `the insert failed: ${describeFailure(inserted)}`);
    if (!reactivated?.ok) return verdict('could not test', `the reactivation failed: ${describeFailure(reactivated)}`);
    const evidence = `insert: ${emailSignals(insert)}; reactivation (IsActive -> ${show(state(reactivate, 'after').isActive)}): ${emailSignals(reactivate)}`;
    if (Number(insert.emailInvocations) > 0 || Number(reactivate.emailInvocations) > 0) {
        return verdict('refuted', `an email Apex can see was sent: ${evidence}`);
    }
    return verdict(
        'could not test',
        `${evidence}. Apex cannot see system emails (user welcome, reactivation, password): look in Setup > Email Log Files, or point the probe user's email at a real inbox`
    );
}

/** The login link step on an active user: the DML statements one reset used. */
export function resetCostVerdict(reset: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(FOLLOWUP_IDS.resetCost, FOLLOWUP_CLAIMS.resetCost, kind, evidence, reset);
    if (typeof reset.error === 'string') return verdict('could not test', reset.error);
    if (!step(reset.update)?.ok) {
        return verdict('could not test', `the reset failed: ${describeFailure(step(reset.update))}`);
    }
    const used = reset.dmlStatements;
    if (typeof used !== 'number') return verdict('could not test', 'the script reported no DML count');
    const evidence = `Limits.getDmlStatements() rose by ${used} for one System.resetPassword call`;
    if (used === 1) return verdict('confirmed', evidence);
    return verdict(
        'refuted',
        `${evidence}: the per-transaction ceiling of SEND_LOGIN_LINK (100) can be set from this (150 DML statements / ${Math.max(used, 1)})`
    );
}

/** The reset on a frozen user (between a freeze and an unfreeze). */
export function resetFrozenVerdict(reset: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(FOLLOWUP_IDS.resetFrozen, FOLLOWUP_CLAIMS.resetFrozen, kind, evidence, reset);
    if (typeof reset.error === 'string') return verdict('could not test', reset.error);
    if (state(reset, 'before').isFrozen !== true) {
        return verdict('could not test', `the user was not frozen (IsFrozen ${show(state(reset, 'before').isFrozen)})`);
    }
    const outcome = step(reset.update);
    if (!outcome?.ok)
        return verdict('refuted', `System.resetPassword on a frozen user failed: ${describeFailure(outcome)}`);
    const frozenAfter = state(reset, 'after').isFrozen;
    if (frozenAfter !== true) {
        return verdict('refuted', `the reset succeeded but unfroze the user (IsFrozen ${show(frozenAfter)} after)`);
    }
    return verdict('confirmed', 'the reset succeeded and the user stayed frozen (the email went to example.com)');
}

/** The reset on an inactive user (after the deactivation). */
export function resetInactiveVerdict(reset: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(FOLLOWUP_IDS.resetInactive, FOLLOWUP_CLAIMS.resetInactive, kind, evidence, reset);
    if (typeof reset.error === 'string') return verdict('could not test', reset.error);
    if (state(reset, 'before').isActive !== false) {
        return verdict(
            'could not test',
            `the user was not inactive (IsActive ${show(state(reset, 'before').isActive)})`
        );
    }
    const outcome = step(reset.update);
    if (outcome?.ok) {
        return verdict(
            'refuted',
            `System.resetPassword succeeded for an inactive user (IsActive after: ${show(state(reset, 'after').isActive)}): the product's own refusal is the only guard`
        );
    }
    return verdict('confirmed', `refused: ${describeFailure(outcome)}`);
}

/** UsedLicenses of `key` in rows of LICENCE_SOQL. */
function used(rows: readonly Row[], key: string): number | undefined {
    const row = rows.find((candidate) => candidate.LicenseDefinitionKey === key);
    return typeof row?.UsedLicenses === 'number' ? row.UsedLicenses : undefined;
}

/** Seats: the licence rows before and after the lifecycle user's insert (`insert` = its committedUser result). */
export function seatVerdict(insert: Row, before: readonly Row[], after: readonly Row[]): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(FOLLOWUP_IDS.seats, FOLLOWUP_CLAIMS.seats, kind, evidence, { insert, before, after });
    if (!step(insert.insert)?.ok) {
        return verdict('could not test', `no user was created: ${describeFailure(step(insert.insert))}`);
    }
    const key = typeof insert.licence === 'string' ? insert.licence : undefined;
    if (!key) return verdict('could not test', 'the insert did not say which licence the user got');
    const was = used(before, key);
    const now = used(after, key);
    if (was === undefined || now === undefined) {
        return verdict('could not test', `UsedLicenses of ${key} could not be read before and after`);
    }
    const evidence = `${key} UsedLicenses ${was} -> ${now} after creating one user (queried in later transactions)`;
    if (now - was === 1) return verdict('confirmed', evidence);
    return verdict(
        'refuted',
        `${evidence}: seats are not taken at creation (counted at login or per month?); the capacity check must not trust UsedLicenses`
    );
}

/** Free seats of `key` in LICENCE_SOQL rows (undefined when the licence is absent). */
export function freeSeats(rows: readonly Row[], key: string): number | undefined {
    const row = rows.find((candidate) => candidate.LicenseDefinitionKey === key);
    if (typeof row?.TotalLicenses !== 'number' || typeof row.UsedLicenses !== 'number') return undefined;
    return row.TotalLicenses - row.UsedLicenses;
}

/** The 200-student run: its PROBE_RESULT, or the failure text of a run that died (e.g. of the CPU limit). */
export function bulkVerdict(run: Row | string, count: number): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(FOLLOWUP_IDS.bulk, FOLLOWUP_CLAIMS.bulk, kind, evidence, run);
    if (typeof run === 'string') {
        if (/CPU time limit|Apex CPU/i.test(run)) return verdict('refuted', `the call died of the CPU limit: ${run}`);
        if (/UNABLE_TO_LOCK_ROW/.test(run)) return verdict('refuted', `the call died of a row lock: ${run}`);
        return verdict('could not test', run);
    }
    const statuses = (run.statuses ?? {}) as Record<string, number>;
    const codes = (run.errorCodes ?? {}) as Record<string, number>;
    const locks = Array.isArray(run.lockMessages) ? (run.lockMessages as string[]) : [];
    const created = statuses.CREATED ?? 0;
    const seats =
        run.usedBefore === undefined
            ? ''
            : `; UsedLicenses ${show(run.usedBefore)} -> ${show(run.usedAfter)} in the transaction`;
    const evidence = `${created} of ${count} CREATED, statuses ${JSON.stringify(statuses)}, codes ${JSON.stringify(codes)}; CPU ${show(run.cpuMs)} ms of ${show(run.cpuLimitMs)}, ${show(run.elapsedMs)} ms elapsed, ${show(run.dmlStatements)} DML statements, ${show(run.queries)} queries${seats}`;
    if (locks.length > 0 || codes.UNABLE_TO_LOCK_ROW) {
        return verdict('refuted', `UNABLE_TO_LOCK_ROW: ${locks[0] ?? ''}; ${evidence}`);
    }
    if (created === count) return verdict('confirmed', evidence);
    if (Object.keys(codes).some((code) => code === 'NO_LICENSE_LEFT' || code.startsWith('LICENSE_LIMIT'))) {
        return verdict('could not test', `not enough seats: ${evidence}`);
    }
    const first = Array.isArray(run.firstErrors) ? `; first errors: ${(run.firstErrors as string[]).join(' | ')}` : '';
    return verdict('refuted', `${evidence}${first}`);
}
