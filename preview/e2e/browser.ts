import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium as playwright, type Browser } from 'playwright-core';
import { NODE_MODULES, PROJECT_ROOT } from '../lib/paths';

const execFileAsync = promisify(execFile);

/** Flags that ran Debian's /usr/bin/chromium headless under playwright-core (platform notes). */
export const DEBIAN_CHROMIUM_FLAGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];

export interface BrowserChoice {
    executablePath: string;
    args: string[];
    /** Human-readable origin, printed in failures. */
    source: string;
}

const FIX_HINT =
    'Fix: run `npm install` (it installs @sparticuz/chromium, which ships the browser), or set CHROME_PATH to a ' +
    'Chromium executable (Debian: `apt-get install chromium`, then CHROME_PATH=/usr/bin/chromium).';

function sparticuzVersion(): string {
    const manifest = join(NODE_MODULES, '@sparticuz', 'chromium', 'package.json');
    if (!existsSync(manifest)) {
        throw new Error(`@sparticuz/chromium is not installed (${manifest} is missing). ${FIX_HINT}`);
    }
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * The folder @sparticuz/chromium unpacks into. The package unpacks into os.tmpdir() and reuses whatever
 * `chromium`, `fonts/` and swiftshader libraries it finds there; leftovers of another version crash it
 * (SIGTRAP). A folder per version keeps versions apart.
 */
export function sparticuzUnpackDir(version: string): string {
    return join(tmpdir(), `spu-sparticuz-chromium-${version}`);
}

/**
 * Unpacks (first time) and locates the browser in a child Node process whose TMPDIR is `dir`. A child process,
 * because the package reads os.tmpdir() and Jest gives tests a copy of process.env that os.tmpdir() never sees.
 */
async function unpackInto(dir: string): Promise<string> {
    const script = "require('@sparticuz/chromium').executablePath().then((path) => process.stdout.write(path))";
    try {
        const { stdout } = await execFileAsync(process.execPath, ['-e', script], {
            cwd: PROJECT_ROOT,
            env: { ...process.env, TMPDIR: dir },
            timeout: 120_000
        });
        return stdout.trim();
    } catch (error) {
        throw new Error(
            `@sparticuz/chromium could not unpack its browser into ${dir}: ${(error as Error).message}. ${FIX_HINT}`
        );
    }
}

/** Only one process unpacks at a time; the others wait and then reuse the result. */
async function withUnpackLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
    const lock = `${dir}.lock`;
    for (;;) {
        try {
            mkdirSync(lock);
            break;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
                throw error;
            }
            if (Date.now() - statSync(lock).mtimeMs > 120_000) {
                rmSync(lock, { recursive: true, force: true });
            } else {
                await new Promise((resolve) => setTimeout(resolve, 200));
            }
        }
    }
    try {
        return await work();
    } finally {
        rmSync(lock, { recursive: true, force: true });
    }
}

/**
 * CHROME_PATH when set (Debian's chromium flags), else the Chromium inside @sparticuz/chromium.
 * Never returns without a browser: a missing one throws with the fix.
 */
export async function chooseBrowser(
    env: NodeJS.ProcessEnv = process.env,
    platform: NodeJS.Platform = process.platform
): Promise<BrowserChoice> {
    const chromePath = env.CHROME_PATH?.trim();
    if (chromePath) {
        if (!existsSync(chromePath)) {
            throw new Error(`CHROME_PATH is set to ${chromePath}, which does not exist. ${FIX_HINT}`);
        }
        return { executablePath: chromePath, args: DEBIAN_CHROMIUM_FLAGS, source: `CHROME_PATH=${chromePath}` };
    }
    if (platform !== 'linux') {
        // @sparticuz/chromium is built for AWS Lambda: its browser is a Linux binary.
        throw new Error(
            `@sparticuz/chromium ships a Linux browser only, and this is ${platform}: set CHROME_PATH to a local ` +
                'Chrome or Chromium (macOS: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; Windows: ' +
                '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe") to run the browser tests here.'
        );
    }
    const version = sparticuzVersion();
    const dir = sparticuzUnpackDir(version);
    mkdirSync(dir, { recursive: true });
    const executablePath = await withUnpackLock(dir, () => unpackInto(dir));
    if (!executablePath.startsWith(dir)) {
        throw new Error(`@sparticuz/chromium unpacked into ${executablePath}, not ${dir}. ${FIX_HINT}`);
    }
    const { default: sparticuz } = await import('@sparticuz/chromium');
    // --single-process is for AWS Lambda; with it, closing a browser context kills the whole browser. The GPU flags
    // (GL through SwiftShader in the GPU thread) make every frame composited by emulated GL on the CPU; the preview draws
    // no WebGL, and plain software compositing (--disable-gpu, as with Debian's chromium) halved the CPU of the cohort
    // browser tests (cohort + cohortListView: 51 s -> 26 s user+sys, 45 s -> 30 s wall, load 9-10 on 2 cores; #23).
    const lambdaOnly = new Set([
        '--single-process',
        '--in-process-gpu',
        '--ignore-gpu-blocklist',
        '--enable-unsafe-swiftshader'
    ]);
    const args = [
        ...sparticuz.args.filter((arg) => !lambdaOnly.has(arg) && !/^--use-(gl|angle)=/.test(arg)),
        '--disable-gpu'
    ];
    return { executablePath, args, source: `@sparticuz/chromium ${version} (unpacked in ${dir})` };
}

/** Set by the e2e project's Jest globalSetup: the WebSocket endpoint of the one Chromium all browser tests share. */
export const SHARED_BROWSER_ENV = 'SPU_E2E_BROWSER_WS_ENDPOINT';

/**
 * Connects to the shared browser when the e2e globalSetup launched one (closing it then only disconnects), else
 * launches headless Chromium with playwright-core; a failure names the browser tried and the fix.
 */
export async function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
    const shared = env[SHARED_BROWSER_ENV]?.trim();
    if (shared) {
        try {
            return await playwright.connect(shared);
        } catch (error) {
            throw new Error(
                `Could not connect to the shared browser of the e2e globalSetup at ${shared}: ${(error as Error).message.split('\n')[0]}`
            );
        }
    }
    const choice = await chooseBrowser(env);
    try {
        return await playwright.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
    } catch (error) {
        const stale = choice.source.startsWith('@sparticuz')
            ? ` If it crashed (e.g. SIGTRAP), remove the unpacked copy (rm -rf ${sparticuzUnpackDir(sparticuzVersion())}) and retry.`
            : '';
        throw new Error(
            `Could not launch ${choice.source}: ${(error as Error).message.split('\n')[0]}.${stale} ${FIX_HINT}`
        );
    }
}
