// @ts-nocheck
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * Every relative link and image in the project's Markdown files (README, docs/, .github/, CHANGELOG...) points to a
 * file or folder that exists, inside the repository; a `#fragment` into a Markdown file (or within the same file)
 * names one of its headings, slugged as GitHub does (or an explicit `id`/`name` anchor). External links (any
 * `scheme:` or `//host`) are not checked. Fenced code blocks and code spans are skipped. `test/fixtures/` holds
 * broken projects on purpose and is skipped. Also a table row with more cells than its header (GitHub drops the
 * extra cells, so the row reads shifted by a column).
 */

const RULE = 'markdown-links';
const SKIPPED_PREFIXES = ['test/fixtures/'];

export interface MarkdownLink {
    target: string;
    line: number;
    column: number;
}

/** Replaces code spans by spaces (keeping columns), so links inside them are not seen. */
function blankCodeSpans(line: string): string {
    return line.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (match) => ' '.repeat(match.length));
}

/** Reads a link destination starting at `start` (after `(`): `<...>` or a run without spaces, parens balanced. */
function destinationAt(text: string, start: number): { target: string; column: number } | undefined {
    let index = start;
    while (text[index] === ' ') index++;
    if (text[index] === '<') {
        const end = text.indexOf('>', index + 1);
        return end < 0 ? undefined : { target: text.slice(index + 1, end), column: index + 2 };
    }
    let depth = 0;
    let end = index;
    for (; end < text.length; end++) {
        const char = text[end];
        if (char === '\\') {
            end++;
            continue;
        }
        if (char === '(') depth++;
        else if (char === ')') {
            if (depth === 0) break;
            depth--;
        } else if (/\s/.test(char)) break;
    }
    return { target: text.slice(index, end), column: index + 1 };
}

/** Lines of a Markdown text outside fenced code blocks, as [line number, text]. */
function proseLines(text: string): [number, string][] {
    const lines: [number, string][] = [];
    let fence: string | undefined;
    text.split(/\r?\n/).forEach((line, index) => {
        const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence) {
            if (
                opening &&
                opening[1][0] === fence[0] &&
                opening[1].length >= fence.length &&
                !/\S/.test(line.slice(opening[0].length))
            ) {
                fence = undefined;
            }
            return;
        }
        if (opening) {
            fence = opening[1];
            return;
        }
        lines.push([index + 1, line]);
    });
    return lines;
}

