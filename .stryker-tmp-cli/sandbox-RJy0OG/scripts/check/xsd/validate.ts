/**
 * Validates one metadata element tree against the Metadata API schema (metadata-schema.json):
 * element names (with the closest allowed names), maxOccurs, enum values, xsd simple types (boolean, int, long,
 * double, date, dateTime, time), recursively through complex types and their `extension base` chain, and
 * `xsi:type` / `xsi:nil` where the schema allows them. Order-insensitive: source format does not keep the WSDL's
 * sequence order, and the Metadata API accepts it. Required elements (minOccurs) are not enforced: source format
 * leaves out some required ones (`fullName` comes from the file name; a CustomField's `fullName`, a layout's
 * sections...), so a missing element is no proof of an error.
 */
// @ts-nocheck

import type { MetadataSchema, SchemaComplexType, SchemaElement } from './schema';
import type { XmlElement } from './xml-tree';

/** What the validator reports; the check adds the file. */
export interface SchemaProblem {
    line: number;
    message: string;
    rule: string;
}

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** Lexical forms of the XML Schema built-in types the metadata WSDL uses (after whitespace collapse). */
const BUILT_IN: Record<string, { pattern: RegExp; label: string; check?: (value: string) => boolean }> = {
    'xsd:boolean': { pattern: /^(true|false|1|0)$/, label: 'true or false' },
    'xsd:int': {
        pattern: /^[+-]?\d+$/,
        label: 'a 32-bit integer',
        check: (value) => Math.abs(Number(value)) <= 2147483648 && Number(value) <= 2147483647
    },
    'xsd:long': { pattern: /^[+-]?\d+$/, label: 'an integer' },
    'xsd:double': { pattern: /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|-?INF|NaN)$/, label: 'a number' },
    'xsd:date': { pattern: /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/, label: 'a date (YYYY-MM-DD)' },
    'xsd:dateTime': {
        pattern: /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
        label: 'a date-time (YYYY-MM-DDThh:mm:ss)'
    },
    'xsd:time': { pattern: /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/, label: 'a time (hh:mm:ss)' },
    'xsd:string': { pattern: /[^]*/, label: 'text' },
    'xsd:base64Binary': { pattern: /^[A-Za-z0-9+/=\s]*$/, label: 'base64' },
    'xsd:anyType': { pattern: /[^]*/, label: 'any value' }
};

/** Levenshtein distance (small strings: element names and enum values). */
export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}

/** Up to `limit` candidates closest to `value` (case-insensitive distance, then name). */
export function closest(value: string, candidates: string[], limit = 3): string[] {
    const lower = value.toLowerCase();
    return candidates
        .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
        .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
        .slice(0, limit)
        .map((entry) => entry.candidate);
}

export class SchemaValidator {
    /** Whether the document declared xmlns:xsi on an element enclosing the current one. */
    private xsiDeclared = false;

    constructor(
        private readonly schema: MetadataSchema,
        /** Types that replace or extend the WSDL's (the LWC js-meta.xml overlay). */
        private readonly overlay: Record<string, SchemaComplexType> = {},
        /** Simple types checked by code rather than by the WSDL: type name → problem text or undefined. */
        private readonly customSimple: Record<string, (value: string) => string | undefined> = {}
    ) {}

    /** The complex type by name, overlay first. */
    complexType(name: string): SchemaComplexType | undefined {
        return this.overlay[name] ?? this.schema.complexTypes[name];
    }

    /** Every element a type allows, its own and inherited (`extension base`). */
    allowedElements(typeName: string): Map<string, SchemaElement> {
        const allowed = new Map<string, SchemaElement>();
        const chain: SchemaComplexType[] = [];
        for (let name: string | undefined = typeName; name; name = this.complexType(name)?.base) {
            const type = this.complexType(name);
            if (!type) break;
            chain.unshift(type);
        }
        for (const type of chain)
            for (const [element, definition] of Object.entries(type.elements)) allowed.set(element, definition);
        return allowed;
    }

    private extendsType(name: string, ancestor: string): boolean {
        for (let current: string | undefined = name; current; current = this.complexType(current)?.base) {
            if (current === ancestor) return true;
        }
        return false;
    }

    /** Validates a document's root element against the metadata type its file suffix names. */
    validateRoot(root: XmlElement, typeName: string): SchemaProblem[] {
        const problems: SchemaProblem[] = [];
        this.xsiDeclared = false;
        if (root.name !== typeName) {
            problems.push({
                line: root.line,
                message: `root element <${root.name}> does not match the file suffix, which holds a ${typeName}: expected <${typeName}>`,
                rule: 'root-element'
            });
            return problems;
        }
        if (root.attributes.xmlns !== METADATA_NAMESPACE) {
            problems.push({
                line: root.line,
                message: `<${root.name}> must declare xmlns="${METADATA_NAMESPACE}"${root.attributes.xmlns ? ` (found "${root.attributes.xmlns}")` : ''}`,
                rule: 'namespace'
            });
        }
        this.validateComplex(root, typeName, typeName, problems);
        return problems;
    }

