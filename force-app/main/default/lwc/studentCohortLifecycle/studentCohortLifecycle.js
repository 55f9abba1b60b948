import { api } from 'lwc';
import checkLifecycle from '@salesforce/apex/StudentCohortController.checkLifecycle';
import manageStudents from '@salesforce/apex/StudentCohortController.manageStudents';
import { csvText, downloadTextFile, formatLabel as format, studentsPerCall } from 'c/studentUserShared';
import { CohortTableMixin } from 'c/studentCohortTable';
import { LABELS } from './labels';
import {
    LIFECYCLE_RESULT_COLUMNS,
    buildRequests,
    columns,
    countRows,
    doneMessage,
    isReady,
    isSettled,
    rowView,
    rowsFromStudents,
    toResultRow
} from './lifecycleModel';

/** @typedef {import('./lifecycleModel').LifecycleRow} LifecycleRow */
/** @typedef {import('./lifecycleModel').LifecycleStudent} LifecycleStudent */
/** @typedef {import('@salesforce/apex/StudentCohortController.checkLifecycle').StudentLifecycleRequest} StudentLifecycleRequest */
/** @typedef {import('@salesforce/apex/StudentCohortController.checkLifecycle').StudentLifecycleResult} StudentLifecycleResult */

const DOWNLOAD_NAME = 'student-cohort.lifecycle-results.csv';

/** Derived once per `rows` array (replaced, never mutated), not on every render. */

/**
 * The cohort page's lifecycle mode: for the selected students and the chosen action (deactivate, freeze, unfreeze,
 * send login link, reactivate, disable), Check (dry run) then Run, one Apex call per chunk (the server's per-call budget, `maxStudentsPerCall`), the per-student
 * status, code, reason and fix, counts, and the results file in the CLI's lifecycle columns. A new selection, action
 * or confirmation starts over (the check no longer applies). Fires `busychange` ({ busy }) and `runcomplete` ({ calls }: the real calls that returned).
 */
export default class StudentCohortLifecycle extends CohortTableMixin(rowView, LABELS) {
    labels = LABELS;
    columns = columns(LABELS);

    /** The chosen action's name, as the action picker shows it (the Run button says it). */
    @api actionLabel = '';

    /**
     * Students per checkLifecycle/manageStudents call: the server's budget (getCohortAccess.maxStudentsPerCall).
     * @type {number | undefined}
     */
    @api maxStudentsPerCall;

    /** More students than the browser sends (c/studentUserShared BROWSER_RUN_MAX_STUDENTS): Check and Run are off here, the page's in-org run is the way. */
    @api inOrgOnly = false;

    /** @type {LifecycleStudent[]} */
    _students = [];
    _action = '';
    _confirmDisable = false;

    /** @type {LifecycleRow[]} */
    rows = [];
    /** @type {'check' | 'run' | null} */
    task = null;
    progressDone = 0;
    progressTotal = 0;
    cancelRequested = false;
    /** the table page shown, 0-based */
    page = 0;
    /** @type {Map<string, string>} users' record page URLs, from the navigation service */
    userUrls = new Map();
    /** real calls of the last run that returned (each writes one run record) */
    callsRecorded = 0;
    statusMessage = '';
    errorMessage = '';

    /** @type {LifecycleStudent[]} the selected students */
    @api
    get students() {
        return this._students;
    }
    set students(value) {
        this._students = Array.isArray(value) ? value : [];
        this.startOver();
    }

    /** DEACTIVATE, FREEZE, UNFREEZE, SEND_LOGIN_LINK, REACTIVATE or DISABLE. */
    @api
    get action() {
        return this._action;
    }
    set action(value) {
        this._action = value ?? '';
        this.startOver();
    }

    /** The admin ticked "disabling is permanent" (sent with DISABLE only). */
    @api
    get confirmDisable() {
        return this._confirmDisable;
    }
    set confirmDisable(value) {
        this._confirmDisable = value === true;
        this.startOver();
    }

    startOver() {
        this.rows = rowsFromStudents(this._students);
        this.page = 0;
        this.statusMessage = '';
        this.errorMessage = '';
    }

    // ----- view -----

    get isRunning() {
        return this.task !== null;
    }

    get hasRows() {
        return this.rows.length > 0;
    }

