import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DIST_DIR, SLDS_DIR } from './paths';

export interface PreviewServer {
    url: string;
    port: number;
    /** Set when the requested port was busy and another one was taken. */
    requestedPortBusy: boolean;
    close(): Promise<void>;
}

export interface ServeOptions {
    /** 0 picks a free ephemeral port. */
    port: number;
    /** The bundle built by buildPreview. */
    distDir?: string;
    /** Try the next ports (then an ephemeral one) when `port` is taken. */
    fallback?: boolean;
    /**
     * Let the browser keep the scripts and styles this long (and reuse their compiled code on the next page of the
     * same browser context); 0 or absent: `no-store`, so `npm start` always serves the latest build. The browser tests
     * set it: their bundle does not change while a test file runs.
     */
    cacheSeconds?: number;
}

/** Loopback only: the preview never listens on a network interface. */
export const HOST = '127.0.0.1';
const FALLBACK_TRIES = 10;

const CONTENT_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2'
};

/**
 * Maps a request path to a file: `/` is index.html, `/slds/…` is the SLDS package, anything else is the
 * bundle. Returns undefined for paths that leave their folder.
 */
export function resolveRequestPath(urlPath: string, distDir: string): string | undefined {
    let path: string;
    try {
        path = decodeURIComponent(urlPath.split('?')[0]);
    } catch {
        return undefined;
    }
    const [base, rest] = path.startsWith('/slds/')
        ? [SLDS_DIR, path.slice('/slds/'.length)]
        : [distDir, path === '/' ? 'index.html' : path.slice(1)];
    const root = resolve(base);
    const file = resolve(root, normalize(rest));
    return file.startsWith(root + sep) ? file : undefined;
}

function handler(distDir: string, cacheSeconds = 0): RequestListener {
    return (request, response) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405, { Allow: 'GET, HEAD' }).end();
            return;
        }
        const file = resolveRequestPath(request.url ?? '/', distDir);
        let size = -1;
        try {
            size = file && statSync(file).isFile() ? statSync(file).size : -1;
        } catch {
            size = -1;
        }
        if (!file || size < 0) {
            response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${request.url}\n`);
            return;
        }
        response.writeHead(200, {
            'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            'Content-Length': size,
            'Cache-Control':
                cacheSeconds > 0 && extname(file) !== '.html' ? `private, max-age=${cacheSeconds}` : 'no-store'
        });
        if (request.method === 'HEAD') {
            response.end();
            return;
        }
        createReadStream(file).pipe(response);
    };
}

function listen(server: Server, port: number): Promise<number> {
    return new Promise((resolvePort, reject) => {
        const onError = (error: Error): void => {
            server.off('listening', onListening);
            reject(error);
        };
        const onListening = (): void => {
            server.off('error', onError);
            resolvePort((server.address() as AddressInfo).port);
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, HOST);
    });
}

/** Serves the built preview on 127.0.0.1. */
export async function startPreviewServer(options: ServeOptions): Promise<PreviewServer> {
    const distDir = options.distDir ?? DIST_DIR;
    if (!existsSync(join(distDir, 'index.html'))) {
        throw new Error(
            `${join(distDir, 'index.html')} is missing: build the preview first (npx tsx preview/build.ts).`
        );
    }
    const server = createServer(handler(distDir, options.cacheSeconds));
    const candidates =
        options.fallback && options.port !== 0
            ? [...Array.from({ length: FALLBACK_TRIES }, (_, index) => options.port + index), 0]
            : [options.port];
    let port: number | undefined;
    for (const candidate of candidates) {
        try {
            port = await listen(server, candidate);
            break;
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code !== 'EADDRINUSE' || candidate === candidates[candidates.length - 1]) {
                throw new Error(
                    code === 'EADDRINUSE'
                        ? `Port ${candidate} on ${HOST} is in use: pass --port <free port>.`
                        : (error as Error).message
                );
            }
        }
    }
    const boundPort = port as number;
    return {
        url: `http://${HOST}:${boundPort}/`,
        port: boundPort,
        requestedPortBusy: boundPort !== options.port && options.port !== 0,
        close: () =>
            new Promise<void>((done, fail) => {
                server.closeAllConnections();
                server.close((error) => (error ? fail(error) : done()));
            })
    };
}
