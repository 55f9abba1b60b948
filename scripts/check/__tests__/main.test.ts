import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main';
import { TOOL_SCRIPTS } from '../checks/tools';
import type { Check, Finding } from '../types';
import { fakeJest } from './fixtures';

/** The check command line in this process, over checks of the test's own (no tool, no Jest, no timings file). */
describe('the check command line', () => {
    let root: string;
    let printed: string[];
    const seen: string[] = [];

    const check = (name: string, findings: Finding[] = [], deep?: boolean): Check => ({
        name,
        description: `what ${name} proves`,
        deep,
        run: (where) => {
            seen.push(`${name}@${where}`);
            return Promise.resolve(findings);
        }
    });
    const finding: Finding = { file: 'force-app/A.cls', line: 2, message: 'wrong', rule: 'r' };
    const broken = check('broken', [finding]);
    const checks = [check('good'), broken, check('graph', [], true)];
    /**
     * Every call names the temporary root, even where the run should stop before it: a mutant (Stryker) that lets such
     * a run go on must not start the real tools and Jest over this project.
     */
    const here = () => ['--root', root];

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'spu-cli-'));
        printed = [];
        seen.length = 0;
        jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    });
    afterEach(() => {
        jest.restoreAllMocks();
        rmSync(root, { recursive: true, force: true });
    });

    it('lists the tools, the checks (deep ones marked) and the Jest projects', async () => {
        expect(await main(['--list', ...here()], checks)).toBe(0);
        expect(printed).toEqual([
            'prettier             npm run format:check',
            'eslint               npm run lint',
            'tsc                  npm run typecheck',
            'markdown-links       npm run lint:md',
            'good                 what good proves',
            'broken               what broken proves',
            'graph                (deep) what graph proves',
            'jest                 Jest projects: lwc, scripts, e2e; (deep) deep, bench'
        ]);
        expect(seen).toEqual([]);
    });

    it('prints each check, the time and the final line, and exits 1 when one failed', async () => {
        const code = await main(['--root', root, '--only', ' good, broken ,', '--jobs', '1'], checks);
        expect(code).toBe(1);
        expect(printed).toEqual([
            expect.stringMatching(/^PASS good \(\d+\.\d s\)$/),
            expect.stringMatching(/^FAIL broken \(\d+\.\d s\)\n {4}force-app\/A\.cls:2 wrong \[r\]$/),
            expect.stringMatching(/^total time \d+\.\d s \(1 checks at a time\)$/),
            '1 passed, 1 failed'
        ]);
        expect(seen.sort()).toEqual([`broken@${root}`, `good@${root}`]);
    });

    it('exits 0 when every check passed; --skip leaves a check out, --deep takes the deep ones', async () => {
        expect(
            await main(['--root', root, '--skip', `broken,jest,${Object.keys(TOOL_SCRIPTS).join(',')}`], checks)
        ).toBe(0);
        expect(seen).toEqual([`good@${root}`]);
        expect(printed.at(-2)).toMatch(/^total time \d+\.\d s \(\d+ checks at a time\)$/);
        expect(printed.at(-1)).toBe('1 passed, 0 failed');
        seen.length = 0;
        expect(await main(['--root', root, '--deep', '--skip', 'jest'], checks)).toBe(0);
        expect(seen).toEqual([`graph@${root}`]);
    });

    it('runs Jest next to the checks (the deep projects with --deep) and counts its tests one by one', async () => {
        const argsOfRun = fakeJest(root, { numPassedTests: 7, numFailedTests: 0, success: true, testResults: [] });
        expect(await main(['--root', root, '--deep', '--only', 'good,jest', '--jobs', '1'], checks)).toBe(0);
        expect(printed).toEqual([
            expect.stringMatching(/^PASS good \(\d+\.\d s\)$/),
            expect.stringMatching(/^PASS jest \(\d+\.\d s\): 7 passed, 0 failed$/),
            expect.stringMatching(/^total time \d+\.\d s \(1 checks at a time next to Jest\)$/),
            '8 passed, 0 failed'
        ]);
        const args = argsOfRun();
        expect(args.slice(args.indexOf('--selectProjects'))).toEqual(['--selectProjects', 'deep', 'bench']);
    });

    it('runs a standard tool named by --only as its npm script, printing its output when it fails', async () => {
        const script = `node -e "process.stdout.write('tool says no'); process.exit(3)"`;
        writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { 'format:check': script } }));
        const output: string[] = [];
        jest.spyOn(process.stderr, 'write').mockImplementation((text) => output.push(String(text)) > 0);
        expect(await main(['--root', root, '--only', 'prettier,good', '--jobs', '1'], checks)).toBe(1);
        expect(printed.slice(0, 2)).toEqual([
            expect.stringMatching(/^FAIL prettier \(\d+\.\d s\)\n {4}npm run format:check exited with 3/),
            expect.stringMatching(/^PASS good /)
        ]);
        expect(output.join('')).toContain('tool says no');
        // Never with --json (over a fixture), nor when not named.
        printed.length = 0;
        expect(await main(['--root', root, '--json', '--only', 'prettier'], checks)).toBe(0);
        expect(printed).toEqual(['[]']);
        expect(await main(['--root', root, '--only', 'good', '--jobs', '1'], checks)).toBe(0);
    });

    it('prints the outcomes as JSON with --json, over the given root only', async () => {
        expect(await main(['--root', root, '--json', '--only', 'broken'], checks)).toBe(1);
        expect(printed).toHaveLength(1);
        expect(JSON.parse(printed[0])).toEqual([
            { name: 'broken', ok: false, seconds: expect.any(Number) as number, findings: [finding] }
        ]);
        expect(await main(['--root', root, '--json', '--only', 'good'], checks)).toBe(0);
        expect(await main(['--root', root, '--json', '--only', 'good,broken'], checks)).toBe(1);
    });

    it('fails on a --jobs that is not a positive integer and on an unknown check, with the reason', async () => {
        const errors: unknown[] = [];
        jest.spyOn(console, 'error').mockImplementation((error: unknown) => void errors.push(error));
        expect(await main(['--jobs', '0', ...here()], checks)).toBe(1);
        expect(await main(['--jobs', '1.5', ...here()], checks)).toBe(1);
        expect(await main(['--only', 'nope', ...here()], checks)).toBe(1);
        expect(errors).toEqual([
            '--jobs must be a positive integer, not 0',
            '--jobs must be a positive integer, not 1.5',
            expect.stringMatching(/^unknown check\(s\): nope; known: good, broken, graph, prettier/)
        ]);
        expect(printed).toEqual(Array(3).fill('0 passed, 1 failed'));
        expect(seen).toEqual([]);
    });
});
