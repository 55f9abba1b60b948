/**
 * The org facts: the custom profiles of the licences (one query), and the program data model (one describe run of
 * scripts/apex/probe-org-schema.apex, which writes nothing). Person Accounts have their own questions
 * (person-accounts.ts).
 */
// @ts-nocheck

import type { Question, QuestionContext } from './question';
import { couldNotTest } from './verdicts';
import {
    CUSTOM_PROFILE_SOQL,
    customProfilesVerdict,
    ORG_FACT_CLAIMS,
    ORG_FACT_IDS,
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
        }
    ];
}
