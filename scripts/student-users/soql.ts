/** SOQL text the CLI builds: string literals, the --where query, URL-length splitting. Pure functions. */
import { apexStringLiteral } from '../lib/string-literal';

/** A SOQL string literal: quotes, with `\` and `'` (and control characters) escaped. */
export const soqlString = apexStringLiteral;

/**
 * The most bytes the CLI puts in a query's request target (`/services/data/vNN.N/query?q=` + the encoded SOQL).
 * Salesforce refuses a request whose URL and headers together exceed 16,384 bytes with HTTP 431 (Help KB 000386264;
 * salesforce.stackexchange.com 195449 measured 431 just above it, 414 further on). 4 KiB is left for the headers
 * (Authorization with the access token, Host, User-Agent, Sforce-Call-Options, Content-Type, Accept).
 */
export const QUERY_URL_BYTES = 16_384 - 4_096;

/** The bytes of a query's request target on API `version`. */
export function queryUrlBytes(soql: string, version = '65.0'): number {
    return `/services/data/v${version}/query?q=`.length + encodeURIComponent(soql).length;
}

/**
 * Splits `items` into consecutive parts whose query (`build(part)`) fits in `maxBytes` of URL, each part at most
 * `maxItems` long. An item too long on its own gets a part of its own (its query then fails for its rows only).
 */
export function partsByUrlLength<T>(
    items: readonly T[],
    build: (part: readonly T[]) => string,
    maxBytes: number = QUERY_URL_BYTES,
    maxItems = Number.POSITIVE_INFINITY
): T[][] {
    const parts: T[][] = [];
    let current: T[] = [];
    for (const item of items) {
        const candidate = [...current, item];
        if (current.length > 0 && (candidate.length > maxItems || queryUrlBytes(build(candidate)) > maxBytes)) {
            parts.push(current);
            current = [item];
        } else {
            current = candidate;
        }
    }
    if (current.length > 0) {
        parts.push(current);
    }
    return parts;
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
