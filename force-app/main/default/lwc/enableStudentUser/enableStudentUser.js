import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getEnableContext from '@salesforce/apex/StudentUserController.getEnableContext';
import enableStudentUser from '@salesforce/apex/StudentUserController.enableStudentUser';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { CloseActionScreenEvent } from 'lightning/actions';
import { RefreshEvent } from 'lightning/refresh';
import { NavigationMixin } from 'lightning/navigation';
import { LABELS } from './labels';
import { errorText, formatLabel, parseServerError, userPageReference } from 'c/studentUserShared';
import {
    ADVANCED_FIELDS,
    buildRequest,
    initialProfileId,
    initialValues,
    normalizeContext,
    successToast
} from './formModel';
import { formView } from './formView';

/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContext} EnableContext */
/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').WiredEnableContext} WiredEnableContext */
/** @typedef {import('./formModel').FormValues} FormValues */
/** @typedef {import('./formView').FormView} FormView */
/** @typedef {import('c/studentUserShared').ServerError} ServerError */
/**
 * An input of the form that feeds the request field named by `dataset.field` (its `data-field`): a base input
 * (lightning-input, -combobox) or the licence choice (c-student-user-license-choice), which has the same validity API.
 * @typedef {object} FormControl
 * @property {DOMStringMap} dataset
 * @property {() => boolean} reportValidity shows the field's error, if any; false when it has one
 * @property {(message: string) => void} setCustomValidity a custom error ('' clears it)
 * @property {() => void} focus
 */

const ADVANCED_SECTION = 'advanced';

/**
 * Quick action "Enable Student User" on Contact: loads the form context in one cacheable call, lets the admin
 * adjust licence, profile, time zone, owner role and the advanced user fields, and creates (or reactivates) the
 * portal user through `StudentUserController.enableStudentUser`.
 */
export default class EnableStudentUser extends NavigationMixin(LightningElement) {
    /** @type {string | undefined} the Contact of the record page */
    @api recordId;

    labels = LABELS;

    /** @type {EnableContext | undefined} */
    context;
    /** @type {FormValues | undefined} what the request is built from; set with the context */
    values;
    /** @type {FormView | undefined} what the template shows; recomputed by updateView() */
    view;
    /** @type {string | undefined} why the context could not be loaded */
    loadError;
    /** @type {WiredEnableContext | undefined} kept for refreshApex */
    wiredResult;
    /** true once the admin changed a value: a refresh of the same contact then keeps the values */
    isDirty = false;
    timeZoneQuery = '';
    isSaving = false;
    /** @type {ServerError | null} */
    serverError = null;
    /** announced when client validation fails */
    validationMessage = '';
    /** @type {string[]} open sections of the advanced accordion (collapsed at first) */
    openSections = [];
    /** the existing user's URL, from the navigation service ('' until it answers) */
    existingUserHref = '';
    /**
     * What the action says after a successful call, with the user's link (the toast fades; this stays until Close).
     * @type {{ title: string, text: string, userId: string, href: string, linkLabel: string } | null}
     */
    done = null;

    /** @param {WiredEnableContext} result */
    @wire(getEnableContext, { contactId: '$recordId' })
    wiredContext(result) {
        this.wiredResult = result;
        const { data, error } = result;
        if (data) {
            const context = normalizeContext(data);
            // A refresh of the same contact keeps what the admin typed.
            if (!this.isDirty || this.context?.contact.id !== context.contact.id) {
                this.values = initialValues(context);
                this.isDirty = false;
            }
            this.context = context;
            this.loadError = undefined;
            this.generateExistingUserHref(context);
        } else if (error) {
            this.context = undefined;
            this.loadError = errorText(error, LABELS.unknownError);
        }
        this.updateView();
    }

    /**
     * The student's Contact: from a person account's Account page the record id is the Account, and the login status
     * (its Apex finds the user by ContactId) needs the person contact the context resolved; else the record id.
     */
    get studentContactId() {
        return this.context?.contact?.id ?? this.recordId;
    }

