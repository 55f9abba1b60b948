import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkQueriedFields, queriedFieldsCheck } from '../checks/queried-fields';
import { nodeClass, walk } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import { parseApex } from '../lib/apex-parser';
import { ApexIndex } from '../queried/apex-index';
import { MAX_CALL_DEPTH } from '../queried/flow';
import { readShape } from '../queried/query-shape';
import type { QueryShape } from '../queried/query-shape';
import { describeWithApexParser, fixture, SLOW } from './fixtures';

const CLASSES = 'force-app/main/default/classes';
const TRIGGERS = 'force-app/main/default/triggers';
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
async function findingsFor(classes: Record<string, string>, triggers: Record<string, string> = {}): Promise<string[]> {
    const root = mkdtempSync(join(tmpdir(), 'queried-fields-'));
    try {
        const dir = join(root, CLASSES);
        mkdirSync(dir, { recursive: true });
        mkdirSync(join(root, TRIGGERS), { recursive: true });
        for (const [name, body] of Object.entries(classes)) writeFileSync(join(dir, `${name}.cls`), body);
        for (const [name, body] of Object.entries(triggers))
            writeFileSync(join(root, TRIGGERS, `${name}.trigger`), body);
        return (await checkQueriedFields(root)).map(
            (problem) => `${problem.file.replace(`${CLASSES}/`, '')}:${problem.line} ${problem.message}`
        );
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

describeWithApexParser('queried-fields on the broken fixture', () => {
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

/** One class T whose method m(String soql) has the given body (its first line is line 3). */
const inMethod = (body: string): Record<string, string> => ({
    T: `public with sharing class T {\n    public static void m(String soql) {\n        ${body.split('\n').join('\n        ')}\n    }\n}`
});

/** The message of an unselected read on a record of the query at T.cls:queryLine. */
const unselected = (line: number, field: string, record: string, queryLine: number, via = ''): string =>
    `T.cls:${line} '${field}' is read on ${record} record from ${query('T.cls', queryLine)}, ${NOT_SELECTED}${via}`;

describeWithApexParser('queried-fields rules', () => {
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

describeWithApexParser('queried-fields flow', () => {
    it(
        'names the object with its article (an Account, an Opportunity, a Contact) and reports each read site once',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Account a = [SELECT Id FROM Account LIMIT 1];',
                        'String p = a.Phone;',
                        'String q = a.Phone + a.Phone;',
                        'Opportunity o = [SELECT Id FROM Opportunity LIMIT 1];',
                        'String s = o.StageName;',
                        'Contact c = [SELECT Id FROM Contact LIMIT 1];',
                        'String t = c.Title;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([
                unselected(4, 'Phone', 'an Account', 3),
                unselected(5, 'Phone', 'an Account', 3),
                unselected(5, 'Phone', 'an Account', 3),
                unselected(7, 'StageName', 'an Opportunity', 6),
                unselected(9, 'Title', 'a Contact', 8)
            ]);
        },
        SLOW
    );

    it(
        'follows a ternary only when both sides hold the same records',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Contact a = [SELECT Id, Name FROM Contact LIMIT 1];',
                        'Contact b = [SELECT Id FROM Contact LIMIT 1];',
                        'Contact c = soql == null ? a : b;',
                        'String x = c.Email;',
                        'Contact d = soql == null ? b : b;',
                        'String y = d.Email;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([unselected(8, 'Email', 'a Contact', 4)]);
        },
        SLOW
    );

    it(
        'reads inside switch, while, do, classic for and try bodies (the try block before its catch), and forgets a variable any of them may reassign',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Contact c = [SELECT Id FROM Contact LIMIT 1];',
                        "switch on soql { when 'a' { c = new Contact(); } }",
                        'String x = c.Email;',
                        'Contact d = [SELECT Id FROM Contact LIMIT 1];',
                        "switch on soql { when 'a' { String y = d.Title; } }",
                        'String z = d.Phone;',
                        'Contact e = [SELECT Id FROM Contact LIMIT 1];',
                        'while (soql == null) { e = new Contact(); }',
                        'String v = e.Email;',
                        'Contact f = [SELECT Id FROM Contact LIMIT 1];',
                        'for (Integer i = 0; i < 2; i++) { f = new Contact(); }',
                        'String w = f.Email;',
                        'Contact g = [SELECT Id FROM Contact LIMIT 1];',
                        'for (Integer i = 0; i < 2; i++) { String u = g.Title; }',
                        'while (soql == null) { String t = g.Phone; }',
                        'do { String s = g.Fax; } while (soql == null);',
                        'try { String r = g.Department; } catch (Exception ex) { g = null; }',
                        'String q = g.Birthdate;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([
                unselected(7, 'Title', 'a Contact', 6),
                unselected(8, 'Phone', 'a Contact', 6),
                unselected(16, 'Title', 'a Contact', 15),
                unselected(17, 'Phone', 'a Contact', 15),
                unselected(18, 'Fax', 'a Contact', 15),
                unselected(19, 'Department', 'a Contact', 15)
            ]);
        },
        SLOW
    );

    it(
        'takes address parts with their compound field (and back) and a lookup id with its selected fields, nothing else',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Contact c = [SELECT Id, MailingAddress, Account.Name, Foo__r.Name FROM Contact LIMIT 1];',
                        'String x = c.MailingCity + c.AccountId + c.Foo__c;',
                        'String y = c.OtherCity;',
                        'String z = c.ReportsToId;',
                        'Contact d = [SELECT Id, MailingCity FROM Contact LIMIT 1];',
                        'Object m = d.MailingAddress;',
                        'Object o = d.OtherAddress;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([
                unselected(5, 'OtherCity', 'a Contact', 3),
                unselected(6, 'ReportsToId', 'a Contact', 3),
                unselected(9, 'OtherAddress', 'a Contact', 7)
            ]);
        },
        SLOW
    );

    it(
        'follows list literals of one query, map values() and deepClone(), not a literal that mixes in other records',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Contact c = [SELECT Id FROM Contact LIMIT 1];',
                        'List<Contact> cs = new List<Contact>{ c, c };',
                        'String x = cs[0].Email;',
                        'Map<Id, Contact> byId = new Map<Id, Contact>([SELECT Id FROM Contact]);',
                        'String y = byId.values()[0].Title;',
                        'List<Contact> copy = byId.values().deepClone();',
                        'String z = copy[0].Phone;',
                        'Contact k = [SELECT Id FROM Contact LIMIT 1];',
                        'List<Contact> mixed = new List<Contact>{ k, new Contact() };',
                        'String w = mixed[0].Fax;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([
                unselected(5, 'Email', 'a Contact', 3),
                unselected(7, 'Title', 'a Contact', 6),
                unselected(9, 'Phone', 'a Contact', 6)
            ]);
        },
        SLOW
    );

    it(
        'follows the query a method returns, not one of two different returns, and a method that calls itself',
        async () => {
            const findings = await findingsFor({
                T: [
                    'public with sharing class T {',
                    '    public static void m() {',
                    '        Contact c = one();',
                    '        String x = c.Email;',
                    '        Contact d = either(true);',
                    '        String y = d.Email;',
                    '        String z = loop(c);',
                    '    }',
                    '    static Contact one() { return [SELECT Id FROM Contact LIMIT 1]; }',
                    '    static Contact either(Boolean b) { if (b) { return [SELECT Id FROM Contact LIMIT 1]; } return [SELECT Id, Email FROM Contact LIMIT 1]; }',
                    '    static String loop(Contact c) { return c.Title + loop(c); }',
                    '}'
                ].join('\n')
            });
            expect(findings).toEqual([
                unselected(4, 'Email', 'a Contact', 9),
                unselected(
                    11,
                    'Title',
                    'a Contact',
                    9,
                    `; the record reaches this read through T.loop (called at ${CLASSES}/T.cls:7)`
                )
            ]);
        },
        SLOW
    );

    it(
        "reads a lookup through getSObject('Account') like c.Account",
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Contact c = [SELECT Id, Account.Name FROM Contact LIMIT 1];',
                        "Account a = (Account) c.getSObject('Account');",
                        'String x = a.Phone + a.Name;',
                        "Object y = c.getSObject('Account').get('Phone');",
                        'String z = c.Account.Phone;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([
                unselected(5, 'Account.Phone', 'a Contact', 3),
                unselected(6, 'Account.Phone', 'a Contact', 3),
                unselected(7, 'Account.Phone', 'a Contact', 3)
            ]);
        },
        SLOW
    );
});

