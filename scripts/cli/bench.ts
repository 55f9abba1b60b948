/**
 * `npm run bench:cli`: 10,000 students (4 of 5 by ContactId, 1 of 5 by Email) through the real command and
 * jsforce against the fake org in a child process. Reports API calls, total time, time waiting on the server,
 * client-side overhead (wall time with no call in flight) and client CPU; exits 1 unless there were exactly
 * ⌈N/200⌉ action calls, one email query per chunk, and every student was created.
 * Options: --students N (10000), --latency MS per action call on the server (25), --concurrency C (2).
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from './cli';
import { connectionApi } from './salesforce-api';
import type { SalesforceApi } from './salesforce-api';
import { tokenConnection } from './connection';
import { ACCESS_TOKEN_ENV } from './program';
import { readResultsCsv } from './resume';
import { makeContactId } from './salesforce-id';
import { readFile, tempDir, writeFile } from './testing/cli-harness';
import type { FakeServerStats } from './testing/fake-salesforce-process';

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
        invokeAction: (inputs) => time(() => api.invokeAction(inputs))
    };
}

function studentsCsv(count: number): string {
    const lines = ['ContactId,Email'];
    for (let number = 1; number <= count; number++) {
        lines.push(number % 5 === 0 ? `,student${number}@uni.example` : `${makeContactId(number)},`);
    }
    return lines.join('\n') + '\n';
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
    const { url, token } = await nextMessage<{ url: string; token: string }>();
    await import('jsforce'); // load the library before timing: the table measures the run, not Node's module loading

    const dir = tempDir('enable-students-bench-');
    writeFile(dir, 'students.csv', studentsCsv(students));
    const intervals: Interval[] = [];
    let stdout = '';
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const code = await runCli(
        ['--instance-url', url, '--file', 'students.csv', '--concurrency', values.concurrency, '--no-progress'],
        {
            env: { [ACCESS_TOKEN_ENV]: token },
            stdout: { write: (text) => void (stdout += text) },
            stderr: { write: (text) => void process.stderr.write(text) },
            cwd: dir,
            connect: async (auth, timeoutMs) =>
                timed(
                    connectionApi(await tokenConnection(url, auth.kind === 'token' ? auth.accessToken : ''), timeoutMs),
                    intervals
                )
        }
    );
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    server.send('stats');
    const stats = await nextMessage<FakeServerStats>();
    server.send('close');

    const read = readResultsCsv(readFile(dir, 'students.results.csv'));
    const created = read.ok ? read.results.filter((row) => row.status === 'CREATED').length : 0;
    const waitingMs = unionLength(intervals);
    const firstStart = Math.min(...intervals.map((interval) => interval.start));
    const lastEnd = Math.max(...intervals.map((interval) => interval.end));
    const beforeMs = firstStart - started;
    const afterMs = started + totalMs - lastEnd;
    const expectedCalls = Math.ceil(students / 200);
    const rows: [string, string][] = [
        ['students', String(students)],
        ['created (results file)', String(created)],
        ['action calls (server count)', `${stats.actionCalls} (expected ${expectedCalls})`],
        ['inputs per call', `max ${Math.max(...stats.inputsPerCall)}, min ${Math.min(...stats.inputsPerCall)}`],
        ['email queries', `${stats.queryCalls} (one per chunk with emails)`],
        ['max calls in flight (server)', `${stats.maxActionsInFlight} (--concurrency ${values.concurrency})`],
        ['API version', stats.versions.join(', ')],
        ['server latency per action call', `${latency} ms`],
        ['total time', `${totalMs.toFixed(0)} ms`],
        ['waiting on the server (>= 1 call in flight)', `${waitingMs.toFixed(0)} ms`],
        ['client-side overhead (no call in flight)', `${(totalMs - waitingMs).toFixed(0)} ms`],
        ['  of which before the first call (read, validate)', `${beforeMs.toFixed(0)} ms`],
        ['  of which between calls', `${(totalMs - waitingMs - beforeMs - afterMs).toFixed(0)} ms`],
        ['  of which after the last call (results file, summary)', `${afterMs.toFixed(0)} ms`],
        ['client CPU (user + system)', `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`],
        ['exit code', String(code)]
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    const load = loadavg()[0].toFixed(1);
    process.stdout.write(
        `\nenable-students benchmark (fake org in a child process; ${cpus().length} CPUs, load average ${load})\n`
    );
    process.stdout.write(rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n') + '\n');

    const failures: string[] = [];
    if (stats.actionCalls !== expectedCalls) {
        failures.push(`expected ${expectedCalls} action calls, the server saw ${stats.actionCalls}`);
    }
    if (stats.queryCalls !== expectedCalls) {
        failures.push(`expected ${expectedCalls} email queries (one per chunk), the server saw ${stats.queryCalls}`);
    }
    if (created !== students || code !== 0) {
        failures.push(`expected ${students} CREATED rows and exit 0, got ${created} and exit ${code}`);
    }
    failures.forEach((failure) => process.stderr.write(`FAIL: ${failure}\n`));
    if (failures.length === 0) {
        process.stdout.write(`OK: ${expectedCalls} action calls for ${students} students\n`);
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
