import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../types';
import { cachesEnabled, toolCacheDir } from './cache';
import { listFiles } from './files';

/**
 * The findings of a tool that has no incremental cache of its own reachable from here (PMD through Code Analyzer
 * core: PMD's `--cache` is not exposed), kept under a key of everything the run reads: each input file's path and
 * content, the configuration files and the tool's package versions. Any change to any of them is a new key, so a
 * stored result is only ever reused for the very same input. Off with SPU_CHECK_CACHE=0 (CI).
 */
export interface FindingsCacheInput {
    /** The tool's name (one cache folder per tool and project root). */
    tool: string;
    root: string;
    /** Folders whose every file is an input (read recursively). */
    inputDirs: string[];
    /** Single files that are inputs when they exist (configuration). */
    inputFiles: string[];
    /** Packages whose installed version is part of the key. */
    packages: string[];
    /** Whether stored findings may be used and kept; `cachesEnabled()` (SPU_CHECK_CACHE) when not given. */
    enabled?: boolean;
}

function packageVersion(root: string, name: string): string {
    const file = join(root, 'node_modules', name, 'package.json');
    return existsSync(file) ? String((JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version) : '-';
}

/** The key: a SHA-256 over the sorted inputs' paths and contents, the configuration and the versions. */
export function findingsKey(input: FindingsCacheInput): string {
    const hash = createHash('sha256');
    const files = [
        ...input.inputDirs.filter((dir) => existsSync(dir)).flatMap((dir) => listFiles(dir, () => true)),
        ...input.inputFiles.filter((file) => existsSync(file))
    ].sort();
    for (const file of files) {
        hash.update(relative(input.root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    for (const name of input.packages) {
        hash.update(`${name}@${packageVersion(input.root, name)}\0`);
    }
    hash.update(process.version);
    return hash.digest('hex');
}

/**
 * The stored findings for these exact inputs, or the findings of a fresh `run` (stored unless `keep` refuses them,
 * e.g. when the engine reported an error that a rerun could clear).
 */
export async function cachedFindings(
    input: FindingsCacheInput,
    run: () => Promise<Finding[]>,
    keep: (findings: Finding[]) => boolean = () => true
): Promise<Finding[]> {
    if (!(input.enabled ?? cachesEnabled())) return run();
    const dir = toolCacheDir(input.tool, input.root);
    const file = join(dir, `${findingsKey(input)}.json`);
    if (existsSync(file)) {
        return JSON.parse(readFileSync(file, 'utf8')) as Finding[];
    }
    const findings = await run();
    if (keep(findings)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, JSON.stringify(findings));
    }
    return findings;
}
