// @ts-nocheck
import { decideOrg, orgFacts } from '../org-kind';

describe('decideOrg', () => {
    const production = orgFacts(
        { IsSandbox: false, TrialExpirationDate: null, OrganizationType: 'Enterprise Edition' },
        { id: '00D' }
    );

    it('refuses production, saying what it saw', () => {
        const decision = decideOrg(production);
        expect(decision.allowed).toBe(false);
        expect(decision.reason).toBe(
            'refusing to probe a production org (IsSandbox=false, TrialExpirationDate=null, OrganizationType=Enterprise Edition, scratch org per sf org display: no): the probe inserts users and records. Run it against a sandbox or a scratch org.'
        );
    });

    it('accepts a sandbox', () => {
        expect(decideOrg(orgFacts({ IsSandbox: true }, undefined))).toMatchObject({ allowed: true, kind: 'sandbox' });
    });

    it('accepts a scratch org by its trial expiration or by sf org display', () => {
        expect(
            decideOrg(orgFacts({ IsSandbox: false, TrialExpirationDate: '2026-12-01T00:00:00.000+0000' }, {})).kind
        ).toBe('scratch org');
        expect(decideOrg(orgFacts({ IsSandbox: false }, { devHubId: 'hub@example.com' })).kind).toBe('scratch org');
    });

    it('refuses when the Organization row is missing (nothing known)', () => {
        expect(decideOrg(orgFacts({}, undefined)).allowed).toBe(false);
    });
});
