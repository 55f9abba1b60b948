/** Splitting work into chunks and running it with bounded concurrency. */

/** Consecutive slices of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
    if (!Number.isInteger(size) || size < 1) {
        throw new RangeError(`chunk size must be a positive integer, got ${size}`);
    }
    const chunks: T[][] = [];
    for (let start = 0; start < items.length; start += size) {
        chunks.push(items.slice(start, start + size));
    }
    return chunks;
}

/**
 * Runs `work` on every item with at most `concurrency` at a time, in order of the items. Items not started when
 * `shouldStart()` turns false are skipped (their result stays undefined).
 */
export async function runPool<T, R>(
    items: readonly T[],
    concurrency: number,
    work: (item: T, index: number) => Promise<R>,
    shouldStart: () => boolean = () => true
): Promise<(R | undefined)[]> {
    const results: (R | undefined)[] = new Array<R | undefined>(items.length).fill(undefined);
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < items.length && shouldStart()) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, () => worker());
    await Promise.all(workers);
    return results;
}
