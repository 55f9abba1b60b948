import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { soqlFieldsCheck } from '../checks/soql-fields';
import { parseApex } from '../lib/apex-parser';
import { findSObjectTypesJar } from '../schema/extract-standard-schema';
import { readProjectSchema } from '../schema/project-schema';
import { Schema } from '../schema/schema';
import { decodeFields, encodeFields } from '../schema/schema-types';
import { loadStandardSchema } from '../schema/standard-schema';
import { checkQuery } from '../soql/check-query';
import { requiredFeature } from '../soql/feature-fields';
import { findQueries } from '../soql/soql-model';
import { describeWithApexParser, fixture, SLOW } from './fixtures';

const CLASS = 'force-app/main/default/classes/BrokenQueries.cls';
const TRIGGER = 'force-app/main/default/triggers/BrokenContactTrigger.trigger';

/** Problems of one Apex class against the standard schema (plus a project, when given). */
function problemsIn(source: string, project = fixture('clean')): string[] {
    const schema = new Schema(loadStandardSchema(), readProjectSchema(project));
    return findQueries(parseApex(source).unit)
        .flatMap((query) => checkQuery(schema, query))
        .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
        .map((problem) => `${problem.at.line}:${problem.at.column} ${problem.message}`);
}

const inMethod = (body: string): string => `public class T {\n    void m() {\n        ${body}\n    }\n}`;

describeWithApexParser('soql-fields on the broken fixture', () => {
    it(
        'reports every unknown object, field, relationship and child relationship with file, line and column',
        async () => {
            const findings = await soqlFieldsCheck.run(fixture('soql-unknown-field'));
            expect(findings).toEqual([
                { file: CLASS, line: 3, column: 28, message: "unknown field 'TimeZone' on User", rule: 'soql-fields' },
                {
                    file: CLASS,
                    line: 7,
                    column: 42,
                    message: "unknown field 'UserRoleIdd' on User (in Account.Owner.UserRoleIdd)",
                    rule: 'soql-fields'
                },
                {
                    file: CLASS,
                    line: 11,
                    column: 37,
                    message: "unknown object 'NotAnObject__c' in FROM",
                    rule: 'soql-fields'
                },
                {
                    file: CLASS,
                    line: 16,
                    column: 40,
                    message: "unknown child relationship 'Contactz' on Account",
                    rule: 'soql-fields'
                },
                {
                    file: CLASS,
                    line: 16,
                    column: 63,
                    message: "unknown field 'LastNam' on Contact",
                    rule: 'soql-fields'
                },
                {
                    file: CLASS,
                    line: 23,
                    column: 46,
                    message: "unknown field 'Student_Numbr__c' on Contact",
                    rule: 'soql-fields'
                },
                { file: TRIGGER, line: 3, column: 21, message: "unknown field 'Nmae' on Account", rule: 'soql-fields' }
            ]);
        },
        SLOW
    );

    it(
        'passes a project with valid queries of every form',
        async () => {
            expect(await soqlFieldsCheck.run(fixture('clean'))).toEqual([]);
        },
        SLOW
    );

    it(
        'reports a file it cannot parse instead of skipping it',
        async () => {
            const findings = await soqlFieldsCheck.run(fixture('apex-syntax-error'));
            expect(findings.map((finding) => finding.file)).toEqual([
                'force-app/main/default/classes/MissingSemicolon.cls',
                'force-app/main/default/triggers/MissingParen.trigger'
            ]);
            expect(findings[0].message).toMatch(/^syntax error \(.+\): the SOQL of this file was not checked$/);
        },
        SLOW
    );
});

