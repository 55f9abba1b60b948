/**
 * Every user-facing string of the cohort page's lifecycle mode, as Custom Labels (labels/Cohort.labels-meta.xml,
 * SPU_Cohort_Life_*). Messages and fixes of the results come from the server (SPU_Lifecycle_*).
 */
import Check from '@salesforce/label/c.SPU_Cohort_Life_Check';
import Run from '@salesforce/label/c.SPU_Cohort_Life_Run';
import Cancel from '@salesforce/label/c.SPU_Cohort_Life_Cancel';
import Cancelling from '@salesforce/label/c.SPU_Cohort_Life_Cancelling';
import Checking from '@salesforce/label/c.SPU_Cohort_Life_Checking';
import Running from '@salesforce/label/c.SPU_Cohort_Life_Running';
import Download from '@salesforce/label/c.SPU_Cohort_Life_Download';
import NothingToCheck from '@salesforce/label/c.SPU_Cohort_Life_Nothing_To_Check';
import CheckDone from '@salesforce/label/c.SPU_Cohort_Life_Check_Done';
import RunDone from '@salesforce/label/c.SPU_Cohort_Life_Run_Done';
import Cancelled from '@salesforce/label/c.SPU_Cohort_Life_Cancelled';
import RunStopped from '@salesforce/label/c.SPU_Cohort_Life_Run_Stopped';
import UnknownError from '@salesforce/label/c.SPU_Cohort_Life_Unknown_Error';
import DisableUnconfirmed from '@salesforce/label/c.SPU_Cohort_Life_Disable_Unconfirmed';
import LoginLinkWarning from '@salesforce/label/c.SPU_Cohort_Life_Login_Link_Warning';
import CountTotal from '@salesforce/label/c.SPU_Cohort_Life_Count_Total';
import CountReady from '@salesforce/label/c.SPU_Cohort_Life_Count_Ready';
import CountSkipped from '@salesforce/label/c.SPU_Cohort_Life_Count_Skipped';
import CountBlocked from '@salesforce/label/c.SPU_Cohort_Life_Count_Blocked';
import CountDone from '@salesforce/label/c.SPU_Cohort_Life_Count_Done';
import CountFailed from '@salesforce/label/c.SPU_Cohort_Life_Count_Failed';
import CountNotSent from '@salesforce/label/c.SPU_Cohort_Life_Count_Not_Sent';
import StatusNotChecked from '@salesforce/label/c.SPU_Cohort_Life_Status_Not_Checked';
import StatusReady from '@salesforce/label/c.SPU_Cohort_Life_Status_Ready';
import StatusSkipped from '@salesforce/label/c.SPU_Cohort_Life_Status_Skipped';
import StatusBlocked from '@salesforce/label/c.SPU_Cohort_Life_Status_Blocked';
import StatusFailed from '@salesforce/label/c.SPU_Cohort_Life_Status_Failed';
import StatusNotSent from '@salesforce/label/c.SPU_Cohort_Life_Status_Not_Sent';
import NotSentMessage from '@salesforce/label/c.SPU_Cohort_Life_Not_Sent_Message';
import StatusDeactivated from '@salesforce/label/c.SPU_Cohort_Life_Status_Deactivated';
import StatusFrozen from '@salesforce/label/c.SPU_Cohort_Life_Status_Frozen';
import StatusUnfrozen from '@salesforce/label/c.SPU_Cohort_Life_Status_Unfrozen';
import StatusLoginLinkSent from '@salesforce/label/c.SPU_Cohort_Life_Status_Login_Link_Sent';
import StatusReactivated from '@salesforce/label/c.SPU_Cohort_Life_Status_Reactivated';
import StatusDisabled from '@salesforce/label/c.SPU_Cohort_Life_Status_Disabled';
import ColStudent from '@salesforce/label/c.SPU_Cohort_Life_Col_Student';
import ColEmail from '@salesforce/label/c.SPU_Cohort_Life_Col_Email';
import ColStatus from '@salesforce/label/c.SPU_Cohort_Life_Col_Status';
import ColCode from '@salesforce/label/c.SPU_Cohort_Life_Col_Code';
import ColUser from '@salesforce/label/c.SPU_Cohort_Life_Col_User';
import ColReason from '@salesforce/label/c.SPU_Cohort_Life_Col_Reason';
import ColFix from '@salesforce/label/c.SPU_Cohort_Life_Col_Fix';
import Heading from '@salesforce/label/c.SPU_Cohort_Life_Heading';

import LoginStatusColumn from '@salesforce/label/c.SPU_Cohort_Row_Detail_Column';
import LoginStatusButton from '@salesforce/label/c.SPU_Cohort_Row_Detail_Button';
import LoginStatusTitle from '@salesforce/label/c.SPU_Cohort_Row_Detail_Button_Title';
import LoginStatusNoUser from '@salesforce/label/c.SPU_Cohort_Row_Detail_No_User_Title';

export const LABELS = Object.freeze({
    check: Check,
    run: Run,
    cancel: Cancel,
    cancelling: Cancelling,
    checking: Checking,
    running: Running,
    download: Download,
    nothingToCheck: NothingToCheck,
    checkDone: CheckDone,
    runDone: RunDone,
    cancelled: Cancelled,
    runStopped: RunStopped,
    unknownError: UnknownError,
    disableUnconfirmed: DisableUnconfirmed,
    loginLinkWarning: LoginLinkWarning,
    countTotal: CountTotal,
    countReady: CountReady,
    countSkipped: CountSkipped,
    countBlocked: CountBlocked,
    countDone: CountDone,
    countFailed: CountFailed,
    countNotSent: CountNotSent,
    statusNotChecked: StatusNotChecked,
    statusReady: StatusReady,
    statusSkipped: StatusSkipped,
    statusBlocked: StatusBlocked,
    statusFailed: StatusFailed,
    statusNotSent: StatusNotSent,
    notSentMessage: NotSentMessage,
    colStudent: ColStudent,
    colEmail: ColEmail,
    colStatus: ColStatus,
    colCode: ColCode,
    colUser: ColUser,
    colReason: ColReason,
    colFix: ColFix,
    loginStatusColumn: LoginStatusColumn,
    loginStatusButton: LoginStatusButton,
    loginStatusTitle: LoginStatusTitle,
    loginStatusNoUser: LoginStatusNoUser,
    heading: Heading,
    statusDeactivated: StatusDeactivated,
    statusFrozen: StatusFrozen,
    statusUnfrozen: StatusUnfrozen,
    statusLoginLinkSent: StatusLoginLinkSent,
    statusReactivated: StatusReactivated,
    statusDisabled: StatusDisabled
});
