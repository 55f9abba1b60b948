/*
 * Stands in for the right-to-left icon templates of lightning-base-components (lightning/iconSvgTemplates*Rtl).
 * lightning/primitiveIcon imports them only when `@salesforce/i18n/dir` is 'rtl', and the package's own module for it
 * says 'ltr': rollup drops them from the bundle, but only after compiling all ~1,700 of them. Mapped here
 * (preview/lib/rollupConfig.ts), they are never compiled: the cold build took 17 CPU-s instead of 20, and its output
 * is byte for byte the same (issue #23). preview/e2e/lib.test.ts checks that the bundle never reaches this module;
 * should a page ever ask for it, the import fails loudly instead of drawing no icon.
 */
throw new Error(
    'The preview bundles left-to-right icons only (@salesforce/i18n/dir is "ltr"): right-to-left icon templates are ' +
        'left out in preview/lib/rollupConfig.ts.'
);
