import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { FORCE_APP_DIR } from '../lib/paths';
import { apexCalls, expectText, newPage, previewTestSession, type ApexCall, type PreviewSession } from './harness';

/**
 * Helpers of the cohort page tests (c-student-cohort in the preview). The expected students are worked out here from
 * the recipe fixture with the rules it documents, independently of fixtures/cohort/sampleCohort.js that the preview's
 * stand-in uses, so a drift between the two shows.
 */

export const CONTROLLER = 'StudentCohortController';
export const CHUNK = 200;
/** Wide enough for the table's seven columns next to the preview's picker and event log. */
export const COHORT_VIEWPORT = { width: 1680, height: 1000 };

interface Recipe {
    size: number;
    idPrefix: string;
    idDigits: number;
    idSuffix: string;
    firstNames: string[];
    lastNames: string[];
    emailDomain: string;
    blockEvery: number;
    blockedCode: string;
    reactivateEvery: number;
    alreadyEnabledEvery: number;
    ownerWithoutRoleEvery: number;
    ownerName: string;
    roleName: string;
    usernameSuffix: string;
}

/** A Jest fixture of an LWC bundle (`lwc/<bundle>/__tests__/data/<name>.json`), as the preview's stand-ins read it. */
export function lwcFixture(bundle: string, name: string): unknown {
    return JSON.parse(
        readFileSync(join(FORCE_APP_DIR, 'main', 'default', 'lwc', bundle, '__tests__', 'data', `${name}.json`), 'utf8')
    );
}

export const RECIPE = lwcFixture('studentCohort', 'sampleCohort') as Recipe;

export type Kind = 'blocked' | 'alreadyEnabled' | 'reactivate' | 'create';

export interface SampleStudent {
    index: number;
    contactId: string;
    name: string;
    email: string;
    username: string;
    kind: Kind;
    /** The account owner has no role and gets the recipe's role. */
    ownerGetsRole: boolean;
}

/** Student `index` (from 1) of the recipe, as its description defines it. */
export function sampleStudent(index: number): SampleStudent {
    const first = RECIPE.firstNames[index % RECIPE.firstNames.length];
    const last = RECIPE.lastNames[index % RECIPE.lastNames.length];
    const email = `${first}.${last}.${index}${RECIPE.emailDomain}`.toLowerCase();
    let kind: Kind = 'create';
    if (index % RECIPE.blockEvery === 0) {
        kind = 'blocked';
    } else if (index % RECIPE.alreadyEnabledEvery === 0) {
        kind = 'alreadyEnabled';
    } else if (index % RECIPE.reactivateEvery === 0) {
        kind = 'reactivate';
    }
    return {
        index,
        contactId: RECIPE.idPrefix + String(index).padStart(RECIPE.idDigits, '0') + RECIPE.idSuffix,
        name: `${first} ${last} ${index}`,
        email,
        username: email + RECIPE.usernameSuffix,
        kind,
        ownerGetsRole: index % RECIPE.ownerWithoutRoleEvery === 0 && (kind === 'create' || kind === 'reactivate')
    };
}

/**
 * How many sample students a test pastes, and the server's budget of students per Apex call (`?perCall=`). `npm test`
 * runs the cohort flows at SMALL scale (every path of the chunking, with three calls of which the last may be short);
 * `npm run test:deep` runs them at FULL scale, the 500 students a large cohort has, and records the timings.
 */
export interface CohortScale {
    size: number;
    perCall: number;
}

export const FULL_SCALE: CohortScale = { size: RECIPE.size, perCall: CHUNK };
export const SMALL_SCALE: CohortScale = { size: 60, perCall: 20 };

/** The first `size` students of the recipe, and what the flows expect of them. */
export interface CohortSample {
    scale: CohortScale;
    students: SampleStudent[];
    /** Students the check finds ready (create or reactivate): the ones Enable sends. */
    ready: SampleStudent[];
    countOf: (kind: Kind) => number;
    /** The text an admin pastes: ids and emails mixed (odd rows by id, even rows by email), one per line. */
    pastedEntries: () => string;
    /** The size of each call that sends `count` students, in order. */
    chunkSizes: (count: number) => number[];
    /** What the progress bar shows while `count` students go out: its value before each call (it goes at 100 %). */
    progressSteps: (count: number) => number[];
}

export function cohortSample(scale: CohortScale): CohortSample {
    const students = Array.from({ length: scale.size }, (_, position) => sampleStudent(position + 1));
    const chunkSizes = (count: number): number[] =>
        Array.from({ length: Math.ceil(count / scale.perCall) }, (_, index) =>
            Math.min(scale.perCall, count - index * scale.perCall)
        );
    return {
        scale,
        students,
        ready: students.filter((student) => student.kind === 'create' || student.kind === 'reactivate'),
        countOf: (kind) => students.filter((student) => student.kind === kind).length,
        pastedEntries: () =>
            students.map((student) => (student.index % 2 ? student.contactId : student.email)).join('\n'),
        chunkSizes,
        progressSteps: (count) =>
            chunkSizes(count).map((_, index) => Math.round(((index * scale.perCall) / count) * 100))
    };
}

