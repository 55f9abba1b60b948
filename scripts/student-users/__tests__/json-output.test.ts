import type { CliDeps } from '../command';
import { captureForJson, jsonError, jsonSuccess, wantsJson } from '../json-output';

describe('--json output', () => {
    it('is asked for by --json anywhere in the arguments, and only by it', () => {
        expect(wantsJson(['enable', '--file', 'a.csv', '--json'])).toBe(true);
        expect(wantsJson(['enable', '--json=true'])).toBe(false);
        expect(wantsJson([])).toBe(false);
    });

    it('drops human stdout and progress, and sorts stderr lines into warnings and errors', () => {
        const written: string[] = [];
        const deps: CliDeps = {
            env: {},
            cwd: '/tmp',
            stdout: { write: (text) => written.push(text) },
            stderr: { write: (text) => written.push(text) },
            tty: process.stderr
        };
        const captured = captureForJson(deps);
        captured.deps.stdout.write('Created  2\n');
        captured.deps.stderr.write('warning: owner A is near the limit\nsee --help\nerror: bad file\n');
        captured.deps.stderr.write('warning: second\n  warning: indented is not one\n');
        expect(written).toEqual([]);
        expect(captured.deps.tty).toBeUndefined();
        expect(captured.deps.cwd).toBe('/tmp');
        expect(captured.warnings).toEqual(['owner A is near the limit', 'second']);
        expect(captured.errors).toEqual(['bad file']);
    });

    it("has sf's shapes: status is the exit code", () => {
        expect(jsonSuccess(1, { a: 1 }, ['w'])).toEqual({ status: 1, result: { a: 1 }, warnings: ['w'] });
        expect(jsonError(2, 'UsageError', 'bad', [])).toEqual({
            status: 2,
            name: 'UsageError',
            message: 'bad',
            exitCode: 2,
            warnings: []
        });
    });
});
