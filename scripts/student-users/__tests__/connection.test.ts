import { connect, defaultTargetOrg, tokenConnection } from '../connection';

/**
 * In-process stand-ins for jsforce and @salesforce/core: what the command hands them, and what it makes of their
 * answers (the real libraries are exercised in a child process by cli-json.test.ts).
 */
const made: { kind: string; options: unknown; version?: string }[] = [];
let targetOrg: unknown;

jest.mock('jsforce', () => ({
    Connection: function Connection(this: object, options: unknown) {
        made.push({ kind: 'token', options });
    }
}));

jest.mock('@salesforce/core', () => ({
    Org: {
        create: ({ aliasOrUsername }: { aliasOrUsername: string }) =>
            Promise.resolve({
                getConnection: (version: string) => {
                    made.push({ kind: 'org', options: aliasOrUsername, version });
                    return { org: aliasOrUsername };
                }
            })
    },
    OrgConfigProperties: { TARGET_ORG: 'target-org' },
    ConfigAggregator: {
        create: () =>
            Promise.resolve({
                getPropertyValue: (name: string) => (name === 'target-org' ? targetOrg : 'other')
            })
    }
}));

beforeEach(() => {
    made.length = 0;
});

describe('connections', () => {
    it('makes a token connection on API 65.0 unless told another version', async () => {
        await tokenConnection('https://uni.my.salesforce.com', 'tok');
        await tokenConnection('https://uni.my.salesforce.com', 'tok', '62.0');
        expect(made).toEqual([
            {
                kind: 'token',
                options: { instanceUrl: 'https://uni.my.salesforce.com', accessToken: 'tok', version: '65.0' }
            },
            {
                kind: 'token',
                options: { instanceUrl: 'https://uni.my.salesforce.com', accessToken: 'tok', version: '62.0' }
            }
        ]);
    });

    it('connects as the auth plan says: an sf CLI org, or an instance URL with a token', async () => {
        expect(await connect({ kind: 'org', aliasOrUsername: 'uni-sandbox' })).toEqual({ org: 'uni-sandbox' });
        await connect({ kind: 'org', aliasOrUsername: 'uni-prod' }, '64.0');
        await connect({ kind: 'token', instanceUrl: 'https://u.example', accessToken: 't' }, '63.0');
        expect(made).toEqual([
            { kind: 'org', options: 'uni-sandbox', version: '65.0' },
            { kind: 'org', options: 'uni-prod', version: '64.0' },
            { kind: 'token', options: { instanceUrl: 'https://u.example', accessToken: 't', version: '63.0' } }
        ]);
    });
});

describe('defaultTargetOrg', () => {
    it.each([
        ['uni-sandbox', 'uni-sandbox'],
        ['  uni-sandbox  ', 'uni-sandbox'],
        ['   ', undefined],
        ['', undefined],
        [undefined, undefined],
        [42, undefined]
    ])('reads target-org %p as %p', async (value, expected) => {
        targetOrg = value;
        expect(await defaultTargetOrg()).toBe(expected);
    });
});
