// @ts-nocheck
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeCoverage, findProductUnits, formatCoverageTable, isDeclarationOnly, isTestClass } from '../coverage';

describe('isTestClass', () => {
    it.each([
        ['@IsTest\nprivate class FooTest {}', true],
        ['@isTest(SeeAllData=false)\npublic with sharing class StudentUserTestFactory {}', true],
        ['/** @IsTest is mentioned in a comment */\npublic class Foo {}', false],
        ["public class Foo { String s = '@IsTest'; @IsTest static void inner() {} }", false],
        ['public with sharing class StudentUserService {}', false]
    ])('%s -> %s', (source, expected) => {
        expect(isTestClass(source)).toBe(expected);
    });

    it('knows interfaces and enums have no executable lines', () => {
        expect(isDeclarationOnly('public interface Seam { void run(); }')).toBe(true);
        expect(isDeclarationOnly('public enum Status { CREATED }')).toBe(true);
        expect(isDeclarationOnly('public class Status {}')).toBe(false);
    });
});

describe('findProductUnits', () => {
    let dir: string;
    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'spu-units-'));
        mkdirSync(join(dir, 'main', 'default', 'classes'), { recursive: true });
        mkdirSync(join(dir, 'main', 'default', 'triggers'), { recursive: true });
        const write = (path: string, text: string): void => writeFileSync(join(dir, 'main', 'default', path), text);
        write('classes/StudentUserService.cls', 'public with sharing class StudentUserService {}');
        write('classes/StudentUserServiceTest.cls', '@IsTest private class StudentUserServiceTest {}');
        write('classes/StudentUserTestFactory.cls', '@IsTest public class StudentUserTestFactory {}');
        write('classes/StudentUserDataStore.cls', 'public interface StudentUserDataStore {}');
        write('triggers/ContactGuard.trigger', 'trigger ContactGuard on Contact (before delete) {}');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('lists product classes and triggers, not tests, factories or interfaces', () => {
        expect(findProductUnits(dir)).toEqual([
            { name: 'StudentUserService', kind: 'class' },
            { name: 'ContactGuard', kind: 'trigger' }
        ]);
    });

    it('returns nothing for a missing directory', () => {
        expect(findProductUnits(join(dir, 'nope'))).toEqual([]);
    });
});

describe('computeCoverage', () => {
    const units = [
        { name: 'StudentUserService', kind: 'class' as const },
        { name: 'StudentUserController', kind: 'class' as const },
        { name: 'ContactGuard', kind: 'trigger' as const }
    ];
    const coverage = [
        { name: 'StudentUserService', totalLines: 100, totalCovered: 95 },
        { name: 'StudentUserController', totalLines: 50, totalCovered: 40 },
        { name: 'ContactGuard', totalLines: 10, totalCovered: 10 },
        { name: 'StudentUserServiceTest', totalLines: 300, totalCovered: 0 }
    ];

    it('sums covered over total lines of the product units only', () => {
        const report = computeCoverage(units, coverage, 90);
        expect(report.covered).toBe(145);
        expect(report.total).toBe(160);
        expect(report.percent).toBeCloseTo(90.625);
        expect(report.passed).toBe(true);
    });

    it('fails below the minimum', () => {
        expect(computeCoverage(units, coverage, 91).passed).toBe(false);
    });

    it('fails when a product class has no coverage data, unless excluded', () => {
        const withMissing = [...units, { name: 'StudentUserRequest', kind: 'class' as const }];
        const report = computeCoverage(withMissing, coverage, 90);
        expect(report.missing).toEqual(['StudentUserRequest']);
        expect(report.passed).toBe(false);
        expect(computeCoverage(withMissing, coverage, 90, ['studentuserrequest']).passed).toBe(true);
    });

    it('fails with no data at all', () => {
        expect(computeCoverage([], [], 90).passed).toBe(false);
    });

    it('prints a table, lowest coverage first, with the total and the minimum', () => {
        const report = computeCoverage([...units, { name: 'Missing', kind: 'class' }], coverage, 90);
        expect(formatCoverageTable(report, 90)).toEqual([
            'Class                        Lines    Cover',
            '---------------------  -----------  -------',
            'Missing                          -  no data',
            'StudentUserController        40/50    80.0%',
            'StudentUserService          95/100    95.0%',
            'ContactGuard                 10/10   100.0%',
            '---------------------  -----------  -------',
            'Product total              145/160    90.6%',
            'Minimum: 90%'
        ]);
    });
});
