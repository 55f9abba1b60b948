// @ts-nocheck
import {
    caseSample,
    EDUCATION_LICENCE_LABEL,
    educationLicenceVerdict,
    federationCaseVerdict,
    federationMatchSoql,
    swapCase
} from '../identity';

const LICENCE = {
    DeveloperName: 'EducationCloudForExperienceCloudUser',
    MasterLabel: EDUCATION_LICENCE_LABEL,
    Status: 'Active',
    TotalLicenses: 10,
    UsedLicenses: 4
};

describe('Federation ID: does the SOQL filter ignore case?', () => {
    it('swaps the case of letters only', () => {
        expect(swapCase('S12ab-C')).toBe('s12AB-c');
    });

    it('samples the first value that has letters', () => {
        expect(
            caseSample([
                { Id: '005A', FederationIdentifier: '12345' },
                { Id: '005B', FederationIdentifier: 'Ab12' }
            ])
        ).toEqual({ userId: '005B', value: 'Ab12', swapped: 'aB12' });
        expect(caseSample([{ Id: '005A', FederationIdentifier: '12345' }])).toBeUndefined();
    });

    it('escapes quotes and backslashes in the lookup', () => {
        expect(federationMatchSoql("o'b\\x")).toBe(
            "SELECT Id, Username FROM User WHERE FederationIdentifier = 'o\\'b\\\\x'"
        );
    });

    it('confirmed when the swapped value finds the sampled user, refuted when not', () => {
        const sample = [{ Id: '005B', FederationIdentifier: 'Ab12' }];
        expect(federationCaseVerdict(sample, [{ Id: '005B' }])).toMatchObject({
            id: 'federation-id-soql-ignores-case',
            verdict: 'confirmed',
            evidence: 'Ab12 looked up as aB12: found (1 row(s))'
        });
        expect(federationCaseVerdict(sample, [])).toMatchObject({
            verdict: 'refuted',
            evidence: 'Ab12 looked up as aB12: not found (0 row(s))'
        });
        expect(federationCaseVerdict(sample, [{ Id: '005OTHER' }]).verdict).toBe('refuted');
    });

    it('could not test without a Federation ID that has letters', () => {
        expect(federationCaseVerdict([], undefined).verdict).toBe('could not test');
        expect(federationCaseVerdict([{ Id: '005A', FederationIdentifier: '123' }], undefined).evidence).toContain(
            'no user in this org has a Federation ID with letters'
        );
    });
});

describe('Education Cloud permission set licence', () => {
    it('confirmed with the active licence and seats, naming its DeveloperName', () => {
        expect(educationLicenceVerdict([LICENCE])).toMatchObject({
            id: 'education-cloud-psl',
            verdict: 'confirmed',
            evidence: `${EDUCATION_LICENCE_LABEL} (EducationCloudForExperienceCloudUser, Active, 6 left)`
        });
    });

    it('refuted when missing, disabled, full or only another Education Cloud licence exists', () => {
        expect(educationLicenceVerdict([]).verdict).toBe('refuted');
        expect(educationLicenceVerdict([{ ...LICENCE, Status: 'Disabled' }]).verdict).toBe('refuted');
        expect(educationLicenceVerdict([{ ...LICENCE, UsedLicenses: 10 }]).verdict).toBe('refuted');
        expect(educationLicenceVerdict([{ ...LICENCE, MasterLabel: 'Education Cloud' }]).verdict).toBe('refuted');
    });
});
