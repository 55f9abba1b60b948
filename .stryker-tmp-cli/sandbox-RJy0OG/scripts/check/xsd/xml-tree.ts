/**
 * An XML element tree with the line of every start tag. fast-xml-parser builds the tree but keeps no positions, so
 * a small scan of the source lists the start tags in document order with their lines, and the two are zipped: in a
 * well-formed document (the caller validates first) both walk the same elements in the same order. A count that
 * differs is a bug here and throws, rather than printing wrong lines.
 */
// @ts-nocheck

import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
    name: string;
    /** Attributes as written (`xsi:type`, `targets`), namespace declarations included. */
    attributes: Record<string, string>;
    children: XmlElement[];
    /** Concatenated text content, trimmed (CDATA included). */
    text: string;
    /** 1-based line of the start tag's `<`. */
    line: number;
}

export interface StartTag {
    name: string;
    line: number;
}

/** Start tags of a well-formed document in order, skipping comments, CDATA, processing instructions and DOCTYPE. */
export function scanStartTags(source: string): StartTag[] {
    const tags: StartTag[] = [];
    let line = 1;
    let counted = 0; // source[0..counted) has been counted into `line`
    const lineAt = (index: number): number => {
        for (; counted < index; counted++) if (source.charCodeAt(counted) === 10) line++;
        return line;
    };
    const skipTo = (from: number, terminator: string): number => {
        const end = source.indexOf(terminator, from);
        return end < 0 ? source.length : end + terminator.length;
    };
    let index = source.indexOf('<');
    while (index >= 0 && index < source.length) {
        let next: number;
        if (source.startsWith('<!--', index)) next = skipTo(index + 4, '-->');
        else if (source.startsWith('<![CDATA[', index)) next = skipTo(index + 9, ']]>');
        else if (source.startsWith('<?', index)) next = skipTo(index + 2, '?>');
        else if (source.startsWith('<!', index) || source.startsWith('</', index)) next = skipTo(index + 2, '>');
        else {
            const name = /^<([^\s/>]+)/.exec(source.slice(index, index + 200));
            if (name) tags.push({ name: name[1], line: lineAt(index) });
            next = index + 1; // attribute values may hold '>' but never a raw '<'
        }
        index = source.indexOf('<', next);
    }
    return tags;
}

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    // character references (&#233; &#x41;) too, as an XML processor must; `&amp;` is decoded last, so `&amp;#65;` stays `&#65;`
    htmlEntities: true
});

/** Parses a well-formed document into its root element, with lines. */
export function parseXmlTree(source: string): XmlElement {
    const tags = scanStartTags(source);
    let position = 0;
    const build = (nodes: OrderedNode[]): { elements: XmlElement[]; text: string } => {
        const elements: XmlElement[] = [];
        let text = '';
        for (const node of nodes) {
            const name = Object.keys(node).find((key) => key !== ':@');
            if (name === undefined) continue;
            if (name === '#text') {
                text += String(node[name]);
                continue;
            }
            const tag = tags[position++];
            if (!tag || tag.name !== name) {
                throw new Error(`position scan out of step at <${name}> (scan saw <${tag?.name ?? 'end'}>)`);
            }
            const attributes = (node[':@'] ?? {}) as Record<string, string>;
            const element: XmlElement = { name, attributes, children: [], text: '', line: tag.line };
            const inner = build((node[name] ?? []) as OrderedNode[]);
            element.children = inner.elements;
            element.text = inner.text.trim();
            elements.push(element);
        }
        return { elements, text };
    };
    const roots = build(parser.parse(source) as OrderedNode[]).elements;
    if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
    if (position !== tags.length)
        throw new Error(`position scan saw ${tags.length} start tags, the parser ${position}`);
    return roots[0];
}
