// @ts-nocheck
import { COMPONENT_DIR } from '../lib/paths';
import { readBundleFixtures, readFixtures } from '../lib/virtualModules';

describe('preview:fixtures for the cohort page', () => {
    it('exposes the Jest fixtures of every LWC bundle that has them, by bundle name', () => {
        const byBundle = readBundleFixtures(COMPONENT_DIR);
        expect(Object.keys(byBundle)).toEqual(expect.arrayContaining(['enableStudentUser', 'studentCohort']));
        expect(byBundle.enableStudentUser).toEqual(readFixtures(COMPONENT_DIR));
        expect(Object.keys(byBundle.studentCohort)).toEqual(expect.arrayContaining(['context', 'sampleCohort']));
        expect((byBundle.studentCohort.sampleCohort as { size: number }).size).toBe(500);
    });
});
