import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apexLsCheck, apexLsClassPath } from '../checks/apex-ls';
import { convertSource, metadataCheck } from '../checks/metadata';
import { CACHE_ROOT, toolCacheDir } from '../lib/cache';
import { runProcess } from '../lib/process';
import { sfCommand } from '../lib/sf';

/**
 * How apex-ls and `sf project convert source` are run and read, with the program replaced by what it printed:
 * the real runs (a JVM, the sf CLI) are in tool-checks.test.ts and the deep tests.
 */
jest.mock('../lib/process', () => ({ runProcess: jest.fn() }));
const run = jest.mocked(runProcess);
const printed = (code: number, stdout = '', stderr = '') => run.mockResolvedValueOnce({ code, stdout, stderr });

let root: string;
const savedCacheSetting = process.env.SPU_CHECK_CACHE;
beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'spu-tool-run-'));
    run.mockReset();
    process.env.SPU_CHECK_CACHE = '0';
});
afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    if (savedCacheSetting === undefined) delete process.env.SPU_CHECK_CACHE;
    else process.env.SPU_CHECK_CACHE = savedCacheSetting;
});

describe('apex-ls', () => {
    const report = {
        files: [{ path: '/r/A.cls', messages: [{ start: { line: 2, offset: 4 }, category: 'Error', message: 'x' }] }]
    };

    it('runs CheckForIssues over the root with a JSON report, cached unless SPU_CHECK_CACHE=0', async () => {
        printed(0, JSON.stringify({ files: [] }));
        printed(0, JSON.stringify({ files: [] }));
        expect(await apexLsCheck.run(root)).toEqual([]);
        delete process.env.SPU_CHECK_CACHE;
        await apexLsCheck.run(root);
        const [command, args, options] = run.mock.calls[0];
        expect([command, args, options]).toEqual([
            'java',
            ['-cp', apexLsClassPath(), 'io.github.apexdevtools.apexls.CheckForIssues', '-n', '-f', 'json', '-w', root],
            { cwd: root }
        ]);
        expect(apexLsClassPath()).toMatch(/code-analyzer-pmd-engine[/\\]dist[/\\]java-lib[/\\]\*$/);
        expect(run.mock.calls[1][1].slice(3, 5)).toEqual(['-c', join(CACHE_ROOT, 'apex-ls')]);
    });

    it('reports the issues of a run that exits non-zero with a report', async () => {
        printed(4, JSON.stringify(report));
        expect(await apexLsCheck.run('/r')).toEqual([
            { file: 'A.cls', line: 2, column: 5, message: 'x', rule: 'apex-ls:Error' }
        ]);
    });

    it('keeps its findings per exact input: an unchanged force-app starts no JVM, a changed file does; never a run without a report', async () => {
        delete process.env.SPU_CHECK_CACHE;
        const classes = join(root, 'force-app', 'main', 'default', 'classes');
        mkdirSync(classes, { recursive: true });
        writeFileSync(join(classes, 'A.cls'), 'public class A {}');
        printed(4, JSON.stringify(report));
        const first = await apexLsCheck.run(root);
        expect(await apexLsCheck.run(root)).toEqual(first);
        expect(run).toHaveBeenCalledTimes(1);
        writeFileSync(join(classes, 'A.cls'), 'public class A { }');
        printed(1, '', 'no report');
        printed(1, '', 'no report');
        expect((await apexLsCheck.run(root))[0].rule).toBe('apex-ls');
        expect((await apexLsCheck.run(root))[0].rule).toBe('apex-ls');
        expect(run).toHaveBeenCalledTimes(3);
        rmSync(toolCacheDir('apex-ls-findings', root), { recursive: true, force: true });
    });

    it('fails with the start of its error output when it exits non-zero without a report', async () => {
        printed(1, '', `  ${'e'.repeat(600)}  `);
        expect(await apexLsCheck.run(root)).toEqual([
            { file: '.', message: `apex-ls exited with 1 without a report: ${'e'.repeat(500)}`, rule: 'apex-ls' }
        ]);
    });
});

