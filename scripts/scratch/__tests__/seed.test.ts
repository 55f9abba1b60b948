import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseApex } from '../../check/lib/apex-parser';
import { parseDemoStudents } from '../demo-data';
import { SEED_SCRIPTS } from '../project';
import { apexStringLiteral, demoLogMessages, renderSeedScript, STUDENTS_PLACEHOLDER } from '../seed';
import { describeWithApexParser } from '../../check/__tests__/fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const students = parseDemoStudents(readFileSync(join(ROOT, 'demo/data/students.json'), 'utf8')).students;

/** Parse errors of anonymous Apex, from the native parser prettier-plugin-apex ships. */
function apexParseErrors(source: string): string[] {
    return parseApex(source, { anonymous: true }).parseErrors.map((error) => error.message);
}

describe('apexStringLiteral', () => {
    it('escapes backslashes, quotes and line breaks', () => {
        expect(apexStringLiteral("O'Brien \\ said\nhi\t")).toBe("'O\\'Brien \\\\ said\\nhi\\t'");
    });

    it('keeps JSON intact once Apex unescapes it', () => {
        const json = JSON.stringify([{ name: "D'Arcy", note: 'a\\b' }]);
        const literal = apexStringLiteral(json);
        const unescaped = literal.slice(1, -1).replace(/\\(.)/g, (_all, char: string) => char);
        expect(JSON.parse(unescaped)).toEqual([{ name: "D'Arcy", note: 'a\\b' }]);
    });
});

describeWithApexParser('renderSeedScript', () => {
    it('replaces the placeholder line with the students', () => {
        const rendered = renderSeedScript(`// x\n${STUDENTS_PLACEHOLDER}\nSystem.debug(1);`, students, 'x.apex');
        expect(rendered).not.toContain(STUDENTS_PLACEHOLDER);
        expect(rendered).toContain('"key":"ada-lovelace"');
        expect(rendered.split('\n')).toHaveLength(3);
    });

    it('refuses a template without the placeholder, naming it', () => {
        expect(() => renderSeedScript('System.debug(1);', students, 'scripts/apex/x.apex')).toThrow(
            "scripts/apex/x.apex must contain the line String studentsJson = '[]'; exactly once (found 0)"
        );
    });

    it.each(SEED_SCRIPTS.map((script) => [script.file, script.rendered]))(
        '%s parses as anonymous Apex, as checked in and as rendered',
        (file, rendered) => {
            const template = readFileSync(join(ROOT, file), 'utf8');
            expect(apexParseErrors(template)).toEqual([]);
            if (rendered) {
                expect(apexParseErrors(renderSeedScript(template, students, file))).toEqual([]);
            }
        }
    );

    it('the parser check itself catches a syntax error', () => {
        expect(apexParseErrors('Integer x = ;')).not.toEqual([]);
    });
});

describe('demoLogMessages', () => {
    it('keeps the SPU_DEMO debug lines only', () => {
        const log = [
            '65.0 APEX_CODE,DEBUG',
            '12:00:00.1 (1)|USER_DEBUG|[9]|ERROR|SPU_DEMO created 7 contacts',
            '12:00:00.2 (2)|USER_DEBUG|[10]|DEBUG|something else',
            '12:00:00.3 (3)|USER_DEBUG|[11]|WARN|SPU_DEMO the demo owner already has a role'
        ].join('\n');
        expect(demoLogMessages(log)).toEqual(['created 7 contacts', 'the demo owner already has a role']);
        expect(demoLogMessages(undefined)).toEqual([]);
    });
});
