/**
 * Report metadata names objects and fields that a deploy resolves only in the org: a custom report type's base
 * object, its joins and section columns; a report's `table$field` columns, groupings, filters and date column; a
 * dashboard component's report and its grouping and summary columns. This checks them against the same schema as
 * the SOQL check (standard schema + the project's objects folders), so a renamed or deleted field fails offline.
 *
 * Forms, from the Metadata API Developer Guide ("ReportType", "Report"): a report type joins a child relationship
 * (`Items__r`) and names each column's `table` by the path from the base object (`Run__c.Items__r`); a report
 * names a custom report type with the `__c` suffix and its columns as `<table>$<field>`. A report on a standard
 * report type (no `$`) is outside this check.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { listFiles, relativePath } from '../lib/files';
import type { Schema } from '../schema/schema';
import { parseXmlTree } from '../xsd/xml-tree';
import type { XmlElement } from '../xsd/xml-tree';
import type { Finding } from '../types';

const RULE = 'report-fields';
/** The files this module reads. */
export const REPORT_METADATA_SUFFIXES = ['.reportType-meta.xml', '.report-meta.xml', '.dashboard-meta.xml'];
/** Summary columns every report has without a field behind them. */
const BUILT_IN_COLUMNS = new Set(['rowcount']);

interface ReportTypeModel {
    /** Table path (lower case) → the object it reaches and the fields its sections expose (lower case). */
    tables: Map<string, { object: string; exposed: Set<string> }>;
}

interface ParsedFile {
    relative: string;
    tree: XmlElement;
}

function parseFiles(root: string, suffix: string): ParsedFile[] {
    return listFiles(join(root, 'force-app'), (name) => name.endsWith(suffix)).flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        if (XMLValidator.validate(source) !== true) return []; // the metadata check reports malformed XML
        return [{ relative: relativePath(root, file), tree: parseXmlTree(source) }];
    });
}

const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
    element.children.filter((child) => child.name === name);
const textOf = (element: XmlElement, name: string): XmlElement | undefined => childrenNamed(element, name)[0];

/** Every element reached from `element` by the path of names, in document order. */
function elementsAt(element: XmlElement, path: string[]): XmlElement[] {
    let current = [element];
    for (const name of path) current = current.flatMap((parent) => childrenNamed(parent, name));
    return current;
}

/**
 * A field of `object`, following lookups for a dotted path (`Run_By__c.Name`: a custom lookup is traversed through
 * its `__r` relationship). Undefined when the field (or a step of the path) does not exist.
 */
function resolveField(schema: Schema, object: string, path: string): string | undefined {
    const steps = path.split('.');
    let current = schema.object(object);
    for (const [index, step] of steps.entries()) {
        if (!current) return undefined;
        if (index === steps.length - 1) return current.field(step)?.name;
        const reference = current.field(step.replace(/__c$/i, '__r')) ?? current.field(step);
        if (reference?.type !== 'reference' || !reference.target) return undefined;
        current = schema.object(reference.target);
    }
    return undefined;
}

/** The report type's tables and exposed fields; findings for every object, join and column that does not exist. */
function readReportType(schema: Schema, file: ParsedFile, findings: Finding[]): ReportTypeModel {
    const model: ReportTypeModel = { tables: new Map() };
    const problem = (element: XmlElement, message: string): void => {
        findings.push({ file: file.relative, line: element.line, message, rule: RULE });
    };
    const base = textOf(file.tree, 'baseObject');
    const baseObject = base && schema.object(base.text);
    if (!base || !baseObject) {
        if (base) problem(base, `unknown base object '${base.text}'`);
        return model;
    }
    model.tables.set(baseObject.name.toLowerCase(), { object: baseObject.name, exposed: new Set() });
    let table = baseObject.name;
    let object = baseObject;
    for (let join = textOf(file.tree, 'join'); join; join = textOf(join, 'join')) {
        const relationship = textOf(join, 'relationship');
        if (!relationship) break;
        const child = object.field(relationship.text);
        const childObject = child?.type === 'children' && child.target ? schema.object(child.target) : undefined;
        if (!childObject) {
            problem(relationship, `unknown child relationship '${relationship.text}' on ${object.name}`);
            break;
        }
        table = `${table}.${relationship.text}`;
        object = childObject;
        model.tables.set(table.toLowerCase(), { object: childObject.name, exposed: new Set() });
    }
    for (const column of elementsAt(file.tree, ['sections', 'columns'])) {
        const tableElement = textOf(column, 'table');
        const fieldElement = textOf(column, 'field');
        if (!tableElement || !fieldElement) continue; // the metadata-schema check owns the shape
        const target = model.tables.get(tableElement.text.toLowerCase());
        if (!target) {
            problem(
                tableElement,
                `table '${tableElement.text}' is neither the base object nor a join of this report type`
            );
        } else if (!resolveField(schema, target.object, fieldElement.text)) {
            problem(fieldElement, `unknown field '${fieldElement.text}' on ${target.object}`);
        } else {
            target.exposed.add(fieldElement.text.toLowerCase());
        }
    }
    return model;
}

