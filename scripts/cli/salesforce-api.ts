/**
 * The two REST calls the CLI makes, behind a small interface so the run logic does not depend on how the
 * connection was made (@salesforce/core org or jsforce with an access token) and tests can observe calls.
 */
import type { ActionResult, ActionInput } from './action';

export const API_VERSION = '65.0';
export const ACTION_NAME = 'EnableStudentUsersAction';
export const ACTION_PATH = `/actions/custom/apex/${ACTION_NAME}`;

export interface QueryPage<T> {
    records: T[];
    done: boolean;
    nextRecordsUrl?: string;
    totalSize: number;
}

/** The part of a jsforce (or @salesforce/core) Connection the CLI uses. */
export interface RestConnection {
    query<T extends Record<string, unknown>>(
        soql: string,
        options?: { autoFetch?: boolean }
    ): PromiseLike<QueryPage<T>>;
    queryMore<T extends Record<string, unknown>>(locator: string): PromiseLike<QueryPage<T>>;
    requestPost<R>(url: string, body: object, options?: object): PromiseLike<R>;
}

/** What the run needs from Salesforce. */
export interface SalesforceApi {
    /** All records of a query, following nextRecordsUrl (queryMore) page by page. */
    queryAll<T extends Record<string, unknown>>(soql: string): Promise<T[]>;
    /** One POST of the invocable action. */
    invokeAction(inputs: ActionInput[]): Promise<ActionResult[]>;
}

/** A SalesforceApi over a jsforce connection. */
export function connectionApi(conn: RestConnection, requestTimeoutMs?: number): SalesforceApi {
    return {
        async queryAll<T extends Record<string, unknown>>(soql: string): Promise<T[]> {
            let page = await conn.query<T>(soql, { autoFetch: false });
            const records = [...page.records];
            while (!page.done && page.nextRecordsUrl) {
                page = await conn.queryMore<T>(page.nextRecordsUrl);
                records.push(...page.records);
            }
            return records;
        },
        async invokeAction(inputs: ActionInput[]): Promise<ActionResult[]> {
            const options = requestTimeoutMs ? { timeout: requestTimeoutMs } : {};
            return conn.requestPost<ActionResult[]>(ACTION_PATH, { inputs }, options);
        }
    };
}
