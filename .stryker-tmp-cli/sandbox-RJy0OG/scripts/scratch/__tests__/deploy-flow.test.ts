// @ts-nocheck
import { deployStep, flowActivationHelp, flowStatusQuery, flowStatusStep } from '../deploy-flow';
import { SCREEN_FLOW } from '../project';
import { runSteps } from '../steps';
import { fail, ok, recordingLog, stubSf } from './sf-stub';

const QUERY = [
    'data',
    'query',
    '--query',
    "SELECT ApiName, ActiveVersionId, LatestVersionId FROM FlowDefinitionView WHERE ApiName = 'Enable_Student_Users'",
    '--target-org',
    'prod',
    '--json'
];

async function runFlowStep(answer: ReturnType<typeof ok>) {
    const stub = stubSf().on('data query', answer);
    const { log, text } = recordingLog();
    const outcome = await runSteps([flowStatusStep<{ targetOrg: string }>(stub.sf, log)], { targetOrg: 'prod' }, log);
    return { outcome, calls: stub.calls, text: text() };
}

describe('npm run deploy: the screen flow status', () => {
    it('names the flow the list view button launches', () => {
        expect(SCREEN_FLOW).toBe('Enable_Student_Users');
        expect(flowStatusQuery()).toBe(QUERY[3]);
    });

    it('says the flow is active when it has an active version, and prints no action', async () => {
        const { outcome, calls, text } = await runFlowStep(
            ok({ records: [{ ApiName: SCREEN_FLOW, ActiveVersionId: '301A', LatestVersionId: '301A' }] })
        );
        expect(outcome.ok).toBe(true);
        expect(calls).toEqual([QUERY]);
        expect(text).toContain('Enable_Student_Users is active');
        expect(text).not.toContain('ACTION NEEDED');
    });

    it('prints how to activate it when it deployed inactive (production without deploy-as-active)', async () => {
        const { outcome, text } = await runFlowStep(
            ok({ records: [{ ApiName: SCREEN_FLOW, ActiveVersionId: null, LatestVersionId: '301B' }] })
        );
        expect(outcome.ok).toBe(true);
        expect(text).toContain('Enable_Student_Users has no active version');
        expect(text).toContain('ACTION NEEDED: activate the screen flow Enable_Student_Users');
        expect(text).toContain('enableFlowDeployAsActiveEnabled');
        expect(text).toContain('sf org open --target-org prod --path /lightning/setup/Flows/home');
        expect(text).toContain('click Activate');
    });

    it('prints how to activate it when an older version is the active one', async () => {
        const { text } = await runFlowStep(
            ok({ records: [{ ApiName: SCREEN_FLOW, ActiveVersionId: '301A', LatestVersionId: '301B' }] })
        );
        expect(text).toContain('the deployed latest version is not the active one');
        expect(text).toContain('ACTION NEEDED');
    });

    it('prints how to activate it when the flow is not found', async () => {
        const { outcome, text } = await runFlowStep(ok({ records: [] }));
        expect(outcome.ok).toBe(true);
        expect(text).toContain('Enable_Student_Users was not found in the org');
        expect(text).toContain('ACTION NEEDED');
    });

    it('never fails the deploy when the status cannot be read, and still prints the activation steps', async () => {
        const { outcome, text } = await runFlowStep(
            fail({ name: 'INVALID_TYPE', message: "sObject type 'FlowDefinitionView' is not supported." })
        );
        expect(outcome.ok).toBe(true);
        expect(text).toContain("could not read the flow's status");
        expect(text).toContain('INVALID_TYPE');
        expect(text).toContain('ACTION NEEDED');
    });

    it('runs after the deploy, as npm run deploy does', async () => {
        const stub = stubSf()
            .on('project deploy start', ok({ status: 'Succeeded', numberComponentsDeployed: 40 }))
            .on('data query', ok({ records: [{ ApiName: SCREEN_FLOW, ActiveVersionId: null }] }));
        const { log, text } = recordingLog();
        const steps = [
            deployStep<{ targetOrg: string }>(stub.sf, log, 'force-app', 'Deploy'),
            flowStatusStep<{ targetOrg: string }>(stub.sf, log)
        ];
        const outcome = await runSteps(steps, { targetOrg: 'prod' }, log);
        expect(outcome.ok).toBe(true);
        expect(stub.calls.map((call) => call.slice(0, 2).join(' '))).toEqual(['project deploy', 'data query']);
        expect(text()).toContain('[2/2] Check that the screen flow Enable_Student_Users is active');
    });

    it('activation help names the org and the flow', () => {
        expect(flowActivationHelp('uat').join('\n')).toContain('--target-org uat');
        expect(flowActivationHelp('uat', 'Other_Flow')[0]).toContain('Other_Flow');
    });
});
