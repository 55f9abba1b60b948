import { join } from 'node:path';
import { parseApexFiles } from '../lib/apex-parser';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * Parses every class and trigger in force-app, every anonymous Apex script in scripts/apex and every class template
 * there (the org probe's test class, rendered and deployed only for a probe run), with
 * Salesforce's own Apex parser (the native binary of prettier-plugin-apex). Prettier rejects the same files,
 * but its message has no line; this check gives file, line and column.
 */
export async function findSyntaxErrors(root: string): Promise<Finding[]> {
    const files = [
        ...listFiles(join(root, 'force-app'), (name) => name.endsWith('.cls') || name.endsWith('.trigger')),
        ...listFiles(join(root, 'scripts', 'apex'), (name) => name.endsWith('.apex') || name.endsWith('.cls'))
    ];
    const parsed = await parseApexFiles(files);
    return parsed.flatMap((file) =>
        file.parseErrors.map((error) => ({
            file: relativePath(root, file.file),
            line: error.line,
            column: error.column,
            message: error.message,
            rule: 'apex-syntax'
        }))
    );
}

export const apexSyntaxCheck: Check = {
    name: 'apex-syntax',
    description:
        "Salesforce's Apex parser over classes, triggers and anonymous scripts: syntax errors with line/column",
    run: findSyntaxErrors
};
