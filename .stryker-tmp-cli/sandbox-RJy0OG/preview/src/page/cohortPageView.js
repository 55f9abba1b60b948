// @ts-nocheck
import { h, icon } from './dom';

/**
 * The cohort page as Lightning Experience shows it: the component straight on a page (the Student Portal Users tab,
 * or the screen of the flow a list view button opens), no modal. The stage grows with the table, as the page does.
 */

const PAGE_CLASS = 'preview-stage_page';

/** What the quick action scenarios show, kept to restore it when one is picked again. */
let original;

/**
 * @param {HTMLElement} stage #preview-stage
 * @param {HTMLElement | null} componentName the banner's component name
 */
function remember(stage, componentName) {
    original = original ?? {
        title: document.title,
        stageLabel: stage.getAttribute('aria-label') ?? '',
        componentName: componentName?.textContent ?? ''
    };
}

/**
 * The sample students as an admin would paste them (preview only: the org has real contacts).
 * @param {{ email: string }[]} sample
 */
function sampleBox(sample) {
    const id = 'preview-sample-students';
    const textarea = h('textarea', { id, class: 'slds-textarea preview-sample__text', readonly: '', rows: '4' }, [
        sample.map((student) => student.email).join('\n')
    ]);
    return h('details', { class: 'preview-sample slds-box slds-theme_shade slds-m-bottom_small' }, [
        h('summary', {}, [`Sample students to paste (${sample.length} emails, preview only)`]),
        h('div', { class: 'slds-form-element slds-m-top_x-small' }, [
            h('label', { class: 'slds-form-element__label', for: id }, ['Sample student emails']),
            h('div', { class: 'slds-form-element__control' }, [textarea])
        ])
    ]);
}

/**
 * Shows the component on its page.
 * @param {HTMLElement} stage #preview-stage (switched to page mode)
 * @param {HTMLElement} container where the page goes (#record-page)
 * @param {import('../cohortScenarios').CohortScenario} scenario
 * @param {HTMLElement} component the created c-student-cohort host
 */
export function mountCohortPage(stage, container, scenario, component) {
    const componentName = document.getElementById('preview-component');
    remember(stage, componentName);
    stage.classList.add(PAGE_CLASS);
    stage.setAttribute('aria-label', `${scenario.pageTitle} page with the cohort component`);
    document.title = `PREVIEW (sample data) · ${scenario.pageTitle}`;
    if (componentName) {
        componentName.textContent = 'studentCohort';
    }
    container.replaceChildren(
        h('div', { class: 'preview-record-page' }, [
            sampleBox(scenario.sample),
            h('div', { class: 'slds-page-header slds-m-bottom_small' }, [
                h('div', { class: 'slds-page-header__row' }, [
                    h('div', { class: 'slds-page-header__col-title' }, [
                        h('div', { class: 'slds-media' }, [
                            h('div', { class: 'slds-media__figure' }, [
                                h('span', { class: 'slds-icon_container slds-icon-standard-customer-portal-users' }, [
                                    icon('standard', 'customer_portal_users', 'slds-icon slds-page-header__icon')
                                ])
                            ]),
                            h('div', { class: 'slds-media__body' }, [
                                h('span', { class: 'slds-page-header__name-meta' }, [scenario.pageKind]),
                                h('h1', { class: 'slds-page-header__title slds-truncate' }, [scenario.pageTitle])
                            ])
                        ])
                    ])
                ])
            ]),
            component
        ])
    );
}

/**
 * Back to the record page with the quick action (another scenario was picked).
 * @param {HTMLElement} stage
 */
export function unmountCohortPage(stage) {
    if (!original) {
        return;
    }
    stage.classList.remove(PAGE_CLASS);
    stage.setAttribute('aria-label', original.stageLabel);
    document.title = original.title;
    const componentName = document.getElementById('preview-component');
    if (componentName) {
        componentName.textContent = original.componentName;
    }
}