describeWithApexParser('soql-fields rules', () => {
    it(
        'checks WHERE, GROUP BY, HAVING, ORDER BY, semi-joins and aliases',
        () => {
            const source = inMethod(
                [
                    "Object a = [SELECT COUNT(Idd) FROM Contact WHERE Nope = 'x' GROUP BY Bad1 HAVING MAX(Bad2) > 1 ORDER BY Bad3];",
                    'Object b = [SELECT Id FROM Account WHERE Id IN (SELECT Bad4 FROM Contact)];',
                    "Object c = [SELECT c.Id FROM Contact c WHERE c.Bad5 = 'x' AND LastName.Foo = 'y'];"
                ].join('\n        ')
            );
            expect(problemsIn(source)).toEqual([
                "3:34 unknown field 'Idd' on Contact",
                "3:58 unknown field 'Nope' on Contact",
                "3:78 unknown field 'Bad1' on Contact",
                "3:94 unknown field 'Bad2' on Contact",
                "3:113 unknown field 'Bad3' on Contact",
                "4:64 unknown field 'Bad4' on Contact",
                "5:56 unknown field 'Bad5' on Contact (in c.Bad5)",
                "5:71 'LastName' on Contact is not a relationship (in LastName.Foo)"
            ]);
        },
        SLOW
    );

    it(
        'resolves polymorphic lookups to the Name object and checks TYPEOF branches',
        () => {
            const source = inMethod(
                'Object e = [SELECT TYPEOF What WHEN Account THEN Bad1 WHEN Nope THEN Id ELSE Bad2 END, Who.Title, What.Industry, Owner FROM Event];'
            );
            expect(problemsIn(source)).toEqual([
                "3:58 unknown field 'Bad1' on Account",
                "3:68 unknown object 'Nope' in TYPEOF What",
                "3:86 'Bad2' is not available through the polymorphic relationship 'What' (only the fields of the Name object: use TYPEOF for others)",
                "3:112 'Industry' is not available through the polymorphic relationship 'What' (only the fields of the Name object: use TYPEOF for others)",
                "3:122 'Owner' on Event is a relationship: select one of its fields (e.g. Owner.Id)"
            ]);
        },
        SLOW
    );

    it(
        'reports TYPEOF on a field that is not a relationship and on a lookup that is not polymorphic',
        () => {
            const source = inMethod(
                'Object t = [SELECT TYPEOF LastName WHEN Account THEN Name END, TYPEOF Account WHEN Account THEN Name END FROM Contact];\n' +
                    '        Object u = [SELECT TYPEOF Owner WHEN User THEN Name END, TYPEOF What WHEN Account THEN Name END FROM Task];'
            );
            expect(problemsIn(source)).toEqual([
                "3:35 'LastName' on Contact is not a relationship, so it cannot be used in TYPEOF",
                "3:79 'Account' on Contact always leads to Account (not a polymorphic relationship), so it cannot be used in TYPEOF"
            ]);
        },
        SLOW
    );

    it(
        'checks SOSL RETURNING lists and queries inside bind expressions',
        () => {
            const source = inMethod(
                "Object f = [FIND 'x' RETURNING Contact(Id, Bad1 WHERE Bad2 = 'a'), Nope__c(Id)];\n" +
                    '        Object g = [SELECT Contacts FROM Account WHERE Id IN :new Map<Id, Contact>([SELECT Bad3 FROM Contact]).keySet()];'
            );
            expect(problemsIn(source)).toEqual([
                "3:52 unknown field 'Bad1' on Contact",
                "3:63 unknown field 'Bad2' on Contact",
                "3:76 unknown object 'Nope__c' in RETURNING",
                "4:28 'Contacts' on Account is a child relationship: query it in a sub-query",
                "4:92 unknown field 'Bad3' on Contact"
            ]);
        },
        SLOW
    );

    it(
        'knows the fields of custom metadata types and custom objects of the project',
        () => {
            const source = inMethod(
                'Object h = [SELECT QualifiedApiName, Max_User__c FROM Student_Setting__mdt];\n' +
                    '        Object i = [SELECT OwnerId, Credits__c, Term__r.Bad FROM Enrollment__c];'
            );
            expect(problemsIn(source)).toEqual([
                "3:46 unknown field 'Max_User__c' on Student_Setting__mdt",
                // a detail object of a master-detail relationship has no owner
                "4:28 unknown field 'OwnerId' on Enrollment__c",
                "4:57 unknown field 'Bad' on Term__c (in Term__r.Bad)"
            ]);
        },
        SLOW
    );
});

describeWithApexParser('soql-fields paths', () => {
    it(
        'takes a sub-query through the parent alias or object name, and reports a sub-query path, a non-child relationship, an unknown lookup and a DISTANCE field',
        () => {
            const source = inMethod(
                [
                    'Object a = [SELECT Id, (SELECT Id FROM a.Contacts), (SELECT Id FROM Account.Opportunities) FROM Account a];',
                    'Object b = [SELECT Id, (SELECT Id FROM Contacts.Users), (SELECT Id FROM Name) FROM Account];',
                    'Object c = [SELECT Acount.Name, c.Name, Contact.Email, c.Account.Name FROM Contact c];',
                    "Object d = [SELECT Id FROM Account WHERE DISTANCE(BillingAdress, GEOLOCATION(1, 2), 'mi') < 20];",
                    'Object e = [SELECT TYPEOF What WHEN Account THEN Phone ELSE Name, Phone END FROM Event];'
                ].join('\n        ')
            );
            expect(problemsIn(source)).toEqual([
                "4:48 a sub-query names one child relationship of Account, not 'Contacts.Users'",
                "4:81 'Name' on Account is not a child relationship",
                "5:28 unknown relationship 'Acount' on Contact (in Acount.Name)",
                "6:59 unknown field 'BillingAdress' on Account"
            ]);
        },
        SLOW
    );
});

