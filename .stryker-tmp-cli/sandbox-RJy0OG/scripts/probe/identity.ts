/**
 * Org probe questions of issue #15 (university identity, permission set licences): read-only queries, so each verdict
 * is a pure function of the rows the org returned, tested offline like the others in verdicts.ts.
 */
// @ts-nocheck

import type { Answer } from './types';

type Row = Record<string, unknown>;

export const IDENTITY_CLAIMS = {
    federationCase:
        'A SOQL filter on User.FederationIdentifier matches a value that differs only in case (the service looks taken Federation IDs up with one IN query)',
    educationLicence:
        'The org has the permission set licence "Education Cloud for Experience Cloud User", active and with seats left'
} as const;

/** The licence of issue #15 (platform notes, "Education Cloud"). */
export const EDUCATION_LICENCE_LABEL = 'Education Cloud for Experience Cloud User';

export const FEDERATION_CASE_ID = 'federation-id-soql-ignores-case';
export const EDUCATION_LICENCE_ID = 'education-cloud-psl';

/** Users that hold a Federation ID (a sample to test the case of the filter on). */
export const FEDERATION_SAMPLE_SOQL =
    'SELECT Id, FederationIdentifier FROM User WHERE FederationIdentifier != null ORDER BY CreatedDate LIMIT 50';

/** The permission set licences whose label starts like the Education Cloud one. */
export const EDUCATION_LICENCE_SOQL =
    "SELECT Id, DeveloperName, MasterLabel, Status, TotalLicenses, UsedLicenses FROM PermissionSetLicense WHERE MasterLabel LIKE 'Education Cloud%'";

/** The same text with the case of every letter swapped (`Ab1` → `aB1`). */
export function swapCase(value: string): string {
    return [...value].map((char) => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase())).join('');
}

/** The first sampled Federation ID whose swapped-case form differs from it, with its user, or undefined. */
export function caseSample(rows: readonly Row[]): { userId: string; value: string; swapped: string } | undefined {
    for (const row of rows) {
        const value = row.FederationIdentifier;
        if (typeof value === 'string' && typeof row.Id === 'string' && swapCase(value) !== value) {
            return { userId: row.Id, value, swapped: swapCase(value) };
        }
    }
    return undefined;
}

/** The query of the swapped-case value (quotes and backslashes escaped for SOQL). */
export function federationMatchSoql(swapped: string): string {
    return `SELECT Id, Username FROM User WHERE FederationIdentifier = '${swapped.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function answer(id: string, claim: string, verdict: Answer['verdict'], evidence: string, details?: unknown): Answer {
    return { id, claim, verdict, evidence, ...(details === undefined ? {} : { details }) };
}

/**
 * Confirmed when the swapped-case query returns the sampled user. Refuted: the service's IN query misses a case
 * variant, so in an org with "Make Federation ID case-insensitive" on a taken value is only refused by the platform at
 * insert (PLATFORM_ERROR instead of FEDERATION_ID_TAKEN); the service's own comparison is case-insensitive either way.
 */
export function federationCaseVerdict(sample: readonly Row[], matches: readonly Row[] | undefined): Answer {
    const claim = IDENTITY_CLAIMS.federationCase;
    const picked = caseSample(sample);
    if (!picked || matches === undefined) {
        return answer(
            FEDERATION_CASE_ID,
            claim,
            'could not test',
            'no user in this org has a Federation ID with letters (set one on a test user, then run the probe again)'
        );
    }
    const found = matches.some((row) => row.Id === picked.userId);
    return answer(
        FEDERATION_CASE_ID,
        claim,
        found ? 'confirmed' : 'refuted',
        `${picked.value} looked up as ${picked.swapped}: ${found ? 'found' : 'not found'} (${matches.length} row(s))`,
        { sampledUserId: picked.userId, matches }
    );
}

/** Confirmed with an Active licence with seats; the evidence gives the DeveloperName for Permission_Set_Licenses__c. */
export function educationLicenceVerdict(rows: readonly Row[]): Answer {
    const claim = IDENTITY_CLAIMS.educationLicence;
    if (rows.length === 0) {
        return answer(
            EDUCATION_LICENCE_ID,
            claim,
            'refuted',
            'no permission set licence labelled "Education Cloud…"',
            rows
        );
    }
    const described = rows.map((row) => {
        const left = Number(row.TotalLicenses ?? 0) - Number(row.UsedLicenses ?? 0);
        return {
            row,
            left,
            text: `${String(row.MasterLabel)} (${String(row.DeveloperName)}, ${String(row.Status)}, ${left} left)`
        };
    });
    const usable = described.some(
        ({ row, left }) => row.MasterLabel === EDUCATION_LICENCE_LABEL && row.Status === 'Active' && left > 0
    );
    return answer(
        EDUCATION_LICENCE_ID,
        claim,
        usable ? 'confirmed' : 'refuted',
        described.map(({ text }) => text).join('; '),
        rows
    );
}
