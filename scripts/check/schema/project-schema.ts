/**
 * The project's own schema from source format: `force-app/**\/objects/<Object>/` folders (custom objects, custom
 * metadata types, platform events, and standard objects that the project adds custom fields to).
 */
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

/**
 * Objects the platform adds next to a custom object (Object Reference, "Custom Objects" and "StandardObjectNameShare",
 * "StandardObjectNameHistory", "StandardObjectNameFeed"; Field Reference, e.g. "PersonLifeEventShare"): `X__Share`
 * unless the object's sharing is controlled by its parent (a detail of a master-detail), `X__History` when field
 * history is on, `X__Feed` when feed tracking is on, and `X__ChangeEvent` (change data capture) with the object's
 * fields. Their fields are the documented ones; `Parent` is the custom object.
 */
const SHARE_FIELDS = [
    'Id',
    'ParentId',
    'UserOrGroupId',
    'AccessLevel',
    'RowCause',
    'IsDeleted',
    'LastModifiedDate',
    'LastModifiedById'
];
const HISTORY_FIELDS = [
    'Id',
    'ParentId',
    'Field',
    'DataType',
    'OldValue',
    'NewValue',
    'IsDeleted',
    'CreatedById',
    'CreatedDate'
];
const FEED_FIELDS = [
    'Id',
    'ParentId',
    'Type',
    'Title',
    'Body',
    'LinkUrl',
    'RelatedRecordId',
    'IsRichText',
    'CommentCount',
    'LikeCount',
    'BestCommentId',
    'InsertedById',
    'IsDeleted',
    'CreatedById',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp'
];
/** Hierarchy custom settings: the user or profile a row belongs to (Apex Developer Guide, "Custom Settings Methods"). */
const HIERARCHY_SETTING_FIELDS: Record<string, SchemaField> = {
    SetupOwnerId: { type: 'field' },
    SetupOwner: { type: 'reference', target: 'Name' }
};

interface ObjectSettings {
    sharingModel?: string;
    enableHistory: boolean;
    enableFeeds: boolean;
    customSettingsType?: string;
}

function objectSettings(object: string, folder: string): ObjectSettings {
    const file = join(folder, `${object}.object-meta.xml`);
    const root = existsSync(file) ? (readXml(file).CustomObject as Record<string, unknown> | undefined) : undefined;
    const text = (key: string): string | undefined => (typeof root?.[key] === 'string' ? root[key] : undefined);
    return {
        sharingModel: text('sharingModel'),
        enableHistory: text('enableHistory') === 'true',
        enableFeeds: text('enableFeeds') === 'true',
        customSettingsType: text('customSettingsType')
    };
}

/** The objects the platform adds for custom object `object` (see SHARE_FIELDS), by name. */
export function implicitObjects(
    object: string,
    settings: ObjectSettings,
    fields: Record<string, SchemaField>
): SchemaObjects {
    if (!object.endsWith('__c') || settings.customSettingsType) return {};
    const base = object.slice(0, -3);
    const withParent = (names: string[]): Record<string, SchemaField> => ({
        ...Object.fromEntries(names.map((name) => [name, { type: 'field' }])),
        Parent: { type: 'reference', target: object },
        ...(names.includes('CreatedById') ? { CreatedBy: { type: 'reference', target: 'User' } } : {})
    });
    const objects: SchemaObjects = { [`${base}__ChangeEvent`]: { ...fields, ChangeEventHeader: { type: 'field' } } };
    if (settings.sharingModel !== 'ControlledByParent') {
        objects[`${base}__Share`] = {
            ...withParent(SHARE_FIELDS),
            UserOrGroup: { type: 'reference', target: 'Name' },
            LastModifiedBy: { type: 'reference', target: 'User' }
        };
    }
    if (settings.enableHistory) objects[`${base}__History`] = withParent(HISTORY_FIELDS);
    if (settings.enableFeeds) objects[`${base}__Feed`] = withParent(FEED_FIELDS);
    return objects;
}

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
        const setting = objectSettings(object, folder).customSettingsType;
        if (setting === 'Hierarchy') Object.assign(result, HIERARCHY_SETTING_FIELDS);
        if (!setting && !fields.some((field) => field.type === 'MasterDetail')) {
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
            for (const [name, implicit] of Object.entries(
                implicitObjects(object, objectSettings(object, folder), fieldsOf(object))
            )) {
                objects[name] = implicit;
                defined.push(name);
            }
        }
    }
    return { objects, defined };
}
