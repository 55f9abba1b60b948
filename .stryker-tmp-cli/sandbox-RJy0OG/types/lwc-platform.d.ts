// @ts-nocheck
// Platform modules that @salesforce/lightning-types does not declare.
declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventDetail {
        title?: string;
        message: string;
        messageData?: (string | { url: string; label: string })[];
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
        constructor(detail: ShowToastEventDetail);
    }
}

declare module 'lightning/actions' {
    export class CloseActionScreenEvent extends CustomEvent<undefined> {
        constructor();
    }
}

declare module '@salesforce/apex' {
    export function refreshApex(wiredValue: unknown): Promise<void>;
}

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    type Constructor<T = object> = new (...args: any[]) => T;
    export function NavigationMixin<T extends Constructor>(
        base: T
    ): T &
        Constructor<{
            [NavigationMixin.Navigate](ref: PageReference, replace?: boolean): void;
            [NavigationMixin.GenerateUrl](ref: PageReference): Promise<string>;
        }>;
    export namespace NavigationMixin {
        const Navigate: unique symbol;
        const GenerateUrl: unique symbol;
    }
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}
