import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { rollup } from 'rollup';
import { APEX_POLICY_PATH } from '../../scripts/in-org-run/policy';
import { listFiles } from './files';
import { COMPONENT_DIR, DIST_DIR, FORCE_APP_DIR, NODE_MODULES, PREVIEW_ROOT, PROJECT_ROOT, SRC_DIR } from './paths';
import { createRollupOptions, type PreviewBuildInput } from './rollupConfig';

export interface BuildResult {
    outDir: string;
    /** Wall time of this call, in ms. */
    ms: number;
    /** True when the inputs were unchanged and the existing bundle was kept. */
    cached: boolean;
    /** Hash of every input (sources, stubs, metadata, tool versions). */
    hash: string;
}

export interface BuildOptions extends Partial<PreviewBuildInput> {
    /** Rebuild even when the inputs are unchanged. */
    force?: boolean;
}

const HASH_FILE = '.build-hash';
const STATIC_FILES = ['index.html', 'preview.css'];
const TOOL_PACKAGES = ['lwc', '@lwc/rollup-plugin', '@lwc/synthetic-shadow', 'lightning-base-components', 'rollup'];
const SOURCE_FILE = /\.(js|ts|html|css|json|xml)$/;
const LOCK_STALE_MS = 10 * 60 * 1000;
/** Sample data outside force-app and preview that the stand-ins import (the cohort page's 500 students). */
const SHARED_SAMPLE_DIRS = [join(PROJECT_ROOT, 'fixtures', 'cohort'), join(PROJECT_ROOT, 'scripts', 'in-org-run')];
/** Apex the bundle reads at build time: the in-org run's numbers (`preview:run-policy`). */
const BUNDLED_APEX = [join(PROJECT_ROOT, APEX_POLICY_PATH)];

function withDefaults(options: BuildOptions): PreviewBuildInput {
    return {
        componentDir: options.componentDir ?? COMPONENT_DIR,
        metadataRoots: options.metadataRoots ?? [FORCE_APP_DIR],
        outDir: options.outDir ?? DIST_DIR
    };
}

/** Metadata that reaches the bundle: LWC bundles, Custom Labels, and the quick action (its label titles the modal). */
function isBundledMetadata(path: string): boolean {
    if (/[\\/]__tests__[\\/]/.test(path)) {
        return path.endsWith('.json'); // the fixtures are bundled, the Jest tests are not
    }
    return /[\\/]lwc[\\/]/.test(path) || path.endsWith('.labels-meta.xml') || path.endsWith('.quickAction-meta.xml');
}

/**
 * One hash over every file that can change the bundle (preview sources, stand-ins, build code, the LWC bundles,
 * labels and quick actions, tool versions, the Apex class StudentUserRunPolicy whose numbers the run stand-in reads), so an unchanged tree skips the 15–20 s build. Other Apex and
 * metadata are not inputs: editing them keeps the cache.
 */
export function hashInputs(input: PreviewBuildInput): string {
    const hash = createHash('sha256');
    const previewFiles = [
        ...['src', 'stubs', 'lib'].map((dir) => join(PREVIEW_ROOT, dir)),
        ...SHARED_SAMPLE_DIRS
    ].flatMap((dir) => listFiles(dir, (name) => SOURCE_FILE.test(name)));
    const metadataFiles = [input.componentDir, ...input.metadataRoots]
        .flatMap((root) => listFiles(root, (name) => SOURCE_FILE.test(name)))
        .filter(isBundledMetadata);
    const files = [...new Set([...previewFiles, ...metadataFiles, ...BUNDLED_APEX])].sort();
    files.forEach((file) =>
        hash
            .update(`${relative(PROJECT_ROOT, file)}\0`)
            .update(readFileSync(file))
            .update('\0')
    );
    TOOL_PACKAGES.forEach((name) => {
        const { version } = JSON.parse(readFileSync(join(NODE_MODULES, name, 'package.json'), 'utf8')) as {
            version: string;
        };
        hash.update(`${name}@${version}\0`);
    });
    hash.update(
        JSON.stringify({
            componentDir: relative(PROJECT_ROOT, input.componentDir),
            outDir: relative(PROJECT_ROOT, input.outDir)
        })
    );
    return hash.digest('hex');
}

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A directory lock, so parallel Jest workers never write the same dist at once. */
async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
    mkdirSync(dirname(lockDir), { recursive: true });
    for (;;) {
        try {
            mkdirSync(lockDir);
            break;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
                throw error;
            }
            if (Date.now() - statSync(lockDir).mtimeMs > LOCK_STALE_MS) {
                rmSync(lockDir, { recursive: true, force: true });
                continue;
            }
            await sleep(250);
        }
    }
    try {
        return await work();
    } finally {
        rmSync(lockDir, { recursive: true, force: true });
    }
}

function checkComponent(input: PreviewBuildInput): void {
    const name = input.componentDir.split(/[\\/]/).pop() ?? '';
    const entry = join(input.componentDir, `${name}.js`);
    if (!existsSync(entry)) {
        throw new Error(`The component to preview is missing: ${relative(PROJECT_ROOT, entry)} does not exist.`);
    }
}

/**
 * Bundles the preview page (the real component, base components, stand-ins) into `outDir`, with
 * index.html and preview.css next to it. Skips the work when the inputs hash is unchanged.
 */
export async function buildPreview(options: BuildOptions = {}): Promise<BuildResult> {
    const started = performance.now();
    const input = withDefaults(options);
    checkComponent(input);
    return withLock(`${input.outDir}.lock`, async () => {
        const hash = hashInputs(input);
        const hashFile = join(input.outDir, HASH_FILE);
        const cached =
            !options.force &&
            existsSync(join(input.outDir, 'main.js')) &&
            existsSync(hashFile) &&
            readFileSync(hashFile, 'utf8') === hash;
        if (!cached) {
            rmSync(input.outDir, { recursive: true, force: true });
            const { inputOptions, outputOptions } = createRollupOptions(input);
            const bundle = await rollup(inputOptions);
            try {
                await bundle.write(outputOptions);
            } finally {
                await bundle.close();
            }
            STATIC_FILES.forEach((file) => copyFileSync(join(SRC_DIR, file), join(input.outDir, file)));
            writeFileSync(hashFile, hash);
        }
        return { outDir: input.outDir, ms: Math.round(performance.now() - started), cached, hash };
    });
}
