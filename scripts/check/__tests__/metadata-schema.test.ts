import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metadataSchemaCheck, SOURCE_FILE_TYPES, SUFFIX_TYPES, typeForFile } from '../checks/metadata-schema';
import { loadMetadataSchema, SCHEMA_FILE } from '../xsd/schema';
import type { MetadataSchema, SchemaElement } from '../xsd/schema';
import { main as generateSchema, parseMetadataWsdl, renderSchema } from '../xsd/generate-metadata-schema';
import { SchemaValidator, closest } from '../xsd/validate';
import { parseXmlTree, scanStartTags } from '../xsd/xml-tree';
import type { Finding } from '../types';
import { fixture, runCheck, SLOW } from './fixtures';

const BROKEN = fixture(join('metadata-schema', 'broken'));
const CLEAN = fixture(join('metadata-schema', 'clean'));
const PROJECT_ROOT = join(__dirname, '..', '..', '..');
const DEFAULT = 'force-app/main/default';

describe('metadata-schema on the broken fixture', () => {
    let findings: Finding[];
    beforeAll(async () => {
        findings = await metadataSchemaCheck.run(BROKEN);
    });

    /** The one finding for `file` at `line`: each case below must be reported exactly there. */
    const at = (file: string, line: number): Finding[] => findings.filter((f) => f.file === file && f.line === line);

    it('reports a misspelled flow element with the allowed names closest to it', () => {
        expect(at(`${DEFAULT}/flows/Misspelled.flow-meta.xml`, 6)).toEqual([
            {
                file: `${DEFAULT}/flows/Misspelled.flow-meta.xml`,
                line: 6,
                message:
                    'unknown element <recordLookup> in Flow; closest allowed: recordLookups, recordCreates, recordDeletes',
                rule: 'unknown-element'
            }
        ]);
    });

    it('follows child complex types (a misspelled connector inside the flow start)', () => {
        expect(at(`${DEFAULT}/flows/Misspelled.flow-meta.xml`, 13)).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(
                    /^unknown element <conector> in Flow\.start \(FlowStart\); closest allowed: connector/
                ) as string
            })
        ]);
    });

    it('reports an unknown permission-set element', () => {
        expect(at(`${DEFAULT}/permissionsets/Unknown_Element.permissionset-meta.xml`, 9)).toEqual([
            expect.objectContaining({
                rule: 'unknown-element',
                message: expect.stringMatching(
                    /^unknown element <fieldPermission> in PermissionSet; closest allowed: fieldPermissions/
                ) as string
            })
        ]);
    });

    it('reports a quick-action type outside the QuickActionType enum', () => {
        expect(at(`${DEFAULT}/quickActions/Contact.Wrong_Type.quickAction-meta.xml`, 7)).toEqual([
            expect.objectContaining({
                rule: 'value',
                message:
                    '<type> at QuickAction.type: "LightningWebComponents" is not a QuickActionType; closest allowed: LightningWebComponent, LightningComponent, CaseComment'
            })
        ]);
    });

    it('reports a root element that does not match the file suffix', () => {
        expect(at(`${DEFAULT}/objects/Thing__c/fields/Wrong_Root__c.field-meta.xml`, 2)).toEqual([
            expect.objectContaining({
                rule: 'root-element',
                message:
                    'root element <CustomObject> does not match the file suffix, which holds a CustomField: expected <CustomField>'
            })
        ]);
    });

    it('reports a boolean that is not true or false', () => {
        expect(at(`${DEFAULT}/customPermissions/Bad_Boolean.customPermission-meta.xml`, 4)).toEqual([
            expect.objectContaining({
                rule: 'value',
                message: '<isLicensed> at CustomPermission.isLicensed: "yes" is not true or false (boolean)'
            })
        ]);
    });

    it('reports a bad int and an element repeated beyond maxOccurs', () => {
        const file = `${DEFAULT}/objects/Thing__c/fields/Bad_Number__c.field-meta.xml`;
        expect(at(file, 6)).toEqual([
            expect.objectContaining({
                message: '<precision> at CustomField.precision: "eighteen" is not a 32-bit integer (int)'
            })
        ]);
        expect(at(file, 5)).toEqual([
            expect.objectContaining({
                rule: 'max-occurs',
                message: '<label> may appear at most 1 time(s) in CustomField; found 2'
            })
        ]);
    });

    it('checks custom metadata values against their xsi:type', () => {
        const file = `${DEFAULT}/customMetadata/Thing.Bad.md-meta.xml`;
        expect(at(file, 6)).toEqual([
            expect.objectContaining({ message: expect.stringContaining('"maybe" is not true or false') as string })
        ]);
        expect(at(file, 10)).toEqual([
            expect.objectContaining({
                rule: 'xsi-type',
                message: expect.stringContaining('xsi:type="xsd:text"') as string
            })
        ]);
    });

    it('checks the LWC target configs the WSDL leaves opaque', () => {
        const file = `${DEFAULT}/lwc/badAction/badAction.js-meta.xml`;
        expect(at(file, 10)).toEqual([
            expect.objectContaining({
                message: expect.stringContaining(
                    '"Headless" is not a valid actionType; allowed: ScreenAction, Action'
                ) as string
            })
        ]);
        expect(at(file, 12)).toEqual([expect.objectContaining({ rule: 'lwc-target' })]);
        expect(at(file, 13)).toEqual([
            expect.objectContaining({ message: expect.stringContaining('"input" is not a valid role') as string })
        ]);
        expect(at(file, 14)).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(/^unknown element <properties> .* closest allowed: property,/) as string
            })
        ]);
    });

    it('validates report types and reports (a SOQL date literal is not a report interval)', () => {
        expect(at(`${DEFAULT}/reportTypes/Broken_Runs.reportType-meta.xml`, 4)).toEqual([
            expect.objectContaining({
                rule: 'value',
                message: expect.stringMatching(
                    /^<category> at ReportType\.category: "administration" is not a ReportTypeCategory/
                ) as string
            })
        ]);
        expect(at(`${DEFAULT}/reportTypes/Broken_Runs.reportType-meta.xml`, 6)).toEqual([
            expect.objectContaining({
                rule: 'unknown-element',
                message: expect.stringMatching(
                    /^unknown element <joins> in ReportType; closest allowed: join/
                ) as string
            })
        ]);
        expect(at(`${DEFAULT}/reports/Broken_Reports/This_Term.report-meta.xml`, 8)).toEqual([
            expect.objectContaining({
                rule: 'value',
                message: expect.stringContaining('"LAST_N_DAYS:120" is not a UserDateInterval') as string
            })
        ]);
    });

    it('validates every package directory of sfdx-project.json (demo too)', () => {
        expect(
            findings.filter((f) => f.file.startsWith('demo/')).map((f) => [f.line, f.message.split(';')[0]])
        ).toEqual([
            [6, 'unknown element <mobileReady> in CustomTab'],
            [7, 'unknown element <tabVisibility> in CustomTab']
        ]);
    });

    it('warns, without failing, about a suffix it cannot map to a type', () => {
        expect(findings.filter((f) => f.rule === 'unknown-suffix')).toEqual([
            expect.objectContaining({ file: `${DEFAULT}/weird/Thing.unknownThing-meta.xml`, level: 'warning' })
        ]);
    });

    it('reports nothing else (no false positives next to the real errors)', () => {
        expect(findings).toHaveLength(20);
    });
});

