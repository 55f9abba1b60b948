// The two @AuraEnabled methods of StudentUserController used by the LWC `enableStudentUser`.
// Shapes mirror docs/api.md ("Form context", "Request", "Result"); keep them in step with that contract.

declare module '@salesforce/apex/StudentUserController.getEnableContext' {
    import type { WireAdapterConstructor } from 'lwc';

    /** A value/label pair as the Apex side serializes picklist-like options. */
    export interface EnableContextOption {
        value: string;
        label: string;
    }

    export interface EnableContextContact {
        id: string;
        name: string;
        firstName: string | null;
        lastName: string | null;
        email: string | null;
        accountId: string | null;
        accountName: string | null;
        mailingCountry: string | null;
        mailingState: string | null;
        isPersonAccount: boolean;
    }

    /** The portal user already linked to the contact, if any. */
    export interface EnableContextExistingUser {
        id: string;
        username: string;
        isActive: boolean;
        profileId: string | null;
        licenseKey: string | null;
        /** The user's own time zone, kept on reactivation unless the form names another. */
        timeZoneSidKey?: string | null;
    }

    /** The owner of the contact's account (Salesforce requires it to have a role). */
    export interface EnableContextOwner {
        id: string;
        name: string;
        isActive: boolean;
        isInternal: boolean;
        roleId: string | null;
        roleName: string | null;
    }

    /** A licence by `UserLicense.LicenseDefinitionKey`, with its seats. */
    export interface EnableContextLicense {
        key: string;
        name: string;
        total: number;
        used: number;
        available: number;
        /** The service's default profile of this licence; absent when the admin must choose one. */
        defaultProfileId?: string | null;
    }

    export interface EnableContextProfile {
        id: string;
        name: string;
        licenseKey: string;
        isStandard: boolean;
    }

    export interface EnableContextSuggestedTimeZone {
        value: string;
        source: 'MAILING_ADDRESS' | 'SETTINGS' | 'RUNNING_USER';
        reason: string;
    }

    export interface EnableContextRole {
        id: string;
        name: string;
        developerName: string;
    }

    export interface EnableContextSuggested {
        username: string | null;
        communityNickname: string | null;
        alias: string | null;
        localeSidKey: string | null;
        languageLocaleKey: string | null;
        emailEncodingKey: string | null;
        sendWelcomeEmail: boolean;
    }

    /** A blocking problem: `code` and `field` as in the error-code table of docs/api.md. */
    export interface EnableContextProblem {
        code: string;
        field: string | null;
        message: string;
        fix: string | null;
    }

    /** One Experience Cloud site a profile reaches (`StudentSiteReadinessContext.SiteInfo`). */
    export interface EnableContextSite {
        name: string;
        status: string;
        live: boolean;
        loginUrl?: string | null;
        sendsWelcomeEmail: boolean;
    }

    /** The sites of one offered profile and its readiness problem (`NOT_A_SITE_MEMBER`, `SITE_NOT_LIVE`). */
    export interface EnableContextProfileSites {
        profileId: string;
        sites?: EnableContextSite[] | null;
        problem?: EnableContextProblem | null;
    }

    /** Login readiness (`StudentSiteReadinessContext`); absent when there is nothing to enable. */
    export interface EnableContextSiteReadiness {
        warnOnly: boolean;
        studentSite?: string | null;
        /** Where to check that the org's email arrives (`SPU_Form_Email_Delivery_Check`): not readable from Apex. */
        emailDeliveryCheck?: string | null;
        profiles: EnableContextProfileSites[];
    }

    /** `StudentUserController.getEnableContext(Id contactId)`. */
    export interface EnableContext {
        contact: EnableContextContact;
        existingUser: EnableContextExistingUser | null;
        owner: EnableContextOwner | null;
        licenses: EnableContextLicense[];
        profiles: EnableContextProfile[];
        defaultLicenseKey: string | null;
        defaultProfileId: string | null;
        timeZones: EnableContextOption[];
        suggestedTimeZone: EnableContextSuggestedTimeZone | null;
        roles: EnableContextRole[];
        defaultRoleId: string | null;
        suggested: EnableContextSuggested;
        localeOptions: EnableContextOption[];
        languageOptions: EnableContextOption[];
        emailEncodingOptions: EnableContextOption[];
        problems: EnableContextProblem[];
        canEnable: boolean;
        siteReadiness: EnableContextSiteReadiness | null;
    }

    /**
     * What Apex really sends: an @AuraEnabled object leaves out its null properties, and a context for a caller
     * without the permission (or an unknown contact) has no contact, owner or suggestions at all.
     */
    export type EnableContextPayload = {
        [K in Exclude<keyof EnableContext, 'contact' | 'suggested'>]?: EnableContext[K] | null;
    } & {
        contact?: Partial<EnableContextContact> | null;
        suggested?: Partial<EnableContextSuggested> | null;
    };

    export interface GetEnableContextParams {
        contactId: string | undefined;
    }

    /** What `@wire` provisions for an Apex method. */
    export interface WiredEnableContext {
        data?: EnableContextPayload;
        error?: unknown;
    }

    const getEnableContext: ((params: GetEnableContextParams) => Promise<EnableContextPayload>) & {
        adapter: WireAdapterConstructor<GetEnableContextParams, WiredEnableContext>;
    };
    export default getEnableContext;
}

declare module '@salesforce/apex/StudentUserController.enableStudentUser' {
    /** `StudentUserRequest`: every field but `contactId` may be left out (the service then uses its default). */
    export interface StudentUserRequest {
        contactId: string;
        licenseKey?: string;
        profileId?: string;
        profileName?: string;
        timeZoneSidKey?: string;
        username?: string;
        communityNickname?: string;
        alias?: string;
        localeSidKey?: string;
        languageLocaleKey?: string;
        emailEncodingKey?: string;
        ownerRoleId?: string;
        sendWelcomeEmail?: boolean;
        validateOnly?: boolean;
    }

    export type StudentUserStatus = 'CREATED' | 'REACTIVATED' | 'ALREADY_ENABLED' | 'VALID' | 'FAILED';

    /** `StudentUserResult`. A `FAILED` result is thrown instead (AuraHandledException, JSON message). */
    export interface StudentUserResult {
        contactId: string;
        status: StudentUserStatus;
        plannedAction: 'CREATE' | 'REACTIVATE' | 'NONE';
        userId: string | null;
        username: string | null;
        licenseKey: string | null;
        profileId: string | null;
        profileName: string | null;
        timeZoneSidKey: string | null;
        ownerId: string | null;
        ownerName: string | null;
        ownerRoleAssigned: boolean;
        ownerRoleId: string | null;
        ownerRoleName: string | null;
        permissionSetsAssigned: string[] | null;
        errorCode: string | null;
        errorField: string | null;
        message: string | null;
        /** What to do about the error, apart from `message` (which may still end with it); absent from older servers. */
        errorFix?: string | null;
        /** Sites the student can log in to (login readiness). */
        siteNames?: string[] | null;
        loginUrl?: string | null;
        emailDecision?: 'SALESFORCE_NEW_USER' | 'SITE_WELCOME' | 'NONE' | null;
        emailSite?: string | null;
        accountRole?: 'EXISTING' | 'PLATFORM_CREATES' | null;
    }

    const enableStudentUser: (params: { request: StudentUserRequest }) => Promise<StudentUserResult>;
    export default enableStudentUser;
}
