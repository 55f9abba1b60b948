import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check, Finding } from '../types';

/**
 * `npm install` and `npm ci` stop with EBADPLATFORM when a package the tree requires declares `os` or `cpu` that
 * exclude the machine, unless npm may leave it out because it is optional on every path to it (npm docs,
 * package.json "os" and "cpu"; an optional dependency that cannot be installed is skipped). The lockfile marks such a
 * package `"optional": true`; `"dev": true` or `"devOptional": true` alone do not let npm skip it. npm's own `--os`
 * and `--cpu` overrides do not reproduce EBADPLATFORM on Linux, so a dry run here proves nothing: this check reads
 * `package-lock.json` instead and fails on every non-optional package restricted by `os` or `cpu`.
 */

const RULE = 'lockfile-platforms';
const LOCKFILE = 'package-lock.json';

interface LockedPackage {
    version?: string;
    os?: string[];
    cpu?: string[];
    optional?: boolean;
    link?: boolean;
}

/** The package name of a lockfile key (`node_modules/a/node_modules/@s/b` is `@s/b`). */
export function packageNameOf(key: string): string {
    const marker = 'node_modules/';
    const at = key.lastIndexOf(marker);
    return at < 0 ? key : key.slice(at + marker.length);
}

/** Findings for the `packages` of a lockfile (version 2 or 3): the line of each offending entry, its name and limits. */
export function lockfilePlatformFindings(text: string, file = LOCKFILE): Finding[] {
    const lock = JSON.parse(text) as { lockfileVersion?: number; packages?: Record<string, LockedPackage> };
    if (!lock.packages) {
        return [
            {
                file,
                line: 1,
                message: `lockfileVersion ${lock.lockfileVersion ?? '?'} has no "packages": regenerate it with npm 7 or later`,
                rule: RULE
            }
        ];
    }
    const lines = text.split('\n');
    const findings: Finding[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
        // "" is the project itself; its own `os`/`cpu` would be a deliberate choice.
        if (key === '' || entry.optional === true || entry.link === true) continue;
        const limits = [
            entry.os?.length ? `os ${entry.os.join(', ')}` : '',
            entry.cpu?.length ? `cpu ${entry.cpu.join(', ')}` : ''
        ].filter(Boolean);
        if (limits.length === 0) continue;
        const line = lines.findIndex((row) => row.includes(`${JSON.stringify(key)}:`)) + 1;
        findings.push({
            file,
            line: line || undefined,
            message:
                `${packageNameOf(key)}@${entry.version ?? '?'} is restricted to ${limits.join('; ')} and not optional: ` +
                '`npm install` fails with EBADPLATFORM on every other machine. Depend on the package that lists it as an ' +
                'optional dependency instead (e.g. prettier-plugin-apex for its native parsers), or make it optional',
            rule: RULE
        });
    }
    return findings;
}

export const lockfilePlatformsCheck: Check = {
    name: RULE,
    description: 'package-lock.json: no non-optional package restricted by os or cpu (EBADPLATFORM elsewhere)',
    run: (root) => Promise.resolve(lockfilePlatformFindings(readFileSync(join(root, LOCKFILE), 'utf8')))
};
