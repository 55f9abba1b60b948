/**
 * Every user-facing string of the form, as Custom Labels (force-app/main/default/labels/Form.labels-meta.xml).
 */
// @ts-nocheck

import Title from '@salesforce/label/c.SPU_Form_Title';
import Loading from '@salesforce/label/c.SPU_Form_Loading';
import Saving from '@salesforce/label/c.SPU_Form_Saving';
import Cancel from '@salesforce/label/c.SPU_Form_Cancel';
import Close from '@salesforce/label/c.SPU_Form_Close';
import Enable from '@salesforce/label/c.SPU_Form_Enable';
import Reactivate from '@salesforce/label/c.SPU_Form_Reactivate';
import Student from '@salesforce/label/c.SPU_Form_Student';
import Email from '@salesforce/label/c.SPU_Form_Email';
import Account from '@salesforce/label/c.SPU_Form_Account';
import PersonAccountName from '@salesforce/label/c.SPU_Form_Person_Account_Name';
import None from '@salesforce/label/c.SPU_Form_None';
import LicenseLabel from '@salesforce/label/c.SPU_Form_License_Label';
import LicenseOption from '@salesforce/label/c.SPU_Form_License_Option';
import LicenseExhausted from '@salesforce/label/c.SPU_Form_License_Exhausted';
import LicenseRequired from '@salesforce/label/c.SPU_Form_License_Required';
import NoLicenseLeft from '@salesforce/label/c.SPU_Form_No_License_Left';
import Required from '@salesforce/label/c.SPU_Form_Required';
import ProfileLabel from '@salesforce/label/c.SPU_Form_Profile_Label';
import ProfilePlaceholder from '@salesforce/label/c.SPU_Form_Profile_Placeholder';
import ProfileHelp from '@salesforce/label/c.SPU_Form_Profile_Help';
import ProfileRequired from '@salesforce/label/c.SPU_Form_Profile_Required';
import TimeZoneSearchLabel from '@salesforce/label/c.SPU_Form_Time_Zone_Search_Label';
import TimeZoneSearchPlaceholder from '@salesforce/label/c.SPU_Form_Time_Zone_Search_Placeholder';
import TimeZoneLabel from '@salesforce/label/c.SPU_Form_Time_Zone_Label';
import TimeZonePlaceholder from '@salesforce/label/c.SPU_Form_Time_Zone_Placeholder';
import TimeZoneSuggested from '@salesforce/label/c.SPU_Form_Time_Zone_Suggested';
import TimeZoneMatches from '@salesforce/label/c.SPU_Form_Time_Zone_Matches';
import TimeZoneNoMatch from '@salesforce/label/c.SPU_Form_Time_Zone_No_Match';
import RoleHeading from '@salesforce/label/c.SPU_Form_Role_Heading';
import RoleExplanation from '@salesforce/label/c.SPU_Form_Role_Explanation';
import RoleAssignment from '@salesforce/label/c.SPU_Form_Role_Assignment';
import RolePick from '@salesforce/label/c.SPU_Form_Role_Pick';
import RoleLabel from '@salesforce/label/c.SPU_Form_Role_Label';
import RolePlaceholder from '@salesforce/label/c.SPU_Form_Role_Placeholder';
import AdvancedLabel from '@salesforce/label/c.SPU_Form_Advanced_Label';
import UsernameLabel from '@salesforce/label/c.SPU_Form_Username_Label';
import UsernameHelp from '@salesforce/label/c.SPU_Form_Username_Help';
import UsernameInvalid from '@salesforce/label/c.SPU_Form_Username_Invalid';
import NicknameLabel from '@salesforce/label/c.SPU_Form_Nickname_Label';
import AliasLabel from '@salesforce/label/c.SPU_Form_Alias_Label';
import AliasTooLong from '@salesforce/label/c.SPU_Form_Alias_Too_Long';
import LocaleLabel from '@salesforce/label/c.SPU_Form_Locale_Label';
import LanguageLabel from '@salesforce/label/c.SPU_Form_Language_Label';
import EmailEncodingLabel from '@salesforce/label/c.SPU_Form_Email_Encoding_Label';
import WelcomeEmailLabel from '@salesforce/label/c.SPU_Form_Welcome_Email_Label';
import ProblemsHeading from '@salesforce/label/c.SPU_Form_Problems_Heading';
import CheckAgain from '@salesforce/label/c.SPU_Form_Check_Again';
import ProblemFix from '@salesforce/label/c.SPU_Form_Problem_Fix';
import AlreadyEnabled from '@salesforce/label/c.SPU_Form_Already_Enabled';
import OpenUser from '@salesforce/label/c.SPU_Form_Open_User';
import InactiveUser from '@salesforce/label/c.SPU_Form_Inactive_User';
import LoadError from '@salesforce/label/c.SPU_Form_Load_Error';
import SaveError from '@salesforce/label/c.SPU_Form_Save_Error';
import ValidationError from '@salesforce/label/c.SPU_Form_Validation_Error';
import UnknownError from '@salesforce/label/c.SPU_Form_Unknown_Error';
import ToastCreatedTitle from '@salesforce/label/c.SPU_Form_Toast_Created_Title';
import ToastCreatedMessage from '@salesforce/label/c.SPU_Form_Toast_Created_Message';
import ToastReactivatedTitle from '@salesforce/label/c.SPU_Form_Toast_Reactivated_Title';
import ToastReactivatedMessage from '@salesforce/label/c.SPU_Form_Toast_Reactivated_Message';
import ToastAlreadyEnabledTitle from '@salesforce/label/c.SPU_Form_Toast_Already_Enabled_Title';
import ToastAlreadyEnabledMessage from '@salesforce/label/c.SPU_Form_Toast_Already_Enabled_Message';
import ToastOwnerRole from '@salesforce/label/c.SPU_Form_Toast_Owner_Role';