describeWithApexParser('readShape', () => {
    /** The shape of each top-level query of a method body, in source order (null for queries that return no records). */
    const shapesOf = (...queries: string[]): (object | null)[] => {
        const nodes: ApexNode[] = [];
        const source = `public class T {\n    void m() {\n${queries.map((q) => `        Object x = ${q};`).join('\n')}\n    }\n}`;
        walk(parseApex(source).unit, (node) => {
            if (nodeClass(node) !== 'soql.Query') return true;
            nodes.push(node);
            return false;
        });
        const plain = (shape: QueryShape): object => ({
            from: shape.from,
            line: shape.line,
            selected: [...shape.selected],
            unknown: shape.unknown,
            children: Object.fromEntries([...shape.children].map(([name, inner]) => [name, plain(inner)])),
            typeOfs: [...shape.typeOfs]
        });
        return nodes.map((node) => {
            const shape = readShape(node);
            return shape ? plain(shape) : null;
        });
    };

    it(
        'reads the select list (lower case, alias dropped), child sub-queries and TYPEOF relationships, not WHERE fields',
        () => {
            expect(
                shapesOf(
                    "[SELECT c.Id, c.Account.Name, Title, TYPEOF c.What WHEN Account THEN Phone END, (SELECT Username FROM c.Users) FROM Contact c WHERE Email = 'x']",
                    '[SELECT Contact.Name, Account.Owner.Email FROM Contact]'
                )
            ).toEqual([
                {
                    from: 'Contact',
                    line: 3,
                    selected: ['id', 'account.name', 'title'],
                    unknown: false,
                    children: {
                        users: {
                            from: 'Users',
                            line: 3,
                            selected: ['username'],
                            unknown: false,
                            children: {},
                            typeOfs: []
                        }
                    },
                    typeOfs: ['what']
                },
                {
                    from: 'Contact',
                    line: 4,
                    selected: ['contact.name', 'account.owner.email'],
                    unknown: false,
                    children: {},
                    typeOfs: []
                }
            ]);
        },
        SLOW
    );

    it(
        'marks FIELDS(ALL) and other select expressions as unknown, and gives nothing for aggregates, GROUP BY and COUNT()',
        () => {
            expect(
                shapesOf(
                    '[SELECT FIELDS(ALL), Title FROM Contact LIMIT 1]',
                    "[SELECT Id, DISTANCE(BillingAddress, GEOLOCATION(1, 2), 'mi') FROM Account]",
                    '[SELECT MAX(Birthdate) FROM Contact]',
                    '[SELECT count_distinct(Title) FROM Contact]',
                    '[SELECT COUNT(Id), MIN(Birthdate) FROM Contact]',
                    '[SELECT SUM(Amount), AVG(Amount) FROM Opportunity]',
                    '[SELECT Title FROM Contact GROUP BY Title]',
                    '[SELECT COUNT() FROM Contact]'
                )
            ).toEqual([
                { from: 'Contact', line: 3, selected: ['title'], unknown: true, children: {}, typeOfs: [] },
                { from: 'Account', line: 4, selected: ['id'], unknown: true, children: {}, typeOfs: [] },
                null,
                null,
                null,
                null,
                null,
                null
            ]);
        },
        SLOW
    );
});

