import { Writable } from 'node:stream';
import { dropOutputAfterClosedPipe } from '../closed-pipe';

/** A stream whose reader has gone: every write fails with `code`, as a closed pipe fails with EPIPE. */
function failingStream(code: string): Writable {
    return new Writable({
        write(_chunk, _encoding, done) {
            done(Object.assign(new Error(`write ${code}`), { code }));
        }
    });
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('output after the reader closed the pipe', () => {
    it('is dropped without an error, and later writes are dropped too', async () => {
        const stream = failingStream('EPIPE');
        dropOutputAfterClosedPipe(stream);
        stream.write('Usage: student-users [options] [command]\n');
        await settle();
        expect(stream.destroyed).toBe(true);
        expect(() => stream.write('more help\n')).not.toThrow();
        await settle();
    });

    it('still fails on any other stream error', () => {
        const stream = failingStream('EIO');
        dropOutputAfterClosedPipe(stream);
        expect(() => stream.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }))).toThrow('write EIO');
    });
});
