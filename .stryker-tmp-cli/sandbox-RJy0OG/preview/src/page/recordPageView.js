// @ts-nocheck
import { h, icon } from './dom';

function field(label, value) {
    return h('div', { class: 'slds-col slds-size_1-of-2 slds-m-bottom_small' }, [
        h('dt', { class: 'slds-text-title' }, [label]),
        h('dd', { class: 'slds-text-body_regular' }, [value || '—'])
    ]);
}

/**
 * A faux Contact (or Account) record page (header, action button, a few fields) behind the quick action, drawn from
 * the scenario's context so the modal sits over the student it is about.
 * @param {HTMLElement} container
 * @param {{ contact?: Record<string, unknown>, owner?: Record<string, unknown> }} context the getEnableContext fixture
 * @param {string} actionLabel the quick action's label
 * @param {() => void} onAction opens the quick action
 * @param {{ label: string, name: string, icon: string }} [header] an Account page's object label, record name and
 *     standard icon (default: the contact's Contact page)
 */
export function renderRecordPage(container, context, actionLabel, onAction, header) {
    const contact = context?.contact ?? {};
    const page = header ?? { label: 'Contact', name: String(contact.name ?? ''), icon: 'contact' };
    const mailing = [contact.mailingState, contact.mailingCountry].filter(Boolean).join(', ');
    const actionButton = h('button', { class: 'slds-button slds-button_neutral', type: 'button' }, [actionLabel]);
    actionButton.addEventListener('click', onAction);
    container.replaceChildren(
        h('div', { class: 'preview-record-page' }, [
            h('div', { class: 'slds-page-header slds-page-header_record-home' }, [
                h('div', { class: 'slds-page-header__row' }, [
                    h('div', { class: 'slds-page-header__col-title' }, [
                        h('div', { class: 'slds-media' }, [
                            h('div', { class: 'slds-media__figure' }, [
                                h(
                                    'span',
                                    { class: `slds-icon_container slds-icon-standard-${page.icon.replace('_', '-')}` },
                                    [icon('standard', page.icon, 'slds-icon slds-page-header__icon')]
                                )
                            ]),
                            h('div', { class: 'slds-media__body' }, [
                                h('span', { class: 'slds-page-header__name-meta' }, [page.label]),
                                h('p', { class: 'slds-page-header__title slds-truncate' }, [page.name])
                            ])
                        ])
                    ]),
                    h('div', { class: 'slds-page-header__col-actions' }, [actionButton])
                ])
            ]),
            h('article', { class: 'slds-card slds-m-top_small' }, [
                h('div', { class: 'slds-card__body slds-card__body_inner slds-p-top_small' }, [
                    h('dl', { class: 'slds-grid slds-wrap' }, [
                        field('Email', contact.email),
                        field('Account Name', contact.accountName),
                        field('Mailing State/Country', mailing),
                        field('Account Owner', context?.owner?.name)
                    ])
                ])
            ])
        ])
    );
}
