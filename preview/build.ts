/** `npx tsx preview/build.ts [--force]`: bundles the preview page into node_modules/.cache/spu-preview/dist-<checkout> (preview/lib/paths.ts DIST_DIR) and prints the time. */
import { relative } from 'node:path';
import { buildPreview } from './lib/build';
import { fail, parsePreviewArgs } from './lib/cli';
import { PROJECT_ROOT } from './lib/paths';

async function main(): Promise<void> {
    const { force } = parsePreviewArgs(process.argv.slice(2), {});
    const result = await buildPreview({ force });
    const where = relative(PROJECT_ROOT, result.outDir);
    const seconds = (result.ms / 1000).toFixed(1);
    console.log(
        result.cached
            ? `Preview bundle ${where} is up to date (inputs unchanged), ${seconds} s.`
            : `Built ${where} in ${seconds} s.`
    );
}

main().catch(fail);
