// @ts-nocheck
import { onEvent } from '../../stubs/runtime';
import { h } from './dom';

const BADGE_THEME = {
    apex: 'slds-badge_inverse',
    toast: 'slds-theme_success',
    close: 'slds-badge_lightest',
    refresh: 'slds-badge_lightest',
    navigate: 'slds-badge_lightest',
    error: 'slds-theme_error',
    scenario: ''
};

/**
 * Shows every preview event (Apex calls with their arguments, toasts, close, refresh, navigation) in `list`.
 * @param {HTMLOListElement} list
 */
export function mountEventLog(list) {
    onEvent((event) => {
        const payload = event.data === undefined ? null : h('pre', {}, [JSON.stringify(event.data, null, 2)]);
        list.append(
            h('li', { 'data-event-type': event.type }, [
                h('span', { class: `slds-badge ${BADGE_THEME[event.type] ?? ''}` }, [event.type]),
                ` ${event.summary} `,
                h('span', { class: 'slds-text-color_weak' }, [`+${event.at} ms`]),
                payload
            ])
        );
        list.scrollTop = list.scrollHeight;
    });
}

/** @param {HTMLOListElement} list */
export function clearEventLog(list) {
    list.replaceChildren();
}
