// @ts-nocheck
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSfRunner, formatCommandLine, orgAccessFix, parseSfJson, summarizeSfFailure } from '../sf';
import { fail } from './sf-stub';

describe('createSfRunner (the process boundary)', () => {
    let root: string;
    beforeAll(() => {
        root = mkdtempSync(join(tmpdir(), 'spu-sf-'));
        mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
        const fakeSf = join(root, 'node_modules', '.bin', 'sf');
        // A stand-in sf: echoes its arguments and the sf environment as sf-style JSON, exits with $FAKE_EXIT.
        writeFileSync(
            fakeSf,
            [
                '#!/usr/bin/env node',
                'const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("SF_")));',
                'console.log("warning on stdout first");',
                'console.log(JSON.stringify({ status: Number(process.env.FAKE_EXIT || 0), result: { args: process.argv.slice(2), env, cwd: process.cwd() } }));',
                'process.stderr.write("a warning\\n");',
                'process.exit(Number(process.env.FAKE_EXIT || 0));'
            ].join('\n')
        );
        chmodSync(fakeSf, 0o755);
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it("runs the project's own sf with the arguments as given, in the project root, telemetry and updates off", async () => {
        const outcome = await createSfRunner(root, { PATH: process.env.PATH, SF_DISABLE_TELEMETRY: 'false' })([
            'org',
            'list',
            '--json'
        ]);
        expect(outcome.exitCode).toBe(0);
        expect(outcome.stderr).toBe('a warning\n');
        const result = outcome.json?.result as { args: string[]; env: Record<string, string>; cwd: string };
        expect(result.args).toEqual(['org', 'list', '--json']);
        expect(result.cwd).toBe(root);
        expect(result.env).toEqual({
            SF_DISABLE_TELEMETRY: 'true',
            SF_DISABLE_AUTOUPDATE: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_USE_PROGRESS_BAR: 'false'
        });
    });

    it('returns a non-zero exit instead of rejecting', async () => {
        const outcome = await createSfRunner(root, { PATH: process.env.PATH, FAKE_EXIT: '3' })(['x', '--json']);
        expect(outcome.exitCode).toBe(3);
        expect(outcome.json?.status).toBe(3);
    });

    it('rejects with the fix when sf is not installed', async () => {
        await expect(createSfRunner(join(root, 'missing'))(['--json'])).rejects.toThrow(
            'Run `npm ci` to install @salesforce/cli.'
        );
    });
});

describe('parseSfJson', () => {
    it('finds the JSON document after stray text and rejects what is not sf JSON', () => {
        expect(parseSfJson('note\n{"status":0,"result":1}')).toEqual({ status: 0, result: 1 });
        expect(parseSfJson('{"no":"status"}')).toBeUndefined();
        expect(parseSfJson('crashed')).toBeUndefined();
    });
});

describe('summarizeSfFailure', () => {
    it('lists component failures from details when files are absent', () => {
        const summary = summarizeSfFailure(
            fail({
                result: {
                    details: {
                        componentFailures: {
                            componentType: 'Layout',
                            fullName: 'Contact-Contact Layout',
                            fileName: 'demo/main/default/layouts/Contact-Contact Layout.layout-meta.xml',
                            problem: 'Unknown quick action Contact.Enable_Student_User'
                        }
                    }
                }
            })
        );
        expect(summary).toBe(
            'Layout Contact-Contact Layout (demo/main/default/layouts/Contact-Contact Layout.layout-meta.xml): Unknown quick action Contact.Enable_Student_User'
        );
    });

    it('joins the message lines and keeps sf actions', () => {
        const summary = summarizeSfFailure(
            fail({
                name: 'ScratchOrgInfoError',
                message: 'Parsing x \n\tbad feature\nSee more help with --help',
                actions: ['Remove it.']
            })
        );
        expect(summary).toBe('ScratchOrgInfoError: Parsing x bad feature\n  Remove it.');
    });

    it('falls back to stderr when sf printed no JSON', () => {
        expect(summarizeSfFailure({ exitCode: 1, stdout: '', stderr: 'boom\n' })).toBe('boom');
        expect(summarizeSfFailure({ exitCode: 9, stdout: '', stderr: '' })).toBe(
            'sf exited with code 9 and printed nothing'
        );
    });
});

describe('orgAccessFix', () => {
    it('recognizes an unknown or expired org only', () => {
        expect(orgAccessFix(fail({ name: 'NamedOrgNotFoundError' }), 'x')).toContain('no usable org "x"');
        expect(orgAccessFix(fail({ name: 'Error', message: 'INVALID_SESSION_ID: Session expired' }), 'x')).toContain(
            'x'
        );
        expect(orgAccessFix(fail({ name: 'DeployFailed' }), 'x')).toBeUndefined();
    });
});

describe('formatCommandLine', () => {
    it('quotes arguments with spaces or quotes', () => {
        expect(formatCommandLine(['data', 'query', '--query', "SELECT Id FROM A WHERE B = 'c'"])).toBe(
            "sf data query --query 'SELECT Id FROM A WHERE B = '\\''c'\\'''"
        );
    });
});
