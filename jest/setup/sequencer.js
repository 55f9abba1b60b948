const Sequencer = require('@jest/test-sequencer').default;

/** A browser test file (projects e2e and bench): seconds to tens of seconds each, the longest of the run. */
const isBrowserTest = (test) => /[\\/]preview[\\/]e2e[\\/]/.test(test.path);

/**
 * Jest's order (last run's failures first, then the longest first) when Jest has timings, which a fresh clone does
 * not: Jest's default then orders by file size, and the cohort browser file (short, its flows are in helpers, the
 * longest of the run) started last in a cold run, measured 275 s after the start. Without a timing, browser files go
 * first (longest first by size among them), then the others by size.
 */
class BrowserFirstSequencer extends Sequencer {
    sort(tests) {
        const estimate = (test) => {
            const known = this.time(test);
            if (known != null) return known;
            const size = test.context.hasteFS.getSize(test.path) ?? 0;
            return isBrowserTest(test) ? 1e9 + size : size;
        };
        const keyed = tests.map((test) => ({ test, failed: this.hasFailed(test), estimate: estimate(test) }));
        keyed.sort((a, b) => (a.failed !== b.failed ? (a.failed ? -1 : 1) : b.estimate - a.estimate));
        return keyed.map(({ test }) => test);
    }
}

module.exports = BrowserFirstSequencer;
