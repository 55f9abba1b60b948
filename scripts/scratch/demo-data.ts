/** The demo students of demo/data/students.json: their shape, and the rules the demo relies on. */

export const SCENARIOS = ['eligible', 'noEmail', 'inactivePortalUser'] as const;
export const ACCOUNT_MODELS = ['administrativeAccount', 'personAccount'] as const;
export const ACCOUNT_OWNERS = ['roleLessOwner', 'admin'] as const;

export interface DemoStudent {
    /** Stable id: the demo account gets AccountNumber `SPU-DEMO-<key>`. */
    key: string;
    scenario: (typeof SCENARIOS)[number];
    accountModel: (typeof ACCOUNT_MODELS)[number];
    accountOwner: (typeof ACCOUNT_OWNERS)[number];
    firstName: string;
    lastName: string;
    email: string | null;
    mailingStreet: string;
    mailingCity: string;
    mailingState: string;
    mailingPostalCode: string;
    mailingCountry: string;
    /** The zone the product should suggest from the mailing address (documentation for the demo). */
    expectedTimeZone: string;
}

export interface DemoDataProblem {
    line?: number;
    message: string;
}

const TEXT_FIELDS = [
    'firstName',
    'lastName',
    'mailingStreet',
    'mailingCity',
    'mailingState',
    'mailingPostalCode',
    'mailingCountry',
    'expectedTimeZone'
] as const;
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,30}$/;
const EMAIL_PATTERN = /^[^\s@+]+@[^\s@]+\.[^\s@]+$/;
const TIME_ZONE_PATTERN = /^[A-Za-z]+\/[A-Za-z_/-]+$/;
/** The demo needs at least this many ready-to-enable students under the role-less owner. */
export const MIN_ELIGIBLE_STUDENTS = 6;
const MIN_TIME_ZONES = 4;

/** 1-based line of the `occurrence`-th (0-based) occurrence of `needle` in `text`, if any. */
export function lineOf(text: string, needle: string, occurrence = 0): number | undefined {
    let index = -1;
    for (let seen = 0; seen <= occurrence; seen++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) return undefined;
    }
    return text.slice(0, index).split('\n').length;
}

/** Line of a JSON.parse error, from the `position N` Node puts in the message. */
export function jsonErrorLine(text: string, error: unknown): number | undefined {
    const match = /position (\d+)/.exec(error instanceof Error ? error.message : String(error));
    return match ? text.slice(0, Number(match[1])).split('\n').length : undefined;
}

/**
 * JSON.parse's message without the " (line 3 column 12)" that Node 22's V8 appends (Node 20's ends at "position 25"):
 * the finding carries the line already, and the text stays the same on every Node version.
 */
