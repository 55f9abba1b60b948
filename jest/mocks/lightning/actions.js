/**
 * Jest stand-in for `lightning/actions` (sfdx-lwc-jest ships no stub for it).
 * Never deployed: it lives outside force-app.
 */
export const CloseActionScreenEventName = 'lightning__actionsclosescreen';

export class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super(CloseActionScreenEventName, { bubbles: false, composed: false });
    }
}
