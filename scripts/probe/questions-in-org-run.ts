/**
 * The in-org run questions (issue #24): ONE real ENABLE run of IN_ORG_COUNT students (probe-bulk-data.apex, marker r)
 * started with the product's StudentUserRunService and carried out by the org's own queue, polled from its run record
 * until it ends (at most RUN_WAIT_MS), then read once (probe-in-org-run.apex) and answered four ways: the real time
 * per 200 role-based users, where CPU runs out, whether locking appears, the executions a job costs. Skipped, creating
 * nothing, when the licence has too few seats. The run record is deleted by a cleanup of its own; the users stay,
 * deactivated by the standard cleanup.
 */
import type { Question, QuestionContext, Row } from './question';
import type { Answer } from './types';
import { BULK_LICENCE } from './questions-followups';
import { couldNotTest, LICENCE_SOQL } from './verdicts';
import { freeSeats } from './verdicts-followups';
import {
    cpuVerdict,
    executionsVerdict,
    IN_ORG_CLAIMS,
    IN_ORG_COUNT,
    IN_ORG_IDS,
    lockingVerdict,
    timeVerdict
} from './verdicts-in-org-run';
import type { RunRead } from './verdicts-in-org-run';

/** How long the probe waits for the run to end. */
export const RUN_WAIT_MS = 20 * 60 * 1000;
/** Between two polls of the run record. */
export const POLL_MS = 15 * 1000;
/** A contact of setup 2: present only when both setup runs worked (the accounts' owner then has a role). */
const SETUP_CONTACT = 'life';
const ACTIVE = ['QUEUED', 'RUNNING', 'CANCELLING'];

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** Starts the run, waits for its end and reads it; a string says why there is no run to read. */
async function runOnce(ctx: QuestionContext): Promise<RunRead | string> {
    ctx.contact(SETUP_CONTACT);
    const free = freeSeats(await ctx.query(LICENCE_SOQL), BULK_LICENCE);
    if (free === undefined || free < IN_ORG_COUNT) {
        return `${BULK_LICENCE} has ${free ?? 'no'} free seat(s), ${IN_ORG_COUNT} needed: nothing was created`;
    }
    const data = await ctx.apex('bulkData', { tag: ctx.tag, count: IN_ORG_COUNT, marker: 'r' });
    if (!data.ok) return `the ${IN_ORG_COUNT} accounts and contacts were not created: ${data.failure}`;
    const started = await ctx.apex('inOrgRun', { mode: 'start', contactIds: data.result.contactIds });
    if (!started.ok) return `the run did not start: ${started.failure}`;
    const runId = String(started.result.runId);
    ctx.extraCleanup.push({
        name: `delete the in-org run ${runId}`,
        script: 'inOrgRun',
        input: { mode: 'delete', runId }
    });
    ctx.log(`    in-org run ${String(started.result.name)} of ${IN_ORG_COUNT} students started; waiting for its end`);
    for (let waited = 0; waited < RUN_WAIT_MS; waited += POLL_MS) {
        const rows: Row[] = await ctx.query(`SELECT Status__c, Jobs__c FROM Student_User_Run__c WHERE Id = '${runId}'`);
        if (rows.length === 0 || !ACTIVE.includes(String(rows[0].Status__c))) break;
        await ctx.sleep(POLL_MS);
    }
    const read = await ctx.apex('inOrgRun', { mode: 'read', runId });
    if (!read.ok) return `the run could not be read: ${read.failure}`;
    return { ...(read.result as RunRead), asyncUsedBefore: started.result.asyncUsedBefore as number | undefined };
}

/** The four questions, answering from one shared run (started by the first asked). */
export function inOrgRunQuestions(ctx: QuestionContext): Question[] {
    let shared: Promise<RunRead | string> | undefined;
    const run = (): Promise<RunRead | string> => {
        shared ??= runOnce(ctx).catch((error: unknown) => message(error));
        return shared;
    };
    const question = (key: keyof typeof IN_ORG_IDS, verdict: (read: RunRead | string) => Answer): Question => ({
        id: IN_ORG_IDS[key],
        claim: IN_ORG_CLAIMS[key],
        ask: async () => {
            const read = await run();
            return [typeof read === 'string' ? couldNotTest(IN_ORG_IDS[key], IN_ORG_CLAIMS[key], read) : verdict(read)];
        }
    });
    return [
        question('time', timeVerdict),
        question('cpu', cpuVerdict),
        question('locking', lockingVerdict),
        question('executions', executionsVerdict)
    ];
}
