import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { OPERATIONS } from '../operations';
import { checkInstanceUrl, createProgram, resolveOptions, subcommand } from '../program';
import type { RawOptions } from '../program';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from '../results-format';
import { INPUT_COLUMNS } from '../student-csv';

const BASE: RawOptions = {
    dryRun: false,
    chunkSize: 200,
    concurrency: 2,
    maxRetries: 3,
    requestTimeout: 300,
    encoding: 'utf-8',
    progress: true,
    json: false
};

/** The full help of `student-users <args> --help` (commander ends parsing with an error: exitOverride). */
function helpOf(...args: string[]): string {
    let text = '';
    const program = createProgram({ writeOut: (chunk) => (text += chunk), writeErr: () => undefined });
    try {
        program.parse([...args, '--help'], { from: 'user' });
    } catch {
        // --help ends parsing with a CommanderError (exitOverride)
    }
    return text;
}

const operationFor = (command: string) => OPERATIONS.find((operation) => operation.command === command);

describe('help', () => {
    it.each([...OPERATIONS.map((operation) => operation.command), 'status', 'results'])(
        '%s: lists every option, each used in an example',
        (name) => {
            const command = subcommand(createProgram(), name);
            const help = command.helpInformation();
            const fullHelp = helpOf(name);
            const examples = fullHelp.slice(fullHelp.indexOf('Examples:'));
            for (const option of command.options) {
                expect(help).toContain(option.flags);
                if (option.long !== '--help') {
                    expect(examples).toContain(option.long);
                }
            }
        }
    );

    it('documents the input columns, the results columns and the exit codes', () => {
        const fullHelp = helpOf('enable');
        expect(fullHelp).toContain(INPUT_COLUMNS.join(', '));
        expect(fullHelp).toContain(RESULT_COLUMNS.join(', '));
        expect(fullHelp).toContain("a warning at 45,000 of\n  the 50,000 per owner, this run's accounts included.");
        expect(helpOf('deactivate')).not.toContain('Org checks');
        expect(fullHelp).toMatch(/Exit codes: 0 every row succeeded, 1 some rows failed, 2 bad input/);
        const deactivate = helpOf('deactivate');
        expect(deactivate).toContain(LIFECYCLE_RESULT_COLUMNS.join(', '));
        expect(deactivate).toMatch(/Exit codes: 0 every row succeeded, 1 some rows failed, 2 bad input/);
        expect(helpOf()).toMatch(/Exit codes: 0 every row succeeded/);
    });

    it('has one subcommand per operation, the same options for all, plus their own', () => {
        const program = createProgram();
        expect(program.commands.map((command) => command.name())).toEqual([
            'enable',
            'deactivate',
            'freeze',
            'unfreeze',
            'send-login-link',
            'reactivate',
            'disable',
            'status',
            'results'
        ]);
        const longs = (name: string): (string | undefined)[] =>
            subcommand(program, name).options.map((option) => option.long);
        const shared = longs('deactivate');
        for (const name of ['freeze', 'unfreeze', 'send-login-link', 'reactivate']) {
            expect(longs(name)).toEqual(shared);
        }
        expect(longs('disable')).toEqual(expect.arrayContaining([...shared, '--confirm-disable']));
        expect(longs('enable')).toEqual(expect.arrayContaining([...shared, '--license', '--profile', '--time-zone']));
        expect(shared).not.toContain('--confirm-disable');
        expect(shared).not.toContain('--license');
    });

    it('takes the access token from the environment only', () => {
        const command = subcommand(createProgram(), 'enable');
        expect(command.options.map((option) => option.long)).not.toContain('--access-token');
        expect(command.helpInformation()).toContain('SF_ACCESS_TOKEN');
    });
});

