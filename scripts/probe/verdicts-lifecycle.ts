/**
 * Verdicts of the lifecycle questions (freeze and unfreeze, login link, deactivate, disable: what
 * classes/service/StudentUserWriter relies on) and of the run record question (StudentUserRunLog.record after a
 * User update), over the PROBE_RESULT of scripts/apex/probe-lifecycle.apex and probe-run-log.apex and the rows of the
 * later queries. Pure functions, tested offline.
 */
import type { Answer } from './types';
import { answer, describeFailure, sceneProblem, show, step } from './verdicts';

type Row = Record<string, unknown>;

export const LIFECYCLE_IDS = {
    freeze: 'lifecycle-freeze-unfreeze',
    loginLink: 'lifecycle-login-link',
    deactivate: 'lifecycle-deactivate',
    disable: 'lifecycle-disable-clears-contact',
    runRecord: 'run-record-after-user-update'
} as const;

export const LIFECYCLE_CLAIMS = {
    freeze: 'Apex freezes and unfreezes an active portal user by updating UserLogin.IsFrozen (one transaction each)',
    loginLink: 'System.resetPassword(userId, true) succeeds for an active portal user',
    deactivate: 'Updating IsActive = false deactivates a portal user and keeps its ContactId',
    disable: 'Updating IsPortalEnabled = false from Apex disables a portal user and clears User.ContactId',
    runRecord:
        'StudentUserRunLog.record right after a User update enqueues its job, and the run is written with its items'
} as const;

/** Why the committed portal user of the lifecycle questions was not created, else undefined. */
export function committedUserProblem(userInsert: Row): string | undefined {
    const insert = step(userInsert.insert);
    const problem = sceneProblem(userInsert, insert);
    if (problem) return `the probe's portal user could not be created: ${problem}`;
    if (!insert?.ok || typeof insert.id !== 'string') {
        return `the probe's portal user could not be created: ${describeFailure(insert)}`;
    }
    return undefined;
}

function state(result: Row, key: 'before' | 'after'): Row {
    const value = result[key];
    return typeof value === 'object' && value !== null ? (value as Row) : {};
}

/** (a) `freeze` and `unfreeze` are the results of two runs of the lifecycle script, in that order. */
export function freezeVerdict(freeze: Row, unfreeze: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(LIFECYCLE_IDS.freeze, LIFECYCLE_CLAIMS.freeze, kind, evidence, { freeze, unfreeze });
    if (typeof freeze.error === 'string') return verdict('could not test', freeze.error);
    if (state(freeze, 'before').isActive !== true) {
        return verdict('could not test', `the probe's portal user is not active (${show(state(freeze, 'before'))})`);
    }
    if (freeze.loginRows === 0) {
        return verdict(
            'refuted',
            'the new portal user has no UserLogin row, so there is nothing to update (the product reports PLATFORM_ERROR for such students)'
        );
    }
    const frozen = step(freeze.update);
    if (!frozen?.ok) return verdict('refuted', `freeze: the UserLogin update failed: ${describeFailure(frozen)}`);
    if (freeze.frozenAfter !== true) {
        return verdict('refuted', `freeze: the update succeeded but IsFrozen reads ${show(freeze.frozenAfter)}`);
    }
    if (typeof unfreeze.error === 'string') {
        return verdict('could not test', `froze the user; the unfreeze could not run: ${unfreeze.error}`);
    }
    if (unfreeze.frozenBefore !== true) {
        return verdict(
            'refuted',
            `freeze: IsFrozen read true in its own transaction but ${show(unfreeze.frozenBefore)} in the next one`
        );
    }
    const thawed = step(unfreeze.update);
    if (!thawed?.ok) return verdict('refuted', `unfreeze: the UserLogin update failed: ${describeFailure(thawed)}`);
    if (unfreeze.frozenAfter !== false) {
        return verdict('refuted', `unfreeze: the update succeeded but IsFrozen reads ${show(unfreeze.frozenAfter)}`);
    }
    return verdict(
        'confirmed',
        `IsFrozen ${show(freeze.frozenBefore)} -> true (still true in the next transaction) -> false; the user stayed active`
    );
}

