import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import getRunStatus from '@salesforce/apex/StudentUserRunController.getRunStatus';
import cancelRun from '@salesforce/apex/StudentUserRunController.cancelRun';
import resumeRun from '@salesforce/apex/StudentUserRunController.resumeRun';
import getRunResults from '@salesforce/apex/StudentUserRunController.getRunResults';
import { downloadTextFile, formatLabel as format, messageWithFix, parseServerError } from 'c/studentUserShared';
import { LABELS } from './labels';
import { CODE_LABELS } from './codeLabels';
import {
    CANCELLABLE_STATUSES,
    RESUMABLE_STATUSES,
    countsOf,
    durationText,
    failureRows,
    isActive,
    minutesLeft,
    percentDone,
    ratePerMinute,
    readAllResults,
    resultsFileName,
    runResultsCsv
} from './runModel';

/** @typedef {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunStatus} RunStatus */

/**
 * How often an active run is read again. A chunk of up to 200 role-based users takes tens of seconds in the org
 * (Help 004576984: role-based users insert slowly), so every 5 s shows each chunk soon without loading the server.
 */
export const DEFAULT_POLL_MS = 5000;
/** Never faster than this, whatever the page sets. */
export const MIN_POLL_MS = 250;
/** The live region speaks on a status change and at every this many percent. */
const ANNOUNCE_STEP = 10;

const STATUS_LABELS = Object.freeze({
    QUEUED: LABELS.statusQueued,
    RUNNING: LABELS.statusRunning,
    CANCELLING: LABELS.statusCancelling,
    CANCELLED: LABELS.statusCancelled,
    COMPLETED: LABELS.statusCompleted,
    FAILED: LABELS.statusFailed
});

/**
 * One in-org run, live (issue #24): it reads the run with getRunStatus every `pollInterval` ms while the org carries
 * it out (never two reads at once; it stops when the run has ended and when the component leaves the page), and shows
 * the counts, the rate and time left (computed here from the start time and the counts), the failures by code, Cancel
 * and Resume, and the results file built from getRunResults pages. On the run's record page it takes the page's
 * `recordId`; the cohort page gives it `run-id`.
 */
export default class StudentUserRunProgress extends NavigationMixin(LightningElement) {
    labels = LABELS;

    /** Milliseconds between two reads of an active run. */
    @api pollInterval = DEFAULT_POLL_MS;

    /** @type {RunStatus | null} */
    run = null;
    loading = false;
    /** why the run cannot be shown */
    loadError = '';
    /** why the last read failed (the run is still shown, and read again) */
    pollError = '';
    /** why Cancel, Resume or the download failed */
    actionError = '';
    /** Cancel or Resume is on its way */
    acting = false;
    /** results read so far while the file is built, or -1 when no file is being built */
    resultsRead = -1;
    /** said after the file was built */
    builtMessage = '';
    /** what the polite live region says */
    announcement = '';
    /** the record page URL of the run (not shown on that page itself) */
    recordUrl = '';
    /** when the run was last read, for the rate */
    readAt = Date.now();

    _recordId = '';
    _runId = '';
    connected = false;
    /** @type {ReturnType<typeof setTimeout> | null} */
    timer = null;
    /** each read has a number: an answer to an older read (another run, a read before Cancel) is dropped */
    generation = 0;
    /** @type {string} status and step last announced */
    announced = '';

    /** The run's record page gives its record id. */
    @api
    get recordId() {
        return this._recordId;
    }
    set recordId(value) {
        this._recordId = value ?? '';
        this.follow();
    }

    /** The cohort page gives the run it started or found. */
    @api
    get runId() {
        return this._runId;
    }
    set runId(value) {
        this._runId = value ?? '';
        this.follow();
    }

    get currentId() {
        return this._recordId || this._runId;
    }

    connectedCallback() {
        this.connected = true;
        this.follow();
    }

    disconnectedCallback() {
        this.connected = false;
        this.generation++;
        this.stopPolling();
    }

