/**
 * The fake org's in-org runs (issue #24): the invocable StartStudentUserRunAction and the org carrying a run out over
 * (fake) time, as force-app/main/default/classes/in-org-run writes it. Each read of a run record is one tick: the
 * run's next job takes the next pending items (chunk size StudentUserRunPolicy.START_CHUNK = 100, doubled after each
 * finished job up to MAX_CHUNK = 200), runs them through the fake's own enabling or lifecycle service, and writes each
 * outcome to its item (Status__c, Error_Code__c, Message__c abbreviated to 2,000, User_Id__c: StudentUserRunFinalizer
 * outcomeItem) and the counts to the run (StudentUserRunPolicy.countOf: FAILED; SKIPPED and ALREADY_ENABLED count as
 * skipped; the rest succeeded). QUEUED → RUNNING at the first job, COMPLETED with Finished_At__c when none is pending.
 * An ENABLE run's enable options (licenseKey, profileId, profileName, timeZoneSidKey, sendWelcomeEmail) are checked at
 * start as StudentUserRunPolicy.invalidOptions does (the host's check: an invalid one refuses the start with its code
 * and no run), stored trimmed as Enable_Options__c (blank ones left out; none: null; a lifecycle run: null) and given
 * to every student's enable; StudentUserRunPolicy.enableOptions.
 */
import type { ActionOutput, ActionResult, StudentInput } from '../action';
import { API_VERSION } from '../salesforce-api';

const START_ACTION = 'StartStudentUserRunAction';
const START_CHUNK = 100;
const MAX_CHUNK = 200;
const MAX_STUDENTS = 50_000;
const MESSAGE_LENGTH = 2000;
const LIFECYCLE_ACTIONS = new Set(['DEACTIVATE', 'FREEZE', 'UNFREEZE', 'SEND_LOGIN_LINK', 'REACTIVATE', 'DISABLE']);

export interface FakeRunItem {
    position: number;
    contactId: string | null;
    status: string;
    errorCode: string | null;
    message: string | null;
    userId: string | null;
}

/** An ENABLE run's options, as StudentUserRunStatus.EnableOptions holds them. */
export type FakeEnableOptions = Partial<
    Record<'licenseKey' | 'profileId' | 'profileName' | 'timeZoneSidKey', string> & { sendWelcomeEmail: boolean }
>;

export interface FakeRun {
    id: string;
    name: string;
    action: string;
    status: string;
    dryRun: boolean;
    confirmDisable: boolean;
    enableOptions: FakeEnableOptions | null;
    items: FakeRunItem[];
    succeeded: number;
    failed: number;
    skipped: number;
    chunkSize: number;
    jobs: number;
    startedAt: string;
    finishedAt: string | null;
}

/** What the runs need from the fake org around them. */
export interface FakeRunHost {
    /** One student through the fake's enabling (action ENABLE) or lifecycle service. */
    process(
        action: string,
        contactId: string,
        dryRun: boolean,
        confirmDisable: boolean,
        enableOptions: FakeEnableOptions | null
    ): ActionOutput;
    /** An ENABLE run's options checked at start (StudentUserRunPolicy.invalidOptions): the problem, or null. */
    optionsProblem?(options: FakeEnableOptions): { code: string; message: string } | null;
    /** The server-side resolution of an account id or an email (StudentAccountIdInputs). */
    resolve(input: StudentInput): { contactId: string } | { problem: { code: string; message: string; fix: string } };
    /** Whether the caller may run the action (StudentUserRunService.allowed). */
    allowed(action: string): boolean;
    /** Jobs per read of the run record (fake time; default 1). */
    jobsPerRead?: number;
}

interface StartRequest {
    action?: string;
    contactIds?: string[];
    accountIds?: string[];
    emails?: string[];
    dryRun?: boolean;
    confirmDisable?: boolean;
    licenseKey?: string;
    profileId?: string;
    profileName?: string;
    timeZoneSidKey?: string;
    sendWelcomeEmail?: boolean;
}

