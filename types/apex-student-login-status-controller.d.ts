// The two @AuraEnabled methods of StudentLoginStatusController used by the LWC `studentUserLoginStatus`.
// Shapes mirror docs/api.md ("Login status"); keep them in step with that contract.

declare module '@salesforce/apex/StudentLoginStatusController.getLoginStatus' {
    import type { WireAdapterConstructor } from 'lwc';

    export type LoginLineState = 'OK' | 'PROBLEM' | 'WARNING' | 'UNKNOWN';

    /** One check of `StudentLoginStatus.Line`. */
    export interface LoginStatusLine {
        key: string;
        state: LoginLineState;
        label: string;
        detail: string | null;
        fix: string | null;
        /** REACTIVATE, UNFREEZE or SEND_LOGIN_LINK: the lifecycle action that fixes the line in one click. */
        action: string | null;
    }

    export interface LoginStatusSite {
        networkId: string;
        name: string;
        status: string;
        live: boolean;
        loginUrl: string | null;
    }

    /** `StudentLoginStatus`. */
    export interface LoginStatus {
        contactId: string;
        studentName: string | null;
        userId: string | null;
        username: string | null;
        canLogIn: boolean;
        /** The user has a Federation ID: signs in with single sign-on (no password needed, no login link). */
        singleSignOn?: boolean;
        canManage: boolean;
        canReactivate: boolean;
        lines: LoginStatusLine[];
        sites: LoginStatusSite[];
    }

    export interface GetLoginStatusParams {
        contactId: string | undefined;
    }

    export interface WiredLoginStatus {
        data?: LoginStatus;
        error?: unknown;
    }

    const getLoginStatus: ((params: GetLoginStatusParams) => Promise<LoginStatus>) & {
        adapter: WireAdapterConstructor<GetLoginStatusParams, WiredLoginStatus>;
    };
    export default getLoginStatus;
}

declare module '@salesforce/apex/StudentLoginStatusController.runLoginAction' {
    import type { LoginStatus } from '@salesforce/apex/StudentLoginStatusController.getLoginStatus';

    /** `StudentLifecycleResult` (docs/api.md, "Lifecycle actions"). */
    export interface LoginActionResult {
        contactId: string;
        action: string;
        status: string;
        userId: string | null;
        username: string | null;
        errorCode: string | null;
        errorField: string | null;
        message: string | null;
        errorFix: string | null;
    }

    /** `StudentLoginStatusController.ActionOutcome`. */
    export interface LoginActionOutcome {
        result: LoginActionResult;
        status: LoginStatus;
    }

    const runLoginAction: (params: { contactId: string | undefined; action: string }) => Promise<LoginActionOutcome>;
    export default runLoginAction;
}
