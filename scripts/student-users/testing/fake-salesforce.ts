/**
 * A fake Salesforce org on 127.0.0.1 for tests and the benchmark. It speaks the REST endpoints the CLI uses
 * (query + queryMore, the EnableStudentUsersAction and ManageStudentUsersAction invocable actions) with the
 * platform's response shapes, runs a small but plausible enabling service and lifecycle service (deactivate, freeze,
 * ... per docs/api.md, "Lifecycle actions") over an in-memory set of contacts, injects faults on demand, and records every
 * request (and the largest number of action calls it had in flight at once).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ActionInput, ActionOutput, ActionResult, LifecycleInput, StudentInput } from '../action';
import { LIFECYCLE_ACTION_NAME } from '../operations';
import { ACTION_NAME, API_VERSION } from '../salesforce-api';
import { makeContactId } from '../salesforce-id';
import { START_ACTION_NAME } from '../in-org-run';
import type { FakeRun } from './fake-in-org-run';
import { createFakeRuns } from './fake-in-org-run';

export interface FakeUser {
    id: string;
    username: string;
    isActive: boolean;
    isFrozen?: boolean;
}

export interface FakeContact {
    id: string;
    email?: string;
    lastName: string;
    /** Account owner (a key of `FakeOrgConfig.owners`). */
    owner: string;
    user?: FakeUser;
    /** A problem the service reports for this contact (e.g. NO_ACCOUNT). */
    problem?: { errorCode: string; errorField: string; message: string };
    /** Login readiness the service reports for this contact (absent: the fake leaves the outputs out). */
    site?: { siteNames: string; loginUrl: string; emailDecision: string };
    /** The contact's account (default: an account of its own, `001` + the rest of its Id); null: none. */
    accountId?: string | null;
}

/** An Account: a person account has the Id of its person contact (a contact of the org), a business account none. */
export interface FakeAccount {
    id: string;
    name: string;
    personContactId?: string;
}

/**
 * A fault injected into one call: an HTTP error body, row locks, an uncaught Apex exception, a reset socket, or a
 * slow answer (`then`: what the call does after the delay, e.g. it still runs and commits).
 */
export type Fault =
    | { type: 'http'; status: number; body: unknown; contentType?: string }
    | { type: 'rowLock'; contactIds?: string[] }
    | { type: 'apexException'; message: string }
    | { type: 'reset' }
    | { type: 'delay'; ms: number };

/**
 * What an uncaught Apex exception (or a LimitException) in an invocable method looks like over REST: the whole
 * transaction rolls back and EVERY input carries the same error in `errors` (statusCode UNKNOWN_EXCEPTION,
 * `outputValues` null), answered with HTTP 400 (issue 21's review of the platform; the exact status code and message
 * text are an org probe question: `apex-exception-status`). The message is the exception's type and text.
 */
export function apexExceptionResult(actionName: string, message: string): ActionResult {
    return {
        actionName,
        errors: [{ statusCode: 'UNKNOWN_EXCEPTION', message, fields: [] }],
        isSuccess: false,
        outputValues: null,
        version: 1
    };
}

/** The DmlException of a row lock (Apex Developer Guide; the code is UNABLE_TO_LOCK_ROW). */
export const ROW_LOCK_EXCEPTION =
    'System.DmlException: Update failed. First exception on row 0; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []';

/** The LimitException of CPU time (Apex Developer Guide, "Execution Governors and Limits": 10 s synchronous). */
export const CPU_LIMIT_EXCEPTION = 'System.LimitException: Apex CPU time limit exceeded';

/** The most bytes of request line and headers Salesforce accepts (Help KB 000386264): more is HTTP 431. */
export const MAX_REQUEST_HEAD_BYTES = 16_384;

