import { recordEvent } from '../runtime';
import { adapterThatEmitted } from './apexMethod';

/**
 * Preview stand-in for `import { refreshApex } from '@salesforce/apex'`: re-runs the wire that
 * provisioned `wiredValue` (one more Apex call, as on the platform).
 * @param {unknown} wiredValue the `{ data, error }` object the wired property or function received
 * @returns {Promise<void>}
 */
export function refreshApex(wiredValue) {
    const adapter = adapterThatEmitted(wiredValue);
    if (!adapter) {
        recordEvent('error', 'refreshApex was given a value no wire provisioned', wiredValue);
        return Promise.resolve();
    }
    return adapter.fetch(true);
}

export function getSObjectValue(record, field) {
    const name = typeof field === 'string' ? field : field.fieldApiName;
    return record ? record[name] : undefined;
}
