/**
 * The names and one-line descriptions of the cohort page's actions, as Custom Labels (labels/Cohort.labels-meta.xml,
 * SPU_Cohort_Action_*). Apart from labels.js so the lifecycle mode adds its strings without touching the enable mode's.
 */
// @ts-nocheck

import Enable from '@salesforce/label/c.SPU_Cohort_Action_Enable';
import EnableHelp from '@salesforce/label/c.SPU_Cohort_Action_Enable_Help';
import Deactivate from '@salesforce/label/c.SPU_Cohort_Action_Deactivate';
import DeactivateHelp from '@salesforce/label/c.SPU_Cohort_Action_Deactivate_Help';
import Freeze from '@salesforce/label/c.SPU_Cohort_Action_Freeze';
import FreezeHelp from '@salesforce/label/c.SPU_Cohort_Action_Freeze_Help';
import Unfreeze from '@salesforce/label/c.SPU_Cohort_Action_Unfreeze';
import UnfreezeHelp from '@salesforce/label/c.SPU_Cohort_Action_Unfreeze_Help';
import SendLoginLink from '@salesforce/label/c.SPU_Cohort_Action_Send_Login_Link';
import SendLoginLinkHelp from '@salesforce/label/c.SPU_Cohort_Action_Send_Login_Link_Help';
import Reactivate from '@salesforce/label/c.SPU_Cohort_Action_Reactivate';
import ReactivateHelp from '@salesforce/label/c.SPU_Cohort_Action_Reactivate_Help';
import Disable from '@salesforce/label/c.SPU_Cohort_Action_Disable';
import DisableHelp from '@salesforce/label/c.SPU_Cohort_Action_Disable_Help';

export const ACTION_LABELS = Object.freeze({
    ENABLE: Enable,
    ENABLE_HELP: EnableHelp,
    DEACTIVATE: Deactivate,
    DEACTIVATE_HELP: DeactivateHelp,
    FREEZE: Freeze,
    FREEZE_HELP: FreezeHelp,
    UNFREEZE: Unfreeze,
    UNFREEZE_HELP: UnfreezeHelp,
    SEND_LOGIN_LINK: SendLoginLink,
    SEND_LOGIN_LINK_HELP: SendLoginLinkHelp,
    REACTIVATE: Reactivate,
    REACTIVATE_HELP: ReactivateHelp,
    DISABLE: Disable,
    DISABLE_HELP: DisableHelp
});