export const LABELS = Object.freeze({
    title: Title,
    loading: Loading,
    saving: Saving,
    cancel: Cancel,
    close: Close,
    enable: Enable,
    reactivate: Reactivate,
    student: Student,
    email: Email,
    account: Account,
    personAccountName: PersonAccountName,
    none: None,
    licenseLabel: LicenseLabel,
    licenseOption: LicenseOption,
    licenseExhausted: LicenseExhausted,
    licenseRequired: LicenseRequired,
    noLicenseLeft: NoLicenseLeft,
    required: Required,
    profileLabel: ProfileLabel,
    profilePlaceholder: ProfilePlaceholder,
    profileHelp: ProfileHelp,
    profileRequired: ProfileRequired,
    timeZoneSearchLabel: TimeZoneSearchLabel,
    timeZoneSearchPlaceholder: TimeZoneSearchPlaceholder,
    timeZoneLabel: TimeZoneLabel,
    timeZonePlaceholder: TimeZonePlaceholder,
    timeZoneSuggested: TimeZoneSuggested,
    timeZoneMatches: TimeZoneMatches,
    timeZoneNoMatch: TimeZoneNoMatch,
    roleHeading: RoleHeading,
    roleExplanation: RoleExplanation,
    roleAssignment: RoleAssignment,
    rolePick: RolePick,
    roleLabel: RoleLabel,
    rolePlaceholder: RolePlaceholder,
    advancedLabel: AdvancedLabel,
    usernameLabel: UsernameLabel,
    usernameHelp: UsernameHelp,
    usernameInvalid: UsernameInvalid,
    nicknameLabel: NicknameLabel,
    aliasLabel: AliasLabel,
    aliasTooLong: AliasTooLong,
    localeLabel: LocaleLabel,
    languageLabel: LanguageLabel,
    emailEncodingLabel: EmailEncodingLabel,
    welcomeEmailLabel: WelcomeEmailLabel,
    problemsHeading: ProblemsHeading,
    checkAgain: CheckAgain,
    problemFix: ProblemFix,
    alreadyEnabled: AlreadyEnabled,
    openUser: OpenUser,
    inactiveUser: InactiveUser,
    loadError: LoadError,
    saveError: SaveError,
    validationError: ValidationError,
    unknownError: UnknownError,
    toastCreatedTitle: ToastCreatedTitle,
    toastCreatedMessage: ToastCreatedMessage,
    toastReactivatedTitle: ToastReactivatedTitle,
    toastReactivatedMessage: ToastReactivatedMessage,
    toastAlreadyEnabledTitle: ToastAlreadyEnabledTitle,
    toastAlreadyEnabledMessage: ToastAlreadyEnabledMessage,
    toastOwnerRole: ToastOwnerRole
});
