/**
 * Org auth: an org the sf CLI has authorized (@salesforce/core `Org.create`), or an instance URL with an access
 * token from the environment. Both give a jsforce connection on API 65.0.
 */
import type { AuthPlan } from './program';
import type { RestConnection } from './salesforce-api';
import { API_VERSION } from './salesforce-api';

/** A jsforce connection for an access token (no login call; the first API call checks the token). */
export async function tokenConnection(
    instanceUrl: string,
    accessToken: string,
    version: string = API_VERSION
): Promise<RestConnection> {
    const { Connection } = await import('jsforce');
    return new Connection({ instanceUrl, accessToken, version });
}

/** The connection of an sf CLI org (alias or username). Both libraries load only when used (fast --help). */
export async function orgConnection(aliasOrUsername: string, version: string = API_VERSION): Promise<RestConnection> {
    const { Org } = await import('@salesforce/core');
    const org = await Org.create({ aliasOrUsername });
    return org.getConnection(version);
}

export async function connect(auth: AuthPlan, version: string = API_VERSION): Promise<RestConnection> {
    return auth.kind === 'org'
        ? orgConnection(auth.aliasOrUsername, version)
        : tokenConnection(auth.instanceUrl, auth.accessToken, version);
}

/**
 * sf's default org, as `sf config get target-org` reads it: the project's `.sf/config.json`, then the global one
 * (@salesforce/core ConfigAggregator, OrgConfigProperties.TARGET_ORG); undefined when none is set.
 */
export async function defaultTargetOrg(): Promise<string | undefined> {
    const { ConfigAggregator, OrgConfigProperties } = await import('@salesforce/core');
    const aggregator = await ConfigAggregator.create();
    const value = aggregator.getPropertyValue(OrgConfigProperties.TARGET_ORG);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
