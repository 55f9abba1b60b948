import { join } from 'node:path';
import { listFiles, relativePath } from '../lib/files';
import { parseApexFiles } from '../lib/apex-parser';
import { readProjectSchema } from '../schema/project-schema';
import { Schema } from '../schema/schema';
import { loadStandardSchema } from '../schema/standard-schema';
import { checkQuery } from '../soql/check-query';
import { checkReportFields, REPORT_METADATA_SUFFIXES } from '../soql/report-fields';
import { findQueries } from '../soql/soql-model';
import { byPosition, type Check, type Finding } from '../types';

const RULE = 'soql-fields';

/**
 * Parses every `.cls` and `.trigger` under `<root>/force-app` with the Apex parser and checks each static query
 * (and SOSL RETURNING list) against the standard schema of the installed apex-ls plus the project's objects folders;
 * then the objects and fields that report types, reports and dashboards name (`soql/report-fields.ts`).
 */
export async function checkSoqlFields(root: string): Promise<Finding[]> {
    const files = listFiles(join(root, 'force-app'), (name) => name.endsWith('.cls') || name.endsWith('.trigger'));
    const reportFiles = listFiles(join(root, 'force-app'), (name) =>
        REPORT_METADATA_SUFFIXES.some((suffix) => name.endsWith(suffix))
    );
    if (files.length === 0 && reportFiles.length === 0) return [];
    const schema = new Schema(loadStandardSchema(), readProjectSchema(root));
    const findings: Finding[] = checkReportFields(root, schema);
    for (const parsed of await parseApexFiles(files)) {
        const file = relativePath(root, parsed.file);
        const [syntaxError] = parsed.parseErrors;
        if (syntaxError) {
            findings.push({
                file,
                line: syntaxError.line,
                column: syntaxError.column,
                message: `syntax error (${syntaxError.message}): the SOQL of this file was not checked`,
                rule: RULE
            });
            continue;
        }
        for (const query of findQueries(parsed.unit)) {
            for (const problem of checkQuery(schema, query)) {
                findings.push({
                    file,
                    line: problem.at.line,
                    column: problem.at.column,
                    message: problem.message,
                    rule: RULE
                });
            }
        }
    }
    return findings.sort(byPosition);
}

export const soqlFieldsCheck: Check = {
    name: 'soql-fields',
    description:
        'objects, fields and relationship paths of static SOQL/SOSL in Apex, and of report types, reports and dashboards, exist (standard schema + objects/); dynamic SOQL (Database.query) is not checked',
    run: checkSoqlFields
};
