/**
 * An in-org run as plain data (issue #24): its state, rate and time left from its counts and start time, failures by
 * code with each code's label, and the results CSV rows from getRunResults pages. No DOM, no Apex: tested directly.
 */
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS, csvText, formatLabel as format } from 'c/studentUserShared';

/** @typedef {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunStatus} RunStatus */
/** @typedef {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunResultRow} RunResultRow */
/** @typedef {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunCodeCount} RunCodeCount */

/** Statuses of a run the org is still carrying out (StudentUserRunPolicy.ACTIVE). */
export const ACTIVE_STATUSES = Object.freeze(['QUEUED', 'RUNNING', 'CANCELLING']);
/** Statuses a run can be resumed from (StudentUserRunPolicy.RESUMABLE). */
export const RESUMABLE_STATUSES = Object.freeze(['CANCELLED', 'FAILED']);
/** Statuses that can be cancelled (CANCELLING already is). */
export const CANCELLABLE_STATUSES = Object.freeze(['QUEUED', 'RUNNING']);

/** Rows per getRunResults call: the contract's most (StudentUserRunController.getRunResults, pageSize ≤ 2000). */
export const RESULTS_PAGE_SIZE = 2000;

/** The enable action; any other is a lifecycle action with the lifecycle CSV columns. */
export const ENABLE = 'ENABLE';

/**
 * Every count of a run as a number (an @AuraEnabled object leaves out null properties).
 * @param {RunStatus} run
 */
export function countsOf(run) {
    const count = (/** @type {unknown} */ value) => (typeof value === 'number' && value > 0 ? value : 0);
    const total = count(run.studentCount);
    const succeeded = count(run.succeeded);
    const failed = count(run.failed);
    const skipped = count(run.skipped);
    const done = Math.min(total, succeeded + failed + skipped);
    return { total, succeeded, failed, skipped, done, pending: Math.max(0, total - done) };
}

/**
 * @param {RunStatus | null | undefined} run
 * @returns {boolean} whether the org is still carrying the run out (poll it)
 */
export function isActive(run) {
    return Boolean(run) && ACTIVE_STATUSES.includes(/** @type {RunStatus} */ (run).status);
}

/**
 * The share of students with an outcome, as a whole percentage (0 when the run has none).
 * @param {RunStatus} run
 */
export function percentDone(run) {
    const { total, done } = countsOf(run);
    return total === 0 ? 0 : Math.floor((done / total) * 100);
}

/**
 * Students with an outcome per minute, from the start to `now` (to the end, for a finished run), or null when no
 * student has an outcome yet or no time has passed. Computed here, not by Apex (the contract: rate and time left are
 * the LWC's).
 * @param {RunStatus} run
 * @param {number} now milliseconds since the epoch
 * @returns {number | null}
 */
export function ratePerMinute(run, now) {
    const { done } = countsOf(run);
    const started = run.startedAt ? Date.parse(run.startedAt) : NaN;
    const ended = run.finishedAt && !isActive(run) ? Date.parse(run.finishedAt) : now;
    const minutes = (ended - started) / 60000;
    if (done === 0 || !Number.isFinite(minutes) || minutes <= 0) {
        return null;
    }
    return done / minutes;
}

/**
 * Minutes left at the rate so far, or null when not known (no rate yet) or not going on (a finished run).
 * @param {RunStatus} run
 * @param {number} now
 * @returns {number | null}
 */
export function minutesLeft(run, now) {
    const rate = ratePerMinute(run, now);
    if (!isActive(run) || rate === null) {
        return null;
    }
    return countsOf(run).pending / rate;
}

/**
 * A duration in words of the labels: "less than a minute", "12 min", "2 h 5 min".
 * @param {number} minutes
 * @param {{ durationUnderMinute: string, durationMinutes: string, durationHours: string }} labels
 */
