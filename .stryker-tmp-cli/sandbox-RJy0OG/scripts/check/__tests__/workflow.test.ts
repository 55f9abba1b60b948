// @ts-nocheck
import { join } from 'node:path';
import { npmScriptFindings, workflowCheck, yamlFindings } from '../checks/workflow';
import { fixture } from './fixtures';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');
const SLOW = 120_000;

describe('workflows check', () => {
    it(
        'passes on the project itself (YAML, GitHub schema, npm scripts)',
        async () => {
            expect(await workflowCheck.run(PROJECT_ROOT)).toEqual([]);
        },
        SLOW
    );

    it(
        'reports schema errors, bad expressions and missing npm scripts with file, line and column',
        async () => {
            const findings = await workflowCheck.run(fixture('workflows/broken'));
            expect(findings).toEqual([
                {
                    file: '.github/workflows/ci.yml',
                    line: 12,
                    column: 14,
                    message: 'runs the npm script "deploy", which package.json does not define',
                    rule: 'npm-script'
                },
                {
                    file: '.github/workflows/ci.yml',
                    line: 7,
                    column: 5,
                    message: "workflow schema: Unexpected value 'runs-onn'",
                    rule: 'actions-workflow-parser'
                },
                {
                    file: '.github/workflows/ci.yml',
                    line: 11,
                    column: 13,
                    message: "workflow schema: Unexpected end of expression: '=='",
                    rule: 'actions-workflow-parser'
                },
                {
                    file: '.github/workflows/ci.yml',
                    line: 7,
                    column: 5,
                    message: 'workflow schema: Required property is missing: runs-on',
                    rule: 'actions-workflow-parser'
                }
            ]);
        },
        SLOW
    );

    it(
        'reports a YAML syntax error and skips the schema for that file',
        async () => {
            expect(await workflowCheck.run(fixture('workflows/yaml-error'))).toEqual([
                {
                    file: '.github/workflows/ci.yml',
                    line: 3,
                    column: 1,
                    message: 'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
                    rule: 'yaml'
                }
            ]);
        },
        SLOW
    );
});

describe('yamlFindings', () => {
    it('reports duplicate keys', () => {
        expect(yamlFindings('w.yml', 'on: push\non: pull_request\n')).toEqual([
            { file: 'w.yml', line: 2, column: 1, message: 'YAML: Map keys must be unique', rule: 'yaml' }
        ]);
    });
});

describe('npmScriptFindings', () => {
    it('checks npm run and npm test, ignoring comments', () => {
        const text = '# npm run ignored\n  run: npm run lint && npm test\n  run: npm run-script build';
        expect(
            npmScriptFindings('w.yml', text, new Set(['lint'])).map((f) => `${f.line}:${f.column} ${f.message}`)
        ).toEqual([
            '2:24 runs the npm script "test", which package.json does not define',
            '3:8 runs the npm script "build", which package.json does not define'
        ]);
    });
});
