/**
 * Every user-facing string of the login readiness box, as Custom Labels (force-app/main/default/labels/Form.labels-meta.xml).
 */
// @ts-nocheck

import Heading from '@salesforce/label/c.SPU_Form_Site_Heading';
import CanLogIn from '@salesforce/label/c.SPU_Form_Site_Can_Log_In';
import LoginLink from '@salesforce/label/c.SPU_Form_Site_Login_Link';
import WarnOnly from '@salesforce/label/c.SPU_Form_Site_Warn_Only';
import ReactivationWarning from '@salesforce/label/c.SPU_Form_Site_Reactivation_Warning';
import EmailNone from '@salesforce/label/c.SPU_Form_Email_None';
import EmailReactivation from '@salesforce/label/c.SPU_Form_Email_Reactivation';
import EmailSite from '@salesforce/label/c.SPU_Form_Email_Site';
import EmailSalesforce from '@salesforce/label/c.SPU_Form_Email_Salesforce';
import ProblemFix from '@salesforce/label/c.SPU_Form_Problem_Fix';

export const LABELS = Object.freeze({
    heading: Heading,
    canLogIn: CanLogIn,
    loginLink: LoginLink,
    warnOnly: WarnOnly,
    reactivationWarning: ReactivationWarning,
    emailNone: EmailNone,
    emailReactivation: EmailReactivation,
    emailSite: EmailSite,
    emailSalesforce: EmailSalesforce,
    problemFix: ProblemFix
});
