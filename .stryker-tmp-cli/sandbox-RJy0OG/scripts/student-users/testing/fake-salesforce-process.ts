/**
 * The fake org in a child process (so the benchmark measures the client's CPU alone).
 * Usage: fork this file with `--require tsx/cjs`, args `<students> <actionLatencyMs>`; it sends
 * `{ url, token }` once listening, answers the message `'stats'` with `FakeServerStats`, and exits on `'close'`.
 */
// @ts-nocheck

import { makeStudents, startFakeSalesforce } from './fake-salesforce';

export interface FakeServerStats {
    actionCalls: number;
    queryCalls: number;
    maxActionsInFlight: number;
    inputsPerCall: number[];
    versions: string[];
}

async function main(): Promise<void> {
    const students = Number(process.argv[2] ?? '10000');
    const latency = Number(process.argv[3] ?? '0');
    const org = await startFakeSalesforce({ contacts: makeStudents(students), actionLatencyMs: latency });
    process.on('message', (message) => {
        if (message === 'stats') {
            const stats: FakeServerStats = {
                actionCalls: org.actionRequests().length,
                queryCalls: org.queryRequests().length,
                maxActionsInFlight: org.maxActionsInFlight(),
                inputsPerCall: org.actionRequests().map((request) => request.inputs?.length ?? 0),
                versions: [...new Set(org.requests.map((request) => request.version ?? '?'))]
            };
            process.send?.(stats);
        } else if (message === 'close') {
            void org.close().then(() => process.exit(0));
        }
    });
    process.send?.({ url: org.url, token: org.token });
}

void main();
