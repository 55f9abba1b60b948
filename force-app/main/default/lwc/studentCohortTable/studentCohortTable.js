import { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import {
    formatLabel,
    markNotSent,
    mergeResults,
    messageWithFix,
    newUserUrls,
    pageOfRows,
    parseServerError
} from 'c/studentUserShared';

/**
 * What the two cohort tables share (c-student-cohort in enable mode, c-student-cohort-lifecycle): the review and
 * run in chunks, the table's pages and its User links. The markup is one child, c-student-cohort-review, which a
 * table renders with `lwc:spread={review}` and whose events (check, run, cancel, download, pagechange) it handles. A
 * component that uses this declares the fields below (an LWC field is reactive only where the component class declares
 * it) and the getters the review shows.
 * @typedef {object} CohortTableState
 * @property {{ contactId: string }[]} rows the table's rows, replaced (never mutated) on every change
 * @property {number} page the table page shown, 0-based
 * @property {Map<string, string>} userUrls users' record page URLs, from the navigation service
 * @property {number} progressDone students sent by the run going on
 * @property {number} progressTotal students the run going on sends
 * @property {boolean} cancelRequested the admin clicked Cancel: the run stops after the current chunk
 * @property {number} callsRecorded real calls of the last run that returned (each writes one run record)
 * @property {string} errorMessage why the last call failed
 * @property {string} statusMessage announced in the live region after a check or a run
 * @property {{ check: string, cancel: string, download: string }} labels the component's LABELS (the buttons' texts)
 * @property {object[]} columns the lightning-datatable columns
 * @property {string} runLabel the run button's text
 * @property {boolean} checkDisabled
 * @property {boolean} runDisabled
 * @property {boolean} isRunning a check or a run goes on
 * @property {string} progressText
 * @property {{ key: string, label: string, value: number }[]} countItems
 */

/**
 * The strings the shared part shows (each table's Custom Labels).
 * @typedef {object} CohortTableLabels
 * @property {string} unknownError a failure without a readable message
 * @property {string} runStopped the run stopped at a failed call ({0} the reason)
 */

/**
 * A row of a cohort table as the shared part reads it.
 * @typedef {{ contactId: string, check: object | null, outcome: object | null, notSent: boolean }} CohortTableRow
 */

/**
 * The component as the shared part reads and writes it.
 * @param {object} component
 * @returns {CohortTableState}
 */
const state = (component) => /** @type {CohortTableState} */ (/** @type {unknown} */ (component));

/**
 * The base class of a cohort table's component: NavigationMixin(LightningElement) (its User links) with what both
 * tables share. A mixin of the same kind as NavigationMixin: methods and getters only, the state stays declared by
 * the component.
 * @param {(row: any, labels: any, userUrls: Map<string, string>) => object} rowView a table row of one row
 * @param {CohortTableLabels} labels the component's LABELS
 */
export function CohortTableMixin(rowView, labels) {
    return class CohortTable extends NavigationMixin(LightningElement) {
        /** The page of the table shown (`view`, `offset`, `page`, `size`), built for that page only. */
        get tablePage() {
            const table = state(this);
            return pageOfRows(table.rows, table.page, (row) => rowView(row, labels, table.userUrls), table.userUrls);
        }

        /** @param {CustomEvent<{ page: number }>} event */
        handlePageChange(event) {
            state(this).page = event.detail.page;
        }

        /** The run stops after the current chunk. */
        handleCancel() {
            state(this).cancelRequested = true;
        }

        /**
         * What c-student-cohort-review shows, as its properties (the table spreads them on it: LWC Developer Guide,
         * "Spread Properties on Child Components").
         */
        get review() {
            const table = state(this);
            return {
                labels: table.labels,
                runLabel: table.runLabel,
                checkDisabled: table.checkDisabled,
                runDisabled: table.runDisabled,
                running: table.isRunning,
                cancelRequested: table.cancelRequested,
                hasResults: this.hasResults,
                progressText: table.progressText,
                progressValue: this.progressValue,
                statusMessage: table.statusMessage,
                errorMessage: table.errorMessage,
                countItems: table.countItems,
                total: table.rows.length,
                tablePage: this.tablePage,
                columns: table.columns
            };
        }

        /**
         * Asks the navigation service for the record page URL of each new user the results name (the table's User links).
         * @param {readonly { userId?: string | null }[]} results
         */
        addUserUrls(results) {
            const table = state(this);
            const generate = (
                /** @type {ReturnType<typeof import('c/studentUserShared').userPageReference>} */ pageRef
            ) => this[NavigationMixin.GenerateUrl](pageRef);
            newUserUrls(generate, table.userUrls, results).then((added) => {
                if (added.size > 0) table.userUrls = new Map([...table.userUrls, ...added]);
            });
        }

        /** A check or a run has left results (the Download button). */
        get hasResults() {
            return /** @type {CohortTableRow[]} */ (state(this).rows).some(
                (row) => row.check !== null || row.outcome !== null || row.notSent
            );
        }

        get progressValue() {
            const table = state(this);
            return Math.round((table.progressDone / Math.max(1, table.progressTotal)) * 100);
        }

        /**
         * Sends the rows in chunks of `perCall` (the server's per-call budget), one call at a time (each chunk is one
         * transaction), merging each chunk's results as they come; stops after the current chunk when the admin cancels
         * (a real run marks the students never sent as not sent), and at the first failed call (its reason in
         * `errorMessage`). The caller sets the task going and ends it.
         * @template {{ contactId: string }} Row
         * @param {Row[]} targets
         * @param {number} perCall
         * @param {boolean} validateOnly a check (results merged as the check) or a real run (as the outcome)
         * @param {(chunk: Row[]) => Promise<readonly { contactId?: string | null, userId?: string | null }[]>} send
         * @returns {Promise<boolean>} true when every chunk was sent
         */
        async sendInChunks(targets, perCall, validateOnly, send) {
            const table = state(this);
            try {
                for (let start = 0; start < targets.length; start += perCall) {
                    if (table.cancelRequested) {
                        if (!validateOnly) {
                            const unsent = targets.slice(start).map((row) => row.contactId);
                            table.rows = markNotSent(table.rows, new Set(unsent));
                        }
                        return false;
                    }
                    const slice = targets.slice(start, start + perCall);
                    // eslint-disable-next-line no-await-in-loop -- chunks run one after another: each is one transaction
                    const results = await send(slice);
                    table.rows = mergeResults(table.rows, results, validateOnly ? 'check' : 'outcome');
                    this.addUserUrls(results);
                    table.progressDone += slice.length;
                    // A real call that returned wrote (asynchronously) one run record.
                    table.callsRecorded += validateOnly ? 0 : 1;
                }
                return true;
            } catch (error) {
                const serverError = parseServerError(error, labels.unknownError);
                const message = messageWithFix(serverError);
                table.errorMessage =
                    serverError.code === 'PERMISSION_DENIED' ? message : formatLabel(labels.runStopped, message);
                return false;
            }
        }
    };
}
