/**
 * Writes the Student_Time_Zone_Mapping__mdt records (force-app/main/default/customMetadata) from the typed table in
 * time-zone-mapping-data.ts. Output is deterministic: the same table always gives byte-identical files.
 *
 * Usage: npx tsx scripts/metadata/generate-time-zone-mappings.ts [--out <dir>] [--check] [--prune]
 *   --check  write nothing; exit 1 and list the files that differ from the table (for CI)
 *   --prune  also delete Student_Time_Zone_Mapping.*.md-meta.xml files in <dir> that the table no longer has
 *            (records added in Setup are not in source, so they are never touched)
 */
// @ts-nocheck

import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COUNTRIES, type CountryMapping } from './time-zone-mapping-data';
import { SALESFORCE_TIME_ZONE_KEYS } from './salesforce-time-zones';

export const TYPE_NAME = 'Student_Time_Zone_Mapping';
export const DEFAULT_OUT_DIR = join(__dirname, '..', '..', 'force-app', 'main', 'default', 'customMetadata');

/** Custom metadata limits the records must respect. */
const LABEL_MAX = 40;
const DEVELOPER_NAME_MAX = 40;
const NAMES_FIELD_MAX = 255;
const NOTES_FIELD_MAX = 255;

/** One Student_Time_Zone_Mapping__mdt record. */
export interface MappingRecord {
    readonly developerName: string;
    readonly label: string;
    readonly countryCode: string;
    /** Country_Names__c: display name first, then aliases (ISO alpha-3 last). */
    readonly countryNames: readonly string[];
    readonly stateCode?: string;
    /** State_Names__c: display name first, then aliases. */
    readonly stateNames?: readonly string[];
    readonly timeZone: string;
    readonly notes?: string;
}

/**
 * The same normalisation as StudentTimeZoneSuggester.normalize in Apex: lower case, `&` read as `and`, dots and
 * apostrophes dropped, every other run of non-letters/digits one space, trimmed. `U.S.A.` → `usa`,
 * `Newfoundland & Labrador` → `newfoundland and labrador`, ` Ont. ` → `ont`.
 */
