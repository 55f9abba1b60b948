/** `npx tsx preview/serve.ts [--port <n>]`: serves the built preview on 127.0.0.1 (PORT or 3000, next free if busy). */
// @ts-nocheck

import { fail, parsePreviewArgs } from './lib/cli';
import { startPreviewServer, type PreviewServer } from './lib/server';

/** Starts the server, prints the URL and stops cleanly on Ctrl+C. */
export async function serveUntilInterrupted(argv: string[]): Promise<PreviewServer> {
    const { port } = parsePreviewArgs(argv, process.env);
    const server = await startPreviewServer({ port, fallback: true });
    if (server.requestedPortBusy) {
        console.log(`Port ${port} is busy; using ${server.port}.`);
    }
    console.log(`Preview (sample data, no org): ${server.url}`);
    console.log('Press Ctrl+C to stop.');
    const stop = (): void => {
        server.close().then(
            () => process.exit(0),
            () => process.exit(1)
        );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return server;
}

if (require.main === module) {
    serveUntilInterrupted(process.argv.slice(2)).catch(fail);
}
