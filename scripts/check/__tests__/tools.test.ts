import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmRunCommand, toolStep } from '../checks/tools';

describe('the standard tools as steps of npm test', () => {
    let root: string;

    beforeAll(() => {
        root = mkdtempSync(join(tmpdir(), 'spu-tools-'));
        const scripts = {
            good: 'node -e "process.exit(0)"',
            bad: 'node -e "console.log(\'broken\'); process.exit(3)"'
        };
        writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'tools-fixture', private: true, scripts }));
    });

    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('passes a script that exits 0 and prints nothing of it', async () => {
        const outcome = await toolStep('good-tool', 'good').run(root);
        expect(outcome).toEqual(expect.objectContaining({ name: 'good-tool', ok: true, notes: [], output: undefined }));
    }, 60_000);

    it("fails a script that exits non-zero, with its exit code and the tool's output", async () => {
        const outcome = await toolStep('bad-tool', 'bad').run(root);
        expect(outcome.ok).toBe(false);
        expect(outcome.notes).toEqual(['npm run bad exited with 3 (its output is above)']);
        expect(outcome.output).toContain('broken');
    }, 60_000);

    it('runs npm through the npm of the current run when npm_execpath names its script', () => {
        expect(npmRunCommand('lint', { npm_execpath: '/x/npm-cli.js' })).toEqual([
            process.execPath,
            ['/x/npm-cli.js', 'run', '--silent', 'lint']
        ]);
        expect(npmRunCommand('lint', {})[1]).toEqual(['run', '--silent', 'lint']);
    });
});
