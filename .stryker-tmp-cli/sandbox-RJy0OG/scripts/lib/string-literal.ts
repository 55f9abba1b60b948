/**
 * A string literal for Apex or SOQL (the same rules): quotes around it, with backslashes, single quotes and
 * line breaks / tabs escaped.
 */
// @ts-nocheck

export function apexStringLiteral(text: string): string {
    const escaped = text
        .replace(/\\/g, '\\\\')
        .replace(/'/g, "\\'")
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/\t/g, '\\t');
    return `'${escaped}'`;
}
