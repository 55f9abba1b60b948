import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildPreview, type BuildResult } from '../lib/build';
import { SCREENSHOTS_DIR } from '../lib/paths';
import { startPreviewServer, type PreviewServer } from '../lib/server';
import { launchBrowser } from './browser';

/** One Apex call as the preview page records it in `window.__apexCalls`. */
export interface ApexCall {
    method: string;
    params: unknown;
}

/** One entry of the preview's event log (`window.__events`). */
export interface PreviewEvent {
    type: string;
    summary: string;
    data?: unknown;
    at: number;
}

interface PreviewWindow {
    __apexCalls: ApexCall[];
    __events: PreviewEvent[];
}

export interface PreviewSession {
    build: BuildResult;
    server: PreviewServer;
    browser: Browser;
    /**
     * The browser context the file's tests open their pages in (one page per test, closed after it): the pages share
     * the HTTP cache, so the 4.5 MB bundle is fetched and compiled once per file instead of once per test. Each page
     * is a fresh page visit (its own window, stand-ins and recorded calls); the preview stores nothing in the browser.
     */
    context: BrowserContext;
    close(): Promise<void>;
}

/** Seconds the browser tests' pages may keep the bundle (the server of a test file outlives none of its builds). */
const BUNDLE_CACHE_SECONDS = 3600;

/** Generous: a cold build takes 15–20 s on 2 idle cores, and much longer on a busy machine. */
export const SESSION_TIMEOUT_MS = 300_000;
export const TEST_TIMEOUT_MS = 120_000;
export const VIEWPORT = { width: 1400, height: 900 };

/** Builds the preview (reused when its inputs are unchanged), serves it on an ephemeral port, launches Chromium. */
export async function startSession(): Promise<PreviewSession> {
    const build = await buildPreview();
    const server = await startPreviewServer({ port: 0, cacheSeconds: BUNDLE_CACHE_SECONDS });
    let browser: Browser;
    let context: BrowserContext;
    try {
        browser = await launchBrowser();
        context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    } catch (error) {
        await server.close();
        throw error;
    }
    return {
        build,
        server,
        browser,
        context,
        close: async () => {
            await browser.close();
            await server.close();
        }
    };
}

/** What a test opened: its page, and the page errors and console errors seen on it. */
export interface OpenedPage {
    page: Page;
    errors: string[];
}

/** The preview session of one test file, and what its tests opened. */
export interface PreviewTestSession {
    /** The file's session (started before all its tests). */
    readonly session: PreviewSession;
    /** Closes `opened` after the current test and expects no page or console error on it; returns it. */
    track<T extends OpenedPage>(opened: T): T;
}

/**
 * Registers the hooks of a browser test file: start the preview session before all tests, close it after all, and
 * after each test close every page the test opened (`track`) and expect no page error or console error on it.
 */
export function previewTestSession(): PreviewTestSession {
    let started: PreviewSession | undefined;
    const opened: OpenedPage[] = [];
    beforeAll(async () => {
        started = await startSession();
    }, SESSION_TIMEOUT_MS);
    afterAll(async () => {
        await started?.close();
    });
    afterEach(async () => {
        const current = opened.splice(0);
        await Promise.all(current.map((item) => item.page.close()));
        current.forEach((item) => expect(item.errors).toEqual([]));
    });
    return {
        get session(): PreviewSession {
            if (!started) throw new Error('The preview session has not started: use it inside a test.');
            return started;
        },
        track<T extends OpenedPage>(item: T): T {
            opened.push(item);
            return item;
        }
    };
}

/** A new page (a fresh page visit) in the session's context, at `viewport`; close it with `page.close()`. */
export async function newPage(session: PreviewSession, viewport = VIEWPORT): Promise<Page> {
    const page = await session.context.newPage();
    await page.setViewportSize(viewport);
    return page;
}

export interface OpenedScenario {
    page: Page;
    /** The quick action's modal. */
    dialog: Locator;
    /** Page errors and console errors seen so far (the test asserts it stays empty). */
    errors: string[];
}

/**
 * Opens the preview on one scenario in a new page and waits until the form is usable.
 * @param latency simulated server time of each Apex call (0 answers at once)
 */
export async function openScenario(session: PreviewSession, scenario: string, latency = 0): Promise<OpenedScenario> {
    const page = await newPage(session);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') {
            errors.push(`console.error: ${message.text()}`);
        }
    });
    await page.goto(`${session.server.url}?scenario=${scenario}&latency=${latency}`);
    const dialog = page.getByRole('dialog', { name: 'Enable Student User' });
    await waitForForm(dialog);
    return { page, dialog, errors };
}

