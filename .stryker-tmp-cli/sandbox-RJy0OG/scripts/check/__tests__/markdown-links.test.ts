// @ts-nocheck
import { anchorsOf, findLinks, githubSlug, markdownLinksCheck } from '../checks/markdown-links';
import { fixture } from './fixtures';

describe('markdown-links on the broken fixture', () => {
    it('reports every broken relative link, image, anchor and shifted table row with file, line and column', async () => {
        const findings = await markdownLinksCheck.run(fixture('markdown-links/broken'));
        expect(
            findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`)
        ).toEqual([
            ".github/pull_request_template.md:1:18 link '../docs/checks.md' points to docs/checks.md, which does not exist",
            "docs/guide.md:7:107 link '../api.md' points to api.md, which does not exist",
            'docs/guide.md:12:1 table row has 3 cells but the header has 2: GitHub drops the extra cells, so the row reads shifted',
            "README.md:3:55 link 'docs/missing.md' points to docs/missing.md, which does not exist",
            "README.md:4:52 link 'images/pic.png' points to images/pic.png, which does not exist",
            "README.md:5:64 link 'docs/guide.md#no-such-heading': docs/guide.md has no heading with the anchor '#no-such-heading'",
            "README.md:8:8 link 'docs/absent.md' points to docs/absent.md, which does not exist",
            "README.md:10:11 link 'docs/images/none.png' points to docs/images/none.png, which does not exist",
            "README.md:11:11 link '../../../../../outside.md' points outside the repository",
            "README.md:11:84 link '#nowhere': README.md has no heading with the anchor '#nowhere'"
        ]);
        expect(findings.map((finding) => finding.rule)).toContain('markdown-links:table');
    });

    it('passes titles, <destinations>, folders, root-relative links, reference links, ids and escaped pipes', async () => {
        expect(await markdownLinksCheck.run(fixture('markdown-links/clean'))).toEqual([]);
    });
});

describe('markdown-links parsing', () => {
    it('slugs headings as GitHub does', () => {
        expect(githubSlug('See it without an org (npm start)')).toBe('see-it-without-an-org-npm-start');
        expect(githubSlug('Server side: StudentCohortController (with sharing)')).toBe(
            'server-side-studentcohortcontroller-with-sharing'
        );
        expect(githubSlug('LWC → Apex: what_is checked?')).toBe('lwc--apex-what_is-checked');
        expect(githubSlug('Élève 2.0')).toBe('élève-20');
    });

    it('numbers duplicate headings, reads setext headings and skips headings inside fences', () => {
        const anchors = anchorsOf('# Title\n\n## Run\n\n## Run\n\nOther title\n---\n\n```\n# not a heading\n```\n');
        expect([...anchors]).toEqual(['title', 'run', 'run-1', 'other-title']);
    });

    it('finds links with their columns and ignores code spans and fences', () => {
        expect(findLinks('a [x](one.md) `[y](two.md)` ![z](<three four.png> "t")\n```\n[w](five.md)\n```')).toEqual([
            { target: 'one.md', line: 1, column: 7 },
            { target: 'three four.png', line: 1, column: 35 }
        ]);
    });
});