const FULL = cohortSample(FULL_SCALE);
/** Every student of the recipe (FULL scale). */
export const STUDENTS: SampleStudent[] = FULL.students;

export interface OpenedCohort {
    page: Page;
    /** The c-student-cohort host. */
    cohort: Locator;
    errors: string[];
}

/**
 * Opens a cohort scenario in a new page and waits until the shared settings are loaded; `perCall` sets
 * the server's budget of students per call (the service's 200 when not given); `query` adds URL parameters
 * (e.g. `&runSpeed=400`); `beforeLoad` prepares the page before it loads (e.g. installs Playwright's clock).
 */
export async function openCohort(
    session: PreviewSession,
    scenario: string,
    latency: number,
    perCall?: number,
    query = '',
    beforeLoad?: (page: Page) => Promise<void>
): Promise<OpenedCohort> {
    const page = await newPage(session, COHORT_VIEWPORT);
    await beforeLoad?.(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') {
            errors.push(`console.error: ${message.text()}`);
        }
    });
    const budget = perCall === undefined ? '' : `&perCall=${perCall}`;
    await page.goto(`${session.server.url}?scenario=${scenario}&latency=${latency}${budget}${query}`);
    const cohort = page.locator('c-student-cohort');
    await cohort.getByRole('combobox', { name: 'Profile' }).waitFor({ state: 'visible', timeout: 90_000 });
    return { page, cohort, errors };
}

/** Opens a cohort scenario in a new page of the file's session. */
export type OpenCohort = (
    scenario: string,
    latency: number,
    perCall?: number,
    query?: string,
    beforeLoad?: (page: Page) => Promise<void>
) => Promise<OpenedCohort>;

/** Opens cohort scenarios for the tests of one file (previewTestSession: pages closed and checked after each test). */
export function cohortTestSession(): OpenCohort {
    const preview = previewTestSession();
    return async (scenario, latency, perCall, query, beforeLoad) =>
        preview.track(await openCohort(preview.session, scenario, latency, perCall, query, beforeLoad));
}

/** Installs Playwright's clock in the page before it loads: time flows as usual until a test moves it on. */
export const installClock = (page: Page): Promise<void> => page.clock.install();

/**
 * Moves the page's clock (installClock) `stepMs` at a time, firing the page's timers (polls, simulated org time)
 * without waiting for real time, until `read` gives a value `ok` accepts; at most 200 steps. Between steps the
 * clock flows as usual, so Apex answers arrive as they do without it.
 */
export async function advanceUntil<T>(
    page: Page,
    stepMs: number,
    read: () => Promise<T>,
    ok: (value: T) => boolean,
    what: string
): Promise<T> {
    let value = await read();
    for (let step = 0; !ok(value); step++) {
        if (step === 200)
            throw new Error(`${what}: not reached in 200 steps of ${stepMs} ms; last ${JSON.stringify(value)}`);
        await page.clock.runFor(stepMs);
        value = await read();
    }
    return value;
}

/** advanceUntil for a text: moves the page's clock until the element's text contains `expected`; returns the text. */
export function advanceUntilText(page: Page, stepMs: number, locator: Locator, expected: string): Promise<string> {
    return advanceUntil(
        page,
        stepMs,
        () => locator.innerText(),
        (text) => text.includes(expected),
        `"${expected}" in ${String(locator)}`
    );
}

/** Waits until the element's text contains `expected`; generous, because 500 table rows re-render per chunk. */
export function waitForText(locator: Locator, expected: string): Promise<void> {
    return expectText(locator, expected, 90_000);
}

/** The Apex calls of one method of the cohort controller. */
export async function callsOf(page: Page, method: string): Promise<ApexCall[]> {
    return (await apexCalls(page)).filter((call) => call.method === `${CONTROLLER}.${method}`);
}

export interface SentRequest {
    contactId: string;
    licenseKey?: string;
    profileId?: string;
    timeZoneSidKey?: string;
    sendWelcomeEmail?: boolean;
    validateOnly?: boolean;
}

/** The `requests` parameter of each call. */
export function requestsOf(calls: ApexCall[]): SentRequest[][] {
    return calls.map((call) => (call.params as { requests: SentRequest[] }).requests);
}

