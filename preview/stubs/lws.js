/**
 * Lightning Web Security, the parts a browser outside Salesforce (the preview) and jsdom (the Jest tests) can
 * enforce, so that a component that works here does not fail only in the org. Never deployed: it lives outside
 * force-app. What it cannot imitate is listed in docs/preview.md.
 *
 * - `data:` URLs in anchors are blocked (LWS guide, "Use Blob Objects for Download Links": "LWS blocks the use of
 *   data: URIs in anchor links ... Use a blob: URI instead"). Here the href is not set, as if blocked.
 * - `URL.createObjectURL` accepts only the Blob MIME types LWS permits, without parameters (LWS guide, "Specify a
 *   MIME Type for Blob Objects": any other type is blocked with "Unsupported MIME type"; "LWS doesn't support the
 *   specification of MIME type parameters", so `text/plain;charset=utf-8` is refused, and so is `text/csv`).
 */

/** The MIME types LWS (and Lightning Locker) permit in a Blob, exactly as listed; `text/html`, `image/svg+xml` and `text/xml` are sanitized but permitted. */
export const LWS_BLOB_TYPES = [
    'application/octet-stream',
    'application/json',
    'application/pdf',
    'text/plain',
    'text/markdown',
    'application/zip',
    'application/x-bzip',
    'application/x-rar-compressed',
    'application/x-tar',
    'text/html',
    'image/svg+xml',
    'text/xml'
];
/** Whole families LWS permits. */
export const LWS_BLOB_TYPE_FAMILIES = ['video/', 'audio/', 'image/', 'font/'];

/**
 * @param {string} type a Blob's `type`
 * @returns {boolean} whether LWS lets a Blob of this type become a URL
 */
export function lwsAllowsBlobType(type) {
    const value = String(type ?? '');
    if (value === '' || value.includes(';')) {
        return false;
    }
    return LWS_BLOB_TYPES.includes(value) || LWS_BLOB_TYPE_FAMILIES.some((family) => value.startsWith(family));
}

/**
 * Installs the stand-in on `win` (the preview's window, or jsdom's). Returns what it saw, and `uninstall()`.
 * @param {Window & typeof globalThis} win
 * @param {(summary: string, data?: unknown) => void} [report] told of every refusal (the preview's event log)
 * @param {{ captureClicks?: boolean }} [options] captureClicks: anchor clicks are recorded ({ href, download }) instead
 *   of navigating (jsdom cannot download)
 * @returns {{ blobs: Blob[], refused: string[], clicks: { href: string, download: string }[], uninstall: () => void }}
 */
export function installLwsStandIn(win, report = () => undefined, options = {}) {
    /** @type {Blob[]} */
    const blobs = [];
    /** @type {string[]} */
    const refused = [];
    const urlApi = /** @type {any} */ (win.URL);
    const originalCreate = urlApi.createObjectURL;
    const originalRevoke = urlApi.revokeObjectURL;
    urlApi.createObjectURL = (/** @type {Blob} */ blob) => {
        if (!lwsAllowsBlobType(blob?.type)) {
            refused.push(`Blob type "${blob?.type ?? ''}"`);
            report(`LWS: Unsupported MIME type "${blob?.type ?? ''}"`, { type: blob?.type });
            throw new TypeError('Unsupported MIME type');
        }
        blobs.push(blob);
        return typeof originalCreate === 'function'
            ? originalCreate.call(win.URL, blob)
            : `blob:lws-stand-in/${blobs.length}`;
    };
    urlApi.revokeObjectURL = (/** @type {string} */ url) => {
        if (typeof originalRevoke === 'function' && !String(url).startsWith('blob:lws-stand-in/')) {
            originalRevoke.call(win.URL, url);
        }
    };
    const isDataUrl = (/** @type {unknown} */ value) => /^\s*data:/i.test(String(value));
    const block = (/** @type {unknown} */ value) => {
        refused.push(`anchor href ${String(value).slice(0, 40)}`);
        report('LWS: a data: URL in an anchor is blocked (use a blob: URL)', { href: String(value).slice(0, 80) });
    };
    const anchor = win.HTMLAnchorElement.prototype;
    const originalSetAttribute = win.Element.prototype.setAttribute;
    win.Element.prototype.setAttribute = function setAttribute(name, value) {
        if (this instanceof win.HTMLAnchorElement && String(name).toLowerCase() === 'href' && isDataUrl(value)) {
            block(value);
            return;
        }
        originalSetAttribute.call(this, name, value);
    };
    /** @type {{ href: string, download: string }[]} */
    const clicks = [];
    const originalClick = anchor.click;
    if (options.captureClicks) {
        anchor.click = function click() {
            clicks.push({ href: this.href, download: this.download });
        };
    }
    const hrefProperty = Object.getOwnPropertyDescriptor(anchor, 'href');
    if (hrefProperty?.set) {
        Object.defineProperty(anchor, 'href', {
            ...hrefProperty,
            set(value) {
                if (isDataUrl(value)) {
                    block(value);
                    return;
                }
                hrefProperty.set?.call(this, value);
            }
        });
    }
    return {
        blobs,
        refused,
        clicks,
        uninstall() {
            anchor.click = originalClick;
            urlApi.createObjectURL = originalCreate;
            urlApi.revokeObjectURL = originalRevoke;
            win.Element.prototype.setAttribute = originalSetAttribute;
            if (hrefProperty) {
                Object.defineProperty(anchor, 'href', hrefProperty);
            }
        }
    };
}

/**
 * A Blob's text (jsdom's Blob has no `text()`; FileReader works in both).
 * @param {Blob} blob
 * @returns {Promise<string>}
 */
export function blobText(blob) {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(blob);
    });
}
