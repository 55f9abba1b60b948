import { join } from 'node:path';
import { soqlFieldsCheck } from '../checks/soql-fields';
import { readProjectSchema } from '../schema/project-schema';
import { Schema } from '../schema/schema';
import { objectsSource } from '../schema/schema-types';
import { checkReportFields } from '../soql/report-fields';
import { fixture } from './fixtures';

const BROKEN = fixture('report-fields');
const PROJECT_ROOT = join(__dirname, '..', '..', '..');
const DEFAULT = 'force-app/main/default';

/** The project's objects plus a User with a Name: enough standard schema for `CreatedBy.Name`. */
const schemaOf = (root: string): Schema =>
    new Schema(objectsSource({ User: { Name: { type: 'field' } } }), readProjectSchema(root));

/** Findings as `path:line message`, the path without force-app/main/default. */
const lines = (root: string): string[] =>
    checkReportFields(root, schemaOf(root)).map(
        (finding) => `${finding.file.replace(`${DEFAULT}/`, '')}:${finding.line} ${finding.message}`
    );

describe('report-fields (part of soql-fields) on the broken fixture', () => {
    it('reports every object, join, field and report that does not exist, where it is named', () => {
        expect(lines(BROKEN)).toEqual([
            "reportTypes/Broken_Base.reportType-meta.xml:3 unknown base object 'Runs__c'",
            "reportTypes/Broken_Join.reportType-meta.xml:8 unknown child relationship 'Item__c' on Run__c",
            "reportTypes/Runs_With_Items.reportType-meta.xml:29 unknown field 'Actoin__c' on Run__c",
            "reportTypes/Runs_With_Items.reportType-meta.xml:43 table 'Run__c.Lines__r' is neither the base object nor a join of this report type",
            "reports/Runs/Failures.report-meta.xml:7 'Status__c' is not a column of report type Runs_With_Items__c (table Run__c)",
            "reports/Runs/Failures.report-meta.xml:11 'Run__c.Lines__r' in 'Run__c.Lines__r$Error_Code__c' is neither the base object nor a join of report type Runs_With_Items__c",
            "reports/Runs/Failures.report-meta.xml:25 'CreatedDate' is not a <table>$<field> column of Runs_With_Items__c",
            "reports/Runs/No_Type.report-meta.xml:8 unknown custom report type 'Run_Items__c': no reportTypes/Run_Items.reportType-meta.xml",
            "dashboards/Boards/Runs.dashboard-meta.xml:27 'Status__c' is not a column of report type Runs_With_Items__c (table Run__c)",
            "dashboards/Boards/Runs.dashboard-meta.xml:41 unknown report 'Runs/Deleted_Report': no reports/Runs/Deleted_Report.report-meta.xml"
        ]);
    });

    it('fails the soql-fields check, as npm test runs it', async () => {
        const findings = await soqlFieldsCheck.run(BROKEN);
        expect(findings).toHaveLength(10);
        expect(findings.every((finding) => finding.rule === 'report-fields')).toBe(true);
    });
});

describe('report-fields passes', () => {
    it("the project's report types, reports and dashboard", () => {
        expect(lines(PROJECT_ROOT)).toEqual([]);
    });

    it('a project without report metadata', () => {
        expect(lines(fixture('clean-minimal'))).toEqual([]);
    });
});
