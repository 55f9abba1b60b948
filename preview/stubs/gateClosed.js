/**
 * `@salesforce/gate/bc.260.enableComboboxElementInternals` closed: with it open, lightning-base-combobox
 * calls attachInternals(), which synthetic shadow does not support.
 */
export default { isOpen: () => false };
