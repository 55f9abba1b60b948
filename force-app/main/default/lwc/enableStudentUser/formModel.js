/**
 * Pure functions that turn the form context of `StudentUserController.getEnableContext` into the form's options,
 * defaults and texts, and the admin's choices into the `StudentUserRequest` of `enableStudentUser`.
 */
import { formatLabel, serverDefaultProfileId } from 'c/studentUserShared';
import { LABELS } from './labels';

/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContext} EnableContext */
/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextPayload} EnableContextPayload */
/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextOption} Option */
/** @typedef {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextProblem} Problem */
/** @typedef {import('@salesforce/apex/StudentUserController.enableStudentUser').StudentUserRequest} StudentUserRequest */
/** @typedef {import('@salesforce/apex/StudentUserController.enableStudentUser').StudentUserResult} StudentUserResult */
/** @typedef {import('lightning/platformShowToastEvent').ShowToastEventDetail} ShowToastEventDetail */

/**
 * What the admin can change in the form; the request is built from it.
 * @typedef {object} FormValues
 * @property {string} licenseKey
 * @property {string} profileId
 * @property {string} timeZoneSidKey
 * @property {string} ownerRoleId only sent when the owner needs a role
 * @property {string} username
 * @property {string} communityNickname
 * @property {string} alias
 * @property {string} localeSidKey
 * @property {string} languageLocaleKey
 * @property {string} emailEncodingKey
 * @property {boolean} sendWelcomeEmail
 */

/** @typedef {'create' | 'reactivate' | 'alreadyEnabled'} FormMode */

/** Request fields whose inputs sit in the collapsed "Advanced settings" section. */
export const ADVANCED_FIELDS = Object.freeze([
    'username',
    'communityNickname',
    'alias',
    'localeSidKey',
    'languageLocaleKey',
    'emailEncodingKey',
    'sendWelcomeEmail'
]);

/**
 * The context with every property present: Apex leaves out null properties, and a context for a caller without the
 * permission (or an unknown contact) has no contact, owner or suggestions.
 * @param {EnableContextPayload} payload what the wire provisions
 * @returns {EnableContext}
 */
export function normalizeContext(payload) {
    const contact = payload.contact ?? {};
    const suggested = payload.suggested ?? {};
    return {
        contact: {
            id: contact.id ?? '',
            name: contact.name ?? '',
            firstName: contact.firstName ?? null,
            lastName: contact.lastName ?? null,
            email: contact.email ?? null,
            accountId: contact.accountId ?? null,
            accountName: contact.accountName ?? null,
            mailingCountry: contact.mailingCountry ?? null,
            mailingState: contact.mailingState ?? null,
            isPersonAccount: Boolean(contact.isPersonAccount)
        },
        existingUser: payload.existingUser ?? null,
        owner: payload.owner ?? null,
        licenses: payload.licenses ?? [],
        profiles: payload.profiles ?? [],
        defaultLicenseKey: payload.defaultLicenseKey ?? null,
        defaultProfileId: payload.defaultProfileId ?? null,
        timeZones: payload.timeZones ?? [],
        suggestedTimeZone: payload.suggestedTimeZone ?? null,
        roles: payload.roles ?? [],
        defaultRoleId: payload.defaultRoleId ?? null,
        suggested: {
            username: suggested.username ?? null,
            communityNickname: suggested.communityNickname ?? null,
            alias: suggested.alias ?? null,
            localeSidKey: suggested.localeSidKey ?? null,
            languageLocaleKey: suggested.languageLocaleKey ?? null,
            emailEncodingKey: suggested.emailEncodingKey ?? null,
            sendWelcomeEmail: Boolean(suggested.sendWelcomeEmail)
        },
        localeOptions: payload.localeOptions ?? [],
        languageOptions: payload.languageOptions ?? [],
        emailEncodingOptions: payload.emailEncodingOptions ?? [],
        problems: payload.problems ?? [],
        canEnable: Boolean(payload.canEnable),
        siteReadiness: payload.siteReadiness ?? null
    };
}

/**
 * @param {EnableContext} context
 * @returns {FormMode}
 */
export function formMode(context) {
    if (!context.existingUser) {
        return 'create';
    }
    return context.existingUser.isActive ? 'alreadyEnabled' : 'reactivate';
}

/**
 * True when the context names a problem the form cannot solve (no email, owner inactive, ...).
 * @param {EnableContext} context
 * @returns {boolean}
 */
export function isBlocked(context) {
    return context.problems.length > 0 || !context.canEnable;
}

