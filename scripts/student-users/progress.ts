/** Progress: a bar on a terminal (cli-progress), plain lines otherwise (logs, CI, pipes). */
import { MultiBar, Presets } from 'cli-progress';
import type { ProgressEvent, RetryEvent } from './run-chunks';

export interface ProgressReporter {
    start(totalRows: number, totalChunks: number): void;
    update(event: ProgressEvent): void;
    retry(event: RetryEvent): void;
    /** A line of its own (above the bar on a terminal). */
    note(message: string): void;
    stop(): void;
}

export interface Output {
    write(text: string): void;
}

/** The plain line of a progress event. */
export function progressLine(event: ProgressEvent): string {
    const percent = event.rowsTotal === 0 ? 100 : Math.floor((event.rowsDone / event.rowsTotal) * 100);
    return (
        `progress: ${event.rowsDone}/${event.rowsTotal} students (${percent}%), ` +
        `chunk ${event.chunksDone}/${event.chunksTotal}, ${event.failed} failed`
    );
}

/** The line of a retry. */
export function retryLine(event: RetryEvent): string {
    return (
        `retry: chunk ${event.chunk}, ${event.rows} row(s), ${event.code}: ` +
        `attempt ${event.retry + 1} in ${(event.delayMs / 1000).toFixed(1)} s`
    );
}

/** Plain lines, one per finished chunk. */
export function lineReporter(out: Output): ProgressReporter {
    return {
        start: (totalRows, totalChunks) => out.write(`sending ${totalRows} students in ${totalChunks} chunk(s)\n`),
        update: (event) => out.write(progressLine(event) + '\n'),
        retry: (event) => out.write(retryLine(event) + '\n'),
        note: (message) => out.write(message + '\n'),
        stop: () => undefined
    };
}

/** A cli-progress bar on the terminal stream. */
export function barReporter(stream: NodeJS.WritableStream): ProgressReporter {
    const bars = new MultiBar(
        {
            stream,
            format: 'enabling [{bar}] {percentage}% | {value}/{total} students | chunk {chunk} | {failed} failed | {duration_formatted}',
            hideCursor: true,
            clearOnComplete: false
        },
        Presets.shades_classic
    );
    let bar: ReturnType<MultiBar['create']> | undefined;
    let chunksTotal = 0;
    return {
        start: (totalRows, totalChunks) => {
            chunksTotal = totalChunks;
            bar = bars.create(totalRows, 0, { chunk: `0/${totalChunks}`, failed: 0 });
        },
        update: (event) =>
            bar?.update(event.rowsDone, { chunk: `${event.chunksDone}/${chunksTotal}`, failed: event.failed }),
        retry: (event) => bars.log(retryLine(event) + '\n'),
        note: (message) => bars.log(message + '\n'),
        stop: () => bars.stop()
    };
}

/** Where an in-org run stands, as the run record says (in-org-run.ts). */
export interface RunProgressEvent {
    name: string;
    status: string;
    done: number;
    total: number;
    failed: number;
    jobs: number;
}

/** The plain line of an in-org run's progress. */
export function runProgressLine(event: RunProgressEvent): string {
    const percent = event.total === 0 ? 100 : Math.floor((event.done / event.total) * 100);
    return (
        `run ${event.name}: ${event.status}, ${event.done}/${event.total} students (${percent}%), ` +
        `${event.failed} failed, ${event.jobs} job(s)`
    );
}

/** An in-org run's progress: a cli-progress bar on a terminal, else a line each time the record changed. */
export function runReporter(
    stream: (NodeJS.WritableStream & { isTTY?: boolean }) | undefined,
    out: Output
): { update(event: RunProgressEvent): void; stop(): void } {
    if (stream?.isTTY) {
        const bars = new MultiBar(
            {
                stream,
                format: 'run {name} [{bar}] {percentage}% | {value}/{total} students | {state} | {failed} failed | {jobs} job(s)',
                hideCursor: true,
                clearOnComplete: false
            },
            Presets.shades_classic
        );
        let bar: ReturnType<MultiBar['create']> | undefined;
        return {
            update: (event) => {
                const payload = { name: event.name, state: event.status, failed: event.failed, jobs: event.jobs };
                bar ??= bars.create(event.total, 0, payload);
                bar.setTotal(event.total);
                bar.update(event.done, payload);
            },
            stop: () => bars.stop()
        };
    }
    let last: string | undefined;
    return {
        update: (event) => {
            const line = runProgressLine(event);
            if (line !== last) {
                out.write(line + '\n');
                last = line;
            }
        },
        stop: () => undefined
    };
}
