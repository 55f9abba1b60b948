/**
 * Org probe questions of issue 15 (Person Accounts): does this org have them, and does the quick action
 * "Enable Student User" on Account show on a person account's page? Queries only, nothing is created; the verdicts
 * are pure functions over the rows, tested offline.
 */
// @ts-nocheck

import type { Answer, Verdict } from './types';

type Row = Record<string, unknown>;

export const PERSON_ACCOUNT_CLAIMS = {
    enabled:
        'Person Accounts are enabled: Account has IsPersonAccount, PersonContactId and PersonEmail (the quick action on Account and Account Id entries resolve through PersonContactId)',
    action: 'The quick action Enable Student User on Account shows on a person account record page (its layout lists it)'
} as const;

/** The Account fields that exist only with Person Accounts and that the product reads (dynamically). */
export const PERSON_ACCOUNT_FIELDS = ['IsPersonAccount', 'PersonContactId', 'PersonEmail'] as const;

/** Works in every org: FieldDefinition lists the fields the org has. */
export const PERSON_ACCOUNT_FIELDS_SOQL = `SELECT QualifiedApiName FROM FieldDefinition WHERE EntityDefinition.QualifiedApiName = 'Account' AND QualifiedApiName IN ('${PERSON_ACCOUNT_FIELDS.join("','")}')`;

/** A person account to look at (the demo seeds two); only sent once the fields are known to exist. */
export const PERSON_ACCOUNT_SOQL =
    'SELECT Id, Name, PersonContactId FROM Account WHERE PersonContactId != null ORDER BY CreatedDate LIMIT 1';

/** The quick action's API name as the platform lists it (object-specific actions are `Object.Name`). */
export const ACCOUNT_ACTION_NAME = 'Enable_Student_User';

/** The actions a desktop record page of the account shows to the running user (PlatformAction is virtual). */
export function platformActionSoql(accountId: string): string {
    return `SELECT ApiName, Label, Type FROM PlatformAction WHERE SourceEntity = '${accountId.replace(/[^A-Za-z0-9]/g, '')}' AND ActionListContext = 'Record' AND DeviceFormat = 'Desktop'`;
}

function answer(id: string, claim: string, verdict: Verdict, evidence: string, details?: unknown): Answer {
    return { id, claim, verdict, evidence, ...(details === undefined ? {} : { details }) };
}

/** A text value of a row ('' when it is not text). */
function text(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

function fieldNames(rows: readonly Row[]): string[] {
    return rows.map((row) => text(row.QualifiedApiName)).filter(Boolean);
}

/** Question: are Person Accounts enabled? Confirmed in the Person Accounts shape, refuted in the other one. */
export function personAccountsVerdict(rows: readonly Row[]): Answer {
    const found = fieldNames(rows);
    const missing = PERSON_ACCOUNT_FIELDS.filter((field) => !found.includes(field));
    const evidence =
        missing.length === 0
            ? `Account has ${PERSON_ACCOUNT_FIELDS.join(', ')}`
            : `Account lacks ${missing.join(', ')}${found.length > 0 ? ` (has ${found.join(', ')})` : ''}: no Person Accounts; Account ids get PERSON_ACCOUNTS_NOT_ENABLED`;
    return answer(
        'person-accounts-enabled',
        PERSON_ACCOUNT_CLAIMS.enabled,
        missing.length === 0 ? 'confirmed' : 'refuted',
        evidence,
        rows
    );
}

/**
 * Question: does the quick action show on a person account? `fields` are the FieldDefinition rows, `accounts` the
 * person account found (none: could not test), `actions` its PlatformAction rows.
 */
export function accountActionVerdict(
    fields: readonly Row[],
    accounts: readonly Row[],
    actions: readonly Row[] | undefined
): Answer {
    const id = 'account-action-on-person-accounts';
    const claim = PERSON_ACCOUNT_CLAIMS.action;
    if (!fieldNames(fields).includes('PersonContactId')) {
        return answer(id, claim, 'could not test', 'this org has no Person Accounts (see person-accounts-enabled)');
    }
    const account = accounts[0];
    if (!account || actions === undefined) {
        return answer(
            id,
            claim,
            'could not test',
            'no person account in this org: create one (npm run scratch seeds Rosalind Franklin), then probe again'
        );
    }
    const names = actions.map((row) => text(row.ApiName));
    const shown = names.some((name) => name === ACCOUNT_ACTION_NAME || name.endsWith(`.${ACCOUNT_ACTION_NAME}`));
    const about = `person account ${text(account.Name) || '?'} (${text(account.Id) || '?'})`;
    return answer(
        id,
        claim,
        shown ? 'confirmed' : 'refuted',
        shown
            ? `${about} lists ${names.find((name) => name.endsWith(ACCOUNT_ACTION_NAME)) ?? ACCOUNT_ACTION_NAME}`
            : `${about} lists ${names.length} action(s) without ${ACCOUNT_ACTION_NAME} (${names.slice(0, 12).join(', ') || 'none'}): add Enable Student User to the Person Account layout's Mobile & Lightning Actions (Setup > Object Manager > Account > Page Layouts)`,
        { account, actions }
    );
}
