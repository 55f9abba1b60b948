import { engineErrorFinding } from '../checks/code-analyzer';
import { parseTscOutput } from '../checks/typescript';
import { describeWithApexParser, fixture, runCheck, SLOW } from './fixtures';

/**
 * The tool checks over small fixture projects, each failing on its broken fixture. Those that start a JVM (apex-ls,
 * PMD) and the run of every tool over a clean project are in tool-checks.deep.test.ts (`npm run test:deep`).
 */

describe('metadata', () => {
    it(
        'reports malformed XML, a class without its meta file and a foreign API version',
        async () => {
            const findings = await runCheck('metadata', fixture('broken-metadata'));
            expect(findings).toEqual(
                expect.arrayContaining([
                    expect.objectContaining({
                        file: 'force-app/main/default/classes/Malformed.cls-meta.xml',
                        line: 4,
                        rule: 'xml-well-formed',
                        message: expect.stringMatching(/statuss/) as string
                    }),
                    expect.objectContaining({
                        file: 'force-app/main/default/classes/NoMeta.cls',
                        rule: 'meta-file-missing'
                    }),
                    expect.objectContaining({
                        file: 'force-app/main/default/classes/OldVersion.cls-meta.xml',
                        line: 3,
                        rule: 'api-version',
                        message: "apiVersion 58 differs from the project's sourceApiVersion 65.0"
                    })
                ])
            );
        },
        SLOW
    );
});

describe('prettier', () => {
    it(
        'reports an Apex file the native parser cannot read',
        async () => {
            const findings = await runCheck('prettier', fixture('apex-syntax-error'));
            expect(findings).toEqual([
                expect.objectContaining({
                    file: 'force-app/main/default/classes/MissingSemicolon.cls',
                    message: expect.stringMatching(/^cannot be parsed: Unexpected token 'return'/) as string
                })
            ]);
        },
        SLOW
    );
});

describe('eslint', () => {
    it(
        'applies the LWC rules to force-app',
        async () => {
            const findings = await runCheck('eslint', fixture('lwc-lint'));
            expect(findings).toContainEqual(
                expect.objectContaining({
                    file: 'force-app/main/default/lwc/badMarkup/badMarkup.js',
                    line: 5,
                    rule: 'eslint:@lwc/lwc/no-inner-html'
                })
            );
        },
        SLOW
    );
});

describe('tsc', () => {
    it(
        'reports a type error with file, line and column',
        async () => {
            const findings = await runCheck('tsc', fixture('ts-error'));
            expect(findings).toEqual([
                {
                    file: 'scripts/wrong.ts',
                    line: 1,
                    column: 14,
                    message: "Type 'string' is not assignable to type 'number'.",
                    rule: 'TS2322'
                }
            ]);
        },
        SLOW
    );

    it('joins continuation lines to the diagnostic they belong to', () => {
        const output = "a.ts(2,3): error TS2345: Argument wrong.\n  Property 'x' is missing.\n";
        expect(parseTscOutput(output)).toEqual([
            { file: 'a.ts', line: 2, column: 3, message: "Argument wrong. Property 'x' is missing.", rule: 'TS2345' }
        ]);
    });
});

describeWithApexParser('apex-syntax', () => {
    it(
        'reports a syntax error with file, line and column',
        async () => {
            const findings = await runCheck('apex-syntax', fixture('apex-syntax-error'));
            expect(findings).toEqual([
                {
                    file: 'force-app/main/default/classes/MissingSemicolon.cls',
                    line: 4,
                    column: 9,
                    message: "Unexpected token 'return'.",
                    rule: 'apex-syntax'
                }
            ]);
        },
        SLOW
    );
});

describe('code analyzer engine errors', () => {
    it('lists a Graph Engine path time-out as a warning at the entry point', () => {
        const finding = engineErrorFinding('/p', {
            engineName: 'sfge',
            message:
                'Internal execution error while scanning entry point: /p/force-app/main/default/classes/A.cls:12:38: Path evaluation timed out after 60000 ms'
        });
        expect(finding).toEqual({
            file: 'force-app/main/default/classes/A.cls',
            line: 12,
            column: 38,
            message: 'sfge: entry point not fully analysed (path evaluation time limit reached)',
            rule: 'sfge-timeout',
            level: 'warning'
        });
    });

    it('lists an internal error on one entry point as a warning with the reason', () => {
        const finding = engineErrorFinding('/p', {
            engineName: 'sfge',
            message:
                'Internal execution error while scanning entry point: /p/force-app/main/default/classes/B.cls:31:43: UnexpectedException: Did not expect NOT_A_MATCH'
        });
        expect(finding).toEqual(
            expect.objectContaining({
                file: 'force-app/main/default/classes/B.cls',
                line: 31,
                rule: 'sfge-entry-point-error',
                level: 'warning',
                message:
                    'sfge: entry point not fully analysed (engine error: UnexpectedException: Did not expect NOT_A_MATCH)'
            })
        );
    });

    it('fails on any other engine error', () => {
        const finding = engineErrorFinding('/p', {
            engineName: 'sfge',
            message: 'Graph engine encountered compilation errors'
        });
        expect(finding.level).toBeUndefined();
        expect(finding.rule).toBe('engine-error');
    });
});