/**
 * The problems with their fix as one line each.
 * @param {EnableContext} context
 * @returns {{ key: string, message: string, fix: string | null }[]}
 */
export function problemItems(context) {
    return context.problems.map((problem, index) => ({
        key: `${problem.code}-${index}`,
        message: problem.message,
        fix: problem.fix ? formatLabel(LABELS.problemFix, problem.fix) : null
    }));
}

/**
 * One licence of the radio group.
 * @typedef {object} LicenseChoice
 * @property {string} value the licence key
 * @property {string} label the licence with its seats left
 * @property {boolean} disabled true when no seat is left
 * @property {string} reason why a disabled licence cannot be chosen; '' when it can
 */

/**
 * Every licence of the context as a radio option, in the order of the context: its label shows the seats left, and
 * one with no seat left is disabled with the reason.
 * @param {EnableContext} context
 * @returns {LicenseChoice[]}
 */
export function licenseChoices(context) {
    return context.licenses.map((license) => {
        const disabled = !(license.available > 0);
        return {
            value: license.key,
            label: formatLabel(LABELS.licenseOption, license.name, license.available, license.total),
            disabled,
            reason: disabled ? formatLabel(LABELS.licenseExhausted, license.name, license.used, license.total) : ''
        };
    });
}

/**
 * Keys of the licences that can be chosen (seats left).
 * @param {EnableContext} context
 * @returns {Set<string>}
 */
export function selectableLicenseKeys(context) {
    return new Set(
        licenseChoices(context)
            .filter((choice) => !choice.disabled)
            .map((choice) => choice.value)
    );
}

/**
 * The licence to preselect: the inactive user's, else the settings default, else the first with seats left. Only
 * licences with seats left qualify; '' when none has any.
 * @param {EnableContext} context
 * @returns {string}
 */
export function initialLicenseKey(context) {
    const offered = selectableLicenseKeys(context);
    const candidates = [context.existingUser?.licenseKey, context.defaultLicenseKey, ...offered];
    return candidates.find((key) => typeof key === 'string' && offered.has(key)) ?? '';
}

/**
 * Profiles of one licence as the server offers them (custom profiles; standard ones only when the settings allow
 * them), in the order of the context.
 * @param {EnableContext} context
 * @param {string} licenseKey
 * @returns {Option[]}
 */
export function profileOptions(context, licenseKey) {
    return context.profiles
        .filter((profile) => profile.licenseKey === licenseKey)
        .map((profile) => ({ value: profile.id, label: profile.name }));
}

/**
 * The profile to preselect for a licence: the inactive user's, else the server's default profile of that licence
 * (`licenses[].defaultProfileId`); each only when it is offered for that licence. '' when there is none: the form
 * then asks ("choose a profile"), it never guesses a profile of its own.
 * @param {EnableContext} context
 * @param {string} licenseKey
 * @returns {string}
 */
export function initialProfileId(context, licenseKey) {
    const own = context.existingUser?.profileId;
    const offered = context.profiles.some((profile) => profile.licenseKey === licenseKey && profile.id === own);
    return own && offered ? own : serverDefaultProfileId(context, licenseKey);
}

/**
 * The time zone to preselect: the inactive user's own zone (kept on reactivation), else the suggested zone; only
 * when it is one of the options, else ''.
 * @param {EnableContext} context
 * @returns {string}
 */
export function initialTimeZone(context) {
    const candidates = [context.existingUser?.timeZoneSidKey, context.suggestedTimeZone?.value];
    return (
        candidates.find(
            (zone) => typeof zone === 'string' && context.timeZones.some((option) => option.value === zone)
        ) ?? ''
    );
}

/**
 * Lower case, with `_`, `/` and runs of spaces as single spaces, so "new york" finds "America/New_York".
 * @param {string} value
 * @returns {string}
 */
