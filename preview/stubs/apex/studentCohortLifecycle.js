import lifecycleBlank from '@salesforce/label/c.SPU_Lifecycle_Blank';
import lifecycleInvalidAction from '@salesforce/label/c.SPU_Lifecycle_Invalid_Action';
import lifecycleInvalidActionFix from '@salesforce/label/c.SPU_Lifecycle_Invalid_Action_Fix';
import lifecycleInvalidId from '@salesforce/label/c.SPU_Lifecycle_Invalid_Id';
import lifecycleInvalidIdFix from '@salesforce/label/c.SPU_Lifecycle_Invalid_Id_Fix';
import lifecycleContactNotFound from '@salesforce/label/c.SPU_Lifecycle_Contact_Not_Found';
import lifecycleContactNotFoundFix from '@salesforce/label/c.SPU_Lifecycle_Contact_Not_Found_Fix';
import lifecycleNotAPortalUser from '@salesforce/label/c.SPU_Lifecycle_Not_A_Portal_User';
import lifecycleNotAPortalUserFix from '@salesforce/label/c.SPU_Lifecycle_Not_A_Portal_User_Fix';
import lifecycleAlreadyInactive from '@salesforce/label/c.SPU_Lifecycle_Already_Inactive';
import lifecycleAlreadyInactiveFix from '@salesforce/label/c.SPU_Lifecycle_Already_Inactive_Fix';
import lifecycleAlreadyActive from '@salesforce/label/c.SPU_Lifecycle_Already_Active';
import lifecycleAlreadyActiveFix from '@salesforce/label/c.SPU_Lifecycle_Already_Active_Fix';
import lifecycleAlreadyFrozen from '@salesforce/label/c.SPU_Lifecycle_Already_Frozen';
import lifecycleAlreadyFrozenFix from '@salesforce/label/c.SPU_Lifecycle_Already_Frozen_Fix';
import lifecycleNotFrozen from '@salesforce/label/c.SPU_Lifecycle_Not_Frozen';
import lifecycleNotFrozenFix from '@salesforce/label/c.SPU_Lifecycle_Not_Frozen_Fix';
import lifecycleUserInactive from '@salesforce/label/c.SPU_Lifecycle_User_Inactive';
import lifecycleUserInactiveFix from '@salesforce/label/c.SPU_Lifecycle_User_Inactive_Fix';
import lifecycleProtectedUser from '@salesforce/label/c.SPU_Lifecycle_Protected_User';
import lifecycleProtectedUserFix from '@salesforce/label/c.SPU_Lifecycle_Protected_User_Fix';
import lifecycleDisableNotAllowed from '@salesforce/label/c.SPU_Lifecycle_Disable_Not_Allowed';
import lifecycleDisableNotAllowedFix from '@salesforce/label/c.SPU_Lifecycle_Disable_Not_Allowed_Fix';
import lifecycleDuplicateInBatch from '@salesforce/label/c.SPU_Lifecycle_Duplicate_In_Batch';
import lifecycleDuplicateInBatchFix from '@salesforce/label/c.SPU_Lifecycle_Duplicate_In_Batch_Fix';
import lifecyclePermissionDenied from '@salesforce/label/c.SPU_Lifecycle_Permission_Denied';
import lifecyclePermissionDeniedFix from '@salesforce/label/c.SPU_Lifecycle_Permission_Denied_Fix';
import cohortTheseStudents from '@salesforce/label/c.SPU_Cohort_These_Students';
import cohortTooManyStudents from '@salesforce/label/c.SPU_Cohort_Too_Many_Students';
import { createLifecycleService } from '../../../fixtures/cohort/sampleLifecycle';

/**
 * Preview stand-in for the lifecycle methods of StudentCohortController (checkLifecycle, manageStudents), over the
 * sample cohort, answered by the simulation of StudentLifecycleService in fixtures/cohort/sampleLifecycle.js (the one the
 * Jest tests use) with the real Custom Labels. The scenario (studentCohortLifecycle/__tests__/data/*.json) sets the
 * caller's access and the users' starting state. Like the real controller: no Manage_Student_Users, or more than 200
 * requests, refuse the whole call with the JSON {code, field, message, fix} of an AuraHandledException; validateOnly
 * is forced per method. Never deployed.
 */

