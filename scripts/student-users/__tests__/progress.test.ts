import { Writable } from 'node:stream';
import { barReporter, lineReporter, progressLine, retryLine, runProgressLine, runReporter } from '../progress';

const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';

/** A terminal stand-in: what cli-progress draws, as text. */
function fakeTerminal(): { stream: Writable & { isTTY: boolean; columns: number }; text: () => string } {
    const chunks: string[] = [];
    const stream = Object.assign(
        new Writable({
            write(chunk: Buffer | string, _encoding, callback) {
                chunks.push(String(chunk));
                callback();
            }
        }),
        { isTTY: true, columns: 200, cursorTo: () => true, clearLine: () => true, moveCursor: () => true }
    );
    return { stream, text: () => chunks.join('') };
}

function lines(): { out: { write(text: string): void }; written: string[] } {
    const written: string[] = [];
    return { out: { write: (text) => written.push(text) }, written };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('progress lines', () => {
    it('says rows, percentage (rounded down), chunks and failures', () => {
        expect(progressLine({ rowsDone: 2, rowsTotal: 3, chunksDone: 1, chunksTotal: 2, failed: 1 })).toBe(
            'progress: 2/3 students (66%), chunk 1/2, 1 failed'
        );
        expect(progressLine({ rowsDone: 0, rowsTotal: 0, chunksDone: 0, chunksTotal: 0, failed: 0 })).toBe(
            'progress: 0/0 students (100%), chunk 0/0, 0 failed'
        );
    });

    it('says which retry comes when, in seconds', () => {
        expect(retryLine({ chunk: 3, rows: 200, code: 'UNABLE_TO_LOCK_ROW', retry: 2, delayMs: 1550 })).toBe(
            'retry: chunk 3, 200 row(s), UNABLE_TO_LOCK_ROW: attempt 3 in 1.6 s'
        );
    });

    it('writes one line per event, and nothing when stopped', () => {
        const { out, written } = lines();
        const reporter = lineReporter(out);
        reporter.start(5, 2);
        reporter.retry({ chunk: 1, rows: 3, code: 'SERVER_UNAVAILABLE', retry: 1, delayMs: 500 });
        reporter.update({ rowsDone: 3, rowsTotal: 5, chunksDone: 1, chunksTotal: 2, failed: 0 });
        reporter.note('a note');
        reporter.stop();
        expect(written).toEqual([
            'sending 5 students in 2 chunk(s)\n',
            'retry: chunk 1, 3 row(s), SERVER_UNAVAILABLE: attempt 2 in 0.5 s\n',
            'progress: 3/5 students (60%), chunk 1/2, 0 failed\n',
            'a note\n'
        ]);
    });

    it('draws a bar on a terminal, with notes above it', () => {
        const terminal = fakeTerminal();
        const reporter = barReporter(terminal.stream);
        reporter.update({ rowsDone: 1, rowsTotal: 4, chunksDone: 1, chunksTotal: 2, failed: 0 });
        reporter.start(4, 2);
        jest.advanceTimersByTime(1000);
        expect(terminal.text()).toMatch(/enabling \[░+\] 0% \| 0\/4 students \| chunk 0\/2 \| 0 failed/);
        reporter.retry({ chunk: 2, rows: 2, code: 'UNABLE_TO_LOCK_ROW', retry: 1, delayMs: 0 });
        reporter.note('owner roles: 1 assigned');
        reporter.update({ rowsDone: 4, rowsTotal: 4, chunksDone: 2, chunksTotal: 2, failed: 1 });
        // cli-progress writes logged lines on its next redraw (a timer).
        jest.advanceTimersByTime(1000);
        reporter.stop();
        const text = terminal.text();
        expect(text).toContain('retry: chunk 2, 2 row(s), UNABLE_TO_LOCK_ROW: attempt 2 in 0.0 s\n');
        expect(text).toContain('owner roles: 1 assigned\n');
        expect(text).toMatch(/enabling \[█+\] 100% \| 4\/4 students \| chunk 2\/2 \| 1 failed \| \d+s/);
        // The cursor is hidden while the bar is drawn; stop shows it again and leaves the final bar on screen.
        expect(text.startsWith(HIDE_CURSOR)).toBe(true);
        expect(text.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(text.lastIndexOf('4/4 students | chunk 2/2 | 1 failed'));
        expect(text.endsWith('\n')).toBe(true);
    });
});

describe('in-org run progress', () => {
    const event = { name: 'SUR-00000007', status: 'RUNNING', done: 1, total: 3, failed: 0, jobs: 1 };

    it('says the run, its state, rows (percentage rounded down), failures and jobs', () => {
        expect(runProgressLine(event)).toBe('run SUR-00000007: RUNNING, 1/3 students (33%), 0 failed, 1 job(s)');
        expect(runProgressLine({ ...event, done: 0, total: 0 })).toBe(
            'run SUR-00000007: RUNNING, 0/0 students (100%), 0 failed, 1 job(s)'
        );
    });

    it('writes a line only when the run changed (no terminal)', () => {
        const { out, written } = lines();
        const reporter = runReporter(undefined, out);
        reporter.update(event);
        reporter.update(event);
        reporter.update({ ...event, done: 3, status: 'COMPLETED' });
        reporter.stop();
        expect(written).toEqual([
            'run SUR-00000007: RUNNING, 1/3 students (33%), 0 failed, 1 job(s)\n',
            'run SUR-00000007: COMPLETED, 3/3 students (100%), 0 failed, 1 job(s)\n'
        ]);
    });

    it('draws a bar on a terminal, whose total follows the run record', () => {
        const terminal = fakeTerminal();
        const { out, written } = lines();
        const reporter = runReporter(terminal.stream, out);
        reporter.update({ ...event, total: 0, done: 0 });
        reporter.update({ ...event, done: 5, total: 5, status: 'COMPLETED', failed: 2, jobs: 2 });
        reporter.stop();
        expect(written).toEqual([]);
        expect(terminal.text().startsWith(HIDE_CURSOR)).toBe(true);
        expect(terminal.text()).toMatch(
            /run SUR-00000007 \[█+\] 100% \| 5\/5 students \| COMPLETED \| 2 failed \| 2 job\(s\)/
        );
    });
});