describeWithApexParser('ApexIndex', () => {
    const indexOf = (classes: Record<string, string>): ApexIndex =>
        new ApexIndex(
            Object.entries(classes).map(([name, body]) => ({ file: `${name}.cls`, unit: parseApex(body).unit }))
        );

    it(
        'classifies parameter and return types as a record, a list (list, set, array) or map of records, or none',
        () => {
            const index = indexOf({
                T: [
                    'public class T {',
                    '    public static List<Contact> m(Contact a, List<Account> b, Set<Lead> c, Contact[] d, Map<Id, Case> e,',
                    '        String f, Id g, Integer h, Long i, Decimal j, Double k, Boolean l, Date n, Datetime o, Time p, Blob q, Object r,',
                    '        List<String> s, Map<Contact, String> t, Integer[] u, T v, Schema.SObjectType w, Foo<Contact> x, SObject y) { return null; }',
                    '    public void none() {}',
                    '}'
                ].join('\n')
            });
            const [m, none] = index.all();
            expect(m.parameters.map((parameter) => `${parameter.name}:${parameter.holder}`)).toEqual([
                'a:record',
                'b:list',
                'c:list',
                'd:list',
                'e:map',
                ...'fghijklnopqr'.split('').map((name) => `${name}:none`),
                's:none',
                't:none',
                'u:none',
                'v:none',
                'w:none',
                'x:none',
                'y:record'
            ]);
            expect([m.returns, none.returns]).toEqual(['list', 'none']);
            expect([m.className, m.name, m.file, none.name]).toEqual(['T', 'm', 'T.cls', 'none']);
        },
        SLOW
    );

    it(
        'resolves the one method of a name and arity, in any case, but not an overridable one or one of a class named twice',
        () => {
            const index = indexOf({
                A: [
                    'public virtual class A {',
                    '    public static void s(Contact c) {}',
                    '    public void i(Contact c) {}',
                    '    public virtual void v(Contact c) {}',
                    '    public void two(Contact c) {}',
                    '    public void two(Account a) {}',
                    '    public class Inner { public void x(Contact c) {} }',
                    '}'
                ].join('\n'),
                B: [
                    'public class B extends A {',
                    '    public override void v(Contact c) {}',
                    '    public void plain(Contact c) {}',
                    '    public abstract class C { public abstract void a(Contact c); public static void st(Contact c) {} }',
                    '}'
                ].join('\n'),
                D1: 'public class D { public void d(Contact c) {} }',
                D2: 'public class D { public void d(Contact c) {} }'
            });
            const found = (className: string, name: string, arity: number): string | undefined => {
                const method = index.resolve(className, name, arity);
                return method && `${method.className}.${method.name}/${method.parameters.length}`;
            };
            expect(found('a', 'S', 1)).toBe('A.s/1');
            expect(found('A', 's', 0)).toBeUndefined();
            expect(found('A', 'i', 1)).toBeUndefined();
            expect(found('A', 'v', 1)).toBeUndefined();
            expect(found('A', 'two', 1)).toBeUndefined();
            expect(found('Inner', 'x', 1)).toBe('Inner.x/1');
            expect(found('B', 'v', 1)).toBeUndefined();
            expect(found('B', 'plain', 1)).toBe('B.plain/1');
            expect(found('C', 'a', 1)).toBeUndefined();
            expect(found('C', 'st', 1)).toBe('C.st/1');
            expect(found('D', 'd', 1)).toBeUndefined();
            expect(found('Nope', 'd', 1)).toBeUndefined();
            expect([...index.classNames].sort()).toEqual(['a', 'b', 'c', 'd', 'inner']);
        },
        SLOW
    );
});

