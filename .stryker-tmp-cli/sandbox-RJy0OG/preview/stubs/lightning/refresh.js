/** Preview stand-in for `lightning/refresh`: the page logs the record page refresh it would trigger. */
// @ts-nocheck

export const RefreshEventName = 'lightning__refreshevent';
export const REFRESH_COMPLETE = 'COMPLETE';
export const REFRESH_COMPLETE_WITH_ERRORS = 'COMPLETE_WITH_ERRORS';
export const REFRESH_ERROR = 'ERROR';

export class RefreshEvent extends CustomEvent {
    constructor() {
        super(RefreshEventName, { bubbles: true, composed: true, cancelable: true });
    }
}

/** The record page has no refresh tree here: handlers are accepted and never called. */
export function registerRefreshHandler() {
    return 1;
}

export function unregisterRefreshHandler() {}

export function registerRefreshContainer() {
    return 1;
}

export function unregisterRefreshContainer() {}
