/** The coverage gate of `npm run test:apex`: coverage of the product classes only, from the sf test result. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A product class or trigger found in force-app. */
export interface ProductUnit {
    name: string;
    kind: 'class' | 'trigger';
}

/** One row of `result.coverage.coverage` of `sf apex run test --code-coverage --json`. */
export interface ClassCoverage {
    name: string;
    totalLines: number;
    totalCovered: number;
}

export interface CoverageRow {
    name: string;
    covered: number;
    total: number;
    /** Percentage, or undefined when the class has no coverage data. */
    percent?: number;
}

export interface CoverageReport {
    rows: CoverageRow[];
    covered: number;
    total: number;
    percent: number;
    /** Product units with no coverage data: never executed by a test. */
    missing: string[];
    passed: boolean;
}

/** Strips comments and string literals, so annotations and keywords are found in code only. */
export function codeOnly(source: string): string {
    return source
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\/\/[^\n]*/g, ' ')
        .replace(/'(?:\\.|[^'\\])*'/g, "''");
}

/** True for a test class or test utility: `@IsTest` before the class keyword (case-insensitive, as Apex is). */
export function isTestClass(source: string): boolean {
    const code = codeOnly(source);
    const declaration = /\b(class|interface|enum)\b/i.exec(code);
    return /@istest\b/i.test(declaration ? code.slice(0, declaration.index) : code);
}

/** True for a type that has no executable lines (interface or enum), which coverage never lists. */
export function isDeclarationOnly(source: string): boolean {
    const declaration = /\b(class|interface|enum)\b/i.exec(codeOnly(source));
    return declaration !== null && declaration[1].toLowerCase() !== 'class';
}

/** Product classes (non-test, with executable lines) and triggers under `force-app`. */
export function findProductUnits(packageDir: string): ProductUnit[] {
    const units: ProductUnit[] = [];
    const walk = (dir: string): void => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (entry.name.endsWith('.cls')) {
                const source = readFileSync(path, 'utf8');
                if (!isTestClass(source) && !isDeclarationOnly(source)) {
                    units.push({ name: entry.name.slice(0, -'.cls'.length), kind: 'class' });
                }
            } else if (entry.name.endsWith('.trigger')) {
                units.push({ name: entry.name.slice(0, -'.trigger'.length), kind: 'trigger' });
            }
        }
    };
    walk(packageDir);
    return units;
}

/**
 * Coverage of the product units: covered lines over total lines, summed. Units missing from the coverage data fail
 * the gate (a class no test executes is uncovered, not exempt) unless excluded by name.
 */
export function computeCoverage(
    units: readonly ProductUnit[],
    coverage: readonly ClassCoverage[],
    minPercent: number,
    exclude: readonly string[] = []
): CoverageReport {
    const byName = new Map(coverage.map((row) => [row.name.toLowerCase(), row]));
    const excluded = new Set(exclude.map((name) => name.toLowerCase()));
    const rows: CoverageRow[] = [];
    const missing: string[] = [];
    let covered = 0;
    let total = 0;
    for (const unit of units) {
        if (excluded.has(unit.name.toLowerCase())) continue;
        const data = byName.get(unit.name.toLowerCase());
        if (!data) {
            missing.push(unit.name);
            rows.push({ name: unit.name, covered: 0, total: 0 });
            continue;
        }
        covered += data.totalCovered;
        total += data.totalLines;
        rows.push({
            name: unit.name,
            covered: data.totalCovered,
            total: data.totalLines,
            percent: data.totalLines === 0 ? 100 : (100 * data.totalCovered) / data.totalLines
        });
    }
    const percent = total === 0 ? 0 : (100 * covered) / total;
    return {
        rows,
        covered,
        total,
        percent,
        missing,
        passed: total > 0 && missing.length === 0 && percent >= minPercent
    };
}

/** Fixed-width table, lowest coverage first, then the total line. */
export function formatCoverageTable(report: CoverageReport, minPercent: number): string[] {
    const width = Math.max('Class'.length, ...report.rows.map((row) => row.name.length));
    const sorted = [...report.rows].sort(
        (a, b) => (a.percent ?? -1) - (b.percent ?? -1) || a.name.localeCompare(b.name)
    );
    const line = (name: string, lines: string, percent: string): string =>
        `${name.padEnd(width)}  ${lines.padStart(11)}  ${percent.padStart(7)}`;
    return [
        line('Class', 'Lines', 'Cover'),
        line('-'.repeat(width), '-'.repeat(11), '-'.repeat(7)),
        ...sorted.map((row) =>
            row.percent === undefined
                ? line(row.name, '-', 'no data')
                : line(row.name, `${row.covered}/${row.total}`, `${row.percent.toFixed(1)}%`)
        ),
        line('-'.repeat(width), '-'.repeat(11), '-'.repeat(7)),
        line('Product total', `${report.covered}/${report.total}`, `${report.percent.toFixed(1)}%`),
        `Minimum: ${minPercent}%`
    ];
}