/** The form is usable once the footer has its Cancel/Close button and no spinner is left. */
export async function waitForForm(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: /^(Cancel|Close)$/ }).waitFor({ state: 'visible' });
    await dialog.locator('lightning-spinner').waitFor({ state: 'detached' });
}

export async function apexCalls(page: Page): Promise<ApexCall[]> {
    return page.evaluate(() => (window as unknown as PreviewWindow).__apexCalls);
}

export async function previewEvents(page: Page): Promise<PreviewEvent[]> {
    return page.evaluate(() => (window as unknown as PreviewWindow).__events);
}

/** Waits until the preview has recorded an event of `type` and returns all events. */
export async function waitForEvent(page: Page, type: string): Promise<PreviewEvent[]> {
    await page.waitForFunction(
        (wanted) => (window as unknown as PreviewWindow).__events.some((event) => event.type === wanted),
        type
    );
    return previewEvents(page);
}

/** Opens a lightning-combobox by clicking it and picks an option in its real dropdown. */
export async function pickOption(dialog: Locator, comboboxName: string, optionName: string): Promise<void> {
    const combobox = dialog.getByRole('combobox', { name: comboboxName });
    await combobox.click();
    await dialog.getByRole('listbox').getByRole('option', { name: optionName, exact: true }).click();
    await expectText(combobox, optionName);
}

/** Option names of a lightning-combobox, read from its open dropdown (closed again with Escape). */
export async function optionNames(dialog: Locator, comboboxName: string): Promise<string[]> {
    const combobox = dialog.getByRole('combobox', { name: comboboxName });
    await combobox.click();
    const options = dialog.getByRole('listbox').getByRole('option');
    await options.first().waitFor({ state: 'visible' });
    const names = (await options.allInnerTexts()).map((text) => text.trim());
    await combobox.press('Escape');
    return names;
}

/** Clicks the visible label of a radio button, as a person does (the SLDS input itself is visually hidden). */
export async function chooseRadio(dialog: Locator, name: string): Promise<void> {
    await dialog.locator('label').filter({ hasText: name }).click();
    const radio = dialog.getByRole('radio', { name });
    if (!(await radio.isChecked())) {
        throw new Error(`Radio "${name}" is not checked after clicking its label.`);
    }
}

/** Polls until the locator's text contains `expected` (Playwright's own expect is not used under Jest). */
export async function expectText(locator: Locator, expected: string, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
        last = (await locator.textContent().catch(() => '')) ?? '';
        if (last.includes(expected) || (await locator.inputValue().catch(() => '')).includes(expected)) {
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Expected "${expected}" in ${String(locator)}, saw "${last.trim()}".`);
}

/**
 * Waits until the element has focus. `document.activeElement` cannot tell: synthetic shadow retargets it to the
 * outermost host, so the element itself is asked whether it matches :focus.
 */
export async function waitForFocus(locator: Locator, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        if (await locator.evaluate((element) => element.matches(':focus')).catch(() => false)) {
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${String(locator)} did not receive focus.`);
}

/**
 * The text of the elements an input names in aria-describedby: what a screen reader announces with it (help and
 * error messages). Looked up in the input's own (synthetic) shadow root.
 */
export async function accessibleDescription(locator: Locator): Promise<string> {
    return locator.evaluate((element) => {
        const root = element.getRootNode() as ParentNode;
        return (element.getAttribute('aria-describedby') ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => root.querySelector(`[id="${id}"]`)?.textContent?.trim() ?? '')
            .join(' ');
    });
}

/**
 * Whether the browser tests save their screenshots: with SPU_SCREENSHOTS=1 (or UPDATE_README_IMAGE=1). They are
 * pictures for people, never assertions, and encoding full-page PNGs on every `npm test` costs CPU; the benchmarks'
 * README images are written by their own code.
 */
export function screenshotsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
    return env.SPU_SCREENSHOTS === '1' || env.UPDATE_README_IMAGE === '1';
}

/**
 * Saves a screenshot (the full page by default) as screenshots/<name>.png (git-ignored) when `screenshotsWanted()`;
 * returns its path, or undefined when none was taken.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string | undefined> {
    if (!screenshotsWanted()) return undefined;
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const path = join(SCREENSHOTS_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
    return path;
}
