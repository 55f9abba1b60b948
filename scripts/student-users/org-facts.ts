/**
 * Org facts the Apex service cannot know, read by `enable` before any enabling call (issue 15, "account role"):
 * Account Role Optimization (Metadata API, SharingSettings) and, per owner of the batch's accounts, how many accounts
 * with Customer Community Plus users it owns (REST SOQL, which has no Apex query-rows governor limit). A failed read
 * makes that fact "unknown" with the reason; it never stops the run.
 */
import { classifyError } from './errors';
import type { SalesforceApi } from './salesforce-api';
import { partsByUrlLength, soqlString } from './soql';
import type { StudentRow } from './student-rows';

/** The platform's limit: accounts with role-based portal users one owner may own (docs/service.md, "Org advice"). */
export const OWNER_ACCOUNTS_LIMIT = 50_000;
/** An owner at or above this count (existing accounts plus this run's) gets a warning. */
export const OWNER_ACCOUNTS_WARN_AT = 45_000;
/** Ids, emails or owners per query at most; long emails make fewer (soql.ts: split by the URL's encoded length). */
export const ORG_FACTS_CHUNK = 200;
/** The UserType of Customer Community Plus (and Plus Login) users (an org probe question: `portal-user-type`). */
export const ROLE_BASED_USER_TYPE = 'PowerCustomerSuccess';

export type RoleOptimization = { state: 'on' | 'off' } | { state: 'unknown'; reason: string };

export interface OwnerLoad {
    ownerId: string;
    ownerName: string;
    /** Accounts of this owner that have a Customer Community Plus user now. */
    existing: number;
    /** Accounts of this owner in this run (an upper bound of what it adds: some may already have a user). */
    batchAccounts: number;
}

export type OwnerLoads = { state: 'known'; owners: OwnerLoad[] } | { state: 'unknown'; reason: string };

export interface OrgFacts {
    roleOptimization: RoleOptimization;
    owners: OwnerLoads;
    /** API calls the reads made: one Metadata API read, and query calls (query + queryMore). */
    calls: { metadata: number; query: number };
}

/** The lookup of a chunk's contacts (by Id, Email or person Account Id) → their account and its owner. */
export function batchAccountsQuery(rows: readonly StudentRow[]): string {
    const terms: string[] = [];
    const list = (values: (string | undefined)[]): string =>
        [...new Set(values.filter((value): value is string => Boolean(value)))].map(soqlString).join(', ');
    const ids = list(rows.map((row) => (row.accountId || row.email ? undefined : row.contactId)));
    const emails = list(rows.map((row) => row.email));
    const accounts = list(rows.map((row) => row.accountId));
    if (ids) terms.push(`Id IN (${ids})`);
    if (emails) terms.push(`Email IN (${emails})`);
    if (accounts) terms.push(`AccountId IN (${accounts})`);
    return (
        'SELECT AccountId, Account.OwnerId, Account.Owner.Name FROM Contact ' +
        `WHERE AccountId != null AND (${terms.join(' OR ')})`
    );
}

/** Per owner: the distinct accounts that have a Customer Community Plus user. One row per owner with at least one. */
export function ownerAccountsQuery(ownerIds: readonly string[]): string {
    return (
        'SELECT Account.OwnerId accountOwner, COUNT_DISTINCT(AccountId) portalAccounts FROM User ' +
        `WHERE UserType = '${ROLE_BASED_USER_TYPE}' AND Account.OwnerId IN (${ownerIds.map(soqlString).join(', ')}) ` +
        'GROUP BY Account.OwnerId'
    );
}

interface ContactAccount extends Record<string, unknown> {
    AccountId: string | null;
    Account?: { OwnerId?: string | null; Owner?: { Name?: string | null } | null } | null;
}

interface OwnerCount extends Record<string, unknown> {
    accountOwner?: string | null;
    portalAccounts?: number | null;
}

/** Reads both facts for the rows of a run. Never throws: a failed read is an `unknown` fact with its reason. */
export async function readOrgFacts(api: SalesforceApi, rows: readonly StudentRow[]): Promise<OrgFacts> {
    const calls = { metadata: 0, query: 0 };
    const counted: SalesforceApi = {
        ...api,
        queryAll: async <T extends Record<string, unknown>>(soql: string): Promise<T[]> => {
            calls.query++;
            return api.queryAll<T>(soql);
        }
    };
    calls.metadata++;
    const roleOptimization = await readRoleOptimization(api);
    const owners = rows.length === 0 ? known([]) : await readOwnerLoads(counted, rows);
    return { roleOptimization, owners, calls };
}

const known = (owners: OwnerLoad[]): OwnerLoads => ({ state: 'known', owners });

async function readRoleOptimization(api: SalesforceApi): Promise<RoleOptimization> {
    try {
        const settings = await api.readSharingSettings();
        const value = settings?.enableAccountRoleOptimization;
        if (value === true || value === 'true') return { state: 'on' };
        if (value === false || value === 'false') return { state: 'off' };
        return { state: 'unknown', reason: 'the Metadata API returned no SharingSettings value' };
    } catch (error) {
        return { state: 'unknown', reason: readFailure('the SharingSettings read', error) };
    }
}

