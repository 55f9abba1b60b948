// StudentCohortController.getSetupStatus for the LWC `studentSetupStatus` (issue #22 part 4: the Setup view).

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
