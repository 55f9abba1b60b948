// The @AuraEnabled methods of StudentCohortController for the LWC `studentCohort` and its children (issue #16: access, lifecycle mode, recent runs, program end).
// Request and result are the service's own shapes (docs/api.md), declared with StudentUserController.

declare module '@salesforce/apex/StudentCohortController.getCohortContext' {
    import type { WireAdapterConstructor } from 'lwc';
    import type {
        EnableContextLicense,
        EnableContextOption,
        EnableContextProfile
    } from '@salesforce/apex/StudentUserController.getEnableContext';

    /** `StudentCohortContext`: the choices of the shared settings and their defaults. */
    export interface CohortContext {
        licenses: EnableContextLicense[];
        profiles: EnableContextProfile[];
        timeZones: EnableContextOption[];
        defaultLicenseKey: string | null;
        defaultProfileId: string | null;
        defaultTimeZone: string | null;
        sendWelcomeEmail: boolean;
        maxStudentsPerCall: number;
        maxEntriesPerResolve: number;
    }

    /** What Apex really sends: an @AuraEnabled object leaves out its null properties. */
    export type CohortContextPayload = { [K in keyof CohortContext]?: CohortContext[K] | null };

    export interface WiredCohortContext {
        data?: CohortContextPayload;
        error?: unknown;
    }

    const getCohortContext: (() => Promise<CohortContextPayload>) & {
        adapter: WireAdapterConstructor<Record<string, never>, WiredCohortContext>;
    };
    export default getCohortContext;
}

declare module '@salesforce/apex/StudentCohortController.resolveStudents' {
    /** A contact an entry named. */
    export interface CohortStudent {
        contactId: string;
        name: string;
        email?: string | null;
        accountName?: string | null;
        entry: string;
    }

    export type CohortIssueCode = 'INVALID_ENTRY' | 'NOT_FOUND' | 'AMBIGUOUS_EMAIL' | 'DUPLICATE_ENTRY';

    /** An entry that names no single new contact. */
    export interface CohortIssue {
        entry: string;
        code: CohortIssueCode;
        message: string;
    }

    /** `StudentCohortResolution`. */
    export interface CohortResolution {
        students: CohortStudent[];
        issues: CohortIssue[];
    }

    const resolveStudents: (params: { idsOrEmails: string[] }) => Promise<CohortResolution>;
    export default resolveStudents;
}

declare module '@salesforce/apex/StudentCohortController.checkStudents' {
    import type {
        StudentUserRequest,
        StudentUserResult
    } from '@salesforce/apex/StudentUserController.enableStudentUser';

    /** Validate-only run of StudentUserService over at most 200 requests: VALID, ALREADY_ENABLED or FAILED each. */
    const checkStudents: (params: { requests: StudentUserRequest[] }) => Promise<StudentUserResult[]>;
    export default checkStudents;
}

declare module '@salesforce/apex/StudentCohortController.enableStudents' {
    import type {
        StudentUserRequest,
        StudentUserResult
    } from '@salesforce/apex/StudentUserController.enableStudentUser';

    /** Real run of StudentUserService over at most 200 requests: CREATED, REACTIVATED, ALREADY_ENABLED or FAILED each. */
    const enableStudents: (params: { requests: StudentUserRequest[] }) => Promise<StudentUserResult[]>;
    export default enableStudents;
}

declare module '@salesforce/apex/StudentCohortController.getRecentRuns' {
    import type { WireAdapterConstructor } from 'lwc';

    /** `StudentUserRunSummary`: one recorded run (docs/service.md, "Run record"). */
    export interface StudentUserRunSummary {
        id: string;
        name: string;
        action: string;
        runById?: string | null;
        runByName?: string | null;
        recordedAt: string;
        studentCount: number;
        succeeded: number;
        failed: number;
        skipped: number;
    }

    export interface WiredRecentRuns {
        data?: StudentUserRunSummary[];
        error?: unknown;
    }

    /** Newest first; limitSize null or below 1 gives 10, at most 50. Cacheable. */
    const getRecentRuns: ((params: { limitSize?: number | null }) => Promise<StudentUserRunSummary[]>) & {
        adapter: WireAdapterConstructor<{ limitSize?: number | null }, WiredRecentRuns>;
    };
    export default getRecentRuns;
}

