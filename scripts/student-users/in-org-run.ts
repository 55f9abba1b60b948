/**
 * `--in-org`, `status` and `results`: a run the org carries out by itself (issue #24). The CLI starts it with one call
 * of the invocable StartStudentUserRunAction (force-app/main/default/classes/in-org-run; one run per call, students by
 * contactIds, accountIds and emails, resolved on the server), then reads the run record Student_User_Run__c (the one
 * truth: status and counts, written by StudentUserRunService and StudentUserRunFinalizer) until the run ends, and the
 * results from its items Student_User_Run_Item__c (one per student, in run order).
 */
import type { ActionResult } from './action';
import { resultsInError } from './action';
import { classifyError } from './errors';
import type { Operation } from './operations';
import { ENABLE, OPERATIONS } from './operations';
import type { ResultRow } from './results-format';
import { blankResult, errorResult, isRowStatus } from './results-format';
import { sleep } from './retry';
import type { SalesforceApi } from './salesforce-api';
import { checkContactId } from './salesforce-id';
import { soqlString } from './soql';
import type { RunDefaults, StudentRow } from './student-rows';

export const START_ACTION_NAME = 'StartStudentUserRunAction';

/** The run statuses after which nothing changes any more (StudentUserRunPolicy). */
export const FINISHED_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'CANCELLED', 'FAILED']);

/** The run record as the CLI reads it (field API names of force-app/main/default/objects/Student_User_Run__c). */
export interface RunRecord extends Record<string, unknown> {
    Id: string;
    Name: string;
    Action__c: string;
    Status__c: string;
    Dry_Run__c: boolean;
    Student_Count__c: number | null;
    Succeeded__c: number | null;
    Failed__c: number | null;
    Skipped__c: number | null;
    Chunk_Size__c: number | null;
    Jobs__c: number | null;
    Reenqueues__c: number | null;
    Started_At__c: string | null;
    Finished_At__c: string | null;
    Last_Error__c: string | null;
    /** ENABLE runs: the enable options applied to every student, as JSON (StudentUserRunStatus.EnableOptions). */
    Enable_Options__c?: string | null;
}

/** An ENABLE run's options (StudentUserRunStatus.EnableOptions, StartStudentUserRunAction.Request's fields). */
export interface EnableOptions {
    licenseKey?: string;
    profileId?: string;
    profileName?: string;
    timeZoneSidKey?: string;
    sendWelcomeEmail?: boolean;
}

/** One item (Student_User_Run_Item__c), as StudentUserRunFinalizer writes its outcome. */
export interface RunItemRecord extends Record<string, unknown> {
    Position__c: number;
    Contact__c: string | null;
    Status__c: string;
    Error_Code__c: string | null;
    Message__c: string | null;
    User_Id__c: string | null;
    Email_Decision__c: string | null;
}

const RUN_FIELDS = [
    'Id',
    'Name',
    'Action__c',
    'Status__c',
    'Dry_Run__c',
    'Student_Count__c',
    'Succeeded__c',
    'Failed__c',
    'Skipped__c',
    'Chunk_Size__c',
    'Jobs__c',
    'Reenqueues__c',
    'Started_At__c',
    'Finished_At__c',
    'Last_Error__c',
    'Enable_Options__c'
];

/** The run record query. */
export function runQuery(runId: string): string {
    return `SELECT ${RUN_FIELDS.join(', ')} FROM Student_User_Run__c WHERE Id = ${soqlString(runId)}`;
}

/** The items query: every item of the run, in run order (queryMore pages of up to 2,000). */
export function itemsQuery(runId: string): string {
    return (
        'SELECT Position__c, Contact__c, Status__c, Error_Code__c, Message__c, User_Id__c, Email_Decision__c ' +
        `FROM Student_User_Run_Item__c WHERE Run__c = ${soqlString(runId)} ORDER BY Position__c`
    );
}

