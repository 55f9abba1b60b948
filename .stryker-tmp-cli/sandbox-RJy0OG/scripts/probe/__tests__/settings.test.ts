// @ts-nocheck
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSettingsFiles, retrieveSettingsArgs, settingValue, settingsVerdicts } from '../settings';

describe('org settings', () => {
    it('retrieves the four settings into a metadata directory, unzipped', () => {
        expect(retrieveSettingsArgs('o', '/tmp/x')).toEqual([
            'project',
            'retrieve',
            'start',
            '--metadata',
            'Settings:Communities',
            '--metadata',
            'Settings:Apex',
            '--metadata',
            'Settings:Flow',
            '--metadata',
            'Settings:Sharing',
            '--target-metadata-dir',
            '/tmp/x',
            '--unzip',
            '--target-org',
            'o',
            '--wait',
            '10',
            '--json'
        ]);
    });

    it('reads a boolean field, undefined when absent', () => {
        const xml =
            '<?xml version="1.0"?>\n<ApexSettings>\n    <enableX>true</enableX>\n    <enableY>false</enableY>\n</ApexSettings>';
        expect(settingValue(xml, 'enableX')).toBe(true);
        expect(settingValue(xml, 'enableY')).toBe(false);
        expect(settingValue(xml, 'enableZ')).toBeUndefined();
    });

    it('finds .settings files wherever the unzip put them', () => {
        const dir = mkdtempSync(join(tmpdir(), 'settings-'));
        try {
            mkdirSync(join(dir, 'unpackaged', 'settings'), { recursive: true });
            writeFileSync(join(dir, 'unpackaged', 'settings', 'Apex.settings'), '<a/>');
            writeFileSync(join(dir, 'unpackaged', 'package.xml'), '<p/>');
            expect([...findSettingsFiles(dir)]).toEqual([['Apex', '<a/>']]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('confirmed / refuted by the value; could not test when the file or field is missing', () => {
        const answers = settingsVerdicts(
            new Map([
                ['Communities', '<enableOotbProfExtUserOpsEnable>true</enableOotbProfExtUserOpsEnable>'],
                ['Apex', '<enableDisableParallelApexTesting>false</enableDisableParallelApexTesting>'],
                ['Flow', '<other>true</other>']
            ])
        );
        expect(answers.map((answer) => [answer.id, answer.verdict, answer.evidence])).toEqual([
            [
                'standard-external-profiles-allowed',
                'confirmed',
                'Communities.settings enableOotbProfExtUserOpsEnable = true'
            ],
            ['parallel-apex-testing-disabled', 'refuted', 'Apex.settings enableDisableParallelApexTesting = false'],
            [
                'flows-deploy-as-active',
                'could not test',
                'Flow.settings enableFlowDeployAsActiveEnabled is absent from the retrieved file'
            ],
            ['account-role-optimization', 'could not test', 'Sharing.settings was not retrieved']
        ]);
    });
});
