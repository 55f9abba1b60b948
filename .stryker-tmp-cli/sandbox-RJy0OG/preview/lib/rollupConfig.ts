// @ts-nocheck
import { basename, dirname, join } from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import type { InputOptions, OutputOptions } from 'rollup';
import { listFiles } from './files';
import { customLabelsPlugin } from './labels';
import { NODE_MODULES, SRC_DIR, STUBS_DIR } from './paths';
import { platformModulesPlugin } from './virtualModules';

/** What a build needs to know; tests and the throwaway dev component pass other folders. */
export interface PreviewBuildInput {
    /** The LWC folder rendered as `c/<name>` (the SFDX source, unchanged). */
    componentDir: string;
    /** Folders whose `*.labels-meta.xml` and `*.quickAction-meta.xml` are read (force-app). */
    metadataRoots: string[];
    /** Output folder (emptied first). */
    outDir: string;
}

const BASE_COMPONENTS_PATH = join('node_modules', 'lightning-base-components') + '/';
const stub = (...parts: string[]): string => join(STUBS_DIR, ...parts);

/**
 * `c/<name>` for the component and every sibling LWC bundle in its lwc folder (a component may import
 * shared modules such as `c/someUtils`), straight from the SFDX source.
 */
export function siblingComponentModules(componentDir: string): { name: string; path: string }[] {
    const lwcDir = dirname(componentDir);
    const bundles = listFiles(lwcDir, (name) => name.endsWith('.js-meta.xml'))
        .map((meta) => dirname(meta))
        .filter((dir) => dirname(dir) === lwcDir);
    const dirs = bundles.includes(componentDir) ? bundles : [componentDir, ...bundles];
    return dirs.map((dir) => ({ name: `c/${basename(dir)}`, path: join(dir, `${basename(dir)}.js`) }));
}

/**
 * The rollup build of the preview page. The five snags of the toolchain notes are handled here:
 * base components by absolute path, output to a directory (icon chunks), `import.meta.env.SSR` defined,
 * a single `lwc` engine, and the combobox ElementInternals gate closed (synthetic shadow).
 */
export function createRollupOptions(input: PreviewBuildInput): {
    inputOptions: InputOptions;
    outputOptions: OutputOptions;
} {
    const inputOptions: InputOptions = {
        input: join(SRC_DIR, 'main.js'),
        preserveEntrySignatures: false,
        onwarn(warning, warn) {
            // Template warnings inside the npm base components (e.g. LWC1057) are not ours to act on.
            const where = `${warning.id ?? ''} ${warning.message}`;
            if (warning.code === 'CIRCULAR_DEPENDENCY' || where.includes(BASE_COMPONENTS_PATH)) {
                return;
            }
            warn(warning);
        },
        plugins: [
            replace({
                preventAssignment: true,
                values: { 'process.env.NODE_ENV': JSON.stringify('development'), 'import.meta.env.SSR': 'false' }
            }),
            customLabelsPlugin(input.metadataRoots),
            platformModulesPlugin({ componentDir: input.componentDir, metadataRoots: input.metadataRoots }),
            lwc({
                rootDir: SRC_DIR,
                // lightning-datatable's sorting modal renders <lwc:component lwc:is>, as the platform allows.
                enableDynamicComponents: true,
                modules: [
                    { npm: join(NODE_MODULES, '@lwc', 'engine-dom') },
                    ...siblingComponentModules(input.componentDir),
                    {
                        name: 'lightning/quickActionPanel',
                        path: stub('lightning', 'quickActionPanel', 'quickActionPanel.js')
                    },
                    { name: 'lightning/platformShowToastEvent', path: stub('lightning', 'platformShowToastEvent.js') },
                    { name: 'lightning/actions', path: stub('lightning', 'actions.js') },
                    { name: 'lightning/refresh', path: stub('lightning', 'refresh.js') },
                    { name: 'lightning/navigation', path: stub('lightning', 'navigation.js') },
                    { name: '@salesforce/gate/bc.260.enableComboboxElementInternals', path: stub('gateClosed.js') },
                    { npm: join(NODE_MODULES, 'lightning-base-components') }
                ]
            })
        ]
    };
    const outputOptions: OutputOptions = {
        dir: input.outDir,
        format: 'esm',
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: true
    };
    return { inputOptions, outputOptions };
}
