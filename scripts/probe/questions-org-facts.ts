/**
 * The org facts: the custom profiles of the licences (one query), the program data model (one describe run of
 * scripts/apex/probe-org-schema.apex, which writes nothing), the portal users' UserType and the CLI's per-owner
 * portal account count (issue 15: what `student-users enable` relies on; read-only queries); the packaged run reports
 * (probe-reports.apex runs them, read-only); how the flow access the tab's Setup view reads is keyed (issue 22).
 * Person Accounts have their own questions (person-accounts.ts).
 */
import { ownerAccountsQuery } from '../student-users/org-facts';
import type { Question, QuestionContext } from './question';
import { couldNotTest } from './verdicts';
import { PACKAGED_DASHBOARD, PACKAGED_REPORTS, REPORTS_CLAIM, REPORTS_ID, reportsVerdict } from './verdicts-reports';
import {
    CUSTOM_PROFILE_SOQL,
    customProfilesVerdict,
    FLOW_DURABLE_ID_SOQL,
    flowAccessSoql,
    flowAccessVerdict,
    ORG_FACT_CLAIMS,
    ORG_FACT_IDS,
    ownerPortalAccountsVerdict,
    PORTAL_OWNER_SOQL,
    PORTAL_USER_TYPE_SOQL,
    portalOwnerOf,
    portalUserTypeVerdict,
    PROGRAM_MODELS,
    programDataVerdict
} from './verdicts-org-facts';

export function orgFactQuestions(ctx: QuestionContext): Question[] {
    return [
        {
            id: ORG_FACT_IDS.customProfiles,
            claim: ORG_FACT_CLAIMS.customProfiles,
            ask: async () => [customProfilesVerdict(await ctx.query(CUSTOM_PROFILE_SOQL))]
        },
        {
            id: 'org-schema',
            claim: 'org schema read with describe',
            ask: async () => {
                const run = await ctx.apex('orgSchema', { models: PROGRAM_MODELS });
                if (!run.ok) {
                    return [couldNotTest(ORG_FACT_IDS.programData, ORG_FACT_CLAIMS.programData, run.failure)];
                }
                return [programDataVerdict(run.result)];
            }
        },
        {
            id: ORG_FACT_IDS.portalUserType,
            claim: ORG_FACT_CLAIMS.portalUserType,
            ask: async () => [portalUserTypeVerdict(await ctx.query(PORTAL_USER_TYPE_SOQL))]
        },
        {
            id: ORG_FACT_IDS.ownerPortalAccounts,
            claim: ORG_FACT_CLAIMS.ownerPortalAccounts,
            ask: async () => {
                const ownerId = portalOwnerOf(await ctx.query(PORTAL_OWNER_SOQL));
                if (!ownerId) {
                    return [
                        couldNotTest(
                            ORG_FACT_IDS.ownerPortalAccounts,
                            ORG_FACT_CLAIMS.ownerPortalAccounts,
                            'no Customer Community Plus user with an account in this org'
                        )
                    ];
                }
                // The CLI's own query text (scripts/student-users/org-facts.ts), so the answer is about it.
                try {
                    return [ownerPortalAccountsVerdict(ownerId, await ctx.query(ownerAccountsQuery([ownerId])))];
                } catch (error) {
                    return [ownerPortalAccountsVerdict(ownerId, undefined, String((error as Error).message ?? error))];
                }
            }
        },
        {
            id: REPORTS_ID,
            claim: REPORTS_CLAIM,
            ask: async () => {
                const run = await ctx.apex('reports', {
                    reports: [...PACKAGED_REPORTS],
                    dashboard: PACKAGED_DASHBOARD
                });
                return [run.ok ? reportsVerdict(run.result) : couldNotTest(REPORTS_ID, REPORTS_CLAIM, run.failure)];
            }
        },
        {
            id: ORG_FACT_IDS.flowAccess,
            claim: ORG_FACT_CLAIMS.flowAccess,
            ask: async () => {
                const durableId = (await ctx.query(FLOW_DURABLE_ID_SOQL))[0]?.DurableId;
                if (typeof durableId !== 'string' || durableId === '') return [flowAccessVerdict(undefined, [])];
                return [flowAccessVerdict(durableId, await ctx.query(flowAccessSoql(durableId)))];
            }
        }
    ];
}
