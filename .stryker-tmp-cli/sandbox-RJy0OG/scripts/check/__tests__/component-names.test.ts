// @ts-nocheck
import { componentNamesCheck } from '../checks/component-names';
import { fixture } from './fixtures';

const APP = 'force-app/main/default';
const GENERIC =
    "has a generic name that a university's org likely already has: a deploy replaces the org's component of that name";
const RENAME = "rename it with the product's name (e.g. StudentUser...)";

describe('component-names', () => {
    it('reports each generic component name and each trigger without a product word, with file and line', async () => {
        const findings = await componentNamesCheck.run(fixture('component-names/broken'));
        expect(findings.map((finding) => `${finding.file}:${finding.line} ${finding.message}`)).toEqual([
            `${APP}/classes/Test_Data_Factory.cls:1 class 'Test_Data_Factory' ${GENERIC}; ${RENAME}`,
            `${APP}/classes/Utils.cls:1 class 'Utils' ${GENERIC}; ${RENAME}`,
            `${APP}/customPermissions/Bypass_Triggers.customPermission-meta.xml:1 custom permission 'Bypass_Triggers' ${GENERIC}; ${RENAME}`,
            `${APP}/flows/Welcome_Email.flow-meta.xml:1 flow 'Welcome_Email' ${GENERIC}; ${RENAME}`,
            `${APP}/lwc/modal/modal.js-meta.xml:1 LWC 'modal' ${GENERIC}; ${RENAME}`,
            `${APP}/permissionsets/Student.permissionset-meta.xml:1 permission set 'Student' ${GENERIC}; ${RENAME}`,
            `${APP}/tabs/Students.tab-meta.xml:1 tab 'Students' ${GENERIC}; ${RENAME}`,
            `${APP}/triggers/ContactTrigger.trigger:1 trigger 'ContactTrigger' ${GENERIC}; trigger 'ContactTrigger' ` +
                "does not contain a product word (StudentUser or StudentPortal), so it can replace or be confused with the org's own triggers; " +
                RENAME,
            `${APP}/triggers/GraduationTrigger.trigger:1 trigger 'GraduationTrigger' does not contain a product word ` +
                "(StudentUser or StudentPortal), so it can replace or be confused with the org's own triggers; " +
                RENAME
        ]);
        expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['component-names']));
    });

    it('passes product-named components of every kind', async () => {
        expect(await componentNamesCheck.run(fixture('component-names/clean'))).toEqual([]);
    });
});
