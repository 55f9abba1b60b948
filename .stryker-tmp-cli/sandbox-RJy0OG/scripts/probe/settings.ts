/**
 * Org settings no SOQL can read, retrieved with the Metadata API (`sf project retrieve start --metadata Settings:X
 * --target-metadata-dir <tmp> --unzip`) and read from the `.settings` files. Field names: Metadata API Developer Guide
 * (ApexSettings, CommunitiesSettings, FlowSettings, SharingSettings); jsforce's metadata schema lists the same.
 */
// @ts-nocheck

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from './types';

export interface SettingQuestion {
    id: string;
    /** The settings file, e.g. `Apex` for `Apex.settings` (`Settings:Apex`). */
    settings: string;
    field: string;
    claim: string;
}

export const SETTING_QUESTIONS: readonly SettingQuestion[] = [
    {
        id: 'standard-external-profiles-allowed',
        settings: 'Communities',
        field: 'enableOotbProfExtUserOpsEnable',
        claim: '"Allow using standard external profiles for self-registration, user creation, and login" is on'
    },
    {
        id: 'parallel-apex-testing-disabled',
        settings: 'Apex',
        field: 'enableDisableParallelApexTesting',
        claim: 'Parallel Apex test execution is disabled'
    },
    {
        id: 'flows-deploy-as-active',
        settings: 'Flow',
        field: 'enableFlowDeployAsActiveEnabled',
        claim: 'Flows deploy as active (matters in production; sandboxes and scratch orgs keep the file status)'
    },
    {
        id: 'account-role-optimization',
        settings: 'Sharing',
        field: 'enableAccountRoleOptimization',
        claim: 'Account Role Optimization is on (new portal users of an account share one person role)'
    }
];

export function retrieveSettingsArgs(targetOrg: string, dir: string): string[] {
    const names = [...new Set(SETTING_QUESTIONS.map((question) => question.settings))];
    return [
        'project',
        'retrieve',
        'start',
        ...names.flatMap((name) => ['--metadata', `Settings:${name}`]),
        '--target-metadata-dir',
        dir,
        '--unzip',
        '--target-org',
        targetOrg,
        '--wait',
        '10',
        '--json'
    ];
}

/** Every `<Name>.settings` file under `dir` (the unzipped retrieve), by name. */
export function findSettingsFiles(dir: string): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (folder: string): void => {
        for (const entry of readdirSync(folder)) {
            const path = join(folder, entry);
            if (statSync(path).isDirectory()) walk(path);
            else if (entry.endsWith('.settings'))
                files.set(entry.slice(0, -'.settings'.length), readFileSync(path, 'utf8'));
        }
    };
    walk(dir);
    return files;
}

/** The boolean value of `<field>` in a settings XML, undefined when the field is absent. */
export function settingValue(xml: string, field: string): boolean | undefined {
    const match = new RegExp(`<${field}>\\s*(true|false)\\s*</${field}>`).exec(xml);
    return match ? match[1] === 'true' : undefined;
}

/** The answers from the retrieved files; `failure` makes every question `could not test` with that reason. */
export function settingsVerdicts(files: ReadonlyMap<string, string>, failure?: string): Answer[] {
    return SETTING_QUESTIONS.map((question) => {
        const base = { id: question.id, claim: question.claim };
        const source = `${question.settings}.settings ${question.field}`;
        if (failure) return { ...base, verdict: 'could not test', evidence: failure };
        const xml = files.get(question.settings);
        if (xml === undefined) {
            return { ...base, verdict: 'could not test', evidence: `${question.settings}.settings was not retrieved` };
        }
        const value = settingValue(xml, question.field);
        if (value === undefined) {
            return { ...base, verdict: 'could not test', evidence: `${source} is absent from the retrieved file` };
        }
        return { ...base, verdict: value ? 'confirmed' : 'refuted', evidence: `${source} = ${value}` };
    });
}
