/**
 * The cohort page's row detail strings, as Custom Labels (labels/Cohort.labels-meta.xml, SPU_Cohort_Row_Detail_*).
 * The login status itself keeps its own labels (c-student-user-login-status).
 */
import Column from '@salesforce/label/c.SPU_Cohort_Row_Detail_Column';
import Button from '@salesforce/label/c.SPU_Cohort_Row_Detail_Button';
import ButtonTitle from '@salesforce/label/c.SPU_Cohort_Row_Detail_Button_Title';
import NoUserTitle from '@salesforce/label/c.SPU_Cohort_Row_Detail_No_User_Title';
import Region from '@salesforce/label/c.SPU_Cohort_Row_Detail_Region';
import Close from '@salesforce/label/c.SPU_Cohort_Row_Detail_Close';

export const LABELS = Object.freeze({
    column: Column,
    button: Button,
    buttonTitle: ButtonTitle,
    noUserTitle: NoUserTitle,
    region: Region,
    close: Close
});
