import alreadyActive from '@salesforce/label/c.SPU_Run_Already_Active';
import alreadyActiveFix from '@salesforce/label/c.SPU_Run_Already_Active_Fix';
import notActive from '@salesforce/label/c.SPU_Run_Not_Active';
import notActiveFix from '@salesforce/label/c.SPU_Run_Not_Active_Fix';
import notResumable from '@salesforce/label/c.SPU_Run_Not_Resumable';
import notResumableFix from '@salesforce/label/c.SPU_Run_Not_Resumable_Fix';
import POLICY from 'preview:run-policy';
import { afterFailure, afterSuccess, mayReenqueue } from '../../../scripts/in-org-run/policy';

/**
 * Preview stand-in for the Apex class StudentUserRunController (issue #24): in-org runs that the "org" carries out on
 * a simulated clock, `speed` times faster than real time. The chain follows the rules of the real one through the one
 * TypeScript copy of them, scripts/in-org-run/policy.ts (imported, and its numbers read from the Apex class
 * StudentUserRunPolicy when the preview is built: `preview:run-policy`): one job at a time takes the next `chunk`
 * students without an outcome; a job that finished grows the chunk (afterSuccess), a job that died of a limit is
 * re-enqueued at half the size (afterFailure) while mayReenqueue allows, else its students fail with RUN_CHUNK_FAILED;
 * more than MAX_REENQUEUES_IN_ROW failed jobs in a row end the run FAILED (the platform's limit). Cancel lets the
 * current job finish (CANCELLING, then CANCELLED); Resume goes on with the students without an outcome. Times are the
 * simulation's model (scripts/in-org-run/simulate.ts DEFAULT_TIME), not measured in an org. The scenario
 * (studentUserRunProgress/__tests__/data/inOrgRunScenario.json) says who fails with which code and which jobs die.
 * Never deployed: it lives outside force-app.
 */

export const RUN_CONTROLLER = 'StudentUserRunController';
const ACTIVE = new Set(['QUEUED', 'RUNNING', 'CANCELLING']);
const RESUMABLE = new Set(['CANCELLED', 'FAILED']);

/**
 * @typedef {object} RunScenario
 * @property {string} runId
 * @property {string} name
 * @property {string} action
 * @property {string} runBy
 * @property {number} studentCount
 * @property {{ every: number, code: string, message: string, fix: string }[]} failures
 * @property {number} skippedEvery
 * @property {string} skippedCode
 * @property {number} cpuDeathEveryJobs
 * @property {{ queueMs: number, perStudentMs: number, cpuDeathMs: number, finalizerMs: number }} time
 * @property {number} speed
 */

/**
 * Apex String.format: {n} is the n-th value.
 * @param {string} template
 * @param {...unknown} values
 */
function format(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (match, index) =>
        Number(index) < values.length ? String(values[Number(index)]) : match
    );
}

/**
 * The enable options a start stores, as StudentUserRunPolicy.enableOptions does: an ENABLE run's non-blank options,
 * trimmed; null when none is set or for a lifecycle run.
 * @param {string} action
 * @param {Record<string, unknown>} params
 */
function storedOptions(action, params) {
    const given = /** @type {Record<string, unknown> | null} */ (params.enableOptions ?? null);
    if (action !== 'ENABLE' || !given) {
        return null;
    }
    /** @type {Record<string, unknown>} */
    const options = {};
    for (const key of ['licenseKey', 'profileId', 'profileName', 'timeZoneSidKey']) {
        const value = typeof given[key] === 'string' ? given[key].trim() : '';
        if (value) options[key] = value;
    }
    if (typeof given.sendWelcomeEmail === 'boolean') options.sendWelcomeEmail = given.sendWelcomeEmail;
    return Object.keys(options).length > 0 ? options : null;
}

/** What the component receives when the controller throws an AuraHandledException with the JSON of a code. */
function refusal(code, message, fix) {
    return { status: 500, body: { message: JSON.stringify({ code, field: null, message, fix }) }, headers: {} };
}

/**
 * A run controller for one page visit.
 * @param {RunScenario} scenario who fails and which jobs die; its run is the user's latest when `seed` is true
 * @param {{ seed: boolean, speed?: number, clock?: () => number, warnings?: unknown[], student?: (position: number, contactId?: string) => { contactId: string, name: string, email: string } }} options
 *   `seed`: the scenario's run is under way from the start; `speed` simulated per real millisecond (default the
 *   scenario's); `clock` real milliseconds (Date.now); `warnings` the getRunWarnings answer; `student` the sample
 *   student at a position (from 1), or of a contact id
 * @returns {(method: string, params: Record<string, unknown>) => unknown}
 */
