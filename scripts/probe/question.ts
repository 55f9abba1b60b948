/**
 * What a question module gets from the probe (scripts/probe/probe.ts): the run's tag, the Apex and query runners, the
 * setup's contacts and the portal-user script, and two lists a question may add to: cleanup runs of its own and notes
 * for the report's leftovers. Question modules (questions-*.ts) build their questions from this and nothing else.
 */
import type { SfRunner } from '../scratch/sf';
import type { ApexRun, ProbeScript } from './apex';
import type { Answer } from './types';

export type Row = Record<string, unknown>;

export interface Question {
    id: string;
    claim: string;
    /** One or more answers; a throw becomes one `could not test` answer with this question's id and claim. */
    ask: () => Promise<Answer[]>;
}

/**
 * A cleanup a question asks for; it runs after the three standard ones, whatever happened: a probe script, or any
 * other step (e.g. deleting a deployed class) that reports `ok` and a detail.
 */
export type ExtraCleanup =
    | { name: string; script: ProbeScript; input: Row }
    | { name: string; run: () => Promise<{ ok: boolean; detail: string }> };

export interface QuestionContext {
    /** The run tag (lower-case letters and digits). */
    tag: string;
    log: (line: string) => void;
    /** Waits between polls (tests pass one that does not wait). */
    sleep: (ms: number) => Promise<void>;
    /** Runs a probe script; never throws. */
    apex: (script: ProbeScript, input: Row) => Promise<ApexRun>;
    /** `sf data query` rows; throws the sf failure summary. */
    query: (soql: string) => Promise<Row[]>;
    /** The setup's contact for `key`, or throws why the setup could not provide it. */
    contact: (key: string) => string;
    /** probe-portal-user.apex in `mode`; throws the run's failure. */
    portalUser: (mode: string, input: Row) => Promise<Row>;
    /** Cleanup runs added by questions (run after the standard three). */
    extraCleanup: ExtraCleanup[];
    /** Notes added to the report's leftovers. */
    leftovers: string[];
    /** The sf runner, org, project and work directory, for questions that deploy or run tests (staff questions). */
    sf: SfRunner;
    targetOrg: string;
    projectRoot: string;
    workDir: string;
}
