// Synthetic shadow first: the npm lightning-base-components need it (and SLDS reaches into it, as on the platform).
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import EnableStudentUser from 'c/enableStudentUser';
import StudentCohort from 'c/studentCohort';
import StudentSetupStatus from 'c/studentSetupStatus';
import previewConfig from 'preview:config';
import { getPageContext, recordEvent, resetRecords, setApexHandler, setPageContext } from '../stubs/runtime';
import { installLwsStandIn } from '../stubs/lws';
import { clearClientCache } from '../stubs/apex/apexMethod';
import { cohortApexHandler, COHORT_SCENARIOS, findCohortScenario } from './cohortScenarios';
import { mountCohortPage, unmountCohortPage } from './page/cohortPageView';
import { clearEventLog, mountEventLog } from './page/eventLogView';
import { closeModal, openModal } from './page/modalView';
import { renderRecordPage } from './page/recordPageView';
import { clearToasts, showToast } from './page/toastView';
import { answerApex, findScenario, SCENARIOS } from './scenarios';
import { resetLoginStatus } from './loginStatusScenarios';
import { findSetupScenario, SETUP_SCENARIOS, withSetupStatus } from './setupScenarios';

// What Lightning Web Security enforces that a browser can: data: anchors blocked, Blob MIME types (stubs/lws.js).
installLwsStandIn(window, (summary, data) => recordEvent('error', summary, data));

const picker = /** @type {HTMLSelectElement} */ (document.getElementById('scenario-picker'));
const description = document.getElementById('scenario-description');
const recordPage = document.getElementById('record-page');
const modalRoot = document.getElementById('modal-root');
const toastRegion = document.getElementById('toast-region');
const eventLog = /** @type {HTMLOListElement} */ (document.getElementById('event-log'));
const reopenButton = document.getElementById('reopen-action');
const stage = document.getElementById('preview-stage');

const params = new URLSearchParams(window.location.search);
/** Simulated server time of each Apex call, in ms (`?latency=0` answers at once). */
const latency = Math.max(0, Number(params.get('latency') ?? 300) || 0);
/** The cohort page's students per Apex call (`?perCall=20`); the service's budget (200) when absent or not valid. */
const perCallParam = Number(params.get('perCall'));
const perCall = Number.isInteger(perCallParam) && perCallParam > 0 ? perCallParam : undefined;
/** How many times faster than real time the simulated in-org runs go (`?runSpeed=400`); the scenario's when absent. */
const runSpeedParam = Number(params.get('runSpeed'));
const runSpeed = Number.isFinite(runSpeedParam) && runSpeedParam > 0 ? runSpeedParam : undefined;

function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Closes the quick action the way the platform does: the component is removed from the page. */
function closeAction(reason) {
    closeModal(modalRoot);
    recordEvent('close', reason);
}

/**
 * Creates a fresh component (as opening the quick action does) inside the modal.
 * @param {boolean} takeFocus
 */
function openAction(takeFocus) {
    const component = createElement('c-enable-student-user', { is: EnableStudentUser });
    // The record page hands the quick action its record id.
    component.recordId = getPageContext().recordId;
    component.addEventListener('lightning__showtoast', (event) => {
        showToast(toastRegion, event.detail);
        recordEvent('toast', `Toast (${event.detail?.variant ?? 'info'}): ${event.detail?.title ?? ''}`, event.detail);
    });
    component.addEventListener('lightning__actionsclosescreen', () =>
        closeAction('CloseActionScreenEvent: the action closed')
    );
    component.addEventListener('lightning__refreshevent', () =>
        recordEvent('refresh', 'RefreshEvent: the record page refreshes')
    );
    openModal(
        modalRoot,
        previewConfig.quickActionLabel,
        component,
        () => closeAction('X button: the admin closed the action'),
        takeFocus
    );
}

