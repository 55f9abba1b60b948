// @ts-nocheck
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { listFiles, relativePath } from '../lib/files';
import { packageDirectories, typeForFile } from './metadata-schema';
import { limitsFor, textLength } from '../xsd/text-limits';
import { parseXmlTree } from '../xsd/xml-tree';
import type { XmlElement } from '../xsd/xml-tree';
import type { Check, Finding } from '../types';

/** Every element reached from `root` by following `path` (element names), in document order. */
function elementsAt(root: XmlElement, path: string[]): XmlElement[] {
    let current = [root];
    for (const name of path) current = current.flatMap((element) => element.children.filter((c) => c.name === name));
    return current;
}

/** Text-length findings of one `-meta.xml` file; `relative` is its path as printed. */
export function lengthFindings(relative: string, source: string, typeName: string): Finding[] {
    const limits = limitsFor(typeName);
    if (limits.length === 0 || XMLValidator.validate(source) !== true) return []; // `metadata` reports malformed XML
    const tree = parseXmlTree(source);
    if (tree.name !== typeName) return []; // `metadata-schema` reports the wrong root
    const findings: Finding[] = [];
    for (const limit of limits) {
        for (const element of elementsAt(tree, limit.path)) {
            const length = textLength(element.text);
            if (length <= limit.max) continue;
            findings.push({
                file: relative,
                line: element.line,
                message: `<${element.name}> is ${length} characters; ${limit.field} allows ${limit.max} (${limit.source.split(';')[0]})`,
                rule: 'text-length'
            });
        }
    }
    return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export const metadataLengthsCheck: Check = {
    name: 'metadata-lengths',
    description:
        'text of metadata elements against the maximum length the Salesforce documentation states (scripts/check/xsd/text-limits.ts)',
    run(root) {
        const findings: Finding[] = [];
        for (const directory of packageDirectories(root)) {
            for (const file of listFiles(join(root, directory), (name) => name.endsWith('-meta.xml'))) {
                const typeName = typeForFile(file);
                if (!typeName) continue; // `metadata-schema` warns about unknown suffixes
                findings.push(...lengthFindings(relativePath(root, file), readFileSync(file, 'utf8'), typeName));
            }
        }
        return Promise.resolve(findings);
    }
};
