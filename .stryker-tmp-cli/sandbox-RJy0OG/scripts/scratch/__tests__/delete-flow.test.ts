// @ts-nocheck
import { deleteSteps } from '../delete-flow';
import { deployStep, redeployCommand } from '../deploy-flow';
import { runSteps } from '../steps';
import { fail, ok, recordingLog, stubSf } from './sf-stub';

describe('npm run scratch:delete', () => {
    it('deletes without prompting', async () => {
        const stub = stubSf().on('org delete scratch', ok({ orgId: '00D', username: 'u' }));
        const { log, text } = recordingLog();
        const outcome = await runSteps(deleteSteps(stub.sf, log), { targetOrg: 'spu-ci' }, log);
        expect(outcome.ok).toBe(true);
        expect(stub.calls).toEqual([['org', 'delete', 'scratch', '--target-org', 'spu-ci', '--no-prompt', '--json']]);
        expect(text()).toContain('deleted spu-ci');
    });

    it('treats an org that is already gone as nothing to do', async () => {
        const stub = stubSf().on(
            'org delete scratch',
            fail({ name: 'NamedOrgNotFoundError', message: 'No authorization' })
        );
        const { log, text } = recordingLog();
        const outcome = await runSteps(deleteSteps(stub.sf, log), { targetOrg: 'gone' }, log);
        expect(outcome.ok).toBe(true);
        expect(text()).toContain('nothing to delete: no org "gone" is authorized here');
    });

    it('fails on other errors with the way out', async () => {
        const stub = stubSf().on(
            'org delete scratch',
            fail({ name: 'ScratchOrgNotFound', message: 'not a scratch org' })
        );
        const { log, text } = recordingLog();
        const outcome = await runSteps(deleteSteps(stub.sf, log), { targetOrg: 'prod' }, log);
        expect(outcome).toEqual({ ok: false, failedStep: 'Delete the scratch org' });
        expect(text()).toContain('ScratchOrgNotFound: not a scratch org');
        expect(text()).toContain('Active Scratch Orgs');
    });
});

describe('npm run deploy', () => {
    it('deploys force-app only and prints the result', async () => {
        const stub = stubSf().on('project deploy start', ok({ status: 'Succeeded', numberComponentsDeployed: 31 }));
        const { log, text } = recordingLog();
        const step = deployStep<{ targetOrg: string }>(stub.sf, log, 'force-app', 'Deploy');
        const outcome = await runSteps([step], { targetOrg: 'uat' }, log);
        expect(outcome.ok).toBe(true);
        expect(stub.calls).toEqual([
            ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', 'uat', '--wait', '60', '--json']
        ]);
        expect(text()).toContain('Succeeded: 31 component(s) from force-app');
    });

    it('retries the demo metadata with its own command', () => {
        expect(redeployCommand('demo', 'o')).toBe('sf project deploy start --source-dir demo --target-org o');
        expect(redeployCommand('force-app', 'o')).toBe('npm run deploy -- --target-org o');
    });
});
