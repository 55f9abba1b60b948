/**
 * The REST calls the CLI makes (query, invocable actions, one Metadata API read), behind a small interface so the run logic does not depend on how the
 * connection was made (@salesforce/core org or jsforce with an access token) and tests can observe calls.
 */
import type { ActionResult, AnyActionInput } from './action';
import { ENABLE_ACTION_NAME } from './operations';

export const API_VERSION = '65.0';
export const ACTION_NAME = ENABLE_ACTION_NAME;

/** The REST path of an invocable Apex action. */
export function actionPath(actionName: string): string {
    return `/actions/custom/apex/${actionName}`;
}

export interface QueryPage<T> {
    records: T[];
    done: boolean;
    nextRecordsUrl?: string;
    totalSize: number;
}

/** Options of one jsforce request (jsforce's `HttpRequestOptions`, the part used here). */
export interface RequestOptions {
    /** jsforce's own retries (GET only, 5 by default with up to 8 s waits): the CLI turns them off. */
    retry?: { maxRetries: number };
    timeout?: number;
}

/** The part of a jsforce (or @salesforce/core) Connection the CLI uses. */
export interface RestConnection {
    request<R>(request: { method: 'GET'; url: string }, options?: RequestOptions): PromiseLike<R>;
    requestPost<R>(url: string, body: object, options?: RequestOptions): PromiseLike<R>;
    /** jsforce's Metadata API (SOAP): `read(type, [fullName])` resolves to the components found (none: `[]`). */
    metadata: { read(type: 'SharingSettings', fullNames: ['Sharing']): PromiseLike<unknown[]> };
}

/** The Metadata API's SharingSettings (the field the CLI reads; jsforce returns booleans as written in the XML). */
export interface SharingSettings {
    fullName?: string;
    enableAccountRoleOptimization?: boolean | string | null;
}

/**
 * jsforce retries a GET (a query) on HTTP 5xx and connection errors five times by itself, waiting 0.5 to 8 s: that
 * would multiply `--max-retries` by six and ignore Ctrl-C. The CLI's own retry (bounded, with jitter, stoppable) is
 * the only one.
 */
const NO_LIBRARY_RETRY = { maxRetries: 0 } as const;

/** What the run needs from Salesforce. */
export interface SalesforceApi {
    /** All records of a query, following nextRecordsUrl (queryMore) page by page. */
    queryAll<T extends Record<string, unknown>>(soql: string): Promise<T[]>;
    /** One POST of an invocable action (EnableStudentUsersAction unless named). */
    invokeAction(
        inputs: readonly (AnyActionInput | Record<string, unknown>)[],
        actionName?: string
    ): Promise<ActionResult[]>;
    /** The Metadata API read of SharingSettings `Sharing` (needs the Manage Sharing permission); undefined if empty. */
    readSharingSettings(): Promise<SharingSettings | undefined>;
}

/** A SalesforceApi over a jsforce connection. */
export function connectionApi(conn: RestConnection, requestTimeoutMs?: number): SalesforceApi {
    const options: RequestOptions = requestTimeoutMs
        ? { retry: NO_LIBRARY_RETRY, timeout: requestTimeoutMs }
        : { retry: NO_LIBRARY_RETRY };
    return {
        async queryAll<T extends Record<string, unknown>>(soql: string): Promise<T[]> {
            const get = (url: string): PromiseLike<QueryPage<T>> =>
                conn.request<QueryPage<T>>({ method: 'GET', url }, options);
            let page = await get(`/query?q=${encodeURIComponent(soql)}`);
            const records = [...page.records];
            while (!page.done && page.nextRecordsUrl) {
                page = await get(page.nextRecordsUrl);
                records.push(...page.records);
            }
            return records;
        },
        async invokeAction(
            inputs: readonly (AnyActionInput | Record<string, unknown>)[],
            actionName = ACTION_NAME
        ): Promise<ActionResult[]> {
            return conn.requestPost<ActionResult[]>(actionPath(actionName), { inputs }, options);
        },
        async readSharingSettings(): Promise<SharingSettings | undefined> {
            // A list of names: jsforce maps the records found, so an empty answer is [] rather than a TypeError.
            const [read] = (await conn.metadata.read('SharingSettings', ['Sharing'])) as (SharingSettings | null)[];
            return read && typeof read === 'object' ? read : undefined;
        }
    };
}
