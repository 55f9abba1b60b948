import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getLoginStatus from '@salesforce/apex/StudentLoginStatusController.getLoginStatus';
import runLoginAction from '@salesforce/apex/StudentLoginStatusController.runLoginAction';
import { errorText, parseServerError } from 'c/studentUserShared';
import { LABELS } from './labels';
import { CONFIRMED_ACTIONS, confirmationText, resultText, statusView } from './loginStatusView';

/** @typedef {import('@salesforce/apex/StudentLoginStatusController.getLoginStatus').LoginStatus} LoginStatus */
/** @typedef {import('@salesforce/apex/StudentLoginStatusController.getLoginStatus').WiredLoginStatus} WiredLoginStatus */
/** @typedef {import('./loginStatusView').StatusView} StatusView */
/** @typedef {import('c/studentUserShared').ServerError} ServerError */

/**
 * "Why can't this student log in?": the login status of the student's existing portal user, one line per check with
 * its state (icon with a text alternative), what was found and the fix; reactivate and unfreeze run in one click;
 * send login link (a password reset), deactivate and freeze after a confirmation, through
 * `StudentLoginStatusController.runLoginAction` (the lifecycle service). Outcomes are announced in a live region.
 * Fires `statuschange` (detail: `{ action, status }`) after an action, so the surrounding form can reload its context.
 */
export default class StudentUserLoginStatus extends LightningElement {
    /** @type {string | undefined} the student's Contact id */
    @api contactId;
    /** true when the surrounding form reactivates the user itself (its own Reactivate button) */
    @api reactivateInForm = false;

    labels = LABELS;

    /** @type {LoginStatus | undefined} the status shown: from the wire, or returned by the last action */
    status;
    /** @type {string | undefined} */
    loadError;
    /** @type {WiredLoginStatus | undefined} */
    wiredResult;
    /** @type {string} the action waiting for confirmation ('' when none) */
    pendingAction = '';
    /** @type {string} the action running ('' when none) */
    runningAction = '';
    /** announced after a done or skipped action */
    resultMessage = '';
    /** @type {ServerError | null} a refused action */
    actionError = null;

    /** @param {WiredLoginStatus} result */
    @wire(getLoginStatus, { contactId: '$contactId' })
    wiredStatus(result) {
        this.wiredResult = result;
        if (result.data) {
            this.status = result.data;
            this.loadError = undefined;
        } else if (result.error) {
            this.status = undefined;
            this.loadError = errorText(result.error, LABELS.unknownError);
        }
    }

    /** @returns {StatusView | undefined} */
    get view() {
        return this.status ? statusView(this.status, Boolean(this.reactivateInForm)) : undefined;
    }

    get isLoading() {
        return !this.status && !this.loadError;
    }

    get isRunning() {
        return this.runningAction !== '';
    }

    get summaryClass() {
        return this.view?.canLogIn ? 'summary slds-text-color_success' : 'summary slds-text-color_error';
    }

    get confirmation() {
        return this.pendingAction ? confirmationText(this.pendingAction, this.status?.studentName ?? '') : '';
    }

    get hasResult() {
        return this.resultMessage !== '' || this.actionError !== null;
    }

    /** @param {Event} event a click on a button that names its action in data-action */
    handleAction(event) {
        const action = String(/** @type {HTMLElement} */ (event.currentTarget).dataset.action ?? '');
        if (!action || this.isRunning) {
            return undefined;
        }
        if (CONFIRMED_ACTIONS.includes(action)) {
            this.pendingAction = action;
            this.clearResult();
            return this.focusAfterRender('.confirmation-text');
        }
        return this.run(action);
    }

    handleConfirm() {
        const action = this.pendingAction;
        this.pendingAction = '';
        return this.run(action);
    }

    handleCancelConfirm() {
        const action = this.pendingAction;
        this.pendingAction = '';
        return this.focusAfterRender(`lightning-button[data-action="${action}"]`);
    }

    /** @param {string} action */
    async run(action) {
        this.clearResult();
        this.runningAction = action;
        try {
            const outcome = await runLoginAction({ contactId: this.contactId, action });
            this.status = outcome.status;
            this.resultMessage = resultText(outcome.result, outcome.status?.studentName ?? '');
            // Keeps the cached status current for the next opening; the action returned the new one already.
            refreshApex(this.wiredResult).catch(() => undefined);
            this.dispatchEvent(new CustomEvent('statuschange', { detail: { action, status: outcome.result.status } }));
        } catch (error) {
            this.actionError = parseServerError(error, LABELS.unknownError);
        } finally {
            this.runningAction = '';
        }
        await this.focusAfterRender('.result-message');
    }

    clearResult() {
        this.resultMessage = '';
        this.actionError = null;
    }

    /**
     * Moves the focus once the template rendered the element (a confirmation, a result).
     * @param {string} selector
     */
    async focusAfterRender(selector) {
        await Promise.resolve();
        const root = /** @type {ParentNode} */ (this.template);
        /** @type {HTMLElement | null} */ (root.querySelector(selector))?.focus();
    }
}
