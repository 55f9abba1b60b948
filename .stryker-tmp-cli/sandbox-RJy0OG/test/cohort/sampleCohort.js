/**
 * A deterministic sample cohort for the Jest tests of `studentCohort` and the browser preview, built from the recipe
 * force-app/main/default/lwc/studentCohort/__tests__/data/sampleCohort.json. It answers the four Apex methods of
 * StudentCohortController the way the service would for those students.
 */
// @ts-nocheck


/**
 * @typedef {object} SampleRecipe
 * @property {number} size
 * @property {string} idPrefix
 * @property {number} idDigits
 * @property {string} idSuffix
 * @property {string[]} firstNames
 * @property {string[]} lastNames
 * @property {string} emailDomain
 * @property {number} blockEvery
 * @property {string} blockedCode
 * @property {string} blockedMessage the message of a blocked student ({0} the name), ending with blockedFix
 * @property {string} blockedFix its fix, the result's errorFix
 * @property {{ every: number, at: number, code: string, message: string, fix: string }} [siteBlocked] blocked students
 *   (index % every === at) that fail login readiness instead, on profileId
 * @property {number} reactivateEvery
 * @property {number} alreadyEnabledEvery
 * @property {number} ownerWithoutRoleEvery
 * @property {string} ownerName
 * @property {string} roleName
 * @property {string} licenseKey
 * @property {string} usernameSuffix
 */

/**
 * @param {SampleRecipe} recipe
 * @param {number} index from 1
 * @returns {string} an 18-character Contact id
 */
export function sampleContactId(recipe, index) {
    return recipe.idPrefix + String(index).padStart(recipe.idDigits, '0') + recipe.idSuffix;
}

/**
 * @param {SampleRecipe} recipe
 * @param {string} contactId
 * @returns {number} the index, or 0 when the id is not one of the sample's
 */
function indexOf(recipe, contactId) {
    const digits = contactId.slice(recipe.idPrefix.length, recipe.idPrefix.length + recipe.idDigits);
    const index = Number(digits);
    return contactId === sampleContactId(recipe, index) && index >= 1 && index <= recipe.size ? index : 0;
}

/**
 * @param {SampleRecipe} recipe
 * @param {number} index
 */
function student(recipe, index) {
    const first = recipe.firstNames[index % recipe.firstNames.length];
    const last = recipe.lastNames[index % recipe.lastNames.length];
    const email = `${first}.${last}.${index}${recipe.emailDomain}`.toLowerCase();
    return {
        contactId: sampleContactId(recipe, index),
        name: `${first} ${last} ${index}`,
        email,
        accountName: `${first} ${last} ${index} Administrative Account`,
        entry: email
    };
}

/**
 * The students of the sample, in order.
 * @param {SampleRecipe} recipe
 * @returns {ReturnType<typeof student>[]}
 */
export function sampleStudents(recipe) {
    return Array.from({ length: recipe.size }, (_, position) => student(recipe, position + 1));
}

/**
 * What kind of student an index is.
 * @param {SampleRecipe} recipe
 * @param {number} index
 * @returns {'blocked' | 'alreadyEnabled' | 'reactivate' | 'create'}
 */
export function sampleKind(recipe, index) {
    if (index % recipe.blockEvery === 0) {
        return 'blocked';
    }
    if (index % recipe.alreadyEnabledEvery === 0) {
        return 'alreadyEnabled';
    }
    return index % recipe.reactivateEvery === 0 ? 'reactivate' : 'create';
}

/**
 * @param {SampleRecipe} recipe
 * @param {string} contactId
 * @param {boolean} validateOnly
 * @returns {Record<string, unknown>} a StudentUserResult
 */
export function sampleResult(recipe, contactId, validateOnly) {
    const index = indexOf(recipe, contactId);
    if (index === 0) {
        return {
            contactId,
            status: 'FAILED',
            plannedAction: 'NONE',
            ownerRoleAssigned: false,
            errorCode: 'CONTACT_NOT_FOUND',
            errorField: 'contactId',
            message: `No contact with id ${contactId}. Check the id and your sharing access to the contact.`,
            errorFix: 'Check the id and your sharing access to the contact.',
            permissionSetsAssigned: []
        };
    }
    const { name, email } = student(recipe, index);
    const kind = sampleKind(recipe, index);
    const userId = `0055g0000${String(index).padStart(6, '0')}AAA`;
    const ownerNeedsRole = index % recipe.ownerWithoutRoleEvery === 0;
    const base = {
        contactId,
        plannedAction: kind === 'reactivate' ? 'REACTIVATE' : kind === 'create' ? 'CREATE' : 'NONE',
        username: email + recipe.usernameSuffix,
        licenseKey: recipe.licenseKey,
        ownerId: `0055g0000Own${String(index % recipe.ownerWithoutRoleEvery).padStart(3, '0')}AAA`,
        ownerName: recipe.ownerName,
        ownerRoleAssigned: false,
        permissionSetsAssigned: []
    };
    const site = recipe.siteBlocked;
    if (kind === 'blocked' && site && index % site.every === site.at) {
        return {
            ...base,
            status: 'FAILED',
            errorCode: site.code,
            errorField: 'profileId',
            message: site.message.replace('{0}', name),
            errorFix: site.fix
        };
    }
    if (kind === 'blocked') {
        return {
            ...base,
            status: 'FAILED',
            errorCode: recipe.blockedCode,
            errorField: 'contactId',
            message: recipe.blockedMessage.replace('{0}', name),
            errorFix: recipe.blockedFix
        };
    }
    if (kind === 'alreadyEnabled') {
        return { ...base, status: 'ALREADY_ENABLED', userId };
    }
    const role = ownerNeedsRole ? { ownerRoleAssigned: true, ownerRoleName: recipe.roleName } : {};
    if (validateOnly) {
        return { ...base, ...role, status: 'VALID', userId: kind === 'reactivate' ? userId : undefined };
    }
    return { ...base, ...role, status: kind === 'reactivate' ? 'REACTIVATED' : 'CREATED', userId };
}
