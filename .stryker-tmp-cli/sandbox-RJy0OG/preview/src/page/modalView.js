// @ts-nocheck
import { h, icon } from './dom';

/**
 * The modal frame Lightning Experience draws around a screen quick action: section, container, close
 * button and backdrop. The component (with its lightning-quick-action-panel) goes inside the container.
 * @param {HTMLElement} root
 * @param {string} label the quick action's label (the dialog's accessible name)
 * @param {HTMLElement} component the created LWC host element
 * @param {() => void} onDismiss the X button (the platform closes the action without an event)
 * @param {boolean} takeFocus move focus into the dialog (not when the admin is using the scenario picker)
 */
export function openModal(root, label, component, onDismiss, takeFocus) {
    const close = h('button', { class: 'slds-button slds-button_icon slds-modal__close', type: 'button' }, [
        icon('utility', 'close', 'slds-button__icon slds-button__icon_large'),
        h('span', { class: 'slds-assistive-text' }, ['Cancel and close'])
    ]);
    close.addEventListener('click', onDismiss);
    const dialog = h(
        'section',
        {
            role: 'dialog',
            'aria-modal': 'true',
            'aria-label': label,
            tabindex: '-1',
            class: 'slds-modal slds-fade-in-open'
        },
        [h('div', { class: 'slds-modal__container' }, [close, component])]
    );
    root.replaceChildren(dialog, h('div', { class: 'slds-backdrop slds-backdrop_open', role: 'presentation' }));
    if (takeFocus) {
        // As in Lightning Experience, focus moves into the dialog when it opens.
        dialog.focus();
    }
}

/** @param {HTMLElement} root */
export function closeModal(root) {
    root.replaceChildren();
}
