/**
 * Every user-facing string of the login status view, as Custom Labels
 * (force-app/main/default/labels/LoginStatus.labels-meta.xml; the lines themselves come from the server).
 */
import Heading from '@salesforce/label/c.SPU_Login_View_Heading';
import Loading from '@salesforce/label/c.SPU_Login_View_Loading';
import LoadError from '@salesforce/label/c.SPU_Login_View_Load_Error';
import NoUser from '@salesforce/label/c.SPU_Login_View_No_User';
import SummaryOk from '@salesforce/label/c.SPU_Login_View_Summary_Ok';
import SummaryProblems from '@salesforce/label/c.SPU_Login_View_Summary_Problems';
import Checks from '@salesforce/label/c.SPU_Login_View_Checks';
import StateOk from '@salesforce/label/c.SPU_Login_View_State_Ok';
import StateProblem from '@salesforce/label/c.SPU_Login_View_State_Problem';
import StateWarning from '@salesforce/label/c.SPU_Login_View_State_Warning';
import StateUnknown from '@salesforce/label/c.SPU_Login_View_State_Unknown';
import Fix from '@salesforce/label/c.SPU_Login_View_Fix';
import ActionReactivate from '@salesforce/label/c.SPU_Login_View_Action_Reactivate';
import ActionUnfreeze from '@salesforce/label/c.SPU_Login_View_Action_Unfreeze';
import ActionSendLoginLink from '@salesforce/label/c.SPU_Login_View_Action_Send_Login_Link';
import ActionDeactivate from '@salesforce/label/c.SPU_Login_View_Action_Deactivate';
import ActionFreeze from '@salesforce/label/c.SPU_Login_View_Action_Freeze';
import ReactivateInForm from '@salesforce/label/c.SPU_Login_View_Reactivate_In_Form';
import NoManage from '@salesforce/label/c.SPU_Login_View_No_Manage';
import OtherActions from '@salesforce/label/c.SPU_Login_View_Other_Actions';
import ConfirmDeactivate from '@salesforce/label/c.SPU_Login_View_Confirm_Deactivate';
import ConfirmFreeze from '@salesforce/label/c.SPU_Login_View_Confirm_Freeze';
import ConfirmSendLoginLink from '@salesforce/label/c.SPU_Login_View_Confirm_Send_Login_Link';
import Confirm from '@salesforce/label/c.SPU_Login_View_Confirm';
import Cancel from '@salesforce/label/c.SPU_Login_View_Cancel';
import Running from '@salesforce/label/c.SPU_Login_View_Running';
import DoneReactivated from '@salesforce/label/c.SPU_Login_View_Done_Reactivated';
import DoneUnfrozen from '@salesforce/label/c.SPU_Login_View_Done_Unfrozen';
import DoneLoginLinkSent from '@salesforce/label/c.SPU_Login_View_Done_Login_Link_Sent';
import DoneDeactivated from '@salesforce/label/c.SPU_Login_View_Done_Deactivated';
import DoneFrozen from '@salesforce/label/c.SPU_Login_View_Done_Frozen';
import ActionError from '@salesforce/label/c.SPU_Login_View_Action_Error';
import UnknownError from '@salesforce/label/c.SPU_Login_View_Unknown_Error';

export const LABELS = Object.freeze({
    heading: Heading,
    loading: Loading,
    loadError: LoadError,
    noUser: NoUser,
    summaryOk: SummaryOk,
    summaryProblems: SummaryProblems,
    checks: Checks,
    stateOk: StateOk,
    stateProblem: StateProblem,
    stateWarning: StateWarning,
    stateUnknown: StateUnknown,
    fix: Fix,
    actionReactivate: ActionReactivate,
    actionUnfreeze: ActionUnfreeze,
    actionSendLoginLink: ActionSendLoginLink,
    actionDeactivate: ActionDeactivate,
    actionFreeze: ActionFreeze,
    reactivateInForm: ReactivateInForm,
    noManage: NoManage,
    otherActions: OtherActions,
    confirmDeactivate: ConfirmDeactivate,
    confirmFreeze: ConfirmFreeze,
    confirmSendLoginLink: ConfirmSendLoginLink,
    confirm: Confirm,
    cancel: Cancel,
    running: Running,
    doneReactivated: DoneReactivated,
    doneUnfrozen: DoneUnfrozen,
    doneLoginLinkSent: DoneLoginLinkSent,
    doneDeactivated: DoneDeactivated,
    doneFrozen: DoneFrozen,
    actionError: ActionError,
    unknownError: UnknownError
});
