// @ts-nocheck
import { SHARED_BROWSER_ENV } from './browser';
import type { SharedBrowserGlobal } from './global-setup';

/** Jest globalTeardown of the e2e project: closes the browser that global-setup.ts launched. */
export default async function globalTeardown(): Promise<void> {
    const shared = globalThis as SharedBrowserGlobal;
    await shared.spuBrowserServer?.close();
    delete shared.spuBrowserServer;
    delete process.env[SHARED_BROWSER_ENV];
}
