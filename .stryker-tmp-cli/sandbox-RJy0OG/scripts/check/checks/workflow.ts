// @ts-nocheck
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { listFiles, relativePath } from '../lib/files';
import { runProcess } from '../lib/process';
import type { Check, Finding } from '../types';

const WORKFLOWS_DIR = join('.github', 'workflows');

/** Every workflow file under `.github/workflows`. */
export function findWorkflowFiles(root: string): string[] {
    return listFiles(join(root, WORKFLOWS_DIR), (name) => name.endsWith('.yml') || name.endsWith('.yaml'));
}

/** YAML syntax errors (the `yaml` package), with line and column. */
export function yamlFindings(file: string, text: string): Finding[] {
    const document = parseDocument(text, { uniqueKeys: true });
    return [...document.errors, ...document.warnings].map((error) => ({
        file,
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
        message: `YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        rule: 'yaml'
    }));
}

/** `npm run <script>` and `npm test` in a workflow must name a script of package.json. */
export function npmScriptFindings(file: string, text: string, scripts: ReadonlySet<string>): Finding[] {
    const findings: Finding[] = [];
    text.split('\n').forEach((line, index) => {
        if (/^\s*#/.test(line)) return;
        const pattern = /\bnpm (?:run(?:-script)? ([\w:.-]+)|(test)\b)/g;
        for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
            const script = match[1] ?? match[2];
            if (!scripts.has(script)) {
                findings.push({
                    file,
                    line: index + 1,
                    column: match.index + 1,
                    message: `runs the npm script "${script}", which package.json does not define`,
                    rule: 'npm-script'
                });
            }
        }
    });
    return findings;
}

/** GitHub's workflow schema and expression checks, run in a child process (see workflow-schema.mjs). */
export async function schemaFindings(root: string, files: string[]): Promise<Finding[]> {
    if (files.length === 0) return [];
    const tsx = join(__dirname, '..', '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const helper = join(__dirname, 'workflow-schema.mjs');
    const result = await runProcess(process.execPath, [tsx, helper, ...files], { cwd: root });
    let parsed: { file: string; line?: number; column?: number; message: string }[];
    try {
        parsed = JSON.parse(result.stdout) as typeof parsed;
    } catch {
        throw new Error(`workflow-schema.mjs failed (exit ${result.code}): ${result.stderr || result.stdout}`);
    }
    return parsed.map((finding) => ({
        file: relativePath(root, finding.file),
        line: finding.line,
        column: finding.column,
        message: `workflow schema: ${finding.message}`,
        rule: 'actions-workflow-parser'
    }));
}

function packageScripts(root: string): Set<string> {
    const path = join(root, 'package.json');
    if (!existsSync(path)) return new Set();
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { scripts?: Record<string, string> };
    return new Set(Object.keys(manifest.scripts ?? {}));
}

export const workflowCheck: Check = {
    name: 'workflows',
    description:
        'GitHub Actions workflows: YAML syntax, GitHub workflow schema and expressions, npm scripts they run exist',
    async run(root) {
        const files = findWorkflowFiles(root);
        const scripts = packageScripts(root);
        const findings: Finding[] = [];
        const parseable: string[] = [];
        for (const file of files) {
            const text = readFileSync(file, 'utf8');
            const relative = relativePath(root, file);
            const syntax = yamlFindings(relative, text);
            findings.push(...syntax, ...npmScriptFindings(relative, text, scripts));
            if (syntax.length === 0) parseable.push(file);
        }
        findings.push(...(await schemaFindings(root, parseable)));
        return findings;
    }
};
