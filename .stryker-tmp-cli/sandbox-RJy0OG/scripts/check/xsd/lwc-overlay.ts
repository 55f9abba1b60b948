/**
 * The LWC configuration file (`<component>.js-meta.xml`) as the LWC Developer Guide documents it, where the published
 * schema lags: the metadata WSDL types `LightningComponentBundle.targetConfigs` as `xsd:base64Binary` (an opaque
 * blob), so it knows nothing of `<targetConfig>`, `actionType` in a `lightning__RecordAction` config, or flow
 * properties typed `String[]`. Everything else in the file is validated against the WSDL's LightningComponentBundle.
 *
 * Sources (developer.salesforce.com/docs/platform/lwc/guide): "XML Configuration File Elements"
 * (reference-configuration-tags), the per-target pages (targets-lightning-record-action: `actionType` ScreenAction |
 * Action; targets-lightning-flow-screen: `property`, `propertyType`, `configurationEditor`, `role`;
 * targets-lightning-app-page: `event`; targets-lightning-record-page: `objects`; use-config-form-factors:
 * `supportedFormFactors` Large | Small), "Configure a Component for Flow Screens" (role inputOnly | outputOnly, default
 * input and output), use-flow-custom-property-editor-sobject-lwc-example (`{T}`, `{T[]}`), and
 * use-experience-cloud-supported-attributes (the property attributes).
 */
// @ts-nocheck

import type { MetadataSchema, SchemaComplexType } from './schema';

const STRING = 'xsd:string';

/** The overlay: LightningComponentBundle with `targetConfigs` typed, and the documented targetConfig tags. */
export function lwcOverlay(schema: MetadataSchema): Record<string, SchemaComplexType> {
    const bundle = schema.complexTypes.LightningComponentBundle;
    if (!bundle) throw new Error('the schema has no LightningComponentBundle');
    return {
        LightningComponentBundle: {
            ...bundle,
            elements: { ...bundle.elements, targetConfigs: ['LwcTargetConfigs', 0, 1] }
        },
        LwcTargetConfigs: { elements: { targetConfig: ['LwcTargetConfig', 0, -1] } },
        LwcTargetConfig: {
            attributes: { targets: 'lwc:targets', configurationEditor: STRING },
            elements: {
                actionType: ['lwc:actionType', 0, 1],
                property: ['LwcProperty', 0, -1],
                propertyType: ['LwcPropertyType', 0, -1],
                objects: ['LwcObjects', 0, 1],
                supportedFormFactors: ['LwcSupportedFormFactors', 0, 1],
                event: ['LwcEvent', 0, -1]
            }
        },
        LwcProperty: {
            attributes: {
                name: STRING,
                type: 'lwc:propertyType',
                label: STRING,
                description: STRING,
                default: STRING,
                required: 'xsd:boolean',
                role: 'lwc:role',
                datasource: STRING,
                placeholder: STRING,
                min: STRING,
                max: STRING,
                filter: STRING,
                exposedTo: STRING,
                screenResponsive: STRING
            },
            elements: {}
        },
        LwcPropertyType: {
            attributes: { name: STRING, extends: STRING, label: STRING, description: STRING },
            elements: {}
        },
        LwcObjects: { elements: { object: [STRING, 0, -1] } },
        LwcSupportedFormFactors: { elements: { supportedFormFactor: ['LwcSupportedFormFactor', 0, -1] } },
        LwcSupportedFormFactor: { attributes: { type: 'lwc:formFactor' }, elements: {} },
        LwcEvent: {
            attributes: { name: STRING, label: STRING, description: STRING },
            elements: { schema: [STRING, 0, 1] }
        }
    };
}

const oneOf =
    (allowed: string[], what: string) =>
    (value: string): string | undefined =>
        allowed.includes(value) ? undefined : `"${value}" is not a valid ${what}; allowed: ${allowed.join(', ')}`;

/**
 * Values the docs define: `actionType` ScreenAction | Action; `role` inputOnly | outputOnly (inputAndOutput is the
 * documented default); `supportedFormFactor type` Large | Small; a property `type` is a name (String, Integer,
 * Boolean, Date, DateTime, Color, ContentReference, `@salesforce/schema/...`, `apex://...`, `lightning__...`) or a
 * generic `{T}`, optionally with `[]` for a collection (`String[]`, `{T[]}`).
 */
export const LWC_SIMPLE_TYPES: Record<string, (value: string) => string | undefined> = {
    'lwc:actionType': oneOf(['ScreenAction', 'Action'], 'actionType'),
    'lwc:role': oneOf(['inputOnly', 'outputOnly', 'inputAndOutput'], 'role'),
    'lwc:formFactor': oneOf(['Large', 'Small'], 'form factor'),
    'lwc:propertyType': (value) =>
        /^(\{[A-Za-z_]\w*(\[\])?\}|[A-Za-z_@][\w:/.@-]*(\[\])?)$/.test(value)
            ? undefined
            : `"${value}" is not a property type (a type name such as String or Integer, apex://Class, {T}, optionally with [])`,
    'lwc:targets': (value) =>
        value
            .split(',')
            .map((target) => target.trim())
            .every((target) => /^\w+__\w+$/.test(target))
            ? undefined
            : `"${value}" is not a comma-separated list of targets (namespace__Name)`
};
