/**
 * @description The one Account trigger. Deleting an account cascades to its contacts without firing Contact
 * triggers, and person accounts fire Account triggers only, so the guard watches accounts too.
 */
trigger AccountTrigger on Account(before delete, after delete) {
    StudentUserGuardHandler.handle(Trigger.operationType, Trigger.old);
}
