import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import type { InputOptions, OutputOptions, Plugin } from 'rollup';
import ts from 'typescript';
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
 * The right-to-left icon template modules of lightning/primitiveIcon, which it imports only when `@salesforce/i18n/dir`
 * is 'rtl', never in the preview: mapped to a stand-in so that they are not compiled (see the stand-in).
 */
export const RTL_ICON_TEMPLATES = ['Utility', 'Action', 'Standard', 'Doctype', 'Custom'].map(
    (category) => `lightning/iconSvgTemplates${category}Rtl`
);

const NODE_SHIM = '\0preview:node-shim';

/**
 * TypeScript modules of the project's tools that a stand-in imports (scripts/in-org-run/policy.ts: the in-org run's
 * chunking rules, one copy for the CLI's simulation and the preview): `./x` finds `x.ts`, TypeScript's own
 * transpileModule strips the types, and the Node built-ins such a module imports for its CLI side (`node:fs`,
 * `node:path`) become a module that throws if the browser ever called them (tree-shaking drops them when unused).
 */
export function projectTypeScriptPlugin(): Plugin {
    return {
        name: 'preview-project-typescript',
        resolveId(id, importer) {
            if (id === 'node:fs' || id === 'node:path') {
                return `${NODE_SHIM}:${id}`;
            }
            if (importer && id.startsWith('.') && !importer.includes('\0')) {
                const candidate = resolve(dirname(importer), `${id}.ts`);
                if (existsSync(candidate)) return candidate;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(NODE_SHIM)) return null;
            const fail = (name: string): string =>
                `export function ${name}() { throw new Error('${id.slice(NODE_SHIM.length + 1)} ${name} is not available in the browser preview'); }`;
            return `${fail('readFileSync')}\n${fail('join')}\n`;
        },
        transform(code, id) {
            if (!id.endsWith('.ts')) return null;
            const output = ts.transpileModule(code, {
                fileName: id,
                compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: true }
            });
            return { code: output.outputText, map: output.sourceMapText ?? null };
        }
    };
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
                // The LWC engine's production mode, as the platform serves components to users (debug mode off): the
                // development checks cost a 500-row table seconds per render (measured: 36 s → 29 s for the 500-student
                // lifecycle flow). Jest (sfdx-lwc-jest) runs every component in development mode, with its warnings.
                values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.SSR': 'false' }
            }),
            customLabelsPlugin(input.metadataRoots),
            projectTypeScriptPlugin(),
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
                    ...RTL_ICON_TEMPLATES.map((name) => ({ name, path: stub('lightning', 'iconSvgTemplatesRtl.js') })),
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
