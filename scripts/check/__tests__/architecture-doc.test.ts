import { architectureDocCheck } from '../checks/architecture-doc';
import { fixture } from './fixtures';

const RULE = 'architecture-doc';

describe('architecture-doc', () => {
    it('passes a page that names every production class and folder, with a diagram (test classes and comments aside)', async () => {
        expect(await architectureDocCheck.run(fixture('architecture-doc/clean'))).toEqual([]);
    });

    it('reports a class missing from the page, a folder without a paragraph, a removed class still named and no diagram', async () => {
        const findings = await architectureDocCheck.run(fixture('architecture-doc/broken'));
        expect(findings.map((finding) => [finding.file, finding.line, finding.message])).toEqual([
            [
                'force-app/main/default/classes/service/StudentUserWriter.cls',
                1,
                'class StudentUserWriter is not named in docs/architecture.md: add it to the paragraph of classes/service/'
            ],
            [
                'docs/architecture.md',
                undefined,
                'feature folder classes/guard/ has no paragraph (name it as classes/guard/)'
            ],
            [
                'docs/architecture.md',
                5,
                'names StudentUserNames, which is no class or trigger under force-app: remove or rename it'
            ],
            ['docs/architecture.md', undefined, 'has no ```mermaid diagram of the layers']
        ]);
        expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set([RULE]));
    });

    it('reports a missing page once', async () => {
        expect(await architectureDocCheck.run(fixture('architecture-doc/missing'))).toEqual([
            {
                file: 'docs/architecture.md',
                message: 'docs/architecture.md is missing: it must name every production class',
                rule: RULE
            }
        ]);
    });
});
