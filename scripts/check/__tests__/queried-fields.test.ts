import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkQueriedFields, queriedFieldsCheck } from '../checks/queried-fields';
import { MAX_CALL_DEPTH } from '../queried/flow';
import { fixture, SLOW } from './fixtures';

const CLASSES = 'force-app/main/default/classes';
const READS = `${CLASSES}/QueriedReads.cls`;
const NOT_SELECTED = 'which does not select it (SObjectException at run time)';

/** A finding as the check reports it: the read's file and line, and the message naming field and query. */
const finding = (file: string, line: number, column: number, message: string) => ({
    file,
    line,
    column,
    message,
    rule: 'queried-fields'
});

const query = (file: string, line: number): string => `the query at ${CLASSES}/${file}:${line}`;

/** Runs the check over a throw-away project made of the given classes (name -> body). */
async function findingsFor(classes: Record<string, string>): Promise<string[]> {
    const root = mkdtempSync(join(tmpdir(), 'queried-fields-'));
    try {
        const dir = join(root, CLASSES);
        mkdirSync(dir, { recursive: true });
        for (const [name, body] of Object.entries(classes)) writeFileSync(join(dir, `${name}.cls`), body);
        return (await checkQueriedFields(root)).map(
            (problem) => `${problem.file.replace(`${CLASSES}/`, '')}:${problem.line} ${problem.message}`
        );
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

describe('queried-fields on the broken fixture', () => {
    it(
        'reports each unselected field read with the file and line of the read, the field and the query',
        async () => {
            const findings = await queriedFieldsCheck.run(fixture('queried-fields'));
            const reads = (line: number, column: number, field: string, object: string, queryLine: number) =>
                finding(
                    READS,
                    line,
                    column,
                    `'${field}' is read on a ${object} record from ${query('QueriedReads.cls', queryLine)}, ${NOT_SELECTED}`
                );
            expect(findings).toEqual([
                // the guard-test defect: a helper's query without MasterRecordId, handed to a guard that reads it
                finding(
                    `${CLASSES}/MergeGuard.cls`,
                    4,
                    25,
                    `'MasterRecordId' is read on a Contact record from ${query('MergeGuardTest.cls', 11)}, ${NOT_SELECTED}; ` +
                        `the record reaches this read through MergeGuard.checkDeletedContacts (called at ${CLASSES}/MergeGuardTest.cls:6)`
                ),
                // transitively across classes: QueriedCaller -> QueriedCallee.describe -> QueriedCallee.titleOf
                finding(
                    `${CLASSES}/QueriedCallee.cls`,
                    9,
                    50,
                    `'Title' is read on a Contact record from ${query('QueriedCaller.cls', 3)}, ${NOT_SELECTED}; ` +
                        `the record reaches this read through QueriedCallee.describe (called at ${CLASSES}/QueriedCaller.cls:4)` +
                        ` -> QueriedCallee.titleOf (called at ${CLASSES}/QueriedCallee.cls:4)`
                ),
                // a same-class call with list[0]
                finding(
                    `${CLASSES}/QueriedCaller.cls`,
                    9,
                    44,
                    `'Department' is read on a Contact record from ${query('QueriedCaller.cls', 3)}, ${NOT_SELECTED}; ` +
                        `the record reaches this read through QueriedCaller.describeOne (called at ${CLASSES}/QueriedCaller.cls:5)`
                ),
                reads(4, 31, 'Email', 'Contact', 3), // a declaration
                reads(6, 36, 'MobilePhone', 'Contact', 3), // record.get('Field')
                reads(9, 47, 'Account.OwnerId', 'Contact', 8), // a relationship path
                finding(
                    READS,
                    12,
                    46,
                    `'Username' is read on a User record from the sub-query on Users (line 11) of ${query('QueriedReads.cls', 11)}, ${NOT_SELECTED}`
                ),
                reads(15, 41, 'Title', 'Contact', 14), // new Map<Id, Contact>([SELECT ...]).get(id)
                reads(17, 39, 'Department', 'Contact', 14), // for over map.values()
                reads(21, 34, 'Phone', 'Contact', 20), // list[0]
                reads(23, 35, 'Birthdate', 'Contact', 20), // for over a list
                reads(26, 33, 'Fax', 'Contact', 25), // for over a query
                reads(31, 34, 'AssistantName', 'Contact', 30) // an assignment after the declaration
            ]);
        },
        SLOW
    );

    it(
        'passes selected fields (any case), Id, selected relationships and sub-queries, fields assigned before the read, FIELDS(ALL), dynamic SOQL, trigger records, reassigned variables, aggregates, TYPEOF and ambiguous overloads',
        async () => {
            expect(await queriedFieldsCheck.run(fixture('queried-fields-clean'))).toEqual([]);
        },
        SLOW
    );
});

describe('queried-fields rules', () => {
    const inMethod = (body: string): Record<string, string> => ({
        T: `public with sharing class T {\n    public static void m(String soql) {\n        ${body.split('\n').join('\n        ')}\n    }\n}`
    });

    it(
        'reports a field read before it is assigned, not one assigned before it is read',
        async () => {
            expect(
                await findingsFor(
                    inMethod(
                        "Contact c = [SELECT Id FROM Contact LIMIT 1];\nString before = c.Email;\nc.Email = 'x';\nString after = c.Email;"
                    )
                )
            ).toEqual([`T.cls:4 'Email' is read on a Contact record from ${query('T.cls', 3)}, ${NOT_SELECTED}`]);
        },
        SLOW
    );

    it(
        'counts a field assigned in the callee (then read by the caller) as set, and a callee read before its assignment as a read',
        async () => {
            const findings = await findingsFor({
                T: [
                    'public with sharing class T {',
                    '    public static void m() {',
                    '        List<Contact> cs = [SELECT Id FROM Contact];',
                    '        U.fill(cs);',
                    '        String title = cs[0].Title + cs[0].Email;',
                    '    }',
                    '}'
                ].join('\n'),
                U: [
                    'public with sharing class U {',
                    '    public static void fill(List<Contact> cs) {',
                    '        for (Contact c : cs) {',
                    '            String old = c.Department;',
                    "            c.Title = 'x';",
                    "            c.Department = 'y';",
                    '        }',
                    '    }',
                    '}'
                ].join('\n')
            });
            expect(findings).toEqual([
                `T.cls:5 'Email' is read on a Contact record from ${query('T.cls', 3)}, ${NOT_SELECTED}`,
                `U.cls:4 'Department' is read on a Contact record from ${query('T.cls', 3)}, ${NOT_SELECTED}; the record reaches this read through U.fill (called at ${CLASSES}/T.cls:4)`
            ]);
        },
        SLOW
    );

    it(
        'follows a unique overload by arity but not a name with several overloads of that arity',
        async () => {
            const findings = await findingsFor({
                T: [
                    'public with sharing class T {',
                    '    public static void m() {',
                    '        Contact c = [SELECT Id FROM Contact LIMIT 1];',
                    '        U.read(c);',
                    '        U.read(c, 1);',
                    '    }',
                    '}'
                ].join('\n'),
                U: [
                    'public with sharing class U {',
                    '    public static String read(Contact c) { return c.Email; }',
                    '    public static String read(Account a) { return a.Phone; }',
                    '    public static String read(Contact c, Integer i) { return c.Title; }',
                    '}'
                ].join('\n')
            });
            expect(findings).toEqual([
                `U.cls:4 'Title' is read on a Contact record from ${query('T.cls', 3)}, ${NOT_SELECTED}; the record reaches this read through U.read (called at ${CLASSES}/T.cls:5)`
            ]);
        },
        SLOW
    );

    it(
        `follows calls ${MAX_CALL_DEPTH} deep and no deeper`,
        async () => {
            const hop = (index: number, last: number): string =>
                index === last
                    ? `    public static String m${index}(Contact c) { return c.Email; }`
                    : `    public static String m${index}(Contact c) { return m${index + 1}(c); }`;
            const chain = (depth: number): Record<string, string> => ({
                T: [
                    'public with sharing class T {',
                    '    public static void start() {',
                    '        m1([SELECT Id FROM Contact LIMIT 1]);',
                    '    }',
                    ...Array.from({ length: depth }, (_, index) => hop(index + 1, depth)),
                    '}'
                ].join('\n')
            });
            const deepest = await findingsFor(chain(MAX_CALL_DEPTH));
            expect(deepest).toHaveLength(1);
            expect(deepest[0]).toContain(`through T.m1 (called at ${CLASSES}/T.cls:3) -> T.m2`);
            expect(await findingsFor(chain(MAX_CALL_DEPTH + 1))).toEqual([]);
        },
        SLOW
    );

    it(
        'leaves out what it cannot follow: a variable reassigned in a branch, a list changed by add, a map of other records, Trigger.new',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Contact c = [SELECT Id FROM Contact LIMIT 1];',
                        'if (soql != null) { c = new Contact(); }',
                        'String a = c.Email;',
                        'List<Contact> cs = [SELECT Id FROM Contact];',
                        'cs.add(new Contact());',
                        'String b = cs[1].Email;',
                        'for (Contact t : (List<Contact>) Trigger.new) { String d = t.Email; }',
                        'List<Contact> dyn = Database.query(soql);',
                        'String e = dyn[0].Email;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([]);
        },
        SLOW
    );
});
