/** The production guard: the probe creates users and data, so it runs only in a sandbox or a scratch org. */
// @ts-nocheck

import type { OrgFacts } from './types';

export interface OrgDecision {
    allowed: boolean;
    /** `sandbox`, `scratch org`, or `production` (refused). */
    kind: string;
    reason: string;
}

/** Accepts a sandbox (IsSandbox) or a scratch org (TrialExpirationDate set, or a devHubId in sf org display). */
export function decideOrg(facts: OrgFacts): OrgDecision {
    const seen = `IsSandbox=${facts.isSandbox}, TrialExpirationDate=${facts.trialExpirationDate ?? 'null'}, OrganizationType=${facts.organizationType ?? '?'}, scratch org per sf org display: ${facts.scratchPerCli ? 'yes' : 'no'}`;
    if (facts.isSandbox) return { allowed: true, kind: 'sandbox', reason: seen };
    if (facts.scratchPerCli || facts.trialExpirationDate) return { allowed: true, kind: 'scratch org', reason: seen };
    return {
        allowed: false,
        kind: 'production',
        reason: `refusing to probe a production org (${seen}): the probe inserts users and records. Run it against a sandbox or a scratch org.`
    };
}

interface OrganizationRow {
    Id?: string;
    Name?: string;
    IsSandbox?: boolean;
    TrialExpirationDate?: string | null;
    OrganizationType?: string;
}

/** OrgFacts from the Organization row and the `sf org display --json` result. */
export function orgFacts(row: OrganizationRow, display: unknown): OrgFacts {
    const devHubId =
        typeof display === 'object' && display !== null ? (display as { devHubId?: unknown }).devHubId : undefined;
    return {
        id: row.Id,
        name: row.Name,
        organizationType: row.OrganizationType,
        isSandbox: row.IsSandbox === true,
        trialExpirationDate: row.TrialExpirationDate ?? null,
        scratchPerCli: typeof devHubId === 'string' && devHubId !== ''
    };
}

export const ORGANIZATION_SOQL =
    'SELECT Id, Name, IsSandbox, TrialExpirationDate, OrganizationType FROM Organization LIMIT 1';
