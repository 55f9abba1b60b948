/** The students of a run: what one input row asks for, and the run-wide defaults. */
import type { LicenseKey } from './input-values';

/** Per-row choices; blank = the run default, else the service's own default. */
export interface RowOverrides {
    licenseKey?: LicenseKey;
    profileName?: string;
    timeZoneSidKey?: string;
    username?: string;
    sendWelcomeEmail?: boolean;
}

/**
 * One student to enable. `contactId` (18 characters), `accountId` (a person account) or `email` (lower case, a
 * Contact's Email or a person account's PersonEmail) names the contact.
 */
export interface StudentRow {
    /** Line in the input CSV (header = line 1), or the position in the --where result. */
    row: number;
    contactId?: string;
    /** A person account's Id (an `001` Id in the ContactId column): its person contact is looked up in the run. */
    accountId?: string;
    email?: string;
    /** The email as written in the input, echoed in the results. */
    emailAsWritten?: string;
    overrides: RowOverrides;
}

/** Run-wide defaults (`--license`, `--profile`, `--time-zone`). */
export interface RunDefaults {
    licenseKey?: LicenseKey;
    profileName?: string;
    timeZoneSidKey?: string;
}

/** A problem with the input, tied to a line of the file (0 = the file as a whole). */
export interface InputProblem {
    line: number;
    message: string;
}

/** Formats problems as `file:line: message`, one a line, in line order. */
export function formatProblems(source: string, problems: readonly InputProblem[]): string {
    return [...problems]
        .sort((a, b) => a.line - b.line)
        .map((problem) => (problem.line > 0 ? `${source}:${problem.line}: ` : `${source}: `) + problem.message)
        .join('\n');
}
