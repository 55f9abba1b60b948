import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Plugin } from 'rollup';
import { loadPolicy } from '../../scripts/in-org-run/policy';
import { listFiles } from './files';
import { PROJECT_ROOT, STUBS_DIR } from './paths';

const APEX_IMPORT = /^@salesforce\/apex\/([A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*)$/;
const PERMISSION_IMPORT = /^@salesforce\/customPermission\/([A-Za-z0-9_]+)$/;
const PREFIX = '\0preview:';

/** Where the component and its fixtures live, and what the preview page shows around them. */
export interface ComponentSources {
    /** The component folder, e.g. force-app/main/default/lwc/enableStudentUser. */
    componentDir: string;
    /** Folders searched for the quick action metadata (its label titles the modal). */
    metadataRoots: string[];
}

/** The JSON fixtures of the component's Jest tests, by file name without `.json`. */
export function readFixtures(componentDir: string): Record<string, unknown> {
    const dataDir = join(componentDir, '__tests__', 'data');
    const fixtures: Record<string, unknown> = {};
    listFiles(dataDir, (name) => name.endsWith('.json')).forEach((path) => {
        try {
            fixtures[basename(path, '.json')] = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
            throw new Error(`${relative(PROJECT_ROOT, path)}: not valid JSON: ${(error as Error).message}`);
        }
    });
    return fixtures;
}

/**
 * The Jest fixtures of every LWC bundle next to the component that has a `__tests__/data` folder (the component's own
 * included), by bundle name: other pages of the preview (the cohort page) are answered by their component's fixtures.
 */
export function readBundleFixtures(componentDir: string): Record<string, Record<string, unknown>> {
    const lwcDir = dirname(componentDir);
    const bundles = readdirSync(lwcDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(lwcDir, entry.name, '__tests__', 'data')))
        .map((entry) => entry.name)
        .sort();
    return Object.fromEntries(bundles.map((name) => [name, readFixtures(join(lwcDir, name))]));
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

/**
 * The label admins see on the action button and modal: the quick action's `<label>` if a quick action
 * targets the component, else the component's `<masterLabel>`.
 */
export function readQuickActionLabel(sources: ComponentSources): string {
    const component = basename(sources.componentDir);
    const quickActions = sources.metadataRoots.flatMap((root) =>
        listFiles(root, (name) => name.endsWith('.quickAction-meta.xml'))
    );
    for (const path of quickActions) {
        const action = (xml.parse(readFileSync(path, 'utf8')) as { QuickAction?: Record<string, unknown> }).QuickAction;
        if (action?.lightningWebComponent === component && typeof action.label === 'string') {
            return action.label;
        }
    }
    const metaPath = join(sources.componentDir, `${component}.js-meta.xml`);
    let meta: { LightningComponentBundle?: { masterLabel?: unknown } };
    try {
        meta = xml.parse(readFileSync(metaPath, 'utf8')) as typeof meta;
    } catch (error) {
        throw new Error(`Cannot read ${relative(PROJECT_ROOT, metaPath)}: ${(error as Error).message}`);
    }
    const masterLabel = meta.LightningComponentBundle?.masterLabel;
    if (typeof masterLabel !== 'string' || masterLabel.trim() === '') {
        throw new Error(
            `No label for the modal: no quick action targets ${component} and ${relative(PROJECT_ROOT, metaPath)} has no <masterLabel>.`
        );
    }
    return masterLabel;
}

function source(code: string): string {
    return `${code}\n`;
}

/**
 * Rollup plugin for the platform modules that only exist inside Salesforce, answered by preview stand-ins:
 * - `@salesforce/apex/Class.method`: an imperative function and wire adapter (stubs/apex/apexMethod.js)
 *   answered by the selected scenario, recorded in `window.__apexCalls`;
 * - `@salesforce/apex`: refreshApex;
 * - `@salesforce/customPermission/*`: granted (the preview shows what a permitted admin sees);
 * - `preview:fixtures`: the component's `__tests__/data/*.json`, shared with Jest (default export), and those of
 *   every sibling bundle by bundle name (`bundleFixtures`, e.g. `bundleFixtures.studentCohort`);
 * - `preview:config`: the quick action label;
 * - `preview:run-policy`: the in-org run's numbers, read from the Apex class StudentUserRunPolicy by
 *   scripts/in-org-run/policy.ts (the run controller stand-in imports that module's rules too).
 */
export function platformModulesPlugin(sources: ComponentSources): Plugin {
    return {
        name: 'preview-platform-modules',
        resolveId(id) {
            if (
                APEX_IMPORT.test(id) ||
                PERMISSION_IMPORT.test(id) ||
                id === 'preview:fixtures' ||
                id === 'preview:config' ||
                id === 'preview:run-policy'
            ) {
                return PREFIX + id;
            }
            if (id === '@salesforce/apex') {
                return join(STUBS_DIR, 'apex', 'refreshApex.js');
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) {
                return null;
            }
            const specifier = id.slice(PREFIX.length);
            const apex = APEX_IMPORT.exec(specifier);
            if (apex) {
                const stub = JSON.stringify(join(STUBS_DIR, 'apex', 'apexMethod.js'));
                return source(
                    `import { apexMethod } from ${stub};\nexport default apexMethod(${JSON.stringify(apex[1])});`
                );
            }
            if (PERMISSION_IMPORT.test(specifier)) {
                return source('export default true;');
            }
            if (specifier === 'preview:fixtures') {
                const bundleFixtures = readBundleFixtures(sources.componentDir);
                listFiles(dirname(sources.componentDir), (name) => name.endsWith('.json'))
                    .filter((path) => /[\\/]__tests__[\\/]data[\\/]/.test(path))
                    .forEach((path) => this.addWatchFile(path));
                return source(
                    `export default ${JSON.stringify(readFixtures(sources.componentDir), null, 1)};\n` +
                        `export const bundleFixtures = ${JSON.stringify(bundleFixtures, null, 1)};`
                );
            }
            if (specifier === 'preview:run-policy') {
                return source(`export default ${JSON.stringify(loadPolicy(PROJECT_ROOT))};`);
            }
            return source(`export default ${JSON.stringify({ quickActionLabel: readQuickActionLabel(sources) })};`);
        }
    };
}