    get isLoading() {
        return !this.view && !this.loadError;
    }

    get isPrimaryDisabled() {
        return this.isSaving || !this.view?.canSubmit;
    }

    get showPrimaryButton() {
        return !this.done && Boolean(this.view?.showPrimaryButton);
    }

    get showCheckAgain() {
        return !this.done && Boolean(this.view?.isBlocked);
    }

    get cancelLabel() {
        return this.showPrimaryButton ? LABELS.cancel : LABELS.close;
    }

    /** The fix of the server's refusal, worded like the fixes of the problems; '' when it gives none. */
    get serverErrorFix() {
        return this.serverError?.fix ? formatLabel(LABELS.problemFix, this.serverError.fix) : '';
    }

    get hasMessage() {
        return Boolean(this.serverError) || this.validationMessage !== '';
    }

    // ----- handlers (the inputs exist only once the context is loaded) -----

    /**
     * A licence was chosen (the licence choice clears its own error): the licence's profile is chosen with it.
     * @param {CustomEvent<{ value: string }>} event
     */
    handleLicenseChange(event) {
        const context = /** @type {EnableContext} */ (this.context);
        const licenseKey = String(event.detail.value);
        this.setValues({ licenseKey, profileId: initialProfileId(context, licenseKey) });
    }

    /** @param {CustomEvent<{ value?: string, checked?: boolean }>} event */
    handleFieldChange(event) {
        const field = /** @type {HTMLElement} */ (event.target).dataset.field;
        if (field === 'sendWelcomeEmail') {
            this.setValues({ sendWelcomeEmail: Boolean(event.detail.checked) });
        } else if (field && field in /** @type {FormValues} */ (this.values)) {
            this.clearFieldError(event);
            this.setValues({ [field]: String(event.detail.value) });
        }
    }

    /** @param {CustomEvent<{ value: string }>} event */
    handleTimeZoneSearch(event) {
        this.timeZoneQuery = String(event.detail.value);
        this.updateView();
    }

    /** @param {CustomEvent<{ openSections: string[] }>} event */
    handleSectionToggle(event) {
        this.openSections = event.detail.openSections;
    }

