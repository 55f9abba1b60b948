// @ts-nocheck
import { callApex, recordEvent } from '../runtime';

/**
 * Preview stand-in for one `@salesforce/apex/Class.method` import. The build generates
 * `export default apexMethod('Class.method')` for every Apex import of the component.
 * Like the platform's, the export is both an imperative function and a wire adapter.
 */

/** Wire adapters that emitted a value, so refreshApex(value) can find the one to re-run. */
const emitters = new WeakMap();

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

        fetch() {
            return invoke(this.config).then(
                (data) => this.emit({ data: deepFreeze(JSON.parse(JSON.stringify(data ?? null))), error: undefined }),
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
