// @ts-nocheck
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One child element of a complex type: `[type, minOccurs, maxOccurs (-1 = unbounded), nillable (1)?]`. */
export type SchemaElement = [string, number, number] | [string, number, number, number];

/** A complexType of the Metadata API: its own elements and the type it extends (`xsd:extension base`). */
export interface SchemaComplexType {
    base?: string;
    elements: Record<string, SchemaElement>;
    /** Only in the hand-written LWC overlay (the WSDL declares no attributes): attribute name → simple type. */
    attributes?: Record<string, string>;
}

/** `metadata-schema.json`, written by generate-metadata-schema.ts from the published metadata WSDL. */
export interface MetadataSchema {
    provenance: {
        repository: string;
        commit: string;
        path: string;
        apiVersion: string;
        /** The WSDL's own header line (`Copyright 2006-2025 Salesforce.com, inc. All Rights Reserved`). */
        wsdlHeader: string;
        license: string;
        notice: string[];
        generatedBy: string;
        content: string;
    };
    complexTypes: Record<string, SchemaComplexType>;
    /** simpleTypes restricted to a list of values. */
    enums: Record<string, string[]>;
    /** Other simpleTypes, by their base type (`ID` → `xsd:string`). */
    simpleTypes: Record<string, string>;
}

export const SCHEMA_FILE = join(__dirname, 'metadata-schema.json');

let cached: MetadataSchema | undefined;

/** The committed schema (parsed once per process). */
export function loadMetadataSchema(file = SCHEMA_FILE): MetadataSchema {
    if (file !== SCHEMA_FILE) return JSON.parse(readFileSync(file, 'utf8')) as MetadataSchema;
    cached ??= JSON.parse(readFileSync(file, 'utf8')) as MetadataSchema;
    return cached;
}
