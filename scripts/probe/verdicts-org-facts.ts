/**
 * Verdicts of the org facts: information about the org rather than platform behaviour. They use the same verdicts:
 * `confirmed` = the thing is there, `refuted` = it is not (a fact about this org, not a defect), `could not test` =
 * the probe could not read it.
 */
import { ROLE_BASED_USER_TYPE } from '../student-users/org-facts';
import type { Answer } from './types';
import { answer, FLOW_API_NAME, LICENCE_KEYS, show } from './verdicts';

type Row = Record<string, unknown>;

export const ORG_FACT_IDS = {
    customProfiles: 'custom-profile-per-licence',
    programData: 'program-data-model',
    portalUserType: 'portal-user-type',
    ownerPortalAccounts: 'owner-portal-account-count',
    flowAccess: 'flow-access-setup-entity'
} as const;

export const ORG_FACT_CLAIMS = {
    customProfiles:
        'Each Customer Community Plus licence has a custom profile (PermissionSet IsOwnedByProfile and IsCustom)',
    programData:
        'A program data model the cohort page reads is present (Education Cloud LearnerProgram, or EDA hed__Affiliation__c / hed__Program_Enrollment__c) with its fields',
    portalUserType: `Users of the Customer Community Plus licences (Plus and Plus Login) have UserType ${ROLE_BASED_USER_TYPE}`,
    ownerPortalAccounts:
        "The CLI's per-owner count (User, COUNT_DISTINCT(AccountId) GROUP BY Account.OwnerId) is accepted through the API and counts a portal account owner's accounts",
    flowAccess: `The flow access of Student_User_Enablement and Student_User_Lifecycle to ${FLOW_API_NAME} is a SetupEntityAccess row whose SetupEntityId is the flow's FlowDefinitionView.DurableId (what the tab's Setup view reads)`
} as const;

/** UserType of the licences' users, by licence (the CLI's 50,000-per-owner count filters on one UserType). */
export const PORTAL_USER_TYPE_SOQL = `SELECT Profile.UserLicense.LicenseDefinitionKey licence, UserType userType, COUNT(Id) users FROM User WHERE Profile.UserLicense.LicenseDefinitionKey IN ('${LICENCE_KEYS.join("','")}') GROUP BY Profile.UserLicense.LicenseDefinitionKey, UserType`;

/** One owner of an account that has a Customer Community Plus user (the count question's subject). */
export const PORTAL_OWNER_SOQL = `SELECT Account.OwnerId FROM User WHERE UserType = '${ROLE_BASED_USER_TYPE}' AND AccountId != null LIMIT 1`;

/** The UserType of each licence's users, from the rows of PORTAL_USER_TYPE_SOQL. */
export function portalUserTypeVerdict(rows: readonly Row[]): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(ORG_FACT_IDS.portalUserType, ORG_FACT_CLAIMS.portalUserType, kind, evidence, rows);
    if (rows.length === 0) {
        return verdict('could not test', 'no user of either licence in this org (run again after enabling a student)');
    }
    const lines = rows.map((row) => `${show(row.licence)}: ${show(row.userType)} (${show(row.users)} users)`);
    const other = rows.some((row) => row.userType !== ROLE_BASED_USER_TYPE);
    return verdict(other ? 'refuted' : 'confirmed', lines.join('; '));
}

/** The owner of PORTAL_OWNER_SOQL's first row, if any. */
export function portalOwnerOf(rows: readonly Row[]): string | undefined {
    const owner = rows.length > 0 ? nested(rows[0], 'Account', 'OwnerId') : undefined;
    return typeof owner === 'string' && owner !== '' ? owner : undefined;
}

/** The CLI's count for `ownerId`: its rows, or the query's failure. */
export function ownerPortalAccountsVerdict(
    ownerId: string,
    rows: readonly Row[] | undefined,
    failure?: string
): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(ORG_FACT_IDS.ownerPortalAccounts, ORG_FACT_CLAIMS.ownerPortalAccounts, kind, evidence, rows);
    if (!rows) return verdict('refuted', `the query failed: ${failure ?? 'no message'}`);
    const row = rows.find((candidate) => candidate.accountOwner === ownerId);
    const count = Number(row?.portalAccounts ?? 0);
    return count >= 1
        ? verdict('confirmed', `owner ${ownerId}: ${count} account(s) with Customer Community Plus users`)
        : verdict('refuted', `no count for owner ${ownerId}, who owns the account of a portal user: ${show(rows)}`);
}

/** The custom profiles of the licences, told apart from standard ones by their own permission set. */
export const CUSTOM_PROFILE_SOQL = `SELECT ProfileId, Profile.Name, Profile.UserLicense.LicenseDefinitionKey FROM PermissionSet WHERE IsOwnedByProfile = true AND IsCustom = true AND Profile.UserLicense.LicenseDefinitionKey IN ('${LICENCE_KEYS.join("','")}') ORDER BY Profile.Name`;

function nested(row: Row, ...path: string[]): unknown {
    let value: unknown = row;
    for (const key of path) {
        value = typeof value === 'object' && value !== null ? (value as Row)[key] : undefined;
    }
    return value;
}

