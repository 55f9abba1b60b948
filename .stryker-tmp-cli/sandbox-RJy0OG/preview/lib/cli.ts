// @ts-nocheck
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 3000;

export interface PreviewCliOptions {
    port: number;
    /** True when the port was chosen by the user (--port or PORT) rather than the default. */
    portChosen: boolean;
    force: boolean;
}

/** Parses `--port <n>` (or PORT) and `--force`; a bad port is an error that says what is accepted. */
export function parsePreviewArgs(argv: string[], env: NodeJS.ProcessEnv): PreviewCliOptions {
    const { values } = parseArgs({
        args: argv,
        options: { port: { type: 'string' }, force: { type: 'boolean', default: false } },
        strict: true,
        allowPositionals: false
    });
    const raw = values.port ?? env.PORT;
    if (raw === undefined || raw === '') {
        return { port: DEFAULT_PORT, portChosen: false, force: values.force ?? false };
    }
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port < 0 || port > 65535) {
        const source = values.port !== undefined ? '--port' : 'PORT';
        throw new Error(`${source} must be a whole number from 0 to 65535 (0 = any free port), got "${raw}".`);
    }
    return { port, portChosen: true, force: values.force ?? false };
}

/** Prints the message of an expected failure (no stack) and exits with 1. */
export function fail(error: unknown): never {
    console.error(`preview: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
