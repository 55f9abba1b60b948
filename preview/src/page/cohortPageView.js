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
 * The flow screen's footer (SLDS, as the flow runtime draws it): Back when the screen allows it, Finish. Finish asks
 * the component's `validate()` first, as the flow does before it finishes (LWC Developer Guide, "Validation Methods
 * for Screen Components"); an invalid answer keeps the screen and shows its errorMessage. Back does not validate (the
 * platform calls validate() on Next and Finish only). A finished flow removes the component, as the runtime does.
 * @param {HTMLElement & { validate?: () => { isValid: boolean, errorMessage?: string } }} component
 * @param {{ allowBack: boolean, allowFinish: boolean }} flow
 * @param {(type: string, summary: string, data?: unknown) => void} record the event log
 */
function flowFooter(component, flow, record) {
    const error = h('div', { class: 'preview-flow-error slds-text-color_error slds-m-bottom_x-small', role: 'alert' });
    const leave = (/** @type {string} */ how) => {
        record('close', `Flow ${how}: the screen is gone (a run still in flight would never finish)`);
        component.replaceWith(h('p', { class: 'preview-flow-finished slds-p-around_medium' }, [`Your flow ${how}.`]));
        footer.remove();
    };
    const button = (
        /** @type {string} */ label,
        /** @type {string} */ className,
        /** @type {() => void} */ onClick
    ) => {
        const element = h('button', { class: `slds-button ${className}`, type: 'button' }, [label]);
        element.addEventListener('click', onClick);
        return element;
    };
    const footer = h('footer', { class: 'preview-flow-footer slds-card__footer slds-clearfix' }, [
        error,
        flow.allowBack ? button('Previous', 'slds-button_neutral slds-float_left', () => leave('went back')) : null,
        flow.allowFinish
            ? button('Finish', 'slds-button_brand slds-float_right', () => {
                  const verdict = typeof component.validate === 'function' ? component.validate() : { isValid: true };
                  if (!verdict?.isValid) {
                      error.textContent = verdict?.errorMessage ?? 'This screen is not valid.';
                      record('flow', `Flow: Finish refused by validate(): ${error.textContent}`, verdict);
                      return;
                  }
                  leave('finished');
              })
            : null
    ]);
    return footer;
}

/**
 * Shows the component on its page.
 * @param {HTMLElement} stage #preview-stage (switched to page mode)
 * @param {HTMLElement} container where the page goes (#record-page)
 * @param {import('../cohortScenarios').CohortScenario} scenario
 * @param {HTMLElement} component the created c-student-cohort host
 * @param {(type: string, summary: string, data?: unknown) => void} [record] the event log (the flow footer's events)
 */
export function mountCohortPage(stage, container, scenario, component, record = () => undefined) {
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
            component,
            scenario.flow ? flowFooter(component, scenario.flow, record) : null
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
