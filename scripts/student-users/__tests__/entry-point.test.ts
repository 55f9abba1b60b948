/**
 * The entry point (student-users.ts) in-process: which folder a run starts in, its exit code, and what Ctrl-C does.
 * runCommand is a stand-in; process.on, process.exit and stderr are spied, so nothing leaves the test.
 */
import type { CliDeps } from '../command';

const runCommand = jest.fn<Promise<number>, [string[], CliDeps]>();
jest.mock('../command', () => ({ runCommand: (argv: string[], deps: CliDeps) => runCommand(argv, deps) }));
const dropOutputAfterClosedPipe = jest.fn<void, [NodeJS.EventEmitter]>();
jest.mock('../closed-pipe', () => ({
    dropOutputAfterClosedPipe: (stream: NodeJS.EventEmitter) => dropOutputAfterClosedPipe(stream)
}));

interface Started {
    deps: CliDeps;
    argv: string[];
    handlers: Map<string, (signal: NodeJS.Signals) => void>;
    stderr: string[];
    exit: jest.SpyInstance;
}

const ENV_KEYS = ['npm_lifecycle_event', 'INIT_CWD'] as const;
const savedEnv = ENV_KEYS.map((key) => process.env[key]);
const savedArgv = process.argv;
const savedExitCode = process.exitCode;

afterEach(() => {
    jest.restoreAllMocks();
    runCommand.mockReset();
    dropOutputAfterClosedPipe.mockReset();
    ENV_KEYS.forEach((key, index) => {
        if (savedEnv[index] === undefined) delete process.env[key];
        else process.env[key] = savedEnv[index];
    });
    process.argv = savedArgv;
    process.exitCode = savedExitCode;
});

/** Loads the entry point once, as `node student-users.ts <args>` would, with the given npm environment. */
function start(env: { npm_lifecycle_event?: string; INIT_CWD?: string }, outcome: Promise<number>): Started {
    for (const key of ENV_KEYS) {
        if (env[key] === undefined) delete process.env[key];
        else process.env[key] = env[key];
    }
    process.argv = ['node', 'student-users.ts', 'enable', '--dry-run'];
    runCommand.mockReturnValue(outcome);
    const handlers = new Map<string, (signal: NodeJS.Signals) => void>();
    jest.spyOn(process, 'on').mockImplementation(((event: string, handler: (signal: NodeJS.Signals) => void) => {
        handlers.set(event, handler);
        return process;
    }) as typeof process.on);
    const stderr: string[] = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((text: string | Uint8Array) => {
        stderr.push(String(text));
        return true;
    });
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as typeof process.exit);
    jest.resetModules();
    jest.requireActual('../student-users');
    const [argv, deps] = runCommand.mock.calls[runCommand.mock.calls.length - 1];
    return { deps, argv, handlers, stderr, exit };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the student-users entry point', () => {
    it('passes the arguments and the process streams, and exits with the code of the run', async () => {
        const run = start({}, Promise.resolve(3));
        expect(run.argv).toEqual(['enable', '--dry-run']);
        expect(run.deps.env).toBe(process.env);
        expect(run.deps.stdout).toBe(process.stdout);
        expect(run.deps.stderr).toBe(process.stderr);
        expect(run.deps.tty).toBe(process.stderr);
        expect(run.deps.cwd).toBe(process.cwd());
        // `student-users --help | head -1`: output after the reader is gone is dropped, not an EPIPE crash.
        expect(dropOutputAfterClosedPipe.mock.calls).toEqual([[process.stdout], [process.stderr]]);
        await settle();
        expect(process.exitCode).toBe(3);
    });

    it('starts where the user typed `npm run student-users` or `npm run enable-students`, not in the project root', () => {
        const cwdOf = (env: { npm_lifecycle_event?: string; INIT_CWD?: string }): string => {
            jest.restoreAllMocks();
            return start(env, new Promise(() => undefined)).deps.cwd;
        };
        expect(cwdOf({ npm_lifecycle_event: 'student-users', INIT_CWD: '/home/u/cohort' })).toBe('/home/u/cohort');
        expect(cwdOf({ npm_lifecycle_event: 'enable-students', INIT_CWD: '/home/u/c2' })).toBe('/home/u/c2');
        expect(cwdOf({ npm_lifecycle_event: 'test', INIT_CWD: '/home/u/other' })).toBe(process.cwd());
        expect(cwdOf({ npm_lifecycle_event: 'student-users' })).toBe(process.cwd());
    });

    it('says the command crashed, with the stack, and exits 1', async () => {
        const error = new Error('boom');
        const run = start({}, Promise.reject(error));
        await settle();
        expect(run.stderr).toEqual([`student-users crashed: ${error.stack}\n`]);
        expect(process.exitCode).toBe(1);
        jest.restoreAllMocks();
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a library may throw
        const text = start({}, Promise.reject('plain text'));
        await settle();
        expect(text.stderr).toEqual(['student-users crashed: plain text\n']);
    });

    it('stops cleanly on the first Ctrl-C, and quits at once on the second, naming the results file', () => {
        const run = start({}, new Promise(() => undefined));
        expect([...run.handlers.keys()]).toEqual(['SIGINT', 'SIGTERM']);
        run.deps.onResultsFile?.('out/students.results.csv');
        run.handlers.get('SIGINT')?.('SIGINT');
        expect(run.deps.signal?.aborted).toBe(true);
        expect(run.exit).not.toHaveBeenCalled();
        expect(run.stderr).toEqual([
            '\nInterrupted (SIGINT): finishing the calls in flight, then writing the results (Ctrl-C again quits at once).\n'
        ]);
        run.handlers.get('SIGINT')?.('SIGINT');
        expect(run.stderr[1]).toBe(
            '\nInterrupted again (SIGINT): quitting now; calls in flight are abandoned.\n' +
                'The rows that came back are in out/students.results.csv: run the same command with --resume out/students.results.csv\n'
        );
        expect(run.exit).toHaveBeenCalledWith(130);
    });

    it('exits 143 on a second SIGTERM, without a resume hint when no results file was opened yet', () => {
        const run = start({}, new Promise(() => undefined));
        run.handlers.get('SIGTERM')?.('SIGTERM');
        run.handlers.get('SIGTERM')?.('SIGTERM');
        expect(run.stderr[1]).toBe('\nInterrupted again (SIGTERM): quitting now; calls in flight are abandoned.\n');
        expect(run.exit).toHaveBeenCalledWith(143);
    });
});
