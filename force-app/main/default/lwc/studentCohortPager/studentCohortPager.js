import { LightningElement, api } from 'lwc';
import { formatLabel as format } from 'c/studentUserShared';
import { LABELS } from './labels';

/**
 * The pages of a long cohort table: "Students 501–1,000 of 5,000" with Previous and Next. "Salesforce testing shows
 * that datatable performance is best with a maximum of 1,000 rows and 5 columns" (LWC Developer Guide, "Improve
 * Datatable Performance"); the cohort tables have 8 columns, so they show one page of COHORT_PAGE_SIZE rows at a
 * time, while the run itself sends every student.
 * Fires `pagechange` ({ page }, 0-based). Shows nothing when everything fits on one page.
 */
export default class StudentCohortPager extends LightningElement {
    /** @type {number} rows in all */
    @api total = 0;
    /** @type {number} rows per page */
    @api pageSize = 500;
    /** @type {number} the page shown, 0-based */
    @api page = 0;

    labels = LABELS;

    get lastPage() {
        return Math.max(0, Math.ceil(this.total / Math.max(1, this.pageSize)) - 1);
    }

    get isPaged() {
        return this.total > this.pageSize;
    }

    get rangeText() {
        const first = this.page * this.pageSize + 1;
        const last = Math.min(this.total, (this.page + 1) * this.pageSize);
        const number = (/** @type {number} */ value) => value.toLocaleString();
        return format(LABELS.range, number(first), number(last), number(this.total));
    }

    get previousDisabled() {
        return this.page <= 0;
    }

    get nextDisabled() {
        return this.page >= this.lastPage;
    }

    handlePrevious() {
        this.go(this.page - 1);
    }

    handleNext() {
        this.go(this.page + 1);
    }

    /** @param {number} page */
    go(page) {
        this.dispatchEvent(
            new CustomEvent('pagechange', { detail: { page: Math.min(this.lastPage, Math.max(0, page)) } })
        );
    }
}
