/**
 * What each subcommand of `student-users` asks of Salesforce: the invocable action it posts to, the action value and
 * the statuses it can return, and the results columns it writes. Everything else (input, chunking, retries, resume,
 * results file, summary) is one code path shared by every subcommand.
 */
import type { RowStatus } from './results-format';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from './results-format';
import type { ResultColumn } from './results-format';

export const ENABLE_ACTION_NAME = 'EnableStudentUsersAction';
export const LIFECYCLE_ACTION_NAME = 'ManageStudentUsersAction';

/** The `action` values of ManageStudentUsersAction (docs/api.md, "Lifecycle actions"). */
export type LifecycleAction = 'DEACTIVATE' | 'FREEZE' | 'UNFREEZE' | 'SEND_LOGIN_LINK' | 'REACTIVATE' | 'DISABLE';

export interface Operation {
    /** The subcommand, e.g. `deactivate`. */
    command: string;
    /** The invocable action it posts to. */
    actionName: typeof ENABLE_ACTION_NAME | typeof LIFECYCLE_ACTION_NAME;
    /** The `action` input of ManageStudentUsersAction; absent for enable. */
    action?: LifecycleAction;
    /** One line for `--help`. */
    description: string;
    /** "Enabling", "Deactivating": the start line of a run. */
    verb: string;
    /** The status of a row that was done (a real run). */
    doneStatus: RowStatus;
    /** Label of `doneStatus` in the summary. */
    doneLabel: string;
    /** Statuses the action may return for this subcommand (besides FAILED). */
    statuses: readonly RowStatus[];
    /** Rows with these statuses in a `--resume` file are not sent again. */
    resumeSkips: ReadonlySet<RowStatus>;
    columns: readonly ResultColumn[];
    /**
     * Safe to send again when the CLI cannot know whether a call ran (it timed out, or the connection dropped after
     * the request left): the second call finds the work done and says so (ALREADY_ENABLED, ALREADY_INACTIVE, ...).
     * Not so for a login link (a second email, and the first link stops working) or a disable (the second call finds
     * no portal user and reports a disable that succeeded as failed): those are never resent automatically.
     */
    resendable: boolean;
    /**
     * Action calls in flight at once unless --concurrency says otherwise. Enable: one, as Salesforce advises for
     * role-based users (Help KB 004576984 "Considerations for Inserting Users in Bulk": parallel inserts lock records
     * and group membership; process sequentially), and each call of over 5 s of Apex counts toward the org's
     * concurrent long-running request limit (Object Reference, "Concurrent Long-Running Apex Limit Event Type").
     */
    defaultConcurrency: number;
}

export const ENABLE: Operation = {
    command: 'enable',
    actionName: ENABLE_ACTION_NAME,
    description:
        'Enable Customer Community Plus portal users for many students at once, through the ' +
        'EnableStudentUsersAction invocable action (same checks, owner-role fix and idempotency as the quick action).',
    verb: 'Enabling',
    doneStatus: 'CREATED',
    doneLabel: 'Created',
    statuses: ['CREATED', 'REACTIVATED', 'ALREADY_ENABLED', 'VALID'],
    resumeSkips: new Set<RowStatus>(['CREATED', 'REACTIVATED', 'ALREADY_ENABLED']),
    columns: RESULT_COLUMNS,
    resendable: true,
    defaultConcurrency: 1
};

function lifecycle(
    command: string,
    action: LifecycleAction,
    doneStatus: RowStatus,
    doneLabel: string,
    verb: string,
    description: string
): Operation {
    return {
        command,
        actionName: LIFECYCLE_ACTION_NAME,
        action,
        description: `${description} (ManageStudentUsersAction, action ${action}).`,
        verb,
        doneStatus,
        doneLabel,
        statuses: [doneStatus, 'VALID', 'SKIPPED'],
        // SKIPPED means there was nothing to do (e.g. ALREADY_INACTIVE): sending it again would change nothing.
        resumeSkips: new Set<RowStatus>([doneStatus, 'SKIPPED']),
        columns: LIFECYCLE_RESULT_COLUMNS,
        resendable: action !== 'SEND_LOGIN_LINK' && action !== 'DISABLE',
        defaultConcurrency: 2
    };
}

export const LIFECYCLE_OPERATIONS: readonly Operation[] = [
    lifecycle(
        'deactivate',
        'DEACTIVATE',
        'DEACTIVATED',
        'Deactivated',
        'Deactivating',
        "Deactivate students' portal users (frees the licence, keeps the contact link; undo with reactivate)"
    ),
    lifecycle(
        'freeze',
        'FREEZE',
        'FROZEN',
        'Frozen',
        'Freezing',
        "Freeze students' portal users (blocks login, keeps the licence; undo with unfreeze)"
    ),
    lifecycle('unfreeze', 'UNFREEZE', 'UNFROZEN', 'Unfrozen', 'Unfreezing', "Unfreeze students' portal users"),
    lifecycle(
        'send-login-link',
        'SEND_LOGIN_LINK',
        'LOGIN_LINK_SENT',
        'Login link sent',
        'Sending login links to',
        'Send students a login link (password reset email through their site)'
    ),
    lifecycle(
        'reactivate',
        'REACTIVATE',
        'REACTIVATED',
        'Reactivated',
        'Reactivating',
        "Reactivate students' deactivated portal users (keeps their profile and time zone)"
    ),
    lifecycle(
        'disable',
        'DISABLE',
        'DISABLED',
        'Disabled',
        'Disabling',
        "PERMANENTLY disable students' portal users (IsPortalEnabled = false: cannot be undone, breaks the contact " +
            'link; needs --confirm-disable and the Disable_Student_Users permission)'
    )
];

export const OPERATIONS: readonly Operation[] = [ENABLE, ...LIFECYCLE_OPERATIONS];

/** Why `disable` needs `--confirm-disable`, and what to do instead. */
export const DISABLE_REFUSAL =
    'disable is permanent: it turns the portal user off for good (IsPortalEnabled = false), which cannot be undone ' +
    'and breaks the link between the user and the contact. To stop students logging in, use ' +
    '"student-users deactivate" (frees the licence; undo with "student-users reactivate") or "student-users freeze" ' +
    '(keeps the licence). If you really mean to disable them, add --confirm-disable (you also need the admin-only ' +
    'Disable_Student_Users permission); nothing was sent.';
