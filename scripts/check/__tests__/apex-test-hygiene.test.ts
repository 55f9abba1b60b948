import { apexTestHygieneCheck } from '../checks/apex-test-hygiene';
import type { Finding } from '../types';
import { describeWithApexParser, fixture, SLOW } from './fixtures';

const CLASSES = 'force-app/main/default/classes';
const at = (finding: Finding): string => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`;

describeWithApexParser('apex-test-hygiene on the broken fixture', () => {
    let findings: Finding[];
    beforeAll(async () => {
        findings = await apexTestHygieneCheck.run(fixture('apex-test-hygiene/broken'));
    }, SLOW);

    it('reports every problem with file, line and column, and nothing else', () => {
        expect(findings.map(at)).toEqual([
            `${CLASSES}/FirstHygieneTest.cls:1:9 apex-test-hygiene:parallel-setup`,
            `${CLASSES}/FirstHygieneTest.cls:7:15 apex-test-hygiene:unique-test-value`,
            `${CLASSES}/FirstHygieneTest.cls:8:31 apex-test-hygiene:unique-test-value`,
            `${CLASSES}/FirstHygieneTest.cls:16:9 apex-test-hygiene:allow-save`,
            `${CLASSES}/FirstHygieneTest.cls:17:9 apex-test-hygiene:allow-save`,
            `${CLASSES}/FirstHygieneTest.cls:20:9 apex-test-hygiene:allow-save`,
            `${CLASSES}/FirstHygieneTest.cls:21:9 apex-test-hygiene:allow-save`,
            `${CLASSES}/FirstHygieneTest.cls:23:9 apex-test-hygiene:allow-save`,
            `${CLASSES}/FirstHygieneTest.cls:29:61 apex-test-hygiene:standard-profile`,
            `${CLASSES}/HygieneFactory.cls:6:61 apex-test-hygiene:unique-test-value`,
            `${CLASSES}/HygieneFactory.cls:13:9 apex-test-hygiene:allow-save`,
            `${CLASSES}/ParallelRunAsTest.cls:1:9 apex-test-hygiene:parallel-setup`,
            `${CLASSES}/ProfileDefaults.cls:2:43 apex-test-hygiene:standard-profile`,
            `${CLASSES}/SecondHygieneTest.cls:6:42 apex-test-hygiene:unique-test-value`,
            `${CLASSES}/SecondHygieneTest.cls:7:31 apex-test-hygiene:unique-test-value`,
            'force-app/main/default/customMetadata/Portal_Settings.Default.md-meta.xml:7:38 apex-test-hygiene:standard-profile'
        ]);
    });

    const message = (file: string, line: number): string =>
        findings.find((finding) => finding.file === `${CLASSES}/${file}` && finding.line === line)?.message ?? '';

    it('follows a constant built from literals into a factory that two test classes call', () => {
        expect(message('HygieneFactory.cls', 6)).toBe(
            "UserRole.DeveloperName 'Hygiene_Role' is fixed test data of 2 test classes (FirstHygieneTest, " +
                'SecondHygieneTest): test classes run in parallel, so the second insert waits on the first and fails ' +
                '(UNABLE_TO_LOCK_ROW or a duplicate value); add a part unique to the run (e.g. a random number or the time)'
        );
        // `queue.DeveloperName = 'Shared_Queue'` and `DeveloperName = 'Shared_' + 'Queue'` are the same value
        expect(message('FirstHygieneTest.cls', 7)).toContain("Group.DeveloperName 'Shared_Queue' is fixed test data");
        expect(message('SecondHygieneTest.cls', 6)).toContain("Group.DeveloperName 'Shared_Queue' is fixed test data");
        // usernames compare case-insensitively
        expect(message('SecondHygieneTest.cls', 7)).toContain(
            "User.Username 'FIXED.USER@hygiene.example.com' is fixed test data of 2 test classes"
        );
    });

    it('names how each Contact or Account insert misses allowSave, following declared and return types', () => {
        expect(message('FirstHygieneTest.cls', 16)).toBe(
            "Contact records inserted by test code (`Database.insert` without DMLOptions): the org's duplicate rules " +
                'can refuse them in a customer org; insert with Database.DMLOptions whose DuplicateRuleHeader.allowSave = true'
        );
        expect(message('FirstHygieneTest.cls', 20)).toContain(
            "(`Database.insert` with DMLOptions 'options' that never sets DuplicateRuleHeader.allowSave = true)"
        );
        // `insert HygieneFactory.newContacts(1)`: the type comes from the factory's return type
        expect(message('FirstHygieneTest.cls', 21)).toContain(
            'Contact records inserted by test code (`insert` statement)'
        );
        expect(message('FirstHygieneTest.cls', 23)).toContain('(`upsert` statement)');
        expect(message('HygieneFactory.cls', 13)).toContain('Account records inserted by test code');
    });

    it('shows the setup-object DML or runAs that rules out IsParallel=true, through called methods too', () => {
        expect(message('FirstHygieneTest.cls', 1)).toBe(
            '@IsTest(IsParallel=true) on a class that touches setup objects: insert of Group (line 9); insert of User ' +
                '(line 10); insert of UserRole (HygieneFactory.createRole line 7, called from setup); setup-object DML ' +
                'and System.runAs cannot run in a parallel test class: remove IsParallel=true'
        );
        expect(message('ParallelRunAsTest.cls', 1)).toContain('System.runAs (line 5)');
    });

    it('finds standard external profile names in SOQL, string constants and custom metadata values, in any case', () => {
        expect(message('FirstHygieneTest.cls', 29)).toMatch(
            /^standard external profile 'Customer Community Plus User' named in Apex: /
        );
        expect(message('ProfileDefaults.cls', 2)).toMatch(/^standard external profile 'Partner Community User' /);
        expect(
            findings.find((finding) => finding.file.endsWith('Portal_Settings.Default.md-meta.xml'))?.message
        ).toMatch(
            /^standard external profile 'Customer Community Plus Login User' named in a custom metadata record: /
        );
    });
});

describeWithApexParser('apex-test-hygiene on the clean fixture', () => {
    it(
        'passes run-unique values, allowSave through DMLOptions or setOptions, options it cannot see, and a parallel class without setup objects',
        async () => {
            expect(await apexTestHygieneCheck.run(fixture('apex-test-hygiene/clean'))).toEqual([]);
        },
        SLOW
    );
});