describe('sf project convert source', () => {
    it('converts force-app into a temporary folder it removes, with the quiet sf environment', async () => {
        printed(0);
        expect(await convertSource(root)).toEqual([]);
        const [command, args, options] = run.mock.calls[0];
        expect(command).toBe(sfCommand());
        const outputDir = args[args.indexOf('--output-dir') + 1];
        expect(args).toEqual([
            'project',
            'convert',
            'source',
            '--root-dir',
            'force-app',
            '--output-dir',
            outputDir,
            '--json'
        ]);
        expect(outputDir.startsWith(join(tmpdir(), 'spu-convert-'))).toBe(true);
        expect(existsSync(outputDir)).toBe(false);
        expect(options).toEqual({
            cwd: root,
            env: expect.objectContaining({ SF_DISABLE_TELEMETRY: 'true' }) as object
        });
    });

    it("fails with sf's error name and message, or its raw output when that is not JSON", async () => {
        const failure = (message: string) => [
            { file: 'force-app', message: `sf project convert source failed: ${message}`, rule: 'convert-source' }
        ];
        printed(1, JSON.stringify({ name: 'TypeInferenceError', message: 'no type for x.foo' }), 'ignored');
        expect(await convertSource(root)).toEqual(failure('TypeInferenceError: no type for x.foo'));
        printed(1, JSON.stringify({ message: 'bad layout' }));
        expect(await convertSource(root)).toEqual(failure('Error: bad layout'));
        printed(1, JSON.stringify({ name: 'Crash' }), ' stack \n');
        expect(await convertSource(root)).toEqual(failure('Crash: stack'));
        printed(1, ' plain text \n', ' ');
        expect(await convertSource(root)).toEqual(failure('plain text'));
    });

    it('does not convert unchanged sources again after a success (with caches on)', async () => {
        delete process.env.SPU_CHECK_CACHE;
        mkdirSync(join(root, 'force-app'));
        writeFileSync(join(root, 'force-app', 'A.cls'), 'public class A {}');
        try {
            printed(1, 'failed');
            printed(0);
            expect(await convertSource(root)).toHaveLength(1);
            expect(await convertSource(root)).toEqual([]);
            expect(await convertSource(root)).toEqual([]);
            expect(run).toHaveBeenCalledTimes(2);
            writeFileSync(join(root, 'force-app', 'A.cls'), 'public class A { }');
            printed(0);
            expect(await convertSource(root)).toEqual([]);
            expect(run).toHaveBeenCalledTimes(3);
            writeFileSync(join(root, '.forceignore'), '**/jsconfig.json');
            printed(0);
            await convertSource(root);
            expect(run).toHaveBeenCalledTimes(4);
        } finally {
            rmSync(toolCacheDir('sf-convert', root), { recursive: true, force: true });
        }
    });

    it('runs as part of the metadata check when force-app has files', async () => {
        mkdirSync(join(root, 'force-app'));
        writeFileSync(join(root, 'sfdx-project.json'), JSON.stringify({ sourceApiVersion: '65.0' }));
        writeFileSync(join(root, 'force-app', 'A.cls'), 'public class A {}');
        writeFileSync(join(root, 'force-app', 'T.trigger'), 'trigger T on Contact (before insert) {}');
        writeFileSync(join(root, 'force-app', 'notes.txt'), 'not a source');
        // Versioned meta files (classes, triggers, components) must carry the project's version; others may not.
        const meta = (name: string) =>
            writeFileSync(join(root, 'force-app', name), '<?xml version="1.0"?>\n<X><apiVersion>50.0</apiVersion></X>');
        ['B.cls-meta.xml', 'U.trigger-meta.xml', 'c.js-meta.xml', 'O.object-meta.xml'].forEach(meta);
        printed(1, 'bad');
        const findings = await metadataCheck.run(root);
        expect(findings.filter((finding) => finding.rule === 'api-version').map((finding) => finding.file)).toEqual([
            'force-app/B.cls-meta.xml',
            'force-app/c.js-meta.xml',
            'force-app/U.trigger-meta.xml'
        ]);
        expect(findings.filter((finding) => finding.rule !== 'api-version')).toEqual([
            expect.objectContaining({ file: 'force-app/A.cls', rule: 'meta-file-missing' }),
            expect.objectContaining({ file: 'force-app/T.trigger', rule: 'meta-file-missing' }),
            expect.objectContaining({ message: 'sf project convert source failed: bad' })
        ]);
    });
});
