/** The org probe's vocabulary: one answer per question, and the JSON report. */
// @ts-nocheck


/** `confirmed`: the claim holds in this org; `refuted`: it does not; `could not test`: the probe could not tell. */
export type Verdict = 'confirmed' | 'refuted' | 'could not test';

export interface Answer {
    /** Stable id, e.g. `owner-role-then-portal-user`. */
    id: string;
    /** The claim the verdict is about, phrased so that `confirmed` means it holds. */
    claim: string;
    verdict: Verdict;
    /** The platform's exact message, or the numbers. */
    evidence: string;
    /** Raw data behind the verdict (the Apex result, query rows). */
    details?: unknown;
}

/** What kind of org the probe runs against; only sandboxes and scratch orgs are accepted. */
export interface OrgFacts {
    id?: string;
    name?: string;
    organizationType?: string;
    isSandbox: boolean;
    trialExpirationDate: string | null;
    /** The sf CLI knows the org as a scratch org (org display has a devHubId). */
    scratchPerCli: boolean;
}

export interface CleanupStep {
    name: string;
    ok: boolean;
    detail: string;
}

export interface ProbeReport {
    tool: 'org-probe';
    targetOrg: string;
    /** Tag of this run in usernames, emails and names (`spu-probe-<tag>-...`). */
    tag: string;
    startedAt: string;
    finishedAt: string;
    org: OrgFacts & { kind: string };
    setup: Record<string, unknown>;
    answers: Answer[];
    cleanup: CleanupStep[];
    /** What the probe cannot undo (users cannot be deleted; deleted records sit in the recycle bin). */
    leftovers: string[];
}
