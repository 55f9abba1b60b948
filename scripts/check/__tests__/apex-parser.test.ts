import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    ApexParserUnavailable,
    apexParserBinary,
    apexParserSkipReason,
    NATIVE_PARSER_PACKAGES,
    parseApex,
    parseApexFiles
} from '../lib/apex-parser';
import { describeWithApexParser, SLOW } from './fixtures';

describeWithApexParser('apex-parser', () => {
    it(
        'returns the compilation unit of a class and no errors',
        () => {
            const result = parseApex('public class A { Integer n = 1; }');
            expect(result.unit['@class']).toBe('apex.jorje.data.ast.CompilationUnit$ClassDeclUnit');
            expect(result.parseErrors).toEqual([]);
        },
        SLOW
    );

    it(
        'lists syntax errors with 1-based line and column',
        () => {
            const result = parseApex('public class A {\n    void m() { Integer n = 0 }\n}');
            expect(result.parseErrors).toEqual([{ line: 2, column: 30, message: "Missing ';' at '}'" }]);
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

describe('apexParserBinary: the native parser of each platform', () => {
    const installed = (id: string): string => `/nm/${id}`;

    it('resolves the package of the platform it runs on, with .exe on Windows', () => {
        expect(apexParserBinary('darwin', 'arm64', installed)).toBe(
            '/nm/@prettier-apex/apex-ast-serializer-darwin-arm64/apex-ast-serializer-darwin-arm64'
        );
        expect(apexParserBinary('darwin', 'x64', installed)).toBe(
            '/nm/@prettier-apex/apex-ast-serializer-darwin-x64/apex-ast-serializer-darwin-x64'
        );
        expect(apexParserBinary('win32', 'x64', installed)).toBe(
            '/nm/@prettier-apex/apex-ast-serializer-win32-x64/apex-ast-serializer-win32-x64.exe'
        );
        expect(apexParserBinary('linux', 'x64', installed)).toBe(
            '/nm/@prettier-apex/apex-ast-serializer-linux-x64/apex-ast-serializer-linux-x64'
        );
    });

    it('lists the same platforms as prettier-plugin-apex optionalDependencies', () => {
        const plugin = JSON.parse(
            readFileSync(
                join(__dirname, '..', '..', '..', 'node_modules', 'prettier-plugin-apex', 'package.json'),
                'utf8'
            )
        ) as { optionalDependencies: Record<string, string> };
        expect(Object.values(NATIVE_PARSER_PACKAGES).sort()).toEqual(Object.keys(plugin.optionalDependencies).sort());
    });

    it('skips (ApexParserUnavailable) on a platform with no parser, naming the platform and the ones that have one', () => {
        expect(() => apexParserBinary('linux', 'arm64', installed)).toThrow(ApexParserUnavailable);
        expect(() => apexParserBinary('linux', 'arm64', installed)).toThrow(
            /no native Apex parser exists for linux-arm64 .*darwin-arm64, darwin-x64, linux-x64, win32-x64/
        );
    });

    it('fails (a plain error, not a skip) when the platform has a parser that is not installed', () => {
        const missing = (): string => {
            throw new Error('MODULE_NOT_FOUND');
        };
        let thrown: unknown;
        try {
            apexParserBinary('darwin', 'arm64', missing);
        } catch (error) {
            thrown = error;
        }
        expect(thrown).toBeInstanceOf(Error);
        expect(thrown).not.toBeInstanceOf(ApexParserUnavailable);
        expect((thrown as Error).message).toMatch(/apex-ast-serializer-darwin-arm64 is not installed: run npm install/);
    });

    it('finds the parser of this machine (CI runs on Linux x64)', () => {
        expect(apexParserSkipReason()).toBeUndefined();
    });
});