describeWithApexParser('queried-fields flow, continued', () => {
    it(
        'checks queries in trigger bodies and orders findings by file, line and column',
        async () => {
            const findings = await findingsFor(
                inMethod(['Contact c = [SELECT Id FROM Contact LIMIT 1];', 'String x = c.Title + c.Email;'].join('\n')),
                {
                    AccountTrigger: [
                        'trigger AccountTrigger on Account (before insert) {',
                        '    Contact c = [SELECT Id FROM Contact LIMIT 1];',
                        '    String x = c.Phone;',
                        '}'
                    ].join('\n')
                }
            );
            expect(findings).toEqual([
                unselected(4, 'Title', 'a Contact', 3),
                unselected(4, 'Email', 'a Contact', 3),
                `${TRIGGERS}/AccountTrigger.trigger:3 'Phone' is read on a Contact record from the query at ${TRIGGERS}/AccountTrigger.trigger:2, ${NOT_SELECTED}`
            ]);
        },
        SLOW
    );

    it(
        'reads binds of a query, casts and parentheses, and forgets a list whose element is replaced',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Contact c = [SELECT Id FROM Contact LIMIT 1];',
                        'List<Account> accounts = [SELECT Id FROM Account WHERE Name = :c.LastName];',
                        'List<Contact> cs = [SELECT Id FROM Contact];',
                        'String x = ((Contact) cs[0]).Title;',
                        'cs[0] = new Contact();',
                        'String y = cs[0].Email;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([
                unselected(4, 'LastName', 'a Contact', 3),
                unselected(6, 'Title', 'a Contact', 5)
            ]);
        },
        SLOW
    );

    it(
        'names the path below a sub-query, judges a lookup whose own field was assigned, and leaves child relationships and unknown fields alone',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Account a = [SELECT Id, (SELECT Id, Owner.Email FROM Contacts) FROM Account LIMIT 1];',
                        'String x = a.Contacts[0].Owner.Phone;',
                        'Contact c = [SELECT Id, Account.Name FROM Contact LIMIT 1];',
                        "c.Account.Name = 'x';",
                        'String y = c.Account.Phone;',
                        'Object u = c.Users;',
                        'Object v = c.Nope__c;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([
                `T.cls:4 'Owner.Phone' is read on a Contact record from the sub-query on Contacts (line 3) of ${query('T.cls', 3)}, ${NOT_SELECTED}`,
                unselected(7, 'Account.Phone', 'a Contact', 5)
            ]);
        },
        SLOW
    );

    it(
        'replays a lookup handed on from a parameter to another method, and skips parameters that hold no records',
        async () => {
            const findings = await findingsFor({
                T: [
                    'public with sharing class T {',
                    '    public static void m() {',
                    '        Contact c = [SELECT Id, Account.Name FROM Contact LIMIT 1];',
                    "        a(c, 'x');",
                    '    }',
                    '    static void a(Contact c, String s) { b(c.Account, s); }',
                    '    static void b(Account account, String s) { String x = account.Phone + s.length(); }',
                    '}'
                ].join('\n')
            });
            expect(findings).toEqual([
                unselected(
                    7,
                    'Account.Phone',
                    'a Contact',
                    3,
                    `; the record reaches this read through T.a (called at ${CLASSES}/T.cls:4) -> T.b (called at ${CLASSES}/T.cls:6)`
                )
            ]);
        },
        SLOW
    );
});

describeWithApexParser('queried-fields collections', () => {
    it(
        'follows a set built from a query, and forgets a map that put() changed',
        async () => {
            const findings = await findingsFor(
                inMethod(
                    [
                        'Set<Contact> unique = new Set<Contact>([SELECT Id FROM Contact]);',
                        'for (Contact c : unique) { String x = c.Email; }',
                        'Map<Id, Contact> byId = new Map<Id, Contact>([SELECT Id FROM Contact]);',
                        'byId.put(null, new Contact());',
                        'String y = byId.values()[0].Title;'
                    ].join('\n')
                )
            );
            expect(findings).toEqual([unselected(4, 'Email', 'a Contact', 3)]);
        },
        SLOW
    );
});