export function createRunController(scenario, options) {
    const clock = options.clock ?? (() => Date.now());
    const speed = options.speed ?? scenario.speed;
    const realStart = clock();
    const sim = () => (clock() - realStart) * speed;
    const student =
        options.student ??
        ((position, contactId) => ({ contactId: contactId ?? '', name: `Student ${position}`, email: '' }));
    /** @type {any[]} newest first */
    const runs = [];
    let number = 41;

    /** @param {number} position from 1 */
    function outcomeOf(position) {
        if (position % scenario.skippedEvery === 0) {
            return { status: 'SKIPPED', code: scenario.skippedCode, message: '', fix: '' };
        }
        const failure = scenario.failures.find((rule) => position % rule.every === 0);
        return failure
            ? { status: 'FAILED', code: failure.code, message: failure.message, fix: failure.fix }
            : { status: 'SUCCEEDED', code: '', message: '', fix: '' };
    }

    // enableOptions: an ENABLE run's options as the real service stores them (blank ones left out; none: null).
    function newRun(action, contactIds, dryRun, id, enableOptions = null) {
        number++;
        const run = {
            runId: id ?? `a0C5g00000RUN${String(number).padStart(3, '0')}AAA`,
            name: `SUR-${String(number).padStart(8, '0')}`,
            action,
            dryRun,
            runBy: scenario.runBy,
            contactIds,
            studentCount: contactIds.length,
            status: 'QUEUED',
            next: 0,
            chunk: POLICY.START_CHUNK,
            jobs: 0,
            reenqueues: 0,
            retriesInRow: 0,
            failedInRow: 0,
            jobAt: sim(),
            simStart: sim(),
            simEnd: null,
            lastError: null,
            succeeded: 0,
            failed: 0,
            skipped: 0,
            /** @type {Map<string, number>} */
            codes: new Map(),
            /** positions (from 1) whose chunk failed for good */
            chunkFailed: new Set(),
            enableOptions
        };
        runs.unshift(run);
        return run;
    }

    /** Ends the jobs whose simulated end has passed. */
    function advance(run) {
        const { time } = scenario;
        while (ACTIVE.has(run.status)) {
            const size = Math.min(run.chunk, run.studentCount - run.next);
            const dies = size > 0 && (run.jobs + 1) % scenario.cpuDeathEveryJobs === 0;
            const work = dies ? time.cpuDeathMs : size * time.perStudentMs;
            const end = run.jobAt + time.queueMs + work + time.finalizerMs;
            if (sim() < run.jobAt + time.queueMs) return;
            if (run.status === 'QUEUED') run.status = 'RUNNING';
            if (sim() < end) return;
            run.jobs++;
            run.jobAt = end;
            if (dies) {
                run.failedInRow++;
                run.lastError = 'System.LimitException: Apex CPU time limit exceeded';
                if (mayReenqueue(POLICY, run.retriesInRow)) {
                    run.retriesInRow++;
                    run.reenqueues++;
                    run.chunk = afterFailure(POLICY, run.chunk);
                } else {
                    record(run, size, true);
                }
            } else {
                run.failedInRow = 0;
                run.retriesInRow = 0;
                record(run, size, false);
                run.chunk = afterSuccess(POLICY, run.chunk);
            }
            if (run.status === 'CANCELLING') {
                finish(run, 'CANCELLED', end);
            } else if (run.next >= run.studentCount) {
                finish(run, 'COMPLETED', end);
            } else if (run.failedInRow > POLICY.MAX_REENQUEUES_IN_ROW) {
                finish(run, 'FAILED', end);
            }
        }
    }

    function record(run, size, chunkFailed) {
        for (let position = run.next + 1; position <= run.next + size; position++) {
            const outcome = chunkFailed ? { status: 'FAILED', code: 'RUN_CHUNK_FAILED' } : outcomeOf(position);
            if (chunkFailed) run.chunkFailed.add(position);
            if (outcome.status === 'SUCCEEDED') run.succeeded++;
            else if (outcome.status === 'SKIPPED') run.skipped++;
            else {
                run.failed++;
                run.codes.set(outcome.code, (run.codes.get(outcome.code) ?? 0) + 1);
            }
        }
        run.next += size;
    }

    function finish(run, status, at) {
        run.status = status;
        run.simEnd = at;
    }

    /** StudentUserRunStatus, its times placed on the real clock so that the page's rate is the simulated one. */
    function status(run) {
        advance(run);
        const realNow = clock();
        const toReal = (/** @type {number} */ at) => new Date(realNow - (sim() - at)).toISOString();
        const done = run.succeeded + run.failed + run.skipped;
        const answer = {
            runId: run.runId,
            name: run.name,
            action: run.action,
            status: run.status,
            dryRun: run.dryRun,
            studentCount: run.studentCount,
            succeeded: run.succeeded,
            failed: run.failed,
            skipped: run.skipped,
            pending: run.studentCount - done,
            chunkSize: run.chunk,
            jobs: run.jobs,
            reenqueues: run.reenqueues,
            startedAt: toReal(run.simStart),
            failuresByCode: [...run.codes]
                .map(([code, count]) => ({ code, count }))
                .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
            runBy: run.runBy
        };
        // An @AuraEnabled object leaves out its null properties.
        if (run.simEnd !== null) answer.finishedAt = toReal(run.simEnd);
        if (run.lastError) answer.lastError = run.lastError;
        if (run.enableOptions) answer.enableOptions = run.enableOptions;
        return answer;
    }

    function find(params) {
        const run = runs.find((candidate) => candidate.runId === params.runId);
        if (!run) throw refusal('RUN_NOT_FOUND', `No run ${String(params.runId)}.`, '');
        return run;
    }

    function results(params) {
        const run = find(params);
        advance(run);
        const after = Math.max(0, Number(params.afterPosition) || 0);
        const size = Math.min(2000, Math.max(1, Number(params.pageSize) || 2000));
        const rows = [];
        for (let position = after + 1; position <= Math.min(run.studentCount, after + size); position++) {
            const who = student(position, run.contactIds[position - 1]);
            let outcome = { status: 'PENDING', code: '', message: '', fix: '' };
            if (position <= run.next) {
                outcome = run.chunkFailed.has(position)
                    ? { status: 'FAILED', code: 'RUN_CHUNK_FAILED', message: 'The chunk failed.', fix: '' }
                    : outcomeOf(position);
            }
            const row = {
                position,
                contactId: who.contactId,
                studentName: who.name,
                email: who.email,
                status: outcome.status
            };
            if (outcome.code) row.code = outcome.code;
            if (outcome.message) row.message = outcome.message;
            if (outcome.fix) row.fix = outcome.fix;
            if (outcome.status === 'SUCCEEDED') row.userId = `0055g${String(position).padStart(10, '0')}AAA`;
            rows.push(row);
        }
        return rows;
    }

    if (options.seed) {
        const contactIds = Array.from({ length: scenario.studentCount }, (_, index) => student(index + 1).contactId);
        const run = newRun(scenario.action, contactIds, false, scenario.runId);
        run.name = scenario.name;
    }

    return (method, params) => {
        switch (method) {
            case `${RUN_CONTROLLER}.getLatestRun`: {
                runs.forEach(advance);
                const latest = runs.find((run) => ACTIVE.has(run.status)) ?? runs[0];
                return latest ? status(latest) : null;
            }
            case `${RUN_CONTROLLER}.getRunStatus`:
                return runs.some((run) => run.runId === params.runId) ? status(find(params)) : null;
            case `${RUN_CONTROLLER}.getRunWarnings`:
                return options.warnings ?? [];
            case `${RUN_CONTROLLER}.startRun`: {
                const action = String(params.action ?? '').toUpperCase();
                runs.forEach(advance);
                const active = runs.find((run) => run.action === action && ACTIVE.has(run.status));
                if (active) {
                    throw refusal('RUN_ALREADY_ACTIVE', format(alreadyActive, action, active.name), alreadyActiveFix);
                }
                const ids = Array.isArray(params.contactIds) ? params.contactIds.map(String) : [];
                return status(newRun(action, ids, params.dryRun === true, undefined, storedOptions(action, params)));
            }
            case `${RUN_CONTROLLER}.cancelRun`: {
                const run = find(params);
                advance(run);
                if (run.status !== 'QUEUED' && run.status !== 'RUNNING') {
                    throw refusal('RUN_NOT_ACTIVE', format(notActive, run.name, run.status), notActiveFix);
                }
                run.status = 'CANCELLING';
                return status(run);
            }
            case `${RUN_CONTROLLER}.resumeRun`: {
                const run = find(params);
                advance(run);
                if (!RESUMABLE.has(run.status)) {
                    throw refusal('RUN_NOT_RESUMABLE', format(notResumable, run.name, run.status), notResumableFix);
                }
                Object.assign(run, { status: 'QUEUED', jobAt: sim(), simEnd: null, retriesInRow: 0, failedInRow: 0 });
                return status(run);
            }
            case `${RUN_CONTROLLER}.getRunResults`:
                return results(params);
            default:
                throw { status: 500, body: { message: `The run preview has no answer for Apex ${method}.` } };
        }
    };
}