/** Problem with one `table$field` reference against its report type, or undefined when it is a column of it. */
function columnProblem(reference: string, reportType: string, model: ReportTypeModel): string | undefined {
    if (BUILT_IN_COLUMNS.has(reference.toLowerCase())) return undefined;
    const [table, field, ...rest] = reference.split('$');
    if (field === undefined || rest.length > 0)
        return `'${reference}' is not a <table>$<field> column of ${reportType}`;
    const target = model.tables.get(table.toLowerCase());
    if (!target)
        return `'${table}' in '${reference}' is neither the base object nor a join of report type ${reportType}`;
    if (!target.exposed.has(field.toLowerCase()))
        return `'${field}' is not a column of report type ${reportType} (table ${table})`;
    return undefined;
}

/** Elements of a report that name a column, by their path from the root. */
const REPORT_COLUMN_PATHS = [
    ['columns', 'field'],
    ['groupingsDown', 'field'],
    ['groupingsAcross', 'field'],
    ['filter', 'criteriaItems', 'column'],
    ['timeFrameFilter', 'dateColumn'],
    ['sortColumn'],
    ['chart', 'groupingColumn'],
    ['chart', 'secondaryGroupingColumn'],
    ['chart', 'chartSummaries', 'column']
];

/** Every element of a dashboard that holds a `<report>` child: its components, in either layout. */
function dashboardComponents(element: XmlElement): XmlElement[] {
    const own = childrenNamed(element, 'report').length > 0 ? [element] : [];
    return [...own, ...element.children.flatMap(dashboardComponents)];
}

/** Findings for the report types, reports and dashboards under `<root>/force-app`. */
export function checkReportFields(root: string, schema: Schema): Finding[] {
    const findings: Finding[] = [];
    const reportTypes = new Map<string, ReportTypeModel>();
    for (const file of parseFiles(root, '.reportType-meta.xml')) {
        const name = basename(file.relative).replace(/\.reportType-meta\.xml$/, '');
        reportTypes.set(`${name}__c`.toLowerCase(), readReportType(schema, file, findings));
    }
    /** `Folder/Report` (lower case) → the project report type it is built on (undefined for a standard one). */
    const reports = new Map<string, string | undefined>();
    for (const file of parseFiles(root, '.report-meta.xml')) {
        const name = `${basename(dirname(file.relative))}/${basename(file.relative).replace(/\.report-meta\.xml$/, '')}`;
        const typeElement = textOf(file.tree, 'reportType');
        const typeName = typeElement?.text ?? '';
        const model = reportTypes.get(typeName.toLowerCase());
        reports.set(name.toLowerCase(), model ? typeName : undefined);
        if (!model) {
            if (typeElement && /__c$/i.test(typeName)) {
                findings.push({
                    file: file.relative,
                    line: typeElement.line,
                    message: `unknown custom report type '${typeName}': no reportTypes/${typeName.slice(0, -3)}.reportType-meta.xml`,
                    rule: RULE
                });
            }
            continue;
        }
        for (const element of REPORT_COLUMN_PATHS.flatMap((path) => elementsAt(file.tree, path))) {
            const message = columnProblem(element.text, typeName, model);
            if (message) findings.push({ file: file.relative, line: element.line, message, rule: RULE });
        }
    }
    for (const file of parseFiles(root, '.dashboard-meta.xml')) {
        for (const component of dashboardComponents(file.tree)) {
            const report = childrenNamed(component, 'report')[0];
            if (!reports.has(report.text.toLowerCase())) {
                findings.push({
                    file: file.relative,
                    line: report.line,
                    message: `unknown report '${report.text}': no reports/${report.text}.report-meta.xml`,
                    rule: RULE
                });
                continue;
            }
            const typeName = reports.get(report.text.toLowerCase());
            const model = typeName === undefined ? undefined : reportTypes.get(typeName.toLowerCase());
            if (!model || typeName === undefined) continue;
            const columns = [
                ...childrenNamed(component, 'groupingColumn'),
                ...elementsAt(component, ['chartSummary', 'column'])
            ];
            for (const element of columns) {
                const message = columnProblem(element.text, typeName, model);
                if (message) findings.push({ file: file.relative, line: element.line, message, rule: RULE });
            }
        }
    }
    return findings;
}
