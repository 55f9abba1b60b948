import { callApex, recordEvent } from '../runtime';

/**
 * Preview stand-in for one `@salesforce/apex/Class.method` import. The build generates
 * `export default apexMethod('Class.method')` for every Apex import of the component.
 * Like the platform's, the export is both an imperative function and a wire adapter.
 */

/** Wire adapters that emitted a value, so refreshApex(value) can find the one to re-run. */
const emitters = new WeakMap();

/**
 * The Lightning client cache of cacheable Apex, for the page's life: a wired method (wires need cacheable=true) with
 * the same parameters is answered from it, without a server call, also for a component created anew (the quick action
 * or tab opened again). Only refreshApex goes to the server again and replaces the entry (LWC Developer Guide, "Call
 * Apex Methods" / "Refresh the Cache"). So a component that forgets refreshApex shows stale seats here too.
 * @type {Map<string, unknown>}
 */
const clientCache = new Map();

/** Empties the client cache (a new scenario is a new page load). */
export function clearClientCache() {
    clientCache.clear();
}

/** Wired data is read-only on the platform; freezing it makes a component that mutates it fail here too. */
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
    }
    return value;
}

function hasUnsetValue(config) {
    return Object.values(config).some((value) => value === undefined);
}

/**
 * @param {string} name `Class.method`
 * @returns {((params?: Record<string, unknown>) => Promise<unknown>) & { adapter: Function }}
 */
export function apexMethod(name) {
    const invoke = (params) => callApex(name, params ?? {});

    class ApexWireAdapter {
        constructor(dataCallback) {
            this.dataCallback = dataCallback;
            this.config = undefined;
            this.connected = false;
        }

        connect() {
            this.connected = true;
        }

        disconnect() {
            this.connected = false;
        }

        update(config) {
            const same = this.config && JSON.stringify(this.config) === JSON.stringify(config);
            this.config = { ...config };
            // The platform waits until every reactive parameter ('$recordId') has a value.
            if (same || hasUnsetValue(this.config)) {
                return Promise.resolve();
            }
            return this.fetch();
        }

        /** @param {boolean} [fromServer] refreshApex: bypass the client cache */
        fetch(fromServer = false) {
            const key = `${name} ${JSON.stringify(this.config)}`;
            if (!fromServer && clientCache.has(key)) {
                recordEvent('apex', `Apex ${name} answered from the client cache (no server call)`, this.config);
                this.emit({ data: clientCache.get(key), error: undefined });
                return Promise.resolve();
            }
            return invoke(this.config).then(
                (data) => {
                    const frozen = deepFreeze(JSON.parse(JSON.stringify(data ?? null)));
                    clientCache.set(key, frozen);
                    this.emit({ data: frozen, error: undefined });
                },
                (error) => {
                    recordEvent('error', `Apex ${name} failed (wire)`, error);
                    this.emit({ data: undefined, error });
                }
            );
        }

        emit(value) {
            emitters.set(value, this);
            if (this.connected) {
                this.dataCallback(value);
            }
        }
    }

    invoke.adapter = ApexWireAdapter;
    return invoke;
}

/** Shared with refreshApex (stubs/apex/refreshApex.js). */
export function adapterThatEmitted(value) {
    return emitters.get(value);
}