export const FAULTS = {
    sessionExpired: (): Fault => ({
        type: 'http',
        status: 401,
        body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]
    }),
    requestLimit: (): Fault => ({
        type: 'http',
        status: 403,
        body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]
    }),
    /** An internal error of the platform (REST API "Status Codes and Error Responses": 500). Not retried. */
    serverError: (): Fault => ({
        type: 'http',
        status: 500,
        body: [
            {
                message:
                    'An unexpected error occurred. Please include this ErrorId if you contact support: 1234-5678 (-1)',
                errorCode: 'UNKNOWN_EXCEPTION'
            }
        ]
    }),
    unavailable: (): Fault => ({
        type: 'http',
        status: 503,
        body: '<html><body>Service Unavailable: down for maintenance</body></html>',
        contentType: 'text/html'
    }),
    /**
     * A row lock. Without ids: an uncaught DmlException ends the transaction (every input, HTTP 400). With ids: the
     * service's partial-success DML reports those students FAILED (PLATFORM_ERROR, the Database.Error message).
     */
    rowLock: (contactIds?: string[]): Fault => ({ type: 'rowLock', contactIds }),
    apexException: (message = 'System.NullPointerException: Attempt to de-reference a null object'): Fault => ({
        type: 'apexException',
        message
    }),
    cpuLimit: (): Fault => ({ type: 'apexException', message: CPU_LIMIT_EXCEPTION }),
    /**
     * The org is at its concurrent long-running Apex limit: new Apex requests are denied (Object Reference,
     * "Concurrent Long-Running Apex Limit Event Type"; the REST answer: 403 REQUEST_LIMIT_EXCEEDED
     * "ConcurrentPerOrgLongTxn Limit exceeded", as reported by integrators, e.g. Cloud Elements' Salesforce notes).
     */
    concurrentLimit: (): Fault => ({
        type: 'http',
        status: 403,
        body: [{ message: 'ConcurrentPerOrgLongTxn Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]
    }),
    /** No such action for this user: not deployed, or no access to the Apex class (REST API "Apex Actions"). */
    notFound: (): Fault => ({
        type: 'http',
        status: 404,
        body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
    }),
    reset: (): Fault => ({ type: 'reset' })
};

/** A refusal of the server-side resolution: code, request field, message and fix (StudentUserProblem). */
interface Problem {
    code: string;
    field: string;
    message: string;
    fix: string;
}

function problem(code: string, field: string, message: string, fix: string): { problem: Problem } {
    return { problem: { code, field, message, fix } };
}

/** Faults served in order, one per call, then none. */
export function faultQueue(...faults: (Fault | undefined)[]): () => Fault | undefined {
    const queue = [...faults];
    return () => queue.shift();
}

export interface FakeOrgConfig {
    contacts: FakeContact[];
    /** Accounts the Account Id lookup can see (person accounts name their person contact). */
    accounts?: FakeAccount[];
    /** false: an org without Person Accounts (the Account lookup's PersonContactId is an INVALID_FIELD). */
    personAccounts?: boolean;
    /** Owner name → has a role. Owners without one get the default role on first enabling. */
    owners?: Record<string, boolean>;
    token?: string;
    /** Server time per action call, in ms. */
    actionLatencyMs?: number;
    queryLatencyMs?: number;
    /** Records per query page (the platform's default is 2000). */
    queryPageSize?: number;
    /** Largest `inputs` array the Apex accepts (200: more is the action's own refusal). */
    maxInputs?: number;
    /** Calls with more inputs than this die of the CPU time limit (every input, HTTP 400): a big chunk is too slow. */
    cpuLimitAbove?: number;
    /**
     * The org's concurrent long-running Apex limit (10 by default, 5 in trial and Developer Edition orgs): action
     * calls beyond it while others run are refused with `FAULTS.concurrentLimit()`. Absent: no limit.
     */
    concurrentApexLimit?: number;
    /** The session expires after this many authorized requests (a real token's lifetime, in calls). */
    sessionCalls?: number;
    actionFault?: (call: number, inputs: ActionInput[]) => Fault | undefined;
    queryFault?: (call: number, soql: string) => Fault | undefined;
    /** ManageStudentUsersAction: the caller lacks Manage_Student_Users (every input PERMISSION_DENIED). */
    manageDenied?: boolean;
    /** ManageStudentUsersAction: the caller holds Disable_Student_Users (else DISABLE is DISABLE_NOT_ALLOWED). */
    canDisable?: boolean;
    /** The --where condition → contact ids, or a SOQL error. Default: every contact. */
    where?: (condition: string) => string[] | { errorCode: string; message: string };
    /**
     * SharingSettings enableAccountRoleOptimization (default false, the platform's); null: the read returns no record;
     * or the SOAP fault of the read.
     */
    accountRoleOptimization?: boolean | null | { faultcode: string; faultstring: string };
    /** In-org runs: jobs the org runs between two reads of a run record (fake time; default 1). */
    runJobsPerRead?: number;
    /** Community profile names of the org: an in-org run naming another is refused at start (default: any). */
    profiles?: string[];
    /** Owner name → accounts it owns that have a Customer Community Plus user (default 0). */
    portalAccounts?: Record<string, number>;
    /** A fault for the org facts queries (account owner lookup, portal account count), by call number. */
    orgFactsFault?: (call: number, soql: string) => Fault | undefined;
}

export interface RecordedRequest {
    method: string;
    path: string;
    version?: string;
    /** `orgQuery`: the CLI's org facts queries (owner lookup, portal account count); `metadata`: a SOAP call. */
    kind: 'query' | 'queryMore' | 'action' | 'orgQuery' | 'metadata' | 'other';
    /** For action calls: the invocable action posted to. */
    actionName?: string;
    soql?: string;
    inputs?: (ActionInput | LifecycleInput)[];
    status: number;
    authorized: boolean;
}

export interface FakeSalesforce {
    url: string;
    token: string;
    requests: RecordedRequest[];
    /** Action requests only. */
    actionRequests(): RecordedRequest[];
    queryRequests(): RecordedRequest[];
    /** The org facts queries and Metadata API calls (apart from the run's queries). */
    orgFactRequests(): RecordedRequest[];
    maxActionsInFlight(): number;
    contact(id: string): FakeContact | undefined;
    /** The in-org runs started (StartStudentUserRunAction), by run id. */
    inOrgRuns: ReadonlyMap<string, FakeRun>;
    /** Makes the current token invalid (the next calls get 401 INVALID_SESSION_ID). */
    expireSession(): void;
    close(): Promise<void>;
}

const REQUEST_VARIABLES = new Set([
    'contactId',
    'accountId',
    'email',
    'licenseKey',
    'profileId',
    'profileName',
    'timeZoneSidKey',
    'username',
    'communityNickname',
    'alias',
    'localeSidKey',
    'languageLocaleKey',
    'emailEncodingKey',
    'ownerRoleId',
    'sendWelcomeEmail',
    'validateOnly'
]);
const LIFECYCLE_VARIABLES = new Set(['action', 'contactId', 'accountId', 'email', 'validateOnly', 'confirmDisable']);
const LIFECYCLE_DONE: Record<string, string> = {
    DEACTIVATE: 'DEACTIVATED',
    FREEZE: 'FROZEN',
    UNFREEZE: 'UNFROZEN',
    SEND_LOGIN_LINK: 'LOGIN_LINK_SENT',
    REACTIVATE: 'REACTIVATED',
    DISABLE: 'DISABLED'
};
/** The CLI's org facts queries (scripts/student-users/org-facts.ts). */
const ORG_FACT_QUERY =
    /^SELECT (AccountId, Account\.OwnerId, Account\.Owner\.Name FROM Contact|Account\.OwnerId accountOwner, )/;
const LICENSE_KEYS = new Set(['PID_Customer_Community_Plus', 'PID_Customer_Community_Plus_Login']);
const OWNER_ROLE = { id: '00EFa0000000001AAA', name: 'Student Records Owner' };
const PERMISSION_SETS = 'Student_Portal_Access;Student_Community_Member';

/** The fake Id of an owner (the digits of its name). */
export function fakeOwnerId(owner: string): string {
    return `005Fa${owner.replace(/\D/g, '').padStart(10, '0')}AAA`;
}

/** The account of a contact: its own `accountId`, else `001` + the rest of its Id. */
export function fakeAccountId(contact: FakeContact): string | null {
    return contact.accountId === undefined ? `001${contact.id.slice(3)}` : contact.accountId;
}

/** `n` students with valid Contact Ids and emails; owners alternate, a third of them without a role. */
export function makeStudents(n: number, start = 1): FakeContact[] {
    return Array.from({ length: n }, (_, index) => {
        const number = start + index;
        return {
            id: makeContactId(number),
            email: `student${number}@uni.example`,
            lastName: `Student ${number}`,
            owner: `Owner ${number % 6}`
        };
    });
}

export const DEFAULT_OWNERS: Record<string, boolean> = {
    'Owner 0': true,
    'Owner 1': true,
    'Owner 2': false,
    'Owner 3': true,
    'Owner 4': true,
    'Owner 5': false
};

/** Parses the SOQL string literals of `IN ('a', 'b\'c')`. */
export function parseSoqlStrings(list: string): string[] {
    const values: string[] = [];
    const literal = /'((?:\\.|[^'\\])*)'/g;
    for (const match of list.matchAll(literal)) {
        values.push(
            match[1].replace(
                /\\(.)/g,
                (_, character: string) => ({ n: '\n', r: '\r', t: '\t' })[character] ?? character
            )
        );
    }
    return values;
}

