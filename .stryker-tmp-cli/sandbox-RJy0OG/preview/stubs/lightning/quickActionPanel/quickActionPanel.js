// @ts-nocheck
import { LightningElement, registerDecorators } from 'lwc';

/**
 * Preview stand-in for `lightning-quick-action-panel` (no open-source version exists): the SLDS modal
 * header with the title, the body slot and the footer slot. The page (src/main.js) supplies the modal
 * section, container and backdrop around the component, as Lightning Experience does.
 *
 * `header` is declared public with registerDecorators (what the LWC compiler emits for `@api header`),
 * because the preview's ESLint block parses plain JavaScript, without decorators.
 */
class QuickActionPanel extends LightningElement {
    header;
}

registerDecorators(QuickActionPanel, { publicProps: { header: { config: 0 } } });

export default QuickActionPanel;