/** The counts line on top of the table, by data-count key (only the counts shown). */
export async function counts(cohort: Locator): Promise<Record<string, number>> {
    const entries: [string, number][] = await cohort
        .locator('[data-count]')
        .evaluateAll((items) =>
            items.map((item): [string, number] => [
                item.getAttribute('data-count') ?? '',
                Number(item.querySelector('strong')?.textContent)
            ])
        );
    return Object.fromEntries(entries);
}

/** The value of one column for every table row, in row order (lightning-datatable's data-cell-value). */
export async function column(cohort: Locator, label: string): Promise<string[]> {
    return cohort
        .locator(`lightning-datatable tbody tr [data-label="${label}"][data-cell-value]`)
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-cell-value') ?? ''));
}

interface ProgressWindow {
    __progressSeen: number[];
}

/** The component's shadow root (synthetic shadow: document.querySelector does not reach inside components). */
type Host = HTMLElement & { shadowRoot: ShadowRoot };

/**
 * Records every value the progress bar takes (sampled every 10 ms by a page timer) until it is removed, in the page.
 * Call before the click that starts the run; read with `progressSeen`. A timer, not animation frames: a page that gets
 * no frame for a while (a loaded machine, another page of the shared browser in front) still runs its timers, and each
 * value stays at least one simulated server call long (300 ms).
 */
export async function watchProgress(cohort: Locator): Promise<void> {
    await cohort.evaluate((host) => {
        const seen: number[] = [];
        (window as unknown as ProgressWindow).__progressSeen = seen;
        const timer = setInterval(() => {
            const bar = (host as Host).shadowRoot.querySelector('lightning-progress-bar') as { value?: unknown } | null;
            if (bar && seen[seen.length - 1] !== Number(bar.value)) {
                seen.push(Number(bar.value));
            }
            if (!bar && seen.length > 0) {
                clearInterval(timer);
            }
        }, 10);
    });
}

export async function progressSeen(page: Page): Promise<number[]> {
    return page.evaluate(() => (window as unknown as ProgressWindow).__progressSeen);
}

/**
 * Clicks the component's Cancel button the moment the page sends the `nth` call of `method`, i.e. while that chunk is
 * on its way. Done in the page, in the same task as the call, because re-rendering 500 table rows can outlast the
 * simulated server time, so a click from the test could arrive after the chunk was answered and the next one sent.
 * The click is a real click event on the real button; a failure is kept in `window.__cancelError`.
 */
export async function cancelWhenSent(cohort: Locator, method: string, nth: number): Promise<void> {
    await cohort.evaluate(
        (host, [name, wanted]) => {
            const target = window as unknown as { __apexCalls: { method: string }[]; __cancelError?: string };
            const calls = target.__apexCalls;
            const push = calls.push.bind(calls);
            calls.push = (...items) => {
                const length = push(...items);
                // Only when this push is that call (later calls of other methods, e.g. getRecentRuns, leave the count).
                const isThatCall = items.some((item) => item.method === name);
                if (isThatCall && calls.filter((call) => call.method === name).length === wanted) {
                    const button = (host as Host).shadowRoot
                        .querySelector('lightning-button.cancel-button')
                        ?.shadowRoot?.querySelector('button');
                    if (button) {
                        button.click();
                    } else {
                        target.__cancelError = `No Cancel button when call ${wanted} of ${name} was sent.`;
                    }
                }
                return length;
            };
        },
        [`${CONTROLLER}.${method}`, nth] as const
    );
}

export async function cancelError(page: Page): Promise<string | undefined> {
    return page.evaluate(() => (window as unknown as { __cancelError?: string }).__cancelError);
}

/** Waits until the page has recorded `count` calls of an Apex method. */
export async function waitForCalls(page: Page, method: string, count: number): Promise<void> {
    await page.waitForFunction(
        ([name, wanted]) =>
            (window as unknown as { __apexCalls: { method: string }[] }).__apexCalls.filter(
                (call) => call.method === name
            ).length >= wanted,
        [`${CONTROLLER}.${method}`, count] as const,
        { timeout: 90_000 }
    );
}

/** The downloaded results file, through a real click on the `Download results` button inside `scope` (a blob: URL). */
export async function downloadCsv(page: Page, scope: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        scope.getByRole('button', { name: 'Download results' }).click()
    ]);
    // A stream, not download.path(): the browser is shared over a connection (global-setup.ts), and path() is local only.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Pastes the sample's students into the real textarea and clicks Find students; returns the wall time in ms. */
export async function findStudents(cohort: Locator, sample: CohortSample): Promise<number> {
    await cohort.getByRole('textbox', { name: 'Contact ids or emails' }).fill(sample.pastedEntries());
    const started = Date.now();
    await cohort.getByRole('button', { name: 'Find students' }).click();
    await waitForText(cohort.locator('.students-found'), `${sample.scale.size} students selected.`);
    return Date.now() - started;
}
