// @ts-nocheck
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listParseErrors, parseApex, parseApexAsync, parseApexFiles } from '../lib/apex-parser';
import { SLOW } from './fixtures';

describe('apex-parser', () => {
    it(
        'returns the compilation unit of a class and no errors',
        () => {
            const result = parseApex('public class A { Integer n = 1; }');
            expect(result.unit['@class']).toBe('apex.jorje.data.ast.CompilationUnit$ClassDeclUnit');
            expect(listParseErrors(result)).toEqual([]);
        },
        SLOW
    );

    it(
        'lists syntax errors with 1-based line and column',
        async () => {
            const result = await parseApexAsync('public class A {\n    void m() { Integer n = 0 }\n}');
            expect(listParseErrors(result)).toEqual([{ line: 2, column: 30, message: "Missing ';' at '}'" }]);
        },
        SLOW
    );

    it(
        'parses anonymous Apex only when asked to',
        () => {
            const script = 'Integer n = [SELECT COUNT() FROM Contact];\nSystem.debug(n);';
            expect(parseApex(script, { anonymous: true }).parseErrors).toEqual([]);
            expect(parseApex(script).parseErrors.length).toBeGreaterThan(0);
        },
        SLOW
    );

    it(
        'parses files in order, reusing a cached parse only for the same source',
        async () => {
            const dir = mkdtempSync(join(tmpdir(), 'apex-parser-'));
            try {
                const cls = join(dir, 'A.cls');
                const script = join(dir, 'b.apex');
                writeFileSync(cls, 'public class A {}');
                writeFileSync(script, 'System.debug(1);');
                const cacheDir = join(dir, 'cache');
                const first = await parseApexFiles([cls, script], { cacheDir });
                expect(first.map((file) => [file.file, file.parseErrors.length])).toEqual([
                    [cls, 0],
                    [script, 0]
                ]);
                writeFileSync(cls, 'public class A { oops }');
                const [changed] = await parseApexFiles([cls], { cacheDir });
                expect(changed.source).toBe('public class A { oops }');
                expect(changed.parseErrors.length).toBeGreaterThan(0);
            } finally {
                rmSync(dir, { recursive: true, force: true });
            }
        },
        SLOW
    );
});
