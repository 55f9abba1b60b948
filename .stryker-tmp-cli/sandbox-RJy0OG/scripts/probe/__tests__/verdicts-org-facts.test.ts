// @ts-nocheck
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { customProfilesVerdict, PROGRAM_MODELS, programDataVerdict } from '../verdicts-org-facts';

const ROOT = join(__dirname, '..', '..', '..');

function profile(name: string, key: string) {
    return { ProfileId: '00e', Profile: { Name: name, UserLicense: { LicenseDefinitionKey: key } } };
}

describe('org fact: a custom profile per Customer Community Plus licence', () => {
    it('confirmed when each licence has one, naming them', () => {
        const answer = customProfilesVerdict([
            profile('Student Portal Login User', 'PID_Customer_Community_Plus_Login'),
            profile('Student Portal Plus User', 'PID_Customer_Community_Plus'),
            profile('Alumni Plus', 'PID_Customer_Community_Plus')
        ]);
        expect(answer).toMatchObject({
            verdict: 'confirmed',
            evidence:
                'PID_Customer_Community_Plus: Student Portal Plus User, Alumni Plus; PID_Customer_Community_Plus_Login: Student Portal Login User'
        });
    });

    it('refuted when a licence has none', () => {
        const answer = customProfilesVerdict([
            profile('Student Portal Login User', 'PID_Customer_Community_Plus_Login')
        ]);
        expect(answer).toMatchObject({
            verdict: 'refuted',
            evidence: 'PID_Customer_Community_Plus: none; PID_Customer_Community_Plus_Login: Student Portal Login User'
        });
        expect(customProfilesVerdict([]).verdict).toBe('refuted');
    });
});

describe('org fact: the program data model', () => {
    it('confirmed with the first complete model, as the selector picks it', () => {
        const answer = programDataVerdict({
            models: [
                {
                    name: 'EDUCATION_CLOUD',
                    objectName: 'LearnerProgram',
                    exists: true,
                    accessible: true,
                    missingFields: []
                },
                { name: 'EDA_AFFILIATION', objectName: 'hed__Affiliation__c', exists: false }
            ]
        });
        expect(answer).toMatchObject({
            verdict: 'confirmed',
            evidence: 'EDUCATION_CLOUD is used; LearnerProgram: all fields; hed__Affiliation__c: absent'
        });
        const eda = programDataVerdict({
            models: [
                {
                    name: 'EDUCATION_CLOUD',
                    objectName: 'LearnerProgram',
                    exists: true,
                    accessible: false,
                    missingFields: ['ExpectedGraduationDate']
                },
                {
                    name: 'EDA_AFFILIATION',
                    objectName: 'hed__Affiliation__c',
                    exists: true,
                    accessible: true,
                    missingFields: []
                }
            ]
        });
        expect(eda.evidence).toBe(
            'EDA_AFFILIATION is used; LearnerProgram: missing ExpectedGraduationDate, not readable by the running user; hed__Affiliation__c: all fields'
        );
    });

    it('refuted when no model is complete', () => {
        const answer = programDataVerdict({
            models: [
                { name: 'EDUCATION_CLOUD', objectName: 'LearnerProgram', exists: false },
                { name: 'EDA_AFFILIATION', objectName: 'hed__Affiliation__c', exists: false }
            ]
        });
        expect(answer).toMatchObject({
            verdict: 'refuted',
            evidence: 'LearnerProgram: absent; hed__Affiliation__c: absent: the cohort page answers NO_PROGRAM_DATA'
        });
    });

    it('could not test when the describe reported nothing', () => {
        expect(programDataVerdict({}).verdict).toBe('could not test');
    });

    it("lists the selector's models: same names, objects and fields as StudentProgramEndSelector", () => {
        const selector = readFileSync(
            join(ROOT, 'force-app/main/default/classes/cohort/StudentProgramEndSelector.cls'),
            'utf8'
        );
        const declared = [
            ...selector.matchAll(/new Model\(\s*(\w+),\s*'(\w+)',\s*'(\w+)',\s*new List<String>\{([^}]*)\}/g)
        ].map((match) => ({
            constant: match[1],
            objectName: match[2],
            fields: [match[3], ...[...match[4].matchAll(/'(\w+)'/g)].map((field) => field[1])]
        }));
        expect(declared).toHaveLength(3);
        expect(PROGRAM_MODELS.map((model) => ({ objectName: model.objectName, fields: model.fields }))).toEqual(
            declared.map((model) => ({ objectName: model.objectName, fields: model.fields }))
        );
        for (const [index, model] of PROGRAM_MODELS.entries()) {
            expect(selector).toContain(`${declared[index].constant} = '${model.name}'`);
        }
    });
});

describe('org fact: Person Accounts', () => {});