    /** Starts over with the current run id (a new one, or the component back on the page). */
    follow() {
        if (!this.connected) {
            return;
        }
        if (this.run && this.run.runId !== this.currentId) {
            this.run = null;
            this.recordUrl = '';
            this.announced = '';
        }
        this.loadError = '';
        this.loading = !this.run;
        this.refresh();
    }

    stopPolling() {
        if (this.timer !== null) {
            clearTimeout(this.timer);
            this.timer = null;
        }
    }

    /** The next read of an active run, `pollInterval` ms after this one returned. */
    schedule() {
        this.stopPolling();
        if (!this.connected || !isActive(this.run)) {
            return;
        }
        const wait = Math.max(MIN_POLL_MS, Number(this.pollInterval) || DEFAULT_POLL_MS);
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- polling; cleared in disconnectedCallback
        this.timer = setTimeout(() => {
            this.timer = null;
            this.refresh();
        }, wait);
    }

    /** Reads the run now. */
    @api
    async refresh() {
        const runId = this.currentId;
        this.stopPolling();
        if (!runId || !this.connected) {
            this.loading = false;
            return;
        }
        const token = ++this.generation;
        try {
            const run = await getRunStatus({ runId });
            if (token !== this.generation) return;
            this.pollError = '';
            if (run) {
                this.apply(run);
            } else {
                this.run = null;
                this.loadError = LABELS.notFound;
            }
        } catch (error) {
            if (token !== this.generation) return;
            const text = messageWithFix(parseServerError(error, LABELS.unknownError));
            if (this.run) {
                this.pollError = format(LABELS.pollError, text);
            } else {
                this.loadError = text;
            }
        } finally {
            if (token === this.generation) {
                this.loading = false;
                this.schedule();
            }
        }
    }

    /** @param {RunStatus} run */
    apply(run) {
        const previous = this.run?.status;
        this.run = run;
        this.readAt = Date.now();
        this.announce();
        if (!this._recordId && !this.recordUrl && run.runId) {
            this.generateRecordUrl(run.runId);
        }
        if (previous !== run.status) {
            this.dispatchEvent(
                new CustomEvent('runchange', {
                    detail: { runId: run.runId, status: run.status, active: isActive(run) }
                })
            );
        }
    }

    /** The live region speaks on a status change and every ANNOUNCE_STEP percent, not on every read. */
    announce() {
        const run = /** @type {RunStatus} */ (this.run);
        const step = Math.floor(percentDone(run) / ANNOUNCE_STEP);
        const key = `${run.status}|${step}`;
        if (key !== this.announced) {
            this.announced = key;
            const { done, total } = countsOf(run);
            this.announcement = format(LABELS.announce, run.name ?? '', this.statusLabel, done, total);
        }
    }

    /** @param {string} runId */
    generateRecordUrl(runId) {
        const pageRef = {
            type: 'standard__recordPage',
            attributes: { recordId: runId, objectApiName: 'Student_User_Run__c', actionName: 'view' }
        };
        Promise.resolve(this[NavigationMixin.GenerateUrl](pageRef))
            .then((url) => {
                if (typeof url === 'string' && this.run?.runId === runId) this.recordUrl = url;
            })
            .catch(() => undefined);
    }

    // ----- view -----

    get hasRun() {
        return this.run !== null;
    }

    get title() {
        return format(LABELS.title, this.run?.name ?? '');
    }

    get statusLabel() {
        const status = this.run?.status ?? '';
        return STATUS_LABELS[/** @type {keyof typeof STATUS_LABELS} */ (status)] ?? status;
    }

    get counts() {
        return countsOf(/** @type {RunStatus} */ (this.run));
    }

    get percent() {
        return percentDone(/** @type {RunStatus} */ (this.run));
    }

    get progressText() {
        const { done, total } = this.counts;
        return format(LABELS.progress, this.statusLabel, done, total, this.percent);
    }

    get progressValueText() {
        const { done, total } = this.counts;
        return format(LABELS.progressValue, done, total);
    }

    get barStyle() {
        return `width: ${this.percent}%`;
    }

