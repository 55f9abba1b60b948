/**
 * Shared state of the preview page: the event log, the Apex calls and the scenario's Apex answers.
 * Imported by the page (src/main.js) and by the platform stand-ins (stubs/), so both see one instance.
 * Never deployed: it lives outside force-app.
 */

/** @typedef {{ type: string, summary: string, data?: unknown, at: number }} PreviewEvent */
/** @typedef {{ method: string, params: unknown }} ApexCall */
/** @typedef {(method: string, params: Record<string, unknown>) => Promise<unknown>} ApexHandler */

/** @type {Set<(event: PreviewEvent) => void>} */
const listeners = new Set();

/** @type {ApexHandler} */
let apexHandler = (method) => Promise.reject(new Error(`No scenario is loaded to answer ${method}.`));

/** @type {Record<string, unknown>} */
let pageContext = {};

/** Makes a plain, detached copy of what the component passed, so later mutations cannot rewrite the record. */
function snapshot(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Empties the event log and the Apex call record (a new scenario starts from scratch). */
export function resetRecords() {
    window.__events = [];
    window.__apexCalls = [];
}

/**
 * Adds one entry to the on-page event log and to `window.__events`.
 * @param {string} type apex | toast | close | refresh | navigate | error | scenario
 * @param {string} summary one line a person can read
 * @param {unknown} [data] the payload, shown as JSON
 */
export function recordEvent(type, summary, data) {
    const entry = { type, summary, data: snapshot(data), at: Math.round(performance.now()) };
    window.__events.push(entry);
    listeners.forEach((listener) => listener(entry));
}

/** @param {(event: PreviewEvent) => void} listener */
export function onEvent(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

/** @param {ApexHandler} handler answers every `@salesforce/apex/*` call of the current scenario */
export function setApexHandler(handler) {
    apexHandler = handler;
}

/**
 * What a real Apex call does from the component's point of view: one server round trip.
 * @param {string} method `Class.method`
 * @param {Record<string, unknown>} params the parameters exactly as the component passed them
 * @returns {Promise<unknown>}
 */
export function callApex(method, params) {
    const call = { method, params: snapshot(params) };
    window.__apexCalls.push(call);
    recordEvent('apex', `Apex ${method}`, call.params);
    // A browser test may hold every answer (`window.__apexGate`, a promise it resolves later) to look at the page while
    // calls are in flight, whatever the machine's speed; the answer itself is unchanged.
    return apexHandler(method, params).finally(() => window.__apexGate);
}

/** @param {Record<string, unknown>} context what the record page knows (recordId, objectApiName) */
export function setPageContext(context) {
    pageContext = context;
}

export function getPageContext() {
    return pageContext;
}

resetRecords();
