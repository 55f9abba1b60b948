/**
 * Verdicts of the org facts: information about the org rather than platform behaviour. They use the same verdicts:
 * `confirmed` = the thing is there, `refuted` = it is not (a fact about this org, not a defect), `could not test` =
 * the probe could not read it.
 */
// @ts-nocheck

import type { Answer } from './types';
import { answer, LICENCE_KEYS, show } from './verdicts';

type Row = Record<string, unknown>;

export const ORG_FACT_IDS = {
    customProfiles: 'custom-profile-per-licence',
    programData: 'program-data-model'
} as const;

export const ORG_FACT_CLAIMS = {
    customProfiles:
        'Each Customer Community Plus licence has a custom profile (PermissionSet IsOwnedByProfile and IsCustom)',
    programData:
        'A program data model the cohort page reads is present (Education Cloud LearnerProgram, or EDA hed__Affiliation__c / hed__Program_Enrollment__c) with its fields'
} as const;

/** The custom profiles of the licences, told apart from standard ones by their own permission set. */
export const CUSTOM_PROFILE_SOQL = `SELECT ProfileId, Profile.Name, Profile.UserLicense.LicenseDefinitionKey FROM PermissionSet WHERE IsOwnedByProfile = true AND IsCustom = true AND Profile.UserLicense.LicenseDefinitionKey IN ('${LICENCE_KEYS.join("','")}') ORDER BY Profile.Name`;

function nested(row: Row, ...path: string[]): unknown {
    let value: unknown = row;
    for (const key of path) {
        value = typeof value === 'object' && value !== null ? (value as Row)[key] : undefined;
    }
    return value;
}

/** The custom profiles by licence, from the rows of CUSTOM_PROFILE_SOQL. */
export function customProfilesVerdict(rows: readonly Row[]): Answer {
    const lines: string[] = [];
    let missing = false;
    for (const key of LICENCE_KEYS) {
        const names = rows
            .filter((row) => nested(row, 'Profile', 'UserLicense', 'LicenseDefinitionKey') === key)
            .map((row) => show(nested(row, 'Profile', 'Name')));
        if (names.length === 0) missing = true;
        lines.push(`${key}: ${names.length === 0 ? 'none' : names.join(', ')}`);
    }
    return answer(
        ORG_FACT_IDS.customProfiles,
        ORG_FACT_CLAIMS.customProfiles,
        missing ? 'refuted' : 'confirmed',
        lines.join('; '),
        rows
    );
}

/** A data model of classes/cohort/StudentProgramEndSelector (same names, objects and fields, same order). */
export interface ProgramModel {
    name: string;
    objectName: string;
    fields: string[];
}

export const PROGRAM_MODELS: readonly ProgramModel[] = [
    {
        name: 'EDUCATION_CLOUD',
        objectName: 'LearnerProgram',
        fields: ['LearnerContactId', 'EndDate', 'ExpectedGraduationDate']
    },
    {
        name: 'EDA_AFFILIATION',
        objectName: 'hed__Affiliation__c',
        fields: ['hed__Contact__c', 'hed__EndDate__c', 'hed__Role__c', 'hed__Status__c']
    },
    {
        name: 'EDA_PROGRAM_ENROLLMENT',
        objectName: 'hed__Program_Enrollment__c',
        fields: ['hed__Contact__c', 'hed__End_Date__c']
    }
];

interface FoundModel {
    name?: string;
    objectName?: string;
    exists?: boolean;
    accessible?: boolean;
    missingFields?: string[];
}

/** From probe-org-schema.apex: the first model whose object and fields all exist wins, as in the selector. */
export function programDataVerdict(result: Row): Answer {
    const verdict = (kind: Answer['verdict'], evidence: string): Answer =>
        answer(ORG_FACT_IDS.programData, ORG_FACT_CLAIMS.programData, kind, evidence, result);
    const models = Array.isArray(result.models) ? (result.models as FoundModel[]) : [];
    if (models.length === 0) return verdict('could not test', 'the describe reported no data models');
    const lines = models.map((model) => {
        if (model.exists !== true) return `${show(model.objectName)}: absent`;
        const missing = model.missingFields ?? [];
        const access = model.accessible === true ? '' : ', not readable by the running user';
        return `${show(model.objectName)}: ${missing.length === 0 ? 'all fields' : `missing ${missing.join(', ')}`}${access}`;
    });
    const used = models.find((model) => model.exists === true && (model.missingFields ?? []).length === 0);
    if (!used) return verdict('refuted', `${lines.join('; ')}: the cohort page answers NO_PROGRAM_DATA`);
    return verdict('confirmed', `${show(used.name)} is used; ${lines.join('; ')}`);
}