export function normalizeAlias(value: string): string {
    return value
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[.'\u2019]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}

function fail(message: string): never {
    throw new Error(`time zone mapping table: ${message}`);
}

function checkZone(zone: string, where: string): void {
    if (!SALESFORCE_TIME_ZONE_KEYS.has(zone)) {
        fail(`${where}: time zone '${zone}' is not in SALESFORCE_TIME_ZONE_KEYS (salesforce-time-zones.ts)`);
    }
}

function checkNames(names: readonly string[], where: string): void {
    if (names.length === 0) fail(`${where}: needs at least a display name`);
    for (const name of names) {
        if (name.trim() !== name || name === '') fail(`${where}: name '${name}' is blank or has outer spaces`);
        if (name.includes(',')) fail(`${where}: name '${name}' contains a comma (the field is comma-separated)`);
    }
    if (names.join(',').length > NAMES_FIELD_MAX) fail(`${where}: names exceed ${NAMES_FIELD_MAX} characters`);
}

function countryRecords(country: CountryMapping): MappingRecord[] {
    const where = `country ${country.code}`;
    if (!/^[A-Z]{2}$/.test(country.code)) fail(`${where}: code must be ISO 3166-1 alpha-2 (two capitals)`);
    if (!/^[A-Z]{3}$/.test(country.alpha3)) fail(`${where}: alpha3 '${country.alpha3}' must be three capitals`);
    if (!country.timeZone && !country.regions?.length) fail(`${where}: needs a timeZone or regions`);
    const countryNames = [...country.names, country.alpha3];
    checkNames(countryNames, where);
    const records: MappingRecord[] = [];
    if (country.timeZone) {
        checkZone(country.timeZone, where);
        records.push({
            developerName: country.code,
            label: country.names[0],
            countryCode: country.code,
            countryNames,
            timeZone: country.timeZone,
            notes: country.notes
        });
    }
    for (const region of country.regions ?? []) {
        const regionWhere = `${where} region ${region.code}`;
        if (!/^[A-Z0-9]{1,3}$/.test(region.code)) fail(`${regionWhere}: code must be 1-3 capitals or digits`);
        checkNames(region.names, regionWhere);
        checkZone(region.timeZone, regionWhere);
        records.push({
            developerName: `${country.code}_${region.code}`,
            label: `${region.names[0]}, ${country.names[0]}`,
            countryCode: country.code,
            countryNames,
            stateCode: region.code,
            stateNames: region.names,
            timeZone: region.timeZone,
            notes: region.notes
        });
    }
    return records;
}

/** Every record of the table, sorted by DeveloperName, after validating the table (throws on the first problem). */
export function buildRecords(countries: readonly CountryMapping[] = COUNTRIES): MappingRecord[] {
    const records = countries.flatMap(countryRecords);
    const seen = new Set<string>();
    for (const record of records) {
        if (seen.has(record.developerName)) fail(`duplicate DeveloperName ${record.developerName}`);
        seen.add(record.developerName);
        if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(record.developerName) || record.developerName.length > DEVELOPER_NAME_MAX) {
            fail(`invalid DeveloperName ${record.developerName}`);
        }
        if (record.label.length > LABEL_MAX) fail(`label '${record.label}' exceeds ${LABEL_MAX} characters`);
        if ((record.notes ?? '').length > NOTES_FIELD_MAX) fail(`notes of ${record.developerName} are too long`);
    }
    return records.sort((a, b) => (a.developerName < b.developerName ? -1 : a.developerName > b.developerName ? 1 : 0));
}

function escapeXml(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function valueXml(field: string, value: string | undefined): string {
    const element =
        value === undefined || value === ''
            ? '<value xsi:nil="true"/>'
            : `<value xsi:type="xsd:string">${escapeXml(value)}</value>`;
    return `    <values>\n        <field>${field}</field>\n        ${element}\n    </values>\n`;
}

/** The md-meta.xml text of one record (fields in API-name order). */
export function renderRecord(record: MappingRecord): string {
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n' +
        `    <label>${escapeXml(record.label)}</label>\n` +
        '    <protected>false</protected>\n' +
        valueXml('Country_Code__c', record.countryCode) +
        valueXml('Country_Names__c', record.countryNames.join(',')) +
        valueXml('Notes__c', record.notes) +
        valueXml('State_Code__c', record.stateCode) +
        valueXml('State_Names__c', record.stateNames?.join(',')) +
        valueXml('Time_Zone__c', record.timeZone) +
        '</CustomMetadata>\n'
    );
}

/** File name of a record: `Student_Time_Zone_Mapping.<DeveloperName>.md-meta.xml`. */
export function fileName(record: MappingRecord): string {
    return `${TYPE_NAME}.${record.developerName}.md-meta.xml`;
}

/** File name → content for every record. */
export function renderAll(records: readonly MappingRecord[] = buildRecords()): Map<string, string> {
    return new Map(records.map((record) => [fileName(record), renderRecord(record)]));
}

export interface SyncResult {
    /** Files written (or, with `check`, that would be written). */
    readonly changed: string[];
    /** Generated-looking files the table no longer has (deleted when `prune` and not `check`). */
    readonly stale: string[];
    readonly unchanged: number;
}

/** Brings `outDir` in line with the table. With `check`, only reports. */
export function syncRecords(outDir: string, options: { check?: boolean; prune?: boolean } = {}): SyncResult {
    const files = renderAll();
    if (!options.check) mkdirSync(outDir, { recursive: true });
    const changed: string[] = [];
    let unchanged = 0;
    for (const [name, content] of files) {
        const path = join(outDir, name);
        if (existsSync(path) && readFileSync(path, 'utf8') === content) {
            unchanged++;
            continue;
        }
        changed.push(name);
        if (!options.check) writeFileSync(path, content, 'utf8');
    }
    const existing = existsSync(outDir) ? readdirSync(outDir) : [];
    const stale = existing
        .filter((name) => name.startsWith(`${TYPE_NAME}.`) && name.endsWith('.md-meta.xml') && !files.has(name))
        .sort();
    if (options.prune && !options.check) {
        for (const name of stale) unlinkSync(join(outDir, name));
    }
    return { changed, stale, unchanged };
}

function main(): number {
    const { values } = parseArgs({
        options: {
            out: { type: 'string', default: DEFAULT_OUT_DIR },
            check: { type: 'boolean', default: false },
            prune: { type: 'boolean', default: false }
        }
    });
    const outDir = resolve(values.out);
    const result = syncRecords(outDir, { check: values.check, prune: values.prune });
    if (values.check) {
        const problems = [
            ...result.changed.map((name) => `differs from the table: ${name}`),
            ...result.stale.map((name) => `not in the table: ${name}`)
        ];
        for (const problem of problems) console.error(problem);
        console.log(
            problems.length === 0
                ? `${result.unchanged} time zone mapping records match the table`
                : `${problems.length} file(s) out of date: run npx tsx scripts/metadata/generate-time-zone-mappings.ts`
        );
        return problems.length === 0 ? 0 : 1;
    }
    console.log(
        `${result.changed.length} written, ${result.unchanged} unchanged in ${outDir}` +
            (result.stale.length
                ? values.prune
                    ? `; ${result.stale.length} stale deleted`
                    : `; ${result.stale.length} stale kept (use --prune): ${result.stale.join(', ')}`
                : '')
    );
    return 0;
}

if (require.main === module) {
    try {
        process.exitCode = main();
    } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
    }
}
