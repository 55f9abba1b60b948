/**
 * setup-dml's rules on small projects written for one question each (the fixtures of setup-dml.test.ts show the
 * rules at work; these pin how calls are followed and which DML counts as setup-object DML).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSetupDml } from '../checks/setup-dml';
import type { Finding } from '../types';
import { describeWithApexParser, SLOW } from './fixtures';

const CLASSES = 'force-app/main/default/classes';

/** The findings of setup-dml over a project of these classes (name -> source). */
async function findingsOf(classes: Record<string, string>): Promise<Finding[]> {
    const root = mkdtempSync(join(tmpdir(), 'setup-dml-rules-'));
    try {
        for (const [name, source] of Object.entries(classes)) {
            const path = join(root, CLASSES, `${name}.cls`);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, source);
        }
        // No parse cache: the paths are new each run.
        return await checkSetupDml(root, { cacheDir: false });
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

const ofRule = (findings: Finding[], rule: string): string[] =>
    findings.filter((finding) => finding.rule === `setup-dml:${rule}`).map((finding) => finding.message);

const ROLES = [
    'public without sharing class Roles {',
    "    public void role() { insert new UserRole(Name = 'r'); }",
    "    public class Starter { public Starter(Boolean now) { insert new UserRole(Name = 's'); } }",
    '    public class Maker {',
    "        public void make() { insert new UserRole(Name = 'm'); }",
    "        public static void build() { insert new UserRole(Name = 'b'); }",
    '    }',
    '    public class Builder { public Maker maker() { return new Maker(); } }',
    '    public class Sub extends Roles {}',
    '    public class Inserter { public Inserter(List<SObject> records) { insert records; } }',
    '}'
].join('\n');

/** A test method that does `body` and then inserts an Account: its mixed-DML finding names the setup side. */
const probe = (body: string, members = ''): string =>
    [
        '@IsTest',
        'private class Probe {',
        '    @IsTest',
        '    static void probe() {',
        `        ${body}`,
        "        insert new Account(Name = 'a');",
        '    }',
        `    ${members}`,
        '}'
    ].join('\n');

/** The mixed-DML finding of `probe`, or '' when there is none. */
async function mixedMessage(body: string, members = ''): Promise<string> {
    const messages = ofRule(await findingsOf({ Probe: probe(body, members) }), 'mixed-dml');
    expect(messages.length).toBeLessThanOrEqual(1);
    return messages[0] ?? '';
}

/** The setup side the mixed-DML finding of `probe` names, or undefined when there is no finding. */
async function setupSide(body: string, members = ''): Promise<string | undefined> {
    return /does setup-object DML \((.*?) at force-app/.exec(await mixedMessage(body, members))?.[1];
}

describeWithApexParser('setup-dml: which DML counts as setup-object DML (the mixed-DML exceptions)', () => {
    it(
        'names the objects as the platform spells them: setup objects as listed, others by the usual spelling',
        async () => {
            const message = await mixedMessage(
                "insert new PermissionSetAssignment(); insert new Student_User_Run_Item__c(); insert new Task(Subject = 's');"
            );
            expect(message).toMatch(
                /^test method probe does setup-object DML \(insert of PermissionSetAssignment at [^)]*\) and non-setup DML \(insert of Student_User_Run_Item__c at /
            );
            // Custom metadata records are not DML the platform counts (they are deployed, not inserted).
            expect(
                await mixedMessage("insert new UserRole(Name = 'r'); Config__mdt c = new Config__mdt(); insert c;")
            ).toContain('and non-setup DML (insert of Account at');
            expect(await mixedMessage("insert new UserRole(Name = 'r'); insert new Task(Subject = 's');")).toMatch(
                /^test method probe does setup-object DML \(insert of UserRole at [^)]*\) and non-setup DML \(insert of Task at /
            );
        },
        SLOW
    );

    it(
        'in a test, a loop is part of the method (only System.runAs starts another context), and production methods are not followed',
        async () => {
            expect(await setupSide("for (Integer i = 0; i < 1; i++) { insert new UserRole(Name = 'r'); }")).toBe(
                'insert of UserRole'
            );
            expect(await setupSide("while (false) { insert new UserRole(Name = 'r'); }")).toBe('insert of UserRole');
            const messages = ofRule(
                await findingsOf({ Probe: probe('Roles.Maker.build();'), Roles: ROLES }),
                'mixed-dml'
            );
            expect(messages).toEqual([]);
        },
        SLOW
    );

    it(
        'a Group counts when deleted, not when inserted, updated or upserted',
        async () => {
            const group = "Group g = new Group(Name = 'g');";
            expect(await setupSide(`${group} delete g;`)).toBe('delete of Group');
            expect(await setupSide(`${group} insert g;`)).toBeUndefined();
            expect(await setupSide(`${group} update g;`)).toBeUndefined();
            expect(await setupSide(`${group} upsert g;`)).toBeUndefined();
        },
        SLOW
    );

    it(
        'a User upsert or delete counts when it sets a field of the insert or the update list',
        async () => {
            expect(await setupSide('upsert new User(Id = UserInfo.getUserId(), IsActive = false);')).toBe(
                'upsert of User (sets IsActive)'
            );
            expect(
                await setupSide("upsert new User(LastName = 'l', ContactId = null, UserRoleId = null);")
            ).toBeUndefined();
            expect(await setupSide("upsert new User(LastName = 'l', ContactId = '003000000000001');")).toBe(
                'upsert of User (sets ContactId)'
            );
            expect(
                await setupSide("update new User(Id = UserInfo.getUserId(), ContactId = '003000000000001');")
            ).toBeUndefined();
        },
        SLOW
    );

    it(
        'reads the fields of a list literal of users, of users built by a project method, and says when it cannot',
        async () => {
            expect(
                await setupSide(
                    "insert new List<User>{ new User(LastName = 'a'), new User(LastName = 'b', UserRoleId = '00E000000000001') };"
                )
            ).toBe('insert of User (sets UserRoleId)');
            expect(await setupSide("insert new List<User>{ new User(LastName = 'a') };")).toBeUndefined();
            // A user built by a method: declared with it, or assigned later.
            const make = "static User make() { return new User(LastName = 'm', ContactId = '003000000000001'); }";
            expect(await setupSide('User u = make(); insert u;', make)).toBe('insert of User (sets ContactId)');
            expect(await setupSide('User u; u = make(); insert u;', make)).toBe('insert of User (sets ContactId)');
            const plain = "static User plain() { User u = new User(LastName = 'p'); return plain(); }";
            expect(await setupSide('User u; u = plain(); insert u;', plain)).toBeUndefined();
            // A method the project does not have, directly or inside a project method: the fields are not known.
            expect(await setupSide('User u; u = Elsewhere.make(); insert u;')).toBe(
                'insert of User (the fields it sets are not known here)'
            );
            // Fields set one by one; a field set to null is not set.
            const built = "User u = new User(LastName = 'l');";
            expect(await setupSide(`${built} u.UserRoleId = '00E000000000001'; insert u;`)).toBe(
                'insert of User (sets UserRoleId)'
            );
            expect(await setupSide(`${built} u.UserRoleId = null; insert u;`)).toBeUndefined();
            // Fields of other records, other variables and calls that return no users do not count.
            expect(
                await setupSide(
                    "Case c = new Case(ContactId = '003000000000001'); c.ContactId = '003000000000002'; " +
                        'Integer n = Math.abs(-1); n = Math.abs(n); ' +
                        "User u = new User(LastName = 'l'); insert u;"
                )
            ).toBeUndefined();
            // Users added to a list by a project method that returns a user: that method's fields.
            const note = "static void note() { User x = new User(LastName = 'x', UserRoleId = '00E000000000001'); }";
            expect(
                await setupSide(
                    'List<User> users = new List<User>(); users.add(make()); note(); insert users;',
                    `${make} ${note}`
                )
            ).toBe('insert of User (sets ContactId)');
            expect(await setupSide('insert make();', make)).toBe('insert of User (sets ContactId)');
            // Fields named in alphabetical order.
            expect(
                await setupSide(
                    "insert new User(LastName = 'l', UserRoleId = '00E000000000001', ContactId = '003000000000001');"
                )
            ).toBe('insert of User (sets ContactId, UserRoleId)');
            // A list with a user whose fields are not known here.
            expect(
                await setupSide(
                    "User known = [SELECT Id FROM User LIMIT 1]; insert new List<User>{ new User(LastName = 'a', UserRoleId = '00E000000000001'), known };"
                )
            ).toBe('insert of User (the fields it sets are not known here)');
            const wrapped = 'static User wrapped() { User u = Elsewhere.make(); return u; }';
            expect(await setupSide('insert wrapped();', wrapped)).toBe(
                'insert of User (the fields it sets are not known here)'
            );
            expect(await setupSide('User u = wrapped(); insert u;', wrapped)).toBe(
                'insert of User (the fields it sets are not known here)'
            );
        },
        SLOW
    );
});

/** A production entry point that calls `call` and then inserts an Account: the chain to the setup DML. */
async function chainOf(call: string, members = ''): Promise<string | undefined> {
    const entry = [
        'public without sharing class Entry {',
        '    @AuraEnabled',
        '    public void go() {',
        `        ${call}`,
        "        insert new Account(Name = 'a');",
        '    }',
        "    public void role() { insert new UserRole(Name = 'own'); }",
        `    ${members}`,
        '}'
    ].join('\n');
    const messages = ofRule(await findingsOf({ Entry: entry, Roles: ROLES }), 'mixed-dml');
    expect(messages.length).toBeLessThanOrEqual(1);
    return /reaches setup-object DML \(insert of UserRole at [^,]*, through ([^)]*)\)/.exec(messages[0] ?? '')?.[1];
}

describeWithApexParser('setup-dml: the calls it follows from an entry point', () => {
    it(
        'follows this.m(), an inner class by its dotted name, a variable in parentheses, a cast and a call result',
        async () => {
            expect(await chainOf('this.role();')).toBe('Entry.role');
            expect(await chainOf('Roles.Maker m = new Roles.Maker(); m.make();')).toBe('Roles.Maker.make');
            expect(await chainOf('Roles r = new Roles(); (r).role();')).toBe('Roles.role');
            expect(await chainOf('Object o = new Roles(); ((Roles) o).role();')).toBe('Roles.role');
            expect(await chainOf('new Roles.Builder().maker().make();')).toBe('Roles.Maker.make');
            // An untyped receiver is not followed, nor a type the project does not have.
            expect(await chainOf('Object o = new Roles(); o.role();')).toBeUndefined();
            expect(await chainOf('Roles.Nope n = null; n.make();')).toBeUndefined();
            // Nor a field of a variable or of a call's result (its type is not read).
            expect(await chainOf('Roles r = new Roles(); (r.peer).role();')).toBeUndefined();
            expect(await chainOf('new Roles.Builder().maker().peer.make();')).toBeUndefined();
            // A static method of an inner class, a constructor, an inherited method.
            expect(await chainOf('Roles.Maker.build();')).toBe('Roles.Maker.build');
            expect(await chainOf('new Roles.Starter(true);')).toBe('Roles.Starter.Starter');
            expect(await chainOf('new Roles.Sub().role();')).toBe('Roles.role');
            // A List<SObject> parameter takes the type of the argument of the constructor call.
            expect(await chainOf("new Roles.Inserter(new List<UserRole>{ new UserRole(Name = 'i') });")).toBe(
                'Roles.Inserter.Inserter'
            );
        },
        SLOW
    );

    it(
        'follows a bare call in an inner class to its outer class',
        async () => {
            const inner = 'public class Helper { public void help() { role(); } }';
            expect(await chainOf('new Helper().help();', inner)).toBe('Entry.Helper.help > Entry.role');
            // ... unless the inner class has a method of that name; another class's name is not the inner class's.
            const own = 'public class Helper { public void help() { role(); } public void role() {} }';
            expect(await chainOf('new Helper().help();', own)).toBeUndefined();
            expect(await chainOf('new Helper().role();', own)).toBeUndefined();
            expect(await chainOf('Roles r = new Roles(); r.role();', own)).toBe('Roles.role');
        },
        SLOW
    );

    it(
        'takes the execute method of a Queueable as an entry point, not its other methods',
        async () => {
            const job = (name: string): string =>
                [
                    'public without sharing class Job implements Queueable {',
                    `    public void ${name}(QueueableContext context) {`,
                    "        insert new UserRole(Name = 'r');",
                    "        insert new Account(Name = 'a');",
                    '    }',
                    '}'
                ].join('\n');
            expect(ofRule(await findingsOf({ Job: job('execute') }), 'mixed-dml')).toEqual([
                expect.stringMatching(/^Queueable\.execute Job\.execute reaches setup-object DML /)
            ]);
            expect(ofRule(await findingsOf({ Job: job('prepare') }), 'mixed-dml')).toEqual([]);
        },
        SLOW
    );

    it(
        'reports an @InvocableMethod entry point by its kind; users passed in set fields not known here',
        async () => {
            const findings = await findingsOf({
                Invocable: [
                    'public without sharing class Invocable {',
                    '    @InvocableMethod',
                    '    public static void run(List<User> users) {',
                    '        insert users;',
                    "        insert new Account(Name = 'a');",
                    '    }',
                    '}'
                ].join('\n')
            });
            expect(ofRule(findings, 'mixed-dml')).toEqual([
                expect.stringMatching(
                    /^@InvocableMethod Invocable\.run reaches setup-object DML \(insert of User \(the fields it sets are not known here\) at /
                )
            ]);
        },
        SLOW
    );
});

describeWithApexParser('setup-dml: sharing and seam details', () => {
    it(
        'names the superclass a class takes `with sharing` from',
        async () => {
            const findings = await findingsOf({
                Base: 'public with sharing virtual class Base {}',
                Resetter:
                    'public class Resetter extends Base { void r(Id u) { Passwords.resetPassword(u, true); ' +
                    'System.debug(u); System.resetPassword(u, true); } }'
            });
            expect(ofRule(findings, 'sharing')).toEqual([
                expect.stringMatching(
                    /^System\.resetPassword in Resetter, which runs with sharing: `with sharing` \(from its superclass Base\): /
                )
            ]);
        },
        SLOW
    );

    it(
        'judges User and UserLogin updates, upserts and deletes, not inserts, in a class without a keyword',
        async () => {
            const findings = await findingsOf({
                Logins: [
                    'public class Logins {',
                    '    void go(UserLogin login, User u) {',
                    '        delete login;',
                    '        upsert u;',
                    '        insert u;',
                    '    }',
                    '}'
                ].join('\n')
            });
            expect(ofRule(findings, 'sharing').map((message) => message.split(',')[0])).toEqual([
                'delete of UserLogin in Logins',
                'upsert of User in Logins'
            ]);
        },
        SLOW
    );

    it(
        'stops following a cycle of superclasses (code that does not compile, but must not hang the check)',
        async () => {
            const findings = await findingsOf({
                Cycle:
                    'public class Cycle extends Loop { @AuraEnabled public static void r(Id u) { missing(); ' +
                    'System.resetPassword(u, true); } }',
                Loop: 'public class Loop extends Cycle {}'
            });
            expect(ofRule(findings, 'sharing')).toEqual([
                expect.stringMatching(
                    /^System\.resetPassword in Cycle, which has no sharing keyword, so it runs with its caller's sharing: /
                )
            ]);
        },
        SLOW
    );

    it(
        'a user update of other fields and a group insert are still setup-object writes outside the seam',
        async () => {
            const findings = await findingsOf({
                Service: [
                    'public without sharing class Service {',
                    "    void go() { update new User(Id = UserInfo.getUserId(), Title = 't'); insert new Group(Name = 'g'); }",
                    '    void put(List<SObject> records) { insert records; }',
                    '}'
                ].join('\n')
            });
            expect(ofRule(findings, 'seam').map((message) => message.split(':')[0])).toEqual([
                'update of User outside StudentUserWriter',
                'insert of Group outside StudentUserWriter'
            ]);
        },
        SLOW
    );

    it(
        'judges a nested query on its own (a User subquery by ContactId is reported once), reads fields through an alias, and leaves queries of other objects',
        async () => {
            const findings = await findingsOf({
                Reads: [
                    'public without sharing class Reads {',
                    '    List<User> go(Set<Id> ids) {',
                    '        return [SELECT Id FROM User WHERE Id IN (SELECT ManagerId FROM User WHERE ContactId IN :ids)];',
                    '    }',
                    '    List<Case> cases(Set<Id> ids) {',
                    '        return [SELECT Id FROM Case WHERE ContactId IN :ids];',
                    '    }',
                    '    List<User> aliased(Set<Id> ids) {',
                    '        return [SELECT Id FROM User u WHERE u.Contact.AccountId IN :ids AND u.IsActive = TRUE];',
                    '    }',
                    '    List<User> aliasedOnly(Set<Id> ids) {',
                    '        return [SELECT Id FROM User u WHERE Contact.AccountId IN :ids];',
                    '    }',
                    '}'
                ].join('\n')
            });
            expect(findings.map(({ line, column, rule }) => `${line}:${column} ${rule}`)).toEqual([
                '3:83 setup-dml:seam',
                '9:45 setup-dml:seam',
                '12:45 setup-dml:seam'
            ]);
            expect(findings[1].message).toMatch(
                /^query of User by Contact\.AccountId outside StudentUserSystemReads: /
            );
        },
        SLOW
    );
});
