import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, SeverityLevel } from '@salesforce/code-analyzer-core';
import type { EngineLogEvent } from '@salesforce/code-analyzer-core';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as sfgeEngine from '@salesforce/code-analyzer-sfge-engine';
import { relativePath } from '../lib/files';
import { cachedFindings } from '../lib/findings-cache';
import type { Check, Finding } from '../types';

/** Findings of this severity or worse (1 = Critical, 2 = High, 3 = Moderate) fail the check. */
export const FAILING_SEVERITY: SeverityLevel = SeverityLevel.Moderate;

type Engine = 'pmd' | 'sfge';

const ENGINE_PLUGINS: Record<Engine, { createEnginePlugin(): Parameters<CodeAnalyzer['addEnginePlugin']>[0] }> = {
    pmd: pmdEngine,
    sfge: sfgeEngine
};

const SELECTORS: Record<Engine, string[]> = {
    pmd: ['pmd:Recommended'],
    sfge: ['sfge']
};

/**
 * Runs Salesforce Code Analyzer's engine over `<root>/force-app` through code-analyzer-core (what
 * `sf code-analyzer run` does inside; the sf plugin cannot be installed from this registry), with the
 * project's `code-analyzer.yml`. Returns the findings of severity 1-3; engine errors are findings too, so a
 * crashed engine can never pass silently.
 */
const ENTRY_POINT_ERROR = /^Internal execution error while scanning entry point: (.+?):(\d+):(\d+): (.*)/s;

/**
 * An engine error fails the check, except where the Graph Engine gives up on one entry point: its
 * per-entry-point time limit (`java_thread_timeout` in code-analyzer.yml) or an internal error on a path it cannot
 * model. That entry point was not fully analysed: listed as a warning with its location and the engine's reason.
 */
export function engineErrorFinding(root: string, event: Pick<EngineLogEvent, 'engineName' | 'message'>): Finding {
    const entryPoint = ENTRY_POINT_ERROR.exec(event.message);
    if (entryPoint) {
        const timedOut = entryPoint[4].startsWith('Path evaluation timed out');
        return {
            file: relativePath(root, entryPoint[1]),
            line: Number(entryPoint[2]),
            column: Number(entryPoint[3]),
            message: timedOut
                ? `${event.engineName}: entry point not fully analysed (path evaluation time limit reached)`
                : `${event.engineName}: entry point not fully analysed (engine error: ${entryPoint[4].slice(0, 200)})`,
            rule: timedOut ? 'sfge-timeout' : 'sfge-entry-point-error',
            level: 'warning'
        };
    }
    return { file: 'force-app', message: `${event.engineName}: ${event.message.slice(0, 400)}`, rule: 'engine-error' };
}

export async function runCodeAnalyzer(root: string, engine: Engine): Promise<Finding[]> {
    if (!existsSync(join(root, 'force-app'))) return [];
    const configFile = join(root, 'code-analyzer.yml');
    const logFolder = join(root, 'reports', 'code-analyzer');
    mkdirSync(logFolder, { recursive: true });
    const config = existsSync(configFile)
        ? CodeAnalyzerConfig.fromFile(configFile)
        : CodeAnalyzerConfig.fromObject({ config_root: root, log_folder: logFolder });
    const analyzer = new CodeAnalyzer(config);
    const engineErrors: Finding[] = [];
    analyzer.onEvent(EventType.EngineLogEvent, (event: EngineLogEvent) => {
        if (event.logLevel <= LogLevel.Error) engineErrors.push(engineErrorFinding(root, event));
    });
    await analyzer.addEnginePlugin(ENGINE_PLUGINS[engine].createEnginePlugin());
    const workspace = await analyzer.createWorkspace([join(root, 'force-app')]);
    const selection = await analyzer.selectRules(SELECTORS[engine], { workspace });
    const results = await analyzer.run(selection, { workspace });
    const findings = results
        .getViolations()
        .filter((violation) => violation.getRule().getSeverityLevel() <= FAILING_SEVERITY)
        .map((violation) => {
            const location = violation.getPrimaryLocation();
            const rule = violation.getRule();
            return {
                file: relativePath(root, location.getFile() ?? root),
                line: location.getStartLine(),
                column: location.getStartColumn(),
                message: `${violation.getMessage().trim().replace(/\s+/g, ' ')} (severity ${rule.getSeverityLevel()})`,
                rule: `${rule.getEngineName()}:${rule.getName()}`
            };
        });
    return [...findings, ...engineErrors];
}

export const pmdCheck: Check = {
    name: 'pmd',
    description:
        'Code Analyzer PMD (Recommended): SOQL/DML in loops, CRUD, sharing, test practices; fails on severity 1-3',
    // PMD's own incremental cache is not reachable through Code Analyzer core: its findings are kept per exact input
    // (every file of force-app, code-analyzer.yml, the engine versions), never after an engine error.
    run: (root) =>
        cachedFindings(
            {
                tool: 'pmd-findings',
                root,
                inputDirs: [join(root, 'force-app')],
                inputFiles: [join(root, 'code-analyzer.yml')],
                packages: ['@salesforce/code-analyzer-core', '@salesforce/code-analyzer-pmd-engine']
            },
            () => runCodeAnalyzer(root, 'pmd'),
            (findings) => findings.every((finding) => finding.rule !== 'engine-error')
        )
};

export const sfgeCheck: Check = {
    name: 'sfge',
    description:
        'Code Analyzer Graph Engine from entry points: FLS, database operations in loops, sharing; severity 1-3',
    deep: true,
    run: (root) => runCodeAnalyzer(root, 'sfge')
};
