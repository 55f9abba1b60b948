// @ts-nocheck
import { join } from 'node:path';
import { cachesEnabled, toolCacheDir } from '../lib/cache';
import { runProcess } from '../lib/process';
import type { Check, Finding } from '../types';

const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/** Parses `tsc --pretty false` output (`file(line,col): error TSxxxx: message`); continuation lines join the message. */
export function parseTscOutput(output: string): Finding[] {
    const findings: Finding[] = [];
    for (const line of output.split('\n')) {
        const match = DIAGNOSTIC.exec(line);
        if (match) {
            findings.push({
                file: match[1],
                line: Number(match[2]),
                column: Number(match[3]),
                message: match[5],
                rule: match[4]
            });
        } else if (line.startsWith(' ') && findings.length > 0) {
            findings[findings.length - 1].message += ` ${line.trim()}`;
        } else if (line.startsWith('error TS')) {
            findings.push({ file: 'tsconfig.json', message: line });
        }
    }
    return findings;
}

export const typescriptCheck: Check = {
    name: 'tsc',
    description: 'tsc --noEmit (incremental) over scripts/, preview/ and the LWC JavaScript (checkJs with JSDoc types)',
    async run(root) {
        const tsc = join(__dirname, '..', '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
        // Incremental: tsc re-checks only what changed since the last run (its .tsbuildinfo is in the check cache).
        const incremental = cachesEnabled()
            ? ['--incremental', '--tsBuildInfoFile', join(toolCacheDir('tsc', root), 'tsconfig.tsbuildinfo')]
            : [];
        const result = await runProcess(
            process.execPath,
            [tsc, '--noEmit', '--pretty', 'false', ...incremental, '-p', 'tsconfig.json'],
            { cwd: root }
        );
        const findings = parseTscOutput(result.stdout);
        if (result.code !== 0 && findings.length === 0) {
            return [
                { file: 'tsconfig.json', message: `tsc exited with ${result.code}: ${result.stdout}${result.stderr}` }
            ];
        }
        return findings;
    }
};
