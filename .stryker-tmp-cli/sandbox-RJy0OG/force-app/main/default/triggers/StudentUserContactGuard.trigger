/**
 * @description The Student User Guard on Contact (named for the product, so deploying it never replaces an org's own
 * Contact trigger). Before delete remembers the portal users of the contacts being deleted; after delete (where
 * merge losers carry MasterRecordId) decides. All logic lives in StudentUserGuardHandler: an org with a trigger
 * framework can call StudentUserGuardHandler.handle(Trigger.operationType, Trigger.old) from its own Contact trigger
 * instead of deploying this one (docs/guard.md).
 */
trigger StudentUserContactGuard on Contact(before delete, after delete) {
    StudentUserGuardHandler.handle(Trigger.operationType, Trigger.old);
}