/**
 * The tab as its app page lays it out (flexipages/Student_Portal_Users): the cohort page, then the Setup view, for the
 * scenarios that answer the Setup view; else the cohort component alone.
 * @param {{ setupStatus?: unknown }} scenario
 * @param {HTMLElement} cohort
 * @returns {HTMLElement}
 */
function withSetupView(scenario, cohort) {
    if (!scenario.setupStatus) {
        return cohort;
    }
    const setup = document.createElement('div');
    setup.className = 'slds-m-top_medium';
    setup.append(createElement('c-student-setup-status', { is: StudentSetupStatus }));
    const page = document.createElement('div');
    page.append(cohort, setup);
    return page;
}

/**
 * Shows the cohort page (as the tab or the list view's flow shows it) with a fresh component and a fresh cohort
 * controller stand-in.
 * @param {import('./cohortScenarios').CohortScenario} scenario
 */
function openCohortPage(scenario) {
    // SLDS buttons set display, which beats the hidden attribute.
    reopenButton.style.display = 'none';
    setPageContext({});
    resetLoginStatus();
    setApexHandler(withSetupStatus(cohortApexHandler(latency, scenario, perCall, runSpeed), scenario, latency));
    recordEvent('scenario', `Scenario: ${scenario.label}`);
    const component = createElement('c-student-cohort', { is: StudentCohort });
    if (scenario.ids) {
        // The flow hands the component the list view's selected record ids.
        component.ids = scenario.ids;
    }
    mountCohortPage(stage, recordPage, scenario, withSetupView(scenario, component), recordEvent);
    window.__scenario = scenario.id;
}

/**
 * Loads a scenario: fresh records, a fresh Apex handler, the record page, and a new component.
 * @param {string} id
 * @param {boolean} takeFocus
 */
function loadScenario(id, takeFocus) {
    const cohortScenario = findCohortScenario(id) ?? findSetupScenario(id);
    const scenario = cohortScenario ?? findScenario(id);
    resetRecords();
    // A scenario is a new page load: its client cache starts empty (reopening the action within it does not).
    clearClientCache();
    clearEventLog(eventLog);
    clearToasts(toastRegion);
    closeModal(modalRoot);
    picker.value = scenario.id;
    description.textContent = scenario.description;
    const url = new URL(window.location.href);
    url.searchParams.set('scenario', scenario.id);
    window.history.replaceState(null, '', url);
    if (cohortScenario) {
        openCohortPage(cohortScenario);
        return;
    }
    unmountCohortPage(stage);
    reopenButton.style.display = '';

    setPageContext(
        scenario.account
            ? { recordId: scenario.account.id, objectApiName: 'Account' }
            : { recordId: scenario.context.contact?.id, objectApiName: 'Contact' }
    );
    resetLoginStatus();
    // A throw in answerApex rejects the call, as an AuraHandledException does.
    setApexHandler((method, apexParams) => delay(latency).then(() => answerApex(scenario, method, apexParams)));
    recordEvent('scenario', `Scenario: ${scenario.label}`);
    renderRecordPage(
        recordPage,
        scenario.context,
        previewConfig.quickActionLabel,
        () => openAction(true),
        scenario.account
    );
    window.__scenario = scenario.id;
    openAction(takeFocus);
}

[...SCENARIOS, ...COHORT_SCENARIOS, ...SETUP_SCENARIOS].forEach((scenario) => {
    const option = document.createElement('option');
    option.value = scenario.id;
    option.textContent = scenario.label;
    picker.append(option);
});
picker.addEventListener('change', () => loadScenario(picker.value, false));
reopenButton.addEventListener('click', () => openAction(true));
mountEventLog(eventLog);
window.addEventListener('unhandledrejection', (event) =>
    recordEvent('error', 'Unhandled promise rejection', String(event.reason))
);
window.addEventListener('error', (event) => recordEvent('error', `Page error: ${event.message}`));
loadScenario(params.get('scenario') ?? SCENARIOS[0].id, true);