export function durationText(minutes, labels) {
    if (minutes < 1) {
        return labels.durationUnderMinute;
    }
    const whole = Math.round(minutes);
    if (whole < 60) {
        return format(labels.durationMinutes, whole);
    }
    return format(labels.durationHours, Math.floor(whole / 60), whole % 60);
}

/**
 * The failures by code, most frequent first (as Apex sends them), each with its code's label: a known code's Custom
 * Label, else `otherLabel` (the results file has each student's own message and fix).
 * @param {RunStatus} run
 * @param {Readonly<Record<string, string>>} codeLabels labels by code
 * @param {string} otherLabel
 * @returns {{ code: string, label: string, count: number }[]}
 */
export function failureRows(run, codeLabels, otherLabel) {
    const list = Array.isArray(run.failuresByCode) ? run.failuresByCode : [];
    return list
        .filter((entry) => entry && typeof entry.code === 'string' && entry.count > 0)
        .map((entry) => ({ code: entry.code, label: codeLabels[entry.code] ?? otherLabel, count: entry.count }));
}

/**
 * The CSV columns of a run's results: the enable CSV's for ENABLE, the lifecycle CSV's otherwise (the columns of the
 * cohort page's own downloads, which are the CLI's).
 * @param {string | null | undefined} action
 * @returns {readonly string[]}
 */
export function resultColumns(action) {
    return action === ENABLE ? RESULT_COLUMNS : LIFECYCLE_RESULT_COLUMNS;
}

/**
 * One CSV row of a run item. The run keeps the outcome, its code, message, fix and user (the ResultRow of the
 * contract): columns the run does not keep (username, owner role, readiness) are empty, and `status` is the run's
 * SUCCEEDED / FAILED / SKIPPED / PENDING.
 * @param {RunResultRow} item
 * @param {string} action
 * @returns {{ row: number } & Record<string, unknown>}
 */
export function csvRowOf(item, action) {
    return {
        row: item.position,
        contactId: item.contactId ?? '',
        email: item.email ?? '',
        action,
        status: item.status ?? '',
        userId: item.userId ?? '',
        username: '',
        ownerRoleAssigned: false,
        ownerName: '',
        ownerRoleName: '',
        errorCode: item.code ?? '',
        errorField: '',
        message: item.message ?? '',
        errorFix: item.fix ?? '',
        siteNames: '',
        loginUrl: '',
        emailDecision: ''
    };
}

/**
 * Reads every result of a run, page after page (rows with a position after the last one read), and reports the
 * rows read so far after each page.
 * @param {(params: { runId: string, afterPosition: number, pageSize: number }) => Promise<RunResultRow[]>} getPage
 * @param {string} runId
 * @param {(read: number) => void} [onPage]
 * @returns {Promise<RunResultRow[]>}
 */
export async function readAllResults(getPage, runId, onPage = () => undefined) {
    /** @type {RunResultRow[]} */
    const rows = [];
    let afterPosition = 0;
    for (;;) {
        // eslint-disable-next-line no-await-in-loop -- each page starts after the last position of the one before
        const page = (await getPage({ runId, afterPosition, pageSize: RESULTS_PAGE_SIZE })) ?? [];
        rows.push(...page);
        onPage(rows.length);
        const last = page.length > 0 ? page[page.length - 1].position : afterPosition;
        if (page.length < RESULTS_PAGE_SIZE || !(last > afterPosition)) {
            return rows;
        }
        afterPosition = last;
    }
}

/**
 * The results file of a run: the cohort page's columns for its action, one line per student in position order.
 * @param {readonly RunResultRow[]} items
 * @param {string | null | undefined} action
 * @returns {string}
 */
export function runResultsCsv(items, action) {
    const name = action ?? '';
    return csvText(
        resultColumns(name),
        items.map((item) => csvRowOf(item, name))
    );
}

/**
 * The results file's name: the run number, e.g. `SUR-00000042.results.csv`.
 * @param {RunStatus} run
 */
export function resultsFileName(run) {
    return `${run.name || 'student-user-run'}.results.csv`;
}
