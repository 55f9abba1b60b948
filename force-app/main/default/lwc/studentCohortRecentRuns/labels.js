/**
 * The recent runs list's strings, as Custom Labels (labels/Cohort.labels-meta.xml, SPU_Cohort_Runs_*).
 */
import Heading from '@salesforce/label/c.SPU_Cohort_Runs_Heading';
import Refresh from '@salesforce/label/c.SPU_Cohort_Runs_Refresh';
import Loading from '@salesforce/label/c.SPU_Cohort_Runs_Loading';
import Empty from '@salesforce/label/c.SPU_Cohort_Runs_Empty';
import LoadError from '@salesforce/label/c.SPU_Cohort_Runs_Load_Error';
import ColWhen from '@salesforce/label/c.SPU_Cohort_Runs_Col_When';
import ColAction from '@salesforce/label/c.SPU_Cohort_Runs_Col_Action';
import ColWho from '@salesforce/label/c.SPU_Cohort_Runs_Col_Who';
import ColStudents from '@salesforce/label/c.SPU_Cohort_Runs_Col_Students';
import ColSucceeded from '@salesforce/label/c.SPU_Cohort_Runs_Col_Succeeded';
import ColFailed from '@salesforce/label/c.SPU_Cohort_Runs_Col_Failed';
import ColSkipped from '@salesforce/label/c.SPU_Cohort_Runs_Col_Skipped';
import BeingRecorded from '@salesforce/label/c.SPU_Cohort_Runs_Being_Recorded';
import NotRecordedYet from '@salesforce/label/c.SPU_Cohort_Runs_Not_Recorded_Yet';

export const LABELS = Object.freeze({
    heading: Heading,
    refresh: Refresh,
    loading: Loading,
    empty: Empty,
    loadError: LoadError,
    colWhen: ColWhen,
    colAction: ColAction,
    colWho: ColWho,
    colStudents: ColStudents,
    colSucceeded: ColSucceeded,
    colFailed: ColFailed,
    colSkipped: ColSkipped,
    beingRecorded: BeingRecorded,
    notRecordedYet: NotRecordedYet
});
