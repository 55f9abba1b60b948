/** Bounded retries with exponential backoff and full jitter. */

export interface RetryPolicy {
    /** Retries after the first attempt (0 = try once). */
    maxRetries: number;
    /** Delay cap of the first retry, in ms; doubles each retry. */
    baseDelayMs: number;
    /** Upper bound of any delay, in ms. */
    maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 30_000 };

/**
 * Delay before retry number `retry` (1-based): a uniformly random time in [cap/2, cap] where
 * cap = min(maxDelay, base * 2^(retry-1)) ("equal jitter": spreads concurrent retries, never retries at once).
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
    const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.round(cap / 2 + random() * (cap / 2));
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
        if (signal?.aborted || ms <= 0) {
            resolve();
            return;
        }
        const timer = setTimeout(done, ms);
        function done(): void {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done);
    });
}
