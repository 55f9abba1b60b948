/**
 * The cohort page's row detail strings, as Custom Labels (labels/Cohort.labels-meta.xml, SPU_Cohort_Row_Detail_*).
 * The login status itself keeps its own labels (c-student-user-login-status); the tables' Login status column takes
 * its labels from each table's LABELS.
 */
import Region from '@salesforce/label/c.SPU_Cohort_Row_Detail_Region';
import Close from '@salesforce/label/c.SPU_Cohort_Row_Detail_Close';

export const LABELS = Object.freeze({
    region: Region,
    close: Close
});
