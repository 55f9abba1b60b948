import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/studentUserShared';
import { LABELS } from './labels';

export { siteReadinessView } from './siteReadiness';

/** @typedef {import('./siteReadiness').ReadinessView} ReadinessView */

/**
 * Login readiness in the Enable Student User form, before Enable: the sites the chosen profile and the configured
 * permission sets reach and their login page, or the problem (NOT_A_SITE_MEMBER, SITE_NOT_LIVE) with its fix, the
 * email the student will get, and where an administrator checks that it arrives (not readable from Apex). The parent computes `view` with `siteReadinessView` (also exported here).
 */
export default class StudentUserSiteReadiness extends LightningElement {
    /** @type {ReadinessView | undefined} */
    @api view;

    labels = LABELS;

    get links() {
        return (this.view?.loginLinks ?? []).map((link) => ({
            ...link,
            label: formatLabel(LABELS.loginLink, link.name)
        }));
    }

    get boxClass() {
        const theme = this.view?.blocks ? 'slds-theme_error' : 'slds-scoped-notification_light';
        return `readiness slds-scoped-notification ${theme} slds-var-m-top_small`;
    }
}
