/** Printing and writing the probe's report. */
// @ts-nocheck

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Answer, ProbeReport } from './types';

/** Default report file (reports/ is git-ignored). */
export const DEFAULT_REPORT_FILE = 'reports/org-probe.json';

/** One line per question: `confirmed      owner-role-then-portal-user: <claim> | <evidence>`. */
export function formatAnswer(answer: Answer): string {
    return `${answer.verdict.padEnd(14)} ${answer.id}: ${answer.claim} | ${answer.evidence.replace(/\s*\n\s*/g, ' ')}`;
}

/** `12 questions: 7 confirmed, 3 refuted, 2 could not test`. */
export function summarize(answers: readonly Answer[]): string {
    const count = (verdict: Answer['verdict']): number => answers.filter((answer) => answer.verdict === verdict).length;
    return `${answers.length} questions: ${count('confirmed')} confirmed, ${count('refuted')} refuted, ${count('could not test')} could not test`;
}

export function writeReport(file: string, report: ProbeReport): void {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(report, null, 4)}\n`);
}
