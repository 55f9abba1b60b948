import { CHECKS } from '../registry';

describe('the registry', () => {
    it('runs these checks in npm test, in this order (the names --only and --skip take), and the Graph Engine deep', () => {
        expect(CHECKS.filter((check) => !check.deep).map((check) => check.name)).toEqual([
            'apex-syntax',
            'apex-ls',
            'soql-fields',
            'queried-fields',
            'lwc-apex-contract',
            'apex-types',
            'apex-test-hygiene',
            'setup-dml',
            'component-names',
            'architecture-doc',
            'doc-references',
            'flow-access',
            'error-codes',
            'markdown-tables',
            'metadata',
            'metadata-schema',
            'metadata-lengths',
            'scratch-config',
            'workflows',
            'lockfile-platforms',
            'sfdx-project',
            'pmd'
        ]);
        expect(CHECKS.filter((check) => check.deep).map((check) => check.name)).toEqual(['sfge']);
        for (const check of CHECKS) expect(check.description).toMatch(/^\S.{20,}/);
    });
});
