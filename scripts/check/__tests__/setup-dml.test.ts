import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSetupDml, setupDmlCheck } from '../checks/setup-dml';
import { READS_SEAM, WRITE_SEAM } from '../setup-dml/seams';
import type { Finding } from '../types';
import { describeWithApexParser, fixture, SLOW } from './fixtures';

const CLASSES = 'force-app/main/default/classes';
const TRIGGERS = 'force-app/main/default/triggers';
const at = (finding: Finding): string => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`;

const BROKEN = [
    `${CLASSES}/DeactivationJob.cls:13:17 setup-dml:mixed-dml`,
    `${CLASSES}/EnrolmentController.cls:8:24 setup-dml:mixed-dml`,
    `${CLASSES}/MixedDmlTest.cls:4:17 setup-dml:mixed-dml`,
    `${CLASSES}/MixedDmlTest.cls:12:17 setup-dml:mixed-dml`,
    `${CLASSES}/MixedDmlTest.cls:21:9 setup-dml:mixed-dml`,
    `${CLASSES}/MixedDmlTest.cls:29:17 setup-dml:mixed-dml`,
    `${CLASSES}/PortalUserSelector.cls:6:81 setup-dml:seam`,
    `${CLASSES}/PortalUserSelector.cls:10:45 setup-dml:seam`,
    `${CLASSES}/RosterService.cls:6:9 setup-dml:seam`,
    `${CLASSES}/RosterService.cls:10:9 setup-dml:seam`,
    `${CLASSES}/RosterService.cls:14:9 setup-dml:seam`,
    `${CLASSES}/StudentUserWriter.cls:13:9 setup-dml:sharing`,
    `${CLASSES}/StudentUserWriter.cls:35:13 setup-dml:sharing`,
    `${CLASSES}/StudentUserWriter.cls:42:13 setup-dml:sharing`,
    `${TRIGGERS}/StudentPortalContactSync.trigger:1:9 setup-dml:mixed-dml`
];

describeWithApexParser('setup-dml on the broken fixture', () => {
    // Each test runs the check itself (about 10 ms from the parse cache): code that only a beforeAll runs counts as
    // "static" for StrykerJS, whose --ignoreStatic runs then leave its mutants to the tests that do run it.
    let findings: Finding[];
    beforeEach(async () => {
        findings = await setupDmlCheck.run(fixture('setup-dml/broken'));
    }, SLOW);

    const message = (file: string, line: number): string =>
        findings.find((finding) => finding.file === file && finding.line === line)?.message ?? '';

    it('reports every problem with file, line and column, and nothing else', () => {
        expect(findings.map(at)).toEqual(BROKEN);
    });

    it('sharing: a User or UserLogin write or a password reset in a class that does not run without sharing', () => {
        expect(message(`${CLASSES}/StudentUserWriter.cls`, 13)).toBe(
            'Database.update of User in StudentUserWriter, which runs with sharing: `with sharing`: record sharing ' +
                'applies to this write even in system mode (AccessLevel.SYSTEM_MODE), and staff without Manage Users ' +
                'can only read other users, so it fails with INSUFFICIENT_ACCESS_OR_READONLY; do it in a `without ' +
                'sharing` class (the seam: a `private without sharing` inner class of StudentUserWriter)'
        );
        // an inner class without a keyword does not take the outer class's keyword: it runs as its caller
        expect(message(`${CLASSES}/StudentUserWriter.cls`, 35)).toMatch(
            /^update of UserLogin in StudentUserWriter\.Logins, which has no sharing keyword, so it runs with its caller's sharing \(an inner class does not take StudentUserWriter's keyword\): /
        );
        expect(message(`${CLASSES}/StudentUserWriter.cls`, 42)).toMatch(
            /^System\.setPassword in StudentUserWriter\.Passwords, which runs with its caller's sharing: `inherited sharing`: /
        );
    });

    it('mixed DML in tests: outside runAs (through a factory and a List<SObject> parameter too) and inside one runAs block', () => {
        expect(message(`${CLASSES}/MixedDmlTest.cls`, 4)).toBe(
            'test method portalUserNextToItsContact does setup-object DML (insert of User (sets ContactId) at ' +
                `${CLASSES}/MixedDmlTest.cls:7) and non-setup DML (Database.insert of Contact at ` +
                `${CLASSES}/MixedFactory.cls:6, through MixedFactory.insertRecords) outside System.runAs: the platform ` +
                'refuses the second with MIXED_DML_OPERATION; do the setup-object DML (users, roles, permission set ' +
                'assignments) inside System.runAs(...) { }'
        );
        expect(message(`${CLASSES}/MixedDmlTest.cls`, 12)).toContain(
            `(insert of User (sets ContactId) at ${CLASSES}/MixedFactory.cls:26, through MixedFactory.createPortalUser)`
        );
        expect(message(`${CLASSES}/MixedDmlTest.cls`, 21)).toMatch(
            /^System\.runAs block in roleAndAccountInOneRunAs does setup-object DML \(insert of UserRole at .*MixedDmlTest\.cls:22\) and non-setup DML \(Database\.insert of Account at .*MixedFactory\.cls:6, through MixedFactory\.insertRecords\): a runAs block is one context, so the platform refuses the second with MIXED_DML_OPERATION; put the two sides in separate System\.runAs blocks$/
        );
        expect(message(`${CLASSES}/MixedDmlTest.cls`, 29)).toContain('(update of User (sets UserRoleId) at');
    });

    it('mixed DML in production: from an @AuraEnabled method, a Queueable and a trigger, through instance calls', () => {
        expect(message(`${CLASSES}/EnrolmentController.cls`, 8)).toBe(
            '@AuraEnabled method EnrolmentController.enrol reaches setup-object DML (Database.insert of User (the ' +
                `fields it sets are not known here) at ${CLASSES}/StudentUserWriter.cls:17, through ` +
                'EnrolmentController.run > StudentUserWriter.insertUsers) and non-setup DML (update of Contact at ' +
                `${CLASSES}/ContactStamp.cls:6, through EnrolmentController.run > ContactStamp.stamp) in one ` +
                'transaction: the platform refuses the second with MIXED_DML_OPERATION; move one side into an ' +
                'asynchronous job (System.enqueueJob or @future)'
        );
        expect(message(`${CLASSES}/DeactivationJob.cls`, 13)).toMatch(/^Queueable\.execute DeactivationJob\.execute /);
        expect(message(`${TRIGGERS}/StudentPortalContactSync.trigger`, 1)).toContain(
            'the body of trigger StudentPortalContactSync reaches setup-object DML (update of UserLogin at ' +
                `${CLASSES}/StudentUserWriter.cls:35, through StudentUserWriter.updateLogins > StudentUserWriter.Logins.write)`
        );
    });

    it('seam: setup-object and run-record writes and resets outside the writer, users by contact outside the reads', () => {
        expect(WRITE_SEAM).toBe('StudentUserWriter');
        expect(READS_SEAM).toBe('StudentUserSystemReads');
        expect(message(`${CLASSES}/RosterService.cls`, 6)).toBe(
            'insert of PermissionSetAssignment outside StudentUserWriter: setup-object DML, run-record DML and ' +
                'password resets belong in the one write seam StudentUserWriter (its `without sharing` inner class), ' +
                'so that sharing, mixed DML and the reset budget are handled in one place; move it there and call ' +
                'StudentUserWriter.getInstance()'
        );
        expect(message(`${CLASSES}/RosterService.cls`, 10)).toMatch(/^System\.resetPassword outside StudentUserWriter/);
        expect(message(`${CLASSES}/RosterService.cls`, 14)).toMatch(/^insert of Student_User_Run__c outside/);
        expect(message(`${CLASSES}/PortalUserSelector.cls`, 6)).toBe(
            'query of User by ContactId outside StudentUserSystemReads: the portal users of contacts or accounts are ' +
                'read only there (without sharing, IsPortalEnabled = TRUE, newest first); call ' +
                'StudentUserSystemReads.portalUsersByContactId or portalUsersOfAccounts instead'
        );
        expect(message(`${CLASSES}/PortalUserSelector.cls`, 10)).toMatch(/^query of User by Contact\.AccountId /);
    });
});