async function readOwnerLoads(api: SalesforceApi, rows: readonly StudentRow[]): Promise<OwnerLoads> {
    const accountsByOwner = new Map<string, { name: string; accounts: Set<string> }>();
    try {
        for (const part of partsByUrlLength(rows, batchAccountsQuery, undefined, ORG_FACTS_CHUNK)) {
            for (const record of await api.queryAll<ContactAccount>(batchAccountsQuery(part))) {
                const ownerId = record.Account?.OwnerId;
                if (!record.AccountId || !ownerId) continue;
                const entry = accountsByOwner.get(ownerId) ?? {
                    name: record.Account?.Owner?.Name ?? '',
                    accounts: new Set<string>()
                };
                entry.accounts.add(record.AccountId);
                accountsByOwner.set(ownerId, entry);
            }
        }
    } catch (error) {
        return { state: 'unknown', reason: readFailure('the account owner lookup', error) };
    }
    const existing = new Map<string, number>();
    try {
        const ownerIds = [...accountsByOwner.keys()].sort();
        for (const owners of partsByUrlLength(ownerIds, ownerAccountsQuery, undefined, ORG_FACTS_CHUNK)) {
            for (const record of await api.queryAll<OwnerCount>(ownerAccountsQuery(owners))) {
                if (record.accountOwner) existing.set(record.accountOwner, Number(record.portalAccounts ?? 0));
            }
        }
    } catch (error) {
        return { state: 'unknown', reason: readFailure('the portal account count', error) };
    }
    return known(
        [...accountsByOwner.entries()]
            .map(([ownerId, entry]) => ({
                ownerId,
                ownerName: entry.name,
                existing: existing.get(ownerId) ?? 0,
                batchAccounts: entry.accounts.size
            }))
            .sort((a, b) => a.ownerId.localeCompare(b.ownerId))
    );
}

function readFailure(what: string, error: unknown): string {
    const classified = classifyError(error);
    return `${what} failed (${classified.code}: ${classified.message})`;
}

/** Owners at or above the warning threshold once this run's accounts are added. */
export function ownersNearLimit(facts: OrgFacts): OwnerLoad[] {
    return facts.owners.state === 'known'
        ? facts.owners.owners.filter((owner) => owner.existing + owner.batchAccounts >= OWNER_ACCOUNTS_WARN_AT)
        : [];
}

const number = (value: number): string => value.toLocaleString('en-US');

/** The run summary's value for Account Role Optimization. */
export function roleOptimizationText(value: RoleOptimization): string {
    return value.state === 'unknown' ? `unknown: ${value.reason}` : value.state;
}

/** What the platform does for a new user's account (the results say it per student with `PLATFORM_CREATES`). */
export function accountRoleNote(value: RoleOptimization): string {
    const customerRoles = '1 to 3 account roles under the owner\'s role ("Number of customer roles")';
    if (value.state === 'on') {
        return (
            "Account role: Account Role Optimization is on: the owner's shared person role if this student is the " +
            `account's only role-based external user, else ${customerRoles}.`
        );
    }
    if (value.state === 'off') {
        return `Account role: Account Role Optimization is off: the platform creates ${customerRoles}.`;
    }
    return (
        "Account role: Account Role Optimization is unknown: the owner's shared person role (if on and this student " +
        `is the account's only role-based external user) or ${customerRoles}.`
    );
}

/** The lines printed before the run: the setting, then the owners' counts (warnings go to stderr). */
export function orgFactsLines(facts: OrgFacts): { info: string[]; warnings: string[] } {
    const info = [`Account Role Optimization: ${roleOptimizationText(facts.roleOptimization)}.`];
    if (facts.roleOptimization.state === 'unknown') {
        info.push(
            // A Metadata API read needs "Modify All Data" or "Modify Metadata Through Metadata API Functions"
            // (Metadata API Developer Guide, "Metadata API Edit Access"; the fault otherwise: "INSUFFICIENT_ACCESS: use of
            // the Metadata API requires a user with the ModifyAllData permission"), not only Manage Sharing.
            '  (reading SharingSettings through the Metadata API needs "Modify All Data" or "Modify Metadata Through ' +
                'Metadata API Functions", besides Manage Sharing; else check Setup → Sharing Settings, ' +
                '"Minimize the number of roles created")'
        );
    }
    const warnings: string[] = [];
    if (facts.owners.state === 'unknown') {
        warnings.push(
            `the accounts per owner were not counted: ${facts.owners.reason}; ` +
                `check that no owner of these students' accounts nears ${number(OWNER_ACCOUNTS_LIMIT)} accounts with portal users`
        );
        return { info, warnings };
    }
    const near = ownersNearLimit(facts);
    info.push(
        `Accounts with Customer Community Plus users per owner: ${facts.owners.owners.length} owner(s) checked, ` +
            `${near.length} at ${number(OWNER_ACCOUNTS_WARN_AT)} or more of the ${number(OWNER_ACCOUNTS_LIMIT)} limit.`
    );
    for (const owner of near) {
        warnings.push(
            `owner ${owner.ownerName || owner.ownerId} (${owner.ownerId}) owns ${number(owner.existing)} accounts ` +
                `with Customer Community Plus users; with up to ${number(owner.batchAccounts)} from this run that is ` +
                `${number(owner.existing + owner.batchAccounts)} of the ${number(OWNER_ACCOUNTS_LIMIT)} per owner. ` +
                'Fix: give these accounts to another owner, or make this owner a person account owner power user ' +
                '(PersonAccountOwnerPowerUser) or ask Salesforce Support, before the limit is reached.'
        );
    }
    return { info, warnings };
}
