/** SOQL text the CLI builds: string literals, the email lookup, the --where query. Pure functions. */
import { apexStringLiteral } from '../lib/string-literal';

/** A SOQL string literal: quotes, with `\` and `'` (and control characters) escaped. */
export const soqlString = apexStringLiteral;

/** The one lookup of a chunk's emails. */
export function emailLookupQuery(emails: readonly string[]): string {
    return `SELECT Id, Email FROM Contact WHERE Email IN (${emails.map(soqlString).join(', ')})`;
}

/**
 * The one lookup of a chunk's Account Ids. PersonContactId exists only in orgs with Person Accounts (elsewhere the
 * query fails with INVALID_FIELD) and is set only on person accounts.
 */
export function personAccountLookupQuery(accountIds: readonly string[]): string {
    return `SELECT Id, Name, PersonContactId FROM Account WHERE Id IN (${accountIds.map(soqlString).join(', ')})`;
}

/** The contacts of `--where`, in a stable order. */
export function whereQuery(condition: string): string {
    return `SELECT Id FROM Contact WHERE ${condition.trim()} ORDER BY Id`;
}

/** Why a --where condition cannot be used, or undefined when it can. */
export function checkWhereCondition(condition: string): string | undefined {
    const text = condition.trim();
    if (text === '') {
        return '--where needs a condition, e.g. --where "Account.Name = \'Class of 2026\'"';
    }
    if (text.includes(';')) {
        return '--where must be one SOQL condition: it may not contain ";"';
    }
    if (/^where\b/i.test(text)) {
        return '--where takes the condition only: leave out the word WHERE';
    }
    if (/\b(order\s+by|limit|offset|group\s+by|for\s+update)\b/i.test(stripStrings(text))) {
        return '--where takes a condition only: ORDER BY, LIMIT, OFFSET, GROUP BY and FOR UPDATE are not allowed';
    }
    return undefined;
}

/** The condition with its string literals emptied (so keywords inside quotes are not mistaken for clauses). */
function stripStrings(text: string): string {
    return text.replace(/'(?:\\.|[^'\\])*'/g, "''");
}