describeWithApexParser('setup-dml on the clean fixture', () => {
    it(
        'passes writes in without sharing inner classes (declared or inherited), the two seams, async boundaries, separate runAs blocks and the guide exceptions (role-less user insert, user update of other fields, group insert)',
        async () => {
            expect(await setupDmlCheck.run(fixture('setup-dml/clean'))).toEqual([]);
        },
        SLOW
    );
});

/** Removing one defect from a copy of the broken fixture removes exactly its finding. */
describeWithApexParser('setup-dml: each finding goes when its defect goes', () => {
    let copy: string;
    beforeEach(() => {
        copy = mkdtempSync(join(tmpdir(), 'setup-dml-'));
        cpSync(fixture('setup-dml/broken'), copy, { recursive: true });
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    const fix = (file: string, from: string, to: string): void => {
        const path = join(copy, file);
        const source = readFileSync(path, 'utf8');
        expect(source).toContain(from);
        writeFileSync(path, source.replace(from, to));
    };
    const without = (gone: string): string[] => {
        expect(BROKEN).toContain(gone);
        return BROKEN.filter((finding) => finding !== gone);
    };

    it.each([
        {
            rule: 'sharing: the inner class declared without sharing',
            file: `${CLASSES}/StudentUserWriter.cls`,
            from: 'private class Logins {',
            to: 'private without sharing class Logins {',
            gone: `${CLASSES}/StudentUserWriter.cls:35:13 setup-dml:sharing`
        },
        {
            rule: 'mixed DML in a test: the user update moved into System.runAs',
            file: `${CLASSES}/MixedDmlTest.cls`,
            from: 'update owner;',
            to: 'System.runAs(new User(Id = UserInfo.getUserId())) { update owner; }',
            gone: `${CLASSES}/MixedDmlTest.cls:29:17 setup-dml:mixed-dml`
        },
        {
            rule: 'mixed DML from an entry point: the contact update enqueued',
            file: `${CLASSES}/EnrolmentController.cls`,
            from: 'ContactStamp.stamp(contacts);',
            to: 'System.enqueueJob(new DeactivationJob(users, contacts));',
            gone: `${CLASSES}/EnrolmentController.cls:8:24 setup-dml:mixed-dml`
        },
        {
            rule: 'seam (writes): the reset done through StudentUserWriter',
            file: `${CLASSES}/RosterService.cls`,
            from: 'System.resetPassword(userId, true);',
            to: 'StudentUserWriter.getInstance().setPasswords(userId);',
            gone: `${CLASSES}/RosterService.cls:10:9 setup-dml:seam`
        },
        {
            rule: 'seam (reads): users by Id instead of by ContactId',
            file: `${CLASSES}/PortalUserSelector.cls`,
            from: 'AND ContactId IN :contactIds',
            to: 'AND Id IN :contactIds',
            gone: `${CLASSES}/PortalUserSelector.cls:6:81 setup-dml:seam`
        }
    ])(
        '$rule',
        async ({ file, from, to, gone }) => {
            fix(file, from, to);
            // No parse cache: the copies' paths are new each run.
            expect((await checkSetupDml(copy, { cacheDir: false })).map(at)).toEqual(without(gone));
        },
        SLOW
    );
});

describeWithApexParser(
    'setup-dml: a User query that compares ContactId with NULL is a filter, not a lookup by contact',
    () => {
        it(
            'passes `ContactId = NULL` and reports the same query once it compares with a value',
            async () => {
                const copy = mkdtempSync(join(tmpdir(), 'setup-dml-'));
                try {
                    cpSync(fixture('setup-dml/clean'), copy, { recursive: true });
                    const file = join(copy, CLASSES, 'StudentUserLookups.cls');
                    const source = readFileSync(file, 'utf8');
                    expect(source).toContain('AND ContactId = NULL]');
                    writeFileSync(file, source.replace('AND ContactId = NULL]', 'AND ContactId = :userIds]'));
                    expect((await checkSetupDml(copy, { cacheDir: false })).map(at)).toEqual([
                        `${CLASSES}/StudentUserLookups.cls:19:62 setup-dml:seam`
                    ]);
                } finally {
                    rmSync(copy, { recursive: true, force: true });
                }
            },
            SLOW
        );
    }
);

describeWithApexParser('setup-dml: which files it reads and the order of its findings', () => {
    it(
        'reads classes and triggers under force-app, skips a class that does not parse, and sorts findings on one line by column, then rule',
        async () => {
            const root = mkdtempSync(join(tmpdir(), 'setup-dml-'));
            const write = (path: string, text: string): void => {
                mkdirSync(dirname(join(root, path)), { recursive: true });
                writeFileSync(join(root, path), text);
            };
            try {
                write(
                    `${CLASSES}/Resets.cls`,
                    'public with sharing class Resets {\n' +
                        "    public static void reset(Id a, Id b) { System.setPassword(b, 'x'); System.resetPassword(a, true); }\n" +
                        '}\n'
                );
                write(
                    `${TRIGGERS}/ContactReset.trigger`,
                    'trigger ContactReset on Contact (after insert) {\n    System.resetPassword(UserInfo.getUserId(), true);\n}\n'
                );
                // The parser returns a tree with the reset despite the error: apex-syntax reports the file, not this check.
                write(
                    `${CLASSES}/Broken.cls`,
                    'public with sharing class Broken {\n    void m() { System.resetPassword(null, true); }\n    void n() { Integer x = ; }\n}\n'
                );
                write(
                    'classes/Outside.cls',
                    'public with sharing class Outside { void m() { System.resetPassword(null, true); } }'
                );
                expect((await checkSetupDml(root, { cacheDir: false })).map(at)).toEqual([
                    `${CLASSES}/Resets.cls:2:44 setup-dml:seam`,
                    `${CLASSES}/Resets.cls:2:44 setup-dml:sharing`,
                    `${CLASSES}/Resets.cls:2:72 setup-dml:seam`,
                    `${CLASSES}/Resets.cls:2:72 setup-dml:sharing`,
                    `${TRIGGERS}/ContactReset.trigger:2:5 setup-dml:seam`
                ]);
            } finally {
                rmSync(root, { recursive: true, force: true });
            }
        },
        SLOW
    );
});
