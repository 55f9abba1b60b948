import { LightningElement, api } from 'lwc';
import { detailTarget } from 'c/studentUserShared';

/**
 * The review and run in chunks of a cohort table, one markup for both tables (c-student-cohort in enable mode,
 * c-student-cohort-lifecycle): Check, the run button, Cancel while a check or run goes on, Download once there are
 * results; the progress, the status (a polite live region) and the error (an alert); the counts, one page of the
 * table (c-student-cohort-pager, lightning-datatable) and the row detail its Login status button opens. Everything it
 * shows comes down from the table component (c/studentCohortTable does the work); what the admin does goes up as
 * events: `check`, `run`, `cancel`, `download` and `pagechange` ({ page }, 0-based). The row detail is this
 * component's own: closing it returns the focus to the table.
 *
 * Slots: `notices` (between the buttons and the progress: the table's warnings about the chosen action or settings)
 * and `summary` (under the counts, e.g. the licence seats the run needs).
 *
 * Light DOM, so that the tables' look-ups, the focus return to `div.table` and the browser tests see one tree as
 * before the markup moved here. Where it is supported: light DOM is generally available in Lightning Experience,
 * Experience Cloud and the Salesforce mobile app since Summer '23, API version 58.0 and later (Salesforce Developers
 * Blog, "Demystifying Light DOM and Its Use Cases", 2023-10; LWC Developer Guide, "Light DOM": both
 * `static renderMode = 'light'` and `<template lwc:render-mode="light">`). The guide warns that light DOM markup is
 * open to DOM scraping and advises keeping light DOM children inside a shadow DOM component: this one only ever
 * renders inside a cohort table (shadow DOM), so the students' rows stay behind that table's shadow root as before.
 * Lightning Web Security: the guide's pages found state no restriction of light DOM under it; LWS contains DOM access
 * by shadow roots and per-namespace sandboxes (Lightning Components Security Guide, "DOM Access Containment"), and the
 * table and this child are in the one namespace of the package.
 */
export default class StudentCohortReview extends LightningElement {
    /** @type {'light'} */
    static renderMode = 'light';

    /** @type {{ check: string, cancel: string, download: string }} the table's button texts (its Custom Labels) */
    @api labels = { check: '', cancel: '', download: '' };
    /** The run button's text (says the action and how many students it sends). */
    @api runLabel = '';
    @api checkDisabled = false;
    @api runDisabled = false;
    /** A check or a run goes on: Cancel and the progress show. */
    @api running = false;
    /** The admin clicked Cancel: the run stops after the current chunk (Cancel is off meanwhile). */
    @api cancelRequested = false;
    /** A check or a run has left results: Download shows. */
    @api hasResults = false;
    @api progressText = '';
    /** 0 to 100 */
    @api progressValue = 0;
    /** announced in the live region after a check or a run */
    @api statusMessage = '';
    /** why the last call failed */
    @api errorMessage = '';
    /** @type {{ key: string, label: string, value: number }[]} the counts shown (total first) */
    @api countItems = [];
    /** rows in all (the pager's total); no counts and no table without rows */
    @api total = 0;
    /** @type {{ page: number, offset: number, size: number, view: object[] }} the page of the table shown */
    @api tablePage = { page: 0, offset: 0, size: 0, view: [] };
    /** @type {object[]} the lightning-datatable columns */
    @api columns = [];

    /** @type {{ contactId: string, name: string } | null} the student whose login status the row detail shows */
    detailStudent = null;

    get hasRows() {
        return this.total > 0;
    }

    handleCheck() {
        this.dispatchEvent(new CustomEvent('check'));
    }

    handleRun() {
        this.dispatchEvent(new CustomEvent('run'));
    }

    handleCancel() {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleDownload() {
        this.dispatchEvent(new CustomEvent('download'));
    }

    /** @param {CustomEvent<{ page: number }>} event the pager's */
    handlePageChange(event) {
        this.dispatchEvent(new CustomEvent('pagechange', { detail: { page: event.detail.page } }));
    }

    /** @param {CustomEvent} event the table's row action (the Login status button of a row with a portal user) */
    handleRowAction(event) {
        this.detailStudent = detailTarget(event) ?? this.detailStudent;
    }

    /** Closing the row detail returns the focus to the table. */
    handleDetailClose() {
        this.detailStudent = null;
        /** @type {HTMLElement | null} */ (this.querySelector('div.table'))?.focus();
    }
}
