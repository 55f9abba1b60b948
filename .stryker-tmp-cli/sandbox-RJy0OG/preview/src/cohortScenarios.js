// @ts-nocheck
import { bundleFixtures } from 'preview:fixtures';
import { sampleStudents } from '../../test/cohort/sampleCohort';
import { createCohortController, ENABLE_ONLY } from '../stubs/apex/studentCohortController';

/**
 * The scenarios of the cohort page (c-student-cohort). Its Apex calls are answered by the cohort stand-in over the
 * sample cohort whose recipe and context are Jest fixtures of studentCohort (__tests__/data/sampleCohort.json and
 * context.json), so the preview and Jest use the same students.
 */

const COMPONENT = 'studentCohort';

/**
 * @param {string} name file name without .json
 * @param {string} [component] the LWC bundle whose __tests__/data holds it
 * @returns {any}
 */
function fixture(name, component = COMPONENT) {
    const fixtures = bundleFixtures[component] ?? {};
    if (!(name in fixtures)) {
        throw new Error(
            `Fixture ${name}.json is missing from ${component}/__tests__/data (found: ${Object.keys(fixtures).join(', ')}).`
        );
    }
    return fixtures[name];
}

/**
 * A lifecycle scenario fixture (studentCohortLifecycle/__tests__/data) as the controller stand-in's extras: the access,
 * the users' starting state, and the program-end answer (a studentCohortProgramEnd fixture).
 * @param {string} name
 * @returns {import('../stubs/apex/studentCohortController').CohortExtras}
 */
function lifecycleExtras(name) {
    const scenario = fixture(name, 'studentCohortLifecycle');
    return {
        access: scenario.access,
        state: scenario.state,
        programEnd: fixture(scenario.programEnd.fixture, 'studentCohortProgramEnd'),
        programEndCount: scenario.programEnd.count ?? 0
    };
}

const RECIPE = fixture('sampleCohort');
const CONTEXT = fixture('context');

/** The records a Contact list view lets an admin select at once (one page of the list view). */
const LIST_VIEW_SELECTION = 200;

/**
 * @typedef {object} CohortScenario
 * @property {string} id URL value (?scenario=id)
 * @property {string} label picker text
 * @property {string} description one line under the picker
 * @property {string} pageTitle the page around the component (the tab, or the flow the list view button opens)
 * @property {string} pageKind what the page is, above its title
 * @property {string[] | undefined} ids the flow's `ids` input (the list view's selected records), or none (the tab)
 * @property {{ contactId: string, email: string, name: string }[]} sample the sample students, for pasting
 * @property {import('../stubs/apex/studentCohortController').CohortExtras} extras access, lifecycle state, program end
 */

/** @type {CohortScenario[]} */
export const COHORT_SCENARIOS = [
    {
        id: 'cohort',
        label: `Cohort page: ${RECIPE.size} students`,
        description: `The Student Portal Users tab. Paste the ${RECIPE.size} sample students (the box above the page), then Find students, Check and Enable.`,
        pageTitle: 'Student Portal Users',
        pageKind: 'Tab',
        ids: undefined,
        sample: sampleStudents(RECIPE),
        extras: ENABLE_ONLY
    },
    {
        id: 'cohort-list-view',
        label: `Cohort from a list view: ${LIST_VIEW_SELECTION} selected`,
        description: `The Enable Student Users button of a Contact list view: its flow passes the ${LIST_VIEW_SELECTION} selected records as ids.`,
        pageTitle: 'Enable Student Users',
        pageKind: 'Flow',
        ids: sampleStudents(RECIPE)
            .slice(0, LIST_VIEW_SELECTION)
            .map((student) => student.contactId),
        sample: sampleStudents(RECIPE),
        extras: ENABLE_ONLY
    },
    {
        id: 'cohort-lifecycle',
        label: `Cohort lifecycle: deactivate ${RECIPE.size} students`,
        description: `The Student Portal Users tab for an admin with Manage Student Users (not Disable): every sample student has an active portal user. Select them with "Students whose program ended", choose Deactivate, Check and Run.`,
        pageTitle: 'Student Portal Users',
        pageKind: 'Tab',
        ids: undefined,
        sample: sampleStudents(RECIPE),
        extras: lifecycleExtras('lifecycleAllActive')
    },
    {
        id: 'cohort-lifecycle-mixed',
        label: 'Cohort lifecycle: mixed states, Disable allowed',
        description: `An admin with Manage and Disable Student Users: every 11th sample student has no portal user, every 7th other one is inactive, every 5th other one frozen; no program data in the org.`,
        pageTitle: 'Student Portal Users',
        pageKind: 'Tab',
        ids: undefined,
        sample: sampleStudents(RECIPE),
        extras: lifecycleExtras('lifecycleMixed')
    }
];

/** @param {string} id @returns {CohortScenario | undefined} */
export function findCohortScenario(id) {
    return COHORT_SCENARIOS.find((scenario) => scenario.id === id);
}

/**
 * A fresh cohort controller (a new page visit: nobody enabled yet, users in their starting state) answering every Apex
 * call after `latency` ms. A throw rejects the call, as an AuraHandledException does.
 * @param {number} latency simulated server time of each call, in ms
 * @param {CohortScenario} [scenario] the scenario (its access, lifecycle state and program end); default enabling only
 * @returns {(method: string, params: Record<string, unknown>) => Promise<unknown>}
 */
export function cohortApexHandler(latency, scenario) {
    const answer = createCohortController(RECIPE, CONTEXT, scenario?.extras ?? ENABLE_ONLY);
    return (method, params) =>
        new Promise((resolve) => setTimeout(resolve, latency)).then(() =>
            JSON.parse(JSON.stringify(answer(method, params)))
        );
}
