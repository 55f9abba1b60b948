import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseApexLsReport } from '../checks/apex-ls';
import { jestStep, summarizeJestReport } from '../checks/jest';
import { findMalformedXml, findMetaProblems, metadataCheck, projectApiVersion } from '../checks/metadata';
import { listFiles } from '../lib/files';
import { fakeJest, fixture } from './fixtures';

/**
 * The parts of the tool checks that run in this process: the readers of the tools' reports and the metadata rules.
 * The tools themselves (apex-ls, sf, Jest over the project) run in tool-checks.test.ts and the deep tests.
 */

describe('apex-ls report', () => {
    it('turns each message into a finding with the file relative to the root and a 1-based column', () => {
        const report = {
            files: [
                {
                    path: '/p/force-app/A.cls',
                    messages: [
                        {
                            start: { line: 3, offset: 0 },
                            category: 'Error',
                            message: 'No type declaration found for X'
                        },
                        { start: { line: 9, offset: 12 }, category: 'Warning', message: 'Unused' }
                    ]
                },
                { path: '/p/force-app/B.cls', messages: [] }
            ]
        };
        // apex-ls prints a banner before its JSON.
        expect(parseApexLsReport('/p', `apex-ls 5.0\n${JSON.stringify(report)}`)).toEqual([
            {
                file: 'force-app/A.cls',
                line: 3,
                column: 1,
                message: 'No type declaration found for X',
                rule: 'apex-ls:Error'
            },
            { file: 'force-app/A.cls', line: 9, column: 13, message: 'Unused', rule: 'apex-ls:Warning' }
        ]);
    });

    it('has no findings when apex-ls printed no report', () => {
        expect(parseApexLsReport('/p', 'Error: could not start\n')).toEqual([]);
    });
});

describe('Jest report', () => {
    const report = (numFailedTests: number, testResults: { status: string; assertionResults: unknown[] }[] = []) => ({
        numPassedTests: 7,
        numFailedTests,
        success: numFailedTests === 0,
        testResults: testResults.map((suite, index) => ({
            name: `/p/s${index}.test.ts`,
            message: 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6',
            ...suite
        }))
    });

    it('counts passed and failed tests and names each suite that failed without a failing test', () => {
        const summary = summarizeJestReport(
            report(1, [
                { status: 'failed', assertionResults: [] },
                { status: 'failed', assertionResults: [{}] },
                { status: 'passed', assertionResults: [] }
            ]),
            1
        );
        expect(summary).toEqual({
            passed: 7,
            failed: 1,
            otherFailures: ['/p/s0.test.ts: line 1 line 2 line 3 line 4 line 5']
        });
    });

    it('blames the coverage threshold for a non-zero exit without any failure, and nothing for exit 0', () => {
        expect(summarizeJestReport(report(0), 1).otherFailures).toEqual([
            'Jest exited non-zero with no failing test: coverage below the threshold (see above)'
        ]);
        expect(summarizeJestReport(report(0), 0).otherFailures).toEqual([]);
        expect(summarizeJestReport(report(2), 1).otherFailures).toEqual([]);
        // A suite that failed to load explains the exit already.
        expect(summarizeJestReport(report(0, [{ status: 'failed', assertionResults: [] }]), 1).otherFailures).toEqual([
            '/p/s0.test.ts: line 1 line 2 line 3 line 4 line 5'
        ]);
    });

    describe('as a step of npm test', () => {
        let root: string;
        beforeEach(() => {
            root = mkdtempSync(join(tmpdir(), 'spu-jest-'));
        });
        afterEach(() => rmSync(root, { recursive: true, force: true }));
        /** Jest's arguments: a JSON report under reports/, then the rest. */
        const jestArgs = (report: string, ...rest: string[]) => [
            '--ci',
            '--json',
            '--outputFile',
            join(root, 'reports', `jest-${report}.json`),
            ...rest
        ];

        it('runs the projects once with a JSON report (coverage with lwc) and passes when no test failed', async () => {
            const argsOfRun = fakeJest(root, report(0), 0);
            const outcome = await jestStep(['lwc', 'scripts']).run(root);
            expect(outcome).toMatchObject({
                name: 'jest',
                ok: true,
                findings: [],
                tests: { passed: 7, failed: 0 },
                notes: [],
                output: 'jest output'
            });
            expect(argsOfRun()).toEqual(jestArgs('lwc-scripts', '--coverage', '--selectProjects', 'lwc', 'scripts'));
        });

        it('fails on a failed test, without coverage when lwc is not run; times itself in seconds', async () => {
            const argsOfRun = fakeJest(root, report(2), 1);
            jest.spyOn(performance, 'now').mockReturnValueOnce(1000).mockReturnValueOnce(3500);
            const outcome = await jestStep(['deep']).run(root);
            jest.restoreAllMocks();
            expect(outcome).toMatchObject({ ok: false, seconds: 2.5, tests: { passed: 7, failed: 2 }, notes: [] });
            expect(argsOfRun()).toEqual(jestArgs('deep', '--selectProjects', 'deep'));
            // Its reports folder exists now: a second run reuses it.
            expect(await jestStep(['deep']).run(root)).toMatchObject({ tests: { passed: 7, failed: 2 } });
        });

        it('fails with the end of its output when Jest wrote no report', async () => {
            fakeJest(root, undefined, 1);
            const outcome = await jestStep(['scripts']).run(root);
            expect(outcome).toMatchObject({
                ok: false,
                tests: { passed: 0, failed: 0 },
                notes: ['Jest wrote no report: jest output'],
                output: 'jest output'
            });
        });
    });
});

