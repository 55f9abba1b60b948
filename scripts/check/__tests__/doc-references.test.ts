import { docReferencesCheck } from '../checks/doc-references';
import { fixture } from './fixtures';

const LOOKED = 'which is no file (looked for it from the project root, docs/ and this folder)';

describe('doc-references', () => {
    it('passes names found from the root, docs/ and the folder; web addresses and metadata record names are not read', async () => {
        expect(await docReferencesCheck.run(fixture('doc-references/clean'))).toEqual([]);
    });

    it('reports each missing document with file, line and column, in Apex and TypeScript, and never in tests', async () => {
        const findings = await docReferencesCheck.run(fixture('doc-references/broken'));
        expect(findings.map((finding) => [finding.file, finding.line, finding.column, finding.message])).toEqual([
            [
                'force-app/main/default/classes/RunLog.cls',
                2,
                42,
                expect.stringContaining(`LIFECYCLE-CONTRACT.md, ${LOOKED}`)
            ],
            ['scripts/cli/action.ts', 1, 44, expect.stringContaining(`LIFECYCLE-CONTRACT.md, ${LOOKED}`)],
            ['scripts/cli/action.ts', 3, 9, expect.stringContaining(`docs/guide.md, ${LOOKED}`)],
            ['scripts/cli/action.ts', 3, 27, expect.stringContaining(`../run-contract.md, ${LOOKED}`)]
        ]);
        expect(findings.every((finding) => finding.rule === 'doc-references')).toBe(true);
    });
});