/** What one run's counts say (the run record's own numbers; pending = the rest). */
export interface RunProgress {
    total: number;
    succeeded: number;
    failed: number;
    skipped: number;
    done: number;
}

export function runProgress(run: RunRecord): RunProgress {
    const total = run.Student_Count__c ?? 0;
    const succeeded = run.Succeeded__c ?? 0;
    const failed = run.Failed__c ?? 0;
    const skipped = run.Skipped__c ?? 0;
    return { total, succeeded, failed, skipped, done: succeeded + failed + skipped };
}

/** A student the server could not resolve at the start (StartStudentUserRunAction's unresolved lists). */
export interface Unresolved {
    entry: string;
    code: string;
    message: string;
}

/** StartStudentUserRunAction.Result. */
interface StartOutput {
    runId?: string | null;
    runName?: string | null;
    status?: string | null;
    errorCode?: string | null;
    message?: string | null;
    unresolvedEntries?: string[] | null;
    unresolvedCodes?: string[] | null;
    unresolvedMessages?: string[] | null;
}

export type StartOutcome =
    | { ok: true; runId: string; runName: string; status: string; unresolved: Unresolved[] }
    | { ok: false; code: string; message: string; unresolved: Unresolved[] };

/**
 * The one input of a start: the students as the rows name them, and the run's settings; an ENABLE run also its enable
 * options, from --license, --profile and --time-zone (the org checks them at start and applies them to every student).
 */
export function startInput(
    operation: Operation,
    rows: readonly StudentRow[],
    dryRun: boolean,
    confirmDisable: boolean,
    defaults: RunDefaults = {}
): Record<string, unknown> {
    const contactIds = rows.flatMap((row) => (row.contactId ? [row.contactId] : []));
    const accountIds = rows.flatMap((row) => (!row.contactId && row.accountId ? [row.accountId] : []));
    const emails = rows.flatMap((row) => (!row.contactId && !row.accountId && row.email ? [row.email] : []));
    return {
        action: operation.action ?? 'ENABLE',
        contactIds,
        accountIds,
        emails,
        dryRun,
        confirmDisable,
        ...((operation.action ?? 'ENABLE') === 'ENABLE' ? enableOptionsOf(defaults) : {})
    };
}

/** The enable options of the run's defaults, the ones set only. */
function enableOptionsOf(defaults: RunDefaults): EnableOptions {
    return {
        ...(defaults.licenseKey ? { licenseKey: defaults.licenseKey } : {}),
        ...(defaults.profileName ? { profileName: defaults.profileName } : {}),
        ...(defaults.timeZoneSidKey ? { timeZoneSidKey: defaults.timeZoneSidKey } : {})
    };
}

/** The enable options stored on a run record; null when none (the defaults applied) or not readable as JSON. */
export function storedEnableOptions(run: RunRecord): EnableOptions | null {
    try {
        // None stored reads as none: an absent field parses as broken JSON ('undefined'), a null as JSON null, a blank
        // as broken JSON; and typeof null is 'object', so JSON null comes back as null.
        const parsed: unknown = JSON.parse(String(run.Enable_Options__c));
        return typeof parsed === 'object' ? parsed : null;
    } catch {
        return null;
    }
}

/** Starts the run (one call, one input). A request error is thrown as jsforce threw it. */
export async function startRun(api: SalesforceApi, input: Record<string, unknown>): Promise<StartOutcome> {
    let results: ActionResult[];
    try {
        results = await api.invokeAction([input], START_ACTION_NAME);
    } catch (thrown) {
        const inError = resultsInError(thrown);
        if (!inError) {
            throw thrown;
        }
        results = inError;
    }
    const first = results[0];
    if (!first?.isSuccess || !first.outputValues) {
        const error = first?.errors?.[0];
        return {
            ok: false,
            code: error?.statusCode ?? 'NO_RESULT',
            message: error?.message ?? 'the action answered without a result',
            unresolved: []
        };
    }
    const output = first.outputValues as StartOutput;
    const entries = output.unresolvedEntries ?? [];
    const unresolved = entries.map((entry, index) => ({
        entry,
        code: output.unresolvedCodes?.[index] ?? '',
        message: output.unresolvedMessages?.[index] ?? ''
    }));
    if (!output.runId) {
        return {
            ok: false,
            code: output.errorCode ?? 'RUN_NOT_STARTED',
            message: output.message ?? 'the run was not started',
            unresolved
        };
    }
    return { ok: true, runId: output.runId, runName: output.runName ?? '', status: output.status ?? '', unresolved };
}

