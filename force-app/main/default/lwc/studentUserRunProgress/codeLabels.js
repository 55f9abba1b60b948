/**
 * The label of each failure code a run is most likely to meet (docs/api.md "Error codes"), for the failures-by-code
 * table. A code not listed here shows LABELS.codeOther: the results file has each student's own message and fix.
 */
import { LABELS } from './labels';

export const CODE_LABELS = Object.freeze({
    NO_LICENSE_LEFT: LABELS.codeNoLicenseLeft,
    USERNAME_TAKEN: LABELS.codeUsernameTaken,
    NICKNAME_TAKEN: LABELS.codeNicknameTaken,
    OWNER_ROLE_REQUIRED: LABELS.codeOwnerRoleRequired,
    OWNER_INACTIVE: LABELS.codeOwnerInactive,
    NO_EMAIL: LABELS.codeNoEmail,
    NO_ACCOUNT: LABELS.codeNoAccount,
    NOT_A_PORTAL_USER: LABELS.codeNotAPortalUser,
    NOT_A_SITE_MEMBER: LABELS.codeNotASiteMember,
    PROFILE_REQUIRED: LABELS.codeProfileRequired,
    RUN_CHUNK_FAILED: LABELS.codeRunChunkFailed,
    PLATFORM_ERROR: LABELS.codePlatformError,
    PROTECTED_USER: LABELS.codeProtectedUser,
    USER_INACTIVE: LABELS.codeUserInactive,
    CONTACT_NOT_FOUND: LABELS.codeContactNotFound
});
