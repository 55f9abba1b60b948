/**
 * The invocable action's wire shapes (docs/api.md: Request/Result variable names; lists joined with ';') and
 * their mapping to and from the CLI's rows. Pure functions.
 */
import type { Operation } from './operations';
import { ENABLE } from './operations';
import type { ResultRow } from './results-format';
import { blankResult, errorResult } from './results-format';
import type { RunDefaults, StudentRow } from './student-rows';

/**
 * How an input names its student: exactly one of a Contact Id, a person Account Id or an email, sent as the input
 * row gives it; the invocables resolve account ids and emails on the server (docs/api.md).
 */
export interface StudentInput {
    contactId?: string;
    accountId?: string;
    email?: string;
}

/** One element of `inputs` (the action's `Request`; only the variables the CLI sets). */
export interface ActionInput extends StudentInput {
    licenseKey?: string;
    profileName?: string;
    timeZoneSidKey?: string;
    username?: string;
    sendWelcomeEmail?: boolean;
    validateOnly?: boolean;
}

/** One element of `inputs` of ManageStudentUsersAction (docs/api.md, "Lifecycle actions"); every variable is sent. */
export interface LifecycleInput extends StudentInput {
    action: string;
    validateOnly: boolean;
    confirmDisable: boolean;
}

/** An element of `inputs` of either action. */
export type AnyActionInput = ActionInput | LifecycleInput;

/** The action's `Result` variables (outputValues); `action` and `errorFix` come from ManageStudentUsersAction. */
export interface ActionOutput {
    contactId?: string | null;
    /** Echo of the Account ID input. */
    accountId?: string | null;
    action?: string | null;
    errorFix?: string | null;
    status?: string | null;
    plannedAction?: string | null;
    userId?: string | null;
    username?: string | null;
    licenseKey?: string | null;
    profileId?: string | null;
    profileName?: string | null;
    timeZoneSidKey?: string | null;
    ownerId?: string | null;
    ownerName?: string | null;
    ownerRoleAssigned?: boolean | null;
    ownerRoleId?: string | null;
    ownerRoleName?: string | null;
    /** API names joined with ';'. */
    permissionSetsAssigned?: string | null;
    errorCode?: string | null;
    errorField?: string | null;
    message?: string | null;
    /** Login readiness (enable): site names joined with ';', the first live site's login URL, the email decision. */
    siteNames?: string | null;
    loginUrl?: string | null;
    emailDecision?: string | null;
    emailSite?: string | null;
    /** EXISTING or PLATFORM_CREATES (the account's role; the CLI says which from Account Role Optimization). */
    accountRole?: string | null;
}

export interface ActionError {
    statusCode: string;
    message: string;
    fields?: string[];
}

/** One element of the REST response: one per input, in order. */
export interface ActionResult {
    actionName: string;
    errors: ActionError[] | null;
    isSuccess: boolean;
    outputValues: ActionOutput | null;
    version?: number;
}

/** The student of a row as the invocables take it: its Contact Id, else its Account Id, else its email. */
export function studentInput(row: StudentRow): StudentInput {
    if (row.contactId) {
        return { contactId: row.contactId };
    }
    if (row.accountId) {
        return { accountId: row.accountId };
    }
    return { email: row.email ?? '' };
}

/** The action input of a student: its own values first, then the run defaults; blanks are left out. */
export function toActionInput(row: StudentRow, defaults: RunDefaults, validateOnly: boolean): ActionInput {
    const input: ActionInput = studentInput(row);
    const licenseKey = row.overrides.licenseKey ?? defaults.licenseKey;
    const profileName = row.overrides.profileName ?? defaults.profileName;
    const timeZoneSidKey = row.overrides.timeZoneSidKey ?? defaults.timeZoneSidKey;
    if (licenseKey) {
        input.licenseKey = licenseKey;
    }
    if (profileName) {
        input.profileName = profileName;
    }
    if (timeZoneSidKey) {
        input.timeZoneSidKey = timeZoneSidKey;
    }
    if (row.overrides.username) {
        input.username = row.overrides.username;
    }
    if (row.overrides.sendWelcomeEmail !== undefined) {
        input.sendWelcomeEmail = row.overrides.sendWelcomeEmail;
    }
    if (validateOnly) {
        input.validateOnly = true;
    }
    return input;
}

