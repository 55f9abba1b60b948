/**
 * Maximum text lengths of metadata elements, as the Salesforce documentation states them. The WSDL types these
 * elements as plain `xsd:string`, so the schema check cannot see them; a deploy rejects a longer value.
 *
 * Only limits with a documented source are listed: each row names the document (title, and where in it) that states
 * the maximum. Candidates looked up without finding a stated maximum are left out on purpose (docs/checks.md lists
 * them): CustomLabel shortDescription, CustomField description and inlineHelpText, CustomObject label and
 * pluralLabel, QuickAction label, CustomTab description, Flow description, CustomMetadata record label.
 */
// @ts-nocheck

export interface TextLimit {
    /** Metadata API type of the file's root element (`typeForFile`). */
    type: string;
    /** Element names from the root element down to the limited element, e.g. `['labels', 'value']`. */
    path: string[];
    /** How the documentation names the field, printed in findings, e.g. `PermissionSet.Description`. */
    field: string;
    /** Maximum number of characters. */
    max: number;
    /** The document (title, and where in it) that states the maximum. */
    source: string;
}

export const TEXT_LIMITS: TextLimit[] = [
    {
        type: 'PermissionSet',
        path: ['description'],
        field: 'PermissionSet.Description',
        max: 255,
        source: 'Object Reference for the Salesforce Platform, "PermissionSet": Description, "Limit: 255 characters"; Salesforce Field Reference, "PermissionSet": Description, string, length 255'
    },
    {
        type: 'PermissionSet',
        path: ['label'],
        field: 'PermissionSet.Label',
        max: 80,
        source: 'Tooling API Developer Guide, "PermissionSet": Label, "Limit: 80 characters"; Salesforce Field Reference, "PermissionSet": Label, string, length 80'
    },
    {
        type: 'CustomPermission',
        path: ['description'],
        field: 'CustomPermission.Description',
        max: 255,
        source: 'Object Reference for the Salesforce Platform, "CustomPermission": Description, "Limit: 255 characters"; Salesforce Field Reference, "CustomPermission": Description, textarea, length 255'
    },
    {
        type: 'CustomPermission',
        path: ['label'],
        field: 'CustomPermission.MasterLabel',
        max: 80,
        source: 'Salesforce Field Reference, "CustomPermission": MasterLabel (Label), string, length 80'
    },
    {
        type: 'CustomLabels',
        path: ['labels', 'value'],
        field: 'CustomLabel.value',
        max: 1000,
        source: 'Metadata API Developer Guide, "CustomLabels": "custom text values, up to 1,000 characters in length"; Salesforce Help, "Custom Labels": "up to 1,000 characters in length"'
    },
    {
        type: 'CustomLabels',
        path: ['labels', 'categories'],
        field: 'CustomLabel.categories',
        max: 255,
        source: 'Tooling API Developer Guide, "ExternalString" (the custom label): Category, "limited to 255 characters"'
    },
    {
        type: 'CustomField',
        path: ['label'],
        field: 'CustomField.label',
        max: 40,
        source: 'Salesforce Help, Knowledge Article 000381913 "DescribeFieldResult.getLength() returns maximum of 40 characters for longer API name": "The current character limit for creating field names and labels is 40 characters"'
    }
];

/**
 * Types whose root element is one item of a bundle type: a decomposed `.label-meta.xml` holds one `<CustomLabel>`,
 * the same element as a `<labels>` entry of `CustomLabels`.
 */
const ITEM_OF: Record<string, { type: string; element: string }> = {
    CustomLabel: { type: 'CustomLabels', element: 'labels' }
};

/** The limits that apply to a file whose root element is `type`, with paths relative to that root. */
export function limitsFor(type: string): TextLimit[] {
    const direct = TEXT_LIMITS.filter((limit) => limit.type === type);
    const item = Object.hasOwn(ITEM_OF, type) ? ITEM_OF[type] : undefined;
    if (!item) return direct;
    const asItem = TEXT_LIMITS.filter((limit) => limit.type === item.type && limit.path[0] === item.element).map(
        (limit) => ({ ...limit, type, path: limit.path.slice(1) })
    );
    return [...direct, ...asItem];
}

/**
 * Length of a text as the platform counts it: in characters, after XML decoding (the parser has already turned
 * `&amp;`, `&lt;`, `&#233;` into one character each, and CDATA is taken as written). Counted in Unicode code points,
 * so a character outside the Basic Multilingual Plane (an emoji) counts once.
 */
export function textLength(text: string): number {
    return Array.from(text).length;
}
