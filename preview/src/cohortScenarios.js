import { bundleFixtures } from 'preview:fixtures';
import { sampleStudents } from '../../fixtures/cohort/sampleCohort';
import { createCohortController, ENABLE_ONLY } from '../stubs/apex/studentCohortController';
import { createRunController, RUN_CONTROLLER } from '../stubs/apex/studentUserRunController';
import { answerLoginStatus } from './loginStatusScenarios';

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
/** The row detail's small cohort: overrides of the recipe, and the login status answers (studentCohortRowDetail). */
const ROW_DETAIL = fixture('rowDetailCohort', 'studentCohortRowDetail');
const ROW_DETAIL_RECIPE = { ...RECIPE, ...ROW_DETAIL.recipe };

/** A cohort of 5,000 students: the table pages (c-student-cohort-pager); measured by cohortBig.bench.test.ts. */
const BIG_RECIPE = { ...RECIPE, size: 5000 };

/**
 * The in-org run of the `cohort-in-org-run` scenario (studentUserRunProgress/__tests__/data/inOrgRunScenario.json):
 * 50,000 sample students, who fails with which code, which jobs die of a limit; the limits getRunWarnings reports
 * (studentCohortInOrgRun/__tests__/data/warnings.json).
 */
const RUN_SCENARIO = fixture('inOrgRunScenario', 'studentUserRunProgress');
const RUN_WARNINGS = fixture('warnings', 'studentCohortInOrgRun');
const RUN_RECIPE = { ...RECIPE, size: RUN_SCENARIO.studentCount };

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
 * @property {{ allowBack: boolean, allowFinish: boolean }} [flow] the screen's footer, as the flow
 *   Enable_Student_Users declares it (allowBack false, allowFinish true); absent: not in a flow
 * @property {{ contactId: string, email: string, name: string }[]} sample the sample students, for pasting
 * @property {import('../stubs/apex/studentCohortController').CohortExtras} extras access, lifecycle state, program end
 * @property {import('../../fixtures/cohort/sampleCohort').SampleRecipe} [recipe] the students (default: the sample cohort)
 * @property {import('./loginStatusScenarios').LoginStatusAnswers} [loginStatus] answers of the row detail's login status
 * @property {boolean} [inOrgRun] the admin's in-org run (RUN_SCENARIO) is under way when the page opens
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
        id: 'cohort-5000',
        label: `Cohort page: ${BIG_RECIPE.size} students`,
        description: `The Student Portal Users tab with ${BIG_RECIPE.size} sample students: the table shows 500 at a time (Previous, Next), the run sends them all.`,
        pageTitle: 'Student Portal Users',
        pageKind: 'Tab',
        ids: undefined,
        sample: sampleStudents(BIG_RECIPE),
        extras: ENABLE_ONLY,
        recipe: BIG_RECIPE
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
        flow: { allowBack: false, allowFinish: true },
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
    },
    {
        id: 'cohort-in-org-run',
        label: `Cohort page: an in-org run of ${RUN_SCENARIO.studentCount.toLocaleString('en-US')} students`,
        description: `The Student Portal Users tab while the admin's in-org run of ${RUN_SCENARIO.studentCount.toLocaleString('en-US')} students goes on (found by getLatestRun on load, as after closing the browser): live counts, rate, time left and failures by code, Cancel, Resume and the results file. The org is simulated ${RUN_SCENARIO.speed} times faster than real time (?runSpeed=) with the chunking rules of scripts/in-org-run/policy.ts; every ${RUN_SCENARIO.cpuDeathEveryJobs}th job dies of the CPU limit and is retried at half the size.`,
        pageTitle: 'Student Portal Users',
        pageKind: 'Tab',
        ids: undefined,
        sample: sampleStudents(RECIPE),
        extras: ENABLE_ONLY,
        inOrgRun: true
    },
    {
        id: 'cohort-row-detail',
        label: `Cohort row detail: why can’t this student log in? (${ROW_DETAIL_RECIPE.size} students)`,
        description: `A list view selection of ${ROW_DETAIL_RECIPE.size} students, some with a portal user. Check, then the Login status button of a row with a user shows why the student can or cannot log in (the user is frozen), with its one-click fixes. The lifecycle actions (Manage Student Users) have the same button after their check.`,
        pageTitle: 'Enable Student Users',
        pageKind: 'Flow',
        ids: sampleStudents(ROW_DETAIL_RECIPE).map((student) => student.contactId),
        sample: sampleStudents(ROW_DETAIL_RECIPE),
        extras: lifecycleExtras('lifecycleAllActive'),
        recipe: ROW_DETAIL_RECIPE,
        loginStatus: ROW_DETAIL.loginStatus
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
 * @param {number} [perCall] the server's budget of students per call (`?perCall=`), as getCohortContext and
 *   getCohortAccess send it and every call enforces it; the service's 200 when not given. A small budget shows the
 *   chunking with a few students.
 * @param {number} [runSpeed] how many times faster than real time the in-org runs go (`?runSpeed=`); the scenario's
 *   by default
 * @returns {(method: string, params: Record<string, unknown>) => Promise<unknown>}
 */
export function cohortApexHandler(latency, scenario, perCall, runSpeed) {
    const recipe = scenario?.recipe ?? RECIPE;
    const extras = scenario?.extras ?? ENABLE_ONLY;
    const budget = perCall ?? CONTEXT.maxStudentsPerCall;
    const answer = createCohortController(
        recipe,
        { ...CONTEXT, maxStudentsPerCall: budget },
        { ...extras, access: { ...extras.access, maxStudentsPerCall: budget } }
    );
    const names = new Map(sampleStudents(recipe).map((student) => [student.contactId, student.name]));
    const runAnswer = createRunController(RUN_SCENARIO, {
        seed: scenario?.inOrgRun === true,
        speed: runSpeed,
        warnings: RUN_WARNINGS,
        student: runStudent()
    });
    return (method, params) =>
        new Promise((resolve) => setTimeout(resolve, latency)).then(() => {
            const loginStatus = answerLoginStatus(scenario?.loginStatus, method, params);
            let answered;
            if (method.startsWith(`${RUN_CONTROLLER}.`)) {
                answered = runAnswer(method, params);
            } else {
                answered = loginStatus
                    ? forStudent(loginStatus.answer, String(params.contactId), names)
                    : answer(method, params);
            }
            return JSON.parse(JSON.stringify(answered));
        });
}

/**
 * A login status fixture (a status, or an action's outcome with its status) told about the row's student: its
 * contact id and name, as the org would answer for that contact.
 * @param {any} answer
 * @param {string} contactId
 * @param {Map<string, string>} names
 * @returns {any}
 */
function forStudent(answer, contactId, names) {
    const student = { contactId, studentName: names.get(contactId) ?? '' };
    if (answer && 'result' in answer) {
        return { ...answer, result: { ...answer.result, contactId }, status: { ...answer.status, ...student } };
    }
    return { ...answer, ...student };
}

/**
 * The sample student of a run's position (the 50,000 of RUN_RECIPE, made when first asked), or of a contact id a run
 * started from the page was given.
 * @returns {(position: number, contactId?: string) => { contactId: string, name: string, email: string }}
 */
function runStudent() {
    /** @type {Map<string, { contactId: string, name: string, email: string }> | undefined} */
    let byId;
    /** @type {{ contactId: string, name: string, email: string }[] | undefined} */
    let all;
    return (position, contactId) => {
        all = all ?? sampleStudents(RUN_RECIPE);
        if (contactId === undefined) return all[position - 1];
        byId = byId ?? new Map(all.map((student) => [student.contactId, student]));
        return byId.get(contactId) ?? { contactId, name: '', email: '' };
    };
}
