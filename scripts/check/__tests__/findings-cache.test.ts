import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolCacheDir } from '../lib/cache';
import { cachedFindings, findingsKey, type FindingsCacheInput } from '../lib/findings-cache';
import type { Finding } from '../types';

const FINDING: Finding = { file: 'force-app/A.cls', line: 1, message: 'found', rule: 'r' };

describe('cachedFindings', () => {
    let root: string;
    let input: FindingsCacheInput;

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'spu-findings-'));
        mkdirSync(join(root, 'force-app', 'classes'), { recursive: true });
        writeFileSync(join(root, 'force-app', 'classes', 'A.cls'), 'public class A {}');
        writeFileSync(join(root, 'config.yml'), 'a: 1');
        input = {
            tool: 'findings-cache-test',
            root,
            inputDirs: [join(root, 'force-app')],
            inputFiles: [join(root, 'config.yml'), join(root, 'absent.yml')],
            packages: ['jest'],
            enabled: true
        };
    });

    afterEach(() => {
        rmSync(root, { recursive: true, force: true });
        rmSync(toolCacheDir('findings-cache-test', root), { recursive: true, force: true });
    });

    it('runs the tool once for the same inputs and returns the stored findings after', async () => {
        const run = jest.fn(() => Promise.resolve([FINDING]));
        expect(await cachedFindings(input, run)).toEqual([FINDING]);
        expect(await cachedFindings(input, run)).toEqual([FINDING]);
        expect(run).toHaveBeenCalledTimes(1);
    });

    it.each([
        [
            'a change to an input file’s content',
            (at: string) => writeFileSync(join(at, 'force-app', 'classes', 'A.cls'), 'x')
        ],
        ['a new input file', (at: string) => writeFileSync(join(at, 'force-app', 'classes', 'B.cls'), '')],
        ['a change to a configuration file', (at: string) => writeFileSync(join(at, 'config.yml'), 'a: 2')],
        ['a configuration file that appears', (at: string) => writeFileSync(join(at, 'absent.yml'), '')]
    ])('runs the tool again after %s', async (_, change) => {
        const run = jest.fn(() => Promise.resolve([FINDING]));
        const before = findingsKey(input);
        await cachedFindings(input, run);
        change(root);
        expect(findingsKey(input)).not.toBe(before);
        await cachedFindings(input, run);
        expect(run).toHaveBeenCalledTimes(2);
    });

    it('keys on the package versions too', () => {
        expect(findingsKey({ ...input, packages: ['jest'] })).not.toBe(findingsKey({ ...input, packages: ['eslint'] }));
    });

    it('does not keep findings that `keep` refuses (an engine error), so the next run tries again', async () => {
        const run = jest.fn(() => Promise.resolve([{ ...FINDING, rule: 'engine-error' }]));
        const keep = (findings: Finding[]): boolean => findings.every((finding) => finding.rule !== 'engine-error');
        await cachedFindings(input, run, keep);
        await cachedFindings(input, run, keep);
        expect(run).toHaveBeenCalledTimes(2);
    });

    it('always runs the tool when caches are off (SPU_CHECK_CACHE=0, as in CI)', async () => {
        const run = jest.fn(() => Promise.resolve([] as Finding[]));
        await cachedFindings({ ...input, enabled: false }, run);
        await cachedFindings({ ...input, enabled: false }, run);
        expect(run).toHaveBeenCalledTimes(2);
    });
});
