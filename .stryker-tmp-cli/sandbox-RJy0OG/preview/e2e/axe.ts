// @ts-nocheck
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { NODE_MODULES } from '../lib/paths';

export interface AxeFinding {
    id: string;
    impact: string;
    help: string;
    targets: string[];
}

interface AxeResults {
    violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[] }[];
    }[];
}

/** Impacts that fail the build. Minor and moderate findings are reported but allowed. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (from node_modules) over the whole page, the component included, and returns the serious and
 * critical violations. Nothing is excluded.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
    await page.addScriptTag({ path: join(NODE_MODULES, 'axe-core', 'axe.min.js') });
    const results = (await page.evaluate(() =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(
            document,
            { resultTypes: ['violations'] }
        )
    )) as AxeResults;
    return results.violations
        .filter((violation) => BLOCKING.has(violation.impact ?? ''))
        .map((violation) => ({
            id: violation.id,
            impact: violation.impact ?? '',
            help: violation.help,
            targets: violation.nodes.map((node) => JSON.stringify(node.target))
        }));
}