/** (b) The login link: one System.resetPassword(userId, true) on the active portal user. */
export function loginLinkVerdict(result: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(LIFECYCLE_IDS.loginLink, LIFECYCLE_CLAIMS.loginLink, kind, evidence, result);
    if (typeof result.error === 'string') return verdict('could not test', result.error);
    if (state(result, 'before').isActive !== true) {
        return verdict('could not test', "the probe's portal user is not active, so the question does not apply");
    }
    const reset = step(result.update);
    if (reset?.ok) {
        const emails = `OrgLimits SingleEmail use ${show(result.singleEmailBefore)} -> ${show(result.singleEmailAfter)} (updated asynchronously: an unchanged value proves nothing)`;
        return verdict(
            'confirmed',
            `System.resetPassword(userId, true) returned a ResetPasswordResult; Salesforce emailed the user's example.com address; ${emails}`
        );
    }
    return verdict('refuted', `System.resetPassword failed: ${describeFailure(reset)}`);
}

/** (c) Deactivation: IsActive = false, ContactId kept (reactivation relies on the link). */
export function deactivateVerdict(result: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(LIFECYCLE_IDS.deactivate, LIFECYCLE_CLAIMS.deactivate, kind, evidence, result);
    if (typeof result.error === 'string') return verdict('could not test', result.error);
    const before = state(result, 'before');
    const after = state(result, 'after');
    if (before.isActive !== true) return verdict('could not test', 'the probe user was already inactive');
    const update = step(result.update);
    if (!update?.ok) return verdict('refuted', `the User update failed: ${describeFailure(update)}`);
    if (after.isActive !== false) {
        return verdict('refuted', `the update succeeded but IsActive reads ${show(after.isActive)}`);
    }
    if (after.contactId !== before.contactId) {
        return verdict(
            'refuted',
            `deactivated, but ContactId changed from ${show(before.contactId, 'null')} to ${show(after.contactId, 'null')}`
        );
    }
    return verdict(
        'confirmed',
        `IsActive true -> false; ContactId kept (${show(after.contactId, 'null')}), IsPortalEnabled ${show(after.isPortalEnabled)}`
    );
}

/** (d) Disable: IsPortalEnabled = false clears ContactId (runs after deactivation: the user is inactive by then). */
export function disableVerdict(result: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(LIFECYCLE_IDS.disable, LIFECYCLE_CLAIMS.disable, kind, evidence, result);
    if (typeof result.error === 'string') return verdict('could not test', result.error);
    const before = state(result, 'before');
    const after = state(result, 'after');
    if (before.isPortalEnabled !== true) {
        return verdict('could not test', 'the probe user was not portal-enabled before the update');
    }
    const which = before.isActive === true ? 'an active user' : 'an inactive user';
    const update = step(result.update);
    if (!update?.ok) return verdict('refuted', `the User update on ${which} failed: ${describeFailure(update)}`);
    if (after.isPortalEnabled !== false) {
        return verdict('refuted', `the update succeeded but IsPortalEnabled reads ${show(after.isPortalEnabled)}`);
    }
    if (after.contactId !== null && after.contactId !== undefined) {
        return verdict(
            'refuted',
            `IsPortalEnabled true -> false on ${which}, but ContactId is still ${show(after.contactId)}`
        );
    }
    return verdict(
        'confirmed',
        `IsPortalEnabled true -> false on ${which}; ContactId ${show(before.contactId, 'null')} -> null`
    );
}

/** The item code that marks this run's run record (Student_User_Run_Item__c.Error_Code__c). */
export function runRecordCode(tag: string): string {
    if (!/^[a-z0-9]+$/.test(tag)) throw new Error(`the run tag must be lower-case letters and digits: ${tag}`);
    return `spu-probe-${tag}`;
}

