// @ts-nocheck
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

    /** @param {WiredRecentRuns} value */
    @wire(getRecentRuns, { limitSize: '$limitSize' })
    wiredRuns(value) {
        this.wiredValue = value;
        const { data, error } = value;
        if (data) {
            this.runs = data;
            this.loadError = undefined;
        } else if (error) {
            this.runs = undefined;
            this.loadError = messageWithFix(parseServerError(error, LABELS.loadError));
        }
    }

    /** Reads the runs again (after a run of the page). */
    @api
    refresh() {
        return this.wiredValue ? refreshApex(this.wiredValue) : Promise.resolve();
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
        this.refresh();
    }
}