    private validateAttributes(
        element: XmlElement,
        type: SchemaComplexType | undefined,
        definition: SchemaElement | undefined,
        problems: SchemaProblem[]
    ): void {
        for (const [name, value] of Object.entries(element.attributes)) {
            if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
            if (name === 'xsi:type' || name === 'xsi:nil') {
                if (element.attributes['xmlns:xsi'] === undefined && !this.xsiDeclared) {
                    problems.push({
                        line: element.line,
                        message: `${name} used without declaring xmlns:xsi="${XSI_NAMESPACE}"`,
                        rule: 'namespace'
                    });
                }
                if (name === 'xsi:nil' && value === 'true' && definition && definition[3] !== 1) {
                    problems.push({
                        line: element.line,
                        message: `<${element.name}> is not nillable: xsi:nil is not allowed`,
                        rule: 'xsi-nil'
                    });
                }
                continue;
            }
            const attributeType = type?.attributes?.[name];
            if (attributeType === undefined) {
                const known = Object.keys(type?.attributes ?? {});
                problems.push({
                    line: element.line,
                    message: `<${element.name}> has no attribute ${name}${known.length > 0 ? ` (allowed: ${closest(name, known).join(', ')})` : ' (the schema declares no attributes on it)'}`,
                    rule: 'unknown-attribute'
                });
                continue;
            }
            const problem = this.simpleProblem(value, attributeType);
            if (problem)
                problems.push({
                    line: element.line,
                    message: `attribute ${name} of <${element.name}>: ${problem}`,
                    rule: 'value'
                });
        }
    }

    private validateComplex(
        element: XmlElement,
        typeName: string,
        path: string,
        problems: SchemaProblem[],
        definition?: SchemaElement
    ): void {
        if (element.attributes['xmlns:xsi'] === XSI_NAMESPACE) this.xsiDeclared = true;
        const type = this.complexType(typeName);
        this.validateAttributes(element, type, definition, problems);
        if (element.attributes['xsi:nil'] === 'true') return;
        if (element.text !== '') {
            problems.push({
                line: element.line,
                message: `<${element.name}> (${typeName}) holds elements, not text: found "${truncate(element.text)}"`,
                rule: 'value'
            });
        }
        const allowed = this.allowedElements(typeName);
        const counts = new Map<string, XmlElement[]>();
        for (const child of element.children) {
            const childDefinition = allowed.get(child.name);
            if (!childDefinition) {
                problems.push({
                    line: child.line,
                    message: `unknown element <${child.name}> in ${describe(path, typeName)}; closest allowed: ${closest(child.name, [...allowed.keys()]).join(', ') || 'none'}`,
                    rule: 'unknown-element'
                });
                continue;
            }
            counts.set(child.name, [...(counts.get(child.name) ?? []), child]);
            this.validateChild(child, childDefinition, `${path}.${child.name}`, problems);
        }
        for (const [name, occurrences] of counts) {
            const max = (allowed.get(name) as SchemaElement)[2];
            if (max !== -1 && occurrences.length > max) {
                problems.push({
                    line: occurrences[max].line,
                    message: `<${name}> may appear at most ${max} time(s) in ${describe(path, typeName)}; found ${occurrences.length}`,
                    rule: 'max-occurs'
                });
            }
        }
    }

    private validateChild(child: XmlElement, definition: SchemaElement, path: string, problems: SchemaProblem[]): void {
        let typeName = definition[0];
        const xsiType = child.attributes['xsi:type'];
        if (xsiType !== undefined) {
            const declared = xsiType.replace(/^tns:/, '');
            if (typeName === 'xsd:anyType' && BUILT_IN[declared]) {
                typeName = declared; // custom metadata values: <value xsi:type="xsd:boolean">
            } else if (this.complexType(declared) && this.extendsType(declared, typeName)) {
                typeName = declared; // a subtype standing in for its base
            } else {
                problems.push({
                    line: child.line,
                    message: `xsi:type="${xsiType}" is not ${typeName === 'xsd:anyType' ? 'an XML Schema simple type' : `a subtype of ${typeName}`} (at ${path})`,
                    rule: 'xsi-type'
                });
                return;
            }
        }
        if (this.complexType(typeName)) {
            this.validateComplex(child, typeName, path, problems, definition);
            return;
        }
        this.validateAttributes(child, undefined, definition, problems);
        if (child.attributes['xsi:nil'] === 'true') return;
        if (child.children.length > 0) {
            if (typeName === 'xsd:anyType') return;
            problems.push({
                line: child.line,
                message: `<${child.name}> is a ${typeName.replace(/^xsd:/, '')} value and cannot hold elements (found <${child.children[0].name}>) at ${path}`,
                rule: 'value'
            });
            return;
        }
        const problem = this.simpleProblem(child.text, typeName);
        if (problem)
            problems.push({ line: child.line, message: `<${child.name}> at ${path}: ${problem}`, rule: 'value' });
    }

    /** Why `value` is not a valid `typeName` (enum, simple type or built-in), or undefined when it is. */
    simpleProblem(raw: string, typeName: string): string | undefined {
        const value = raw.trim();
        const custom = this.customSimple[typeName];
        if (custom) return custom(value);
        const values = this.schema.enums[typeName];
        if (values) {
            if (values.includes(value)) return undefined;
            return `"${truncate(value)}" is not a ${typeName}; closest allowed: ${closest(value, values).join(', ')}`;
        }
        const builtIn = BUILT_IN[this.schema.simpleTypes[typeName] ?? typeName];
        if (!builtIn) return undefined; // a type the schema does not describe: nothing to prove
        if (!builtIn.pattern.test(value) || (builtIn.check && !builtIn.check(value))) {
            return `"${truncate(value)}" is not ${builtIn.label} (${typeName.replace(/^xsd:/, '')})`;
        }
        return undefined;
    }
}

/** `Flow.start (FlowStart)`, or just `Flow` when the path already names the type. */
function describe(path: string, typeName: string): string {
    return path === typeName ? path : `${path} (${typeName})`;
}

function truncate(text: string, max = 60): string {
    return text.length > max ? `${text.slice(0, max)}...` : text;
}