function searchable(value) {
    return value.toLowerCase().replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Time zones whose label or key contains every word of the query (city, region, zone name or GMT offset). The
 * selected zone always stays in the list, first when it does not match, so the combobox keeps showing it.
 * @param {Option[]} timeZones
 * @param {string} query
 * @param {string} selected
 * @returns {{ options: Option[], matches: number }}
 */
export function filterTimeZones(timeZones, query, selected) {
    const words = searchable(query).split(' ').filter(Boolean);
    if (words.length === 0) {
        return { options: timeZones, matches: timeZones.length };
    }
    const found = timeZones.filter((zone) => {
        const haystack = searchable(`${zone.label} ${zone.value}`);
        return words.every((word) => haystack.includes(word));
    });
    const current = timeZones.find((zone) => zone.value === selected);
    const options = current && !found.includes(current) ? [current, ...found] : found;
    return { options, matches: found.length };
}

/**
 * True when the account owner has no role, so Salesforce needs one before the portal user can be inserted. An
 * inactive or portal owner is a blocking problem of its own, not a role question.
 * @param {EnableContext} context
 * @returns {boolean}
 */
export function needsOwnerRole(context) {
    const owner = context.owner;
    return Boolean(owner && !owner.roleId && owner.isActive && owner.isInternal);
}

/**
 * @param {EnableContext} context
 * @returns {Option[]}
 */
export function roleOptions(context) {
    return context.roles.map((role) => ({ value: role.id, label: role.name }));
}

/**
 * Every value of the form as the context suggests it.
 * @param {EnableContext} context
 * @returns {FormValues}
 */
export function initialValues(context) {
    const licenseKey = initialLicenseKey(context);
    const suggested = context.suggested;
    const defaultRoleId = context.defaultRoleId;
    return {
        licenseKey,
        profileId: initialProfileId(context, licenseKey),
        timeZoneSidKey: initialTimeZone(context),
        ownerRoleId: defaultRoleId && context.roles.some((role) => role.id === defaultRoleId) ? defaultRoleId : '',
        username: suggested.username ?? '',
        communityNickname: suggested.communityNickname ?? '',
        alias: suggested.alias ?? '',
        localeSidKey: suggested.localeSidKey ?? '',
        languageLocaleKey: suggested.languageLocaleKey ?? '',
        emailEncodingKey: suggested.emailEncodingKey ?? '',
        sendWelcomeEmail: Boolean(suggested.sendWelcomeEmail)
    };
}

/**
 * The request for `enableStudentUser`. Blank text fields are left out, so the service applies its default
 * (docs/api.md, "meaning when blank"); `ownerRoleId` is only sent when the owner needs a role. For a reactivation,
 * the licence, profile and time zone are only sent when the admin changed them, so the user keeps its own.
 * @param {EnableContext} context
 * @param {FormValues} values
 * @returns {StudentUserRequest}
 */
export function buildRequest(context, values) {
    /** @type {StudentUserRequest} */
    const request = { contactId: context.contact.id };
    /** @type {Exclude<keyof FormValues, 'sendWelcomeEmail'>[]} */
    const textFields = [
        'licenseKey',
        'profileId',
        'timeZoneSidKey',
        'username',
        'communityNickname',
        'alias',
        'localeSidKey',
        'languageLocaleKey',
        'emailEncodingKey'
    ];
    if (needsOwnerRole(context)) {
        textFields.push('ownerRoleId');
    }
    const existing = context.existingUser;
    /** @type {Record<string, unknown>} */
    const kept = existing
        ? {
              licenseKey: existing.licenseKey,
              profileId: existing.profileId,
              timeZoneSidKey: existing.timeZoneSidKey
          }
        : {};
    for (const field of textFields) {
        const value = String(values[field]).trim();
        if (value !== '' && value !== kept[field]) {
            request[field] = value;
        }
    }
    request.sendWelcomeEmail = values.sendWelcomeEmail;
    return request;
}

/**
 * The toast after a successful call: its message links to the user (messageData `{url, label}`) and names the
 * role the account owner was given, if any.
 * @param {StudentUserResult} result
 * @param {string} contactName
 * @param {string} [userUrl] the user's URL, from the navigation service (no link without it)
 * @returns {ShowToastEventDetail}
 */
export function successToast(result, contactName, userUrl = '') {
    /** @type {Record<string, [string, string, 'success' | 'info']>} */
    const texts = {
        CREATED: [LABELS.toastCreatedTitle, LABELS.toastCreatedMessage, 'success'],
        REACTIVATED: [LABELS.toastReactivatedTitle, LABELS.toastReactivatedMessage, 'success'],
        ALREADY_ENABLED: [LABELS.toastAlreadyEnabledTitle, LABELS.toastAlreadyEnabledMessage, 'info']
    };
    const [title, template, variant] = texts[result.status] ?? texts.CREATED;
    const username = result.username ?? '';
    const userLink = result.userId && userUrl ? { url: userUrl, label: username } : username;
    let message = template;
    if (result.ownerRoleAssigned && result.ownerName && result.ownerRoleName) {
        message += ` ${formatLabel(LABELS.toastOwnerRole, result.ownerName, result.ownerRoleName)}`;
    }
    return { title, message, messageData: [userLink, contactName], variant };
}
