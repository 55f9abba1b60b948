/**
 * Regenerates `metadata-schema.json` (the Metadata API schema the `metadata-schema` check validates against) from
 * Salesforce's published metadata WSDL: `resources/metadata.wsdl` of the public repository forcedotcom/wsdl
 * (BSD-3-Clause), at the commit of the project's API version. The WSDL (2 MB) is not committed; get it with
 *   git clone https://github.com/forcedotcom/wsdl && git -C wsdl show <commit>:resources/metadata.wsdl > metadata.wsdl
 *
 * Usage: npx tsx scripts/check/xsd/generate-metadata-schema.ts <metadata.wsdl> --commit <sha> [--out file.json]
 * (npm run metadata:schema -- <metadata.wsdl> --commit <sha>). Output is deterministic for a given WSDL and commit.
 *
 * Kept from the WSDL: every named complexType reachable from a type that extends `Metadata` (element name, type,
 * minOccurs, maxOccurs, nillable; the `extension base` chain) and every simpleType (enumerations, or the base type).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import type { MetadataSchema, SchemaComplexType, SchemaElement } from './schema';

export const DEFAULT_OUT = join(__dirname, 'metadata-schema.json');

/** The licence of forcedotcom/wsdl (LICENSE.txt), whose conditions ask that this notice travel with derived copies. */
export const WSDL_LICENSE_NOTICE = [
    'Copyright (c) 2024, Salesforce.com, Inc.',
    'All rights reserved.',
    'Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:',
    '* Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer.',
    '* Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials provided with the distribution.',
    '* Neither the name of Salesforce.com nor the names of its contributors may be used to endorse or promote products derived from this software without specific prior written permission.',
    'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.'
];

type XmlNode = Record<string, unknown>;

/** fast-xml-parser gives one object for a single child and an array for several: always an array here. */
function many(value: unknown): XmlNode[] {
    if (value === undefined || value === null || value === '') return [];
    return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

/** `tns:Foo` → `Foo`, `xsd:string` stays `xsd:string` (built-in types keep their prefix). */
function typeRef(qualified: string): string {
    return qualified.startsWith('tns:') ? qualified.slice(4) : qualified;
}

function readElements(sequence: XmlNode | undefined): Record<string, SchemaElement> {
    const elements: Record<string, SchemaElement> = {};
    for (const element of many(sequence?.['xsd:element'])) {
        const name = String(element['@name']);
        const max = element['@maxOccurs'] === 'unbounded' ? -1 : Number(element['@maxOccurs'] ?? 1);
        const entry: SchemaElement = [typeRef(String(element['@type'])), Number(element['@minOccurs'] ?? 1), max];
        if (element['@nillable'] === 'true') entry.push(1);
        elements[name] = entry;
    }
    return elements;
}

/** Parses the metadata WSDL's `<types><xsd:schema>` into the compact schema (without provenance). */
export function parseMetadataWsdl(
    wsdl: string
): Omit<MetadataSchema, 'provenance'> & { apiVersion: string; copyright?: string } {
    const version = /Metadata API version (\d+\.\d+)/.exec(wsdl);
    if (!version) throw new Error('no "Metadata API version N.N" comment: is this the metadata WSDL?');
    const copyright = /^\s*(Copyright [^\n]*?)\s*$/m.exec(wsdl.slice(0, 1000))?.[1];
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false });
    const document = parser.parse(wsdl) as XmlNode;
    const schema = ((document.definitions as XmlNode | undefined)?.types as XmlNode | undefined)?.['xsd:schema'] as
        XmlNode | undefined;
    if (!schema) throw new Error('no <definitions><types><xsd:schema> in the WSDL');

    const all: Record<string, SchemaComplexType> = {};
    for (const complexType of many(schema['xsd:complexType'])) {
        const name = String(complexType['@name']);
        const extension = (complexType['xsd:complexContent'] as XmlNode | undefined)?.['xsd:extension'] as
            XmlNode | undefined;
        const sequence = (extension ? extension['xsd:sequence'] : complexType['xsd:sequence']) as XmlNode | undefined;
        const type: SchemaComplexType = { elements: readElements(sequence) };
        if (extension) type.base = typeRef(String(extension['@base']));
        all[name] = type;
    }
    const enums: Record<string, string[]> = {};
    const simpleTypes: Record<string, string> = {};
    for (const simpleType of many(schema['xsd:simpleType'])) {
        const name = String(simpleType['@name']);
        const restriction = simpleType['xsd:restriction'] as XmlNode;
        const values = many(restriction['xsd:enumeration']).map((value) => String(value['@value']));
        if (values.length > 0) enums[name] = values;
        else simpleTypes[name] = String(restriction['@base']);
    }

    // Keep the types that metadata files can contain: subtypes of Metadata and everything they reference.
    const extendsMetadata = (name: string): boolean => {
        for (let current: string | undefined = name; current; current = all[current]?.base) {
            if (current === 'Metadata') return true;
        }
        return false;
    };
    const kept = new Set<string>();
    const queue = Object.keys(all).filter(extendsMetadata);
    while (queue.length > 0) {
        const name = queue.pop() as string;
        if (kept.has(name) || !all[name]) continue;
        kept.add(name);
        const type = all[name];
        if (type.base) queue.push(type.base);
        for (const [elementType] of Object.values(type.elements)) queue.push(elementType);
    }
    // Subtypes of a kept type may stand in for it (xsi:type); keep them too.
    for (const [name, type] of Object.entries(all)) {
        if (type.base && kept.has(type.base) && !kept.has(name)) {
            queue.push(name);
            while (queue.length > 0) {
                const next = queue.pop() as string;
                if (kept.has(next) || !all[next]) continue;
                kept.add(next);
                for (const [elementType] of Object.values(all[next].elements)) queue.push(elementType);
            }
        }
    }
    const complexTypes: Record<string, SchemaComplexType> = {};
    for (const name of [...kept].sort()) complexTypes[name] = all[name];
    const sortedEnums: Record<string, string[]> = {};
    for (const name of Object.keys(enums).sort()) sortedEnums[name] = enums[name];
    const sortedSimple: Record<string, string> = {};
    for (const name of Object.keys(simpleTypes).sort()) sortedSimple[name] = simpleTypes[name];
    const result = { apiVersion: version[1], complexTypes, enums: sortedEnums, simpleTypes: sortedSimple };
    return copyright ? { ...result, copyright } : result;
}

