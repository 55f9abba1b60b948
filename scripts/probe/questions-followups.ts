/**
 * The issue 20 follow-up questions. Those on the lifecycle user are built here and placed by questions-lifecycle.ts in
 * its run order (they read and change the same user); the bulk enable of 200 students is its own question, asked
 * after the staff questions.
 */
import type { Question, QuestionContext, Row } from './question';
import type { Answer } from './types';
import { couldNotTest, LICENCE_SOQL } from './verdicts';
import {
    bulkVerdict,
    contactAfterDisableVerdict,
    emailVerdict,
    FOLLOWUP_CLAIMS,
    FOLLOWUP_IDS,
    freeSeats,
    resetCostVerdict,
    resetFrozenVerdict,
    resetInactiveVerdict,
    seatVerdict
} from './verdicts-followups';

/** What the lifecycle questions share with the follow-ups. */
export interface LifecycleSteps {
    /** The lifecycle user's insert result and the licence rows around it (creates the user on first use). */
    user: () => Promise<{ insert: Row; seatsBefore: Row[]; seatsAfter: Row[] }>;
    /** One run of probe-lifecycle.apex; throws its failure. */
    step: (name: string) => Promise<Row>;
    /** The login link step and the disable step, each run once and shared with their own questions. */
    loginLink: () => Promise<Row>;
    disable: () => Promise<Row>;
}

type FollowupKey = keyof typeof FOLLOWUP_IDS;

function question(key: FollowupKey, ask: () => Promise<Answer>): Question {
    return { id: FOLLOWUP_IDS[key], claim: FOLLOWUP_CLAIMS[key], ask: async () => [await ask()] };
}

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** The follow-ups on the lifecycle user, by key; questions-lifecycle.ts places them in its run order. */
export function followupQuestions(steps: LifecycleSteps): Record<Exclude<FollowupKey, 'bulk'>, Question> {
    return {
        seats: question('seats', async () => {
            const made = await steps.user();
            return seatVerdict(made.insert, made.seatsBefore, made.seatsAfter);
        }),
        resetFrozen: question('resetFrozen', async () => {
            await steps.step('freeze');
            let reset: Row;
            try {
                reset = await steps.step('resetPassword');
            } finally {
                // Always unfreeze, so the next questions find the user as the product would.
                await steps.step('unfreeze');
            }
            return resetFrozenVerdict(reset);
        }),
        resetCost: question('resetCost', async () => resetCostVerdict(await steps.loginLink())),
        email: question('email', async () => {
            const made = await steps.user();
            const reactivate = await steps.step('reactivate');
            // Back to inactive for the next questions (reset of an inactive user, disable).
            await steps.step('deactivate');
            return emailVerdict(made.insert, reactivate);
        }),
        resetInactive: question('resetInactive', async () => resetInactiveVerdict(await steps.step('resetPassword'))),
        contactAfterDisable: question('contactAfterDisable', async () => {
            const disable = await steps.disable();
            let later: Row;
            try {
                later = await steps.step('readBack');
            } catch (error) {
                later = { error: message(error) };
            }
            return contactAfterDisableVerdict(disable, later);
        })
    };
}

/** How many students the bulk question enables in one call (the action's maximum). */
export const BULK_COUNT = 200;
/** A contact of setup 2: present only when both setup runs worked. */
const BULK_SETUP_CONTACT = 'life';
/** The product's default licence (Student_User_Settings.Default): the bulk users take its seats. */
export const BULK_LICENCE = 'PID_Customer_Community_Plus_Login';

/** One real enable of 200 students on 200 accounts; skipped without creating anything when seats are short. */
export function bulkQuestion(ctx: QuestionContext): Question {
    return question('bulk', async () => {
        // The accounts' owner is the running user, who has a role only once setup 1 ran (throws its failure).
        ctx.contact(BULK_SETUP_CONTACT);
        const free = freeSeats(await ctx.query(LICENCE_SOQL), BULK_LICENCE);
        if (free === undefined || free < BULK_COUNT) {
            return couldNotTest(
                FOLLOWUP_IDS.bulk,
                FOLLOWUP_CLAIMS.bulk,
                `${BULK_LICENCE} has ${free ?? 'no'} free seat(s), ${BULK_COUNT} needed: nothing was created`
            );
        }
        const data = await ctx.apex('bulkData', { tag: ctx.tag, count: BULK_COUNT });
        if (!data.ok) throw new Error(`the ${BULK_COUNT} accounts and contacts were not created: ${data.failure}`);
        ctx.log(`    enabling ${BULK_COUNT} students in one call (the users stay, deactivated by the cleanup)`);
        const run = await ctx.apex('bulkEnable', {
            tag: ctx.tag,
            licenceKey: BULK_LICENCE,
            contactIds: data.result.contactIds
        });
        return bulkVerdict(run.ok ? run.result : run.failure, BULK_COUNT);
    });
}
