/** Preview stand-in for `lightning/actions`: the page closes the modal when it hears this event. */
// @ts-nocheck

export const CloseActionScreenEventName = 'lightning__actionsclosescreen';

export class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super(CloseActionScreenEventName, { bubbles: true, composed: true });
    }
}