/** The ManageStudentUsersAction input of a student. */
export function toLifecycleInput(
    action: string,
    row: StudentRow,
    validateOnly: boolean,
    confirmDisable: boolean
): LifecycleInput {
    return { action, ...studentInput(row), validateOnly, confirmDisable };
}

const text = (value: string | null | undefined): string => value ?? '';

/**
 * The results row of one action result (success with outputValues, or per-input errors). A status the operation's
 * action does not return is reported as UNEXPECTED_RESPONSE.
 */
export function toResultRow(
    row: StudentRow,
    contactId: string,
    result: ActionResult | undefined,
    operation: Operation = ENABLE
): ResultRow {
    const email = row.emailAsWritten ?? '';
    if (!result) {
        return errorResult(row.row, contactId, email, {
            code: 'NO_RESULT',
            message: 'The action returned fewer results than inputs; re-run this row.'
        });
    }
    if (!result.isSuccess || !result.outputValues) {
        const first = result.errors?.[0];
        return errorResult(row.row, contactId, email, {
            code: first?.statusCode ?? 'ACTION_ERROR',
            field: first?.fields?.join(';') ?? '',
            message: first?.message ?? 'The action failed without a message.'
        });
    }
    const out = result.outputValues;
    const status = text(out.status);
    const known = operation.statuses.find((candidate) => candidate === status) ?? (status === 'FAILED' && 'FAILED');
    if (!known) {
        return errorResult(row.row, contactId, email, {
            code: 'UNEXPECTED_RESPONSE',
            message: `The action returned the unknown status "${status}".`
        });
    }
    const lifecycle = operation.action
        ? { action: text(out.action) || operation.action, errorFix: text(out.errorFix) }
        : {
              siteNames: text(out.siteNames),
              loginUrl: text(out.loginUrl),
              emailDecision: text(out.emailDecision),
              ...(out.accountRole ? { accountRole: out.accountRole } : {})
          };
    return {
        ...blankResult(row.row, text(out.contactId) || contactId, email, known),
        ...lifecycle,
        userId: text(out.userId),
        username: text(out.username),
        ownerRoleAssigned: out.ownerRoleAssigned === true,
        ownerName: text(out.ownerName),
        ownerRoleName: text(out.ownerRoleName),
        errorCode: text(out.errorCode),
        errorField: text(out.errorField),
        message: text(out.message)
    };
}

function isActionResultArray(value: unknown): value is ActionResult[] {
    return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((item) => typeof item === 'object' && item !== null && 'isSuccess' in item && 'actionName' in item)
    );
}

/**
 * When every input fails, the platform answers HTTP 400 with the usual result array, and jsforce turns that
 * into an error (`MULTIPLE_API_ERRORS` with the array as `data`, or `ERROR_HTTP_400` with the body as text).
 * Returns the per-input results hidden in such an error, or undefined for a real request error.
 */
export function resultsInError(error: unknown): ActionResult[] | undefined {
    const { data, message } = (error ?? {}) as { data?: unknown; message?: unknown };
    if (isActionResultArray(data)) {
        return data;
    }
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const parsed = parseJson(data.message);
        if (isActionResultArray(parsed)) {
            return parsed;
        }
    }
    const parsed = parseJson(message);
    return isActionResultArray(parsed) ? parsed : undefined;
}

/** The JSON a text holds; undefined for anything else. */
function parseJson(body: unknown): unknown {
    if (typeof body !== 'string') {
        return undefined;
    }
    try {
        return JSON.parse(body) as unknown;
    } catch {
        return undefined;
    }
}