describe('option checks', () => {
    it('plans an sf CLI org run', () => {
        const resolved = resolveOptions(
            { ...BASE, targetOrg: 'dev', file: 's.csv', license: 'plus', timeZone: 'Europe/Paris' },
            {}
        );
        expect(resolved).toEqual({
            ok: true,
            options: expect.objectContaining({
                auth: { kind: 'org', aliasOrUsername: 'dev' },
                source: { kind: 'file', path: 's.csv' },
                defaults: { licenseKey: 'PID_Customer_Community_Plus', timeZoneSidKey: 'Europe/Paris' },
                requestTimeoutMs: 300000
            }) as unknown
        });
    });

    it('plans an access-token run from the environment', () => {
        const resolved = resolveOptions(
            { ...BASE, instanceUrl: 'https://x.my.salesforce.com/', where: 'Email != null' },
            { SF_ACCESS_TOKEN: ' 00D!tok ' }
        );
        expect(resolved.ok && resolved.options.auth).toEqual({
            kind: 'token',
            instanceUrl: 'https://x.my.salesforce.com',
            accessToken: '00D!tok'
        });
    });

    it('reports every problem at once', () => {
        const resolved = resolveOptions(
            { ...BASE, instanceUrl: 'ftp://x', license: 'Gold', profile: ' ', timeZone: 'Mars time', where: 'a;b' },
            {}
        );
        expect(resolved.ok ? [] : resolved.errors).toEqual([
            '--instance-url must use https (got ftp://x).',
            '--instance-url needs an access token in the environment variable SF_ACCESS_TOKEN (never on the command line).',
            '--where must be one SOQL condition: it may not contain ";"',
            expect.stringContaining('--license: unknown licence "Gold"'),
            '--profile: " " is not a profile name.',
            '--time-zone: "Mars time" is not a time zone key (for example America/New_York).'
        ]);
    });

    it('refuses disable without --confirm-disable, first, and accepts it with', () => {
        const disable = operationFor('disable');
        const refused = resolveOptions({ ...BASE, targetOrg: 'dev', file: 's.csv' }, {}, disable);
        expect(refused.ok ? [] : refused.errors).toEqual([
            expect.stringMatching(/^disable is permanent: .*nothing was sent\.$/)
        ]);
        const confirmed = resolveOptions(
            { ...BASE, targetOrg: 'dev', file: 's.csv', confirmDisable: true },
            {},
            disable
        );
        expect(confirmed.ok && confirmed.options.confirmDisable).toBe(true);
        expect(confirmed.ok && confirmed.options.operation.action).toBe('DISABLE');
    });

    it('plans a lifecycle run with the same options', () => {
        const resolved = resolveOptions(
            { ...BASE, targetOrg: 'dev', where: 'Graduation_Date__c < TODAY', dryRun: true, chunkSize: 50 },
            {},
            operationFor('deactivate')
        );
        expect(resolved.ok && resolved.options).toEqual(
            expect.objectContaining({
                source: { kind: 'where', condition: 'Graduation_Date__c < TODAY' },
                dryRun: true,
                chunkSize: 50,
                confirmDisable: false,
                operation: expect.objectContaining({ command: 'deactivate', action: 'DEACTIVATE' }) as unknown
            })
        );
    });

    it('accepts https, and http only for a local server', () => {
        expect(checkInstanceUrl('https://acme.my.salesforce.com')).toBeUndefined();
        expect(checkInstanceUrl('http://127.0.0.1:8080')).toBeUndefined();
        expect(checkInstanceUrl('http://acme.my.salesforce.com')).toContain('must use https');
        expect(checkInstanceUrl('acme')).toContain('is not a URL');
        expect(checkInstanceUrl('https://acme.my.salesforce.com/lightning')).toContain('without a path');
    });
});

describe('the bin shims', () => {
    const bin = join(__dirname, '..', 'bin', 'enable-students.js');
    const studentUsers = join(__dirname, '..', 'bin', 'student-users.js');

    it('enable-students is student-users enable: prints its help and exits 0', () => {
        const run = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Usage: student-users enable [options]');
    });

    it('student-users --help lists the subcommands and exits 0', () => {
        const run = spawnSync(process.execPath, [studentUsers, '--help'], { encoding: 'utf8' });
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Usage: student-users [options] [command]');
        expect(run.stdout).toMatch(/deactivate \[options\]/);
    });

    it('student-users without a subcommand shows the help as an error and exits 2', () => {
        const run = spawnSync(process.execPath, [studentUsers], { encoding: 'utf8', env: { PATH: process.env.PATH } });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Usage: student-users [options] [command]');
    });

    it('student-users disable without --confirm-disable exits 2 and says what to do instead', () => {
        const run = spawnSync(process.execPath, [studentUsers, 'disable', '--target-org', 'dev', '--file', 'x.csv'], {
            encoding: 'utf8',
            env: { PATH: process.env.PATH }
        });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error: disable is permanent');
        expect(run.stderr).toContain('student-users deactivate');
        expect(run.stderr).toContain('--confirm-disable');
    });

    it('exits 2 on a usage error', () => {
        const run = spawnSync(process.execPath, [bin, '--file', 'x.csv'], {
            encoding: 'utf8',
            env: { PATH: process.env.PATH }
        });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error: Name the org: --target-org <alias|username>');
    });
});
