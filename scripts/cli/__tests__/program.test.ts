import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkInstanceUrl, createProgram, resolveOptions } from '../program';
import type { RawOptions } from '../program';
import { RESULT_COLUMNS } from '../results-format';
import { INPUT_COLUMNS } from '../student-csv';

const BASE: RawOptions = {
    dryRun: false,
    chunkSize: 200,
    concurrency: 2,
    maxRetries: 3,
    requestTimeout: 300,
    encoding: 'utf-8',
    progress: true
};

describe('help', () => {
    const help = createProgram().helpInformation() + '';
    const program = createProgram();
    let fullHelp = '';
    program.configureOutput({ writeOut: (text) => (fullHelp += text), writeErr: () => undefined });
    try {
        program.parse(['--help'], { from: 'user' });
    } catch {
        // --help ends parsing with a CommanderError (exitOverride)
    }

    it('lists every option, each used in an example', () => {
        const examples = fullHelp.slice(fullHelp.indexOf('Examples:'));
        for (const option of createProgram().options) {
            expect(help).toContain(option.flags);
            if (option.long !== '--help') {
                expect(examples).toContain(option.long);
            }
        }
    });

    it('documents the input columns, the results columns and the exit codes', () => {
        expect(fullHelp).toContain(INPUT_COLUMNS.join(', '));
        expect(fullHelp).toContain(RESULT_COLUMNS.join(', '));
        expect(fullHelp).toMatch(/Exit codes: 0 every row succeeded, 1 some rows failed, 2 bad input/);
    });

    it('takes the access token from the environment only', () => {
        expect(createProgram().options.map((option) => option.long)).not.toContain('--access-token');
        expect(help).toContain('SF_ACCESS_TOKEN');
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

    it('accepts https, and http only for a local server', () => {
        expect(checkInstanceUrl('https://acme.my.salesforce.com')).toBeUndefined();
        expect(checkInstanceUrl('http://127.0.0.1:8080')).toBeUndefined();
        expect(checkInstanceUrl('http://acme.my.salesforce.com')).toContain('must use https');
        expect(checkInstanceUrl('acme')).toContain('is not a URL');
        expect(checkInstanceUrl('https://acme.my.salesforce.com/lightning')).toContain('without a path');
    });
});

describe('the bin shim', () => {
    const bin = join(__dirname, '..', 'bin', 'enable-students.js');

    it('prints the help and exits 0', () => {
        const run = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Usage: enable-students [options]');
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
