/**
 * Every user-facing string of this component, as Custom Labels (force-app/main/default/labels/RunProgress.labels-meta.xml).
 */
import Title from '@salesforce/label/c.SPU_Run_Progress_Title';
import Loading from '@salesforce/label/c.SPU_Run_Progress_Loading';
import NotFound from '@salesforce/label/c.SPU_Run_Progress_Not_Found';
import UnknownError from '@salesforce/label/c.SPU_Run_Progress_Unknown_Error';
import PollError from '@salesforce/label/c.SPU_Run_Progress_Poll_Error';
import StatusQueued from '@salesforce/label/c.SPU_Run_Progress_Status_Queued';
import StatusRunning from '@salesforce/label/c.SPU_Run_Progress_Status_Running';
import StatusCancelling from '@salesforce/label/c.SPU_Run_Progress_Status_Cancelling';
import StatusCancelled from '@salesforce/label/c.SPU_Run_Progress_Status_Cancelled';
import StatusCompleted from '@salesforce/label/c.SPU_Run_Progress_Status_Completed';
import StatusFailed from '@salesforce/label/c.SPU_Run_Progress_Status_Failed';
import Progress from '@salesforce/label/c.SPU_Run_Progress_Progress';
import ProgressLabel from '@salesforce/label/c.SPU_Run_Progress_Progress_Label';
import ProgressValue from '@salesforce/label/c.SPU_Run_Progress_Progress_Value';
import Announce from '@salesforce/label/c.SPU_Run_Progress_Announce';
import DryRun from '@salesforce/label/c.SPU_Run_Progress_Dry_Run';
import Action from '@salesforce/label/c.SPU_Run_Progress_Action';
import CountTotal from '@salesforce/label/c.SPU_Run_Progress_Count_Total';
import CountSucceeded from '@salesforce/label/c.SPU_Run_Progress_Count_Succeeded';
import CountFailed from '@salesforce/label/c.SPU_Run_Progress_Count_Failed';
import CountSkipped from '@salesforce/label/c.SPU_Run_Progress_Count_Skipped';
import CountPending from '@salesforce/label/c.SPU_Run_Progress_Count_Pending';
import Rate from '@salesforce/label/c.SPU_Run_Progress_Rate';
import RateUnknown from '@salesforce/label/c.SPU_Run_Progress_Rate_Unknown';
import TimeLeft from '@salesforce/label/c.SPU_Run_Progress_Time_Left';
import TimeLeftUnknown from '@salesforce/label/c.SPU_Run_Progress_Time_Left_Unknown';
import DurationMinutes from '@salesforce/label/c.SPU_Run_Progress_Duration_Minutes';
import DurationHours from '@salesforce/label/c.SPU_Run_Progress_Duration_Hours';
import DurationUnderMinute from '@salesforce/label/c.SPU_Run_Progress_Duration_Under_Minute';
import Engine from '@salesforce/label/c.SPU_Run_Progress_Engine';
import RunBy from '@salesforce/label/c.SPU_Run_Progress_Run_By';
import StartedAt from '@salesforce/label/c.SPU_Run_Progress_Started_At';
import FinishedAt from '@salesforce/label/c.SPU_Run_Progress_Finished_At';
import Notify from '@salesforce/label/c.SPU_Run_Progress_Notify';
import OpenRecord from '@salesforce/label/c.SPU_Run_Progress_Open_Record';
import LastError from '@salesforce/label/c.SPU_Run_Progress_Last_Error';
import FailuresHeading from '@salesforce/label/c.SPU_Run_Progress_Failures_Heading';
import ColCode from '@salesforce/label/c.SPU_Run_Progress_Col_Code';
import ColMeaning from '@salesforce/label/c.SPU_Run_Progress_Col_Meaning';
import ColCount from '@salesforce/label/c.SPU_Run_Progress_Col_Count';
import Cancel from '@salesforce/label/c.SPU_Run_Progress_Cancel';
import Resume from '@salesforce/label/c.SPU_Run_Progress_Resume';
import Download from '@salesforce/label/c.SPU_Run_Progress_Download';
import Building from '@salesforce/label/c.SPU_Run_Progress_Building';
import Built from '@salesforce/label/c.SPU_Run_Progress_Built';
import CodeOther from '@salesforce/label/c.SPU_Run_Progress_Code_Other';
import CodeNoLicenseLeft from '@salesforce/label/c.SPU_Run_Progress_Code_No_License_Left';
import CodeUsernameTaken from '@salesforce/label/c.SPU_Run_Progress_Code_Username_Taken';
import CodeNicknameTaken from '@salesforce/label/c.SPU_Run_Progress_Code_Nickname_Taken';
import CodeOwnerRoleRequired from '@salesforce/label/c.SPU_Run_Progress_Code_Owner_Role_Required';
import CodeOwnerInactive from '@salesforce/label/c.SPU_Run_Progress_Code_Owner_Inactive';
import CodeNoEmail from '@salesforce/label/c.SPU_Run_Progress_Code_No_Email';
import CodeNoAccount from '@salesforce/label/c.SPU_Run_Progress_Code_No_Account';
import CodeNotAPortalUser from '@salesforce/label/c.SPU_Run_Progress_Code_Not_A_Portal_User';
import CodeNotASiteMember from '@salesforce/label/c.SPU_Run_Progress_Code_Not_A_Site_Member';
import CodeProfileRequired from '@salesforce/label/c.SPU_Run_Progress_Code_Profile_Required';
import CodeRunChunkFailed from '@salesforce/label/c.SPU_Run_Progress_Code_Run_Chunk_Failed';
import CodePlatformError from '@salesforce/label/c.SPU_Run_Progress_Code_Platform_Error';
import CodeProtectedUser from '@salesforce/label/c.SPU_Run_Progress_Code_Protected_User';
import CodeUserInactive from '@salesforce/label/c.SPU_Run_Progress_Code_User_Inactive';
import CodeContactNotFound from '@salesforce/label/c.SPU_Run_Progress_Code_Contact_Not_Found';

