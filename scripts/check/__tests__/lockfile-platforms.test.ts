import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockfilePlatformFindings, lockfilePlatformsCheck, packageNameOf } from '../checks/lockfile-platforms';
import { fixture } from './fixtures';

const lock = (packages: Record<string, unknown>): string =>
    JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'p' }, ...packages } }, null, 4);

describe('lockfile-platforms', () => {
    it('fails on the direct linux-x64 pin of the old lockfile, with its line (EBADPLATFORM on macOS and Windows)', async () => {
        const findings = await lockfilePlatformsCheck.run(fixture('lockfile-platforms/pinned'));
        expect(findings).toHaveLength(1);
        const [finding] = findings;
        const text = readFileSync(join(fixture('lockfile-platforms/pinned'), 'package-lock.json'), 'utf8');
        expect(text.split('\n')[(finding.line ?? 0) - 1]).toContain(
            '"node_modules/@prettier-apex/apex-ast-serializer-linux-x64"'
        );
        expect(finding.message).toMatch(
            /^@prettier-apex\/apex-ast-serializer-linux-x64@2\.3\.0 is restricted to os linux; cpu x64 and not optional/
        );
        expect(finding.rule).toBe('lockfile-platforms');
    });

    it('passes the same packages when every platform binary is an optional dependency', async () => {
        expect(await lockfilePlatformsCheck.run(fixture('lockfile-platforms/optional'))).toEqual([]);
    });

    it("passes the project's own lockfile", async () => {
        expect(await lockfilePlatformsCheck.run(join(__dirname, '..', '..', '..'))).toEqual([]);
    });

    it('counts devOptional and dev as required (npm skips only "optional": true), and reads os or cpu alone', () => {
        const findings = lockfilePlatformFindings(
            lock({
                'node_modules/a': { version: '1.0.0', os: ['darwin'], devOptional: true },
                'node_modules/b': { version: '2.0.0', cpu: ['arm64'], dev: true },
                'node_modules/c': { version: '3.0.0', os: ['win32'], optional: true },
                'node_modules/d': { version: '4.0.0' }
            })
        );
        expect(findings.map((finding) => finding.message.split(' and not optional')[0])).toEqual([
            'a@1.0.0 is restricted to os darwin',
            'b@2.0.0 is restricted to cpu arm64'
        ]);
    });

    it('names nested packages by their own name and refuses a lockfile without packages', () => {
        expect(packageNameOf('node_modules/x/node_modules/@s/y')).toBe('@s/y');
        expect(lockfilePlatformFindings(JSON.stringify({ lockfileVersion: 1, dependencies: {} }))[0].message).toMatch(
            /lockfileVersion 1 has no "packages"/
        );
    });
});
