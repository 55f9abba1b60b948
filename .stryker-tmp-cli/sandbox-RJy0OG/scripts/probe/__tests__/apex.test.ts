// @ts-nocheck
import { probeResultFromLog, readApexOutcome, renderProbeScript } from '../apex';
import type { SfOutcome } from '../../scratch/sf';
import { debugLog } from './probe-stub';

const TEMPLATE = "Integer a = 1;\nString probeInputJson = '{}';\nSystem.debug(probeInputJson);\n";

describe('renderProbeScript', () => {
    it('replaces the placeholder line with the input as an escaped Apex string literal', () => {
        const rendered = renderProbeScript(TEMPLATE, { tag: "o'k", list: ['a\\b'] }, 'x.apex');
        expect(rendered).toContain(`String probeInputJson = '{"tag":"o\\'k","list":["a\\\\\\\\b"]}';`);
        expect(rendered).not.toContain("'{}'");
    });

    it('refuses a template without the placeholder line, or with two', () => {
        expect(() => renderProbeScript('Integer a = 1;', { tag: 'x' }, 'x.apex')).toThrow(
            "x.apex must contain the line String probeInputJson = '{}'; exactly once (found 0)"
        );
        expect(() => renderProbeScript(TEMPLATE + TEMPLATE, {}, 'x.apex')).toThrow('exactly once (found 2)');
    });
});

describe('probeResultFromLog', () => {
    it('parses the PROBE_RESULT debug line', () => {
        expect(probeResultFromLog(debugLog({ ok: true, n: 2 }))).toEqual({ ok: true, n: 2 });
    });

    it('takes the last PROBE_RESULT and ignores lines that are not USER_DEBUG or not JSON', () => {
        const log = [
            `x|USER_DEBUG|[1]|ERROR|PROBE_RESULT {"first":true}`,
            'x|STATEMENT_EXECUTE|PROBE_RESULT {"not":"debug"}',
            `x|USER_DEBUG|[2]|ERROR|PROBE_RESULT {"second":true}`,
            `x|USER_DEBUG|[3]|ERROR|PROBE_RESULT {truncated`
        ].join('\n');
        expect(probeResultFromLog(log)).toEqual({ second: true });
    });

    it('is undefined without a log or a line', () => {
        expect(probeResultFromLog(undefined)).toBeUndefined();
        expect(probeResultFromLog('12:00|USER_DEBUG|[1]|DEBUG|hello')).toBeUndefined();
    });
});

describe('readApexOutcome', () => {
    const outcome = (json: SfOutcome['json'], exitCode = json?.status ?? 1): SfOutcome => ({
        exitCode,
        json,
        stdout: '',
        stderr: ''
    });

    it('returns the result of a successful run', () => {
        const run = readApexOutcome(
            outcome({ status: 0, result: { success: true, compiled: true, logs: debugLog({ a: 1 }) } }),
            's.apex'
        );
        expect(run).toEqual({ ok: true, result: { a: 1 } });
    });

    it('reports a compile failure with line and column (sf puts it in data)', () => {
        const run = readApexOutcome(
            outcome({
                status: 1,
                name: 'executeCompileFailure',
                data: { compiled: false, success: false, compileProblem: 'Invalid type: Foo', line: 3, column: 5 }
            }),
            's.apex'
        );
        expect(run).toEqual({
            ok: false,
            failure: 's.apex does not compile in this org (line 3, column 5): Invalid type: Foo'
        });
    });

    it('reports a runtime failure with the exception message', () => {
        const run = readApexOutcome(
            outcome({
                status: 1,
                data: { compiled: true, success: false, exceptionMessage: 'System.QueryException: List has no rows' }
            }),
            's.apex'
        );
        expect(run).toEqual({ ok: false, failure: 's.apex failed: System.QueryException: List has no rows' });
    });

    it('reports a run without the PROBE_RESULT line', () => {
        const run = readApexOutcome(
            outcome({ status: 0, result: { success: true, compiled: true, logs: 'nothing' } }),
            's.apex'
        );
        expect(run).toEqual({ ok: false, failure: 's.apex ran but printed no PROBE_RESULT line' });
    });

    it('reports an sf failure (no org) with its summary', () => {
        const run = readApexOutcome(
            outcome({ status: 1, name: 'NoAuthInfoFound', message: 'No authorization' }),
            's.apex'
        );
        expect(run).toEqual({ ok: false, failure: 's.apex: NoAuthInfoFound: No authorization' });
    });
});
