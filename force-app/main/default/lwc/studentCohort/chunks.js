/**
 * Splitting work into bounded Apex calls, and reading pasted entries.
 */

/** Entries per resolveStudents call (StudentCohortResolver.MAX_ENTRIES). */
export const RESOLVE_CHUNK_SIZE = 2000;

/**
 * Consecutive slices of at most `size` items; ⌈items.length / size⌉ slices, none empty.
 * @template T
 * @param {readonly T[]} items
 * @param {number} size a positive whole number
 * @returns {T[][]}
 */
export function chunk(items, size) {
    if (!Number.isInteger(size) || size < 1) {
        throw new RangeError(`Chunk size must be a positive whole number, got ${size}`);
    }
    /** @type {T[][]} */
    const slices = [];
    for (let start = 0; start < items.length; start += size) {
        slices.push(items.slice(start, start + size));
    }
    return slices;
}

/**
 * The entries of pasted text: Contact ids and emails separated by line breaks, spaces, commas or semicolons.
 * @param {string | null | undefined} text
 * @returns {string[]} the non-blank entries, in order
 */
export function parseEntries(text) {
    return (text ?? '').split(/[\s,;]+/).filter((entry) => entry !== '');
}
