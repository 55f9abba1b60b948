import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeAnalyzerConfig, LogLevel } from '@salesforce/code-analyzer-core';
import { pmdCheck, runCodeAnalyzer, sfgeCheck } from '../checks/code-analyzer';
import { toolCacheDir } from '../lib/cache';

/**
 * How the PMD and Graph Engine checks drive Code Analyzer core and read its results, with the analyzer replaced by a
 * stand-in that reports given violations and log events (the engines themselves run in the deep tests).
 */
interface Violation {
    severity: number;
    file?: string;
    line: number;
    column: number;
    message: string;
    engine: string;
    rule: string;
}
const analyzer = {
    violations: [] as Violation[],
    events: [] as { logLevel: number; message: string }[],
    engines: [] as string[],
    selectors: [] as string[][],
    workspaces: [] as string[][],
    configs: [] as unknown[]
};

jest.mock('@salesforce/code-analyzer-core', () => {
    const actual = jest.requireActual<typeof import('@salesforce/code-analyzer-core')>(
        '@salesforce/code-analyzer-core'
    );
    class CodeAnalyzer {
        private listener: (event: { engineName: string; logLevel: number; message: string }) => void = () => undefined;
        constructor(config: unknown) {
            analyzer.configs.push(config);
        }
        onEvent(type: unknown, listener: CodeAnalyzer['listener']) {
            if (type === actual.EventType.EngineLogEvent) this.listener = listener;
        }
        addEnginePlugin(plugin: { getAvailableEngineNames(): string[] }) {
            analyzer.engines.push(...plugin.getAvailableEngineNames());
            return Promise.resolve();
        }
        createWorkspace(paths: string[]) {
            analyzer.workspaces.push(paths);
            return Promise.resolve({});
        }
        selectRules(selectors: string[]) {
            analyzer.selectors.push(selectors);
            return Promise.resolve({});
        }
        run() {
            for (const event of analyzer.events) this.listener({ engineName: 'sfge', ...event });
            const violations = analyzer.violations.map((violation) => ({
                getRule: () => ({
                    getSeverityLevel: () => violation.severity,
                    getEngineName: () => violation.engine,
                    getName: () => violation.rule
                }),
                getPrimaryLocation: () => ({
                    getFile: () => violation.file,
                    getStartLine: () => violation.line,
                    getStartColumn: () => violation.column
                }),
                getMessage: () => violation.message
            }));
            return Promise.resolve({ getViolations: () => violations });
        }
    }
    return { ...actual, CodeAnalyzer };
});

let root: string;
beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'spu-analyzer-'));
    mkdirSync(join(root, 'force-app'));
    Object.assign(analyzer, { violations: [], events: [], engines: [], selectors: [], workspaces: [], configs: [] });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const violation = (severity: number, message: string): Violation => ({
    severity,
    file: join(root, 'force-app', 'A.cls'),
    line: 3,
    column: 7,
    message,
    engine: 'pmd',
    rule: 'ApexCRUDViolation'
});

describe('Code Analyzer', () => {
    it('reports violations of severity 1 to 3 with their location, message and rule, and engine errors after them', async () => {
        analyzer.violations = [
            violation(2, '  Validate CRUD\n   before  SOQL '),
            violation(3, 'moderate'),
            violation(4, 'low'),
            { ...violation(1, 'no file'), file: undefined }
        ];
        analyzer.events = [
            { logLevel: LogLevel.Error, message: 'engine broke' },
            { logLevel: LogLevel.Warn, message: 'only a warning' }
        ];
        expect(await runCodeAnalyzer(root, 'pmd')).toEqual([
            {
                file: 'force-app/A.cls',
                line: 3,
                column: 7,
                message: 'Validate CRUD before SOQL (severity 2)',
                rule: 'pmd:ApexCRUDViolation'
            },
            expect.objectContaining({ message: 'moderate (severity 3)' }),
            expect.objectContaining({ file: '', message: 'no file (severity 1)' }),
            { file: 'force-app', message: 'sfge: engine broke', rule: 'engine-error' }
        ]);
        expect(analyzer.engines).toContain('pmd');
        expect(analyzer.selectors).toEqual([['pmd:Recommended']]);
        expect(analyzer.workspaces).toEqual([[join(root, 'force-app')]]);
    });

    it("runs the Graph Engine's rules with the project's code-analyzer.yml when there is one", async () => {
        writeFileSync(join(root, 'code-analyzer.yml'), 'log_level: 3\n');
        const fromFile = jest.spyOn(CodeAnalyzerConfig, 'fromFile');
        expect(await sfgeCheck.run(root)).toEqual([]);
        expect(fromFile).toHaveBeenCalledWith(join(root, 'code-analyzer.yml'));
        expect(analyzer.engines).toContain('sfge');
        expect(analyzer.selectors).toEqual([['sfge']]);
        fromFile.mockRestore();
    });

    it('has nothing to analyse without force-app', async () => {
        rmSync(join(root, 'force-app'), { recursive: true });
        expect(await runCodeAnalyzer(root, 'pmd')).toEqual([]);
        expect(analyzer.configs).toEqual([]);
    });

    it('keeps PMD findings for unchanged inputs, never after an engine error', async () => {
        const saved = process.env.SPU_CHECK_CACHE;
        delete process.env.SPU_CHECK_CACHE;
        try {
            analyzer.violations = [violation(2, 'kept')];
            analyzer.events = [{ logLevel: LogLevel.Error, message: 'engine broke' }];
            await pmdCheck.run(root);
            analyzer.events = [];
            expect(await pmdCheck.run(root)).toEqual([expect.objectContaining({ message: 'kept (severity 2)' })]);
            expect(analyzer.configs).toHaveLength(2);
            expect(await pmdCheck.run(root)).toHaveLength(1);
            expect(analyzer.configs).toHaveLength(2);
            writeFileSync(join(root, 'force-app', 'B.cls'), 'public class B {}');
            await pmdCheck.run(root);
            expect(analyzer.configs).toHaveLength(3);
            writeFileSync(join(root, 'code-analyzer.yml'), 'log_level: 3\n');
            await pmdCheck.run(root);
            expect(analyzer.configs).toHaveLength(4);
        } finally {
            rmSync(toolCacheDir('pmd-findings', root), { recursive: true, force: true });
            if (saved === undefined) delete process.env.SPU_CHECK_CACHE;
            else process.env.SPU_CHECK_CACHE = saved;
        }
    });
});
