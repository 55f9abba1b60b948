// @ts-nocheck
import type { BrowserServer } from 'playwright-core';
import { chromium as playwright } from 'playwright-core';
import { buildPreview } from '../lib/build';
import { chooseBrowser, SHARED_BROWSER_ENV } from './browser';

/** What global-teardown.ts closes; Jest runs both in its main process. */
export interface SharedBrowserGlobal {
    spuBrowserServer?: BrowserServer;
}

/**
 * Jest globalSetup of the e2e project: builds the preview once (later builds in the test files see the same input
 * hash and reuse it) and launches ONE headless Chromium for every browser test file. Its WebSocket endpoint goes to
 * the test workers through the environment (they are started after this runs); each file connects to it with
 * `launchBrowser`, and a file's browser contexts are its own.
 */
export default async function globalSetup(): Promise<void> {
    await buildPreview();
    const choice = await chooseBrowser();
    const server = await playwright.launchServer({
        executablePath: choice.executablePath,
        args: choice.args,
        headless: true
    });
    (globalThis as SharedBrowserGlobal).spuBrowserServer = server;
    process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
}