declare module '@salesforce/apex/StudentCohortController.findStudentsWhoseProgramEnded' {
    export type ProgramDataModel = 'EDUCATION_CLOUD' | 'EDA_AFFILIATION' | 'EDA_PROGRAM_ENROLLMENT';

    /** `StudentProgramEndResult` (an @AuraEnabled object leaves out its null properties). */
    export interface StudentProgramEndResult {
        endedOnOrBefore: string;
        dataModel?: ProgramDataModel | null;
        objectName?: string | null;
        contactIds: string[];
        truncated: boolean;
        code?: 'NO_PROGRAM_DATA' | 'PROGRAM_DATA_NOT_READABLE' | null;
        message?: string | null;
    }

    /** At most 2,000 Contact ids, in id order; endedOnOrBefore as 'YYYY-MM-DD', null = today. */
    const findStudentsWhoseProgramEnded: (params: {
        endedOnOrBefore?: string | null;
    }) => Promise<StudentProgramEndResult>;
    export default findStudentsWhoseProgramEnded;
}

declare module '@salesforce/apex/StudentCohortController.getCohortAccess' {
    import type { WireAdapterConstructor } from 'lwc';

    /** `StudentCohortAccess`: which modes of the page the caller may use. */
    export interface CohortAccess {
        canEnable: boolean;
        canManage: boolean;
        canDisable: boolean;
        maxStudentsPerCall: number;
    }

    export interface WiredCohortAccess {
        data?: Partial<CohortAccess>;
        error?: unknown;
    }

    /** No permission needed (it reports the caller's own custom permissions). Cacheable. */
    const getCohortAccess: (() => Promise<Partial<CohortAccess>>) & {
        adapter: WireAdapterConstructor<Record<string, never>, WiredCohortAccess>;
    };
    export default getCohortAccess;
}

declare module '@salesforce/apex/StudentCohortController.checkLifecycle' {
    export type LifecycleAction = 'DEACTIVATE' | 'FREEZE' | 'UNFREEZE' | 'SEND_LOGIN_LINK' | 'REACTIVATE' | 'DISABLE';

    /** `StudentLifecycleRequest` (docs/api.md, "Lifecycle actions"). */
    export interface StudentLifecycleRequest {
        action: string;
        contactId: string;
        validateOnly?: boolean;
        confirmDisable?: boolean;
    }

    /** `StudentLifecycleResult` (an @AuraEnabled object leaves out its null properties). */
    export interface StudentLifecycleResult {
        contactId: string;
        action: string;
        status: string;
        userId?: string | null;
        username?: string | null;
        errorCode?: string | null;
        errorField?: string | null;
        message?: string | null;
        errorFix?: string | null;
    }

    /** Lifecycle dry run over at most 200 requests: VALID, SKIPPED or FAILED each. Needs Manage_Student_Users. */
    const checkLifecycle: (params: { requests: StudentLifecycleRequest[] }) => Promise<StudentLifecycleResult[]>;
    export default checkLifecycle;
}

declare module '@salesforce/apex/StudentCohortController.manageStudents' {
    import type {
        StudentLifecycleRequest,
        StudentLifecycleResult
    } from '@salesforce/apex/StudentCohortController.checkLifecycle';

    /** Real lifecycle run over at most 200 requests: the action's done status, SKIPPED or FAILED each. */
    const manageStudents: (params: { requests: StudentLifecycleRequest[] }) => Promise<StudentLifecycleResult[]>;
    export default manageStudents;
}

// getSetupStatus for the LWC `studentSetupStatus` (issue #22 part 4: the Setup view).
declare module '@salesforce/apex/StudentCohortController.getSetupStatus' {
    /** `StudentSetupStatus.Check`: one set-up step. */
    export interface SetupCheck {
        key: string;
        status: 'DONE' | 'TODO' | 'UNREADABLE';
        title: string;
        detail: string;
        fix: string;
        link: string;
    }

    /** `StudentSetupStatus`: the steps, or visible false (no checks) for a caller who may not see them. */
    export interface SetupStatus {
        visible: boolean;
        checks: SetupCheck[];
    }

    /** Not cacheable (imperative only): "Check again" reads the org anew. */
    const getSetupStatus: () => Promise<SetupStatus>;
    export default getSetupStatus;
}
