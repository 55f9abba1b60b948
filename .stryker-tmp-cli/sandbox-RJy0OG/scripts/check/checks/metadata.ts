// @ts-nocheck
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cachesEnabled, toolCacheDir } from '../lib/cache';
import { listFiles, relativePath } from '../lib/files';
import { runProcess } from '../lib/process';
import { sfCommand, sfEnvironment } from '../lib/sf';
import type { Check, Finding } from '../types';

/** Source files whose `-meta.xml` must exist and carry the project's API version. */
const VERSIONED_SOURCES = ['.cls', '.trigger'];

/** Reads `sourceApiVersion` from the project's sfdx-project.json. */
export function projectApiVersion(root: string): string {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion?: string };
    if (!project.sourceApiVersion) {
        throw new Error('sfdx-project.json has no sourceApiVersion');
    }
    return project.sourceApiVersion;
}

/** Every XML file well-formed, with the parser's line and column. */
export function findMalformedXml(root: string, files: string[]): Finding[] {
    const findings: Finding[] = [];
    for (const file of files) {
        const result = XMLValidator.validate(readFileSync(file, 'utf8'));
        if (result !== true) {
            findings.push({
                file: relativePath(root, file),
                line: result.err.line,
                column: result.err.col,
                message: `malformed XML: ${result.err.msg}`,
                rule: 'xml-well-formed'
            });
        }
    }
    return findings;
}

/** Every Apex class and trigger has its -meta.xml, and every versioned meta file has the project's API version. */
export function findMetaProblems(root: string, sources: string[], metaFiles: string[], apiVersion: string): Finding[] {
    const findings: Finding[] = [];
    for (const source of sources) {
        if (!existsSync(`${source}-meta.xml`)) {
            findings.push({
                file: relativePath(root, source),
                message: `has no ${relativePath(root, source).split('/').pop()}-meta.xml: the sf CLI skips it silently, so it would never deploy`,
                rule: 'meta-file-missing'
            });
        }
    }
    const parser = new XMLParser();
    for (const meta of metaFiles) {
        const text = readFileSync(meta, 'utf8');
        if (XMLValidator.validate(text) !== true) continue; // reported by findMalformedXml
        const document = parser.parse(text) as Record<string, { apiVersion?: string | number }>;
        const rootElement = Object.values(document).find((value) => typeof value === 'object');
        const version = rootElement?.apiVersion;
        if (version === undefined) {
            findings.push({ file: relativePath(root, meta), message: 'has no <apiVersion>', rule: 'api-version' });
        } else if (Number(version).toFixed(1) !== Number(apiVersion).toFixed(1)) {
            findings.push({
                file: relativePath(root, meta),
                line: text.split('\n').findIndex((line) => line.includes('<apiVersion>')) + 1,
                message: `apiVersion ${String(version)} differs from the project's sourceApiVersion ${apiVersion}`,
                rule: 'api-version'
            });
        }
    }
    return findings;
}

/**
 * A hash of everything `sf project convert source` reads: every file under force-app (path and content),
 * sfdx-project.json, .forceignore and the sf CLI's version. A conversion that succeeded for a hash is not repeated.
 */
export function convertInputsHash(root: string): string {
    const hash = createHash('sha256');
    const cli = join(__dirname, '..', '..', '..', 'node_modules', '@salesforce', 'cli', 'package.json');
    hash.update(existsSync(cli) ? readFileSync(cli) : 'no cli').update('\0');
    for (const name of ['sfdx-project.json', '.forceignore']) {
        const file = join(root, name);
        hash.update(`${name}\0`)
            .update(existsSync(file) ? readFileSync(file) : '')
            .update('\0');
    }
    for (const file of listFiles(join(root, 'force-app'), () => true)) {
        hash.update(`${relativePath(root, file)}\0`)
            .update(readFileSync(file))
            .update('\0');
    }
    return hash.digest('hex');
}

/** `sf project convert source`: unknown metadata types, orphan meta files, bad folder layout. */
export async function convertSource(root: string): Promise<Finding[]> {
    const marker = cachesEnabled() ? join(toolCacheDir('sf-convert', root), 'converted') : undefined;
    const inputs = marker ? convertInputsHash(root) : '';
    if (marker && existsSync(marker) && readFileSync(marker, 'utf8') === inputs) return [];
    const outputDir = mkdtempSync(join(tmpdir(), 'spu-convert-'));
    try {
        const result = await runProcess(
            sfCommand(),
            ['project', 'convert', 'source', '--root-dir', 'force-app', '--output-dir', outputDir, '--json'],
            { cwd: root, env: sfEnvironment() }
        );
        if (result.code === 0) {
            if (marker) {
                mkdirSync(join(marker, '..'), { recursive: true });
                writeFileSync(marker, inputs);
            }
            return [];
        }
        let message = result.stderr.trim() || result.stdout.trim();
        try {
            const json = JSON.parse(result.stdout) as { name?: string; message?: string };
            message = `${json.name ?? 'Error'}: ${json.message ?? message}`;
        } catch {
            // not JSON: keep the raw text
        }
        return [{ file: 'force-app', message: `sf project convert source failed: ${message}`, rule: 'convert-source' }];
    } finally {
        rmSync(outputDir, { recursive: true, force: true });
    }
}

export const metadataCheck: Check = {
    name: 'metadata',
    description:
        'XML well-formed, every .cls/.trigger has its -meta.xml with the project API version, sf convert succeeds',
    async run(root) {
        const packageDir = join(root, 'force-app');
        const xmlFiles = listFiles(packageDir, (name) => name.endsWith('.xml'));
        const sources = listFiles(packageDir, (name) => VERSIONED_SOURCES.some((ext) => name.endsWith(ext)));
        const versionedMeta = listFiles(packageDir, (name) =>
            ['.cls-meta.xml', '.trigger-meta.xml', '.js-meta.xml'].some((ext) => name.endsWith(ext))
        );
        const findings = [
            ...findMalformedXml(root, xmlFiles),
            ...findMetaProblems(root, sources, versionedMeta, projectApiVersion(root))
        ];
        const hasSource = listFiles(packageDir, () => true).length > 0;
        return hasSource ? [...findings, ...(await convertSource(root))] : findings;
    }
};
