// @ts-nocheck
import { join } from 'node:path';
import { lengthFindings, metadataLengthsCheck } from '../checks/metadata-lengths';
import { limitsFor, TEXT_LIMITS, textLength } from '../xsd/text-limits';
import type { Finding } from '../types';
import { fixture, runCheck, SLOW } from './fixtures';

const BROKEN = fixture(join('metadata-lengths', 'broken'));
const CLEAN = fixture(join('metadata-lengths', 'clean'));
const PROJECT_ROOT = join(__dirname, '..', '..', '..');
const DEFAULT = 'force-app/main/default';

describe('metadata-lengths on the broken fixture', () => {
    let findings: Finding[];
    beforeAll(async () => {
        findings = await metadataLengthsCheck.run(BROKEN);
    });

    const at = (file: string, line: number): Finding[] => findings.filter((f) => f.file === file && f.line === line);

    it('reports a permission set description of 256 characters with file, line, length, limit and source', () => {
        expect(at(`${DEFAULT}/permissionsets/Too_Long.permissionset-meta.xml`, 3)).toEqual([
            {
                file: `${DEFAULT}/permissionsets/Too_Long.permissionset-meta.xml`,
                line: 3,
                message:
                    '<description> is 256 characters; PermissionSet.Description allows 255 (Object Reference for the Salesforce Platform, "PermissionSet": Description, "Limit: 255 characters")',
                rule: 'text-length'
            }
        ]);
    });

    it('reports a permission set label of 81 characters', () => {
        expect(at(`${DEFAULT}/permissionsets/Too_Long.permissionset-meta.xml`, 5)).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(/^<label> is 81 characters; PermissionSet\.Label allows 80 /) as string
            })
        ]);
    });

    it('reports a custom permission label of 81 characters, not its description of exactly 255', () => {
        const file = `${DEFAULT}/customPermissions/Long_Label.customPermission-meta.xml`;
        expect(findings.filter((f) => f.file === file)).toEqual([
            expect.objectContaining({
                line: 5,
                message: expect.stringMatching(
                    /^<label> is 81 characters; CustomPermission\.MasterLabel allows 80 /
                ) as string
            })
        ]);
    });

    it('counts entities as one character: a label value of 1,001 decoded characters fails, 1,000 passes', () => {
        const file = `${DEFAULT}/labels/Long.labels-meta.xml`;
        expect(at(file, 9)).toEqual([]); // Short_Enough: 995 + five &amp; = 1,000
        expect(at(file, 17)).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(
                    /^<value> is 1001 characters; CustomLabel\.value allows 1000 \(Metadata API Developer Guide, "CustomLabels"/
                ) as string
            })
        ]);
        expect(at(file, 21)).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(
                    /^<categories> is 256 characters; CustomLabel\.categories allows 255 /
                ) as string
            })
        ]);
    });

    it('checks the demo package directory too (a custom field label of 41 characters)', () => {
        expect(at('demo/main/default/objects/Contact/fields/Note__c.field-meta.xml', 4)).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(/^<label> is 41 characters; CustomField\.label allows 40 /) as string
            })
        ]);
    });

    it('reports nothing else', () => {
        expect(findings).toHaveLength(6);
    });

    it(
        'fails through the CLI runner, as npm test runs it',
        async () => {
            const viaCli = await runCheck('metadata-lengths', BROKEN);
            expect(viaCli).toContainEqual(
                expect.objectContaining({ file: `${DEFAULT}/permissionsets/Too_Long.permissionset-meta.xml`, line: 3 })
            );
        },
        SLOW
    );
});

describe('metadata-lengths passes', () => {
    it('the clean fixture: every limit reached exactly, entities and character references, CDATA', async () => {
        expect(await metadataLengthsCheck.run(CLEAN)).toEqual([]);
    });

    it("the project's force-app and demo", async () => {
        expect(await metadataLengthsCheck.run(PROJECT_ROOT)).toEqual([]);
    });
});

describe('text limits', () => {
    it('every row names its type, element path, maximum and a source', () => {
        for (const limit of TEXT_LIMITS) {
            expect(limit.path.length).toBeGreaterThan(0);
            expect(limit.max).toBeGreaterThan(0);
            expect(limit.source).toMatch(/"[^"]+"/); // a quoted document title
        }
    });

    it('applies the CustomLabels rows to a decomposed CustomLabel file', () => {
        expect(limitsFor('CustomLabel').map((limit) => limit.path)).toEqual([['value'], ['categories']]);
        const source = `<CustomLabel xmlns="http://soap.sforce.com/2006/04/metadata">\n    <value>${'a'.repeat(1001)}</value>\n</CustomLabel>`;
        expect(lengthFindings('x.label-meta.xml', source, 'CustomLabel')).toEqual([
            expect.objectContaining({
                file: 'x.label-meta.xml',
                line: 2,
                message: expect.stringMatching(/^<value> is 1001 characters/) as string
            })
        ]);
    });

    it('skips malformed XML and a root that does not match the type (other checks report those)', () => {
        expect(
            lengthFindings('x', `<PermissionSet><description>${'a'.repeat(300)}</PermissionSet>`, 'PermissionSet')
        ).toEqual([]);
        expect(
            lengthFindings('x', `<Profile><description>${'a'.repeat(300)}</description></Profile>`, 'PermissionSet')
        ).toEqual([]);
    });

    it('counts code points: an emoji is one character', () => {
        expect(textLength('a😀é')).toBe(3);
    });
});
