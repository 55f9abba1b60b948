// @ts-nocheck
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
    buildRecords,
    DEFAULT_OUT_DIR,
    fileName,
    normalizeAlias,
    renderAll,
    renderRecord,
    syncRecords,
    type MappingRecord
} from '../generate-time-zone-mappings';
import { SALESFORCE_TIME_ZONE_KEYS } from '../salesforce-time-zones';
import { COUNTRIES, type CountryMapping } from '../time-zone-mapping-data';

const US_STATES_AND_DC = (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY'
).split(' ');
const CANADA = 'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' ');
const AUSTRALIA = 'NSW VIC QLD SA WA TAS NT ACT'.split(' ');
const REQUIRED_SINGLE_ZONE = (
    'GB IE FR DE ES IT NL BE CH AT SE NO DK FI PL PT GR CZ HU RO IL TR IN PK BD LK NP CN HK TW JP KR SG MY PH TH VN ' +
    'SA AE QA EG NG KE GH ZA NZ CO PE CL AR JM'
).split(' ');

const records = buildRecords();
const byName = new Map(records.map((record) => [record.developerName, record]));

function regionsOf(country: string): MappingRecord[] {
    return records.filter((record) => record.countryCode === country && record.stateCode !== undefined);
}

function withTempDir<T>(run: (dir: string) => T): T {
    const dir = mkdtempSync(join(tmpdir(), 'spu-tz-'));
    try {
        return run(dir);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

describe('coverage of the table', () => {
    it('has exactly one record for every US state and DC, and one for Puerto Rico', () => {
        for (const state of [...US_STATES_AND_DC, 'PR']) {
            expect(regionsOf('US').filter((record) => record.stateCode === state)).toHaveLength(1);
        }
        expect(byName.get('US_PR')?.timeZone).toBe('America/Puerto_Rico');
    });

    it('has every Canadian province and territory and every Australian state and territory', () => {
        expect(
            regionsOf('CA')
                .map((record) => record.stateCode)
                .sort()
        ).toEqual([...CANADA].sort());
        expect(
            regionsOf('AU')
                .map((record) => record.stateCode)
                .sort()
        ).toEqual([...AUSTRALIA].sort());
    });

    it('has a whole-country record for each required single-zone country and none for US, Canada, Australia', () => {
        for (const code of REQUIRED_SINGLE_ZONE) {
            expect(byName.get(code)?.stateCode).toBeUndefined();
            expect(byName.get(code)?.countryCode).toBe(code);
        }
        for (const multiZone of ['US', 'CA', 'AU']) expect(byName.has(multiZone)).toBe(false);
    });

    it('maps well-known places to the expected zones', () => {
        expect(byName.get('CA_ON')?.timeZone).toBe('America/Toronto');
        expect(byName.get('CA_NL')?.timeZone).toBe('America/St_Johns');
        expect(byName.get('CA_SK')?.timeZone).toBe('America/Regina');
        expect(byName.get('US_AZ')?.timeZone).toBe('America/Phoenix');
        expect(byName.get('US_HI')?.timeZone).toBe('Pacific/Honolulu');
        expect(byName.get('AU_ACT')?.timeZone).toBe('Australia/Sydney');
        expect(byName.get('AU_QLD')?.timeZone).toBe('Australia/Brisbane');
        expect(byName.get('GB')?.timeZone).toBe('Europe/London');
        expect(byName.get('IN')?.timeZone).toBe('Asia/Kolkata');
    });
});

describe('validity of the records', () => {
    it('uses only time zones from the allowed Salesforce list', () => {
        const unknown = records.filter((record) => !SALESFORCE_TIME_ZONE_KEYS.has(record.timeZone));
        expect(unknown.map((record) => `${record.developerName}=${record.timeZone}`)).toEqual([]);
    });

    it('has unique DeveloperNames in the documented shape, labels of at most 40 characters', () => {
        expect(new Set(records.map((record) => record.developerName)).size).toBe(records.length);
        for (const record of records) {
            expect(record.developerName).toMatch(/^[A-Z]{2}(_[A-Z0-9]{1,3})?$/);
            expect(record.label.length).toBeLessThanOrEqual(40);
        }
    });

    it('gives every normalised country name exactly one country code', () => {
        const codeByName = new Map<string, string>();
        for (const record of records) {
            for (const name of [record.countryCode, ...record.countryNames]) {
                const key = normalizeAlias(name);
                expect(key).not.toBe('');
                const owner = codeByName.get(key);
                if (owner !== undefined && owner !== record.countryCode) {
                    throw new Error(`'${name}' names both ${owner} and ${record.countryCode}`);
                }
                codeByName.set(key, record.countryCode);
            }
        }
    });

    it('gives every normalised state name within a country exactly one record', () => {
        const recordByKey = new Map<string, string>();
        for (const record of records.filter((candidate) => candidate.stateCode !== undefined)) {
            for (const name of [record.stateCode ?? '', ...(record.stateNames ?? [])]) {
                const key = `${record.countryCode}|${normalizeAlias(name)}`;
                const owner = recordByKey.get(key);
                if (owner !== undefined && owner !== record.developerName) {
                    throw new Error(`'${name}' names both ${owner} and ${record.developerName}`);
                }
                recordByKey.set(key, record.developerName);
            }
        }
    });

    it('renders well-formed XML whose values round-trip', () => {
        const parser = new XMLParser({ ignoreAttributes: false });
        const ontario = byName.get('CA_ON');
        if (!ontario) throw new Error('CA_ON missing');
        const xml = renderRecord(ontario);
        expect(XMLValidator.validate(xml)).toBe(true);
        const parsed = parser.parse(xml) as {
            CustomMetadata: { label: string; values: { field: string; value: string | { '#text': string } }[] };
        };
        const values = new Map(
            parsed.CustomMetadata.values.map((entry) => [
                entry.field,
                typeof entry.value === 'object' ? entry.value['#text'] : entry.value
            ])
        );
        expect(parsed.CustomMetadata.label).toBe('Ontario, Canada');
        expect(values.get('Country_Code__c')).toBe('CA');
        expect(values.get('State_Names__c')).toBe('Ontario,Ont');
        expect(values.get('Time_Zone__c')).toBe('America/Toronto');
        for (const content of renderAll(records).values()) expect(XMLValidator.validate(content)).toBe(true);
    });

    it('escapes XML special characters', () => {
        const record: MappingRecord = {
            developerName: 'XA',
            label: 'A & B <C>',
            countryCode: 'XA',
            countryNames: ['A & B'],
            timeZone: 'Europe/London'
        };
        const xml = renderRecord(record);
        expect(xml).toContain('<label>A &amp; B &lt;C&gt;</label>');
        expect(XMLValidator.validate(xml)).toBe(true);
    });
});

describe('table validation', () => {
    const valid: CountryMapping = { code: 'XA', alpha3: 'XAA', names: ['Atlantis'], timeZone: 'Europe/London' };

    it.each([
        ['a zone outside the allowed list', { ...valid, timeZone: 'Mars/Olympus_Mons' }, /Mars\/Olympus_Mons/],
        ['a lower-case country code', { ...valid, code: 'xa' }, /alpha-2/],
        ['a name with a comma', { ...valid, names: ['Korea, Republic of'] }, /comma/],
        ['no zone and no regions', { code: 'XA', alpha3: 'XAA', names: ['Atlantis'] }, /timeZone or regions/],
        [
            'a label over 40 characters',
            {
                ...valid,
                timeZone: undefined,
                regions: [{ code: 'AB', names: ['A'.repeat(40)], timeZone: 'Europe/London' }]
            },
            /exceeds 40/
        ]
    ])('rejects %s', (_name, country, message) => {
        expect(() => buildRecords([country as CountryMapping])).toThrow(message);
    });

    it('rejects duplicate DeveloperNames', () => {
        expect(() => buildRecords([valid, valid])).toThrow(/duplicate DeveloperName XA/);
    });
});

describe('normalizeAlias (same rules as the Apex matcher)', () => {
    it.each([
        [' U.S.A. ', 'usa'],
        ['Newfoundland  &  Labrador', 'newfoundland and labrador'],
        ["People's Republic of China", 'peoples republic of china'],
        ['Korea, Republic of', 'korea republic of'],
        ['Québec', 'québec'],
        ['Ont.', 'ont']
    ])('%s → %s', (input, expected) => {
        expect(normalizeAlias(input)).toBe(expected);
    });
});

describe('writing the files', () => {
    it('is deterministic: a rerun writes identical files and changes nothing', () => {
        withTempDir((dir) => {
            const first = syncRecords(dir);
            expect(first.changed).toHaveLength(records.length);
            const snapshot = new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
            const second = syncRecords(dir);
            expect(second.changed).toEqual([]);
            expect(second.unchanged).toBe(records.length);
            for (const [name, content] of snapshot) expect(readFileSync(join(dir, name), 'utf8')).toBe(content);
        });
    });

    it('reports drift in check mode without writing, and prunes only with --prune', () => {
        withTempDir((dir) => {
            syncRecords(dir);
            const ontario = join(dir, 'Student_Time_Zone_Mapping.CA_ON.md-meta.xml');
            writeFileSync(ontario, 'edited', 'utf8');
            writeFileSync(join(dir, 'Student_Time_Zone_Mapping.XX_OLD.md-meta.xml'), 'old', 'utf8');
            writeFileSync(join(dir, 'Other_Type.Keep.md-meta.xml'), 'other', 'utf8');

            const check = syncRecords(dir, { check: true });
            expect(check.changed).toEqual(['Student_Time_Zone_Mapping.CA_ON.md-meta.xml']);
            expect(check.stale).toEqual(['Student_Time_Zone_Mapping.XX_OLD.md-meta.xml']);
            expect(readFileSync(ontario, 'utf8')).toBe('edited');

            syncRecords(dir, { prune: true });
            expect(readdirSync(dir)).not.toContain('Student_Time_Zone_Mapping.XX_OLD.md-meta.xml');
            expect(readdirSync(dir)).toContain('Other_Type.Keep.md-meta.xml');
            expect(syncRecords(dir, { check: true }).changed).toEqual([]);
        });
    });

    it('matches the committed records in force-app (rerun the generator after editing the table)', () => {
        const result = syncRecords(DEFAULT_OUT_DIR, { check: true });
        expect(result.changed).toEqual([]);
        expect(result.stale).toEqual([]);
        expect(result.unchanged).toBe(records.length);
        expect(COUNTRIES.length).toBeGreaterThan(100);
        expect(fileName(records[0])).toMatch(/^Student_Time_Zone_Mapping\.[A-Z_0-9]+\.md-meta\.xml$/);
    });
});
