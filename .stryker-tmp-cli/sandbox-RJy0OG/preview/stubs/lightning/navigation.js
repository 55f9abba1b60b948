// @ts-nocheck
import { getPageContext, recordEvent } from '../runtime';

/**
 * Preview stand-in for `lightning/navigation` (the npm base components import a 'force/navigation' that
 * only exists in Salesforce). Navigate logs the page reference; GenerateUrl returns the Lightning URL
 * the record would have, so links render with a real-looking href.
 */
const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

/** @param {{ type: string, attributes?: Record<string, string>, state?: Record<string, string> }} pageRef */
function urlOf(pageRef) {
    const attributes = pageRef?.attributes ?? {};
    if (pageRef?.type === 'standard__recordPage') {
        return `/lightning/r/${attributes.objectApiName ?? 'sObject'}/${attributes.recordId}/${attributes.actionName ?? 'view'}`;
    }
    if (pageRef?.type === 'standard__objectPage') {
        return `/lightning/o/${attributes.objectApiName}/${attributes.actionName ?? 'home'}`;
    }
    if (pageRef?.type === 'standard__webPage') {
        return attributes.url;
    }
    return `/lightning/${pageRef?.type ?? 'unknown'}`;
}

export function NavigationMixin(Base) {
    return class extends Base {
        [Navigate](pageRef, replace) {
            recordEvent('navigate', `Navigate to ${urlOf(pageRef)}`, { pageRef, replace: Boolean(replace) });
        }

        [GenerateUrl](pageRef) {
            return Promise.resolve(urlOf(pageRef));
        }
    };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** Wire adapter: the Contact record page the quick action was opened from. */
export class CurrentPageReference {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    connect() {
        const { recordId, objectApiName } = getPageContext();
        this.dataCallback({
            type: 'standard__recordPage',
            attributes: { recordId, objectApiName, actionName: 'view' },
            state: {}
        });
    }

    disconnect() {}

    update() {}
}