/** The custom profiles by licence, from the rows of CUSTOM_PROFILE_SOQL. */
export function customProfilesVerdict(rows: readonly Row[]): Answer {
    const lines: string[] = [];
    let missing = false;
    for (const key of LICENCE_KEYS) {
        const names = rows
            .filter((row) => nested(row, 'Profile', 'UserLicense', 'LicenseDefinitionKey') === key)
            .map((row) => show(nested(row, 'Profile', 'Name')));
        if (names.length === 0) missing = true;
        lines.push(`${key}: ${names.length === 0 ? 'none' : names.join(', ')}`);
    }
    return answer(
        ORG_FACT_IDS.customProfiles,
        ORG_FACT_CLAIMS.customProfiles,
        missing ? 'refuted' : 'confirmed',
        lines.join('; '),
        rows
    );
}

/** A data model of classes/cohort/StudentProgramEndSelector (same names, objects and fields, same order). */
export interface ProgramModel {
    name: string;
    objectName: string;
    fields: string[];
}

export const PROGRAM_MODELS: readonly ProgramModel[] = [
    {
        name: 'EDUCATION_CLOUD',
        objectName: 'LearnerProgram',
        fields: ['LearnerContactId', 'EndDate', 'ExpectedGraduationDate']
    },
    {
        name: 'EDA_AFFILIATION',
        objectName: 'hed__Affiliation__c',
        fields: ['hed__Contact__c', 'hed__EndDate__c', 'hed__Role__c', 'hed__Status__c']
    },
    {
        name: 'EDA_PROGRAM_ENROLLMENT',
        objectName: 'hed__Program_Enrollment__c',
        fields: ['hed__Contact__c', 'hed__End_Date__c']
    }
];

interface FoundModel {
    name?: string;
    objectName?: string;
    exists?: boolean;
    accessible?: boolean;
    missingFields?: string[];
}

/** From probe-org-schema.apex: the first model whose object and fields all exist wins, as in the selector. */
export function programDataVerdict(result: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(ORG_FACT_IDS.programData, ORG_FACT_CLAIMS.programData, kind, evidence, result);
    const models = Array.isArray(result.models) ? (result.models as FoundModel[]) : [];
    if (models.length === 0) return verdict('could not test', 'the describe reported no data models');
    const lines = models.map((model) => {
        if (model.exists !== true) return `${show(model.objectName)}: absent`;
        const missing = model.missingFields ?? [];
        const access = model.accessible === true ? '' : ', not readable by the running user';
        return `${show(model.objectName)}: ${missing.length === 0 ? 'all fields' : `missing ${missing.join(', ')}`}${access}`;
    });
    const used = models.find((model) => model.exists === true && (model.missingFields ?? []).length === 0);
    if (!used) return verdict('refuted', `${lines.join('; ')}: the cohort page answers NO_PROGRAM_DATA`);
    return verdict('confirmed', `${show(used.name)} is used; ${lines.join('; ')}`);
}

/** The permission sets whose flow access the Setup view reads (StudentSetupAccess.flowCheck). */
export const FLOW_ACCESS_SETS = ['Student_User_Enablement', 'Student_User_Lifecycle'] as const;

/** The list button's flow definition id, as the Setup view reads it. */
export const FLOW_DURABLE_ID_SOQL = `SELECT DurableId FROM FlowDefinitionView WHERE ApiName = '${FLOW_API_NAME}'`;

/** The SetupEntityAccess rows of the two permission sets for the flow definition `durableId`. */
export function flowAccessSoql(durableId: string): string {
    const id = durableId.replace(/[^A-Za-z0-9]/g, '');
    return `SELECT Parent.Name, SetupEntityId, SetupEntityType FROM SetupEntityAccess WHERE SetupEntityId = '${id}' AND Parent.Name IN ('${FLOW_ACCESS_SETS.join("','")}')`;
}

/**
 * Whether both permission sets' flow access comes back keyed by the flow's DurableId: confirmed (the Setup view's
 * FLOW step reads it right), refuted (the view would say "to do" for a flow the sets do grant: read the flow access
 * another way), could not test (the flow is not in the org).
 */
export function flowAccessVerdict(durableId: string | undefined, rows: readonly Row[]): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(ORG_FACT_IDS.flowAccess, ORG_FACT_CLAIMS.flowAccess, kind, evidence, rows);
    if (!durableId) return verdict('could not test', `no flow ${FLOW_API_NAME} in this org (deploy first)`);
    const found = rows.map((row) => `${show(nested(row, 'Parent', 'Name'))} (${show(row.SetupEntityType)})`);
    const missing = FLOW_ACCESS_SETS.filter((name) => !rows.some((row) => nested(row, 'Parent', 'Name') === name));
    return missing.length === 0
        ? verdict('confirmed', `flow definition ${durableId}: ${found.join(', ')}`)
        : verdict(
              'refuted',
              `flow definition ${durableId}: no SetupEntityAccess row for ${missing.join(', ')} (found: ${found.join(', ') || 'none'})`
          );
}
