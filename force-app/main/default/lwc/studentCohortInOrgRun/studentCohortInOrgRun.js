import { LightningElement, api } from 'lwc';
import getLatestRun from '@salesforce/apex/StudentUserRunController.getLatestRun';
import getRunWarnings from '@salesforce/apex/StudentUserRunController.getRunWarnings';
import startRun from '@salesforce/apex/StudentUserRunController.startRun';
import {
    BROWSER_RUN_MAX_STUDENTS,
    DEFAULT_STUDENTS_PER_CALL,
    formatLabel as format,
    messageAndFix,
    messageWithFix,
    parseServerError
} from 'c/studentUserShared';
import { LABELS } from './labels';

/** @typedef {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunStatus} RunStatus */
/** @typedef {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunWarning} RunWarning */
/** @typedef {import('@salesforce/apex/StudentUserRunController.getRunStatus').RunEnableOptions} RunEnableOptions */
/** @typedef {'idle' | 'checking' | 'confirm' | 'starting'} Step */

const ACTIVE = new Set(['QUEUED', 'RUNNING', 'CANCELLING']);
const ENABLE = 'ENABLE';

/**
 * The cohort page's in-org run (issue #24): the selected students, of any number, in one run the org carries out by
 * itself (StudentUserRunController). Prepare asks getRunWarnings and shows the limits the run would meet; Start run
 * calls startRun; the run then shows live in c-student-user-run-progress. On load it asks getLatestRun and shows the
 * user's run when it is still going, so a run survives closing the browser.
 */
export default class StudentCohortInOrgRun extends LightningElement {
    labels = LABELS;

    /** @type {{ contactId: string }[]} the selected students */
    @api students = [];
    /** ENABLE or a lifecycle action */
    @api action = ENABLE;
    /** DISABLE only: the admin ticked the confirmation */
    @api confirmDisable = false;
    /** the page is busy with something else (a browser run, finding students) */
    @api disabled = false;
    /**
     * ENABLE only: the licence, profile, time zone and welcome email the page chose, applied by the org to every student
     * of the run (StudentUserRunStatus.EnableOptions); null = the org's default settings
     * @type {RunEnableOptions | null}
     */
    @api enableOptions = null;

    /** @type {string} the run shown */
    runId = '';
    /** @type {string} the action of the run shown */
    runAction = '';
    runActive = false;
    dryRun = false;
    /** @type {Step} */
    step = 'idle';
    /** @type {{ key: string, code: string, message: string, fix: string }[]} */
    warnings = [];
    errorMessage = '';

    connectedCallback() {
        this.findLatestRun();
    }

    /** The user's latest run, shown when the org is still carrying it out. */
    async findLatestRun() {
        try {
            const run = await getLatestRun();
            if (run && ACTIVE.has(run.status) && !this.runId) {
                this.show(run);
            }
        } catch (error) {
            this.errorMessage = messageWithFix(parseServerError(error, LABELS.unknownError));
        }
    }

    /** @param {RunStatus} run */
    show(run) {
        this.runId = run.runId;
        this.runAction = run.action ?? '';
        this.runActive = ACTIVE.has(run.status);
    }

    // ----- view -----

    get contactIds() {
        return (Array.isArray(this.students) ? this.students : []).map((student) => student.contactId);
    }

    get count() {
        return this.contactIds.length;
    }

    get hasStudents() {
        return this.count > 0;
    }

    get isRequired() {
        return this.count > BROWSER_RUN_MAX_STUDENTS;
    }

    get requiredText() {
        return format(LABELS.required, this.count, BROWSER_RUN_MAX_STUDENTS, DEFAULT_STUDENTS_PER_CALL);
    }

    get isEnable() {
        return this.action === ENABLE;
    }

    get prepareLabel() {
        return format(LABELS.prepare, this.count);
    }

    /** One active run per action: a second one would be refused (RUN_ALREADY_ACTIVE). */
    get blockedByActiveRun() {
        return this.runActive && this.runAction === this.action;
    }

    get isDisableUnconfirmed() {
        return this.action === 'DISABLE' && !this.confirmDisable;
    }

    get prepareDisabled() {
        return (
            this.disabled ||
            this.step !== 'idle' ||
            !this.hasStudents ||
            this.blockedByActiveRun ||
            this.isDisableUnconfirmed
        );
    }

    get isChecking() {
        return this.step === 'checking';
    }

    get isConfirming() {
        return this.step === 'confirm' || this.step === 'starting';
    }

    get hasWarnings() {
        return this.warnings.length > 0;
    }

    get startDisabled() {
        return this.step !== 'confirm' || this.disabled;
    }

    // ----- events -----

    /** @param {CustomEvent<{ checked: boolean }>} event */
    handleDryRunChange(event) {
        this.dryRun = event.detail.checked === true;
    }

    /** Asks the limits this run would meet, before anything starts. */
    async handlePrepare() {
        this.step = 'checking';
        this.errorMessage = '';
        try {
            const warnings = (await getRunWarnings({ action: this.action, contactIds: this.contactIds })) ?? [];
            this.warnings = warnings.map((warning, index) => {
                const parts = messageAndFix(warning.message, warning.fix);
                return { key: `${index}-${warning.code}`, code: warning.code, message: parts.message, fix: parts.fix };
            });
            this.step = 'confirm';
        } catch (error) {
            this.errorMessage = messageWithFix(parseServerError(error, LABELS.unknownError));
            this.step = 'idle';
        }
    }

    handleBack() {
        this.step = 'idle';
        this.warnings = [];
    }

    async handleStart() {
        this.step = 'starting';
        this.errorMessage = '';
        try {
            const run = await startRun({
                action: this.action,
                contactIds: this.contactIds,
                dryRun: this.dryRun,
                confirmDisable: this.action === 'DISABLE' && this.confirmDisable === true,
                enableOptions: this.action === ENABLE ? (this.enableOptions ?? null) : null
            });
            this.show(run);
            this.warnings = [];
            this.step = 'idle';
        } catch (error) {
            this.errorMessage = messageWithFix(parseServerError(error, LABELS.unknownError));
            this.step = 'confirm';
        }
    }

    /** @param {CustomEvent<{ runId: string, status: string, active: boolean }>} event */
    handleRunChange(event) {
        const wasActive = this.runActive;
        this.runActive = event.detail.active;
        if (wasActive && !event.detail.active) {
            // The run ended: the page reads its recent runs and licence seats again.
            this.dispatchEvent(new CustomEvent('runended', { detail: { runId: event.detail.runId } }));
        }
    }
}