    handleCancel() {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    handleCheckAgain() {
        return this.refreshContext();
    }

    /** The login status view changed the user (e.g. reactivated or deactivated it): the page and the form reload. */
    handleLoginStatusChange() {
        this.dispatchEvent(new RefreshEvent());
        return this.refreshContext();
    }

    async handleEnable() {
        if (this.isPrimaryDisabled) {
            return;
        }
        const context = /** @type {EnableContext} */ (this.context);
        this.serverError = null;
        this.validationMessage = '';
        const controls = this.formControls();
        controls.forEach((control) => control.setCustomValidity(''));
        const invalid = controls.filter((control) => !control.reportValidity());
        if (invalid.length > 0) {
            this.validationMessage = LABELS.validationError;
            await this.focusControl(invalid[0]);
            return;
        }
        this.isSaving = true;
        try {
            const request = buildRequest(context, /** @type {FormValues} */ (this.values));
            const result = await enableStudentUser({ request });
            const userUrl = result.userId ? await this.userUrl(result.userId) : '';
            const toast = successToast(result, context.contact.name, userUrl);
            this.dispatchEvent(new ShowToastEvent(toast));
            this.dispatchEvent(new RefreshEvent());
            // The action stays open on what was done, with the user's link: the toast is not the only place it lives.
            this.done = {
                title: toast.title ?? '',
                text: formatLabel(toast.message, result.username ?? '', context.contact.name),
                userId: result.userId ?? '',
                href: userUrl,
                linkLabel: result.username ? formatLabel(LABELS.openUser, result.username) : ''
            };
            this.isSaving = false;
            // Keeps the cached context current (an existing user now) for the next opening; no need to wait.
            this.refreshContext();
        } catch (error) {
            this.isSaving = false;
            await this.showServerError(parseServerError(error, LABELS.unknownError));
        }
    }

    /**
     * Opens the existing user through the navigation service (the link's href is for a new tab or a copy).
     * @param {Event} event
     */
    handleOpenExistingUser(event) {
        this.openUser(event, this.context?.existingUser?.id);
    }

    /**
     * Opens the user just created or reactivated.
     * @param {Event} event
     */
    handleOpenNewUser(event) {
        this.openUser(event, this.done?.userId);
    }

    /**
     * @param {Event} event
     * @param {string | undefined} userId
     */
    openUser(event, userId) {
        if (userId) {
            event.preventDefault();
            this[NavigationMixin.Navigate](userPageReference(userId));
        }
    }

    // ----- helpers -----

    /**
     * The URL of a user's record page, from the navigation service; '' when it gives none.
     * @param {string} userId
     * @returns {Promise<string>}
     */
    userUrl(userId) {
        return Promise.resolve(this[NavigationMixin.GenerateUrl](userPageReference(userId))).then(
            (url) => (typeof url === 'string' ? url : ''),
            () => ''
        );
    }

    /** @param {EnableContext} context */
    generateExistingUserHref(context) {
        const userId = context.existingUser?.id;
        if (!userId) {
            this.existingUserHref = '';
            return;
        }
        this.userUrl(userId).then((url) => {
            if (this.context?.existingUser?.id === userId) {
                this.existingUserHref = url;
            }
        });
    }

    updateView() {
        this.view = this.context && this.values ? formView(this.context, this.values, this.timeZoneQuery) : undefined;
    }

    /** @param {Partial<FormValues>} changes */
    setValues(changes) {
        this.values = { .../** @type {FormValues} */ (this.values), ...changes };
        this.isDirty = true;
        this.updateView();
    }

    /**
     * Reloads the cacheable context. A failure reaches the wire as its error, so the promise never rejects.
     * @returns {Promise<unknown>}
     */
    refreshContext() {
        return refreshApex(this.wiredResult).catch(() => undefined);
    }

    /**
     * Elements of the rendered template. Only called from handlers of rendered inputs, so the template exists.
     * @param {string} selector
     * @returns {HTMLElement[]}
     */
    queryAll(selector) {
        const root = /** @type {ParentNode} */ (this.template);
        return [...root.querySelectorAll(selector)].map((element) => /** @type {HTMLElement} */ (element));
    }

    /**
     * Every input that feeds the request, in form order: the inputs named by `data-field` (the licence choice first).
     * Only called while the form shows (Enable needs it).
     * @returns {FormControl[]}
     */
    formControls() {
        return /** @type {(HTMLElement & FormControl)[]} */ (this.queryAll('[data-field]'));
    }

    /**
     * Shows the server's message, puts it on its field when the form has that field, and moves focus there
     * (or to the message when no field is concerned).
     * @param {ServerError} serverError
     */
    async showServerError(serverError) {
        this.serverError = serverError;
        const control = this.formControls().find((element) => element.dataset.field === serverError.field);
        if (control) {
            // The field's own error says what to do, too.
            control.setCustomValidity(
                serverError.fix ? `${serverError.message} ${serverError.fix}` : serverError.message
            );
            control.reportValidity();
            await this.focusControl(control);
        } else {
            await Promise.resolve();
            this.queryAll('.form-message')[0]?.focus();
        }
    }

    /**
     * Opens the advanced section when the control is in it, then focuses the control once rendered.
     * @param {FormControl} control
     */
    async focusControl(control) {
        const inAdvanced = ADVANCED_FIELDS.includes(String(control.dataset.field));
        if (inAdvanced && !this.openSections.includes(ADVANCED_SECTION)) {
            this.openSections = [...this.openSections, ADVANCED_SECTION];
        }
        await Promise.resolve();
        control.focus();
    }

    /**
     * Clears a server error shown on the field the admin just changed.
     * @param {Event} event
     */
    clearFieldError(event) {
        const control = /** @type {HTMLElement & FormControl} */ (event.target);
        if (this.serverError?.field === control.dataset.field) {
            control.setCustomValidity('');
            control.reportValidity();
        }
    }
}
