/** `npm start` / `npm run preview`: builds the preview (skipped when nothing changed), then serves it. */
// @ts-nocheck

import { buildPreview } from './lib/build';
import { fail, parsePreviewArgs } from './lib/cli';
import { serveUntilInterrupted } from './serve';

async function main(): Promise<void> {
    const argv = process.argv.slice(2);
    const { force } = parsePreviewArgs(argv, process.env);
    console.log('Building the preview (the real enableStudentUser component with sample data)...');
    const result = await buildPreview({ force });
    const seconds = (result.ms / 1000).toFixed(1);
    console.log(result.cached ? `Bundle up to date (${seconds} s).` : `Built in ${seconds} s.`);
    await serveUntilInterrupted(argv.filter((arg) => arg !== '--force'));
}

main().catch(fail);