describe('metadata-schema passes', () => {
    it('the clean fixture: LWC actionType, String[] and {T[]} flow properties, xsi:type and xsi:nil values, CDATA', async () => {
        expect(await metadataSchemaCheck.run(CLEAN)).toEqual([]);
    });

    it("the project's force-app and demo", async () => {
        expect(await metadataSchemaCheck.run(PROJECT_ROOT)).toEqual([]);
    });

    it(
        'fails through the CLI runner on the broken fixture, as npm test runs it',
        async () => {
            const viaCli = await runCheck('metadata-schema', BROKEN);
            expect(viaCli.filter((f) => f.level !== 'warning').length).toBeGreaterThan(0);
            expect(viaCli).toContainEqual(
                expect.objectContaining({
                    file: `${DEFAULT}/quickActions/Contact.Wrong_Type.quickAction-meta.xml`,
                    line: 7
                })
            );
        },
        SLOW
    );
});

describe('line positions', () => {
    it('lists start tags with their lines, skipping comments, CDATA, declarations and end tags', () => {
        const source = [
            '<?xml version="1.0"?>',
            '<!-- <fake> -->',
            '<a x="1 > 0">',
            '  <b><![CDATA[<notATag>]]></b>',
            '  <c',
            '     y="2"/>',
            '  <!--',
            '    <d/>',
            '  -->',
            '  <e>text</e>',
            '</a>'
        ].join('\n');
        expect(scanStartTags(source)).toEqual([
            { name: 'a', line: 3 },
            { name: 'b', line: 4 },
            { name: 'c', line: 5 },
            { name: 'e', line: 10 }
        ]);
        const tree = parseXmlTree(source);
        expect(tree.children.map((child) => [child.name, child.line, child.text])).toEqual([
            ['b', 4, '<notATag>'],
            ['c', 5, ''],
            ['e', 10, 'text']
        ]);
        expect(tree.attributes).toEqual({ x: '1 > 0' });
    });

    it('handles CRLF line ends', () => {
        expect(scanStartTags('<a>\r\n<b/>\r\n\r\n<c/></a>')).toEqual([
            { name: 'a', line: 1 },
            { name: 'b', line: 2 },
            { name: 'c', line: 4 }
        ]);
    });
});

