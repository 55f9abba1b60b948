/**
 * Org auth: an org the sf CLI has authorized (@salesforce/core `Org.create`), or an instance URL with an access
 * token from the environment. Both give a jsforce connection on API 65.0.
 */
import type { AuthPlan } from './program';
import type { RestConnection } from './salesforce-api';
import { API_VERSION } from './salesforce-api';

/** A jsforce connection for an access token (no login call; the first API call checks the token). */
export async function tokenConnection(instanceUrl: string, accessToken: string): Promise<RestConnection> {
    const { Connection } = await import('jsforce');
    return new Connection({ instanceUrl, accessToken, version: API_VERSION });
}

/** The connection of an sf CLI org (alias or username). Both libraries load only when used (fast --help). */
export async function orgConnection(aliasOrUsername: string): Promise<RestConnection> {
    const { Org } = await import('@salesforce/core');
    const org = await Org.create({ aliasOrUsername });
    return org.getConnection(API_VERSION);
}

export async function connect(auth: AuthPlan): Promise<RestConnection> {
    return auth.kind === 'org'
        ? orgConnection(auth.aliasOrUsername)
        : tokenConnection(auth.instanceUrl, auth.accessToken);
}
