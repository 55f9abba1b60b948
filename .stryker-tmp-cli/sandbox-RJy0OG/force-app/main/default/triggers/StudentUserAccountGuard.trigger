/**
 * @description The Student User Guard on Account (named for the product, so deploying it never replaces an org's own
 * Account trigger). Deleting an account cascades to its contacts without firing Contact triggers, and person accounts
 * fire Account triggers only, so the guard watches accounts too. An org with a trigger framework can call
 * StudentUserGuardHandler.handle(Trigger.operationType, Trigger.old) from its own Account trigger instead.
 */
trigger StudentUserAccountGuard on Account(before delete, after delete) {
    StudentUserGuardHandler.handle(Trigger.operationType, Trigger.old);
}
