/**
 * Jest runs each test file in a fresh VM context, whose `Symbol` has no `Symbol.dispose` on Node 22 (V8 12.4 lacks
 * it; Node adds it only to its own realm's `Symbol`; Node 24's V8 has it natively). undici 8, which jsforce 3.10.17+
 * uses for every request, calls `addAbortListener(signal, fn)[Symbol.dispose]` (lib/core/util.js), so inside Jest on
 * Node 22 each request ends in "TypeError: removeAbortListener is not a function" (nodejs/undici#5486). Outside Jest
 * (the CLI itself) the symbol exists. This gives the test context the symbol Node's own disposables carry.
 */
const { addAbortListener } = require('node:events');

const hostDispose = Object.getOwnPropertySymbols(addAbortListener(new AbortController().signal, () => undefined)).find(
    // `nodejs.dispose` on Node 22 (Node's polyfill), `Symbol.dispose` where V8 has it
    (symbol) => /dispose/i.test(symbol.description ?? '')
);
if (hostDispose && Symbol.dispose !== hostDispose) {
    Object.defineProperty(Symbol, 'dispose', { value: hostDispose, configurable: true });
}
