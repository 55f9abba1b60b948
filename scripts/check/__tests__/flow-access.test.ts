import { flowAccessCheck, flowButtons } from '../checks/flow-access';
import { fixture, runCheck, SLOW } from './fixtures';

const WEBLINKS = 'force-app/main/default/objects/Contact/webLinks';
const PROJECT_ROOT = `${__dirname}/../../..`;

describe('flow-access', () => {
    it('reports each button whose flow no permission set grants (missing or disabled), with file and line', async () => {
        const findings = await flowAccessCheck.run(fixture('flow-access/broken'));
        expect(findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual([
            `${WEBLINKS}/Enroll_Students.webLink-meta.xml:10`,
            `${WEBLINKS}/Graduate_Students.webLink-meta.xml:10`
        ]);
        expect(findings[1].message).toBe(
            "button 'Contact.Graduate_Students' launches the flow 'Graduate_Students', which no permission set in " +
                'force-app grants: since Winter \'26 users need flow access to run it (Help KB 001930084, "Restrict ' +
                'User Access to Run Flows"); add <flowAccesses><enabled>true</enabled><flow>Graduate_Students</flow>' +
                "</flowAccesses> to the permission sets of the button's users"
        );
        expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['flow-access']));
    });

    it('passes when a permission set grants the flow; a URL that is not /flow/ is no flow', async () => {
        expect(await flowAccessCheck.run(fixture('flow-access/clean'))).toEqual([]);
        expect(flowButtons(fixture('flow-access/clean')).map((button) => button.flow)).toEqual(['Enroll_Students']);
    });

    it("passes on this project: the list button's flow is granted", async () => {
        expect(flowButtons(PROJECT_ROOT).map((button) => `${button.button} -> ${button.flow}`)).toEqual([
            'Contact.Enable_Student_Users -> Enable_Student_Users'
        ]);
        expect(await flowAccessCheck.run(PROJECT_ROOT)).toEqual([]);
    });

    it(
        'is registered: the check CLI of npm test runs it by name',
        async () => {
            const findings = await runCheck('flow-access', fixture('flow-access/broken'));
            expect(findings).toHaveLength(2);
        },
        SLOW
    );
});