/** The JSON text: provenance first, then one line per type so that a regeneration diffs type by type. */
export function renderSchema(schema: MetadataSchema): string {
    const section = (entries: Record<string, unknown>): string =>
        Object.entries(entries)
            .map(([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)}`)
            .join(',\n');
    return [
        '{',
        `  "provenance": ${JSON.stringify(schema.provenance, null, 2).replace(/\n/g, '\n  ')},`,
        '  "complexTypes": {',
        section(schema.complexTypes),
        '  },',
        '  "enums": {',
        section(schema.enums),
        '  },',
        '  "simpleTypes": {',
        section(schema.simpleTypes),
        '  }',
        '}',
        ''
    ].join('\n');
}

/** The command line (`npm run metadata:schema -- <metadata.wsdl> --commit <sha>`): writes the schema file. */
export function main(args: string[]): void {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            commit: { type: 'string' },
            repo: { type: 'string', default: 'https://github.com/forcedotcom/wsdl' },
            path: { type: 'string', default: 'resources/metadata.wsdl' },
            out: { type: 'string', default: DEFAULT_OUT }
        }
    });
    if (positionals.length !== 1 || !values.commit || !/^[0-9a-f]{40}$/.test(values.commit)) {
        console.error('usage: generate-metadata-schema.ts <metadata.wsdl> --commit <40-hex sha> [--out file.json]');
        process.exitCode = 2;
        return;
    }
    const parsed = parseMetadataWsdl(readFileSync(resolve(positionals[0]), 'utf8'));
    const schema: MetadataSchema = {
        provenance: {
            repository: values.repo,
            commit: values.commit,
            path: values.path,
            apiVersion: parsed.apiVersion,
            wsdlHeader: parsed.copyright ?? '',
            license: 'BSD-3-Clause (the repository licence, LICENSE.txt)',
            notice: WSDL_LICENSE_NOTICE,
            generatedBy: 'scripts/check/xsd/generate-metadata-schema.ts (npm run metadata:schema)',
            content:
                'complexTypes reachable from Metadata: elements as [type, minOccurs, maxOccurs (-1 = unbounded), nillable?]; enums; other simpleTypes by base'
        },
        complexTypes: parsed.complexTypes,
        enums: parsed.enums,
        simpleTypes: parsed.simpleTypes
    };
    writeFileSync(values.out, renderSchema(schema));
    console.log(
        `${values.out}: API ${parsed.apiVersion}, ${Object.keys(parsed.complexTypes).length} complex types, ${Object.keys(parsed.enums).length} enums`
    );
}

if (require.main === module) main(process.argv.slice(2));