/** The PROBE runs of this run, with their items (the item code carries the tag). */
export function runRecordSoql(tag: string): string {
    return `SELECT Id, Action__c, Student_Count__c, Succeeded__c, Failed__c, CreatedDate, (SELECT Id, Status__c, Error_Code__c, User_Id__c FROM Items__r) FROM Student_User_Run__c WHERE Action__c = 'PROBE' AND Id IN (SELECT Run__c FROM Student_User_Run_Item__c WHERE Error_Code__c = '${runRecordCode(tag)}')`;
}

/** The run log jobs since `startedAt` (an ISO date-time without fractions, as the script prints it). */
export function runLogJobSoql(startedAt: string): string {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(startedAt)) {
        throw new Error(`not a SOQL date-time: ${startedAt}`);
    }
    return `SELECT Id, Status, ExtendedStatus, NumberOfErrors, CreatedDate FROM AsyncApexJob WHERE ApexClass.Name = 'StudentUserRunLogJob' AND CreatedDate >= ${startedAt} ORDER BY CreatedDate DESC LIMIT 5`;
}

/** What the probe saw after the run: the runs found, how long it polled, the jobs when no run was found. */
export interface RunRecordPoll {
    runs: Row[];
    waitedSeconds: number;
    jobs?: Row[];
    jobsFailure?: string;
}

const PENDING_JOB = ['Holding', 'Queued', 'Preparing', 'Processing'];

function items(run: Row): Row[] {
    const children = run.Items__r as { records?: Row[] } | null | undefined;
    return Array.isArray(children?.records) ? children.records : [];
}

/** Question 2: `result` is the run-log script's PROBE_RESULT, `poll` what the later queries found. */
export function runRecordVerdict(result: Row, poll: RunRecordPoll): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(LIFECYCLE_IDS.runRecord, LIFECYCLE_CLAIMS.runRecord, kind, evidence, { result, poll });
    if (typeof result.error === 'string') return verdict('could not test', result.error);
    const userUpdate = step(result.userUpdate);
    if (!userUpdate?.ok) {
        return verdict('could not test', `the User update before record() failed: ${describeFailure(userUpdate)}`);
    }
    const jobs = `Limits.getQueueableJobs() ${show(result.queueableJobsBefore)} -> ${show(result.queueableJobsAfter)}`;
    if (typeof result.exception === 'string') {
        return verdict('refuted', `record() threw after the User update: ${describeFailure(result)}; ${jobs}`);
    }
    const before = Number(result.queueableJobsBefore);
    const after = Number(result.queueableJobsAfter);
    if (result.enqueued !== true || !(after > before)) {
        return verdict('refuted', `record() returned ${show(result.enqueued)} after the User update; ${jobs}`);
    }
    const waited = `${poll.waitedSeconds} s`;
    const run = poll.runs[0];
    if (run) {
        const found = items(run).length;
        const expected = Number(result.entries ?? 1);
        const summary = `run ${show(run.Id)} (Action__c ${show(run.Action__c)}, Student_Count__c ${show(run.Student_Count__c)}) found after ${waited} with ${found} item(s)`;
        if (found !== expected) return verdict('refuted', `${jobs}; ${summary}, expected ${expected}`);
        return verdict('confirmed', `enqueued in the User update's transaction (${jobs}); ${summary}`);
    }
    const none = `enqueued (${jobs}) but no run found after ${waited}`;
    if (!poll.jobs) {
        return verdict('could not test', `${none}; the job's status could not be read: ${poll.jobsFailure ?? '?'}`);
    }
    const status = (job: Row): string =>
        `${show(job.Status)}${job.ExtendedStatus ? ` (${show(job.ExtendedStatus)})` : ''}, ${show(job.NumberOfErrors, '0')} error(s)`;
    const pending = poll.jobs.find((job) => PENDING_JOB.includes(String(job.Status)));
    if (pending) {
        return verdict(
            'could not test',
            `${none}: the job has not finished yet (StudentUserRunLogJob ${status(pending)})`
        );
    }
    const statuses = poll.jobs.map(status);
    if (poll.jobs.length === 0) return verdict('refuted', `${none}, and no StudentUserRunLogJob since the call`);
    return verdict(
        'refuted',
        `${none}: StudentUserRunLogJob ${statuses.join('; ')}; the job's debug log has its ERROR line`
    );
}