/** Every link and image destination of a Markdown text: inline, reference definitions, HTML `href`/`src`. */
export function findLinks(text: string): MarkdownLink[] {
    const links: MarkdownLink[] = [];
    for (const [line, raw] of proseLines(text)) {
        const prose = blankCodeSpans(raw);
        const definition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(prose);
        if (definition) {
            const target = definition[1].replace(/^<|>$/g, '');
            links.push({ target, line, column: prose.indexOf(definition[1]) + 1 });
            continue;
        }
        for (let index = prose.indexOf(']('); index >= 0; index = prose.indexOf('](', index + 2)) {
            const destination = destinationAt(prose, index + 2);
            if (destination && destination.target) links.push({ ...destination, line });
        }
        for (const match of prose.matchAll(/<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*(["'])(.*?)\1/gi)) {
            const value = match[2];
            links.push({ target: value, line, column: (match.index ?? 0) + match[0].lastIndexOf(value) + 1 });
        }
    }
    return links;
}

/** The rendered text of a heading's Markdown: links and images to their text, code and emphasis marks removed. */
function headingText(markdown: string): string {
    return markdown
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/`+/g, '')
        .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
        .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*/g, '$1$2')
        .replace(/(^|\W)_(?=\S)([^_]*?\S)_(?=\W|$)/g, '$1$2')
        .replace(/~~(.*?)~~/g, '$1')
        .trim();
}

/** GitHub's heading slug (github-slugger): lower case, punctuation and symbols dropped, spaces to hyphens. */
export function githubSlug(text: string): string {
    return text
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
}

/** The anchors a Markdown file offers: heading slugs (duplicates get `-1`, `-2`...) and explicit HTML ids/names. */
export function anchorsOf(text: string): Set<string> {
    const anchors = new Set<string>();
    const counts = new Map<string, number>();
    const lines = proseLines(text);
    lines.forEach(([, line], index) => {
        let heading: string | undefined;
        const atx = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
        if (atx) heading = atx[1] ?? '';
        else if (index + 1 < lines.length && lines[index + 1][0] === lines[index][0] + 1 && /\S/.test(line)) {
            if (/^ {0,3}(=+|-+)\s*$/.test(lines[index + 1][1]) && !/^ {0,3}([-*+]\s|\||>)/.test(line)) {
                heading = line.trim();
            }
        }
        if (heading !== undefined) {
            const base = githubSlug(headingText(heading));
            const seen = counts.get(base) ?? 0;
            anchors.add(seen === 0 ? base : `${base}-${seen}`);
            counts.set(base, seen + 1);
        }
        for (const match of line.matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*(["'])(.*?)\1/gi)) anchors.add(match[2]);
    });
    return anchors;
}

/** Cells of a table row: split on unescaped pipes (GFM splits inside code spans too), outer pipes dropped. */
function tableCells(row: string): string[] {
    const cells = row.trim().split(/(?<!\\)\|/);
    if (cells[0].trim() === '') cells.shift();
    if (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
    return cells;
}

/** Table rows with more cells than their header: GitHub drops the extra cells, so the row reads shifted. */
export function findShiftedRows(text: string): { line: number; cells: number; header: number }[] {
    const problems: { line: number; cells: number; header: number }[] = [];
    const lines = proseLines(text);
    for (let index = 0; index + 1 < lines.length; index++) {
        const [, header] = lines[index];
        const [, delimiter] = lines[index + 1];
        if (!header.includes('|') || !/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(delimiter)) continue;
        const columns = tableCells(header).length;
        let row = index + 2;
        for (; row < lines.length && lines[row][1].includes('|') && lines[row][0] === lines[row - 1][0] + 1; row++) {
            const cells = tableCells(lines[row][1]).length;
            if (cells > columns) problems.push({ line: lines[row][0], cells, header: columns });
        }
        index = row - 1;
    }
    return problems;
}

function isExternal(target: string): boolean {
    return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

export function checkMarkdownLinks(root: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    const files = listFiles(root, (name) => name.toLowerCase().endsWith('.md')).filter(
        (file) => !SKIPPED_PREFIXES.some((prefix) => relativePath(root, file).startsWith(prefix))
    );
    const anchorCache = new Map<string, Set<string>>();
    const anchors = (file: string): Set<string> => {
        let found = anchorCache.get(file);
        if (!found) {
            found = anchorsOf(readFileSync(file, 'utf8'));
            anchorCache.set(file, found);
        }
        return found;
    };
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const source = relativePath(root, file);
        for (const row of findShiftedRows(text)) {
            findings.push({
                file: source,
                line: row.line,
                column: 1,
                message: `table row has ${row.cells} cells but the header has ${row.header}: GitHub drops the extra cells, so the row reads shifted`,
                rule: `${RULE}:table`
            });
        }
        for (const link of findLinks(text)) {
            if (isExternal(link.target)) continue;
            const report = (message: string): void => {
                findings.push({ file: source, line: link.line, column: link.column, message, rule: RULE });
            };
            const hash = link.target.indexOf('#');
            const pathPart = (hash < 0 ? link.target : link.target.slice(0, hash)).replace(/\?.*$/, '');
            const fragment = hash < 0 ? undefined : link.target.slice(hash + 1);
            let decoded: string;
            try {
                decoded = decodeURIComponent(pathPart);
            } catch {
                report(`link '${link.target}' is not a valid URL path`);
                continue;
            }
            const target =
                decoded === '' ? file : resolve(decoded.startsWith('/') ? root : dirname(file), `.${sep}${decoded}`);
            const inside = relative(root, target);
            if (inside.startsWith('..') || inside.startsWith(sep)) {
                report(`link '${link.target}' points outside the repository`);
                continue;
            }
            if (!existsSync(target)) {
                report(`link '${link.target}' points to ${relativePath(root, target)}, which does not exist`);
                continue;
            }
            if (fragment && target.toLowerCase().endsWith('.md') && statSync(target).isFile()) {
                let wanted: string;
                try {
                    wanted = decodeURIComponent(fragment);
                } catch {
                    wanted = fragment;
                }
                if (!anchors(target).has(wanted.toLowerCase()) && !anchors(target).has(wanted)) {
                    report(
                        `link '${link.target}': ${relativePath(root, target)} has no heading with the anchor '#${fragment}'`
                    );
                }
            }
        }
    }
    return Promise.resolve(
        findings.sort(
            (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
        )
    );
}

export const markdownLinksCheck: Check = {
    name: 'markdown-links',
    description:
        'relative links and images in every Markdown file point to existing files, and #anchors into Markdown to existing headings (GitHub slugs); external links are not checked',
    run: checkMarkdownLinks
};
