// @ts-nocheck
import { LightningElement, api } from 'lwc';
import findStudentsWhoseProgramEnded from '@salesforce/apex/StudentCohortController.findStudentsWhoseProgramEnded';
import { formatLabel as format, messageWithFix, parseServerError } from 'c/studentUserShared';
import { LABELS } from './labels';

/**
 * Today as YYYY-MM-DD in the browser's time zone (the date input's value format).
 * @param {Date} now
 * @returns {string}
 */
export function isoDate(now) {
    const pad = (/** @type {number} */ value) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Selection helper of the cohort page: the students whose program ended on or before a date (Education Cloud or EDA,
 * whichever the org has; StudentCohortController.findStudentsWhoseProgramEnded). Fires `studentsfound` with
 * { contactIds } for the page to select them; says so when the org has no program data or the user cannot read it
 * (the server's NO_PROGRAM_DATA / PROGRAM_DATA_NOT_READABLE message).
 */
export default class StudentCohortProgramEnd extends LightningElement {
    labels = LABELS;

    /** While the page is busy. */
    @api disabled = false;

    endedOnOrBefore = isoDate(new Date());
    searching = false;
    /** what the last search found, announced */
    resultMessage = '';
    /** why the last search found nothing usable */
    problemMessage = '';

    get findDisabled() {
        return this.disabled || this.searching || !this.endedOnOrBefore;
    }

    /** @param {CustomEvent<{ value: string }>} event */
    handleDateChange(event) {
        this.endedOnOrBefore = event.detail.value ?? '';
    }

    async handleFind() {
        this.searching = true;
        this.resultMessage = '';
        this.problemMessage = '';
        try {
            const result = await findStudentsWhoseProgramEnded({ endedOnOrBefore: this.endedOnOrBefore });
            if (result.code) {
                this.problemMessage = result.message ?? result.code;
                return;
            }
            const contactIds = result.contactIds ?? [];
            if (contactIds.length === 0) {
                this.resultMessage = format(LABELS.noneFound, this.endedOnOrBefore);
                return;
            }
            const found = format(LABELS.found, contactIds.length, result.objectName ?? '', this.endedOnOrBefore);
            this.resultMessage = result.truncated ? `${found} ${LABELS.truncated}` : found;
            this.dispatchEvent(new CustomEvent('studentsfound', { detail: { contactIds } }));
        } catch (error) {
            this.problemMessage = messageWithFix(parseServerError(error, LABELS.unknownError));
        } finally {
            this.searching = false;
        }
    }
}
