/**
 * The Apex parser Salesforce uses (jorje), as the native binary that prettier-plugin-apex ships for the platform
 * (`@prettier-apex/apex-ast-serializer-<platform>-<arch>`, one of its optional dependencies, so `npm install`
 * installs the one of this machine): Apex source on stdin, the parse tree as JSON on stdout.
 * One process per source (about 0.1 s); `parseApexFiles` runs several at once and keeps each file's parse in
 * `node_modules/.cache/apex-ast/` (one entry per file path, reused only for the same source text and parser binary).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CheckSkipped } from '../types';

/** A node of the jorje parse tree: `@class` names its Java type, e.g. `apex.jorje.data.soql.Query`. */
export interface ApexNode {
    '@class'?: string;
    [key: string]: unknown;
}

export interface ApexParseError {
    /** 1-based, as the parser reports them. */
    line: number;
    column: number;
    message: string;
}

export interface ApexParseResult {
    /** The compilation unit (`CompilationUnit$ClassDeclUnit`, `$TriggerDeclUnit`, `$AnonymousBlockUnit`...). */
    unit: ApexNode;
    parseErrors: ApexParseError[];
}

export interface ApexParseOptions {
    /** Parse anonymous Apex (a `.apex` script) instead of a class or trigger. */
    anonymous?: boolean;
}

interface RawParseError {
    message?: string;
    error?: { loc?: RawLocation; error?: { loc?: RawLocation } };
}

interface RawLocation {
    line?: number;
    column?: number;
}

interface RawParserOutput {
    'apex.jorje.semantic.compiler.parser.ParserOutput'?: {
        parseErrors?: RawParseError[];
        internalErrors?: unknown[];
        unit?: ApexNode;
    };
}

const MAX_OUTPUT = 1 << 28;

/**
 * The platforms prettier-plugin-apex publishes a native parser for, and their packages: its
 * `optionalDependencies` and `NATIVE_PACKAGES` (prettier-plugin-apex 2.3 `dist/src/util.js`).
 */
export const NATIVE_PARSER_PACKAGES: Readonly<Record<string, string>> = {
    'darwin-arm64': '@prettier-apex/apex-ast-serializer-darwin-arm64',
    'darwin-x64': '@prettier-apex/apex-ast-serializer-darwin-x64',
    'linux-x64': '@prettier-apex/apex-ast-serializer-linux-x64',
    'win32-x64': '@prettier-apex/apex-ast-serializer-win32-x64'
};

/**
 * Thrown when this machine has no native Apex parser because none exists for its platform (e.g. Linux arm64 in a
 * container on an Apple laptop). The check runner reports a check that throws it as SKIP with this message, never as
 * a pass; the tests that need the parser skip with it (see `describeWithApexParser`).
 */
export class ApexParserUnavailable extends CheckSkipped {}

/** Where the parser of a platform lives: its package and the binary's file name inside it (`.exe` on Windows). */
export function nativeParserFor(
    platform: string,
    arch: string
): { packageName: string; binaryName: string } | undefined {
    const key = `${platform}-${arch}`;
    const packageName = NATIVE_PARSER_PACKAGES[key];
    if (!packageName) return undefined;
    return { packageName, binaryName: `apex-ast-serializer-${key}${platform === 'win32' ? '.exe' : ''}` };
}

/**
 * Absolute path of the native parser binary of `platform`-`arch` (default: this machine). Throws
 * `ApexParserUnavailable` when no parser exists for the platform, and a plain error (a failure) when one exists but
 * is not installed (e.g. `npm install --omit=optional`).
 */
export function apexParserBinary(
    platform: string = process.platform,
    arch: string = process.arch,
    resolvePackage: (id: string) => string = require.resolve
): string {
    const native = nativeParserFor(platform, arch);
    if (!native) {
        throw new ApexParserUnavailable(
            `no native Apex parser exists for ${platform}-${arch} (prettier-plugin-apex ships one for ` +
                `${Object.keys(NATIVE_PARSER_PACKAGES).join(', ')}): skipped here, run it on one of those or in CI`
        );
    }
    let packageJson: string;
    try {
        packageJson = resolvePackage(`${native.packageName}/package.json`);
    } catch {
        throw new Error(
            `the native Apex parser ${native.packageName} is not installed: run npm install (without --omit=optional)`
        );
    }
    return join(dirname(packageJson), native.binaryName);
}

/** Why the Apex parser cannot run on this machine, or undefined when it can (an install problem still throws). */
export function apexParserSkipReason(): string | undefined {
    try {
        apexParserBinary();
        return undefined;
    } catch (error) {
        if (error instanceof ApexParserUnavailable) return error.message;
        throw error;
    }
}

function parserArgs(options: ApexParseOptions): string[] {
    return options.anonymous ? ['-a'] : [];
}

