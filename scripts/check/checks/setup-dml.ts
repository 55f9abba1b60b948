import { join } from 'node:path';
import { buildApexModel } from '../lib/apex-model';
import type { ApexNode, ParseFilesOptions } from '../lib/apex-parser';
import { parseApexFiles } from '../lib/apex-parser';
import { listFiles, relativePath } from '../lib/files';
import { checkMixedDml } from '../setup-dml/mixed';
import { checkSeams } from '../setup-dml/seams';
import { checkSharing } from '../setup-dml/sharing';
import { byPosition, type Check, type Finding } from '../types';

/**
 * Setup-object DML, from the parse tree of every class and trigger under `force-app` (the shared model of
 * lib/apex-model.ts and lib/apex-dml.ts; calls followed as setup-dml/calls.ts says):
 * - `setup-dml:sharing`: User/UserLogin update, upsert or delete, or a password reset, in a production class that does
 *   not run `without sharing` (setup-dml/sharing.ts);
 * - `setup-dml:mixed-dml`: setup-object DML and other DML in one transaction, in a test context or from a production
 *   entry point (setup-dml/mixed.ts);
 * - `setup-dml:seam`: setup-object or run-record DML or a password reset outside StudentUserWriter, a query of users
 *   by ContactId or Contact.AccountId outside StudentUserSystemReads (setup-dml/seams.ts).
 * Files that do not parse are left to `apex-syntax`, which reports them.
 */
export async function checkSetupDml(root: string, options: ParseFilesOptions = {}): Promise<Finding[]> {
    const files = listFiles(join(root, 'force-app'), (name) => name.endsWith('.cls') || name.endsWith('.trigger'));
    const units = (await parseApexFiles(files, options))
        .filter((parsed) => parsed.parseErrors.length === 0)
        .map((parsed) => ({ file: relativePath(root, parsed.file), unit: parsed.unit }));
    const model = buildApexModel(units);
    const byFile = new Map<string, ApexNode>(units.map(({ file, unit }) => [file, unit]));
    return [...checkSharing(model), ...checkMixedDml(model), ...checkSeams(model, byFile)].sort(
        (a, b) => byPosition(a, b) || (a.rule ?? '').localeCompare(b.rule ?? '')
    );
}

export const setupDmlCheck: Check = {
    name: 'setup-dml',
    description:
        'Apex setup-object DML: User/UserLogin writes and password resets only from `without sharing` classes, no mixed DML in a test context or from an entry point, setup-object writes only in StudentUserWriter, users by ContactId only in StudentUserSystemReads',
    run: (root) => checkSetupDml(root)
};
