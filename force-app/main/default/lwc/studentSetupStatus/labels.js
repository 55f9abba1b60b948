/**
 * The Setup view's strings, as Custom Labels (labels/Setup.labels-meta.xml, SPU_Setup_*). The steps' own texts come
 * from Apex (StudentSetupStatus), in the running user's language.
 */
import Title from '@salesforce/label/c.SPU_Setup_Card_Title';
import Intro from '@salesforce/label/c.SPU_Setup_Intro';
import Summary from '@salesforce/label/c.SPU_Setup_Summary';
import StatusDone from '@salesforce/label/c.SPU_Setup_Status_Done';
import StatusTodo from '@salesforce/label/c.SPU_Setup_Status_Todo';
import StatusUnreadable from '@salesforce/label/c.SPU_Setup_Status_Unreadable';
import FixPrefix from '@salesforce/label/c.SPU_Setup_Fix_Prefix';
import OpenLink from '@salesforce/label/c.SPU_Setup_Open_Link';
import Refresh from '@salesforce/label/c.SPU_Setup_Refresh';
import Loading from '@salesforce/label/c.SPU_Setup_Loading';
import LoadError from '@salesforce/label/c.SPU_Setup_Error';

export const LABELS = Object.freeze({
    title: Title,
    intro: Intro,
    summary: Summary,
    statusDone: StatusDone,
    statusTodo: StatusTodo,
    statusUnreadable: StatusUnreadable,
    fixPrefix: FixPrefix,
    openLink: OpenLink,
    refresh: Refresh,
    loading: Loading,
    loadError: LoadError
});
