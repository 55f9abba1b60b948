import { join } from 'node:path';
import { definitionFindings, scratchConfigCheck, workflowShapeFindings } from '../checks/scratch-config';
import { describeWithApexParser, fixture } from './fixtures';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

describeWithApexParser('scratch-config check', () => {
    it('passes on the project itself', async () => {
        expect(await scratchConfigCheck.run(PROJECT_ROOT)).toEqual([]);
    });

    it('fails on a broken fixture with file, line and message for each problem', async () => {
        const findings = await scratchConfigCheck.run(fixture('scratch-config/broken'));
        const lines = findings.map((f) => `${f.file}:${f.line ?? '-'}${f.column ? `:${f.column}` : ''} ${f.message}`);
        expect(lines).toEqual([
            'config/project-scratch-def.json:3 "edition" must be one of Developer, Enterprise, Group, Partner Developer, Partner Enterprise, Partner Group, Partner Professional, Professional',
            'config/project-scratch-def.json:1 needs a "description" (shown in the Dev Hub)',
            'config/project-scratch-def.json:1 "language" must be English (e.g. en_US)',
            'config/project-scratch-def.json:4 unknown scratch org feature "ExperienceCloud" (known to this project: Communities, CustomerCommunityPlus, CustomerCommunityPlusLogin, PersonAccounts, Sites, StateAndCountryPicklist, ContactsToMultipleAccounts, MultiCurrency, API, AuthorApex, DebugApex)',
            'config/project-scratch-def.json:4 needs the feature "CustomerCommunityPlus"',
            'config/project-scratch-def.json:4 needs the feature "CustomerCommunityPlusLogin"',
            'config/project-scratch-def.json:6 settings key "CommunitiesSettings" must be a lowerCamelCase Metadata API settings name',
            'config/project-scratch-def.json:5 needs "settings": { "communitiesSettings": { "enableNetworksEnabled": true } } (Experience Cloud)',
            'config/project-scratch-def.person-accounts.json:- is missing: CI creates a scratch org from it',
            'demo/data/extra.json:3 not valid JSON: Expected double-quoted property name in JSON at position 25',
            'demo/data/students.json:4 student "ada-lovelace": a "noEmail" student must have "email": null',
            'demo/main/default/layouts/Contact-Contact Layout.layout-meta.xml:6 quick action "Contact.Missing_Action" does not exist in force-app (quickActions/Contact.Missing_Action.quickAction-meta.xml)',
            'demo:- no demo layout places the quick action Contact.Enable_Student_User',
            'scripts/scratch/project.ts:2 permission set "Missing_Permission_Set" does not exist in force-app (permissionsets/Missing_Permission_Set.permissionset-meta.xml)',
            '.github/workflows/ci.yml:7 permission set "Other_Missing_Set" does not exist in force-app (permissionsets/Other_Missing_Set.permissionset-meta.xml)',
            'scripts/apex/demo-students.apex:3 Apex type "StudentUserMissing" does not exist in force-app (classes/StudentUserMissing.cls)',
            "scripts/apex/demo-users.apex:3:9 Apex: Unexpected token 'broken'.",
            "scripts/apex/demo-users.apex:3:16 Apex: Unexpected token '='."
        ]);
    });
});

describe('definitionFindings', () => {
    const valid = {
        description: 'x',
        edition: 'Developer',
        language: 'en_US',
        features: ['communities', 'CUSTOMERCOMMUNITYPLUS', 'CustomerCommunityPlusLogin'],
        settings: { communitiesSettings: { enableNetworksEnabled: true } }
    };
    const required = ['Communities', 'CustomerCommunityPlus', 'CustomerCommunityPlusLogin'];

    it('knows the scratch org shapes a workflow names', () => {
        const workflow = [
            'matrix:',
            '  include:',
            '    - shape: person-accounts',
            '    - shape: person-account',
            'run: npm run scratch -- --shape administrative-accounts --no-open',
            'run: npm run scratch -- --shape=business'
        ].join('\n');
        expect(workflowShapeFindings('ci.yml', workflow).map((f) => `${f.line} ${f.message}`)).toEqual([
            '4 unknown scratch org shape "person-account" (npm run scratch -- --shape takes administrative-accounts, person-accounts)',
            '6 unknown scratch org shape "business" (npm run scratch -- --shape takes administrative-accounts, person-accounts)'
        ]);
        expect(workflowShapeFindings('ci.yml', 'run: npm run scratch -- --shape ${{ matrix.shape }}')).toEqual([]);
    });

    it('accepts feature names in any case, as Salesforce does', () => {
        expect(definitionFindings('d.json', JSON.stringify(valid, null, 4), required)).toEqual([]);
    });

    it("accepts the schema's options and the documented ones it lags behind on (snapshot, sourceOrg, objectSettings)", () => {
        const text = JSON.stringify(
            { ...valid, hasSampleData: false, release: 'preview', objectSettings: {} },
            null,
            4
        );
        expect(definitionFindings('d.json', text, required)).toEqual([]);
        const lagging = JSON.stringify({ ...valid, snapshot: 'Base', sourceOrg: '00D000000000001' }, null, 4);
        expect(definitionFindings('d.json', lagging, required)).toEqual([]);
    });

    it('flags duplicates, obsolete orgPreferences, unknown options and invalid JSON', () => {
        const text = JSON.stringify(
            { ...valid, features: [...valid.features, 'Communities'], orgPreferences: {}, feature: [] },
            null,
            4
        );
        expect(definitionFindings('d.json', text, required).map((f) => f.message)).toEqual([
            'orgPreferences is obsolete: use "settings" (Metadata API settings)',
            'unknown option "feature"',
            'feature "Communities" is listed twice'
        ]);
        expect(definitionFindings('d.json', '{\n  "edition": "Developer",\n}', required)).toEqual([
            expect.objectContaining({ file: 'd.json', line: 3, rule: 'scratch-def' })
        ]);
    });
});
