// @ts-nocheck
// `lightning/refresh` (RefreshEvent) is not declared by @salesforce/lightning-types.
declare module 'lightning/refresh' {
    /** Asks the record page (and every registered refresh handler) to reload its data. */
    export class RefreshEvent extends CustomEvent<undefined> {
        constructor();
    }
    export function registerRefreshHandler(element: EventTarget, handler: () => unknown): number;
    export function unregisterRefreshHandler(id: number): void;
}
