import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { soqlFieldsCheck } from '../checks/soql-fields';
import { parseApex } from '../lib/apex-parser';
import { readProjectSchema } from '../schema/project-schema';
import { Schema } from '../schema/schema';
import { loadStandardSchema } from '../schema/standard-schema';
import { checkQuery } from '../soql/check-query';
import { findQueries } from '../soql/soql-model';
import { describeWithApexParser, fixture, SLOW } from './fixtures';

const OBJECTS = 'force-app/main/default/objects';

/** A custom object's meta file with the given settings. */
const objectMeta = (settings: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n${settings}\n</CustomObject>\n`;

/**
 * A project with a private object with history and feeds (Thing__c), a detail of a master-detail (Detail__c), a
 * public object without history (Plain__c) and a hierarchy custom setting (Config__c).
 */
function writeProject(root: string): void {
    const files: Record<string, string> = {
        [`${OBJECTS}/Thing__c/Thing__c.object-meta.xml`]: objectMeta(
            '<sharingModel>Private</sharingModel><enableHistory>true</enableHistory><enableFeeds>true</enableFeeds>'
        ),
        [`${OBJECTS}/Thing__c/fields/Size__c.field-meta.xml`]:
            '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Size__c</fullName><type>Number</type></CustomField>',
        [`${OBJECTS}/Detail__c/Detail__c.object-meta.xml`]: objectMeta(
            '<sharingModel>ControlledByParent</sharingModel>'
        ),
        [`${OBJECTS}/Plain__c/Plain__c.object-meta.xml`]: objectMeta('<sharingModel>ReadWrite</sharingModel>'),
        [`${OBJECTS}/Config__c/Config__c.object-meta.xml`]: objectMeta(
            '<customSettingsType>Hierarchy</customSettingsType>'
        )
    };
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
}

describeWithApexParser('soql-fields: the objects and fields the platform adds', () => {
    let root: string;
    let problemsIn: (body: string) => string[];

    beforeAll(() => {
        root = mkdtempSync(join(tmpdir(), 'spu-soql-implicit-'));
        writeProject(root);
        const schema = new Schema(loadStandardSchema(), readProjectSchema(root));
        problemsIn = (body) =>
            findQueries(parseApex(`public class T {\n    void m() {\n        ${body}\n    }\n}`).unit)
                .flatMap((query) => checkQuery(schema, query))
                .map((problem) => problem.message);
    }, SLOW);

    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('knows __Share, __History and __Feed with their documented fields and Parent', () => {
        expect(
            problemsIn(
                [
                    'List<Thing__Share> a = [SELECT Id, ParentId, Parent.Size__c, UserOrGroupId, UserOrGroup.Name, AccessLevel, RowCause FROM Thing__Share];',
                    'List<Thing__History> b = [SELECT Field, OldValue, NewValue, CreatedBy.Name, Parent.Name FROM Thing__History];',
                    'List<Thing__Feed> c = [SELECT Body, Type, Parent.Name FROM Thing__Feed];'
                ].join('\n')
            )
        ).toEqual([]);
    });

    it('knows the SetupOwner of a hierarchy custom setting, and no Owner on it', () => {
        expect(problemsIn('List<Config__c> a = [SELECT SetupOwnerId, SetupOwner.Name, Name FROM Config__c];')).toEqual(
            []
        );
        expect(problemsIn('List<Config__c> a = [SELECT OwnerId FROM Config__c];')).toEqual([
            "unknown field 'OwnerId' on Config__c"
        ]);
    });

    it('knows the setup-object relationships the schema jar lacks (EntityDefinition.Fields, FlowDefinitionView.TriggerObjectOrEvent)', () => {
        expect(
            problemsIn(
                [
                    'List<EntityDefinition> a = [SELECT QualifiedApiName, (SELECT QualifiedApiName FROM Fields) FROM EntityDefinition];',
                    'List<FlowDefinitionView> b = [SELECT ApiName, TriggerObjectOrEvent.QualifiedApiName FROM FlowDefinitionView];'
                ].join('\n')
            )
        ).toEqual([]);
    });

    it('adds no __Share to an object whose sharing is controlled by its parent, no __History without field history', () => {
        expect(
            problemsIn(
                [
                    'List<SObject> a = [SELECT Id FROM Detail__Share];',
                    'List<SObject> b = [SELECT Id FROM Plain__History];',
                    'List<SObject> c = [SELECT Id FROM Plain__Feed];',
                    'List<SObject> d = [SELECT Nope FROM Thing__Share];'
                ].join('\n')
            )
        ).toEqual([
            "unknown object 'Detail__Share' in FROM",
            "unknown object 'Plain__History' in FROM",
            "unknown object 'Plain__Feed' in FROM",
            "unknown field 'Nope' on Thing__Share"
        ]);
    });
});

/**
 * Precision on code that runs in real orgs: the Apex and objects of NebulaLogger (MIT, github.com/jongpie/NebulaLogger
 * at 2601c16d0: core, plugins, recipes and extra tests; 209 classes, 9 triggers), kept as a fixture. Every query in it
 * runs in orgs, so every finding would be a false one.
 */
describeWithApexParser('soql-fields precision on NebulaLogger', () => {
    it(
        'reports nothing',
        async () => {
            expect(await soqlFieldsCheck.run(fixture('precision/nebula-logger'))).toEqual([]);
        },
        SLOW
    );
});