/** The run record, or undefined when there is none the user can see. */
export async function readRun(api: SalesforceApi, runId: string): Promise<RunRecord | undefined> {
    const [run] = await api.queryAll<RunRecord>(runQuery(runId));
    return run;
}

export interface FollowSettings {
    pollMs: number;
    signal?: AbortSignal;
    onUpdate?(run: RunRecord): void;
    /** Transient read errors in a row before following gives up (the run goes on in the org regardless). */
    maxReadErrors: number;
}

/**
 * Reads the run until it is COMPLETED, CANCELLED or FAILED, or until `signal` aborts (Ctrl-C detaches: the run goes
 * on in the org). Transient read errors are waited out; others are thrown.
 */
export async function followRun(api: SalesforceApi, runId: string, settings: FollowSettings): Promise<RunRecord> {
    let last: RunRecord | undefined;
    let errors = 0;
    for (;;) {
        try {
            last = await readRun(api, runId);
            errors = 0;
        } catch (thrown) {
            if (classifyError(thrown).kind !== 'transient' || ++errors > settings.maxReadErrors) {
                throw thrown;
            }
        }
        if (last) {
            settings.onUpdate?.(last);
            if (FINISHED_STATUSES.has(last.Status__c) || settings.signal?.aborted) {
                return last;
            }
        } else if (errors === 0) {
            throw new Error(`no run ${runId} (or you cannot see it)`);
        }
        await sleep(settings.pollMs, settings.signal);
    }
}

/** The subcommand of a run's action (ENABLE: enable). */
export function operationOf(action: string): Operation {
    return OPERATIONS.find((operation) => operation.action === action) ?? ENABLE;
}

/**
 * The results rows of a run, in run order, with the columns of the 200-a-call mode (operation.columns): an item
 * without an outcome yet is NOT_SENT (code PENDING).
 */
export async function runResults(api: SalesforceApi, run: RunRecord): Promise<ResultRow[]> {
    const operation = operationOf(run.Action__c);
    const items = await api.queryAll<RunItemRecord>(itemsQuery(run.Id));
    return items.map((item) => itemRow(item, operation, run));
}

function itemRow(item: RunItemRecord, operation: Operation, run: RunRecord): ResultRow {
    const checked = item.Contact__c ? checkContactId(item.Contact__c) : undefined;
    const contactId = checked?.ok ? checked.id18 : (item.Contact__c ?? '');
    const position = Number(item.Position__c);
    const lifecycle = operation.action ? { action: operation.action, errorFix: '' } : {};
    if (item.Status__c === 'PENDING') {
        return {
            ...errorResult(
                position,
                contactId,
                '',
                {
                    code: 'PENDING',
                    message: `No outcome yet: run ${run.Name} is ${run.Status__c}; resume it from the Student User Runs tab.`
                },
                'NOT_SENT'
            ),
            ...lifecycle
        };
    }
    const status = isRowStatus(item.Status__c) ? item.Status__c : 'FAILED';
    return {
        ...blankResult(position, contactId, '', status),
        ...lifecycle,
        userId: item.User_Id__c ?? '',
        errorCode: item.Error_Code__c ?? (status === item.Status__c ? '' : 'UNEXPECTED_RESPONSE'),
        message: item.Message__c ?? '',
        ...(operation.action ? {} : { siteNames: '', loginUrl: '', emailDecision: item.Email_Decision__c ?? '' })
    };
}
