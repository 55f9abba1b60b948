/** Turns the demo students into runnable anonymous Apex, and reads what the seed scripts report. */
// @ts-nocheck

import type { DemoStudent } from './demo-data';
import { apexStringLiteral } from '../lib/string-literal';

/** The line each rendered seed script carries; the checked-in '[]' keeps the template valid Apex. */
export const STUDENTS_PLACEHOLDER = "String studentsJson = '[]';";

/** Prefix of the debug lines the seed scripts write (`System.debug(LoggingLevel.ERROR, 'SPU_DEMO ...')`). */
export const DEMO_LOG_PREFIX = 'SPU_DEMO ';

export { apexStringLiteral };

/** The template with its placeholder line replaced by the students as JSON. */
export function renderSeedScript(template: string, students: readonly DemoStudent[], templateName: string): string {
    const occurrences = template.split(STUDENTS_PLACEHOLDER).length - 1;
    if (occurrences !== 1) {
        throw new Error(
            `${templateName} must contain the line ${STUDENTS_PLACEHOLDER} exactly once (found ${occurrences})`
        );
    }
    const line = `String studentsJson = ${apexStringLiteral(JSON.stringify(students))};`;
    return template.replace(STUDENTS_PLACEHOLDER, () => line);
}

/** The `SPU_DEMO ...` messages in an anonymous Apex debug log, in order. */
export function demoLogMessages(log: unknown): string[] {
    if (typeof log !== 'string') return [];
    const messages: string[] = [];
    for (const line of log.split('\n')) {
        const at = line.indexOf(`|${DEMO_LOG_PREFIX}`);
        if (line.includes('|USER_DEBUG|') && at >= 0) {
            messages.push(line.slice(at + 1 + DEMO_LOG_PREFIX.length).trim());
        }
    }
    return messages;
}
