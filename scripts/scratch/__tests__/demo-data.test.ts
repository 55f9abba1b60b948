import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstStudent, jsonErrorLine, jsonErrorMessage, parseDemoStudents } from '../demo-data';
import type { DemoStudent } from '../demo-data';

const ROOT = join(__dirname, '..', '..', '..');
const realText = readFileSync(join(ROOT, 'demo/data/students.json'), 'utf8');
const real = parseDemoStudents(realText);

function withStudents(students: unknown[]): string {
    return JSON.stringify({ students }, null, 4);
}

function clone(): DemoStudent[] {
    return JSON.parse(JSON.stringify(real.students)) as DemoStudent[];
}

describe('demo/data/students.json', () => {
    it('passes every rule', () => {
        expect(real.problems).toEqual([]);
        expect(real.students.length).toBeGreaterThanOrEqual(8);
    });

    it('covers the time zones the issue asks for', () => {
        const states = new Set(real.students.map((s) => s.mailingState));
        for (const state of ['Ontario', 'California', 'New South Wales', 'England', 'New York', 'Texas']) {
            expect(states).toContain(state);
        }
    });

    it('opens Ada Lovelace first', () => {
        expect(firstStudent(real.students)?.key).toBe('ada-lovelace');
    });
});

describe('parseDemoStudents', () => {
    it('reports invalid JSON with its line', () => {
        const text = '{\n  "students": [\n    { "key": "a" }\n    { "key": "b" }\n  ]\n}';
        const { problems } = parseDemoStudents(text);
        expect(problems).toHaveLength(1);
        expect(problems[0].line).toBe(4);
        expect(problems[0].message).toMatch(/^not valid JSON: /);
    });

    it('reports a duplicate key at the line of the second one', () => {
        const students = clone();
        students[1].key = students[0].key;
        const text = withStudents(students);
        const { problems } = parseDemoStudents(text);
        const secondKeyLine =
            text.split('\n').findIndex((line, index) => index > 3 && line.includes('"key": "ada-lovelace"')) + 1;
        expect(secondKeyLine).toBeGreaterThan(4);
        expect(problems).toEqual([{ line: secondKeyLine, message: 'student "ada-lovelace": "key" is used twice' }]);
    });

    it('requires "email": null for the noEmail student and an address for the others', () => {
        const students = clone();
        const noEmail = students.find((s) => s.scenario === 'noEmail') as DemoStudent;
        noEmail.email = 'emmy@example.com';
        students[0].email = 'ada+x@example.com';
        const { problems } = parseDemoStudents(withStudents(students));
        expect(problems.map((p) => p.message)).toEqual([
            'student "ada-lovelace": "email" must be an address without "+" (the seed adds a per-org +tag), or null for "noEmail"',
            'student "emmy-noether": a "noEmail" student must have "email": null'
        ]);
    });

    it('keeps the inactive portal user away from the role-less owner', () => {
        const students = clone();
        (students.find((s) => s.scenario === 'inactivePortalUser') as DemoStudent).accountOwner = 'roleLessOwner';
        const { problems } = parseDemoStudents(withStudents(students));
        expect(problems.map((p) => p.message)).toEqual([
            'student "chien-shiung-wu": an "inactivePortalUser" student must have "accountOwner": "admin" (an owner with a role)'
        ]);
    });

    it('rejects unknown enumerations and missing fields', () => {
        const { problems } = parseDemoStudents(withStudents([{ key: 'Bad Key', scenario: 'maybe' }]));
        const messages = problems.map((p) => p.message);
        expect(messages).toContain('student "Bad Key": "key" must be 1-31 lowercase letters, digits or hyphens');
        expect(messages).toContain(
            'student "Bad Key": "scenario" must be one of eligible, noEmail, inactivePortalUser'
        );
        expect(messages).toContain('student "Bad Key": "mailingCountry" must be a non-empty string');
        expect(parseDemoStudents(withStudents([42])).problems[0].message).toBe(
            'student #1: "key" must be 1-31 lowercase letters, digits or hyphens'
        );
    });

    it('needs the demo scenarios as a whole', () => {
        const eligibleOnly = clone().filter(
            (s) => s.scenario === 'eligible' && s.accountModel === 'administrativeAccount'
        );
        const { problems } = parseDemoStudents(withStudents(eligibleOnly.slice(0, 3)));
        expect(problems.map((p) => p.message)).toEqual([
            'needs at least 6 "eligible" administrative-account students owned by the role-less owner, found 3',
            'needs a "noEmail" student (the form shows the NO_EMAIL problem)',
            'needs an "inactivePortalUser" student (the form offers to reactivate)',
            'needs a "personAccount" student (seeded in orgs with Person Accounts)',
            'eligible students should cover at least 4 time zones, found 3'
        ]);
    });

    it('needs a students array', () => {
        expect(parseDemoStudents('{"students": []}').problems).toEqual([
            { line: 1, message: 'needs a non-empty "students" array' }
        ]);
    });

    it('words a JSON error the same on Node 20 and Node 22 (V8 12 appends the line and column)', () => {
        expect(jsonErrorMessage(new Error('Expected property name at position 25 (line 3 column 12)'))).toBe(
            'Expected property name at position 25'
        );
        expect(jsonErrorMessage(new Error('Expected property name at position 25'))).toBe(
            'Expected property name at position 25'
        );
    });

    it('finds the line of a JSON error from its position', () => {
        expect(jsonErrorLine('a\nb\nc', new Error('Unexpected token at position 4'))).toBe(3);
        expect(jsonErrorLine('a', new Error('no position'))).toBeUndefined();
    });
});
