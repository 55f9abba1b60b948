/**
 * The "students whose program ended" helper's strings, as Custom Labels (labels/Cohort.labels-meta.xml,
 * SPU_Cohort_Program_End_*). Why no student can be found (NO_PROGRAM_DATA, PROGRAM_DATA_NOT_READABLE) comes from the
 * server.
 */
// @ts-nocheck

import Heading from '@salesforce/label/c.SPU_Cohort_Program_End_Heading';
import DateLabel from '@salesforce/label/c.SPU_Cohort_Program_End_Date';
import DateHelp from '@salesforce/label/c.SPU_Cohort_Program_End_Date_Help';
import Find from '@salesforce/label/c.SPU_Cohort_Program_End_Find';
import Searching from '@salesforce/label/c.SPU_Cohort_Program_End_Searching';
import Found from '@salesforce/label/c.SPU_Cohort_Program_End_Found';
import Truncated from '@salesforce/label/c.SPU_Cohort_Program_End_Truncated';
import NoneFound from '@salesforce/label/c.SPU_Cohort_Program_End_None';
import UnknownError from '@salesforce/label/c.SPU_Cohort_Program_End_Error';

export const LABELS = Object.freeze({
    heading: Heading,
    dateLabel: DateLabel,
    dateHelp: DateHelp,
    find: Find,
    searching: Searching,
    found: Found,
    truncated: Truncated,
    noneFound: NoneFound,
    unknownError: UnknownError
});
