// @ts-nocheck
// Validates GitHub Actions workflow files with @actions/workflow-parser (GitHub's own schema and expression parser).
// The package is ESM-only and imports its schema JSON without import attributes, so it runs here under tsx in its
// own process (scripts/check/checks/workflow.ts starts it). Usage: tsx workflow-schema.mjs <file>...
// Prints a JSON array of { file, line, column, message } on stdout.
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const findings = [];
for (const file of process.argv.slice(2)) {
    const result = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
    for (const error of result.context.errors.getErrors()) {
        findings.push({
            file,
            line: error.range?.start.line,
            column: error.range?.start.column,
            message: error.rawMessage ?? error.message
        });
    }
}
process.stdout.write(JSON.stringify(findings));
