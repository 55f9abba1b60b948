/**
 * Every user-facing string of the cohort page, as Custom Labels (force-app/main/default/labels/Cohort.labels-meta.xml).
 * The fix of a failed result comes from the server (`errorFix`), not from labels here.
 */
import Title from '@salesforce/label/c.SPU_Cohort_Title';
import RunInFlight from '@salesforce/label/c.SPU_Cohort_Run_In_Flight';
import LifecycleInFlight from '@salesforce/label/c.SPU_Cohort_Lifecycle_In_Flight';
import Loading from '@salesforce/label/c.SPU_Cohort_Loading';
import LoadError from '@salesforce/label/c.SPU_Cohort_Load_Error';
import UnknownError from '@salesforce/label/c.SPU_Cohort_Unknown_Error';
import StudentsHeading from '@salesforce/label/c.SPU_Cohort_Students_Heading';
import EntriesLabel from '@salesforce/label/c.SPU_Cohort_Entries_Label';
import EntriesHelp from '@salesforce/label/c.SPU_Cohort_Entries_Help';
import FindStudents from '@salesforce/label/c.SPU_Cohort_Find_Students';
import Resolving from '@salesforce/label/c.SPU_Cohort_Resolving';
import FromListView from '@salesforce/label/c.SPU_Cohort_From_List_View';
import StudentsFound from '@salesforce/label/c.SPU_Cohort_Students_Found';
import IssuesHeading from '@salesforce/label/c.SPU_Cohort_Issues_Heading';
import NoStudents from '@salesforce/label/c.SPU_Cohort_No_Students';
import SettingsHeading from '@salesforce/label/c.SPU_Cohort_Settings_Heading';
import LicenseLabel from '@salesforce/label/c.SPU_Cohort_License_Label';
import LicenseOption from '@salesforce/label/c.SPU_Cohort_License_Option';
import ProfileLabel from '@salesforce/label/c.SPU_Cohort_Profile_Label';
import ProfilePlaceholder from '@salesforce/label/c.SPU_Cohort_Profile_Placeholder';
import ZoneRuleLabel from '@salesforce/label/c.SPU_Cohort_Zone_Rule_Label';
import ZoneSuggested from '@salesforce/label/c.SPU_Cohort_Zone_Suggested';
import ZoneFixed from '@salesforce/label/c.SPU_Cohort_Zone_Fixed';
import FixedZoneLabel from '@salesforce/label/c.SPU_Cohort_Fixed_Zone_Label';
import FixedZonePlaceholder from '@salesforce/label/c.SPU_Cohort_Fixed_Zone_Placeholder';
import WelcomeEmailLabel from '@salesforce/label/c.SPU_Cohort_Welcome_Email_Label';
import ReviewHeading from '@salesforce/label/c.SPU_Cohort_Review_Heading';
import Check from '@salesforce/label/c.SPU_Cohort_Check';
import Enable from '@salesforce/label/c.SPU_Cohort_Enable';
import Cancel from '@salesforce/label/c.SPU_Cohort_Cancel';
import Cancelling from '@salesforce/label/c.SPU_Cohort_Cancelling';
import Download from '@salesforce/label/c.SPU_Cohort_Download';
import Checking from '@salesforce/label/c.SPU_Cohort_Checking';
import Enabling from '@salesforce/label/c.SPU_Cohort_Enabling';
import StaleCheck from '@salesforce/label/c.SPU_Cohort_Stale_Check';
import NothingToCheck from '@salesforce/label/c.SPU_Cohort_Nothing_To_Check';
import CheckDone from '@salesforce/label/c.SPU_Cohort_Check_Done';
import EnableDone from '@salesforce/label/c.SPU_Cohort_Enable_Done';
import Cancelled from '@salesforce/label/c.SPU_Cohort_Cancelled';
import RunStopped from '@salesforce/label/c.SPU_Cohort_Run_Stopped';
import CountTotal from '@salesforce/label/c.SPU_Cohort_Count_Total';
import CountReady from '@salesforce/label/c.SPU_Cohort_Count_Ready';
import CountWillReactivate from '@salesforce/label/c.SPU_Cohort_Count_Will_Reactivate';
import CountAlreadyEnabled from '@salesforce/label/c.SPU_Cohort_Count_Already_Enabled';
import CountBlocked from '@salesforce/label/c.SPU_Cohort_Count_Blocked';
import CountOwnerRoles from '@salesforce/label/c.SPU_Cohort_Count_Owner_Roles';
import CountCreated from '@salesforce/label/c.SPU_Cohort_Count_Created';
import CountReactivated from '@salesforce/label/c.SPU_Cohort_Count_Reactivated';
import CountFailed from '@salesforce/label/c.SPU_Cohort_Count_Failed';
import CountNotSent from '@salesforce/label/c.SPU_Cohort_Count_Not_Sent';
import LicenseNeed from '@salesforce/label/c.SPU_Cohort_License_Need';
import LicenseShort from '@salesforce/label/c.SPU_Cohort_License_Short';
import ColStudent from '@salesforce/label/c.SPU_Cohort_Col_Student';
import ColEmail from '@salesforce/label/c.SPU_Cohort_Col_Email';
import ColStatus from '@salesforce/label/c.SPU_Cohort_Col_Status';
import ColOwnerRole from '@salesforce/label/c.SPU_Cohort_Col_Owner_Role';
import ColUser from '@salesforce/label/c.SPU_Cohort_Col_User';
import ColReason from '@salesforce/label/c.SPU_Cohort_Col_Reason';
import ColFix from '@salesforce/label/c.SPU_Cohort_Col_Fix';
import StatusNotChecked from '@salesforce/label/c.SPU_Cohort_Status_Not_Checked';
import StatusReady from '@salesforce/label/c.SPU_Cohort_Status_Ready';
import StatusWillReactivate from '@salesforce/label/c.SPU_Cohort_Status_Will_Reactivate';
import StatusAlreadyEnabled from '@salesforce/label/c.SPU_Cohort_Status_Already_Enabled';
import StatusBlocked from '@salesforce/label/c.SPU_Cohort_Status_Blocked';
import StatusCreated from '@salesforce/label/c.SPU_Cohort_Status_Created';
import StatusReactivated from '@salesforce/label/c.SPU_Cohort_Status_Reactivated';
import StatusFailed from '@salesforce/label/c.SPU_Cohort_Status_Failed';
import StatusNotSent from '@salesforce/label/c.SPU_Cohort_Status_Not_Sent';
import OwnerRoleWillGet from '@salesforce/label/c.SPU_Cohort_Owner_Role_Will_Get';
import OwnerRoleGot from '@salesforce/label/c.SPU_Cohort_Owner_Role_Got';
import NotSentMessage from '@salesforce/label/c.SPU_Cohort_Not_Sent_Message';

