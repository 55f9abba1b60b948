/** The REST calls over a jsforce-like connection, in-process: what is sent, with which options, and what is read. */
import type { QueryPage, RequestOptions, RestConnection } from '../salesforce-api';
import { connectionApi } from '../salesforce-api';

interface Sent {
    url: string;
    options?: RequestOptions;
}

/** A connection that answers GETs from `pages` (by URL) and records every request with its options. */
function stubConnection(pages: Record<string, QueryPage<{ Id: string }>>, sharing: unknown[] = []) {
    const sent: Sent[] = [];
    const conn: RestConnection = {
        request<R>(request: { method: 'GET'; url: string }, options?: RequestOptions): PromiseLike<R> {
            sent.push({ url: request.url, options });
            const page = pages[request.url];
            return page ? Promise.resolve(page as R) : Promise.reject(new Error(`no page at ${request.url}`));
        },
        requestPost<R>(url: string, _body: object, options?: RequestOptions): PromiseLike<R> {
            sent.push({ url, options });
            return Promise.resolve([] as R);
        },
        metadata: { read: () => Promise.resolve(sharing) }
    };
    return { conn, sent };
}

const FIRST = `/query?q=${encodeURIComponent('SELECT Id FROM Contact')}`;

describe('connectionApi', () => {
    it("turns jsforce's own retries off on every call, with the request timeout only when one is given", async () => {
        const page = { records: [{ Id: 'a' }], done: true, totalSize: 1 };
        const plain = stubConnection({ [FIRST]: page });
        await connectionApi(plain.conn).queryAll('SELECT Id FROM Contact');
        await connectionApi(plain.conn).invokeAction([]);
        expect(plain.sent.map((request) => request.options)).toEqual([
            { retry: { maxRetries: 0 } },
            { retry: { maxRetries: 0 } }
        ]);
        const timed = stubConnection({ [FIRST]: page });
        await connectionApi(timed.conn, 30_000).queryAll('SELECT Id FROM Contact');
        expect(timed.sent[0].options).toEqual({ retry: { maxRetries: 0 }, timeout: 30_000 });
    });

    it('follows nextRecordsUrl until a page is done, and not past a done page', async () => {
        const { conn, sent } = stubConnection({
            [FIRST]: { records: [{ Id: 'a' }], done: false, nextRecordsUrl: '/query/01g-2000', totalSize: 3 },
            '/query/01g-2000': { records: [{ Id: 'b' }], done: false, nextRecordsUrl: '/query/01g-4000', totalSize: 3 },
            '/query/01g-4000': { records: [{ Id: 'c' }], done: true, nextRecordsUrl: '/query/01g-6000', totalSize: 3 }
        });
        expect(await connectionApi(conn).queryAll('SELECT Id FROM Contact')).toEqual([
            { Id: 'a' },
            { Id: 'b' },
            { Id: 'c' }
        ]);
        expect(sent.map((request) => request.url)).toEqual([FIRST, '/query/01g-2000', '/query/01g-4000']);
    });

    it('reads the SharingSettings found, and none as undefined', async () => {
        const settings = { fullName: 'Sharing', enableAccountRoleOptimization: true };
        expect(await connectionApi(stubConnection({}, [settings]).conn).readSharingSettings()).toEqual(settings);
        expect(await connectionApi(stubConnection({}, []).conn).readSharingSettings()).toBeUndefined();
        expect(await connectionApi(stubConnection({}, [null]).conn).readSharingSettings()).toBeUndefined();
    });
});
