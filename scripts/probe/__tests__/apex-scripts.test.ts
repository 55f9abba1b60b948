/**
 * The probe's anonymous Apex, checked offline with the project's own tools: every script parses as anonymous Apex
 * (as checked in and once rendered with an input), and every static SOQL in it, plus the SOQL the TypeScript sends,
 * names objects and fields that exist in the standard schema or force-app.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSyntaxErrors } from '../../check/checks/apex-syntax';
import { parseApex } from '../../check/lib/apex-parser';
import { readProjectSchema } from '../../check/schema/project-schema';
import { Schema } from '../../check/schema/schema';
import { loadStandardSchema } from '../../check/schema/standard-schema';
import { checkQuery } from '../../check/soql/check-query';
import { findQueries } from '../../check/soql/soql-model';
import { PROBE_SCRIPTS, renderProbeScript } from '../apex';
import { ORGANIZATION_SOQL } from '../org-kind';
import { EDUCATION_LICENCE_SOQL, FEDERATION_SAMPLE_SOQL, federationMatchSoql } from '../identity';
import { FLOW_SOQL, LICENCE_SOQL, SITE_SOQL } from '../verdicts';
import { runLogJobSoql, runRecordSoql } from '../verdicts-lifecycle';
import { CUSTOM_PROFILE_SOQL } from '../verdicts-org-facts';
import { PERSON_ACCOUNT_FIELDS_SOQL, PERSON_ACCOUNT_SOQL, platformActionSoql } from '../person-accounts';
import { runPortalUsersSoql, userLoginsSoql } from '../questions-staff';
import { renderStaffClass, STAFF_TEMPLATE } from '../staff';
import { describeWithApexParser } from '../../check/__tests__/fixtures';

const ROOT = join(__dirname, '..', '..', '..');

function soqlProblems(source: string, anonymous = true): string[] {
    const schema = new Schema(loadStandardSchema(), readProjectSchema(ROOT));
    return findQueries(parseApex(source, { anonymous }).unit)
        .flatMap((query) => checkQuery(schema, query))
        .map((problem) => `${problem.at.line}:${problem.at.column} ${problem.message}`);
}

describeWithApexParser('probe Apex scripts', () => {
    it.each(Object.entries(PROBE_SCRIPTS))('%s parses as anonymous Apex, also once rendered', (name, file) => {
        const source = readFileSync(join(ROOT, file), 'utf8');
        expect(parseApex(source, { anonymous: true }).parseErrors).toEqual([]);
        const rendered = renderProbeScript(source, { tag: "it's\nodd", licenceKeys: ['A'] }, file);
        expect(parseApex(rendered, { anonymous: true }).parseErrors).toEqual([]);
        expect(name).toBeTruthy();
    });

    it.each(Object.entries(PROBE_SCRIPTS))('%s queries only existing objects and fields', (_name, file) => {
        expect(soqlProblems(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
    });

    it('the SOQL the TypeScript sends names existing objects and fields', () => {
        const queries = [
            ORGANIZATION_SOQL,
            LICENCE_SOQL,
            FLOW_SOQL,
            SITE_SOQL,
            "SELECT Id, IsActive FROM User WHERE Username = 'x'",
            CUSTOM_PROFILE_SOQL,
            runRecordSoql('abc123'),
            runLogJobSoql('2026-11-30T12:00:00Z'),
            FEDERATION_SAMPLE_SOQL,
            federationMatchSoql("O'Brien"),
            EDUCATION_LICENCE_SOQL,
            "SELECT Id, IsActive FROM User WHERE Username = 'x'",
            runPortalUsersSoql('abc123'),
            userLoginsSoql(['005000000000001AAA', '005000000000002'])
        ];
        const source = queries.map((soql, index) => `List<SObject> rows${index} = [${soql}];`).join('\n');
        expect(findQueries(parseApex(source, { anonymous: true }).unit)).toHaveLength(queries.length);
        expect(soqlProblems(source)).toEqual([]);
    });

    it('the Person Account questions query existing objects, and only fields of the Person Accounts feature', () => {
        const source = [PERSON_ACCOUNT_FIELDS_SOQL, platformActionSoql('001000000000001AAA'), PERSON_ACCOUNT_SOQL]
            .map((soql, index) => `List<SObject> rows${index} = [${soql}];`)
            .join('\n');
        // The person account query is sent only once FieldDefinition showed the fields exist.
        const problems = soqlProblems(source);
        expect(problems).toHaveLength(2);
        for (const problem of problems) {
            expect(problem).toContain("'PersonContactId' on Account exists only in orgs with Person Accounts");
        }
    });

    it('the SOQL check does catch a wrong field (the test above can fail)', () => {
        expect(soqlProblems('List<User> u = [SELECT Id, TimeZone FROM User];')).toEqual([
            expect.stringContaining("unknown field 'TimeZone' on User")
        ]);
        // Also in a class (the staff template is one).
        expect(
            soqlProblems('class A { void m() { List<UserLogin> u = [SELECT IsFrozn FROM UserLogin]; } }', false)
        ).toEqual([expect.stringContaining("unknown field 'IsFrozn' on UserLogin")]);
    });

    it('the staff test class template queries only existing objects and fields (as checked in and rendered)', () => {
        const template = readFileSync(join(ROOT, STAFF_TEMPLATE), 'utf8');
        const queries = findQueries(parseApex(template).unit);
        // The static ones: the profile query is dynamic (it selects every Permissions field of the describe).
        expect(queries.length).toBeGreaterThanOrEqual(8);
        expect(soqlProblems(template, false)).toEqual([]);
        const rendered = renderStaffClass(template, 'abc123', { licenceKeys: ["it's"] });
        expect(parseApex(rendered).parseErrors).toEqual([]);
    });

    it('the apex-syntax check parses class templates under scripts/apex (a broken one is reported)', async () => {
        const root = mkdtempSync(join(tmpdir(), 'apex-syntax-template-'));
        try {
            mkdirSync(join(root, 'scripts', 'apex', 'probe-staff'), { recursive: true });
            writeFileSync(
                join(root, 'scripts', 'apex', 'probe-staff', 'Broken.cls'),
                'private class Broken {\n    void m( {}\n}\n'
            );
            writeFileSync(join(root, 'scripts', 'apex', 'probe-staff', 'Fine.cls'), 'private class Fine {\n}\n');
            const findings = await findSyntaxErrors(root);
            expect(findings.map((finding) => finding.file)).toEqual(['scripts/apex/probe-staff/Broken.cls']);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });

    it('no script resolves a profile by name', () => {
        for (const file of [...Object.values(PROBE_SCRIPTS), STAFF_TEMPLATE]) {
            const source = readFileSync(join(ROOT, file), 'utf8');
            expect(source).not.toMatch(/FROM\s+Profile\s+WHERE\s+Name/i);
            expect(source).not.toMatch(/Customer Community Plus( Login)? User/);
        }
    });

    it('every script that takes input has the placeholder line exactly once', () => {
        for (const file of Object.values(PROBE_SCRIPTS)) {
            const source = readFileSync(join(ROOT, file), 'utf8');
            expect(source.split("String probeInputJson = '{}';")).toHaveLength(2);
        }
    });
});
