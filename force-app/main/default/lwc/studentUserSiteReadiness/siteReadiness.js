/**
 * Pure logic of the login readiness box: from the form context's `siteReadiness` and the admin's choices to the texts
 * the box shows, and whether Enable is blocked. The email decision mirrors StudentUserSitePolicy.emailFor (Apex).
 */
import { formatLabel } from 'c/studentUserShared';
import { LABELS } from './labels';

/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextSiteReadiness} SiteReadiness */
/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextSite} Site */

/**
 * What the admin has chosen that readiness depends on.
 * @typedef {object} ReadinessChoice
 * @property {string} profileId
 * @property {boolean} isReactivation
 * @property {boolean} sendWelcomeEmail
 */

/**
 * @typedef {object} ReadinessView
 * @property {boolean} hasProblem the profile and permission sets reach no live site
 * @property {boolean} blocks Enable is blocked (a new user, and the settings do not make it a warning)
 * @property {string} code NOT_A_SITE_MEMBER, SITE_NOT_LIVE or ''
 * @property {string} problemMessage
 * @property {string} problemFix "How to fix: ..." or ''
 * @property {string} warning why Enable is still allowed despite the problem, or ''
 * @property {string} loginText the live sites the student can log in to, or ''
 * @property {{ key: string, name: string, loginUrl: string }[]} loginLinks live sites with a login URL
 * @property {string} emailText what email the student will get
 * @property {string} deliveryText where to check that the email arrives (the server's `emailDeliveryCheck`: it cannot
 *   be read from Apex), or '' when no email is asked for
 */

/**
 * @param {SiteReadiness | null | undefined} readiness
 * @param {ReadinessChoice} choice
 * @returns {ReadinessView | null} null when there is nothing to say (no readiness, or no profile chosen)
 */
export function siteReadinessView(readiness, choice) {
    const entry = readiness?.profiles?.find((profile) => profile.profileId === choice.profileId);
    if (!readiness || !entry) {
        return null;
    }
    const live = (entry.sites ?? []).filter((site) => site.live);
    const problem = entry.problem ?? null;
    const blocks = Boolean(problem) && !choice.isReactivation && !readiness.warnOnly;
    let warning = '';
    if (problem && !blocks) {
        warning = choice.isReactivation ? LABELS.reactivationWarning : LABELS.warnOnly;
    }
    return {
        hasProblem: Boolean(problem),
        blocks,
        code: problem?.code ?? '',
        problemMessage: problem?.message ?? '',
        problemFix: problem?.fix ? formatLabel(LABELS.problemFix, problem.fix) : '',
        warning,
        loginText: live.length > 0 ? formatLabel(LABELS.canLogIn, live.map((site) => site.name).join(', ')) : '',
        loginLinks: live
            .filter((site) => Boolean(site.loginUrl))
            .map((site) => ({ key: site.name, name: site.name, loginUrl: String(site.loginUrl) })),
        emailText: emailText(choice, live),
        deliveryText: choice.isReactivation || choice.sendWelcomeEmail ? (readiness.emailDeliveryCheck ?? '') : ''
    };
}

/**
 * @param {ReadinessChoice} choice
 * @param {Site[]} live
 * @returns {string}
 */
function emailText(choice, live) {
    if (choice.isReactivation) {
        return LABELS.emailReactivation;
    }
    if (!choice.sendWelcomeEmail) {
        return LABELS.emailNone;
    }
    const site = live.find((candidate) => candidate.sendsWelcomeEmail);
    return site ? formatLabel(LABELS.emailSite, site.name) : LABELS.emailSalesforce;
}