/** The Custom Labels the simulation needs, by name. */
const TEXTS = Object.freeze({
    SPU_Lifecycle_Blank: lifecycleBlank,
    SPU_Lifecycle_Invalid_Action: lifecycleInvalidAction,
    SPU_Lifecycle_Invalid_Action_Fix: lifecycleInvalidActionFix,
    SPU_Lifecycle_Invalid_Id: lifecycleInvalidId,
    SPU_Lifecycle_Invalid_Id_Fix: lifecycleInvalidIdFix,
    SPU_Lifecycle_Contact_Not_Found: lifecycleContactNotFound,
    SPU_Lifecycle_Contact_Not_Found_Fix: lifecycleContactNotFoundFix,
    SPU_Lifecycle_Not_A_Portal_User: lifecycleNotAPortalUser,
    SPU_Lifecycle_Not_A_Portal_User_Fix: lifecycleNotAPortalUserFix,
    SPU_Lifecycle_Already_Inactive: lifecycleAlreadyInactive,
    SPU_Lifecycle_Already_Inactive_Fix: lifecycleAlreadyInactiveFix,
    SPU_Lifecycle_Already_Active: lifecycleAlreadyActive,
    SPU_Lifecycle_Already_Active_Fix: lifecycleAlreadyActiveFix,
    SPU_Lifecycle_Already_Frozen: lifecycleAlreadyFrozen,
    SPU_Lifecycle_Already_Frozen_Fix: lifecycleAlreadyFrozenFix,
    SPU_Lifecycle_Not_Frozen: lifecycleNotFrozen,
    SPU_Lifecycle_Not_Frozen_Fix: lifecycleNotFrozenFix,
    SPU_Lifecycle_User_Inactive: lifecycleUserInactive,
    SPU_Lifecycle_User_Inactive_Fix: lifecycleUserInactiveFix,
    SPU_Lifecycle_Protected_User: lifecycleProtectedUser,
    SPU_Lifecycle_Protected_User_Fix: lifecycleProtectedUserFix,
    SPU_Lifecycle_Disable_Not_Allowed: lifecycleDisableNotAllowed,
    SPU_Lifecycle_Disable_Not_Allowed_Fix: lifecycleDisableNotAllowedFix,
    SPU_Lifecycle_Duplicate_In_Batch: lifecycleDuplicateInBatch,
    SPU_Lifecycle_Duplicate_In_Batch_Fix: lifecycleDuplicateInBatchFix,
    SPU_Lifecycle_Permission_Denied: lifecyclePermissionDenied,
    SPU_Lifecycle_Permission_Denied_Fix: lifecyclePermissionDeniedFix,
    SPU_Cohort_These_Students: cohortTheseStudents,
    SPU_Cohort_Too_Many_Students: cohortTooManyStudents
});

/** Requests per checkLifecycle/manageStudents call (StudentUserService.MAX_REQUESTS, the one cap of both services). */
export const MAX_LIFECYCLE_REQUESTS = 200;

/**
 * @param {string} name
 * @returns {string}
 */
function text(name) {
    const value = TEXTS[/** @type {keyof typeof TEXTS} */ (name)];
    if (value === undefined) {
        throw new Error(`The lifecycle preview has no text for the Custom Label ${name}.`);
    }
    return value;
}

/**
 * Apex String.format.
 * @param {string} template
 * @param {...unknown} values
 */
function format(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (match, index) =>
        Number(index) < values.length ? String(values[Number(index)]) : match
    );
}

/**
 * @param {string} code
 * @param {string} message
 * @param {string | null} fix
 */
function refusal(code, message, fix) {
    return { status: 500, body: { message: JSON.stringify({ code, field: null, message, fix }) }, headers: {} };
}

/**
 * A lifecycle scenario.
 * @typedef {object} LifecycleScenario
 * @property {{ canEnable: boolean, canManage: boolean, canDisable: boolean, maxStudentsPerCall: number }} access
 * @property {import('../../../fixtures/cohort/sampleLifecycle').LifecycleState} state
 */

/**
 * @param {import('../../../fixtures/cohort/sampleCohort').SampleRecipe} recipe
 * @param {LifecycleScenario} scenario
 * @returns {{ manage: (params: Record<string, unknown>, validateOnly: boolean) => Record<string, unknown>[] }}
 */
export function createLifecycleController(recipe, scenario) {
    const service = createLifecycleService(recipe, scenario.state, text, scenario.access);

    /**
     * @param {Record<string, unknown>} params
     * @param {boolean} validateOnly
     */
    function manage(params, validateOnly) {
        const requests = Array.isArray(params.requests) ? params.requests : [];
        if (!scenario.access.canManage) {
            const denied = format(text('SPU_Lifecycle_Permission_Denied'), text('SPU_Cohort_These_Students'));
            const fix = text('SPU_Lifecycle_Permission_Denied_Fix');
            throw refusal('PERMISSION_DENIED', `${denied} ${fix}`, fix);
        }
        const budget = scenario.access.maxStudentsPerCall ?? MAX_LIFECYCLE_REQUESTS;
        if (requests.length > budget) {
            throw refusal(
                'TOO_MANY_STUDENTS',
                format(text('SPU_Cohort_Too_Many_Students'), budget, requests.length),
                null
            );
        }
        return service.manage(requests, validateOnly);
    }

    return { manage };
}