    /** A login link is a password reset: said before Check and Run (REST API "Reset User Password"). */
    get isLoginLink() {
        return this._action === 'SEND_LOGIN_LINK';
    }

    get isDisableUnconfirmed() {
        return this._action === 'DISABLE' && !this._confirmDisable;
    }

    get checkDisabled() {
        return this.isRunning || !this.hasRows || !this._action || this.isDisableUnconfirmed || this.inOrgOnly;
    }

    get readyRows() {
        return this.rows.filter(isReady);
    }

    get runDisabled() {
        return this.isRunning || this.readyRows.length === 0 || this.isDisableUnconfirmed || this.inOrgOnly;
    }

    get runLabel() {
        return format(LABELS.run, this.actionLabel, this.readyRows.length);
    }

    get counts() {
        return countRows(this.rows);
    }

    get countItems() {
        const counts = this.counts;
        return [
            { key: 'total', label: LABELS.countTotal, value: counts.total, always: true },
            { key: 'ready', label: LABELS.countReady, value: counts.ready },
            { key: 'skipped', label: LABELS.countSkipped, value: counts.skipped },
            { key: 'blocked', label: LABELS.countBlocked, value: counts.blocked },
            { key: 'done', label: LABELS.countDone, value: counts.done },
            { key: 'failed', label: LABELS.countFailed, value: counts.failed },
            { key: 'notSent', label: LABELS.countNotSent, value: counts.notSent }
        ].filter((item) => item.always || item.value > 0);
    }

    get progressText() {
        if (this.cancelRequested) {
            return LABELS.cancelling;
        }
        return format(this.task === 'run' ? LABELS.running : LABELS.checking, this.progressDone, this.progressTotal);
    }

    get csvText() {
        return csvText(
            LIFECYCLE_RESULT_COLUMNS,
            this.rows.map((row) => toResultRow(row, this._action, LABELS.notSentMessage))
        );
    }

    /** Builds the results file now, from the rows as they are. */
    handleDownload() {
        downloadTextFile(this.csvText, DOWNLOAD_NAME);
    }

    // ----- events -----

    handleCheck() {
        this.check();
    }

    handleRun() {
        this.run();
    }

    // ----- work -----

    /** Dry run for every student not settled yet (done or nothing to do). */
    async check() {
        const targets = this.rows.filter((row) => !isSettled(row));
        if (targets.length === 0) {
            this.statusMessage = LABELS.nothingToCheck;
            return;
        }
        if (await this.runChunks('check', targets)) {
            this.statusMessage = doneMessage('check', this.counts, LABELS);
        }
    }

    /** Real run for the students the check found ready. */
    async run() {
        this.callsRecorded = 0;
        const completed = await this.runChunks('run', this.readyRows);
        const counts = this.counts;
        if (completed) {
            this.statusMessage = doneMessage('run', counts, LABELS);
        } else if (counts.notSent > 0) {
            this.statusMessage = doneMessage('cancelled', counts, LABELS);
        }
        this.dispatchEvent(new CustomEvent('runcomplete', { detail: { calls: this.callsRecorded } }));
    }

    /**
     * Sends the rows in chunks, one call at a time, merging each chunk's results as they come; stops after the current
     * chunk when the admin cancels, and at the first failed call.
     * @param {'check' | 'run'} task
     * @param {LifecycleRow[]} targets
     * @returns {Promise<boolean>} true when every chunk was sent
     */
    async runChunks(task, targets) {
        const validateOnly = task === 'check';
        const call = validateOnly ? checkLifecycle : manageStudents;
        this.setTask(task, targets.length);
        try {
            return await this.sendInChunks(targets, studentsPerCall(this.maxStudentsPerCall), validateOnly, (slice) =>
                call({ requests: buildRequests(slice, this._action, validateOnly, this._confirmDisable) })
            );
        } finally {
            this.setTask(null, 0);
        }
    }

    /**
     * @param {'check' | 'run' | null} task
     * @param {number} total
     */
    setTask(task, total) {
        const wasBusy = this.isRunning;
        this.task = task;
        this.cancelRequested = false;
        if (task) {
            this.progressDone = 0;
            this.progressTotal = total;
            this.statusMessage = '';
            this.errorMessage = '';
        }
        if (wasBusy !== this.isRunning) {
            this.dispatchEvent(new CustomEvent('busychange', { detail: { busy: this.isRunning } }));
        }
    }
}