describe('schema and validator', () => {
    const schema = loadMetadataSchema();
    const wsdl = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Salesforce.com Metadata API version 65.0 -->
<definitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="http://schemas.xmlsoap.org/wsdl/">
 <types>
  <xsd:schema elementFormDefault="qualified">
   <xsd:complexType name="Metadata"><xsd:sequence><xsd:element name="fullName" minOccurs="0" type="xsd:string"/></xsd:sequence></xsd:complexType>
   <xsd:complexType name="Thing">
    <xsd:complexContent><xsd:extension base="tns:Metadata"><xsd:sequence>
     <xsd:element name="kind" type="tns:ThingKind"/>
     <xsd:element name="parts" minOccurs="0" maxOccurs="unbounded" type="tns:Part"/>
     <xsd:element name="value" type="xsd:anyType" nillable="true"/>
    </xsd:sequence></xsd:extension></xsd:complexContent>
   </xsd:complexType>
   <xsd:complexType name="Part"><xsd:sequence><xsd:element name="size" type="xsd:int"/></xsd:sequence></xsd:complexType>
   <xsd:complexType name="Unrelated"><xsd:sequence><xsd:element name="x" type="xsd:int"/></xsd:sequence></xsd:complexType>
   <xsd:simpleType name="ThingKind"><xsd:restriction base="xsd:string"><xsd:enumeration value="A"/><xsd:enumeration value="B"/></xsd:restriction></xsd:simpleType>
   <xsd:simpleType name="ID"><xsd:restriction base="xsd:string"><xsd:length value="18"/></xsd:restriction></xsd:simpleType>
  </xsd:schema>
 </types>
</definitions>`;

    it('carries its provenance: forcedotcom/wsdl at the API version of sfdx-project.json, BSD-3-Clause', () => {
        expect(schema.provenance).toEqual(
            expect.objectContaining({
                repository: 'https://github.com/forcedotcom/wsdl',
                commit: '5855538a3004b4af96ed52ab771c143ccd93df6e',
                path: 'resources/metadata.wsdl',
                apiVersion: '65.0',
                license: expect.stringMatching(/^BSD-3-Clause/) as string
            })
        );
        expect(schema.provenance.notice.join('\n')).toContain('Redistributions of source code must retain');
    });

    it('inherits elements through the extension chain (FlowRecordLookup → FlowNode → FlowElement → FlowBaseElement)', () => {
        const validator = new SchemaValidator(schema);
        const allowed = validator.allowedElements('FlowRecordLookup');
        expect(allowed.get('object')?.[0]).toBe('xsd:string');
        expect(allowed.get('label')).toBeDefined(); // FlowNode
        expect(allowed.get('name')).toBeDefined(); // FlowElement
        expect(allowed.get('processMetadataValues')).toBeDefined(); // FlowBaseElement
    });

    it('checks the XML Schema built-ins by their lexical forms', () => {
        const validator = new SchemaValidator(schema);
        expect(validator.simpleProblem('true', 'xsd:boolean')).toBeUndefined();
        expect(validator.simpleProblem('0', 'xsd:boolean')).toBeUndefined();
        expect(validator.simpleProblem('True', 'xsd:boolean')).toMatch(/not true or false/);
        expect(validator.simpleProblem('-12', 'xsd:int')).toBeUndefined();
        expect(validator.simpleProblem('2147483648', 'xsd:int')).toMatch(/32-bit/);
        expect(validator.simpleProblem('1.5e3', 'xsd:double')).toBeUndefined();
        expect(validator.simpleProblem('1,5', 'xsd:double')).toMatch(/not a number/);
        expect(validator.simpleProblem('2026-11-30', 'xsd:date')).toBeUndefined();
        expect(validator.simpleProblem('30/11/2026', 'xsd:date')).toMatch(/not a date/);
        expect(validator.simpleProblem('anything at all', 'xsd:string')).toBeUndefined();
    });

    it('maps file suffixes to metadata types', () => {
        expect(typeForFile('Foo.cls-meta.xml')).toBe('ApexClass');
        expect(typeForFile('Contact.Enable.quickAction-meta.xml')).toBe('QuickAction');
        expect(typeForFile('Type.Record.md-meta.xml')).toBe('CustomMetadata');
        expect(typeForFile('Email__c.field-meta.xml')).toBe('CustomField');
        expect(typeForFile('Communities.settings-meta.xml')).toBe('CommunitiesSettings');
        expect(typeForFile('force-app/main/default/sites/Portal.site-meta.xml')).toBe('CustomSite');
        expect(typeForFile('force-app/main/default/experiences/Portal1.site-meta.xml')).toBe('ExperienceBundle');
        expect(typeForFile('Contact/webLinks/Open.webLink-meta.xml')).toBe('WebLink');
        expect(typeForFile('weblinks/Open.weblink-meta.xml')).toBe('CustomPageWebLink');
        expect(typeForFile('reportTypes/Runs.reportType-meta.xml')).toBe('ReportType');
        expect(typeForFile('reports/Folder/Runs.report-meta.xml')).toBe('Report');
        expect(typeForFile('reports/Folder.reportFolder-meta.xml')).toBe('ReportFolder');
        expect(typeForFile('dashboards/Folder/Runs.dashboard-meta.xml')).toBe('Dashboard');
        expect(typeForFile('x.constructor-meta.xml')).toBeUndefined();
        expect(typeForFile('plain.xml')).toBeUndefined();
    });

    it("maps suffixes through source-deploy-retrieve's registry, with our source-file overrides in the schema", () => {
        const validator = new SchemaValidator(schema);
        expect(Object.values(SOURCE_FILE_TYPES).filter((type) => !validator.complexType(type))).toEqual([]);
        expect(SUFFIX_TYPES).toEqual(
            expect.objectContaining({
                cls: 'ApexClass',
                object: 'CustomObject',
                field: 'CustomField',
                listView: 'ListView',
                webLink: 'WebLink',
                weblink: 'CustomPageWebLink',
                labels: 'CustomLabels',
                label: 'CustomLabel',
                permissionset: 'PermissionSet',
                quickAction: 'QuickAction',
                flow: 'Flow',
                md: 'CustomMetadata',
                js: 'LightningComponentBundle'
            })
        );
        // The registry knows more types than the API 65.0 schema; a file of such a type is reported as not validated.
        expect(Object.keys(SUFFIX_TYPES).length).toBeGreaterThan(500);
    });

    it('allows xsi:nil only where the schema says nillable', () => {
        const validator = new SchemaValidator(schema);
        const xsi = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
        const problems = validator.validateRoot(
            parseXmlTree(
                `<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" ${xsi}>\n<label xsi:nil="true"/>\n<values><field>A__c</field><value xsi:nil="true"/></values>\n</CustomMetadata>`
            ),
            'CustomMetadata'
        );
        expect(problems).toEqual([
            { line: 2, message: '<label> is not nillable: xsi:nil is not allowed', rule: 'xsi-nil' }
        ]);
    });

    it('reports text where elements belong, elements where a value belongs, and a missing namespace', () => {
        const validator = new SchemaValidator(schema);
        const problems = validator.validateRoot(
            parseXmlTree(
                '<QuickAction>\n<quickActionLayout>text</quickActionLayout>\n<label><b/></label>\n</QuickAction>'
            ),
            'QuickAction'
        );
        expect(problems.map((problem) => [problem.line, problem.rule])).toEqual([
            [1, 'namespace'],
            [2, 'value'],
            [3, 'value']
        ]);
    });

    it('ranks close names first', () => {
        expect(closest('recordLookup', ['screens', 'recordLookups', 'recordUpdates'])[0]).toBe('recordLookups');
    });

    it('regenerates the same types from a WSDL excerpt', () => {
        expect(parseMetadataWsdl(wsdl)).toEqual({
            apiVersion: '65.0',
            complexTypes: {
                Metadata: { elements: { fullName: ['xsd:string', 0, 1] } },
                Part: { elements: { size: ['xsd:int', 1, 1] } },
                Thing: {
                    base: 'Metadata',
                    elements: { kind: ['ThingKind', 1, 1], parts: ['Part', 0, -1], value: ['xsd:anyType', 1, 1, 1] }
                }
            },
            enums: { ThingKind: ['A', 'B'] },
            simpleTypes: { ID: 'xsd:string' }
        });
    });

    it('renders the committed schema file byte for byte, one line per type', () => {
        const text = readFileSync(SCHEMA_FILE, 'utf8');
        expect(renderSchema(JSON.parse(text) as Parameters<typeof renderSchema>[0])).toBe(text);
    });

    it('writes the schema of a WSDL with its provenance, and refuses a call without a full commit', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spu-wsdl-'));
        const printed: string[] = [];
        jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
        jest.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
        try {
            const input = join(dir, 'metadata.wsdl');
            const out = join(dir, 'schema.json');
            writeFileSync(input, wsdl);
            generateSchema([input, '--commit', 'abc']);
            expect(process.exitCode).toBe(2);
            process.exitCode = undefined;
            const commit = 'a'.repeat(40);
            generateSchema([input, '--commit', commit, '--out', out]);
            expect(process.exitCode).toBeUndefined();
            expect(printed).toEqual([
                'usage: generate-metadata-schema.ts <metadata.wsdl> --commit <40-hex sha> [--out file.json]',
                `${out}: API 65.0, 3 complex types, 1 enums`
            ]);
            const written = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof loadMetadataSchema>;
            expect(written.provenance).toEqual(
                expect.objectContaining({
                    repository: 'https://github.com/forcedotcom/wsdl',
                    commit,
                    path: 'resources/metadata.wsdl',
                    apiVersion: '65.0',
                    wsdlHeader: ''
                })
            );
            expect(written.provenance.notice).toEqual(schema.provenance.notice);
            expect(Object.keys(written.complexTypes)).toEqual(['Metadata', 'Part', 'Thing']);
            expect(written.simpleTypes).toEqual({ ID: 'xsd:string' });
        } finally {
            process.exitCode = undefined;
            jest.restoreAllMocks();
            rmSync(dir, { recursive: true, force: true });
        }
    });

    describe('over a small schema', () => {
        const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
        const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
        const small: MetadataSchema = {
            ...schema,
            complexTypes: {
                Base: { elements: { name: ['xsd:string', 0, 1] } },
                Sub: { base: 'Base', elements: { extra: ['xsd:int', 0, 1] } },
                Other: { elements: {} },
                Thing: {
                    elements: {
                        part: ['Base', 0, 2],
                        any: ['xsd:anyType', 0, -1],
                        kind: ['Kind', 0, 1],
                        id: ['ID', 0, 1]
                    }
                }
            },
            enums: { Kind: ['Alpha', 'Beta'] },
            simpleTypes: { ID: 'xsd:string', Size: 'xsd:int' }
        };
        const overlay = {
            Tagged: { elements: { note: ['xsd:string', 0, 1] as SchemaElement }, attributes: { size: 'Size' } }
        };
        const validate = (body: string, type = 'Thing', root = `<${type} ${NS} ${XSI}>`): string[] =>
            new SchemaValidator(small, overlay)
                .validateRoot(parseXmlTree(`${root}\n${body}\n</${type}>`), type)
                .map((problem) => `${problem.line} ${problem.rule}: ${problem.message}`);

        it('takes a subtype through xsi:type and refuses a type that does not extend the declared one', () => {
            expect(
                validate(
                    '<part xsi:type="tns:Sub"><extra>3</extra></part>\n<part xsi:type="Other"/>\n<any xsi:type="xsd:int">x</any>\n<any xsi:type="Base"/>'
                )
            ).toEqual([
                '3 xsi-type: xsi:type="Other" is not a subtype of Base (at Thing.part)',
                '4 value: <any> at Thing.any: "x" is not a 32-bit integer (int)',
                '5 xsi-type: xsi:type="Base" is not an XML Schema simple type (at Thing.any)'
            ]);
        });

        it('reports elements beyond maxOccurs at the first one too many, and elements inside a simple value', () => {
            expect(validate('<part/>\n<part/>\n<part/>\n<kind><x/></kind>\n<any><x/></any>')).toEqual([
                '5 value: <kind> is a Kind value and cannot hold elements (found <x>) at Thing.kind',
                '4 max-occurs: <part> may appear at most 2 time(s) in Thing; found 3'
            ]);
        });

        it('checks enum values with the closest ones, simple types by their base, and unknown elements', () => {
            expect(validate('<kind>Alpah</kind>\n<id>any text</id>\n<nope/>')).toEqual([
                '2 value: <kind> at Thing.kind: "Alpah" is not a Kind; closest allowed: Alpha, Beta',
                '4 unknown-element: unknown element <nope> in Thing; closest allowed: any, id, kind'
            ]);
            expect(validate('<x/>', 'Other')).toEqual([
                '2 unknown-element: unknown element <x> in Other; closest allowed: none'
            ]);
        });

        it('checks attributes where the overlay declares them, and none elsewhere', () => {
            expect(validate('<note>n</note>', 'Tagged', `<Tagged ${NS} size="12">`)).toEqual([]);
            expect(validate('', 'Tagged', `<Tagged ${NS} size="big" colour="red">`)).toEqual([
                '1 value: attribute size of <Tagged>: "big" is not a 32-bit integer (Size)',
                '1 unknown-attribute: <Tagged> has no attribute colour (allowed: size)'
            ]);
            expect(validate('<kind flag="1">Alpha</kind>')).toEqual([
                '2 unknown-attribute: <kind> has no attribute flag (the schema declares no attributes on it)'
            ]);
        });

        it('wants xmlns:xsi declared on or above an element that uses xsi:type or xsi:nil', () => {
            expect(validate('<part xsi:type="Sub"/>', 'Thing', `<Thing ${NS}>`)).toEqual([
                `2 namespace: xsi:type used without declaring xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`
            ]);
            expect(validate(`<part ${XSI} xsi:type="Sub"/>`, 'Thing', `<Thing ${NS}>`)).toEqual([]);
        });

        it('names the namespace it found when the root declares another one', () => {
            expect(validate('', 'Other', '<Other xmlns="urn:x">')).toEqual([
                '1 namespace: <Other> must declare xmlns="http://soap.sforce.com/2006/04/metadata" (found "urn:x")'
            ]);
        });
    });
});
