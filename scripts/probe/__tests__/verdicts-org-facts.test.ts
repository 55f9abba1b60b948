import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownerAccountsQuery } from '../../student-users/org-facts';
import { orgFactQuestions } from '../questions-org-facts';
import type { QuestionContext, Row } from '../question';
import {
    customProfilesVerdict,
    FLOW_DURABLE_ID_SOQL,
    flowAccessSoql,
    flowAccessVerdict,
    ownerPortalAccountsVerdict,
    PORTAL_OWNER_SOQL,
    PORTAL_USER_TYPE_SOQL,
    portalOwnerOf,
    portalUserTypeVerdict,
    PROGRAM_MODELS,
    programDataVerdict
} from '../verdicts-org-facts';

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

describe('org fact: the UserType of Customer Community Plus users', () => {
    it('confirmed when every user of both licences is PowerCustomerSuccess, with the counts', () => {
        expect(
            portalUserTypeVerdict([
                { licence: 'PID_Customer_Community_Plus', userType: 'PowerCustomerSuccess', users: 2 },
                { licence: 'PID_Customer_Community_Plus_Login', userType: 'PowerCustomerSuccess', users: 5 }
            ])
        ).toMatchObject({
            verdict: 'confirmed',
            evidence:
                'PID_Customer_Community_Plus: PowerCustomerSuccess (2 users); PID_Customer_Community_Plus_Login: PowerCustomerSuccess (5 users)'
        });
    });

    it('refuted when a licence has users of another UserType; could not test without users', () => {
        expect(
            portalUserTypeVerdict([
                { licence: 'PID_Customer_Community_Plus_Login', userType: 'CspLitePortal', users: 1 }
            ])
        ).toMatchObject({ verdict: 'refuted', evidence: 'PID_Customer_Community_Plus_Login: CspLitePortal (1 users)' });
        expect(portalUserTypeVerdict([]).verdict).toBe('could not test');
    });
});

/** A question context whose queries answer from `answers` by SOQL text (an Error rejects), recording what was asked. */
function context(answers: Record<string, Row[] | Error>): QuestionContext & { asked: string[] } {
    const asked: string[] = [];
    const query = (soql: string): Promise<Row[]> => {
        asked.push(soql);
        const found = answers[soql];
        return found instanceof Error ? Promise.reject(found) : Promise.resolve(found ?? []);
    };
    return { asked, query } as unknown as QuestionContext & { asked: string[] };
}

describe("org fact: the CLI's per-owner portal account count", () => {
    const ask = async (ctx: QuestionContext) => {
        const question = orgFactQuestions(ctx).find((candidate) => candidate.id === 'owner-portal-account-count');
        return question ? question.ask() : [];
    };

    it('runs the CLI query for one portal account owner: confirmed with its count', async () => {
        const ctx = context({
            [PORTAL_OWNER_SOQL]: [{ Account: { OwnerId: '005OWNER' } }],
            [ownerAccountsQuery(['005OWNER'])]: [{ accountOwner: '005OWNER', portalAccounts: 12 }]
        });
        const [answer] = await ask(ctx);
        expect(answer).toMatchObject({
            verdict: 'confirmed',
            evidence: 'owner 005OWNER: 12 account(s) with Customer Community Plus users'
        });
        expect(ctx.asked).toEqual([PORTAL_OWNER_SOQL, ownerAccountsQuery(['005OWNER'])]);
    });

    it('refuted when the platform refuses the query (message kept) or counts nothing', async () => {
        const refused = await ask(
            context({
                [PORTAL_OWNER_SOQL]: [{ Account: { OwnerId: '005OWNER' } }],
                [ownerAccountsQuery(['005OWNER'])]: new Error(
                    'MALFORMED_QUERY: field Account.OwnerId does not support aggregate'
                )
            })
        );
        expect(refused[0]).toMatchObject({
            verdict: 'refuted',
            evidence: 'the query failed: MALFORMED_QUERY: field Account.OwnerId does not support aggregate'
        });
        expect(ownerPortalAccountsVerdict('005OWNER', [])).toMatchObject({
            verdict: 'refuted',
            evidence: 'no count for owner 005OWNER, who owns the account of a portal user: []'
        });
    });

    it('could not test without a portal user', async () => {
        const [answer] = await ask(context({ [PORTAL_OWNER_SOQL]: [] }));
        expect(answer.verdict).toBe('could not test');
        expect(portalOwnerOf([{ Account: null }])).toBeUndefined();
        expect(PORTAL_USER_TYPE_SOQL).toContain('GROUP BY Profile.UserLicense.LicenseDefinitionKey, UserType');
    });
});

describe('org fact: how the flow access the Setup view reads is keyed', () => {
    const granted = (name: string) => ({
        Parent: { Name: name },
        SetupEntityId: '300F',
        SetupEntityType: 'FlowDefinition'
    });
    const ask = async (ctx: QuestionContext) => {
        const question = orgFactQuestions(ctx).find((candidate) => candidate.id === 'flow-access-setup-entity');
        return question ? question.ask() : [];
    };

    it("reads the flow definition id, then the two permission sets' rows for it: confirmed when both come back", async () => {
        const ctx = context({
            [FLOW_DURABLE_ID_SOQL]: [{ DurableId: '300F' }],
            [flowAccessSoql('300F')]: [granted('Student_User_Enablement'), granted('Student_User_Lifecycle')]
        });
        const [answer] = await ask(ctx);
        expect(answer).toMatchObject({
            verdict: 'confirmed',
            evidence:
                'flow definition 300F: Student_User_Enablement (FlowDefinition), Student_User_Lifecycle (FlowDefinition)'
        });
        expect(ctx.asked).toEqual([FLOW_DURABLE_ID_SOQL, flowAccessSoql('300F')]);
        expect(flowAccessSoql("300F' OR Id != null")).toContain("SetupEntityId = '300FORIdnull'");
    });

    it('refuted when a permission set has no row for that id; could not test without the flow', async () => {
        expect(flowAccessVerdict('300F', [granted('Student_User_Enablement')])).toMatchObject({
            verdict: 'refuted',
            evidence:
                'flow definition 300F: no SetupEntityAccess row for Student_User_Lifecycle (found: Student_User_Enablement (FlowDefinition))'
        });
        expect(flowAccessVerdict('300F', []).evidence).toContain('(found: none)');
        const [absent] = await ask(context({}));
        expect(absent).toMatchObject({ verdict: 'could not test' });
    });
});
