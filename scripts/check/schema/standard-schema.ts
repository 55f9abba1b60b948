/**
 * The standard SObject schema, extracted from the installed sobject-types jar on first use and cached in
 * `node_modules/.cache/soql-fields/` (keyed by the jar's sha256 and the extractor version, so an upgraded jar is
 * re-read, never trusted stale).
 */
import { readFileSync } from 'node:fs';
import {
    EXTRACTOR_VERSION,
    findSObjectTypesJar,
    refreshStandardSchemaCache,
    sha256,
    STANDARD_SCHEMA_CACHE
} from './extract-standard-schema';
import type { StandardSchemaCache } from './extract-standard-schema';
import { decodeFields } from './schema-types';
import type { SchemaField, SchemaSource } from './schema-types';

export interface StandardSchema extends SchemaSource {
    /** The jar it comes from, e.g. `sobject-types-65.0.0.jar`. */
    source: string;
}

/**
 * Relationships of setup objects the platform has and the sobject-types jar leaves out, merged over it (Object
 * Reference and Tooling API, "EntityDefinition": the `Fields` child relationship to FieldDefinition; "FlowDefinitionView":
 * `TriggerObjectOrEvent`, the EntityDefinition of `TriggerObjectOrEventId`). Add a row only with its source.
 */
export const SETUP_RELATIONSHIPS: Record<string, Record<string, SchemaField>> = {
    EntityDefinition: { Fields: { type: 'children', target: 'FieldDefinition' } },
    FlowDefinitionView: { TriggerObjectOrEvent: { type: 'reference', target: 'EntityDefinition' } }
};

const memory = new Map<string, StandardSchemaCache>();

function readCache(path: string): StandardSchemaCache | undefined {
    try {
        return JSON.parse(readFileSync(path, 'utf8')) as StandardSchemaCache;
    } catch {
        return undefined;
    }
}

function current(cache: StandardSchemaCache | undefined, digest: string): cache is StandardSchemaCache {
    return cache?.sha256 === digest && cache.extractorVersion === EXTRACTOR_VERSION;
}

/** The standard schema of the installed jar: from memory, else the cache when it matches the jar, else extracted. */
export function loadStandardSchema(
    jarPath: string = findSObjectTypesJar(),
    cachePath: string = STANDARD_SCHEMA_CACHE
): StandardSchema {
    const digest = sha256(readFileSync(jarPath));
    let cache = memory.get(cachePath);
    if (!current(cache, digest)) cache = readCache(cachePath);
    if (!current(cache, digest)) cache = refreshStandardSchemaCache(jarPath, cachePath).cache;
    memory.set(cachePath, cache);
    const { objects, source } = cache;
    const decoded = new Map<string, Record<string, SchemaField>>();
    return {
        source,
        objectNames: () => Object.keys(objects),
        fieldsOf(object) {
            const text = objects[object];
            if (text === undefined) return undefined;
            let fields = decoded.get(object);
            if (!fields) decoded.set(object, (fields = { ...decodeFields(text), ...SETUP_RELATIONSHIPS[object] }));
            return fields;
        }
    };
}
