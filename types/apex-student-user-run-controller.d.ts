// The @AuraEnabled methods of StudentUserRunController for the LWC `studentUserRunProgress` and `studentCohortInOrgRun`
// (issue #24, in-org runs): the contract of /docs/cohort.md "In-org run". None is cacheable: a run changes while it goes on.

declare module '@salesforce/apex/StudentUserRunController.getRunStatus' {
    /** `StudentUserRunStatus.CodeCount`: failed students of one code. */
    export interface RunCodeCount {
        code: string;
        count: number;
    }

    /** `StudentUserRunStatus.Warning`: a limit the run would meet, said before starting. */
    export interface RunWarning {
        code: string;
        message: string;
        fix?: string | null;
    }

    /** `StudentUserRunStatus.ResultRow`: one student of a run. */
    export interface RunResultRow {
        position: number;
        contactId: string;
        studentName?: string | null;
        email?: string | null;
        /** SUCCEEDED, FAILED, SKIPPED or PENDING */
        status: string;
        code?: string | null;
        message?: string | null;
        fix?: string | null;
        userId?: string | null;
    }

    /** `StudentUserRunStatus.EnableOptions`: an ENABLE run's options for every student; blank = the org's defaults. */
    export interface RunEnableOptions {
        licenseKey?: string | null;
        profileId?: string | null;
        profileName?: string | null;
        timeZoneSidKey?: string | null;
        sendWelcomeEmail?: boolean | null;
    }

    /** `StudentUserRunStatus`: where a run stands (an @AuraEnabled object leaves out its null properties). */
    export interface RunStatus {
        runId: string;
        name?: string | null;
        action?: string | null;
        /** QUEUED, RUNNING, CANCELLING, CANCELLED, COMPLETED or FAILED */
        status: string;
        dryRun?: boolean | null;
        studentCount?: number | null;
        succeeded?: number | null;
        failed?: number | null;
        skipped?: number | null;
        pending?: number | null;
        chunkSize?: number | null;
        jobs?: number | null;
        reenqueues?: number | null;
        startedAt?: string | null;
        finishedAt?: string | null;
        lastError?: string | null;
        failuresByCode?: RunCodeCount[] | null;
        runBy?: string | null;
        enableOptions?: RunEnableOptions | null;
    }

    const getRunStatus: (params: { runId: string }) => Promise<RunStatus | null>;
    export default getRunStatus;
}

declare module '@salesforce/apex/StudentUserRunController.startRun' {
    import type { RunEnableOptions, RunStatus } from '@salesforce/apex/StudentUserRunController.getRunStatus';
    const startRun: (params: {
        action: string;
        contactIds: string[];
        dryRun: boolean;
        confirmDisable: boolean;
        /** Apex: a StudentUserRequest, of which only these fields count (ENABLE; null = the org's defaults). */
        enableOptions: RunEnableOptions | null;
    }) => Promise<RunStatus>;
    export default startRun;
}

declare module '@salesforce/apex/StudentUserRunController.cancelRun' {
    import type { RunStatus } from '@salesforce/apex/StudentUserRunController.getRunStatus';
    const cancelRun: (params: { runId: string }) => Promise<RunStatus>;
    export default cancelRun;
}

declare module '@salesforce/apex/StudentUserRunController.resumeRun' {
    import type { RunStatus } from '@salesforce/apex/StudentUserRunController.getRunStatus';
    const resumeRun: (params: { runId: string }) => Promise<RunStatus>;
    export default resumeRun;
}

declare module '@salesforce/apex/StudentUserRunController.getLatestRun' {
    import type { RunStatus } from '@salesforce/apex/StudentUserRunController.getRunStatus';
    const getLatestRun: () => Promise<RunStatus | null>;
    export default getLatestRun;
}

declare module '@salesforce/apex/StudentUserRunController.getRunWarnings' {
    import type { RunWarning } from '@salesforce/apex/StudentUserRunController.getRunStatus';
    const getRunWarnings: (params: { action: string; contactIds: string[] }) => Promise<RunWarning[]>;
    export default getRunWarnings;
}

declare module '@salesforce/apex/StudentUserRunController.getRunResults' {
    import type { RunResultRow } from '@salesforce/apex/StudentUserRunController.getRunStatus';
    const getRunResults: (params: {
        runId: string;
        afterPosition: number;
        pageSize: number;
    }) => Promise<RunResultRow[]>;
    export default getRunResults;
}