    get countItems() {
        const counts = this.counts;
        return [
            { key: 'total', label: LABELS.countTotal, value: counts.total },
            { key: 'succeeded', label: LABELS.countSucceeded, value: counts.succeeded },
            { key: 'failed', label: LABELS.countFailed, value: counts.failed },
            { key: 'skipped', label: LABELS.countSkipped, value: counts.skipped },
            { key: 'pending', label: LABELS.countPending, value: counts.pending }
        ];
    }

    get rateText() {
        const rate = ratePerMinute(/** @type {RunStatus} */ (this.run), this.readAt);
        return rate === null ? LABELS.rateUnknown : format(LABELS.rate, Math.round(rate));
    }

    get showTimeLeft() {
        return isActive(this.run);
    }

    get timeLeftText() {
        const minutes = minutesLeft(/** @type {RunStatus} */ (this.run), this.readAt);
        return minutes === null ? LABELS.timeLeftUnknown : format(LABELS.timeLeft, durationText(minutes, LABELS));
    }

    get engineText() {
        const run = /** @type {RunStatus} */ (this.run);
        return format(LABELS.engine, run.chunkSize ?? 0, run.jobs ?? 0, run.reenqueues ?? 0);
    }

    get actionText() {
        return format(LABELS.action, this.run?.action ?? '');
    }

    get runByText() {
        return this.run?.runBy ? format(LABELS.runBy, this.run.runBy) : '';
    }

    /** When the run started and, once it has ended, when it finished. */
    get times() {
        const run = /** @type {RunStatus} */ (this.run);
        return [
            { key: 'started-at', label: LABELS.startedAt, value: run.startedAt },
            { key: 'finished-at', label: LABELS.finishedAt, value: run.finishedAt }
        ].filter((time) => Boolean(time.value));
    }

    get isDryRun() {
        return this.run?.dryRun === true;
    }

    get isActive() {
        return isActive(this.run);
    }

    get lastErrorText() {
        return this.run?.lastError ? format(LABELS.lastError, this.run.lastError) : '';
    }

    get failures() {
        return failureRows(/** @type {RunStatus} */ (this.run), CODE_LABELS, LABELS.codeOther);
    }

    get hasFailures() {
        return this.failures.length > 0;
    }

    get showLink() {
        return !this._recordId && this.recordUrl !== '';
    }

    get canCancel() {
        return CANCELLABLE_STATUSES.includes(this.run?.status ?? '');
    }

    get canResume() {
        return RESUMABLE_STATUSES.includes(this.run?.status ?? '');
    }

    get isBuilding() {
        return this.resultsRead >= 0;
    }

    get buildingText() {
        return format(LABELS.building, Math.max(0, this.resultsRead), this.counts.total);
    }

    get actionsDisabled() {
        return this.acting;
    }

    get downloadDisabled() {
        return this.isBuilding;
    }

    // ----- events -----

    handleCancel() {
        this.act(cancelRun);
    }

    handleResume() {
        this.act(resumeRun);
    }

    /** @param {(params: { runId: string }) => Promise<RunStatus>} call cancelRun or resumeRun */
    async act(call) {
        const runId = this.run?.runId ?? this.currentId;
        this.acting = true;
        this.actionError = '';
        this.stopPolling();
        const token = ++this.generation;
        try {
            const run = await call({ runId });
            if (token === this.generation && run) this.apply(run);
        } catch (error) {
            this.actionError = messageWithFix(parseServerError(error, LABELS.unknownError));
        } finally {
            this.acting = false;
            if (token === this.generation) this.schedule();
        }
    }

    /** Builds the results file from every page of the run's results, at the click, and downloads it. */
    async handleDownload() {
        const run = /** @type {RunStatus} */ (this.run);
        this.resultsRead = 0;
        this.builtMessage = '';
        this.actionError = '';
        try {
            const items = await readAllResults(getRunResults, run.runId, (read) => {
                this.resultsRead = read;
            });
            downloadTextFile(runResultsCsv(items, run.action), resultsFileName(run));
            this.builtMessage = format(LABELS.built, items.length);
        } catch (error) {
            this.actionError = messageWithFix(parseServerError(error, LABELS.unknownError));
        } finally {
            this.resultsRead = -1;
        }
    }
}
