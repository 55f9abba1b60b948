/**
 * Preview stand-in for `lightning/platformShowToastEvent`. The page (src/main.js) listens for the event on
 * the component's host, shows the toast and logs it, as the record page does in Lightning Experience.
 */
// @ts-nocheck

export const ShowToastEventName = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent {
    /** @param {{ title?: string, message: string, messageData?: unknown[], variant?: string, mode?: string }} toast */
    constructor(toast) {
        super(ShowToastEventName, { bubbles: true, composed: true, cancelable: true, detail: toast });
    }
}