/** StudentUserRunPolicy.enableOptions: an ENABLE run's set options, trimmed; null when none or not ENABLE. */
function enableOptionsOf(action: string, input: StartRequest): FakeEnableOptions | null {
    if (action !== 'ENABLE') {
        return null;
    }
    const options: FakeEnableOptions = {};
    for (const key of ['licenseKey', 'profileId', 'profileName', 'timeZoneSidKey'] as const) {
        const value = input[key]?.trim();
        if (value) {
            options[key] = value;
        }
    }
    if (typeof input.sendWelcomeEmail === 'boolean') {
        options.sendWelcomeEmail = input.sendWelcomeEmail;
    }
    return Object.keys(options).length > 0 ? options : null;
}

/** Salesforce's REST datetime form (e.g. 2026-12-07T16:00:00.000+0000). */
function restDatetime(date: Date): string {
    return date.toISOString().replace('Z', '+0000');
}

export function createFakeRuns(host: FakeRunHost) {
    const runs = new Map<string, FakeRun>();
    let sequence = 0;

    const result = (outputValues: Record<string, unknown>): ActionResult => ({
        actionName: START_ACTION,
        errors: null,
        isSuccess: true,
        outputValues: outputValues,
        version: 1
    });

    const refusal = (code: string | null, message: string, extra: Record<string, unknown> = {}): ActionResult =>
        result({ runId: null, runName: null, status: null, errorCode: code, message, ...extra });

    /** StartStudentUserRunAction.start: the first input starts one run; every other gets ONE_RUN_PER_CALL. */
    const start = (inputs: StartRequest[]): ActionResult[] =>
        inputs.map((input, index) =>
            index === 0
                ? startOne(input)
                : refusal(
                      'ONE_RUN_PER_CALL',
                      `Input ${index + 1} was not started: one call starts one run. Put all the students of one action in one input, or start the other run in another call.`
                  )
        );

    const startOne = (input: StartRequest): ActionResult => {
        const action = String(input.action ?? '')
            .trim()
            .toUpperCase();
        if ((action !== 'ENABLE' && !LIFECYCLE_ACTIONS.has(action)) || !host.allowed(action)) {
            return refusal(
                'PERMISSION_DENIED',
                'You do not have the permission for this action (Enable_Student_Users, Manage_Student_Users or Disable_Student_Users). Ask an administrator for the permission set.'
            );
        }
        const unresolvedEntries: string[] = [];
        const unresolvedCodes: string[] = [];
        const unresolvedMessages: string[] = [];
        // Contact IDs as given; a malformed one, or another object's id, is an unresolved INVALID_ID (label
        // SPU_Service_Invalid_Id and its fix), as StartStudentUserRunAction.contactIds reports it.
        const students: string[] = [];
        for (const value of input.contactIds ?? []) {
            if (/^003[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(value.trim())) {
                students.push(value.trim());
            } else if (value.trim() !== '') {
                unresolvedEntries.push(value.trim());
                unresolvedCodes.push('INVALID_ID');
                unresolvedMessages.push(
                    `The contact id ${value.trim()} is blank, malformed or not a Contact id. Pass the 18-character Contact id.`
                );
            }
        }
        const lookups: StudentInput[] = [
            ...(input.accountIds ?? []).map((accountId): StudentInput => ({ accountId })),
            ...(input.emails ?? []).map((email): StudentInput => ({ email }))
        ].filter((entry) => (entry.accountId ?? entry.email ?? '').trim() !== '');
        for (const entry of lookups) {
            const found = host.resolve(entry);
            if ('problem' in found) {
                unresolvedEntries.push((entry.accountId ?? entry.email ?? '').trim());
                unresolvedCodes.push(found.problem.code);
                unresolvedMessages.push(`${found.problem.message} ${found.problem.fix}`);
            } else {
                students.push(found.contactId);
            }
        }
        const unresolved = { unresolvedEntries, unresolvedCodes, unresolvedMessages };
        const distinct = [...new Set(students)];
        if (distinct.length === 0 && unresolvedCodes.length > 0) {
            return refusal(unresolvedCodes[0], unresolvedMessages[0], unresolved);
        }
        if (distinct.length === 0 || distinct.length > MAX_STUDENTS) {
            return refusal(
                null,
                `At most ${MAX_STUDENTS} students can be enabled or changed in one call; this call has ${distinct.length}. Split the input.`,
                unresolved
            );
        }
        const enableOptions = enableOptionsOf(action, input);
        const invalid = enableOptions ? (host.optionsProblem?.(enableOptions) ?? null) : null;
        if (invalid) {
            return refusal(invalid.code, invalid.message, unresolved);
        }
        const active = [...runs.values()].find(
            (run) => run.action === action && ['QUEUED', 'RUNNING', 'CANCELLING'].includes(run.status)
        );
        if (active) {
            return refusal(
                'RUN_ALREADY_ACTIVE',
                `A ${action} run is already active: ${active.name}. Wait for it to finish, or cancel it.`,
                unresolved
            );
        }
        sequence++;
        const run: FakeRun = {
            id: `a0AFa${String(sequence).padStart(10, '0')}AAA`,
            name: `SUR-${String(sequence).padStart(8, '0')}`,
            action,
            status: 'QUEUED',
            dryRun: input.dryRun === true,
            confirmDisable: input.confirmDisable === true,
            enableOptions,
            items: distinct.map((contactId, index) => ({
                position: index + 1,
                contactId,
                status: 'PENDING',
                errorCode: null,
                message: null,
                userId: null
            })),
            succeeded: 0,
            failed: 0,
            skipped: 0,
            chunkSize: START_CHUNK,
            jobs: 0,
            startedAt: restDatetime(new Date()),
            finishedAt: null
        };
        runs.set(run.id, run);
        return result({
            runId: run.id,
            runName: run.name,
            status: run.status,
            errorCode: null,
            message: null,
            ...unresolved
        });
    };

    /** One job of the chain: the next chunk of pending items, then the next chunk size or the end. */
    const runJob = (run: FakeRun): void => {
        const chunk = run.items.filter((item) => item.status === 'PENDING').slice(0, run.chunkSize);
        run.status = 'RUNNING';
        run.jobs++;
        for (const item of chunk) {
            const output = host.process(
                run.action,
                item.contactId ?? '',
                run.dryRun,
                run.confirmDisable,
                run.enableOptions
            );
            item.status = output.status || 'FAILED';
            item.errorCode = output.errorCode ?? null;
            item.message = output.message ? output.message.slice(0, MESSAGE_LENGTH) : null;
            item.userId = output.userId ?? null;
            if (item.status === 'FAILED') {
                run.failed++;
            } else if (item.status === 'SKIPPED' || item.status === 'ALREADY_ENABLED') {
                run.skipped++;
            } else {
                run.succeeded++;
            }
        }
        run.chunkSize = Math.min(MAX_CHUNK, run.chunkSize * 2);
        if (!run.items.some((item) => item.status === 'PENDING')) {
            run.status = 'COMPLETED';
            run.finishedAt = restDatetime(new Date());
        }
    };

    const attributes = (type: string, id: string) => ({
        type,
        url: `/services/data/v${API_VERSION}/sobjects/${type}/${id}`
    });

    /** The run record's query (in-org-run.ts runQuery): one tick of fake time first. */
    const runRecords = (runId: string): Record<string, unknown>[] => {
        const run = runs.get(runId);
        if (!run) {
            return [];
        }
        for (let job = 0; job < (host.jobsPerRead ?? 1) && ['QUEUED', 'RUNNING'].includes(run.status); job++) {
            runJob(run);
        }
        return [
            {
                attributes: attributes('Student_User_Run__c', run.id),
                Id: run.id,
                Name: run.name,
                Action__c: run.action,
                Status__c: run.status,
                Dry_Run__c: run.dryRun,
                Student_Count__c: run.items.length,
                Succeeded__c: run.succeeded,
                Failed__c: run.failed,
                Skipped__c: run.skipped,
                Chunk_Size__c: run.chunkSize,
                Jobs__c: run.jobs,
                Reenqueues__c: 0,
                Started_At__c: run.startedAt,
                Finished_At__c: run.finishedAt,
                Last_Error__c: null,
                Enable_Options__c: run.enableOptions ? JSON.stringify(run.enableOptions) : null
            }
        ];
    };

    /** The items query (in-org-run.ts itemsQuery), in run order. */
    const itemRecords = (runId: string): Record<string, unknown>[] =>
        (runs.get(runId)?.items ?? []).map((item) => ({
            attributes: attributes('Student_User_Run_Item__c', `a0BFa${item.position}`),
            Position__c: item.position,
            Contact__c: item.contactId,
            Status__c: item.status,
            Error_Code__c: item.errorCode,
            Message__c: item.message,
            User_Id__c: item.userId,
            Email_Decision__c: null
        }));

    return { start, runRecords, itemRecords, runs };
}
