// @ts-nocheck
import { LightningElement, api } from 'lwc';

/**
 * One licence of the group.
 * @typedef {object} LicenseOption
 * @property {string} value the licence key
 * @property {string} label the licence with its seats left
 * @property {boolean} disabled no seat left
 * @property {string} reason why it is disabled, '' when it is not
 */

/**
 * One radio as the template shows it.
 * @typedef {object} LicenseRadio
 * @property {string} value
 * @property {string} label
 * @property {boolean} checked
 * @property {boolean} disabled
 * @property {string} reason
 * @property {string} inputId
 * @property {string} reasonId id of the reason text
 * @property {string | undefined} describedBy ids of the reason and the group's error; undefined when neither shows
 */

/** Id of the group's error text; the radios name it in aria-describedby. */
const ERROR_ID = 'license-error';

/** Numbers the instances, so each group has its own radio name (radios group by name). */
let instanceCount = 0;

/**
 * The licence choice of the Enable Student User form: a required SLDS radio group whose radios show the seats left,
 * with each licence that has no seat left disabled and its reason named in aria-describedby. It has the validity API
 * of a base input (`checkValidity`, `reportValidity`, `setCustomValidity`, `focus`) and fires `change` with
 * `detail.value`, the chosen licence key. Its texts are Custom Labels the parent passes in.
 */
export default class StudentUserLicenseChoice extends LightningElement {
    /** @type {string} the group's legend */
    @api label = '';
    /** @type {string} title of the required marker */
    @api requiredTitle = '';
    /** @type {string} the error when no licence with seats left is chosen */
    @api messageWhenValueMissing = '';
    /** @type {string} shown when no licence has a seat left */
    @api messageWhenNoneAvailable = '';

    /** @type {LicenseOption[]} */
    _options = [];
    _value = '';
    /** the custom error set with setCustomValidity, '' for none */
    customError = '';
    /** the error shown, set by reportValidity, '' for none */
    errorMessage = '';
    groupName = `licenseKey-${++instanceCount}`;

    /** @type {LicenseOption[]} every licence, in the order to show */
    @api
    get options() {
        return this._options;
    }
    set options(value) {
        this._options = Array.isArray(value) ? value : [];
    }

    /** @type {string} the chosen licence key */
    @api
    get value() {
        return this._value;
    }
    set value(value) {
        this._value = typeof value === 'string' ? value : '';
    }

    get noneAvailable() {
        return !this._options.some((option) => !option.disabled);
    }

    get groupClass() {
        return this.errorMessage ? 'license slds-form-element slds-has-error' : 'license slds-form-element';
    }

    /** @returns {LicenseRadio[]} */
    get radios() {
        return this._options.map((option, index) => {
            const reasonId = `license-reason-${index}`;
            const ids = [option.disabled ? reasonId : '', this.errorMessage ? ERROR_ID : ''].filter(Boolean);
            return {
                value: option.value,
                label: option.label,
                checked: option.value === this._value,
                disabled: option.disabled,
                reason: option.reason,
                inputId: `license-${index}`,
                reasonId,
                describedBy: ids.length > 0 ? ids.join(' ') : undefined
            };
        });
    }

    /** The error the group has now: the custom one, else a request to choose a licence with seats left; '' if valid. */
    validationMessage() {
        if (this.customError !== '') {
            return this.customError;
        }
        const chosen = this._options.find((option) => option.value === this._value);
        return chosen && !chosen.disabled ? '' : this.messageWhenValueMissing;
    }

    /** @returns {boolean} true when the choice is valid; shows nothing */
    @api
    checkValidity() {
        return this.validationMessage() === '';
    }

    /** @returns {boolean} true when the choice is valid; else shows the error on the group */
    @api
    reportValidity() {
        this.errorMessage = this.validationMessage();
        return this.errorMessage === '';
    }

    /** @param {string} message a custom error ('' clears it), shown by the next reportValidity() */
    @api
    setCustomValidity(message) {
        this.customError = typeof message === 'string' ? message : '';
    }

    /** Focuses the checked radio when it can be chosen, else the first one that can. */
    @api
    focus() {
        const root = /** @type {ParentNode} */ (this.template);
        const radios = /** @type {HTMLInputElement[]} */ ([...root.querySelectorAll('input.license-radio')]).filter(
            (radio) => !radio.disabled
        );
        (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
    }

    /**
     * A radio was checked (click, Space or arrow keys): the group's error goes and the parent hears the new value.
     * @param {Event} event
     */
    handleChange(event) {
        event.stopPropagation();
        this._value = /** @type {HTMLInputElement} */ (event.target).value;
        this.customError = '';
        this.errorMessage = '';
        this.dispatchEvent(new CustomEvent('change', { detail: { value: this._value } }));
    }
}
