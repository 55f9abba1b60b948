import { fixture, runCheck, runChecks, SLOW } from './fixtures';

/**
 * `npm run test:deep`: the tool checks that start a JVM (apex-ls, PMD), each on its broken fixture, and every tool
 * over a clean project (no finding, no engine error). The other tool checks are in tool-checks.test.ts (`npm test`);
 * the same tools run over the project itself in every `npm test`.
 */

/** The Graph Engine's run over the clean project is in sfge.deep.test.ts. */
const CLEAN_CHECKS = ['apex-syntax', 'apex-ls', 'metadata', 'pmd'];

describe('a clean project', () => {
    let findings: Record<string, unknown[]>;

    beforeAll(async () => {
        findings = await runChecks(CLEAN_CHECKS, fixture('clean-minimal'));
    }, SLOW);

    it.each(CLEAN_CHECKS)('passes %s (engines ran without errors)', (name) => {
        expect(findings[name]).toEqual([]);
    });
});

describe('apex-ls', () => {
    it(
        'reports an unknown field on a standard object with file, line and column',
        async () => {
            const findings = await runCheck('apex-ls', fixture('apex-unknown-field'));
            expect(findings).toEqual([
                expect.objectContaining({
                    file: 'force-app/main/default/classes/UnknownField.cls',
                    line: 3,
                    column: 16,
                    message: "Unknown field 'TimeZone' on SObject 'Schema.User'"
                })
            ]);
        },
        SLOW
    );
});

describe('pmd', () => {
    it(
        'reports a DML statement inside a loop',
        async () => {
            const findings = await runCheck('pmd', fixture('dml-in-loop'));
            expect(findings).toContainEqual(
                expect.objectContaining({
                    file: 'force-app/main/default/classes/DmlInLoop.cls',
                    line: 4,
                    rule: 'pmd:OperationWithLimitsInLoop'
                })
            );
        },
        SLOW
    );
});
