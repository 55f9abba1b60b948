/**
 * The lifecycle and run record questions. They share one committed portal user (contact `life` of the setup, username
 * `spu-probe-<tag>-life@example.com`), created by the first question that needs it. Order: the run record first (a
 * harmless Title update on the active user), then freeze and unfreeze, the login link, deactivate and disable: the
 * order of docs/scratch.md, after which the cleanup has little left to do for this user. The issue 20 follow-ups
 * (questions-followups.ts) slot in between: seats after the insert, a reset of the frozen user between a freeze and an
 * unfreeze, a reactivation (and deactivation again) after the deactivation, a reset of the inactive user, and the
 * ContactId read again after the disable.
 */
import { followupQuestions } from './questions-followups';
import type { LifecycleSteps } from './questions-followups';
import type { Question, QuestionContext, Row } from './question';
import { LICENCE_SOQL } from './verdicts';
import {
    committedUserProblem,
    deactivateVerdict,
    disableVerdict,
    freezeVerdict,
    LIFECYCLE_CLAIMS,
    LIFECYCLE_IDS,
    loginLinkVerdict,
    runLogJobSoql,
    runRecordSoql,
    runRecordVerdict
} from './verdicts-lifecycle';
import type { RunRecordPoll } from './verdicts-lifecycle';

/** The setup's contact of the lifecycle user (probe-setup-data.apex). */
export const LIFECYCLE_CONTACT = 'life';

/** How often and how far apart the probe looks for the run record (bounded: at most ~10 s of waiting). */
export const RUN_RECORD_POLLS = 6;
export const RUN_RECORD_POLL_MS = 2000;

interface LifecycleUser {
    userId: string;
    contactId: string;
    /** The committedUser result (licence, email signals) and the licence rows read before and after it. */
    insert: Row;
    seatsBefore: Row[];
    seatsAfter: Row[];
}

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

async function seatRows(ctx: QuestionContext): Promise<Row[]> {
    try {
        return await ctx.query(LICENCE_SOQL);
    } catch {
        return [];
    }
}

async function createUser(ctx: QuestionContext): Promise<LifecycleUser> {
    const contactId = ctx.contact(LIFECYCLE_CONTACT);
    const seatsBefore = await seatRows(ctx);
    const result = await ctx.portalUser('committedUser', { contactId, suffix: LIFECYCLE_CONTACT });
    const problem = committedUserProblem(result);
    if (problem) throw new Error(problem);
    const seatsAfter = await seatRows(ctx);
    return { userId: String((result.insert as Row).id), contactId, insert: result, seatsBefore, seatsAfter };
}

/** The five questions and the follow-ups, in run order. */
export function lifecycleQuestions(ctx: QuestionContext): Question[] {
    let created: Promise<LifecycleUser> | undefined;
    const user = (): Promise<LifecycleUser> => (created ??= createUser(ctx));
    const lifecycleStep = async (name: string): Promise<Row> => {
        const run = await ctx.apex('lifecycle', { step: name, userId: (await user()).userId });
        if (!run.ok) throw new Error(run.failure);
        return run.result;
    };
    // Steps whose result a follow-up reads again (run once).
    const memo = new Map<string, Promise<Row>>();
    const once = (name: string): Promise<Row> => {
        let result = memo.get(name);
        if (!result) {
            result = lifecycleStep(name);
            memo.set(name, result);
        }
        return result;
    };
    const steps: LifecycleSteps = {
        user: async () => {
            const made = await user();
            return { insert: made.insert, seatsBefore: made.seatsBefore, seatsAfter: made.seatsAfter };
        },
        step: lifecycleStep,
        loginLink: () => once('resetPassword'),
        disable: () => once('disable')
    };
    const followups = followupQuestions(steps);
    return [
        {
            id: LIFECYCLE_IDS.runRecord,
            claim: LIFECYCLE_CLAIMS.runRecord,
            ask: async () => [await askRunRecord(ctx, await user())]
        },
        followups.seats,
        {
            id: LIFECYCLE_IDS.freeze,
            claim: LIFECYCLE_CLAIMS.freeze,
            ask: async () => {
                const freeze = await lifecycleStep('freeze');
                // Always unfreeze, so the next questions find the user as the product would: not frozen.
                let unfreeze: Row;
                try {
                    unfreeze = await lifecycleStep('unfreeze');
                } catch (error) {
                    unfreeze = { error: message(error) };
                }
                return [freezeVerdict(freeze, unfreeze)];
            }
        },
        followups.resetFrozen,
        {
            id: LIFECYCLE_IDS.loginLink,
            claim: LIFECYCLE_CLAIMS.loginLink,
            ask: async () => [loginLinkVerdict(await steps.loginLink())]
        },
        followups.resetCost,
        {
            id: LIFECYCLE_IDS.deactivate,
            claim: LIFECYCLE_CLAIMS.deactivate,
            ask: async () => [deactivateVerdict(await lifecycleStep('deactivate'))]
        },
        followups.email,
        followups.resetInactive,
        {
            id: LIFECYCLE_IDS.disable,
            claim: LIFECYCLE_CLAIMS.disable,
            ask: async () => [disableVerdict(await steps.disable())]
        },
        followups.contactAfterDisable
    ];
}

async function askRunRecord(ctx: QuestionContext, user: LifecycleUser) {
    const run = await ctx.apex('runLog', { tag: ctx.tag, userId: user.userId, contactId: user.contactId });
    if (!run.ok) throw new Error(run.failure);
    // The script compiled, so the product's run objects exist: the cleanup deletes this run's records.
    ctx.extraCleanup.push({
        name: "delete the probe's run records (Student_User_Run__c, Action__c PROBE)",
        script: 'cleanupRuns',
        input: {}
    });
    const result = run.result;
    const poll: RunRecordPoll = { runs: [], waitedSeconds: 0 };
    const enqueued = result.enqueued === true && Number(result.queueableJobsAfter) > Number(result.queueableJobsBefore);
    if (!enqueued) return runRecordVerdict(result, poll);
    ctx.log(`    looking for the run record (up to ${RUN_RECORD_POLLS} queries, ${RUN_RECORD_POLL_MS / 1000} s apart)`);
    for (let attempt = 1; attempt <= RUN_RECORD_POLLS; attempt++) {
        poll.runs = await ctx.query(runRecordSoql(ctx.tag));
        if (poll.runs.length > 0 || attempt === RUN_RECORD_POLLS) break;
        await ctx.sleep(RUN_RECORD_POLL_MS);
        poll.waitedSeconds += RUN_RECORD_POLL_MS / 1000;
    }
    if (poll.runs.length === 0) {
        ctx.leftovers.push(
            `The run record of this run was not written while the probe waited: if it appears later, delete the Student_User_Run__c rows with Action__c = 'PROBE'.`
        );
        try {
            poll.jobs = await ctx.query(runLogJobSoql(String(result.startedAt)));
        } catch (error) {
            poll.jobsFailure = message(error);
        }
    }
    return runRecordVerdict(result, poll);
}
