/**
 * Builds the standard SObject schema from the SObject definitions that ship with apex-ls
 * (`sobject-types-<api>.jar` in `@salesforce/code-analyzer-pmd-engine`): one Java class per SObject whose public
 * fields are typed `Id AccountId`, `Account Account` (a lookup), `User[] Users` (a child relationship), `Name What`
 * (a polymorphic lookup). The class files are read directly (zip + constant pool), which takes about 1 s for the
 * 4,500 objects; `standard-schema.ts` caches the result.
 *
 * CLI: `npx tsx scripts/check/schema/extract-standard-schema.ts [--out file.json]`: refreshes the cache, or writes
 * the readable form `{ source, sha256, objects: { Account: { Owner: { type: 'reference', target: 'User' } } } }`.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readClassShape } from './class-file';
import { encodeFields } from './schema-types';
import type { SchemaField, SchemaObjects } from './schema-types';
import { readZip } from './zip';

/** Bump when the extraction rules or the cache format change. */
export const EXTRACTOR_VERSION = 2;

const SOBJECTS_PACKAGE = 'com/nawforce/runforce/SObjects/';
/** Compound fields (BillingAddress, a geolocation) are typed with these SObject classes but are plain fields. */
const COMPOUND_TYPES = new Set(['Address', 'Location']);

/** The jar with the standard SObjects inside the installed PMD engine of Code Analyzer (apex-ls ships it). */
export function findSObjectTypesJar(): string {
    let engineDir: string;
    try {
        engineDir = dirname(require.resolve('@salesforce/code-analyzer-pmd-engine/package.json'));
    } catch {
        throw new Error('@salesforce/code-analyzer-pmd-engine is not installed: run npm install');
    }
    const libDir = join(engineDir, 'dist', 'java-lib');
    const jar = readdirSync(libDir).find((name) => /^sobject-types-.*\.jar$/.test(name));
    if (!jar) throw new Error(`no sobject-types-*.jar in ${libDir}`);
    return join(libDir, jar);
}

export function sha256(bytes: Buffer): string {
    return createHash('sha256').update(bytes).digest('hex');
}

/** Classifies one public field of an SObject class by its JVM descriptor (`siblings`: the class's field names, lower case). */
export function classifyField(descriptor: string, name: string, siblings: ReadonlySet<string>): SchemaField {
    const match = /^(\[?)L(.+)\/([^/]+);$/.exec(descriptor);
    if (!match || `${match[2]}/` !== SOBJECTS_PACKAGE) return { type: 'field' };
    const [, array, , target] = match;
    if (array) return { type: 'children', target };
    const idField = name.endsWith('__r') ? `${name.slice(0, -3)}__c` : `${name}Id`;
    if (COMPOUND_TYPES.has(target) && !siblings.has(idField.toLowerCase())) return { type: 'field' };
    return { type: 'reference', target };
}

/** Reads every SObject class in the jar into `object → field → kind`. */
export function extractStandardSchema(jarBytes: Buffer): SchemaObjects {
    const objects: SchemaObjects = {};
    const entries = readZip(jarBytes, (name) => name.startsWith(SOBJECTS_PACKAGE) && name.endsWith('.class'));
    for (const entry of entries) {
        const shape = readClassShape(entry.read());
        const objectName = shape.name.slice(SOBJECTS_PACKAGE.length);
        if (objectName.includes('/') || objectName.includes('$')) continue;
        const siblings = new Set(shape.fields.map((field) => field.name.toLowerCase()));
        const fields: Record<string, SchemaField> = {};
        for (const field of shape.fields) fields[field.name] = classifyField(field.descriptor, field.name, siblings);
        objects[objectName] = fields;
    }
    if (Object.keys(objects).length === 0) throw new Error('the sobject-types jar holds no SObject classes');
    return objects;
}

export interface ExtractedSchema {
    /** The jar the schema was read from, e.g. `sobject-types-65.0.0.jar`. */
    source: string;
    /** sha256 of that jar. */
    sha256: string;
    objects: SchemaObjects;
}

/** Extracts the schema of a jar (by default the installed one). */
export function extractFromJar(jarPath: string = findSObjectTypesJar()): ExtractedSchema {
    const bytes = readFileSync(jarPath);
    return { source: basename(jarPath), sha256: sha256(bytes), objects: extractStandardSchema(bytes) };
}

export const STANDARD_SCHEMA_CACHE = join(
    __dirname,
    '..',
    '..',
    '..',
    'node_modules',
    '.cache',
    'soql-fields',
    'standard-schema.json'
);

/** The cache file: each object's fields in the compact text of `encodeFields`. */
export interface StandardSchemaCache {
    source: string;
    sha256: string;
    extractorVersion: number;
    objects: Record<string, string>;
}

/** Re-reads the jar and rewrites the cache (atomically, so parallel runs never see half a file). */
export function refreshStandardSchemaCache(
    jarPath: string = findSObjectTypesJar(),
    cachePath: string = STANDARD_SCHEMA_CACHE
): { path: string; cache: StandardSchemaCache } {
    const extracted = extractFromJar(jarPath);
    const objects: Record<string, string> = {};
    for (const [name, fields] of Object.entries(extracted.objects)) objects[name] = encodeFields(fields);
    const cache = { source: extracted.source, sha256: extracted.sha256, extractorVersion: EXTRACTOR_VERSION, objects };
    mkdirSync(dirname(cachePath), { recursive: true });
    const temporary = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(cache));
    renameSync(temporary, cachePath);
    return { path: cachePath, cache };
}

function main(): void {
    const { values } = parseArgs({ options: { out: { type: 'string' } } });
    if (values.out) {
        const schema = extractFromJar();
        writeFileSync(values.out, `${JSON.stringify(schema, null, 1)}\n`);
        console.log(`${Object.keys(schema.objects).length} objects from ${schema.source} written to ${values.out}`);
    } else {
        const { path, cache } = refreshStandardSchemaCache();
        console.log(`${Object.keys(cache.objects).length} objects from ${cache.source} cached in ${path}`);
    }
}

if (require.main === module) {
    try {
        main();
    } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
    }
}
