import { LightningElement, api } from 'lwc';
import { formatLabel as format } from 'c/studentUserShared';
import { LABELS } from './labels';

/** The name of the row action that opens the detail (the datatable's `rowaction` event carries it). */
export const LOGIN_STATUS_ACTION = 'login_status';

/**
 * The fields a table row needs for the Login status column: the button is enabled only when the row already knows
 * the student's portal user (a check or run result with a user id); its title names the student.
 * @param {string} name the student
 * @param {string | null | undefined} userId the portal user the row knows of
 * @returns {{ loginStatusDisabled: boolean, loginStatusTitle: string }}
 */
export function loginStatusFields(name, userId) {
    return {
        loginStatusDisabled: !userId,
        loginStatusTitle: format(userId ? LABELS.buttonTitle : LABELS.noUserTitle, name)
    };
}

/**
 * The lightning-datatable column of the row detail: one "Login status" button per row (disabled without a portal
 * user), which fires the table's `rowaction` with LOGIN_STATUS_ACTION.
 * @returns {object}
 */
export function loginStatusColumn() {
    return {
        type: 'button',
        label: LABELS.column,
        initialWidth: 140,
        typeAttributes: {
            label: LABELS.button,
            name: LOGIN_STATUS_ACTION,
            title: { fieldName: 'loginStatusTitle' },
            disabled: { fieldName: 'loginStatusDisabled' }
        }
    };
}

/**
 * The student a datatable `rowaction` event asks about, or null (another action, or a row without a portal user).
 * @param {CustomEvent} event
 * @returns {{ contactId: string, name: string } | null}
 */
export function detailTarget(event) {
    const { action, row } = event.detail ?? {};
    if (action?.name !== LOGIN_STATUS_ACTION || !row?.contactId || row.loginStatusDisabled) {
        return null;
    }
    return { contactId: row.contactId, name: row.name };
}

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
            /** @type {HTMLElement | null} */ (this.template.querySelector('section'))?.focus();
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
