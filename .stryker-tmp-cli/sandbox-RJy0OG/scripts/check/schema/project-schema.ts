/**
 * The project's own schema from source format: `force-app/**\/objects/<Object>/` folders (custom objects, custom
 * metadata types, platform events, and standard objects that the project adds custom fields to).
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { SchemaField, SchemaObjects } from './schema-types';

const LOOKUP_TYPES = new Set(['Lookup', 'MasterDetail', 'MetadataRelationship', 'Hierarchy', 'ExternalLookup']);

const BASE_CUSTOM_OBJECT_FIELDS = [
    'Id',
    'Name',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
    'IsDeleted',
    'LastViewedDate',
    'LastReferencedDate'
];
const CUSTOM_METADATA_FIELDS = [
    'Id',
    'DeveloperName',
    'MasterLabel',
    'Label',
    'QualifiedApiName',
    'NamespacePrefix',
    'Language'
];
const PLATFORM_EVENT_FIELDS = ['ReplayId', 'CreatedDate', 'CreatedById', 'EventUuid'];
/** Child relationships every custom object has (files, notes, approvals, activities when enabled). */
const CUSTOM_OBJECT_CHILDREN: Record<string, string> = {
    AttachedContentDocuments: 'AttachedContentDocument',
    Attachments: 'Attachment',
    CombinedAttachments: 'CombinedAttachment',
    ContentDocumentLinks: 'ContentDocumentLink',
    Notes: 'Note',
    NotesAndAttachments: 'NoteAndAttachment',
    ProcessInstances: 'ProcessInstance',
    ProcessSteps: 'ProcessInstanceHistory'
};
const ACTIVITY_CHILDREN: Record<string, string> = {
    ActivityHistories: 'ActivityHistory',
    Events: 'Event',
    OpenActivities: 'OpenActivity',
    Tasks: 'Task'
};

export interface ProjectField {
    object: string;
    name: string;
    type?: string;
    referenceTo: string[];
    relationshipName?: string;
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'referenceTo' });

/** Every `objects` folder under `<root>/force-app`, at any depth. */
export function findObjectFolders(root: string): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            if (!entry.isDirectory() || entry.name === 'node_modules') continue;
            const path = join(dir, entry.name);
            if (entry.name === 'objects') found.push(path);
            else walk(path);
        }
    };
    if (existsSync(join(root, 'force-app'))) walk(join(root, 'force-app'));
    return found;
}

function readXml(file: string): Record<string, unknown> {
    try {
        return xml.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
        throw new Error(`${file}: not readable XML (${error instanceof Error ? error.message : String(error)})`);
    }
}

/** Reads `fields/<Name>.field-meta.xml`: the file name is the field's API name. */
export function readProjectField(object: string, file: string): ProjectField {
    const name = file.replace(/^.*[\\/]/, '').replace(/\.field-meta\.xml$/, '');
    const root = readXml(file).CustomField as Record<string, unknown> | undefined;
    if (!root) throw new Error(`${file}: <CustomField> root element expected`);
    const text = (key: string): string | undefined => (typeof root[key] === 'string' ? root[key] : undefined);
    const referenceTo = Array.isArray(root.referenceTo) ? root.referenceTo.map(String) : [];
    return { object, name, type: text('type'), referenceTo, relationshipName: text('relationshipName') };
}

function standardFields(object: string, folder: string, fields: ProjectField[]): Record<string, SchemaField> {
    const result: Record<string, SchemaField> = {};
    const add = (names: string[]): void => names.forEach((name) => (result[name] = { type: 'field' }));
    if (object.endsWith('__mdt')) {
        add(CUSTOM_METADATA_FIELDS);
    } else if (object.endsWith('__e')) {
        add(PLATFORM_EVENT_FIELDS);
    } else if (object.endsWith('__c')) {
        add(BASE_CUSTOM_OBJECT_FIELDS);
        result.CreatedBy = { type: 'reference', target: 'User' };
        result.LastModifiedBy = { type: 'reference', target: 'User' };
        if (!fields.some((field) => field.type === 'MasterDetail')) {
            add(['OwnerId']);
            result.Owner = { type: 'reference', target: 'Name' };
        }
        if (existsSync(join(folder, 'recordTypes'))) {
            add(['RecordTypeId']);
            result.RecordType = { type: 'reference', target: 'RecordType' };
        }
        const children = { ...CUSTOM_OBJECT_CHILDREN, ...(activitiesEnabled(object, folder) ? ACTIVITY_CHILDREN : {}) };
        for (const [name, target] of Object.entries(children)) result[name] = { type: 'children', target };
        if (activitiesEnabled(object, folder)) add(['LastActivityDate']);
    }
    return result;
}

function activitiesEnabled(object: string, folder: string): boolean {
    const file = join(folder, `${object}.object-meta.xml`);
    if (!existsSync(file)) return false;
    const root = readXml(file).CustomObject as Record<string, unknown> | undefined;
    return root?.enableActivities === 'true';
}

export interface ProjectSchema {
    /**
     * Object → field for what the project defines. For a standard object only its custom fields appear here (merged
     * over the standard schema). Lookups add `X__r` on the object and the child relationship on the parent.
     */
    objects: SchemaObjects;
    /** Objects that have a folder in the project (a parent that only gains a child relationship is not one). */
    defined: string[];
}

/** Reads every object folder of the project. */
export function readProjectSchema(root: string): ProjectSchema {
    const objects: SchemaObjects = {};
    const defined: string[] = [];
    const fieldsOf = (object: string): Record<string, SchemaField> => (objects[object] ??= {});
    for (const objectsDir of findObjectFolders(root)) {
        for (const object of readdirSync(objectsDir).sort()) {
            const folder = join(objectsDir, object);
            if (!statSync(folder).isDirectory()) continue;
            defined.push(object);
            const fieldsDir = join(folder, 'fields');
            const fieldFiles = existsSync(fieldsDir)
                ? readdirSync(fieldsDir)
                      .filter((name) => name.endsWith('.field-meta.xml'))
                      .sort()
                : [];
            const fields = fieldFiles.map((name) => readProjectField(object, join(fieldsDir, name)));
            Object.assign(fieldsOf(object), standardFields(object, folder, fields));
            for (const field of fields) {
                fieldsOf(object)[field.name] = { type: 'field' };
                if (!field.type || !LOOKUP_TYPES.has(field.type) || !field.name.endsWith('__c')) continue;
                const relationship = `${field.name.slice(0, -3)}__r`;
                const parent = field.type === 'Hierarchy' ? object : field.referenceTo[0];
                fieldsOf(object)[relationship] = { type: 'reference', target: parent ?? 'Name' };
                if (parent && field.relationshipName) {
                    fieldsOf(parent)[`${field.relationshipName}__r`] = { type: 'children', target: object };
                }
            }
        }
    }
    return { objects, defined };
}
