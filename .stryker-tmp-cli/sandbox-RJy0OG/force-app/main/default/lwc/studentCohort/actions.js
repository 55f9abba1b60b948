/**
 * Which actions the cohort page offers: Enable (the default) with Enable_Student_Users, the lifecycle actions with
 * Manage_Student_Users, and Disable only with Disable_Student_Users too (StudentCohortController.getCohortAccess).
 */
// @ts-nocheck


/** @typedef {import('@salesforce/apex/StudentCohortController.getCohortAccess').CohortAccess} CohortAccess */
/** @typedef {{ value: string, label: string, description: string }} ActionOption */

export const ENABLE = 'ENABLE';
/** The lifecycle actions every Manage_Student_Users holder is offered, in order. */
export const LIFECYCLE_ACTIONS = Object.freeze(['DEACTIVATE', 'FREEZE', 'UNFREEZE', 'SEND_LOGIN_LINK', 'REACTIVATE']);
export const DISABLE = 'DISABLE';

/**
 * The access as the page uses it; before it is known (or when it cannot be read), enabling only, as before the
 * lifecycle mode existed: every Apex method still checks its own permission.
 * @param {Partial<CohortAccess> | null | undefined} data
 * @returns {CohortAccess}
 */
export function normalizeAccess(data) {
    return {
        canEnable: data ? data.canEnable === true : true,
        canManage: data?.canManage === true,
        canDisable: data?.canManage === true && data.canDisable === true,
        maxStudentsPerCall: data?.maxStudentsPerCall ?? 200
    };
}

/**
 * @param {CohortAccess} access
 * @param {Record<string, string>} labels ACTION_LABELS
 * @returns {ActionOption[]}
 */
export function actionOptions(access, labels) {
    const values = [
        ...(access.canEnable ? [ENABLE] : []),
        ...(access.canManage ? LIFECYCLE_ACTIONS : []),
        ...(access.canDisable ? [DISABLE] : [])
    ];
    return values.map((value) => ({ value, label: labels[value], description: labels[`${value}_HELP`] }));
}
