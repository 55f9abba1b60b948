import { bundleFixtures } from 'preview:fixtures';
import { sampleStudents } from '../../test/cohort/sampleCohort';
import { createCohortController } from '../stubs/apex/studentCohortController';

/**
 * The scenarios of the cohort page (c-student-cohort). Its Apex calls are answered by the cohort stand-in over the
 * sample cohort whose recipe and context are Jest fixtures of studentCohort (__tests__/data/sampleCohort.json and
 * context.json), so the preview and Jest use the same students.
 */

const COMPONENT = 'studentCohort';

/**
 * @param {string} name file name without .json
 * @returns {any}
 */
function fixture(name) {
    const fixtures = bundleFixtures[COMPONENT] ?? {};
    if (!(name in fixtures)) {
        throw new Error(
            `Fixture ${name}.json is missing from ${COMPONENT}/__tests__/data (found: ${Object.keys(fixtures).join(', ')}).`
        );
    }
    return fixtures[name];
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
        sample: sampleStudents(RECIPE)
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
        sample: sampleStudents(RECIPE)
    }
];

/** @param {string} id @returns {CohortScenario | undefined} */
export function findCohortScenario(id) {
    return COHORT_SCENARIOS.find((scenario) => scenario.id === id);
}

/**
 * A fresh cohort controller (a new page visit: nobody enabled yet) answering every Apex call after `latency` ms.
 * A throw rejects the call, as an AuraHandledException does.
 * @param {number} latency simulated server time of each call, in ms
 * @returns {(method: string, params: Record<string, unknown>) => Promise<unknown>}
 */
export function cohortApexHandler(latency) {
    const answer = createCohortController(RECIPE, CONTEXT);
    return (method, params) =>
        new Promise((resolve) => setTimeout(resolve, latency)).then(() =>
            JSON.parse(JSON.stringify(answer(method, params)))
        );
}
