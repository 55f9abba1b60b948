import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getRecentRuns from '@salesforce/apex/StudentCohortController.getRecentRuns';
import { messageWithFix, parseServerError } from 'c/studentUserShared';
import { LABELS } from './labels';

/** @typedef {import('@salesforce/apex/StudentCohortController.getRecentRuns').StudentUserRunSummary} StudentUserRunSummary */
/** @typedef {import('@salesforce/apex/StudentCohortController.getRecentRuns').WiredRecentRuns} WiredRecentRuns */

/** How many runs the list shows. */
export const RECENT_RUNS = 10;
/**
 * Waits before each re-read while a run is being recorded, in ms. The run record is written by a Queueable after the
 * call (StudentUserRunLogJob): the platform runs it when resources allow, usually within seconds, with no promise.
 */
export const RECORDING_WAITS_MS = Object.freeze([2000, 4000, 8000, 16000]);

/**
 * The recorded runs (enable and lifecycle, Student_User_Run__c), newest first: when, which action, who, and the
 * counts. The page calls refresh() after a run; the record is written asynchronously, so a run may show a moment
 * later (the Refresh button reads again).
 */
export default class StudentCohortRecentRuns extends LightningElement {
    labels = LABELS;
    limitSize = RECENT_RUNS;

    /** @type {StudentUserRunSummary[] | undefined} */
    runs;
    /** @type {string | undefined} */
    loadError;
    /** @type {WiredRecentRuns | undefined} the wired value, for refreshApex */
    wiredValue;
    /** 'recording' while a finished run's record is awaited, 'late' when it did not come after every re-read */
    /** @type {'' | 'recording' | 'late'} */
    recording = '';
    /** @type {Set<string>} the runs listed before the run whose records are awaited */
    knownRunIds = new Set();
    /** how many new run records the finished run writes (one per real call that returned) */
    expectedRuns = 0;
    /** @type {number} re-reads done while recording */
    recordingReads = 0;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    recordingTimer;

    /** @param {WiredRecentRuns} value */
    @wire(getRecentRuns, { limitSize: '$limitSize' })
    wiredRuns(value) {
        this.wiredValue = value;
        const { data, error } = value;
        if (data) {
            this.runs = data;
            this.loadError = undefined;
            const fresh = data.filter((run) => !this.knownRunIds.has(run.id)).length;
            if (this.recording && fresh >= Math.min(this.expectedRuns, this.limitSize)) {
                this.stopRecording('');
            }
        } else if (error) {
            this.runs = undefined;
            this.loadError = messageWithFix(parseServerError(error, LABELS.loadError));
        }
    }

    /**
     * Reads the runs again. After a real run of `expectedRuns` calls, their records may not exist yet: the list says
     * the run is being recorded and reads again a few times, RECORDING_WAITS_MS apart, until that many runs it did
     * not list before appear.
     * @param {number} [expectedRuns]
     * @returns {Promise<unknown>}
     */
    @api
    refresh(expectedRuns = 0) {
        if (expectedRuns > 0) {
            if (this.recording !== 'recording') {
                this.knownRunIds = new Set((this.runs ?? []).map((run) => run.id));
                this.expectedRuns = 0;
            }
            this.expectedRuns += expectedRuns;
            this.recordingReads = 0;
            this.recording = 'recording';
        }
        const read = this.wiredValue ? refreshApex(this.wiredValue) : Promise.resolve();
        return Promise.resolve(read).then(() => this.scheduleRecordingRead());
    }

    /** The next re-read while recording, or 'late' after the last one. */
    scheduleRecordingRead() {
        if (this.recording !== 'recording' || this.recordingTimer) {
            return;
        }
        const wait = RECORDING_WAITS_MS[this.recordingReads];
        if (wait === undefined) {
            this.stopRecording('late');
            return;
        }
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- a bounded wait for the asynchronous run record
        this.recordingTimer = setTimeout(() => {
            this.recordingTimer = undefined;
            this.recordingReads++;
            this.refresh();
        }, wait);
    }

    /** @param {'' | 'late'} state */
    stopRecording(state) {
        clearTimeout(this.recordingTimer);
        this.recordingTimer = undefined;
        this.recording = state;
    }

    disconnectedCallback() {
        this.stopRecording('');
    }

    get isRecording() {
        return this.recording === 'recording';
    }

    get isLate() {
        return this.recording === 'late';
    }

    get isLoading() {
        return this.runs === undefined && this.loadError === undefined;
    }

    get hasRuns() {
        return (this.runs?.length ?? 0) > 0;
    }

    get isEmpty() {
        return this.runs !== undefined && this.runs.length === 0;
    }

    get rows() {
        return (this.runs ?? []).map((run) => ({
            key: run.id,
            name: run.name,
            action: run.action,
            recordedAt: run.recordedAt,
            who: run.runByName ?? '',
            studentCount: run.studentCount ?? 0,
            succeeded: run.succeeded ?? 0,
            failed: run.failed ?? 0,
            skipped: run.skipped ?? 0
        }));
    }

    handleRefresh() {
        if (this.recording === 'late') {
            this.recording = '';
        }
        this.refresh();
    }
}
