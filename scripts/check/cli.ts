/**
 * `npm test`: every offline check of the project and every Jest test (LWC, scripts, browser e2e), except the deep
 * ones; `npm run test:deep` (`--deep`): the deep checks (Graph Engine) and the deep Jest tests.
 * Independent checks run in parallel (`--jobs`, default: the machine's CPUs) next to Jest; each check's name, result
 * and time is printed in the registry's order, and the run ends with `N passed, N failed` (checks + tests).
 * Usage: tsx scripts/check/cli.ts [--deep] [--only a,b] [--skip a,b] [--jobs n] [--list] [--root dir --json]
 * `--root` runs the checks over another project (the broken fixtures in tests); `--json` prints the outcomes as JSON.
 * The options and the run are main.ts's; this entry gives it the registry's checks and sets the exit code.
 */
import { main } from './main';
import { CHECKS } from './registry';
void main(process.argv.slice(2), CHECKS).then((code) => {
    process.exitCode = code;
});