describeWithApexParser('requiredFeature', () => {
    it.each([
        ['Account', 'IsPersonAccount', 'Person Accounts'],
        ['account', 'PersonMobilePhone', 'Person Accounts'],
        ['Account', 'Student_Number__pc', 'Person Accounts'],
        ['Account', 'Mentor__pr', 'Person Accounts'],
        ['Contact', 'IsPersonAccount', 'Person Accounts'],
        ['Contact', 'CurrencyIsoCode', 'multiple currencies'],
        ['Enrollment__c', 'currencyisocode', 'multiple currencies']
    ])('%s.%s exists only with %s', (object, field, feature) => {
        expect(requiredFeature(object, field)).toBe(feature);
    });

    it.each([
        ['Account', 'WasIsPersonAccount__c'],
        ['Account', 'Personal_Email__c'],
        ['Account', 'Person'],
        ['Account', 'SalesPersonName'],
        ['Account', 'IsPersonAccountOwner__c'],
        ['Account', 'Student__pcx'],
        ['Contact', 'PersonEmail'],
        ['Contact', 'IsPersonAccount__c'],
        ['Contact', 'OldIsPersonAccount'],
        ['Lead', 'IsPersonAccount'],
        ['Contact', 'CurrencyIsoCodeLabel__c'],
        ['Contact', 'LastCurrencyIsoCode']
    ])('%s.%s is in every org', (object, field) => {
        expect(requiredFeature(object, field)).toBeUndefined();
    });
});

describeWithApexParser('feature-dependent fields', () => {
    it(
        'reports standard fields that only exist in orgs with Person Accounts or multiple currencies',
        () => {
            const source = inMethod(
                'Object p = [SELECT Id, IsPersonAccount, PersonContactId, CurrencyIsoCode, Parent.Name FROM Account];'
            );
            const problems = problemsIn(source);
            expect(
                problems.map((problem) => problem.replace(/ exists only in orgs with ([^:]+):.*$/, ' needs $1'))
            ).toEqual([
                "3:32 'IsPersonAccount' on Account needs Person Accounts",
                "3:49 'PersonContactId' on Account needs Person Accounts",
                "3:66 'CurrencyIsoCode' on Account needs multiple currencies"
            ]);
            expect(problems[0]).toContain('use dynamic SOQL after a describe check');
        },
        SLOW
    );
});

describeWithApexParser('standard schema', () => {
    it(
        'reads lookups, polymorphic lookups, child relationships and compound fields from the apex-ls jar',
        () => {
            const schema = new Schema(loadStandardSchema());
            expect(schema.object('account')?.field('OWNER')).toEqual({
                name: 'Owner',
                type: 'reference',
                target: 'User'
            });
            expect(schema.object('Event')?.field('What')).toEqual({ name: 'What', type: 'reference', target: 'Name' });
            expect(schema.object('Account')?.field('Contacts')).toEqual({
                name: 'Contacts',
                type: 'children',
                target: 'Contact'
            });
            expect(schema.object('Account')?.field('BillingAddress')).toEqual({
                name: 'BillingAddress',
                type: 'field'
            });
            expect(schema.object('User')?.field('TimeZoneSidKey')?.type).toBe('field');
            expect(schema.object('User')?.field('TimeZone')).toBeUndefined();
            expect(schema.object('NotAnObject__c')).toBeUndefined();
        },
        SLOW
    );

    it('encodes the cache compactly and decodes it to the same fields', () => {
        const fields = {
            Id: { type: 'field' as const },
            Owner: { type: 'reference' as const, target: 'User' },
            Contacts: { type: 'children' as const, target: 'Contact' }
        };
        expect(encodeFields(fields)).toBe('Id,Owner>User,Contacts*Contact');
        expect(decodeFields(encodeFields(fields))).toEqual(fields);
    });

    it(
        'regenerates a cache that does not belong to the installed jar',
        () => {
            const dir = mkdtempSync(join(tmpdir(), 'soql-fields-'));
            try {
                const cachePath = join(dir, 'standard-schema.json');
                writeFileSync(
                    cachePath,
                    JSON.stringify({ sha256: 'other', extractorVersion: 2, objects: { Fake: 'Id' } })
                );
                const schema = new Schema(loadStandardSchema(findSObjectTypesJar(), cachePath));
                expect(schema.object('Fake')).toBeUndefined();
                expect(schema.object('Contact')?.field('AccountId')?.type).toBe('field');
                const rewritten = JSON.parse(readFileSync(cachePath, 'utf8')) as { sha256: string; source: string };
                expect(rewritten.sha256).not.toBe('other');
                expect(rewritten.source).toMatch(/^sobject-types-.*\.jar$/);
            } finally {
                rmSync(dir, { recursive: true, force: true });
            }
        },
        SLOW
    );
});
