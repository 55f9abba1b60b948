/**
 * `npm run bench:in-org`: the in-org run's chain simulated over 50,000 students with injected CPU deaths (each job can
 * carry 60 to 260 students), lock errors (3 % of jobs) and 5 poison students; prints jobs, re-enqueues, deaths,
 * resumes, outcomes and simulated time (from the assumed costs in simulate.ts DEFAULT_TIME, not an org measurement).
 * Exits 1 when a student has no outcome or two.
 * Options: --students N (50000), --seed S (24), --lock-rate R (0.03), --cancel-during-job J (none).
 */
import { parseArgs } from 'node:util';
import { loadPolicy } from './policy';
import { DEFAULT_TIME, faults, simulate } from './simulate';

function main(): number {
    const { values } = parseArgs({
        options: {
            students: { type: 'string', default: '50000' },
            seed: { type: 'string', default: '24' },
            'lock-rate': { type: 'string', default: '0.03' },
            'cancel-during-job': { type: 'string' }
        }
    });
    const students = Number(values.students);
    const policy = loadPolicy();
    const poison = new Set([1234, 9999, 20000, 33333, students - 1].filter((p) => p < students));
    const started = performance.now();
    const report = simulate({
        students,
        policy,
        fate: faults({
            seed: Number(values.seed),
            cpuCapacity: [60, 260],
            lockRate: Number(values['lock-rate']),
            poison
        }),
        cancelDuringJob: values['cancel-during-job'] === undefined ? undefined : Number(values['cancel-during-job'])
    });
    const wallMs = performance.now() - started;
    const hours = (report.simulatedMs / 3_600_000).toFixed(2);
    console.log(`policy: ${JSON.stringify(policy)}`);
    console.log(`time model (assumed): ${JSON.stringify(DEFAULT_TIME)}`);
    console.log(
        `students ${report.students}: succeeded ${report.succeeded}, RUN_CHUNK_FAILED ${report.chunkFailed}, without outcome ${report.withoutOutcome}`
    );
    console.log(
        `jobs ${report.jobs}, re-enqueues ${report.reenqueues}, CPU deaths ${report.cpuDeaths}, lock deaths ${report.lockDeaths}, resumes ${report.resumes}, cancels ${report.cancelled}`
    );
    console.log(`chunk sizes ${report.smallestChunk}..${report.largestChunk}; final status ${report.finalStatus}`);
    console.log(
        `simulated time ${hours} h (${Math.round(report.simulatedMs / 1000)} s); simulation took ${wallMs.toFixed(0)} ms`
    );
    if (report.violations.length > 0 || report.withoutOutcome > 0) {
        console.error(`FAILED: ${report.violations.length} second outcomes, ${report.withoutOutcome} without outcome`);
        return 1;
    }
    return 0;
}

process.exitCode = main();
