/**
 * @description The one Contact trigger. Before delete remembers the portal users of the contacts being deleted;
 * after delete (where merge losers carry MasterRecordId) decides. All logic lives in StudentUserGuardHandler.
 */
trigger ContactTrigger on Contact(before delete, after delete) {
    StudentUserGuardHandler.handle(Trigger.operationType, Trigger.old);
}
