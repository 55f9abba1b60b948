import fixtures from 'preview:fixtures';
import { answerLoginStatus } from './loginStatusScenarios';

/**
 * The scenarios of the preview page. Every answer is a JSON fixture of the component's Jest tests
 * (force-app/main/default/lwc/enableStudentUser/__tests__/data), so the preview and Jest cannot drift.
 */

const CONTEXT_METHOD = 'StudentUserController.getEnableContext';
const ENABLE_METHOD = 'StudentUserController.enableStudentUser';

/**
 * @param {string} name file name without .json
 * @returns {any}
 */
function fixture(name) {
    if (!(name in fixtures)) {
        throw new Error(
            `Fixture ${name}.json is missing from the component's __tests__/data (found: ${Object.keys(fixtures).join(', ')}).`
        );
    }
    return fixtures[name];
}

/**
 * @typedef {object} ScenarioDefinition
 * @property {string} id URL value (?scenario=id)
 * @property {string} label picker text
 * @property {string} description one line under the picker
 * @property {string} context fixture answering getEnableContext
 * @property {{ result?: string, error?: string }} [enable] fixture answering enableStudentUser
 * @property {{ id: string, label: string, name: string, icon: string }} [account] the quick action opened on this
 *     Account page (its id is the record id; default: the context's Contact page)
 * @property {import('./loginStatusScenarios').LoginStatusAnswers} [loginStatus] the login status view's answers
 *   (scenarios with an existing portal user)
 */

/** @type {ScenarioDefinition[]} */
const DEFINITIONS = [
    {
        id: 'ready',
        label: 'Ready, with defaults',
        description: 'Everything is in place: one click on Enable creates the user.',
        context: 'ready',
        enable: { result: 'resultCreated' }
    },
    {
        id: 'owner-without-role',
        label: 'Owner without role',
        description: 'The account owner has no role: the form explains it and a role is picked.',
        context: 'ownerWithoutRole',
        enable: { result: 'resultCreatedWithOwnerRole' }
    },
    {
        id: 'license-exhausted',
        label: 'Licence exhausted',
        description: 'No seats left on one licence: it is disabled with the reason.',
        context: 'licenseExhausted',
        enable: { result: 'resultCreatedPlus' }
    },
    {
        id: 'blocked',
        label: 'Blocked contact',
        description: 'The contact cannot be enabled: the problems are listed with their fix.',
        context: 'blocked'
    },
    {
        id: 'already-enabled',
        label: 'Already enabled',
        description:
            'An active portal user is already linked to the contact: its login status shows every check passing.',
        context: 'alreadyEnabled',
        loginStatus: { status: 'canLogIn' }
    },
    {
        id: 'inactive-user',
        label: 'Inactive user (reactivate)',
        description:
            'An inactive portal user exists: its login status says why the student cannot log in; the primary button reactivates it.',
        context: 'inactiveUser',
        enable: { result: 'resultReactivated' },
        loginStatus: { status: 'inactive' }
    },
    {
        id: 'login-frozen',
        label: 'Existing user: frozen',
        description:
            'Why can’t this student log in? The user is frozen (maybe by Salesforce after a risky login): check Login History, then Unfreeze.',
        context: 'alreadyEnabled',
        loginStatus: { status: 'frozen' }
    },
    {
        id: 'login-frozen-protected',
        label: 'Existing user: frozen, unfreeze refused',
        description:
            'The lifecycle service refuses the unfreeze (a protected user): the refusal and its fix are shown.',
        context: 'alreadyEnabled',
        loginStatus: { status: 'frozen', outcomes: { UNFREEZE: 'refusalProtectedUser' } }
    },
    {
        id: 'login-never-logged-in',
        label: 'Existing user: never logged in',
        description:
            'No password set and no login yet: Send login link asks first (it resets the password), then emails a link valid for 24 hours.',
        context: 'alreadyEnabled',
        loginStatus: { status: 'neverLoggedIn' }
    },
    {
        id: 'login-single-sign-on',
        label: 'Existing user: single sign-on',
        description:
            'The user has a Federation ID and no password: it signs in with single sign-on, so no password problem and no login link.',
        context: 'alreadyEnabled',
        loginStatus: { status: 'singleSignOn' }
    },
    {
        id: 'login-locked-out',
        label: 'Existing user: locked out',
        description:
            'Too many wrong passwords: the fix says how to unlock; Send login link asks first, since it resets the password.',
        context: 'alreadyEnabled',
        loginStatus: { status: 'lockedOut' }
    },
    {
        id: 'login-not-a-site-member',
        label: 'Existing user: not a site member',
        description: 'Neither the profile nor a permission set is a member of a site: the fix names the profile.',
        context: 'alreadyEnabled',
        loginStatus: { status: 'notASiteMember' }
    },
    {
        id: 'not-a-site-member',
        label: 'Profile not a site member',
        description:
            'The default profile is not a member of the student site: NOT_A_SITE_MEMBER with the fix before Enable; a member profile can be picked.',
        context: 'notASiteMember',
        enable: { result: 'resultCreatedPlus' }
    },
    {
        id: 'server-error',
        label: 'Server error with a field error',
        description: 'The server refuses the username: the error shows on the username field.',
        context: 'ready',
        enable: { error: 'serverErrorUsernameTaken' }
    },
    {
        id: 'person-account',
        label: 'Person account (Account page)',
        description: "Opened on a person account: the form is its person contact's, and Enable enables that contact.",
        context: 'personAccount',
        enable: { result: 'resultCreatedPersonAccount' },
        account: {
            id: '0015g00000RosPaAAC',
            label: 'Person Account',
            name: 'Rosalind Franklin',
            icon: 'person_account'
        }
    },
    {
        id: 'business-account',
        label: 'Business account (Account page)',
        description:
            'Opened on a business account: only person accounts are enabled here; the fix says to use the Contact.',
        context: 'notPersonAccount',
        account: {
            id: '0015g00000AdaAdmAAC',
            label: 'Account',
            name: 'Ada Lovelace Administrative Account',
            icon: 'account'
        }
    }
];

/** @typedef {ScenarioDefinition & { context: any }} Scenario */

/** @type {Scenario[]} */
export const SCENARIOS = DEFINITIONS.map((definition) => ({ ...definition, context: fixture(definition.context) }));

/** @param {string} id @returns {Scenario} */
export function findScenario(id) {
    return SCENARIOS.find((scenario) => scenario.id === id) ?? SCENARIOS[0];
}

/**
 * Answers one Apex call of the component in this scenario. Throws (and so rejects the call) with the
 * fixture's error, like an AuraHandledException reaches the component.
 * @param {Scenario} scenario
 * @param {string} method `Class.method`
 * @param {Record<string, unknown>} params
 */
export function answerApex(scenario, method, params) {
    const loginStatus = answerLoginStatus(scenario.loginStatus, method, params);
    if (loginStatus) {
        return loginStatus.answer;
    }
    if (method === CONTEXT_METHOD) {
        return scenario.context;
    }
    if (method === ENABLE_METHOD && scenario.enable?.error) {
        throw fixture(scenario.enable.error);
    }
    if (method === ENABLE_METHOD && scenario.enable?.result) {
        return fixture(scenario.enable.result);
    }
    throw {
        status: 500,
        body: {
            message: `The preview scenario "${scenario.label}" has no answer for Apex ${method} (${JSON.stringify(params)}).`
        }
    };
}
