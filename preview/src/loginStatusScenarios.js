import { bundleFixtures } from 'preview:fixtures';

/**
 * The login status view (c-student-user-login-status, inside the form when the student already has a portal user)
 * in the preview: its two Apex methods answered from the Jest fixtures of studentUserLoginStatus/__tests__/data, so
 * the preview and Jest cannot drift. An action answers its outcome fixture and the outcome's status becomes the
 * status of the rest of the visit, as the org would read it again (resetLoginStatus starts each scenario afresh).
 */

const COMPONENT = 'studentUserLoginStatus';
export const STATUS_METHOD = 'StudentLoginStatusController.getLoginStatus';
export const ACTION_METHOD = 'StudentLoginStatusController.runLoginAction';

/** The outcome fixture of each action, unless the scenario names another. */
const DEFAULT_OUTCOMES = Object.freeze({
    UNFREEZE: 'unfreezeOutcome',
    SEND_LOGIN_LINK: 'sendLoginLinkOutcome',
    REACTIVATE: 'reactivateOutcome',
    FREEZE: 'freezeOutcome',
    DEACTIVATE: 'deactivateOutcome'
});

/**
 * @param {string} name file name without .json
 * @returns {any}
 */
export function loginFixture(name) {
    const fixtures = bundleFixtures[COMPONENT] ?? {};
    if (!(name in fixtures)) {
        throw new Error(
            `Fixture ${name}.json is missing from ${COMPONENT}/__tests__/data (found: ${Object.keys(fixtures).join(', ')}).`
        );
    }
    return fixtures[name];
}

/** @type {Map<string, unknown>} the status after the last action of this visit, by contact (the cohort page has many) */
const current = new Map();

/** A new scenario starts from its own status fixture. */
export function resetLoginStatus() {
    current.clear();
}

/**
 * @typedef {object} LoginStatusAnswers
 * @property {string} status fixture answering getLoginStatus
 * @property {Record<string, string>} [outcomes] fixture answering runLoginAction, by action (a fixture with `body` is
 *   thrown, as a refusal)
 */

/**
 * Answers a call of the login status view, or returns undefined when the method is not one of its two.
 * @param {LoginStatusAnswers | undefined} answers the scenario's
 * @param {string} method
 * @param {Record<string, unknown>} params
 * @returns {{ answer: unknown } | undefined}
 */
export function answerLoginStatus(answers, method, params) {
    if (!answers || (method !== STATUS_METHOD && method !== ACTION_METHOD)) {
        return undefined;
    }
    const contactId = String(params.contactId);
    if (!contactId.startsWith('003')) {
        // As the org answers: the controller finds no Contact for another record's id (e.g. a person account's
        // Account id) and refuses with its JSON refusal (StudentUserRefusal), an AuraHandledException.
        throw {
            status: 500,
            body: {
                exceptionType: 'System.AuraHandledException',
                message: JSON.stringify({
                    code: 'CONTACT_NOT_FOUND',
                    field: 'contactId',
                    message: `No contact ${contactId}, or you cannot see it.`,
                    fix: 'Open the student from the Contact record.'
                })
            }
        };
    }
    if (method === STATUS_METHOD) {
        return { answer: current.get(contactId) ?? loginFixture(answers.status) };
    }
    const action = String(params.action);
    const name = answers.outcomes?.[action] ?? DEFAULT_OUTCOMES[/** @type {keyof typeof DEFAULT_OUTCOMES} */ (action)];
    const outcome = name ? loginFixture(name) : undefined;
    if (!outcome || 'body' in outcome) {
        throw outcome ?? { status: 500, body: { message: `The preview has no outcome for ${action}.` } };
    }
    current.set(contactId, outcome.status);
    return { answer: outcome };
}
