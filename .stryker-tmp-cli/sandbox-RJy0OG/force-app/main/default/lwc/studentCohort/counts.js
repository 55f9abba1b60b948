/**
 * The counts shown above the table and the licences left versus needed.
 */
// @ts-nocheck

import { isReady, latestResult } from './cohortModel';

/** @typedef {import('./cohortModel').CohortRow} CohortRow */
/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextLicense} License */

/**
 * @typedef {object} CohortCounts
 * @property {number} total students selected
 * @property {number} checked students with a result
 * @property {number} ready ready to be created (check passed, CREATE)
 * @property {number} willReactivate ready to be reactivated (check passed, REACTIVATE)
 * @property {number} alreadyEnabled already had an active portal user
 * @property {number} blocked the check failed
 * @property {number} ownerRoles distinct account owners that will be (or were) given a role
 * @property {number} created portal users created
 * @property {number} reactivated portal users reactivated
 * @property {number} failed the enable failed
 * @property {number} notSent ready students a cancelled run never sent
 */

/**
 * @param {readonly CohortRow[]} rows
 * @returns {CohortCounts}
 */
export function countRows(rows) {
    /** @type {CohortCounts} */
    const counts = {
        total: rows.length,
        checked: 0,
        ready: 0,
        willReactivate: 0,
        alreadyEnabled: 0,
        blocked: 0,
        ownerRoles: 0,
        created: 0,
        reactivated: 0,
        failed: 0,
        notSent: 0
    };
    const owners = new Set();
    for (const row of rows) {
        const result = latestResult(row);
        if (!result) {
            continue;
        }
        counts.checked++;
        if (result.ownerRoleAssigned && result.ownerId) {
            owners.add(result.ownerId);
        }
        if (row.notSent) {
            counts.notSent++;
        }
        if (row.outcome) {
            if (row.outcome.status === 'CREATED') {
                counts.created++;
            } else if (row.outcome.status === 'REACTIVATED') {
                counts.reactivated++;
            } else if (row.outcome.status === 'ALREADY_ENABLED') {
                counts.alreadyEnabled++;
            } else {
                counts.failed++;
            }
        } else if (result.status === 'VALID') {
            if (result.plannedAction === 'REACTIVATE') {
                counts.willReactivate++;
            } else {
                counts.ready++;
            }
        } else if (result.status === 'ALREADY_ENABLED') {
            counts.alreadyEnabled++;
        } else {
            counts.blocked++;
        }
    }
    counts.ownerRoles = owners.size;
    return counts;
}

/**
 * @typedef {object} LicenseNeed
 * @property {string} key LicenseDefinitionKey
 * @property {string} name licence name
 * @property {number} left seats left now (the loaded count minus the seats this page has used since)
 * @property {number} needed seats the students still to enable need
 * @property {boolean} short true when fewer seats are left than needed
 */

/**
 * Seats left versus needed per licence that is in use: ready students (check passed, not yet enabled) need one seat
 * each, on the licence of their check result.
 * @param {readonly CohortRow[]} rows
 * @param {readonly License[]} licenses as loaded with the context
 * @returns {LicenseNeed[]} one entry per licence with a need or a seat used here, in the licences' order
 */
export function licenseNeeds(rows, licenses) {
    /** @type {Map<string, number>} */
    const needed = new Map();
    /** @type {Map<string, number>} */
    const used = new Map();
    for (const row of rows) {
        if (isReady(row) && row.check?.licenseKey) {
            const key = row.check.licenseKey;
            needed.set(key, (needed.get(key) ?? 0) + 1);
        }
        const status = row.outcome?.status;
        if ((status === 'CREATED' || status === 'REACTIVATED') && row.outcome?.licenseKey) {
            const key = row.outcome.licenseKey;
            used.set(key, (used.get(key) ?? 0) + 1);
        }
    }
    return licenses
        .filter((license) => needed.has(license.key) || used.has(license.key))
        .map((license) => {
            const left = Math.max(0, license.available - (used.get(license.key) ?? 0));
            const need = needed.get(license.key) ?? 0;
            return { key: license.key, name: license.name, left, needed: need, short: left < need };
        });
}
