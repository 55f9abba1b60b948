import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * Code names documents in its comments ("the contract of docs/api.md", "see README.md"); a renamed or never written
 * document leaves a pointer to nothing. Markdown's own links are remark-validate-links' (`npm run lint:md`); this
 * check reads the code: every `<name>.md` or `<folder>/<name>.md` written in a source file must be a file, found from the
 * project root, from `docs/`, or from the file's own folder. Web addresses are not read; names with a second dot
 * (`Type.Record.md`: custom metadata records) are not documents. Tests and fixtures hold broken names on purpose.
 */

const RULE = 'doc-references';
/** The folders whose code is read, and the extensions of code. */
const CODE_DIRS = ['force-app', 'scripts', 'preview', 'types', 'jest', 'stryker', 'fixtures/cohort', '.github'];
const CODE_FILE = /\.(?:ts|js|mjs|cjs|cls|trigger|html|xml|yml|yaml)$/;
const URL = /\b[a-z][a-z+.-]*:\/\/\S+/gi;
/** A document name: letters, digits, `_`, `-`, and folders before it; one dot only, the one of `.md`. */
const DOC_NAME = /(?<![\w.:/-])((?:\.{1,2}\/|\/)?(?:[\w-]+\/)*[\w-]+\.md)(?![\w-])/g;

function isTestCode(path: string): boolean {
    return path.includes('/__tests__/') || /\.test\.[cm]?[jt]s$/.test(path);
}

/** Where a name may point: the root, docs/, the file's folder (a leading `/` is the root). */
function resolves(root: string, file: string, name: string): boolean {
    if (name.startsWith('/')) return existsSync(join(root, name));
    return [root, join(root, 'docs'), dirname(file)].some((base) => existsSync(join(base, name)));
}

export function findDocReferences(root: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    const files = CODE_DIRS.flatMap((dir) => listFiles(join(root, dir), (name) => CODE_FILE.test(name)));
    for (const file of files.filter((path) => !isTestCode(path))) {
        readFileSync(file, 'utf8')
            .split('\n')
            .forEach((text, index) => {
                const line = text.replace(URL, (url) => ' '.repeat(url.length));
                for (const match of line.matchAll(DOC_NAME)) {
                    const name = match[1];
                    if (resolves(root, file, name)) continue;
                    findings.push({
                        file: relativePath(root, file),
                        line: index + 1,
                        column: (match.index ?? 0) + 1,
                        message: `names ${name}, which is no file (looked for it from the project root, docs/ and this folder): point at the document that holds it`,
                        rule: RULE
                    });
                }
            });
    }
    return Promise.resolve(findings);
}

export const docReferencesCheck: Check = {
    name: RULE,
    description: 'every document a source file names (<name>.md, docs/<name>.md) exists',
    run: findDocReferences
};
