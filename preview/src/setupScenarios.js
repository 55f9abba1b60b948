import { bundleFixtures } from 'preview:fixtures';
import { sampleStudents } from '../../fixtures/cohort/sampleCohort';
import { ENABLE_ONLY } from '../stubs/apex/studentCohortController';

/**
 * The scenarios of the Setup view (c-student-setup-status): the Student Portal Users tab as its app page lays it out,
 * the cohort page with the Setup view under it (flexipages/Student_Portal_Users). The view's answer is a Jest fixture
 * of studentSetupStatus (__tests__/data), so the preview and Jest show the same steps; the cohort page is answered
 * as in the cohort scenarios.
 */

const SETUP_METHOD = 'StudentCohortController.getSetupStatus';

/**
 * @param {string} name file name without .json
 * @param {string} component the LWC bundle whose __tests__/data holds it
 * @returns {any}
 */
function fixture(name, component) {
    const fixtures = bundleFixtures[component] ?? {};
    if (!(name in fixtures)) {
        throw new Error(`Fixture ${name}.json is missing from ${component}/__tests__/data.`);
    }
    return fixtures[name];
}

const RECIPE = fixture('sampleCohort', 'studentCohort');

/**
 * @typedef {import('./cohortScenarios').CohortScenario & { setupStatus: unknown }} SetupScenario
 */

/** @type {SetupScenario[]} */
export const SETUP_SCENARIOS = [
    {
        id: 'setup',
        label: 'Setup view: what is left to set up',
        description:
            'The Student Portal Users tab with its Setup view under the cohort page: each set-up step checked in the org (done, to do, cannot be read here), its fix and a link to Setup. "Check again" reads the org anew.',
        pageTitle: 'Student Portal Users',
        pageKind: 'Tab',
        ids: undefined,
        sample: sampleStudents(RECIPE),
        extras: ENABLE_ONLY,
        setupStatus: fixture('setupStatus', 'studentSetupStatus')
    }
];

/**
 * @param {string} id
 * @returns {SetupScenario | undefined}
 */
export function findSetupScenario(id) {
    return SETUP_SCENARIOS.find((scenario) => scenario.id === id);
}

/**
 * Answers the Setup view's call after `latency` ms with the scenario's fixture, and every other call with the cohort
 * page's handler.
 * @param {(method: string, params: Record<string, unknown>) => Promise<unknown>} cohortHandler
 * @param {{ setupStatus?: unknown }} scenario
 * @param {number} latency
 * @returns {(method: string, params: Record<string, unknown>) => Promise<unknown>}
 */
export function withSetupStatus(cohortHandler, scenario, latency) {
    if (!scenario.setupStatus) {
        return cohortHandler;
    }
    return (method, params) =>
        method === SETUP_METHOD
            ? new Promise((resolve) => setTimeout(resolve, latency)).then(() =>
                  JSON.parse(JSON.stringify(scenario.setupStatus))
              )
            : cohortHandler(method, params);
}
