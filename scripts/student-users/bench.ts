/**
 * `npm run bench:cli`: 10,000 students through the real command and jsforce against the fake org in a child
 * process, three runs: `enable` from a file (4 of 5 by ContactId, 1 of 5 by Email), then `deactivate --where` as a
 * dry run and for real. Reports API calls, total time, time waiting on the server, client-side overhead (wall time
 * with no call in flight) and client CPU per run; exits 1 unless each run made exactly ⌈N/200⌉ action calls (and
 * the expected queries: none for enable (emails go to the action, resolved on the server), the --where pages for
 * deactivate; enable's org facts:
 * one Metadata API read, ⌈N/200⌉ owner lookups and ⌈owners/200⌉ portal account counts, none for deactivate) and
 * every student ended CREATED, VALID and DEACTIVATED.
 * Options: --students N (10000), --latency MS per action call on the server (25), --concurrency C (2).
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from './command';
import { connectionApi } from './salesforce-api';
import type { SalesforceApi } from './salesforce-api';
import { tokenConnection } from './connection';
import { ACCESS_TOKEN_ENV } from './program';
import { LIFECYCLE_RESULT_COLUMNS, RESULT_COLUMNS } from './results-format';
import type { ResultColumn } from './results-format';
import { readResultsCsv } from './resume';
import { makeContactId } from './salesforce-id';
import { readFile, tempDir, writeFile } from './testing/cli-harness';
import type { FakeServerStats } from './testing/fake-salesforce-process';

/** Distinct account owners of the fake's students (makeStudents: `Owner ${n % 6}`). */
const FAKE_OWNERS = 6;

interface Interval {
    start: number;
    end: number;
}

/** Total length of the union of intervals (time with at least one call in flight). */
export function unionLength(intervals: readonly Interval[]): number {
    const sorted = [...intervals].sort((a, b) => a.start - b.start);
    let total = 0;
    let current: Interval | undefined;
    for (const interval of sorted) {
        if (!current || interval.start > current.end) {
            if (current) {
                total += current.end - current.start;
            }
            current = { ...interval };
        } else {
            current.end = Math.max(current.end, interval.end);
        }
    }
    return total + (current ? current.end - current.start : 0);
}

/** Wraps an API so every call's wall-clock interval is recorded. */
function timed(api: SalesforceApi, intervals: Interval[]): SalesforceApi {
    const time = async <T>(call: () => Promise<T>): Promise<T> => {
        const start = performance.now();
        try {
            return await call();
        } finally {
            intervals.push({ start, end: performance.now() });
        }
    };
    return {
        queryAll: (soql) => time(() => api.queryAll(soql)),
        invokeAction: (inputs, actionName) => time(() => api.invokeAction(inputs, actionName)),
        readSharingSettings: () => time(() => api.readSharingSettings())
    };
}

function studentsCsv(count: number): string {
    const lines = ['ContactId,Email'];
    for (let number = 1; number <= count; number++) {
        lines.push(number % 5 === 0 ? `,student${number}@uni.example` : `${makeContactId(number)},`);
    }
    return lines.join('\n') + '\n';
}

interface Measured {
    label: string;
    code: number;
    statusCount: number;
    status: string;
    stats: FakeServerStats;
    totalMs: number;
    waitingMs: number;
    beforeMs: number;
    afterMs: number;
    cpuMs: number;
    summary: string;
}

/** Server counters of one run: the difference of two cumulative snapshots. */
function delta(after: FakeServerStats, before: FakeServerStats): FakeServerStats {
    return {
        actionCalls: after.actionCalls - before.actionCalls,
        queryCalls: after.queryCalls - before.queryCalls,
        orgQueryCalls: after.orgQueryCalls - before.orgQueryCalls,
        metadataCalls: after.metadataCalls - before.metadataCalls,
        maxActionsInFlight: after.maxActionsInFlight,
        inputsPerCall: after.inputsPerCall.slice(before.inputsPerCall.length),
        versions: after.versions
    };
}