describe('metadata rules', () => {
    const root = fixture('broken-metadata');
    const classes = join(root, 'force-app', 'main', 'default', 'classes');

    it('reads the API version of the project, and refuses a project without one', () => {
        expect(projectApiVersion(root)).toBe('65.0');
        expect(() => projectApiVersion(fixture('clean-minimal'))).not.toThrow();
        const bare = mkdtempSync(join(tmpdir(), 'spu-meta-'));
        try {
            writeFileSync(join(bare, 'sfdx-project.json'), '{}');
            expect(() => projectApiVersion(bare)).toThrow('sfdx-project.json has no sourceApiVersion');
        } finally {
            rmSync(bare, { recursive: true, force: true });
        }
    });

    it('reports malformed XML with the parser line and column', () => {
        const xml = listFiles(classes, (name) => name.endsWith('.xml'));
        expect(findMalformedXml(root, xml)).toEqual([
            {
                file: 'force-app/main/default/classes/Malformed.cls-meta.xml',
                line: 4,
                column: 19,
                message:
                    "malformed XML: Expected closing tag 'status' (opened in line 4, col 5) instead of closing tag 'statuss'.",
                rule: 'xml-well-formed'
            }
        ]);
    });

    it('reports a class without meta file and a foreign API version, at its line; skips malformed meta files', () => {
        const sources = listFiles(classes, (name) => name.endsWith('.cls'));
        const metas = listFiles(classes, (name) => name.endsWith('-meta.xml'));
        expect(findMetaProblems(root, sources, metas, '65.0')).toEqual([
            {
                file: 'force-app/main/default/classes/NoMeta.cls',
                message: 'has no NoMeta.cls-meta.xml: the sf CLI skips it silently, so it would never deploy',
                rule: 'meta-file-missing'
            },
            {
                file: 'force-app/main/default/classes/OldVersion.cls-meta.xml',
                line: 3,
                message: "apiVersion 58 differs from the project's sourceApiVersion 65.0",
                rule: 'api-version'
            }
        ]);
        // 58 and 58.0 are the same version.
        expect(findMetaProblems(root, [], metas, '58')).toEqual([]);
    });

    it('reports a meta file without apiVersion', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spu-meta-'));
        try {
            const meta = join(dir, 'A.cls-meta.xml');
            writeFileSync(meta, '<?xml version="1.0"?>\n<ApexClass><status>Active</status></ApexClass>\n');
            expect(findMetaProblems(dir, [], [meta], '65.0')).toEqual([
                { file: 'A.cls-meta.xml', message: 'has no <apiVersion>', rule: 'api-version' }
            ]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('checks a project without any source without running sf', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'spu-meta-'));
        try {
            writeFileSync(join(dir, 'sfdx-project.json'), JSON.stringify({ sourceApiVersion: '65.0' }));
            expect(await metadataCheck.run(dir)).toEqual([]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