import LoginStatusColumn from '@salesforce/label/c.SPU_Cohort_Row_Detail_Column';
import LoginStatusButton from '@salesforce/label/c.SPU_Cohort_Row_Detail_Button';
import LoginStatusTitle from '@salesforce/label/c.SPU_Cohort_Row_Detail_Button_Title';
import LoginStatusNoUser from '@salesforce/label/c.SPU_Cohort_Row_Detail_No_User_Title';

export const LABELS = Object.freeze({
    title: Title,
    runInFlight: RunInFlight,
    lifecycleInFlight: LifecycleInFlight,
    loading: Loading,
    loadError: LoadError,
    unknownError: UnknownError,
    studentsHeading: StudentsHeading,
    entriesLabel: EntriesLabel,
    entriesHelp: EntriesHelp,
    findStudents: FindStudents,
    resolving: Resolving,
    fromListView: FromListView,
    studentsFound: StudentsFound,
    issuesHeading: IssuesHeading,
    noStudents: NoStudents,
    settingsHeading: SettingsHeading,
    licenseLabel: LicenseLabel,
    licenseOption: LicenseOption,
    profileLabel: ProfileLabel,
    profilePlaceholder: ProfilePlaceholder,
    zoneRuleLabel: ZoneRuleLabel,
    zoneSuggested: ZoneSuggested,
    zoneFixed: ZoneFixed,
    fixedZoneLabel: FixedZoneLabel,
    fixedZonePlaceholder: FixedZonePlaceholder,
    welcomeEmailLabel: WelcomeEmailLabel,
    reviewHeading: ReviewHeading,
    check: Check,
    enable: Enable,
    cancel: Cancel,
    cancelling: Cancelling,
    download: Download,
    checking: Checking,
    enabling: Enabling,
    staleCheck: StaleCheck,
    nothingToCheck: NothingToCheck,
    checkDone: CheckDone,
    enableDone: EnableDone,
    cancelled: Cancelled,
    runStopped: RunStopped,
    countTotal: CountTotal,
    countReady: CountReady,
    countWillReactivate: CountWillReactivate,
    countAlreadyEnabled: CountAlreadyEnabled,
    countBlocked: CountBlocked,
    countOwnerRoles: CountOwnerRoles,
    countCreated: CountCreated,
    countReactivated: CountReactivated,
    countFailed: CountFailed,
    countNotSent: CountNotSent,
    licenseNeed: LicenseNeed,
    licenseShort: LicenseShort,
    colStudent: ColStudent,
    colEmail: ColEmail,
    colStatus: ColStatus,
    colOwnerRole: ColOwnerRole,
    colUser: ColUser,
    colReason: ColReason,
    colFix: ColFix,
    loginStatusColumn: LoginStatusColumn,
    loginStatusButton: LoginStatusButton,
    loginStatusTitle: LoginStatusTitle,
    loginStatusNoUser: LoginStatusNoUser,
    statusNotChecked: StatusNotChecked,
    statusReady: StatusReady,
    statusWillReactivate: StatusWillReactivate,
    statusAlreadyEnabled: StatusAlreadyEnabled,
    statusBlocked: StatusBlocked,
    statusCreated: StatusCreated,
    statusReactivated: StatusReactivated,
    statusFailed: StatusFailed,
    statusNotSent: StatusNotSent,
    ownerRoleWillGet: OwnerRoleWillGet,
    ownerRoleGot: OwnerRoleGot,
    notSentMessage: NotSentMessage
});