export async function startFakeSalesforce(config: FakeOrgConfig): Promise<FakeSalesforce> {
    let token = config.token ?? '00DFa0000000001!fake.session.token';
    const contacts = new Map(config.contacts.map((contact) => [contact.id, contact]));
    const owners: Record<string, boolean> = { ...DEFAULT_OWNERS, ...config.owners };
    const requests: RecordedRequest[] = [];
    const locators = new Map<string, { records: Record<string, unknown>[]; offset: number }>();
    const accounts = new Map((config.accounts ?? []).map((account) => [account.id, account]));
    let actionCalls = 0;
    let queryCalls = 0;
    let orgQueryCalls = 0;
    let inFlight = 0;
    let authorizedCalls = 0;
    let maxInFlight = 0;
    let userSequence = 0;

    const newUserId = (): string => `005Fa${(++userSequence).toString(36).toUpperCase().padStart(10, '0')}AAA`;

    const send = (
        res: ServerResponse,
        status: number,
        body: unknown,
        contentType = 'application/json;charset=UTF-8'
    ): void => {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        res.writeHead(status, { 'content-type': contentType, 'sforce-limit-info': 'api-usage=10/15000' });
        res.end(text);
    };

    const enableOne = (input: ActionInput & { contactId: string }, seen: Set<string>): ActionResult => {
        const output: ActionOutput = {
            contactId: input.contactId,
            status: 'FAILED',
            plannedAction: 'NONE',
            ownerRoleAssigned: false
        };
        const result = (): ActionResult => ({
            actionName: ACTION_NAME,
            errors: null,
            isSuccess: true,
            outputValues: output,
            version: 1
        });
        const fail = (errorCode: string, errorField: string, message: string): ActionResult => {
            Object.assign(output, { errorCode, errorField, message });
            return result();
        };
        const contact = contacts.get(input.contactId);
        if (!/^003[a-zA-Z0-9]{15}$/.test(input.contactId ?? '')) {
            return fail(
                'INVALID_ID',
                'contactId',
                `"${input.contactId}" is not a Contact Id: pass the 18-character Contact Id.`
            );
        }
        if (seen.has(input.contactId)) {
            return fail(
                'DUPLICATE_IN_BATCH',
                'contactId',
                `Contact ${input.contactId} is in this batch twice: remove the duplicate row.`
            );
        }
        seen.add(input.contactId);
        if (!contact) {
            return fail(
                'CONTACT_NOT_FOUND',
                'contactId',
                `No contact ${input.contactId}, or you cannot see it: check the id and sharing.`
            );
        }
        if (contact.problem) {
            return fail(contact.problem.errorCode, contact.problem.errorField, contact.problem.message);
        }
        if (input.licenseKey && !LICENSE_KEYS.has(input.licenseKey)) {
            return fail(
                'INVALID_LICENSE',
                'licenseKey',
                `${input.licenseKey} is not a Customer Community Plus licence.`
            );
        }
        const ownerHasRole = owners[contact.owner] ?? true;
        Object.assign(output, {
            ownerId: fakeOwnerId(contact.owner),
            ownerName: contact.owner,
            licenseKey: input.licenseKey ?? 'PID_Customer_Community_Plus_Login',
            profileName: input.profileName ?? 'Student Portal Login User',
            timeZoneSidKey: input.timeZoneSidKey ?? 'America/New_York',
            errorCode: null,
            errorField: null,
            message: null,
            ...(contact.site ?? {})
        });
        if (contact.user?.isActive) {
            Object.assign(output, {
                status: 'ALREADY_ENABLED',
                plannedAction: 'NONE',
                userId: contact.user.id,
                username: contact.user.username
            });
            return result();
        }
        if (!ownerHasRole) {
            Object.assign(output, {
                ownerRoleAssigned: true,
                ownerRoleId: OWNER_ROLE.id,
                ownerRoleName: OWNER_ROLE.name
            });
        }
        const reactivate = contact.user !== undefined;
        const username = contact.user?.username ?? input.username ?? `${contact.email ?? contact.id}.students`;
        if (input.validateOnly) {
            Object.assign(output, {
                status: 'VALID',
                plannedAction: reactivate ? 'REACTIVATE' : 'CREATE',
                userId: contact.user?.id ?? null,
                username,
                accountRole: reactivate ? 'EXISTING' : 'PLATFORM_CREATES'
            });
            return result();
        }
        if (!ownerHasRole) {
            owners[contact.owner] = true;
        }
        contact.user = { id: contact.user?.id ?? newUserId(), username, isActive: true };
        Object.assign(output, {
            status: reactivate ? 'REACTIVATED' : 'CREATED',
            plannedAction: reactivate ? 'REACTIVATE' : 'CREATE',
            userId: contact.user.id,
            username,
            permissionSetsAssigned: PERMISSION_SETS,
            accountRole: reactivate ? 'EXISTING' : 'PLATFORM_CREATES'
        });
        return result();
    };

    /** One input of ManageStudentUsersAction, the contract's statuses and codes (a plausible subset of the checks). */
    const manageOne = (input: LifecycleInput & { contactId: string }, seen: Set<string>): ActionResult => {
        const action = String(input.action ?? '').toUpperCase();
        const output: ActionOutput = { contactId: input.contactId, action, status: 'FAILED' };
        const result = (): ActionResult => ({
            actionName: LIFECYCLE_ACTION_NAME,
            errors: null,
            isSuccess: true,
            outputValues: output,
            version: 1
        });
        const answer = (
            status: 'FAILED' | 'SKIPPED',
            errorCode: string,
            errorField: string,
            message: string,
            errorFix: string
        ): ActionResult => {
            Object.assign(output, { status, errorCode, errorField, message, errorFix });
            return result();
        };
        const fail = (code: string, field: string, message: string, fix: string): ActionResult =>
            answer('FAILED', code, field, message, fix);
        if (config.manageDenied) {
            return fail(
                'PERMISSION_DENIED',
                '',
                `You cannot manage the portal user of contact ${input.contactId}: the Manage_Student_Users permission is missing.`,
                'Ask an administrator for the permission set that grants Manage_Student_Users.'
            );
        }
        const done = LIFECYCLE_DONE[action];
        if (!done) {
            return fail(
                'INVALID_ACTION',
                'action',
                `"${input.action}" is not an action.`,
                'Use DEACTIVATE, FREEZE, UNFREEZE, SEND_LOGIN_LINK, REACTIVATE or DISABLE.'
            );
        }
        if (!/^003[a-zA-Z0-9]{15}$/.test(input.contactId ?? '')) {
            return fail(
                'INVALID_ID',
                'contactId',
                `"${input.contactId}" is not a Contact Id.`,
                'Pass the 18-character Contact Id.'
            );
        }
        if (seen.has(input.contactId)) {
            return fail(
                'DUPLICATE_IN_BATCH',
                'contactId',
                `Contact ${input.contactId} is in this batch twice.`,
                'Remove the duplicate row.'
            );
        }
        seen.add(input.contactId);
        const contact = contacts.get(input.contactId);
        if (!contact) {
            return fail(
                'CONTACT_NOT_FOUND',
                'contactId',
                `No contact ${input.contactId}, or you cannot see it.`,
                'Check the id and sharing.'
            );
        }
        const user = contact.user;
        const name = contact.lastName;
        if (!user) {
            return fail(
                'NOT_A_PORTAL_USER',
                'contactId',
                `${name} has no portal user.`,
                'Enable the student first (student-users enable), or leave this row out.'
            );
        }
        Object.assign(output, { userId: user.id, username: user.username });
        if (action === 'DISABLE' && (!input.confirmDisable || !config.canDisable)) {
            return fail(
                'DISABLE_NOT_ALLOWED',
                'confirmDisable',
                `The portal user of ${name} was not disabled: disabling is permanent and breaks the contact link.`,
                'Deactivate instead; an administrator with Disable_Student_Users can disable with confirmDisable.'
            );
        }
        const skip = (code: string, message: string, fix: string): ActionResult =>
            answer('SKIPPED', code, 'contactId', message, fix);
        const inactive = (): ActionResult =>
            fail('USER_INACTIVE', 'contactId', `The portal user of ${name} is inactive.`, 'Reactivate it first.');
        let change: () => void = () => undefined;
        switch (action) {
            case 'DEACTIVATE':
                if (!user.isActive) {
                    return skip(
                        'ALREADY_INACTIVE',
                        `The portal user of ${name} is already inactive.`,
                        'Nothing to do.'
                    );
                }
                change = () => (user.isActive = false);
                break;
            case 'REACTIVATE':
                if (user.isActive) {
                    return skip('ALREADY_ACTIVE', `The portal user of ${name} is already active.`, 'Nothing to do.');
                }
                change = () => (user.isActive = true);
                break;
            case 'FREEZE':
                if (!user.isActive) {
                    return inactive();
                }
                if (user.isFrozen) {
                    return skip('ALREADY_FROZEN', `The portal user of ${name} is already frozen.`, 'Nothing to do.');
                }
                change = () => (user.isFrozen = true);
                break;
            case 'UNFREEZE':
                if (!user.isActive) {
                    return inactive();
                }
                if (!user.isFrozen) {
                    return skip('NOT_FROZEN', `The portal user of ${name} is not frozen.`, 'Nothing to do.');
                }
                change = () => (user.isFrozen = false);
                break;
            case 'SEND_LOGIN_LINK':
                if (!user.isActive) {
                    return inactive();
                }
                break;
            case 'DISABLE':
                change = () => (contact.user = undefined);
                break;
        }
        if (input.validateOnly) {
            output.status = 'VALID';
            return result();
        }
        change();
        output.status = done;
        return result();
    };

    /**
     * The server-side resolution of StudentAccountIdInputs (force-app/main/default/classes/entry-points): the Contact
     * Id as given; else the person account's person contact (NOT_A_PERSON_ACCOUNT, PERSON_ACCOUNTS_NOT_ENABLED,
     * CONTACT_NOT_FOUND for an account not visible, ACCOUNT_CONTACT_MISMATCH when both ids disagree); else the one
     * contact with the email, any case (EMAIL_NOT_FOUND, AMBIGUOUS_EMAIL). Messages: the Custom Labels of those codes
     * (labels/Service.labels-meta.xml), message then fix as StudentUserProblem.fullMessage joins them.
     */
    const resolveStudent = (input: StudentInput): { contactId: string } | { problem: Problem } => {
        if (input.accountId) {
            const account = accounts.get(input.accountId);
            if (config.personAccounts === false) {
                return problem(
                    'PERSON_ACCOUNTS_NOT_ENABLED',
                    'contactId',
                    `${input.accountId} is an Account id, and this org does not have Person Accounts, so no Account stands for a single student.`,
                    "Open the student's Contact and use Enable Student User there, or give the Contact id or email."
                );
            }
            if (!account) {
                return problem(
                    'CONTACT_NOT_FOUND',
                    'contactId',
                    `No contact with id ${input.accountId} exists, or you cannot see it.`,
                    'Check the id and your sharing access to the contact.'
                );
            }
            if (!account.personContactId) {
                return problem(
                    'NOT_A_PERSON_ACCOUNT',
                    'contactId',
                    `${account.name} (${account.id}) is a business account, not a person account: Enable Student User on an Account works for person accounts only.`,
                    "Open the student's Contact (the account's Contacts related list) and use Enable Student User there, or give the Contact id or email."
                );
            }
            if (input.contactId && input.contactId !== account.personContactId) {
                return problem(
                    'ACCOUNT_CONTACT_MISMATCH',
                    'accountId',
                    `The request names two students: Contact ID ${input.contactId}, and Account ID ${account.id} whose person contact is ${account.personContactId}.`,
                    "Give only one of Contact ID and Account ID, or the Account ID with its own person contact's id."
                );
            }
            return { contactId: account.personContactId };
        }
        if (input.contactId || !input.email) {
            return { contactId: input.contactId ?? '' };
        }
        const email = input.email.trim();
        const matches = [...contacts.values()].filter(
            (contact) => contact.email?.toLowerCase() === email.toLowerCase()
        );
        if (matches.length === 1) {
            return { contactId: matches[0].id };
        }
        return matches.length === 0
            ? problem(
                  'EMAIL_NOT_FOUND',
                  'email',
                  `No contact you can see has the email ${email}.`,
                  'Check the address and your access to the contact, or name the student by Contact ID.'
              )
            : problem(
                  'AMBIGUOUS_EMAIL',
                  'email',
                  `Several contacts you can see have the email ${email}.`,
                  'Name this student by Contact ID, or merge the duplicate contacts.'
              );
    };

    /** The result of an input the resolution refused (EnableStudentUsersResult / ManageStudentUsersAction.Result). */
    const refusedInput = (
        actionName: string,
        input: StudentInput & { action?: string },
        found: Problem
    ): ActionResult => {
        const lifecycle = actionName === LIFECYCLE_ACTION_NAME;
        const outputValues: ActionOutput = {
            contactId: input.accountId || !lifecycle ? null : (input.contactId ?? null),
            accountId: input.accountId ?? null,
            status: 'FAILED',
            errorCode: found.code,
            errorField: found.field,
            ...(lifecycle
                ? { action: String(input.action ?? '').toUpperCase(), message: found.message, errorFix: found.fix }
                : { message: `${found.message} ${found.fix}`, plannedAction: 'NONE', ownerRoleAssigned: false })
        };
        return { actionName, errors: null, isSuccess: true, outputValues, version: 1 };
    };

    const inOrg = createFakeRuns({
        process: (action, contactId, dryRun, confirmDisable, enableOptions) =>
            (action === 'ENABLE'
                ? enableOne({ ...enableOptions, contactId, ...(dryRun ? { validateOnly: true } : {}) }, new Set())
                : manageOne({ action, contactId, validateOnly: dryRun, confirmDisable }, new Set())
            ).outputValues ?? { status: 'FAILED' },
        // StudentUserRunPolicy.invalidOptions names "the students of this run" (label SPU_Run_Options_Students).
        optionsProblem: (options) => {
            if (options.licenseKey && !LICENSE_KEYS.has(options.licenseKey)) {
                return {
                    code: 'INVALID_LICENSE',
                    message: `The licence ${options.licenseKey} chosen for the students of this run is not PID_Customer_Community_Plus or PID_Customer_Community_Plus_Login, or this org does not have it. Use PID_Customer_Community_Plus or PID_Customer_Community_Plus_Login.`
                };
            }
            const profile = options.profileName;
            if (profile && config.profiles && !config.profiles.includes(profile)) {
                return {
                    code: 'PROFILE_NOT_ALLOWED',
                    message: `The profile ${profile} chosen for the students of this run is not a Customer Community Plus or Customer Community Plus Login profile. Pick a Customer Community Plus or Customer Community Plus Login profile.`
                };
            }
            return null;
        },
        resolve: (input) => resolveStudent(input),
        allowed: (action) =>
            action === 'ENABLE' || (!config.manageDenied && (action !== 'DISABLE' || config.canDisable === true)),
        jobsPerRead: config.runJobsPerRead
    });

    const handleAction = (
        res: ServerResponse,
        record: RecordedRequest,
        body: string,
        fault: Fault | undefined
    ): void => {
        let parsed: { inputs?: unknown };
        try {
            parsed = JSON.parse(body) as { inputs?: unknown };
        } catch {
            record.status = 400;
            send(res, 400, [{ errorCode: 'JSON_PARSER_ERROR', message: 'The request body is not JSON.' }]);
            return;
        }
        if (!Array.isArray(parsed.inputs)) {
            record.status = 400;
            send(res, 400, [{ errorCode: 'INVALID_INPUT', message: 'Missing inputs.' }]);
            return;
        }
        const inputs = parsed.inputs as ActionInput[];
        record.inputs = inputs;
        const lifecycle = record.actionName === LIFECYCLE_ACTION_NAME;
        const variables = lifecycle ? LIFECYCLE_VARIABLES : REQUEST_VARIABLES;
        const unknown = inputs.flatMap((input) => Object.keys(input)).filter((key) => !variables.has(key));
        if (unknown.length > 0) {
            record.status = 400;
            send(res, 400, [
                {
                    errorCode: 'INVALID_INPUT',
                    message: `Unknown input parameter(s): ${[...new Set(unknown)].join(', ')}`
                }
            ]);
            return;
        }
        if (inputs.length > (config.maxInputs ?? 200)) {
            // The Apex's own refusal, the one contract of both invocables: StudentUserService.checkRequestCount throws
            // StudentUserService.TooManyRequestsException (label SPU_Service_Too_Many_Inputs) before anything is read,
            // so the platform answers with the uncaught exception on every input, not a per-row result.
            const refused = inputs.map((): ActionResult =>
                apexExceptionResult(
                    lifecycle ? LIFECYCLE_ACTION_NAME : ACTION_NAME,
                    `StudentUserService.TooManyRequestsException: At most 200 students can be enabled or changed in one call; this call has ${inputs.length}. Split the input.`
                )
            );
            sendResults(res, record, refused);
            return;
        }
        const apexError =
            fault?.type === 'apexException'
                ? fault.message
                : fault?.type === 'rowLock' && !fault.contactIds
                  ? ROW_LOCK_EXCEPTION
                  : config.cpuLimitAbove !== undefined && inputs.length > config.cpuLimitAbove
                    ? CPU_LIMIT_EXCEPTION
                    : undefined;
        if (apexError) {
            sendResults(
                res,
                record,
                inputs.map(() => apexExceptionResult(record.actionName ?? ACTION_NAME, apexError))
            );
            return;
        }
        const seen = new Set<string>();
        const locked = fault?.type === 'rowLock' ? new Set(fault.contactIds) : undefined;
        const results = inputs.map((given): ActionResult => {
            // A denied lifecycle caller gets no lookup (ManageStudentUsersAction resolves only for who may manage).
            const found =
                lifecycle && config.manageDenied ? { contactId: given.contactId ?? '' } : resolveStudent(given);
            if ('problem' in found) {
                return refusedInput(record.actionName ?? ACTION_NAME, given, found.problem);
            }
            const input = { ...given, contactId: found.contactId };
            if (locked?.has(input.contactId)) {
                // What the service reports for a partial-success DML row lock (StudentUserUserStep: PLATFORM_ERROR
                // with the Database.Error message, which names no code).
                return {
                    actionName: record.actionName ?? ACTION_NAME,
                    errors: null,
                    isSuccess: true,
                    outputValues: {
                        contactId: input.contactId,
                        status: 'FAILED',
                        errorCode: 'PLATFORM_ERROR',
                        errorField: '',
                        message: `${contacts.get(input.contactId)?.lastName ?? input.contactId} could not be enabled: unable to obtain exclusive access to this record or 1 records: ${input.contactId}`
                    },
                    version: 1
                };
            }
            const answer = lifecycle
                ? manageOne(input as unknown as LifecycleInput & { contactId: string }, seen)
                : enableOne(input, seen);
            if (given.accountId && answer.outputValues) {
                answer.outputValues.accountId = given.accountId;
            }
            return answer;
        });
        sendResults(res, record, results);
    };

    /**
     * HTTP 400 as soon as ONE input failed with `errors` (isSuccess false), though the others succeeded and committed:
     * seen from the platform (sfdx-mass-action-scheduler issue 69: "Bad Request" with isSuccess true results beside
     * failed ones); 200 otherwise.
     */
    const sendResults = (res: ServerResponse, record: RecordedRequest, results: ActionResult[]): void => {
        const status = results.some((result) => !result.isSuccess) ? 400 : 200;
        record.status = status;
        send(res, status, results);
    };

    const queryPage = (res: ServerResponse, record: RecordedRequest, locator: string): void => {
        const state = locators.get(locator);
        if (!state) {
            record.status = 400;
            send(res, 400, [{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }]);
            return;
        }
        const pageSize = config.queryPageSize ?? 2000;
        const records = state.records.slice(state.offset, state.offset + pageSize);
        state.offset += records.length;
        const done = state.offset >= state.records.length;
        const page: Record<string, unknown> = { totalSize: state.records.length, done, records };
        if (!done) {
            page.nextRecordsUrl = `/services/data/v${API_VERSION}/query/${locator}`;
        } else {
            locators.delete(locator);
        }
        record.status = 200;
        send(res, 200, page);
    };

    /** The run's one query: the contacts of `--where` (soql.ts whereQuery), in pages. */
    const handleQuery = (res: ServerResponse, record: RecordedRequest, soql: string): void => {
        const page = (records: Record<string, unknown>[]): void => {
            const locator = `01gFa${locators.size + queryCalls}-2000`;
            locators.set(locator, { records, offset: 0 });
            queryPage(res, record, locator);
        };
        // The in-org run's reads (in-org-run.ts runQuery, itemsQuery).
        const runQuery = /^SELECT [\w, ]+ FROM Student_User_Run__c WHERE Id = '(\w+)'$/.exec(soql);
        const itemsQuery =
            /^SELECT [\w, ]+ FROM Student_User_Run_Item__c WHERE Run__c = '(\w+)' ORDER BY Position__c$/.exec(soql);
        if (runQuery || itemsQuery) {
            page(runQuery ? inOrg.runRecords(runQuery[1]) : inOrg.itemRecords(itemsQuery?.[1] ?? ''));
            return;
        }
        const whereQuery = /^SELECT Id FROM Contact WHERE (.*) ORDER BY Id$/s.exec(soql);
        if (!whereQuery) {
            record.status = 400;
            send(res, 400, [{ errorCode: 'MALFORMED_QUERY', message: `unexpected query: ${soql}` }]);
            return;
        }
        const matched = config.where ? config.where(whereQuery[1]) : [...contacts.keys()];
        if (!Array.isArray(matched)) {
            record.status = 400;
            send(res, 400, [matched]);
            return;
        }
        page(
            [...matched].sort().map((id) => ({
                attributes: { type: 'Contact', url: `/services/data/v${API_VERSION}/sobjects/Contact/${id}` },
                Id: id
            }))
        );
    };

    /** The org facts queries: contacts → account and owner, and the portal accounts per owner (one page each). */
    const handleOrgQuery = (res: ServerResponse, record: RecordedRequest, soql: string): void => {
        const inList = (field: string): string[] => {
            const found = new RegExp(`\\b${field} IN \\(([^)]*)\\)`).exec(soql);
            return found ? parseSoqlStrings(found[1]) : [];
        };
        let records: Record<string, unknown>[];
        if (soql.startsWith('SELECT AccountId, Account.OwnerId, Account.Owner.Name FROM Contact ')) {
            const ids = new Set(inList('Id'));
            const emails = new Set(inList('Email').map((email) => email.toLowerCase()));
            const accountIds = new Set(inList('AccountId'));
            records = [...contacts.values()]
                .filter((contact) => fakeAccountId(contact) !== null)
                .filter(
                    (contact) =>
                        ids.has(contact.id) ||
                        (contact.email !== undefined && emails.has(contact.email.toLowerCase())) ||
                        accountIds.has(fakeAccountId(contact) ?? '') ||
                        [...accounts.values()].some(
                            (account) => accountIds.has(account.id) && account.personContactId === contact.id
                        )
                )
                .map((contact) => ({
                    attributes: { type: 'Contact' },
                    AccountId: fakeAccountId(contact),
                    Account: {
                        attributes: { type: 'Account' },
                        OwnerId: fakeOwnerId(contact.owner),
                        Owner: { attributes: { type: 'Name' }, Name: contact.owner }
                    }
                }));
        } else {
            const owners = new Set(inList('Account.OwnerId'));
            records = Object.entries(config.portalAccounts ?? {})
                .filter(([owner, count]) => count > 0 && owners.has(fakeOwnerId(owner)))
                .map(([owner, count]) => ({
                    attributes: { type: 'AggregateResult' },
                    accountOwner: fakeOwnerId(owner),
                    portalAccounts: count
                }));
        }
        record.status = 200;
        send(res, 200, { totalSize: records.length, done: true, records });
    };

    /** The Metadata API read of SharingSettings (SOAP), or its fault. */
    const handleMetadata = (res: ServerResponse, record: RecordedRequest, body: string): void => {
        const envelope = (content: string): string =>
            '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
            'xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
            `<soapenv:Body>${content}</soapenv:Body></soapenv:Envelope>`;
        const fault = (status: number, code: string, text: string): void => {
            record.status = status;
            send(
                res,
                status,
                envelope(
                    `<soapenv:Fault><faultcode>${code}</faultcode><faultstring>${text}</faultstring></soapenv:Fault>`
                ),
                'text/xml;charset=UTF-8'
            );
        };
        if (!body.includes(`<sessionId>${token}</sessionId>`)) {
            fault(500, 'sf:INVALID_SESSION_ID', 'INVALID_SESSION_ID: Invalid Session ID found in SessionHeader');
            return;
        }
        if (!/<readMetadata><type>SharingSettings<\/type><fullNames>Sharing<\/fullNames><\/readMetadata>/.test(body)) {
            fault(500, 'sf:INVALID_TYPE', 'INVALID_TYPE: the fake reads SharingSettings Sharing only');
            return;
        }
        const setting = config.accountRoleOptimization === undefined ? false : config.accountRoleOptimization;
        if (setting === null) {
            record.status = 200;
            send(
                res,
                200,
                envelope('<readMetadataResponse><result/></readMetadataResponse>'),
                'text/xml;charset=UTF-8'
            );
            return;
        }
        if (typeof setting === 'object') {
            fault(500, setting.faultcode, setting.faultstring);
            return;
        }
        record.status = 200;
        send(
            res,
            200,
            envelope(
                '<readMetadataResponse><result><records xsi:type="SharingSettings"><fullName>Sharing</fullName>' +
                    `<enableAccountRoleOptimization>${setting}</enableAccountRoleOptimization></records></result></readMetadataResponse>`
            ),
            'text/xml;charset=UTF-8'
        );
    };

    const applyFault = async (
        res: ServerResponse,
        req: IncomingMessage,
        record: RecordedRequest,
        fault: Fault | undefined
    ): Promise<boolean> => {
        if (!fault) {
            return false;
        }
        if (fault.type === 'delay') {
            await new Promise((resolve) => setTimeout(resolve, fault.ms));
            return false;
        }
        if (fault.type === 'reset') {
            record.status = 0;
            req.socket.destroy();
            return true;
        }
        if (fault.type === 'http') {
            record.status = fault.status;
            send(res, fault.status, fault.body, fault.contentType);
            return true;
        }
        return false;
    };

    const handle = async (req: IncomingMessage, res: ServerResponse, body: string): Promise<void> => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const match = /^\/services\/(?:data\/v|Soap\/m\/)(\d+\.\d)\/?(.*)$/.exec(url.pathname);
        const authorized = req.headers.authorization === `Bearer ${token}`;
        const record: RecordedRequest = {
            method: req.method ?? 'GET',
            path: url.pathname,
            version: match?.[1],
            kind: 'other',
            status: 0,
            authorized
        };
        requests.push(record);
        // Request line plus headers over 16,384 bytes: 431 Request Header Fields Too Large (Help KB 000386264;
        // salesforce.stackexchange.com 195449 measured it). The body is not Salesforce JSON: jsforce says ERROR_HTTP_431.
        const headBytes =
            `${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1\r\n`.length +
            req.rawHeaders.reduce((sum, value) => sum + value.length + 2, 0);
        if (headBytes > MAX_REQUEST_HEAD_BYTES) {
            record.status = 431;
            send(res, 431, 'Request Header Fields Too Large', 'text/plain');
            return;
        }
        const route = match?.[2] ?? '';
        const actionMatch = /^actions\/custom\/apex\/(\w+)$/.exec(route);
        if (
            req.method === 'POST' &&
            actionMatch &&
            (actionMatch[1] === ACTION_NAME ||
                actionMatch[1] === LIFECYCLE_ACTION_NAME ||
                actionMatch[1] === START_ACTION_NAME)
        ) {
            record.kind = 'action';
            record.actionName = actionMatch[1];
        } else if (req.method === 'POST' && url.pathname.startsWith('/services/Soap/m/')) {
            record.kind = 'metadata';
        } else if (req.method === 'GET' && route === 'query') {
            record.soql = url.searchParams.get('q') ?? '';
            record.kind = ORG_FACT_QUERY.test(record.soql) ? 'orgQuery' : 'query';
        } else if (req.method === 'GET' && route.startsWith('query/')) {
            record.kind = 'queryMore';
        }
        if (record.kind === 'metadata') {
            handleMetadata(res, record, body);
            return;
        }
        if (authorized && config.sessionCalls !== undefined && ++authorizedCalls > config.sessionCalls) {
            token = `${token}.expired`;
            record.authorized = false;
        }
        if (!record.authorized) {
            record.status = 401;
            send(res, 401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
            return;
        }
        if (record.kind === 'action') {
            const call = ++actionCalls;
            if (config.concurrentApexLimit !== undefined && inFlight >= config.concurrentApexLimit) {
                await applyFault(res, req, record, FAULTS.concurrentLimit());
                return;
            }
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            try {
                let inputs: ActionInput[] = [];
                try {
                    inputs = (JSON.parse(body) as { inputs: ActionInput[] }).inputs ?? [];
                } catch {
                    inputs = [];
                }
                const fault = config.actionFault?.(call, inputs);
                if (config.actionLatencyMs) {
                    await new Promise((resolve) => setTimeout(resolve, config.actionLatencyMs));
                }
                if (await applyFault(res, req, record, fault)) {
                    return;
                }
                if (record.actionName === START_ACTION_NAME) {
                    record.inputs = inputs;
                    sendResults(res, record, inOrg.start(inputs));
                } else {
                    handleAction(res, record, body, fault);
                }
            } finally {
                inFlight--;
            }
            return;
        }
        if (record.kind === 'orgQuery') {
            const call = ++orgQueryCalls;
            if (!(await applyFault(res, req, record, config.orgFactsFault?.(call, record.soql ?? '')))) {
                handleOrgQuery(res, record, record.soql ?? '');
            }
            return;
        }
        if (record.kind === 'query' || record.kind === 'queryMore') {
            const call = ++queryCalls;
            const fault = config.queryFault?.(call, record.soql ?? '');
            if (config.queryLatencyMs) {
                await new Promise((resolve) => setTimeout(resolve, config.queryLatencyMs));
            }
            if (await applyFault(res, req, record, fault)) {
                return;
            }
            if (record.kind === 'query') {
                handleQuery(res, record, record.soql ?? '');
            } else {
                queryPage(res, record, route.slice('query/'.length));
            }
            return;
        }
        record.status = 404;
        send(res, 404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    };

    // Node's own header limit is 16 KiB too: raise it so that the 431 above is this fake's answer, measured as documented.
    const server: Server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (data: Buffer) => chunks.push(data));
        req.on('end', () => {
            handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
                send(res, 500, [{ errorCode: 'UNKNOWN_EXCEPTION', message: String(error) }]);
            });
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}`,
        get token() {
            return token;
        },
        requests,
        actionRequests: () => requests.filter((request) => request.kind === 'action'),
        queryRequests: () => requests.filter((request) => request.kind === 'query' || request.kind === 'queryMore'),
        orgFactRequests: () => requests.filter((request) => request.kind === 'orgQuery' || request.kind === 'metadata'),
        maxActionsInFlight: () => maxInFlight,
        contact: (id) => contacts.get(id),
        inOrgRuns: inOrg.runs,
        expireSession: () => {
            token = `${token}.expired`;
        },
        close: () =>
            new Promise<void>((resolve, reject) => {
                server.closeAllConnections();
                server.close((error) => (error ? reject(error) : resolve()));
            })
    };
}
