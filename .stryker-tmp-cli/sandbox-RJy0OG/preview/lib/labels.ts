// @ts-nocheck
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Plugin } from 'rollup';
import { listFiles } from './files';
import { PROJECT_ROOT } from './paths';

/** One Custom Label as the component sees it: `@salesforce/label/c.<name>` is `value`. */
export interface CustomLabel {
    name: string;
    value: string;
    /** Project-relative path of the labels file that defines it. */
    file: string;
}

const LABEL_IMPORT = /^@salesforce\/label\/c\.([A-Za-z][A-Za-z0-9_]*)$/;
const VIRTUAL_PREFIX = '\0preview-label:';

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'labels'
});

/**
 * Reads the `<labels>` of one `*.labels-meta.xml`. A label without a fullName or value is an error
 * naming the file, because the component would otherwise show an empty string.
 */
export function parseLabelsXml(xml: string, file: string): CustomLabel[] {
    let document: { CustomLabels?: { labels?: Record<string, unknown>[] } };
    try {
        document = parser.parse(xml, true) as typeof document;
    } catch (error) {
        throw new Error(`${file}: not well-formed XML: ${(error as Error).message}`);
    }
    if (!document.CustomLabels) {
        throw new Error(`${file}: the root element must be <CustomLabels>.`);
    }
    return (document.CustomLabels.labels ?? []).map((label, index) => {
        const { fullName, value } = label;
        if (typeof fullName !== 'string' || fullName.trim() === '') {
            throw new Error(`${file}: label #${index + 1} has no <fullName>.`);
        }
        if (typeof value !== 'string') {
            throw new Error(`${file}: label ${fullName} has no <value>.`);
        }
        return { name: fullName.trim(), value, file };
    });
}

/**
 * All Custom Labels defined under `roots` (every `*.labels-meta.xml`, as `sf project convert source`
 * merges them). A name defined twice is an error naming both files.
 */
export function loadLabels(roots: string[]): Map<string, CustomLabel> {
    const labels = new Map<string, CustomLabel>();
    roots
        .flatMap((root) => listFiles(root, (name) => name.endsWith('.labels-meta.xml')))
        .forEach((path) => {
            const file = relative(PROJECT_ROOT, path);
            parseLabelsXml(readFileSync(path, 'utf8'), file).forEach((label) => {
                const previous = labels.get(label.name);
                if (previous) {
                    throw new Error(`Custom label ${label.name} is defined twice: in ${previous.file} and ${file}.`);
                }
                labels.set(label.name, label);
            });
        });
    return labels;
}

/**
 * Rollup plugin: `import x from '@salesforce/label/c.Name'` becomes the label's real text, read from the
 * project's labels files at build time. Other namespaces (the base components' own labels) pass through.
 */
export function customLabelsPlugin(roots: string[]): Plugin {
    let labels = new Map<string, CustomLabel>();
    return {
        name: 'preview-custom-labels',
        buildStart() {
            labels = loadLabels(roots);
        },
        resolveId(source) {
            const match = LABEL_IMPORT.exec(source);
            return match ? VIRTUAL_PREFIX + match[1] : null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL_PREFIX)) {
                return null;
            }
            const name = id.slice(VIRTUAL_PREFIX.length);
            const label = labels.get(name);
            if (!label) {
                const where = roots.map((root) => relative(PROJECT_ROOT, root) || '.').join(', ');
                this.error(
                    `Custom label c.${name} is imported but not defined in any *.labels-meta.xml under ${where}. ` +
                        `Add it to the component's labels file (e.g. force-app/main/default/labels/Form.labels-meta.xml).`
                );
            }
            return `export default ${JSON.stringify(label.value)};\n`;
        }
    };
}
