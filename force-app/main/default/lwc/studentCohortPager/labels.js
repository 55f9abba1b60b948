/**
 * The pager's strings, as Custom Labels (labels/Cohort.labels-meta.xml, SPU_Cohort_Page_*).
 */
import Range from '@salesforce/label/c.SPU_Cohort_Page_Range';
import Previous from '@salesforce/label/c.SPU_Cohort_Page_Previous';
import Next from '@salesforce/label/c.SPU_Cohort_Page_Next';

export const LABELS = Object.freeze({
    range: Range,
    previous: Previous,
    next: Next
});
