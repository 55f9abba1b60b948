// @ts-nocheck
import { LightningElement, api } from 'lwc';
import { LABELS } from './labels';

/**
 * @typedef {object} ActionOption
 * @property {string} value ENABLE, DEACTIVATE, FREEZE, UNFREEZE, SEND_LOGIN_LINK, REACTIVATE or DISABLE
 * @property {string} label
 * @property {string} description one line under the choice
 */

/**
 * The cohort page's action chooser: one radio group (a fieldset with its legend) of the actions the page offers and,
 * for DISABLE, the warning that it is permanent and the confirmation checkbox it needs. Fires `change` with
 * { action, label, confirmDisable }; choosing another action clears the confirmation.
 */
export default class StudentCohortActionPicker extends LightningElement {
    labels = LABELS;

    /** @type {ActionOption[]} the actions offered, in order */
    @api options = [];
    /** The chosen action. */
    @api value = '';
    /** Whether the DISABLE confirmation is ticked. */
    @api confirmDisable = false;
    /** While the page is busy. */
    @api disabled = false;

    get radioOptions() {
        return this.options.map((option) => ({ value: option.value, label: option.label }));
    }

    get chosen() {
        return this.options.find((option) => option.value === this.value);
    }

    get description() {
        return this.chosen?.description ?? '';
    }

    get isDisable() {
        return this.value === 'DISABLE';
    }

    /** @param {CustomEvent<{ value: string }>} event */
    handleActionChange(event) {
        event.stopPropagation();
        this.notify(event.detail.value, false);
    }

    /** @param {CustomEvent<{ checked: boolean }>} event */
    handleConfirmChange(event) {
        event.stopPropagation();
        this.notify(this.value, event.detail.checked === true);
    }

    /**
     * @param {string} action
     * @param {boolean} confirmDisable
     */
    notify(action, confirmDisable) {
        const label = this.options.find((option) => option.value === action)?.label ?? action;
        this.dispatchEvent(new CustomEvent('change', { detail: { action, label, confirmDisable } }));
    }
}