export function jsonErrorMessage(error: unknown): string {
    return (error instanceof Error ? error.message : String(error)).replace(/ \(line \d+ column \d+\)$/, '');
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
    return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Parses and checks the students file; `students` holds the rows that passed, `problems` says what did not. */
export function parseDemoStudents(text: string): { students: DemoStudent[]; problems: DemoDataProblem[] } {
    let document: unknown;
    try {
        document = JSON.parse(text);
    } catch (error) {
        return {
            students: [],
            problems: [{ line: jsonErrorLine(text, error), message: `not valid JSON: ${jsonErrorMessage(error)}` }]
        };
    }
    const rows = (document as { students?: unknown } | null)?.students;
    if (!Array.isArray(rows) || rows.length === 0) {
        return { students: [], problems: [{ line: 1, message: 'needs a non-empty "students" array' }] };
    }
    const problems: DemoDataProblem[] = [];
    const students: DemoStudent[] = [];
    const seenKeys = new Map<string, number>();
    rows.forEach((row: unknown, index) => {
        const student = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
        const key = typeof student.key === 'string' ? student.key : '';
        const name = key ? `student "${key}"` : `student #${index + 1}`;
        const line = (key && lineOf(text, `"key": "${key}"`, seenKeys.get(key) ?? 0)) || lineOf(text, '"students"');
        const before = problems.length;
        const problem = (message: string): void => {
            problems.push({ line, message: `${name}: ${message}` });
        };
        if (!KEY_PATTERN.test(key)) problem('"key" must be 1-31 lowercase letters, digits or hyphens');
        else if (seenKeys.has(key)) problem('"key" is used twice');
        seenKeys.set(key, (seenKeys.get(key) ?? 0) + 1);
        if (!isOneOf(SCENARIOS, student.scenario)) problem(`"scenario" must be one of ${SCENARIOS.join(', ')}`);
        if (!isOneOf(ACCOUNT_MODELS, student.accountModel)) {
            problem(`"accountModel" must be one of ${ACCOUNT_MODELS.join(', ')}`);
        }
        if (!isOneOf(ACCOUNT_OWNERS, student.accountOwner)) {
            problem(`"accountOwner" must be one of ${ACCOUNT_OWNERS.join(', ')}`);
        }
        for (const field of TEXT_FIELDS) {
            if (typeof student[field] !== 'string' || student[field].trim() === '') {
                problem(`"${field}" must be a non-empty string`);
            }
        }
        if (typeof student.expectedTimeZone === 'string' && !TIME_ZONE_PATTERN.test(student.expectedTimeZone)) {
            problem(`"expectedTimeZone" must be a zone id like America/Toronto, got "${student.expectedTimeZone}"`);
        }
        if (student.scenario === 'noEmail') {
            if (student.email !== null) problem('a "noEmail" student must have "email": null');
        } else if (typeof student.email !== 'string' || !EMAIL_PATTERN.test(student.email)) {
            problem('"email" must be an address without "+" (the seed adds a per-org +tag), or null for "noEmail"');
        }
        if (student.scenario === 'inactivePortalUser') {
            if (student.accountOwner !== 'admin') {
                // Enabling it through the service would give the role-less owner a role and spoil the demo.
                problem('an "inactivePortalUser" student must have "accountOwner": "admin" (an owner with a role)');
            }
            if (student.accountModel !== 'administrativeAccount') {
                problem('an "inactivePortalUser" student must use "accountModel": "administrativeAccount"');
            }
        }
        if (problems.length === before) students.push(student as unknown as DemoStudent);
    });
    problems.push(...collectionProblems(students, rows.length === students.length, lineOf(text, '"students"')));
    return { students, problems };
}

function collectionProblems(students: DemoStudent[], allValid: boolean, line: number | undefined): DemoDataProblem[] {
    if (!allValid) return [];
    const problems: DemoDataProblem[] = [];
    const need = (ok: boolean, message: string): void => {
        if (!ok) problems.push({ line, message });
    };
    const eligible = students.filter(
        (s) =>
            s.scenario === 'eligible' &&
            s.accountModel === 'administrativeAccount' &&
            s.accountOwner === 'roleLessOwner'
    );
    need(
        eligible.length >= MIN_ELIGIBLE_STUDENTS,
        `needs at least ${MIN_ELIGIBLE_STUDENTS} "eligible" administrative-account students owned by the role-less owner, found ${eligible.length}`
    );
    need(
        students.some((s) => s.scenario === 'noEmail'),
        'needs a "noEmail" student (the form shows the NO_EMAIL problem)'
    );
    need(
        students.some((s) => s.scenario === 'inactivePortalUser'),
        'needs an "inactivePortalUser" student (the form offers to reactivate)'
    );
    need(
        students.some((s) => s.accountModel === 'personAccount'),
        'needs a "personAccount" student (seeded in orgs with Person Accounts)'
    );
    const zones = new Set(eligible.map((s) => s.expectedTimeZone));
    need(
        zones.size >= MIN_TIME_ZONES,
        `eligible students should cover at least ${MIN_TIME_ZONES} time zones, found ${zones.size}`
    );
    return problems;
}

/** The student whose Contact `npm run scratch` opens: the first eligible administrative-account student. */
export function firstStudent(students: readonly DemoStudent[]): DemoStudent | undefined {
    return students.find((s) => s.scenario === 'eligible' && s.accountModel === 'administrativeAccount');
}
