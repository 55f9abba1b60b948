import { LightningElement } from 'lwc';
import getSetupStatus from '@salesforce/apex/StudentCohortController.getSetupStatus';
import { errorText, formatLabel } from 'c/studentUserShared';
import { LABELS } from './labels';

/**
 * The Setup view of the Student Portal Users tab: each step an administrator takes after installing or deploying,
 * checked live in the org by StudentCohortController.getSetupStatus (StudentSetupStatus), with its status (done, to
 * do, cannot be read here), what was found, the fix and a Setup link. Hidden for a user the server does not show it
 * to (visible false: no product permission and no View Setup and Configuration). Not cacheable: "Check again" asks
 * the server again after the admin fixed a step.
 */

/** How each status is shown: its label, its icon and the badge's SLDS theme. */
const STATUS_LOOK = Object.freeze({
    DONE: { label: LABELS.statusDone, icon: 'utility:success', iconVariant: 'success', badge: 'slds-theme_success' },
    TODO: { label: LABELS.statusTodo, icon: 'utility:warning', iconVariant: 'warning', badge: 'slds-theme_warning' },
    UNREADABLE: { label: LABELS.statusUnreadable, icon: 'utility:info', iconVariant: '', badge: 'slds-badge_lightest' }
});

/** @typedef {import('@salesforce/apex/StudentCohortController.getSetupStatus').SetupCheck} SetupCheck */

export default class StudentSetupStatus extends LightningElement {
    labels = LABELS;
    loading = true;
    /** @type {string | null} */
    error = null;
    /** @type {import('@salesforce/apex/StudentCohortController.getSetupStatus').SetupStatus | null} */
    view = null;

    connectedCallback() {
        this.load();
    }

    async load() {
        this.loading = true;
        this.error = null;
        try {
            this.view = await getSetupStatus();
        } catch (error) {
            this.error = errorText(error, LABELS.loadError);
        } finally {
            this.loading = false;
        }
    }

    handleRefresh() {
        this.load();
    }

    /** Shown while loading the first time, on an error, and when the server shows the view to this user. */
    get shown() {
        return this.view === null || this.view.visible === true || this.error !== null;
    }

    get checks() {
        return this.view?.visible ? (this.view.checks ?? []) : [];
    }

    get hasChecks() {
        return this.checks.length > 0;
    }

    get summary() {
        const count = (/** @type {string} */ status) => this.checks.filter((check) => check.status === status).length;
        return formatLabel(LABELS.summary, count('DONE'), this.checks.length, count('TODO'), count('UNREADABLE'));
    }

    get rows() {
        return this.checks.map((check) => {
            const look = STATUS_LOOK[check.status] ?? STATUS_LOOK.UNREADABLE;
            return {
                ...check,
                statusLabel: look.label,
                iconName: look.icon,
                iconVariant: look.iconVariant,
                badgeClass: `slds-badge setup-status ${look.badge}`,
                showFix: check.status !== 'DONE' && Boolean(check.fix),
                linkLabel: formatLabel(LABELS.openLink, check.title)
            };
        });
    }
}
