/** The schema SOQL is checked against: the standard objects (sobject-types jar) plus the project's objects folders. */
// @ts-nocheck

import type { ProjectSchema } from './project-schema';
import type { SchemaField, SchemaSource } from './schema-types';

export interface NamedField extends SchemaField {
    /** The field's API name as the schema spells it. */
    name: string;
}

export interface ObjectSchema {
    /** The object's API name as the schema spells it. */
    name: string;
    /** Whether the project defines (or extends) it, as opposed to the standard schema alone. */
    fromProject: boolean;
    /** Looks a field or relationship up, case-insensitively. */
    field(name: string): NamedField | undefined;
}

export class Schema {
    private readonly names = new Map<string, string>();
    private readonly cache = new Map<string, ObjectSchema>();

    constructor(
        private readonly standard: SchemaSource,
        private readonly project: ProjectSchema = { objects: {}, defined: [] }
    ) {
        for (const name of standard.objectNames()) this.names.set(name.toLowerCase(), name);
        for (const name of project.defined) this.names.set(name.toLowerCase(), name);
    }

    /** The object called `name` (case-insensitive), or undefined when neither the platform nor the project has it. */
    object(name: string): ObjectSchema | undefined {
        const key = name.toLowerCase();
        const cached = this.cache.get(key);
        if (cached) return cached;
        const spelled = this.names.get(key);
        if (spelled === undefined) return undefined;
        const fields = new Map<string, NamedField>();
        const projectName = Object.keys(this.project.objects).find((candidate) => candidate.toLowerCase() === key);
        const sources = [this.standard.fieldsOf(spelled), projectName ? this.project.objects[projectName] : undefined];
        for (const source of sources) {
            for (const [fieldName, field] of Object.entries(source ?? {})) {
                fields.set(fieldName.toLowerCase(), { name: fieldName, ...field });
            }
        }
        const object: ObjectSchema = {
            name: spelled,
            fromProject: projectName !== undefined,
            field: (fieldName) => fields.get(fieldName.toLowerCase())
        };
        this.cache.set(key, object);
        return object;
    }
}