/** Turns the binary's stdout into a result; throws with the parser's own words when it is not the expected JSON. */
export function readParserOutput(stdout: string): ApexParseResult {
    let output: RawParserOutput;
    try {
        output = JSON.parse(stdout) as RawParserOutput;
    } catch {
        throw new Error(`the Apex parser did not return JSON: ${stdout.slice(0, 300)}`);
    }
    const parsed = output['apex.jorje.semantic.compiler.parser.ParserOutput'];
    if (!parsed?.unit) throw new Error(`unexpected Apex parser output: ${stdout.slice(0, 300)}`);
    const internal = (parsed.internalErrors ?? []).map((error) => ({
        line: 1,
        column: 1,
        message: `internal parser error: ${JSON.stringify(error).slice(0, 300)}`
    }));
    return { unit: parsed.unit, parseErrors: [...(parsed.parseErrors ?? []).map(toParseError), ...internal] };
}

function toParseError(error: RawParseError): ApexParseError {
    const loc = error.error?.error?.loc ?? error.error?.loc ?? {};
    return { line: loc.line ?? 1, column: loc.column ?? 1, message: error.message ?? 'syntax error' };
}

/** Parses one Apex source synchronously. */
export function parseApex(source: string, options: ApexParseOptions = {}): ApexParseResult {
    const result = spawnSync(apexParserBinary(), parserArgs(options), {
        input: source,
        maxBuffer: MAX_OUTPUT,
        env: { ...process.env, DEBUG: '' }
    });
    if (result.error) throw new Error(`cannot run the Apex parser: ${result.error.message}`);
    if (result.status !== 0) {
        throw new Error(`the Apex parser exited with ${result.status}: ${result.stderr.toString().slice(0, 300)}`);
    }
    return readParserOutput(result.stdout.toString('utf8'));
}

function runParser(source: string, options: ApexParseOptions): Promise<string> {
    return new Promise((resolve, reject) => {
        const child = spawn(apexParserBinary(), parserArgs(options), {
            env: { ...process.env, DEBUG: '' },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', (error) => reject(new Error(`cannot run the Apex parser: ${error.message}`)));
        child.on('close', (code) => {
            if (code !== 0) {
                reject(
                    new Error(`the Apex parser exited with ${code}: ${Buffer.concat(stderr).toString().slice(0, 300)}`)
                );
                return;
            }
            resolve(Buffer.concat(stdout).toString('utf8'));
        });
        child.stdin.end(source);
    });
}

/** A parsed file: its path as given, its source text and the parse result. */
export interface ParsedApexFile extends ApexParseResult {
    file: string;
    source: string;
}

export interface ParseFilesOptions {
    /** Parser processes at a time (default: the number of CPUs, at least 2). */
    concurrency?: number;
    /** Where parses are cached; `false` turns the cache off. */
    cacheDir?: string | false;
}

export const DEFAULT_AST_CACHE = join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'apex-ast');

let binaryIdentity: string | undefined;

/** Identifies the parser build, so a cached parse is never reused across parser versions. */
function parserIdentity(): string {
    if (binaryIdentity === undefined) {
        const binary = apexParserBinary();
        const { size, mtimeMs } = statSync(binary);
        binaryIdentity = `${binary}:${size}:${mtimeMs}`;
    }
    return binaryIdentity;
}

/**
 * Parses of this process by source hash: the checks that read the Apex AST (apex-syntax, soql-fields,
 * lwc-apex-contract, ...) run at the same time in `npm test`, and share one parse of each file instead of one each.
 */
const inProcess = new Map<string, Promise<string>>();

function cachedParse(file: string, source: string, anonymous: boolean, cacheDir: string | false): Promise<string> {
    if (cacheDir === false) return runParser(source, { anonymous });
    const key = createHash('sha256').update(`${parserIdentity()}\0${anonymous}\0${source}`).digest('hex');
    let parse = inProcess.get(key);
    if (!parse) {
        parse = diskCachedParse(file, source, anonymous, cacheDir, key);
        inProcess.set(key, parse);
        parse.catch(() => inProcess.delete(key));
    }
    return parse;
}

async function diskCachedParse(
    file: string,
    source: string,
    anonymous: boolean,
    cacheDir: string,
    key: string
): Promise<string> {
    const entry = join(cacheDir, `${createHash('sha256').update(resolve(file)).digest('hex').slice(0, 32)}.json`);
    const cached = await readFile(entry, 'utf8').catch(() => '');
    if (cached.startsWith(`${key}\n`)) return cached.slice(key.length + 1);
    const output = await runParser(source, { anonymous });
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${entry}.${process.pid}.tmp`;
    await writeFile(temporary, `${key}\n${output}`);
    await rename(temporary, entry);
    return output;
}

/**
 * Parses Apex files (`.cls`, `.trigger`; `.apex` as anonymous Apex) with a few parser processes at a time.
 * Results come back in the order of `files`.
 */
export async function parseApexFiles(
    files: readonly string[],
    options: ParseFilesOptions = {}
): Promise<ParsedApexFile[]> {
    const concurrency = options.concurrency ?? Math.max(2, availableParallelism());
    const cacheDir = options.cacheDir ?? DEFAULT_AST_CACHE;
    const results: ParsedApexFile[] = new Array<ParsedApexFile>(files.length);
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < files.length) {
            const index = next++;
            const file = files[index];
            const source = await readFile(file, 'utf8');
            const output = await cachedParse(file, source, file.endsWith('.apex'), cacheDir);
            results[index] = { file, source, ...readParserOutput(output) };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
    return results;
}
