/**
 * The action picker's strings, as Custom Labels (labels/Cohort.labels-meta.xml, SPU_Cohort_Action_*). The action
 * names and descriptions come from the page (studentCohort/labels.js), which decides what is offered.
 */
// @ts-nocheck

import Legend from '@salesforce/label/c.SPU_Cohort_Action_Legend';
import DisableWarning from '@salesforce/label/c.SPU_Cohort_Action_Disable_Warning';
import ConfirmDisable from '@salesforce/label/c.SPU_Cohort_Action_Confirm_Disable';

export const LABELS = Object.freeze({
    legend: Legend,
    disableWarning: DisableWarning,
    confirmDisable: ConfirmDisable
});
