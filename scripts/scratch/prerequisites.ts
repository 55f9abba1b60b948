/**
 * What an org must have BEFORE `npm run deploy` starts, read with SOQL through the sf runner. Each missing item is
 * listed with its fix, and the deploy does not start: a production deploy would otherwise fail late (Apex that names
 * Network does not compile without Digital Experiences) or in the tests (no custom Login profile).
 */
import * as commands from './commands';
import { PORTAL_LICENSE_KEYS } from './project';
import { summarizeSfFailure } from './sf';
import type { SfOutcome, SfRunner } from './sf';
import { runSfLogged, sfSucceeded, StepError } from './steps';
import type { Log, Step } from './steps';

/** The licence whose custom profile the Apex tests use (StudentUserTestFactory.LOGIN_LICENSE). */
export const TEST_PROFILE_LICENSE = 'PID_Customer_Community_Plus_Login';

const KEYS = PORTAL_LICENSE_KEYS.map((key) => `'${key}'`).join(', ');

export interface PrerequisiteVerdict {
    ok: boolean;
    detail: string;
}

export interface Prerequisite {
    title: string;
    soql: string;
    judge(outcome: SfOutcome): PrerequisiteVerdict;
    fix: string;
}

type Row = Record<string, unknown>;

function records(outcome: SfOutcome): Row[] {
    const result = outcome.json?.result as { records?: Row[] } | undefined;
    return result?.records ?? [];
}

function unreadable(outcome: SfOutcome): PrerequisiteVerdict {
    return { ok: false, detail: `could not be read: ${summarizeSfFailure(outcome, 3).split('\n').join(' ')}` };
}

/** Object Reference, "Network": available only when digital experiences are enabled (else INVALID_TYPE). */
export const DIGITAL_EXPERIENCES: Prerequisite = {
    title: 'Digital Experiences enabled',
    soql: 'SELECT Id, Name, Status FROM Network',
    judge(outcome) {
        if (!sfSucceeded(outcome)) {
            const text = `${outcome.json?.name ?? ''} ${outcome.json?.message ?? ''}`;
            if (/INVALID_TYPE|sObject type 'Network' is not supported/i.test(text)) {
                return { ok: false, detail: 'off (the Network object does not exist in this org)' };
            }
            return unreadable(outcome);
        }
        const sites = records(outcome);
        const live = sites.filter((site) => site.Status === 'Live').length;
        return { ok: true, detail: `on: ${sites.length} site(s), ${live} live` };
    },
    fix:
        'Setup > Digital Experiences > Settings: Enable Digital Experiences (choose a domain), then create the ' +
        "students' site. The product's Apex names Network and NetworkMemberGroup, which exist only once it is on."
};

export const PORTAL_LICENSE: Prerequisite = {
    title: 'A Customer Community Plus licence',
    soql:
        'SELECT Name, LicenseDefinitionKey, Status, TotalLicenses, UsedLicenses FROM UserLicense ' +
        `WHERE LicenseDefinitionKey IN (${KEYS})`,
    judge(outcome) {
        if (!sfSucceeded(outcome)) return unreadable(outcome);
        const usable = records(outcome).filter(
            (row) => row.Status === 'Active' && typeof row.TotalLicenses === 'number' && row.TotalLicenses > 0
        );
        if (usable.length === 0) return { ok: false, detail: `none of ${PORTAL_LICENSE_KEYS.join(', ')} in the org` };
        return {
            ok: true,
            detail: usable
                .map((row) => `${String(row.Name)}: ${Number(row.UsedLicenses)} of ${Number(row.TotalLicenses)} used`)
                .join('; ')
        };
    },
    fix:
        'the org needs Customer Community Plus or Customer Community Plus Login licences (Setup > Company ' +
        'Information > User Licenses); ask your Salesforce account executive for them.'
};

/** "Custom" from the profile's own permission set (IsOwnedByProfile, IsCustom): Profile has no IsCustom field. */
export const CUSTOM_STUDENT_PROFILE: Prerequisite = {
    title: 'A custom student profile of the Customer Community Plus Login licence (the Apex tests use it)',
    soql:
        'SELECT ProfileId, Profile.Name, Profile.UserLicense.LicenseDefinitionKey FROM PermissionSet ' +
        `WHERE IsOwnedByProfile = TRUE AND IsCustom = TRUE AND Profile.UserLicense.LicenseDefinitionKey IN (${KEYS}) ` +
        'ORDER BY Profile.Name',
    judge(outcome) {
        if (!sfSucceeded(outcome)) return unreadable(outcome);
        const rows = records(outcome);
        const profile = (row: Row): { Name?: string; UserLicense?: { LicenseDefinitionKey?: string } } =>
            row.Profile ?? {};
        const login = rows.filter((row) => profile(row).UserLicense?.LicenseDefinitionKey === TEST_PROFILE_LICENSE);
        if (login.length > 0) {
            return { ok: true, detail: login.map((row) => String(profile(row).Name)).join(', ') };
        }
        const others = rows.map((row) => String(profile(row).Name));
        return {
            ok: false,
            detail:
                others.length > 0
                    ? `only custom profiles of Customer Community Plus (${others.join(', ')}); the Apex tests need one of the Login licence`
                    : 'no custom profile of either licence (standard external profiles do not count)'
        };
    },
    fix:
        'Setup > Profiles: clone "Customer Community Plus Login User" (e.g. "Student Portal Login User") and add the ' +
        "clone to the site's members. The Apex tests take the first custom profile of that licence by name " +
        '(StudentUserTestFactory.customProfileId) and have no fallback: the platform refuses standard external ' +
        'profiles for new users.'
};

export const PREREQUISITES: readonly Prerequisite[] = [DIGITAL_EXPERIENCES, PORTAL_LICENSE, CUSTOM_STUDENT_PROFILE];

/**
 * Checks every prerequisite (all of them, not up to the first missing one), prints one line each and, for a missing
 * one, its fix; fails the step when any is missing or cannot be read, so the deploy never starts without them.
 */
export function prerequisitesStep<C extends { targetOrg: string }>(
    sf: SfRunner,
    log: Log,
    prerequisites: readonly Prerequisite[] = PREREQUISITES
): Step<C> {
    return {
        title: 'Check the org has what the product and its tests need, before deploying',
        run: async (context) => {
            const missing: string[] = [];
            for (const prerequisite of prerequisites) {
                const outcome = await runSfLogged(sf, log, commands.query(prerequisite.soql, context.targetOrg));
                const verdict = prerequisite.judge(outcome);
                log(`    ${verdict.ok ? 'ok     ' : 'MISSING'} ${prerequisite.title}: ${verdict.detail}`);
                if (!verdict.ok) {
                    log(`            Fix: ${prerequisite.fix}`);
                    missing.push(prerequisite.title);
                }
            }
            if (missing.length > 0) {
                throw new StepError(
                    `${missing.length} of ${prerequisites.length} prerequisite(s) missing, nothing was deployed:\n` +
                        missing.map((title) => `- ${title}`).join('\n'),
                    'do the fixes listed above, then run the same command again'
                );
            }
        }
    };
}
