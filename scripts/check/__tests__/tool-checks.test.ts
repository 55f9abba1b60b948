import { apexSyntaxCheck } from '../checks/apex-syntax';
import { engineErrorFinding } from '../checks/code-analyzer';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runProcess, type ProcessResult } from '../lib/process';
import { describeWithApexParser, fixture, runCheck, SLOW } from './fixtures';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

interface PackageJson {
    scripts: Record<string, string>;
}

/** Runs a tool's CLI (`bin` under node_modules) with Node, in `cwd` (the project root when not given). */
function runTool(bin: string, args: string[], cwd = PROJECT_ROOT): Promise<ProcessResult> {
    return runProcess(process.execPath, [join(PROJECT_ROOT, 'node_modules', bin), ...args], { cwd });
}

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

/**
 * The standard tools run as themselves (npm scripts); these tests prove the project's configuration of each one
 * fails its broken fixture: the tool's own CLI, the project's config, the fixture's file.
 */
describe('prettier (npm run format:check)', () => {
    it(
        'reports an Apex file the native parser cannot read',
        async () => {
            const file = join(fixture('apex-syntax-error'), 'force-app/main/default/classes/MissingSemicolon.cls');
            // The fixtures are in .prettierignore (they are broken on purpose): no ignore file for this run.
            const result = await runTool('prettier/bin/prettier.cjs', ['--check', '--ignore-path', '', file]);
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/MissingSemicolon\.cls: Error: Unexpected token 'return'/);
        },
        SLOW
    );
});

describe('prettier cache (npm run format:check)', () => {
    it(
        'survives a prettier run without --cache (such runs delete the default cache file)',
        async () => {
            const script = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as PackageJson)
                .scripts['format:check'];
            const location = /--cache-location\s+(\S+)/.exec(script)?.[1];
            expect(location).toBeDefined();
            const root = mkdtempSync(join(tmpdir(), 'spu-prettier-cache-'));
            try {
                writeFileSync(join(root, 'package.json'), '{}');
                writeFileSync(join(root, 'a.md'), '# A\n');
                const ours = join(root, location as string);
                const defaultFile = join(root, 'node_modules', '.cache', 'prettier', '.prettier-cache');
                for (const file of [ours, defaultFile]) {
                    mkdirSync(dirname(file), { recursive: true });
                    writeFileSync(file, '{}');
                }
                const result = await runTool('prettier/bin/prettier.cjs', ['--check', 'a.md'], root);
                expect(result.code).toBe(0);
                // The run deleted Prettier's default cache file (as every run without --cache does), not ours.
                expect(existsSync(defaultFile)).toBe(false);
                expect(existsSync(ours)).toBe(true);
            } finally {
                rmSync(root, { recursive: true, force: true });
            }
        },
        SLOW
    );
});

describe('eslint (npm run lint)', () => {
    it(
        'applies the LWC rules to force-app',
        async () => {
            const result = await runTool(
                'eslint/bin/eslint.js',
                ['--config', join(PROJECT_ROOT, 'eslint.config.js'), '--format', 'json', 'force-app'],
                fixture('lwc-lint')
            );
            expect(result.code).toBe(1);
            const messages = (
                JSON.parse(result.stdout) as { filePath: string; messages: { line: number; ruleId: string }[] }[]
            ).flatMap((entry) => entry.messages.map((message) => ({ file: entry.filePath, ...message })));
            expect(messages).toContainEqual(
                expect.objectContaining({
                    file: join(fixture('lwc-lint'), 'force-app/main/default/lwc/badMarkup/badMarkup.js'),
                    line: 5,
                    ruleId: '@lwc/lwc/no-inner-html'
                })
            );
        },
        SLOW
    );
});

describe('tsc (npm run typecheck)', () => {
    it(
        'reports a type error with file, line and column',
        async () => {
            const result = await runTool(
                'typescript/bin/tsc',
                ['--noEmit', '--pretty', 'false', '-p', 'tsconfig.json'],
                fixture('ts-error')
            );
            expect(result.code).toBe(2);
            expect(result.stdout.trim()).toBe(
                "scripts/wrong.ts(1,14): error TS2322: Type 'string' is not assignable to type 'number'."
            );
        },
        SLOW
    );
});

describeWithApexParser('apex-syntax', () => {
    it(
        'reports a syntax error with file, line and column',
        async () => {
            // In this process: classes and triggers of force-app, scripts and class templates of scripts/apex.
            const findings = await apexSyntaxCheck.run(fixture('apex-syntax-error'));
            expect(findings).toEqual([
                {
                    file: 'force-app/main/default/classes/MissingSemicolon.cls',
                    line: 4,
                    column: 9,
                    message: "Unexpected token 'return'.",
                    rule: 'apex-syntax'
                },
                {
                    file: 'force-app/main/default/triggers/MissingParen.trigger',
                    line: 1,
                    column: 48,
                    message: "Missing ')' at '{'",
                    rule: 'apex-syntax'
                },
                // Anonymous Apex: its first line is no class member.
                {
                    file: 'scripts/apex/missing-paren.apex',
                    line: 2,
                    column: 11,
                    message: "Missing ')' at '{'",
                    rule: 'apex-syntax'
                },
                {
                    file: 'scripts/apex/ProbeTemplate.cls',
                    line: 2,
                    column: 30,
                    message: "Missing ';' at '}'",
                    rule: 'apex-syntax'
                }
                // notes.txt is not Apex.
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

    it('keeps the first 200 characters of the reason', () => {
        const reason = `UnexpectedException: ${'x'.repeat(300)}`;
        const finding = engineErrorFinding('/p', {
            engineName: 'sfge',
            message: `Internal execution error while scanning entry point: /p/A.cls:1:2: ${reason}`
        });
        expect(finding.message).toBe(`sfge: entry point not fully analysed (engine error: ${reason.slice(0, 200)})`);
    });

    it('fails on any other engine error, with the first 400 characters of its message', () => {
        const finding = engineErrorFinding('/p', {
            engineName: 'sfge',
            message: 'Graph engine encountered compilation errors'
        });
        expect(finding).toEqual({
            file: 'force-app',
            message: 'sfge: Graph engine encountered compilation errors',
            rule: 'engine-error'
        });
        // Only a message that is one entry-point error from its start to its end is a warning.
        const quoted = `PMD: Internal execution error while scanning entry point: /p/A.cls:1:2: ${'y'.repeat(500)}`;
        expect(engineErrorFinding('/p', { engineName: 'pmd', message: quoted })).toEqual({
            file: 'force-app',
            message: `pmd: ${quoted.slice(0, 400)}`,
            rule: 'engine-error'
        });
        const twoLines = 'Internal execution error while scanning entry point: /p/A.cls:1:2 and more\nnot a location';
        expect(engineErrorFinding('/p', { engineName: 'sfge', message: twoLines }).rule).toBe('engine-error');
    });
});
