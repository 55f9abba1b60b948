import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGED_DASHBOARD, PACKAGED_REPORTS, reportsVerdict } from '../verdicts-reports';

const DEFAULT = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default');
const allRan = () => PACKAGED_REPORTS.map((name) => ({ name, found: true, ok: true, allData: true }));

describe('packaged-reports-run', () => {
    it('names the reports and the dashboard that force-app ships', () => {
        for (const name of PACKAGED_REPORTS) {
            expect(
                existsSync(join(DEFAULT, 'reports', 'Student_Portal_Users_Reports', `${name}.report-meta.xml`))
            ).toBe(true);
        }
        expect(
            existsSync(
                join(
                    DEFAULT,
                    'dashboards',
                    'Student_Portal_Users_Dashboards',
                    `${PACKAGED_DASHBOARD}.dashboard-meta.xml`
                )
            )
        ).toBe(true);
    });

    it('is confirmed when every report ran and the dashboard runs as the viewer', () => {
        const verdict = reportsVerdict({ reports: allRan(), dashboardType: 'LoggedInUser' });
        expect(verdict.verdict).toBe('confirmed');
        expect(verdict.evidence).toBe('3 reports ran; dashboard Student_User_Runs is LoggedInUser');
    });

    it('is refuted with the platform message of a report that failed, and a report or dashboard missing', () => {
        const reports = allRan();
        reports[1] = {
            ...reports[1],
            ok: false,
            exception: 'Reports.ReportRunException',
            message: 'bad filter'
        } as never;
        reports.pop();
        const verdict = reportsVerdict({ reports, dashboardType: null });
        expect(verdict.verdict).toBe('refuted');
        expect(verdict.evidence).toBe(
            'Student_User_Failures_By_Code: Reports.ReportRunException: bad filter; Student_User_Runs_By_User: not in the org (deploy force-app first); dashboard Student_User_Runs: not in the org'
        );
    });

    it('is refuted when the dashboard runs as a specified user', () => {
        const verdict = reportsVerdict({ reports: allRan(), dashboardType: 'SpecifiedUser' });
        expect(verdict.verdict).toBe('refuted');
        expect(verdict.evidence).toBe('dashboard Student_User_Runs: type SpecifiedUser, not LoggedInUser');
    });

    it('is refuted when the script returned no report at all', () => {
        expect(reportsVerdict({}).verdict).toBe('refuted');
    });
});
