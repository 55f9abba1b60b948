import { join } from 'node:path';
import { checkMarkdownTables, findShiftedRows } from '../checks/markdown-tables';
import { runProcess } from '../lib/process';
import { fixture } from './fixtures';

const REMARK = join(__dirname, '..', '..', '..', 'node_modules', 'remark-cli', 'cli.js');

/**
 * `npm run lint:md` (remark-validate-links, with the project's remarkConfig) over a fixture: the lines it reports, as
 * `file:line:column reason`. The fixtures are in .remarkignore (broken on purpose): no ignore file for this run.
 */
async function remarkWarnings(root: string): Promise<{ code: number; warnings: string[] }> {
    const result = await runProcess(
        process.execPath,
        [REMARK, '.', '--frail', '--quiet', '--no-color', '--ignore-path', '/dev/null'],
        { cwd: root }
    );
    // vfile-reporter: a file name line, then `line:column-line:column warning reason rule source` per message
    const warnings: string[] = [];
    let file = '';
    for (const line of result.stderr.split('\n')) {
        const message = /^(\d+):(\d+)(?:-\d+:\d+)?\s+warning\s+(.+?)\s+[\w-]+\s+remark-validate-links:/.exec(line);
        if (message) warnings.push(`${file}:${message[1]}:${message[2]} ${message[3]}`);
        else if (/^[^\s\d⚠]/.test(line)) file = line.trim();
    }
    return { code: result.code, warnings };
}

describe('markdown links (remark-validate-links, npm run lint:md)', () => {
    it('reports every broken relative link, image, reference definition, anchor and link outside the repository', async () => {
        const { code, warnings } = await remarkWarnings(fixture('markdown-links/broken'));
        expect(code).toBe(1);
        expect(warnings.sort()).toEqual([
            '.github/pull_request_template.md:1:9 Cannot find file `../docs/checks.md`',
            'README.md:12:1 Cannot find file `../../../../../outside.md`',
            'README.md:12:68 Cannot find heading for `#nowhere`',
            'README.md:3:36 Cannot find file `docs/missing.md`',
            'README.md:4:35 Cannot find file `images/pic.png`',
            'README.md:5:51 Cannot find heading for `#no-such-heading` in `docs/guide.md`',
            'README.md:8:1 Cannot find file `docs/absent.md`',
            'docs/guide.md:7:97 Cannot find file `../api.md`'
        ]);
    }, 60_000);

    it('passes titles, <destinations>, folders, root-relative links and reference links', async () => {
        expect(await remarkWarnings(fixture('markdown-links/clean'))).toEqual({ code: 0, warnings: [] });
    }, 60_000);
});

describe('markdown-tables', () => {
    it('reports a table row with more cells than its header, with file and line', async () => {
        expect(await checkMarkdownTables(fixture('markdown-links/broken'))).toEqual([
            {
                file: 'docs/guide.md',
                line: 12,
                column: 1,
                message:
                    'table row has 3 cells but the header has 2: GitHub drops the extra cells, so the row reads shifted',
                rule: 'markdown-tables'
            }
        ]);
    });

    it('passes escaped pipes and ignores tables inside fences', async () => {
        expect(await checkMarkdownTables(fixture('markdown-links/clean'))).toEqual([]);
        expect(findShiftedRows('```\n| a |\n| - |\n| b | c |\n```\n| a \\| b |\n| - |\n| c \\| d |\n')).toEqual([]);
    });
});
