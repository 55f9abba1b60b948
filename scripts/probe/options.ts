/**
 * `npm run org:probe -- --target-org <alias> [--output-file <file>]`. The report's file is `--output-file` (sf's own
 * name for it, e.g. `sf data query --output-file`): in sf, `--json` is a boolean that formats the output as JSON.
 */
import { Command } from 'commander';
import { nonBlank, parseWith } from '../scratch/options';
import { DEFAULT_REPORT_FILE } from './report';

export interface ProbeOptions {
    targetOrg: string;
    jsonFile: string;
}

export function parseProbeOptions(argv: readonly string[]): ProbeOptions {
    const program = new Command('org:probe')
        .description(
            'Answer the unsettled platform assumptions of the product in a sandbox or scratch org (refuses production): ' +
                'one line per question, confirmed / refuted / could not test, and a JSON report.'
        )
        .requiredOption(
            '-o, --target-org <alias>',
            'alias or username of the sandbox or scratch org',
            nonBlank('--target-org')
        )
        .option(
            '--output-file <file>',
            'where to write the JSON report',
            nonBlank('--output-file'),
            DEFAULT_REPORT_FILE
        );
    const parsed = parseWith<{ targetOrg: string; outputFile: string }>(program, argv);
    return { targetOrg: parsed.targetOrg, jsonFile: parsed.outputFile };
}
