// @ts-nocheck
import { h, icon } from './dom';

const VARIANTS = new Set(['info', 'success', 'warning', 'error']);
const MAX_VISIBLE = 3;

/**
 * Splits a toast message on its {0}, {1} placeholders and fills them from messageData (text or link).
 * @param {string} message
 * @param {unknown[]} [messageData]
 * @returns {(Node | string)[]}
 */
export function formatToastMessage(message, messageData = []) {
    return String(message ?? '')
        .split(/(\{\d+\})/)
        .filter((part) => part !== '')
        .map((part) => {
            const match = /^\{(\d+)\}$/.exec(part);
            const item = match ? messageData[Number(match[1])] : undefined;
            if (item === undefined) {
                return part;
            }
            if (item && typeof item === 'object' && 'url' in item) {
                return h('a', { href: String(item.url) }, [String(item.label ?? item.url)]);
            }
            return String(item);
        });
}

/**
 * Shows a toast the way the record page does (SLDS toast, newest on top).
 * @param {HTMLElement} region
 * @param {{ title?: string, message?: string, messageData?: unknown[], variant?: string }} toast
 */
export function showToast(region, toast) {
    const variant = VARIANTS.has(toast.variant) ? toast.variant : 'info';
    const close = h('button', { class: 'slds-button slds-button_icon slds-notify__close', title: 'Close' }, [
        icon('utility', 'close', 'slds-button__icon slds-button__icon_large'),
        h('span', { class: 'slds-assistive-text' }, ['Close'])
    ]);
    const element = h(
        'div',
        {
            class: `slds-notify slds-notify_toast slds-theme_${variant}`,
            role: variant === 'error' ? 'alert' : 'status',
            'data-toast-variant': variant
        },
        [
            h('span', { class: 'slds-assistive-text' }, [variant]),
            h('div', { class: 'slds-notify__content' }, [
                toast.title ? h('h2', { class: 'slds-text-heading_small' }, [toast.title]) : null,
                h('p', {}, formatToastMessage(toast.message, toast.messageData))
            ]),
            close
        ]
    );
    close.addEventListener('click', () => element.remove());
    region.prepend(element);
    while (region.children.length > MAX_VISIBLE) {
        region.lastElementChild.remove();
    }
}

/** @param {HTMLElement} region */
export function clearToasts(region) {
    region.replaceChildren();
}
