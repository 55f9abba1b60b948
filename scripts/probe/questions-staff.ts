/**
 * The staff questions (issue 20): every write path as a staff user without Manage Users, through a temporary Apex test
 * class (scripts/probe/staff.ts), and whether a never-logged-in portal user has a UserLogin row in a test and outside.
 * One deploy and one test run answer them all; the class is deleted at cleanup whatever happened.
 */
import type { Question, QuestionContext, Row } from './question';
import { deleteStaffClass, runStaffClass, staffClassName } from './staff';
import type { Answer } from './types';
import { couldNotTest, LICENCE_KEYS, PORTAL_LICENCES } from './verdicts';
import {
    STAFF_PATHS,
    STAFF_SEAM_CLAIM,
    STAFF_SEAM_ID,
    staffClaim,
    staffPathVerdict,
    staffSeamVerdict,
    USER_LOGIN_ROW_CLAIM,
    USER_LOGIN_ROW_ID,
    userLoginRowVerdict
} from './verdicts-staff';
import type { StaffPath } from './verdicts-staff';

/** The portal users of this run (never logged in: the probe never logs in as them). */
export function runPortalUsersSoql(tag: string): string {
    if (!/^[a-z0-9]+$/.test(tag)) throw new Error(`the run tag must be lower-case letters and digits: ${tag}`);
    return `SELECT Id, Username, LastLoginDate FROM User WHERE Username LIKE 'spu-probe-${tag}-%' AND Profile.UserLicense.LicenseDefinitionKey IN ('${LICENCE_KEYS.join("','")}') ORDER BY CreatedDate LIMIT 20`;
}

export function userLoginsSoql(userIds: readonly string[]): string {
    for (const id of userIds) if (!/^[a-zA-Z0-9]{15,18}$/.test(id)) throw new Error(`not a record id: ${id}`);
    return `SELECT UserId, IsFrozen FROM UserLogin WHERE UserId IN ('${userIds.join("','")}')`;
}

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

async function outsideLogins(ctx: QuestionContext): Promise<{ users: Row[]; logins: Row[] } | string> {
    try {
        const users = await ctx.query(runPortalUsersSoql(ctx.tag));
        const ids = users.map((user) => String(user.Id));
        return { users, logins: ids.length ? await ctx.query(userLoginsSoql(ids)) : [] };
    } catch (error) {
        return `the query failed: ${message(error)}`;
    }
}

/** One question answering every staff path, the summary, and the UserLogin row question. */
export function staffQuestions(ctx: QuestionContext): Question[] {
    const paths = Object.keys(STAFF_PATHS) as StaffPath[];
    return [
        {
            id: STAFF_SEAM_ID,
            claim: STAFF_SEAM_CLAIM,
            ask: async () => {
                const unsettled = (reason: string): Answer[] => [
                    ...paths.map((path) => couldNotTest(STAFF_PATHS[path].id, staffClaim(path), reason)),
                    couldNotTest(STAFF_SEAM_ID, STAFF_SEAM_CLAIM, reason),
                    couldNotTest(USER_LOGIN_ROW_ID, USER_LOGIN_ROW_CLAIM, reason)
                ];
                // The test's setup inserts portal users as the running user, who has a role only once the probe's
                // setup ran: without it every path would fail for that reason alone.
                try {
                    ctx.contact('life');
                } catch (error) {
                    return unsettled(message(error));
                }
                const deps = {
                    sf: ctx.sf,
                    projectRoot: ctx.projectRoot,
                    targetOrg: ctx.targetOrg,
                    workDir: ctx.workDir,
                    tag: ctx.tag
                };
                ctx.log(`    deploying the test class ${staffClassName(ctx.tag)} and running it as staff`);
                const run = await runStaffClass({ ...deps, input: { licenceKeys: PORTAL_LICENCES } });
                if (run.deployed) {
                    ctx.extraCleanup.push({
                        name: `delete the staff test class ${staffClassName(ctx.tag)}`,
                        run: () => deleteStaffClass(deps)
                    });
                }
                if (typeof run.methods === 'string') return unsettled(run.methods);
                const outcomes = run.methods;
                const answers: Answer[] = paths.map((path) => staffPathVerdict(path, outcomes.get(path)));
                answers.push(staffSeamVerdict(answers, outcomes));
                answers.push(userLoginRowVerdict(outcomes.get('userLoginRow'), await outsideLogins(ctx)));
                return answers;
            }
        }
    ];
}
