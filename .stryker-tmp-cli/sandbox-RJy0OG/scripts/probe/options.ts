/** `npm run org:probe -- --target-org <alias> [--json <file>]` */
// @ts-nocheck

import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { HelpRequested, UsageError } from '../scratch/options';
import { DEFAULT_REPORT_FILE } from './report';

export interface ProbeOptions {
    targetOrg: string;
    jsonFile: string;
}

function nonBlank(name: string): (value: string) => string {
    return (value) => {
        if (value.trim() === '') throw new InvalidArgumentError(`${name} must not be blank.`);
        return value.trim();
    };
}

export function parseProbeOptions(argv: readonly string[]): ProbeOptions {
    let captured = '';
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
        .option('--json <file>', 'where to write the JSON report', nonBlank('--json'), DEFAULT_REPORT_FILE)
        .exitOverride()
        .configureOutput({
            writeOut: (text) => {
                captured += text;
            },
            writeErr: (text) => {
                captured += text;
            },
            outputError: () => undefined
        })
        .allowExcessArguments(false);
    try {
        program.parse([...argv], { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
                throw new HelpRequested(captured);
            }
            throw new UsageError(`${error.message.replace(/^error: /, '')}\n${program.helpInformation()}`);
        }
        throw error;
    }
    const parsed = program.opts<{ targetOrg: string; json: string }>();
    return { targetOrg: parsed.targetOrg, jsonFile: parsed.json };
}
