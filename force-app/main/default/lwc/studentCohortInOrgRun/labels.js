/**
 * Every user-facing string of this component, as Custom Labels (force-app/main/default/labels/RunProgress.labels-meta.xml).
 */
import Heading from '@salesforce/label/c.SPU_Run_Start_Heading';
import Intro from '@salesforce/label/c.SPU_Run_Start_Intro';
import SettingsNote from '@salesforce/label/c.SPU_Run_Start_Settings_Note';
import Required from '@salesforce/label/c.SPU_Run_Start_Required';
import DryRun from '@salesforce/label/c.SPU_Run_Start_Dry_Run';
import Prepare from '@salesforce/label/c.SPU_Run_Start_Prepare';
import CheckingLimits from '@salesforce/label/c.SPU_Run_Start_Checking_Limits';
import WarningsHeading from '@salesforce/label/c.SPU_Run_Start_Warnings_Heading';
import NoWarnings from '@salesforce/label/c.SPU_Run_Start_No_Warnings';
import Start from '@salesforce/label/c.SPU_Run_Start_Start';
import Back from '@salesforce/label/c.SPU_Run_Start_Back';
import ActiveRun from '@salesforce/label/c.SPU_Run_Start_Active_Run';
import UnknownError from '@salesforce/label/c.SPU_Run_Start_Unknown_Error';

export const LABELS = Object.freeze({
    heading: Heading,
    intro: Intro,
    settingsNote: SettingsNote,
    required: Required,
    dryRun: DryRun,
    prepare: Prepare,
    checkingLimits: CheckingLimits,
    warningsHeading: WarningsHeading,
    noWarnings: NoWarnings,
    start: Start,
    back: Back,
    activeRun: ActiveRun,
    unknownError: UnknownError
});