export const LABELS = Object.freeze({
    title: Title,
    loading: Loading,
    notFound: NotFound,
    unknownError: UnknownError,
    pollError: PollError,
    statusQueued: StatusQueued,
    statusRunning: StatusRunning,
    statusCancelling: StatusCancelling,
    statusCancelled: StatusCancelled,
    statusCompleted: StatusCompleted,
    statusFailed: StatusFailed,
    progress: Progress,
    progressLabel: ProgressLabel,
    progressValue: ProgressValue,
    announce: Announce,
    dryRun: DryRun,
    action: Action,
    countTotal: CountTotal,
    countSucceeded: CountSucceeded,
    countFailed: CountFailed,
    countSkipped: CountSkipped,
    countPending: CountPending,
    rate: Rate,
    rateUnknown: RateUnknown,
    timeLeft: TimeLeft,
    timeLeftUnknown: TimeLeftUnknown,
    durationMinutes: DurationMinutes,
    durationHours: DurationHours,
    durationUnderMinute: DurationUnderMinute,
    engine: Engine,
    runBy: RunBy,
    startedAt: StartedAt,
    finishedAt: FinishedAt,
    notify: Notify,
    openRecord: OpenRecord,
    lastError: LastError,
    failuresHeading: FailuresHeading,
    colCode: ColCode,
    colMeaning: ColMeaning,
    colCount: ColCount,
    cancel: Cancel,
    resume: Resume,
    download: Download,
    building: Building,
    built: Built,
    codeOther: CodeOther,
    codeNoLicenseLeft: CodeNoLicenseLeft,
    codeUsernameTaken: CodeUsernameTaken,
    codeNicknameTaken: CodeNicknameTaken,
    codeOwnerRoleRequired: CodeOwnerRoleRequired,
    codeOwnerInactive: CodeOwnerInactive,
    codeNoEmail: CodeNoEmail,
    codeNoAccount: CodeNoAccount,
    codeNotAPortalUser: CodeNotAPortalUser,
    codeNotASiteMember: CodeNotASiteMember,
    codeProfileRequired: CodeProfileRequired,
    codeRunChunkFailed: CodeRunChunkFailed,
    codePlatformError: CodePlatformError,
    codeProtectedUser: CodeProtectedUser,
    codeUserInactive: CodeUserInactive,
    codeContactNotFound: CodeContactNotFound
});
