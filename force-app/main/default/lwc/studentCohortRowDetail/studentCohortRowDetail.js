import { LightningElement, api } from 'lwc';
import { formatLabel as format } from 'c/studentUserShared';
import { LABELS } from './labels';

/**
 * The cohort page's row detail: "why can't this student log in?" for the student of one table row, the existing
 * c-student-user-login-status as it is (its one-click fixes call the lifecycle service, which checks the custom
 * permission). A region named for the student takes the focus when it opens or shows another student; Close or
 * Escape fires `close`. Each student gets a fresh login status (keyed by contact), so no result of the previous one
 * stays on screen.
 */
export default class StudentCohortRowDetail extends LightningElement {
    /** the student's name, for the region's name */
    @api studentName = '';

    labels = LABELS;

    /** @type {string | undefined} */
    shownContactId;
    focusPending = false;

    /** @type {string | undefined} the student's Contact id */
    @api
    get contactId() {
        return this.shownContactId;
    }
    set contactId(value) {
        this.shownContactId = value;
        this.focusPending = true;
    }

    get regionLabel() {
        return format(LABELS.region, this.studentName);
    }

    /** One entry, keyed by contact: a new student re-creates the login status. */
    get students() {
        return this.shownContactId ? [{ key: this.shownContactId, contactId: this.shownContactId }] : [];
    }

    renderedCallback() {
        if (this.focusPending) {
            this.focusPending = false;
            const root = /** @type {ParentNode} */ (this.template);
            /** @type {HTMLElement | null} */ (root.querySelector('section'))?.focus();
        }
    }

    /** @param {KeyboardEvent} event */
    handleKeydown(event) {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleClose();
        }
    }

    handleClose() {
        this.dispatchEvent(new CustomEvent('close'));
    }
}