async function main(): Promise<number> {
    const { values } = parseArgs({
        options: {
            students: { type: 'string', default: '10000' },
            latency: { type: 'string', default: '25' },
            concurrency: { type: 'string', default: '2' }
        }
    });
    const students = Number(values.students);
    const latency = Number(values.latency);
    const server = fork(join(__dirname, 'testing', 'fake-salesforce-process.ts'), [String(students), String(latency)], {
        execArgv: ['--require', require.resolve('tsx/cjs')],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    });
    const nextMessage = <T>(): Promise<T> =>
        new Promise((resolve) => server.once('message', (message) => resolve(message as T)));
    const serverStats = async (): Promise<FakeServerStats> => {
        server.send('stats');
        return nextMessage<FakeServerStats>();
    };
    const { url, token } = await nextMessage<{ url: string; token: string }>();
    await import('jsforce'); // load the library before timing: the table measures the run, not Node's module loading

    const dir = tempDir('student-users-bench-');
    writeFile(dir, 'students.csv', studentsCsv(students));

    /** One run of the real command through jsforce; `status`: the status every row must end with. */
    const measure = async (
        label: string,
        args: string[],
        resultsFile: string,
        columns: readonly ResultColumn[],
        status: string
    ): Promise<Measured> => {
        const before = await serverStats();
        const intervals: Interval[] = [];
        let stdout = '';
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        const code = await runCommand(
            [...args, '--instance-url', url, '--concurrency', values.concurrency, '--no-progress'],
            {
                env: { [ACCESS_TOKEN_ENV]: token },
                stdout: { write: (text) => void (stdout += text) },
                stderr: { write: (text) => void process.stderr.write(text) },
                cwd: dir,
                connect: async (auth, timeoutMs) =>
                    timed(
                        connectionApi(
                            await tokenConnection(url, auth.kind === 'token' ? auth.accessToken : ''),
                            timeoutMs
                        ),
                        intervals
                    )
            }
        );
        const totalMs = performance.now() - started;
        const cpu = process.cpuUsage(cpuBefore);
        const stats = delta(await serverStats(), before);
        const read = readResultsCsv(readFile(dir, resultsFile), columns);
        const actionStart = Math.min(...intervals.map((interval) => interval.start));
        const lastEnd = Math.max(...intervals.map((interval) => interval.end));
        return {
            label,
            code,
            status,
            statusCount: read.ok ? read.results.filter((row) => row.status === status).length : 0,
            stats,
            totalMs,
            waitingMs: unionLength(intervals),
            beforeMs: actionStart - started,
            afterMs: started + totalMs - lastEnd,
            cpuMs: (cpu.user + cpu.system) / 1000,
            summary: stdout
        };
    };

    const where = ['--where', "Account.Name = 'Class of 2026'"];
    const runs = [
        await measure(
            'enable (file)',
            ['enable', '--file', 'students.csv'],
            'students.results.csv',
            RESULT_COLUMNS,
            'CREATED'
        ),
        await measure(
            'deactivate --dry-run (--where)',
            ['deactivate', ...where, '--dry-run', '--out', 'deactivate-dry.results.csv'],
            'deactivate-dry.results.csv',
            LIFECYCLE_RESULT_COLUMNS,
            'VALID'
        ),
        await measure(
            'deactivate (--where)',
            ['deactivate', ...where, '--out', 'deactivate.results.csv'],
            'deactivate.results.csv',
            LIFECYCLE_RESULT_COLUMNS,
            'DEACTIVATED'
        )
    ];
    server.send('close');

    const expectedCalls = Math.ceil(students / 200);
    const expectedQueries = [0, Math.ceil(students / 2000), Math.ceil(students / 2000)];
    // enable only: one Metadata API read; owner lookups per 200 students, counts per 200 owners (the fake has 6).
    const owners = Math.min(students, FAKE_OWNERS);
    const expectedOrgFacts = [
        { metadata: 1, query: Math.ceil(students / 200) + Math.ceil(owners / 200) },
        { metadata: 0, query: 0 },
        { metadata: 0, query: 0 }
    ];
    const table: [string, ...string[]][] = [
        ['', ...runs.map((run) => run.label)],
        ['rows with the expected status', ...runs.map((run) => `${run.statusCount} ${run.status}`)],
        ['action calls (server count)', ...runs.map((run) => `${run.stats.actionCalls} (expected ${expectedCalls})`)],
        [
            'inputs per call',
            ...runs.map(
                (run) => `max ${Math.max(...run.stats.inputsPerCall)}, min ${Math.min(...run.stats.inputsPerCall)}`
            )
        ],
        ['query calls (query + queryMore)', ...runs.map((run) => String(run.stats.queryCalls))],
        [
            'org facts calls (metadata read + queries)',
            ...runs.map((run) => `${run.stats.metadataCalls} + ${run.stats.orgQueryCalls}`)
        ],
        ['total time', ...runs.map((run) => `${run.totalMs.toFixed(0)} ms`)],
        ['waiting on the server (>= 1 call in flight)', ...runs.map((run) => `${run.waitingMs.toFixed(0)} ms`)],
        [
            'client-side overhead (no call in flight)',
            ...runs.map((run) => `${(run.totalMs - run.waitingMs).toFixed(0)} ms`)
        ],
        ['  of which before the first call (read, validate)', ...runs.map((run) => `${run.beforeMs.toFixed(0)} ms`)],
        [
            '  of which between calls',
            ...runs.map((run) => `${(run.totalMs - run.waitingMs - run.beforeMs - run.afterMs).toFixed(0)} ms`)
        ],
        [
            '  of which after the last call (results file, summary)',
            ...runs.map((run) => `${run.afterMs.toFixed(0)} ms`)
        ],
        ['client CPU (user + system)', ...runs.map((run) => `${run.cpuMs.toFixed(0)} ms`)],
        ['exit code', ...runs.map((run) => String(run.code))]
    ];
    const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
    const load = loadavg()[0].toFixed(1);
    process.stdout.write(
        `\nstudent-users benchmark: ${students} students, fake org in a child process (${latency} ms per action call, ` +
            `--concurrency ${values.concurrency}, max ${runs[runs.length - 1].stats.maxActionsInFlight} calls in flight, ` +
            `API v${runs[0].stats.versions.join(', ')}; ${cpus().length} CPUs, load average ${load})\n`
    );
    process.stdout.write(
        table
            .map(
                (row) =>
                    '  ' +
                    row
                        .map((cell, column) => cell.padEnd(widths[column]))
                        .join('  ')
                        .trimEnd()
            )
            .join('\n') + '\n'
    );

    const failures: string[] = [];
    runs.forEach((run, index) => {
        if (run.stats.actionCalls !== expectedCalls) {
            failures.push(
                `${run.label}: expected ${expectedCalls} action calls, the server saw ${run.stats.actionCalls}`
            );
        }
        if (run.stats.queryCalls !== expectedQueries[index]) {
            failures.push(
                `${run.label}: expected ${expectedQueries[index]} query calls, the server saw ${run.stats.queryCalls}`
            );
        }
        const facts = expectedOrgFacts[index];
        if (run.stats.metadataCalls !== facts.metadata || run.stats.orgQueryCalls !== facts.query) {
            failures.push(
                `${run.label}: expected ${facts.metadata} metadata read(s) and ${facts.query} org facts queries, ` +
                    `the server saw ${run.stats.metadataCalls} and ${run.stats.orgQueryCalls}`
            );
        }
        if (run.statusCount !== students || run.code !== 0) {
            failures.push(
                `${run.label}: expected ${students} ${run.status} rows and exit 0, got ${run.statusCount} and exit ${run.code}`
            );
        }
    });
    failures.forEach((failure) => process.stderr.write(`FAIL: ${failure}\n`));
    if (failures.length === 0) {
        process.stdout.write(`OK: ${expectedCalls} action calls per run for ${students} students\n`);
    }
    return failures.length === 0 ? 0 : 1;
}

main().then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(`benchmark crashed: ${String(error)}\n`);
        process.exitCode = 1;
    }
);
