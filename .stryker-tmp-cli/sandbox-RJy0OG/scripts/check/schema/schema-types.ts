/** How a name on an SObject can be used in SOQL. */
// @ts-nocheck

export type SchemaFieldType = 'field' | 'reference' | 'children';

export interface SchemaField {
    type: SchemaFieldType;
    /**
     * For `reference`: the parent object (`Name` for a polymorphic lookup such as Event.What or a custom object's
     * Owner: the platform then allows only the fields of the `Name` object). For `children`: the child object.
     */
    target?: string;
}

/** Object API name → field (or relationship) API name → what it is. Names keep the platform's spelling. */
export type SchemaObjects = Record<string, Record<string, SchemaField>>;

/** Read access to a set of objects, so a large schema can decode each object only when a query names it. */
export interface SchemaSource {
    objectNames(): Iterable<string>;
    /** The fields of `object` (exact spelling from `objectNames`), or undefined. */
    fieldsOf(object: string): Record<string, SchemaField> | undefined;
}

export function objectsSource(objects: SchemaObjects): SchemaSource {
    return { objectNames: () => Object.keys(objects), fieldsOf: (object) => objects[object] };
}

/**
 * Compact text of one object's fields, for the cache: `Name,Owner>User,Contacts*Contact` (`>` a lookup to its
 * parent, `*` a child relationship to its child object). Parsing this is several times faster than the object form.
 */
export function encodeFields(fields: Record<string, SchemaField>): string {
    return Object.entries(fields)
        .map(([name, field]) => {
            if (field.type === 'reference') return `${name}>${field.target ?? ''}`;
            if (field.type === 'children') return `${name}*${field.target ?? ''}`;
            return name;
        })
        .join(',');
}

export function decodeFields(text: string): Record<string, SchemaField> {
    const fields: Record<string, SchemaField> = {};
    for (const item of text.split(',')) {
        if (!item) continue;
        const match = /^([^>*]+)([>*])(.+)$/.exec(item);
        if (!match) fields[item] = { type: 'field' };
        else fields[match[1]] = { type: match[2] === '>' ? 'reference' : 'children', target: match[3] };
    }
    return fields;
}
