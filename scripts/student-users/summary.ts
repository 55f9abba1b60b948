/** The end-of-run summary: counts by outcome, owners given a role, time and calls. */
import type { Operation } from './operations';
import type { OrgFacts } from './org-facts';
import { OWNER_ACCOUNTS_WARN_AT, ownersNearLimit, roleOptimizationText } from './org-facts';
import type { ResultRow, RowStatus } from './results-format';
import type { RunStats } from './run-chunks';

export interface Summary {
    total: number;
    created: number;
    reactivated: number;
    alreadyEnabled: number;
    valid: number;
    failed: number;
    notSent: number;
    skipped: number;
    ownersGivenRole: number;
    /** Rows the lifecycle action had nothing to do for (status SKIPPED, e.g. ALREADY_INACTIVE): not failures. */
    nothingToDo: number;
    /** Rows per status of this run. */
    byStatus: Partial<Record<RowStatus, number>>;
}

/** Counts the rows. `skipped` = rows carried over from `--resume`, counted apart from this run's outcomes. */
export function summarize(results: readonly ResultRow[], skipped: number): Summary {
    const count = (status: ResultRow['status']): number => results.filter((row) => row.status === status).length;
    const owners = new Set(
        results.filter((row) => row.ownerRoleAssigned && row.status !== 'FAILED').map((row) => row.ownerName || row.row)
    );
    return {
        total: results.length + skipped,
        created: count('CREATED'),
        reactivated: count('REACTIVATED'),
        alreadyEnabled: count('ALREADY_ENABLED'),
        valid: count('VALID'),
        failed: count('FAILED'),
        notSent: count('NOT_SENT'),
        skipped,
        ownersGivenRole: owners.size,
        nothingToDo: count('SKIPPED'),
        byStatus: results.reduce<Partial<Record<RowStatus, number>>>((counts, row) => {
            counts[row.status] = (counts[row.status] ?? 0) + 1;
            return counts;
        }, {})
    };
}

/** Exit codes of the command. */
export const EXIT = { OK: 0, ROW_FAILURES: 1, BAD_INPUT: 2, STOPPED: 3 } as const;

/** 3 when the run stopped early, 1 when a row failed, else 0. */
export function exitCodeFor(summary: Summary, stopped: boolean): number {
    if (stopped) {
        return EXIT.STOPPED;
    }
    return summary.failed + summary.notSent > 0 ? EXIT.ROW_FAILURES : EXIT.OK;
}

/** The summary as aligned lines. */
export function formatSummary(
    summary: Summary,
    options: {
        dryRun: boolean;
        elapsedMs: number;
        stats: RunStats;
        resultsPath: string;
        operation?: Operation;
        orgFacts?: OrgFacts;
    }
): string {
    const lines: [string, string | number][] = options.operation?.action
        ? lifecycleLines(summary, options.dryRun, options.operation)
        : enableLines(summary, options.dryRun);
    lines.push(['Students', summary.total]);
    lines.push(['Elapsed', `${(options.elapsedMs / 1000).toFixed(1)} s`]);
    lines.push([
        'API calls',
        `${options.stats.actionCalls} action, ${options.stats.queryCalls} query, ${options.stats.retries} retries` +
            (options.stats.splits ? `, ${options.stats.splits} chunk(s) halved after an Apex limit` : '')
    ]);
    lines.push(['Results', options.resultsPath]);
    return aligned(lines) + (options.orgFacts ? '\n\n' + aligned(orgFactLines(options.orgFacts)) : '');
}

function aligned(lines: [string, string | number][]): string {
    const width = Math.max(...lines.map(([label]) => label.length));
    return lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

/** The org facts read before the run (enable): stated once here, per student in the results' message. */
function orgFactLines(facts: OrgFacts): [string, string | number][] {
    const near = ownersNearLimit(facts);
    return [
        ['Account Role Optimization', roleOptimizationText(facts.roleOptimization)],
        [
            `Owners at ${OWNER_ACCOUNTS_WARN_AT.toLocaleString('en-US')}+ accounts`,
            facts.owners.state === 'known'
                ? `${near.length} of ${facts.owners.owners.length}${near.length > 0 ? ' (see the warnings above)' : ''}`
                : 'unknown (see the warning above)'
        ],
        ['Org checks', `${facts.calls.metadata} metadata read, ${facts.calls.query} query`]
    ];
}

function lifecycleLines(summary: Summary, dryRun: boolean, operation: Operation): [string, string | number][] {
    const lines: [string, string | number][] = [
        dryRun
            ? ['Valid (dry run)', summary.valid]
            : [operation.doneLabel, summary.byStatus[operation.doneStatus] ?? 0],
        ['Skipped (nothing to do)', summary.nothingToDo],
        ['Failed', summary.failed]
    ];
    if (summary.notSent > 0) {
        lines.push(['Not sent', summary.notSent]);
    }
    if (summary.skipped > 0) {
        lines.push(['Already done (--resume)', summary.skipped]);
    }
    return lines;
}

function enableLines(summary: Summary, dryRun: boolean): [string, string | number][] {
    const lines: [string, string | number][] = dryRun
        ? [
              ['Valid (dry run)', summary.valid],
              ['Already enabled', summary.alreadyEnabled]
          ]
        : [
              ['Created', summary.created],
              ['Reactivated', summary.reactivated],
              ['Already enabled', summary.alreadyEnabled]
          ];
    lines.push(['Failed', summary.failed]);
    if (summary.notSent > 0) {
        lines.push(['Not sent', summary.notSent]);
    }
    if (summary.skipped > 0) {
        lines.push(['Skipped (--resume)', summary.skipped]);
    }
    lines.push([dryRun ? 'Owners that would get a role' : 'Owners given a role', summary.ownersGivenRole]);
    return lines;
}
