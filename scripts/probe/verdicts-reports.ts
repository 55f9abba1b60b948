/**
 * The packaged run reports (docs/reports.md), which this project converts and checks offline but no org has run:
 * the verdict from probe-reports.apex, which runs each report and reads the dashboard's running-user type.
 */
import type { Answer } from './types';
import { answer, show } from './verdicts';

type Row = Record<string, unknown>;

export const REPORTS_ID = 'packaged-reports-run';
export const REPORTS_CLAIM =
    'The packaged run reports run in the org, and the dashboard Student_User_Runs runs as the viewer (LoggedInUser)';

/** The reports and dashboard of force-app (a test keeps these names equal to the files). */
export const PACKAGED_REPORTS = [
    'Student_User_Runs_By_Action',
    'Student_User_Failures_By_Code',
    'Student_User_Runs_By_User'
] as const;
export const PACKAGED_DASHBOARD = 'Student_User_Runs';

/** Confirmed when every report ran and the dashboard is dynamic; refuted with what failed or is missing. */
export function reportsVerdict(result: Row): Answer {
    const runs = Array.isArray(result.reports) ? (result.reports as Row[]) : [];
    const problems: string[] = [];
    for (const name of PACKAGED_REPORTS) {
        const run = runs.find((candidate) => candidate.name === name);
        if (!run || run.found !== true) problems.push(`${name}: not in the org (deploy force-app first)`);
        else if (run.ok !== true) problems.push(`${name}: ${show(run.exception, 'error')}: ${show(run.message)}`);
    }
    if (result.dashboardType === undefined || result.dashboardType === null) {
        problems.push(`dashboard ${PACKAGED_DASHBOARD}: not in the org`);
    } else if (result.dashboardType !== 'LoggedInUser') {
        problems.push(`dashboard ${PACKAGED_DASHBOARD}: type ${show(result.dashboardType)}, not LoggedInUser`);
    }
    if (problems.length > 0) return answer(REPORTS_ID, REPORTS_CLAIM, 'refuted', problems.join('; '), result);
    return answer(
        REPORTS_ID,
        REPORTS_CLAIM,
        'confirmed',
        `${PACKAGED_REPORTS.length} reports ran; dashboard ${PACKAGED_DASHBOARD} is LoggedInUser`,
        result
    );
}
