/**
 * `@salesforce/gate/bc.260.enableComboboxElementInternals` closed: with it open, lightning-base-combobox
 * calls attachInternals(), which synthetic shadow does not support.
 */
// @ts-nocheck

export default { isOpen: () => false };
