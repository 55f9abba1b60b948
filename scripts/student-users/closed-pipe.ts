/**
 * A reader that stops early (`student-users --help | head -1`, quitting `less`) closes the pipe, and Node fails the
 * next write with EPIPE: an 'error' event that, unheard, crashes the command with a stack trace. What is left to print
 * has no reader, so it is dropped; the run itself goes on to its end (calls in flight finish, the results file gets
 * every row) and exits with its own code. Any other stream error still crashes, as before.
 */
export function dropOutputAfterClosedPipe(stream: NodeJS.EventEmitter): void {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
    });
}
