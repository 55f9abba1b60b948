/**
 * Everything the template shows once the context is loaded, computed in one pure function from the context,
 * the admin's values and the time zone search text.
 */
import { formatLabel } from 'c/studentUserShared';
import { siteReadinessView } from 'c/studentUserSiteReadiness';
import { LABELS } from './labels';
import {
    filterTimeZones,
    formMode,
    isBlocked,
    licenseChoices,
    needsOwnerRole,
    problemItems,
    profileOptions,
    roleOptions
} from './formModel';

/** @typedef {import('./formModel').EnableContext} EnableContext */
/** @typedef {import('./formModel').FormValues} FormValues */
/** @typedef {import('./formModel').Option} Option */
/** @typedef {import('./formModel').LicenseChoice} LicenseChoice */

/**
 * @typedef {object} FormView
 * @property {boolean} isAlreadyEnabled an active portal user exists: only the link to it is shown
 * @property {boolean} isReactivation an inactive portal user exists: the primary button reactivates it
 * @property {boolean} isBlocked the context names problems: they are listed, the form is hidden
 * @property {boolean} showForm
 * @property {boolean} showPrimaryButton
 * @property {boolean} canSubmit the primary button may be clicked (not blocked, a licence can be chosen)
 * @property {string} primaryLabel
 * @property {boolean} hasContact false when the context has no contact (permission denied, unknown id)
 * @property {string} contactName
 * @property {string} contactEmail
 * @property {string} accountName
 * @property {string} alreadyEnabledText
 * @property {string} openUserLabel
 * @property {string} inactiveUserText
 * @property {{ key: string, message: string, fix: string | null }[]} problems
 * @property {LicenseChoice[]} licenseChoices every licence for the licence choice; those without seats are disabled
 *   with the reason
 * @property {boolean} hasLicenseOptions at least one licence has seats left (else the form cannot be submitted)
 * @property {Option[]} profileOptions
 * @property {Option[]} timeZoneOptions
 * @property {string} timeZoneStatus the search result count, '' without a search
 * @property {string} timeZoneSuggestion why the time zone was preselected, '' without a suggestion
 * @property {boolean} showOwnerRole
 * @property {Option[]} roleOptions
 * @property {string} roleExplanation
 * @property {string} roleAssignment which user gets which role
 * @property {Option[]} localeOptions
 * @property {Option[]} languageOptions
 * @property {Option[]} emailEncodingOptions
 * @property {import('c/studentUserSiteReadiness').ReadinessView | null} siteReadiness login readiness of the chosen
 *   profile (sites, login URL or problem, email decision); null when there is nothing to say
 */

/**
 * @param {EnableContext} context
 * @param {FormValues} values
 * @param {string} timeZoneQuery
 * @returns {FormView}
 */
export function formView(context, values, timeZoneQuery) {
    const mode = formMode(context);
    const isAlreadyEnabled = mode === 'alreadyEnabled';
    const blocked = !isAlreadyEnabled && isBlocked(context);
    const contactName = context.contact.name;
    const existingUser = context.existingUser;
    const choices = licenseChoices(context);
    const hasLicenseOptions = choices.some((choice) => !choice.disabled);
    const zones = filterTimeZones(context.timeZones, timeZoneQuery, values.timeZoneSidKey);
    const query = timeZoneQuery.trim();
    const ownerName = context.owner?.name ?? '';
    const roles = roleOptions(context);
    const role = roles.find((option) => option.value === values.ownerRoleId);
    const reason = context.suggestedTimeZone?.reason;
    const readiness = siteReadinessView(context.siteReadiness, {
        profileId: values.profileId,
        isReactivation: mode === 'reactivate',
        sendWelcomeEmail: values.sendWelcomeEmail
    });

    let timeZoneStatus = '';
    if (query !== '') {
        timeZoneStatus =
            zones.matches === 0
                ? formatLabel(LABELS.timeZoneNoMatch, query)
                : formatLabel(LABELS.timeZoneMatches, zones.matches, context.timeZones.length);
    }

    return {
        isAlreadyEnabled,
        isReactivation: mode === 'reactivate',
        isBlocked: blocked,
        showForm: !isAlreadyEnabled && !blocked,
        showPrimaryButton: !isAlreadyEnabled,
        canSubmit: !isAlreadyEnabled && !blocked && hasLicenseOptions && !readiness?.blocks,
        primaryLabel: mode === 'reactivate' ? LABELS.reactivate : LABELS.enable,
        hasContact: context.contact.id !== '',
        contactName,
        contactEmail: context.contact.email || LABELS.none,
        accountName: context.contact.isPersonAccount
            ? formatLabel(LABELS.personAccountName, context.contact.accountName ?? contactName)
            : context.contact.accountName || LABELS.none,
        alreadyEnabledText: isAlreadyEnabled ? formatLabel(LABELS.alreadyEnabled, contactName) : '',
        openUserLabel: existingUser ? formatLabel(LABELS.openUser, existingUser.username) : '',
        inactiveUserText: existingUser ? formatLabel(LABELS.inactiveUser, contactName, existingUser.username) : '',
        problems: problemItems(context),
        licenseChoices: choices,
        hasLicenseOptions,
        profileOptions: profileOptions(context, values.licenseKey),
        timeZoneOptions: zones.options,
        timeZoneStatus,
        timeZoneSuggestion: reason ? formatLabel(LABELS.timeZoneSuggested, reason) : '',
        showOwnerRole: needsOwnerRole(context),
        roleOptions: roles,
        roleExplanation: formatLabel(LABELS.roleExplanation, ownerName, context.contact.accountName ?? ''),
        roleAssignment: role
            ? formatLabel(LABELS.roleAssignment, ownerName, role.label)
            : formatLabel(LABELS.rolePick, ownerName),
        localeOptions: context.localeOptions,
        languageOptions: context.languageOptions,
        emailEncodingOptions: context.emailEncodingOptions,
        siteReadiness: readiness
    };
}
