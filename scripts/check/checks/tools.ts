import { runProcess } from '../lib/process';
import type { Step, StepOutcome } from '../runner';

/**
 * The standard tools, run as themselves through their npm scripts (package.json), each with its own cache under
 * node_modules/.cache (ignored by every tool): `npm test` runs them next to our checks and counts each as one
 * passed or failed step; a developer runs the same script alone (`npm run format:check`, `npm run lint`,
 * `npm run typecheck`). Caveat of ESLint's cache (typescript-eslint documents it): a file is linted again when IT
 * changes, not when a type it imports changes; CI starts without caches. Markdown links, images and #anchors:
 * remark-validate-links (`npm run lint:md`, config in package.json `remarkConfig`, `.remarkignore`).
 */
export const TOOL_SCRIPTS: Record<string, string> = {
    prettier: 'format:check',
    eslint: 'lint',
    tsc: 'typecheck',
    'markdown-links': 'lint:md'
};

/** `npm run --silent <script>` with the npm that runs `npm test` (npm_execpath), else the `npm` on PATH. */
export function npmRunCommand(script: string, env: NodeJS.ProcessEnv = process.env): [string, string[]] {
    const npm = env.npm_execpath;
    const args = ['run', '--silent', script];
    if (npm && /\.[cm]?js$/.test(npm)) return [process.execPath, [npm, ...args]];
    return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
}

/** One tool as a step of the run: passed when its script exits 0; its output is printed when it failed. */
export function toolStep(name: string, script: string): Step {
    return {
        name,
        async run(root): Promise<StepOutcome> {
            const started = performance.now();
            const [command, args] = npmRunCommand(script);
            const result = await runProcess(command, args, { cwd: root });
            const ok = result.code === 0;
            return {
                name,
                ok,
                seconds: (performance.now() - started) / 1000,
                findings: [],
                notes: ok ? [] : [`npm run ${script} exited with ${result.code} (its output is above)`],
                output: ok ? undefined : `${result.stdout}${result.stderr}`
            };
        }
    };
}
