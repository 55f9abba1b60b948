// @ts-nocheck
import { join } from 'node:path';
import { nodeClass } from '../lib/apex-ast';
import { parseApexFiles } from '../lib/apex-parser';
import type { ApexNode } from '../lib/apex-parser';
import { listFiles, relativePath } from '../lib/files';
import { ApexIndex } from '../queried/apex-index';
import { QueriedFieldAnalysis } from '../queried/flow';
import { readProjectSchema } from '../schema/project-schema';
import { Schema } from '../schema/schema';
import { loadStandardSchema } from '../schema/standard-schema';
import type { Check, Finding } from '../types';

const RULE = 'queried-fields';

/**
 * Parses every `.cls` and `.trigger` under `<root>/force-app` and reports each field read on a record of a static
 * query that did not select the field, following the record into the project methods it is passed to.
 * Files that do not parse are left to `apex-syntax` and `soql-fields`, which report them.
 */
export async function checkQueriedFields(root: string): Promise<Finding[]> {
    const files = listFiles(join(root, 'force-app'), (name) => name.endsWith('.cls') || name.endsWith('.trigger'));
    if (files.length === 0) return [];
    const parsed = (await parseApexFiles(files))
        .filter((file) => file.parseErrors.length === 0)
        .map((file) => ({ file: relativePath(root, file.file), unit: file.unit }));
    const isTrigger = (unit: { unit: ApexNode }): boolean =>
        nodeClass(unit.unit) === 'ast.CompilationUnit$TriggerDeclUnit';
    const schema = new Schema(loadStandardSchema(), readProjectSchema(root));
    const analysis = new QueriedFieldAnalysis(schema, new ApexIndex(parsed.filter((unit) => !isTrigger(unit))));
    return analysis.run(parsed.filter(isTrigger)).map((problem) => ({ ...problem, rule: RULE }));
}

export const queriedFieldsCheck: Check = {
    name: 'queried-fields',
    description:
        'fields read on records of static SOQL are selected by that query, followed through variables, collections, loops and into called methods',
    run: checkQueriedFields
};
