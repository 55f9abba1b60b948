import { join } from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The package.xml types of one folder, as `sf project convert source -r <dir>` writes them: the CLI's convert builds
 * its manifest with this library's ComponentSet (@salesforce/source-deploy-retrieve), called here in-process instead of
 * starting the CLI twice (the `metadata` check of npm test runs the CLI's convert over force-app itself).
 */
async function convert(dir: string): Promise<Map<string, string[]>> {
    const xml = await ComponentSet.fromSource(join(ROOT, dir)).getPackageXml();
    const types = new Map<string, string[]>();
    for (const block of xml.match(/<types>[\s\S]*?<\/types>/g) ?? []) {
        const name = /<name>([^<]+)<\/name>/.exec(block)?.[1] ?? '?';
        types.set(
            name,
            [...block.matchAll(/<members>([^<]+)<\/members>/g)].map((match) => match[1])
        );
    }
    return types;
}

describe('the package folder converts as one unit, without demo', () => {
    it('force-app alone: the product types, no profile, no layout, no settings record', async () => {
        const types = await convert('force-app');
        for (const type of ['ApexClass', 'ApexTrigger', 'LightningComponentBundle', 'CustomObject', 'PermissionSet']) {
            expect(types.get(type)?.length).toBeGreaterThan(0);
        }
        expect(types.has('Profile')).toBe(false);
        expect(types.has('Layout')).toBe(false);
        expect((types.get('CustomMetadata') ?? []).filter((name) => name.startsWith('Student_User_Settings.'))).toEqual(
            []
        );
        expect(types.get('CustomMetadata')?.some((name) => name.startsWith('Student_Time_Zone_Mapping.'))).toBe(true);
        // the run reports ship in the package (docs/reports.md): report types, reports and the dashboard, in folders
        expect(types.get('ReportType')).toEqual(['Student_User_Run_Items', 'Student_User_Runs']);
        expect(types.get('Report')).toEqual([
            'Student_Portal_Users_Reports/',
            'Student_Portal_Users_Reports/Student_User_Failures_By_Code',
            'Student_Portal_Users_Reports/Student_User_Runs_By_Action',
            'Student_Portal_Users_Reports/Student_User_Runs_By_User'
        ]);
        expect(types.get('Dashboard')).toEqual([
            'Student_Portal_Users_Dashboards/',
            'Student_Portal_Users_Dashboards/Student_User_Runs'
        ]);
    }, 30_000);

    it('demo alone: the demo profiles, layout and sample settings record (unpackaged metadata)', async () => {
        const types = await convert('demo');
        expect(types.get('Profile')).toEqual(['Student Portal Login User', 'Student Portal Plus User']);
        expect(types.get('Layout')).toEqual(['Contact-Contact Layout']);
        expect(types.get('CustomMetadata')).toEqual(['Student_User_Settings.Default']);
        expect(types.has('ApexClass')).toBe(false);
    }, 30_000);
});
