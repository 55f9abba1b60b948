import { dirname, join } from 'node:path';
import { cachesEnabled, CACHE_ROOT } from '../lib/cache';
import { relativePath } from '../lib/files';
import { cachedFindings } from '../lib/findings-cache';
import { runProcess } from '../lib/process';
import type { Check, Finding } from '../types';

interface ApexLsPosition {
    line: number;
    offset: number;
}

interface ApexLsReport {
    files: { path: string; messages: { start: ApexLsPosition; category: string; message: string }[] }[];
}

/** apex-ls (apex-dev-tools) ships inside the PMD engine of Salesforce Code Analyzer, with the standard SObject types. */
export function apexLsClassPath(): string {
    const engineDir = dirname(require.resolve('@salesforce/code-analyzer-pmd-engine/package.json'));
    return join(engineDir, 'dist', 'java-lib', '*');
}

/** Turns apex-ls JSON output into findings (columns are 0-based offsets there; findings are 1-based). */
export function parseApexLsReport(root: string, stdout: string): Finding[] {
    const start = stdout.indexOf('{');
    if (start < 0) return [];
    const report = JSON.parse(stdout.slice(start)) as ApexLsReport;
    return report.files.flatMap((file) =>
        file.messages.map((message) => ({
            file: relativePath(root, file.path),
            line: message.start.line,
            column: message.start.offset + 1,
            message: message.message,
            rule: `apex-ls:${message.category}`
        }))
    );
}

/** One run of apex-ls over the project (its own per-file cache when caches are on). */
async function runApexLs(root: string): Promise<Finding[]> {
    // apex-ls keeps each file's analysis in its cache, keyed by content; about half the time on an unchanged tree.
    const cache = cachesEnabled() ? ['-c', join(CACHE_ROOT, 'apex-ls')] : ['-n'];
    const result = await runProcess(
        'java',
        ['-cp', apexLsClassPath(), 'io.github.apexdevtools.apexls.CheckForIssues', ...cache, '-f', 'json', '-w', root],
        { cwd: root }
    );
    const findings = parseApexLsReport(root, result.stdout);
    if (result.code !== 0 && findings.length === 0) {
        return [
            {
                file: '.',
                message: `apex-ls exited with ${result.code} without a report: ${result.stderr.trim().slice(0, 500)}`,
                rule: 'apex-ls'
            }
        ];
    }
    return findings;
}

export const apexLsCheck: Check = {
    name: 'apex-ls',
    description: 'apex-ls semantic check: unknown types, methods, fields (outside SOQL), custom metadata, type errors',
    // Even with its cache, apex-ls starts a JVM and loads the whole project (about 13 s on 2 cores): its findings are
    // kept per exact input (every file of force-app, the project file, the engine's version), never after a run that
    // gave no report. Off with SPU_CHECK_CACHE=0 (CI).
    run: (root) =>
        cachedFindings(
            {
                tool: 'apex-ls-findings',
                root,
                inputDirs: [join(root, 'force-app')],
                inputFiles: [join(root, 'sfdx-project.json'), join(root, '.forceignore')],
                packages: ['@salesforce/code-analyzer-pmd-engine']
            },
            () => runApexLs(root),
            (findings) => findings.every((finding) => finding.rule !== 'apex-ls')
        )
};
