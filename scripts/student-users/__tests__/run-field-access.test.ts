import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { itemsQuery, runQuery } from '../in-org-run';

// Staff on either product permission set start, follow and read in-org runs (the CLI's `--in-org`, `status`,
// `results`; the run page; the packaged reports), and a query naming a field the user cannot read fails with
// INVALID_FIELD (SOQL and SOSL Reference, "Field-Level Security"). Both permission sets must therefore read every field
// of the run objects. Student_User_Lifecycle once lacked eleven of them (status, chunk size, jobs, ...), so
// `deactivate --in-org` failed for lifecycle-only staff: this test would have caught it.
const ROOT = join(__dirname, '..', '..', '..');
const DEFAULT = join(ROOT, 'force-app', 'main', 'default');
const RUN_OBJECTS = ['Student_User_Run__c', 'Student_User_Run_Item__c'];
const STAFF_PERMISSION_SETS = ['Student_User_Enablement', 'Student_User_Lifecycle'];

const parser = new XMLParser({ isArray: (name) => name === 'fieldPermissions' });

/** Custom fields of an object that take field permissions (a master-detail field has none: it follows its parent). */
function permissionedFields(objectName: string): string[] {
    const folder = join(DEFAULT, 'objects', objectName, 'fields');
    return readdirSync(folder)
        .filter((file) => file.endsWith('.field-meta.xml'))
        .filter((file) => !/<type>MasterDetail<\/type>/.test(readFileSync(join(folder, file), 'utf8')))
        .map((file) => `${objectName}.${file.replace('.field-meta.xml', '')}`);
}

/** The fields a permission set makes readable. */
function readableFields(xml: string): Set<string> {
    const parsed = parser.parse(xml) as {
        PermissionSet: { fieldPermissions?: { field: string; readable: boolean }[] };
    };
    const set = parsed.PermissionSet;
    return new Set((set.fieldPermissions ?? []).filter((grant) => grant.readable === true).map((grant) => grant.field));
}

function unreadable(xml: string, fields: string[]): string[] {
    const readable = readableFields(xml);
    return fields.filter((field) => !readable.has(field));
}

function permissionSetXml(name: string): string {
    return readFileSync(join(DEFAULT, 'permissionsets', `${name}.permissionset-meta.xml`), 'utf8');
}

/** Custom fields a query selects, as Object.Field. */
function selectedCustomFields(soql: string): string[] {
    const match = /^SELECT (.+) FROM (\w+)/.exec(soql);
    if (!match) throw new Error(`not a query: ${soql}`);
    return match[1]
        .split(',')
        .map((field) => field.trim())
        .filter((field) => field.endsWith('__c'))
        .map((field) => `${match[2]}.${field}`);
}

describe('staff permission sets read the in-org run records', () => {
    const fields = RUN_OBJECTS.flatMap(permissionedFields);

    it('finds the run objects fields (the test reads the real metadata)', () => {
        expect(fields).toEqual(
            expect.arrayContaining(['Student_User_Run__c.Status__c', 'Student_User_Run_Item__c.Position__c'])
        );
    });

    it.each(STAFF_PERMISSION_SETS)('%s reads every field of the run objects', (name) => {
        expect(unreadable(permissionSetXml(name), fields)).toEqual([]);
    });

    it('the CLI queries only fields of the run objects (so the permission sets cover them)', () => {
        const queried = [
            ...selectedCustomFields(runQuery('a00000000000001AAA')),
            ...selectedCustomFields(itemsQuery('a00000000000001AAA'))
        ];
        expect(queried.length).toBeGreaterThan(10);
        expect(queried.filter((field) => !fields.includes(field))).toEqual([]);
    });

    it('reports a field a permission set leaves out', () => {
        const withoutStatus = permissionSetXml('Student_User_Enablement').replace(
            /<fieldPermissions>\s*<editable>\w+<\/editable>\s*<field>Student_User_Run__c\.Status__c<\/field>[\s\S]*?<\/fieldPermissions>/,
            ''
        );
        expect(unreadable(withoutStatus, fields)).toEqual(['Student_User_Run__c.Status__c']);
    });
});
