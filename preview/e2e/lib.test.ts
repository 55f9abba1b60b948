import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup, type Plugin } from 'rollup';
import { parsePreviewArgs } from '../lib/cli';
import { customLabelsPlugin, loadLabels, parseLabelsXml } from '../lib/labels';
import { COMPONENT_DIR, DIST_DIR, distDirFor, FORCE_APP_DIR, NODE_MODULES, SLDS_DIR, STUBS_DIR } from '../lib/paths';
import { RTL_ICON_TEMPLATES } from '../lib/rollupConfig';
import { resolveRequestPath, startPreviewServer } from '../lib/server';
import { platformModulesPlugin, readFixtures } from '../lib/virtualModules';
import { chooseBrowser, launchBrowser, SHARED_BROWSER_ENV } from './browser';

/** Fast checks of the preview's build and server code (no browser, no LWC compile). */

const LABELS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels>
        <fullName>SPU_Test_Hello</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Hello</shortDescription>
        <value>Hello, {0} &amp; friends</value>
    </labels>
</CustomLabels>`;

const tempDirs: string[] = [];

function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spu-preview-test-'));
    tempDirs.push(dir);
    return dir;
}

afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Bundles one virtual entry with the given plugins and returns the output code. */
async function bundle(entryCode: string, plugins: Plugin[]): Promise<string> {
    const entry: Plugin = {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? '\0entry' : null),
        load: (id) => (id === '\0entry' ? entryCode : null)
    };
    const build = await rollup({
        input: 'entry',
        plugins: [entry, ...plugins],
        external: (id) => id.endsWith('apexMethod.js')
    });
    const { output } = await build.generate({ format: 'esm' });
    await build.close();
    return output[0].code;
}

describe('Custom Labels', () => {
    it('parses fullName and value, XML entities decoded', () => {
        expect(parseLabelsXml(LABELS_XML, 'x.labels-meta.xml')).toEqual([
            { name: 'SPU_Test_Hello', value: 'Hello, {0} & friends', file: 'x.labels-meta.xml' }
        ]);
    });

    it('names the file and label when a value is missing', () => {
        const xml = '<CustomLabels><labels><fullName>SPU_No_Value</fullName></labels></CustomLabels>';
        expect(() => parseLabelsXml(xml, 'f.labels-meta.xml')).toThrow(
            'f.labels-meta.xml: label SPU_No_Value has no <value>.'
        );
    });

    it('rejects a label defined in two files', () => {
        const root = tempDir();
        writeFileSync(join(root, 'A.labels-meta.xml'), LABELS_XML);
        writeFileSync(join(root, 'B.labels-meta.xml'), LABELS_XML);
        expect(() => loadLabels([root])).toThrow(
            /Custom label SPU_Test_Hello is defined twice: in .*A\.labels-meta\.xml and .*B\.labels-meta\.xml/
        );
    });

    it('reads every label of force-app (the form labels included)', () => {
        expect(loadLabels([FORCE_APP_DIR]).get('SPU_Form_Title')?.value).toBe('Enable Student User');
    });

    it('turns @salesforce/label/c.X into the label text and fails clearly on an unknown label', async () => {
        const root = tempDir();
        writeFileSync(join(root, 'Test.labels-meta.xml'), LABELS_XML);
        const code = await bundle("import hello from '@salesforce/label/c.SPU_Test_Hello';\nconsole.log(hello);", [
            customLabelsPlugin([root])
        ]);
        expect(code).toContain('"Hello, {0} & friends"');
        await expect(
            bundle("import x from '@salesforce/label/c.SPU_Missing';\nconsole.log(x);", [customLabelsPlugin([root])])
        ).rejects.toThrow(/Custom label c\.SPU_Missing is imported but not defined in any \*\.labels-meta\.xml/);
    });
});

describe('platform stand-in modules', () => {
    it('answers every @salesforce/apex import with the preview Apex method of that name', async () => {
        const plugin = platformModulesPlugin({ componentDir: COMPONENT_DIR, metadataRoots: [FORCE_APP_DIR] });
        const code = await bundle(
            "import getEnableContext from '@salesforce/apex/StudentUserController.getEnableContext';\nconsole.log(getEnableContext);",
            [plugin]
        );
        expect(code).toContain('apexMethod("StudentUserController.getEnableContext")');
    });

    it('shares the Jest fixtures of the component, by file name', () => {
        const fixtures = readFixtures(COMPONENT_DIR);
        expect(Object.keys(fixtures)).toEqual(
            expect.arrayContaining([
                'ready',
                'ownerWithoutRole',
                'licenseExhausted',
                'blocked',
                'alreadyEnabled',
                'inactiveUser',
                'serverErrorUsernameTaken'
            ])
        );
    });

    it('names the fixture file that is not valid JSON', () => {
        const component = join(tempDir(), 'broken');
        mkdirSync(join(component, '__tests__', 'data'), { recursive: true });
        writeFileSync(join(component, '__tests__', 'data', 'bad.json'), '{ not json');
        expect(() => readFixtures(component)).toThrow(/bad\.json: not valid JSON/);
    });
});

describe('preview build folder', () => {
    it('is one per checkout, under the shared node_modules/.cache, even when worktrees share node_modules', () => {
        const shared = '/work/main/node_modules';
        const main = distDirFor('/work/main', shared);
        const worktree = distDirFor('/work/wt-a', shared);
        expect(main).not.toBe(worktree);
        expect(distDirFor('/work/wt-a/', shared)).toBe(worktree);
        [main, worktree].forEach((dir) =>
            expect(dir.startsWith(join(shared, '.cache', 'spu-preview', 'dist-'))).toBe(true)
        );
        expect(DIST_DIR).toBe(distDirFor(join(__dirname, '..', '..')));
    });

    it('holds the left-to-right icon templates and nothing of the right-to-left ones left out of the build', () => {
        // Built by the e2e globalSetup. The right-to-left templates are mapped to a throwing stand-in before they are
        // compiled; the bundle must not reach it (lightning/primitiveIcon asks for them only when the direction is rtl).
        const chunks = readdirSync(join(DIST_DIR, 'chunks')).filter((name) => name.endsWith('.js'));
        expect(chunks.map((name) => name.replace(/-[^-]+\.js$/, '')).sort()).toEqual(
            ['Action', 'Custom', 'Doctype', 'Standard', 'Utility'].map((category) => `iconSvgTemplates${category}`)
        );
        const stub = readFileSync(join(STUBS_DIR, 'lightning', 'iconSvgTemplatesRtl.js'), 'utf8');
        const message = /new Error\(\s*'([^']+)'/.exec(stub)?.[1] ?? '';
        expect(message).toContain('right-to-left');
        for (const file of ['main.js', ...chunks.map((name) => join('chunks', name))]) {
            expect(readFileSync(join(DIST_DIR, file), 'utf8')).not.toContain(message);
        }
        // Every right-to-left template module of the installed base components is one of those mapped.
        const installed = readdirSync(join(NODE_MODULES, 'lightning-base-components', 'src', 'lightning'))
            .filter((name) => /^iconSvgTemplates\w+Rtl$/.test(name))
            .map((name) => `lightning/${name}`);
        expect([...RTL_ICON_TEMPLATES].sort()).toEqual(installed.sort());
    });
});

describe('preview server', () => {
    it('maps / to index.html, /slds/ to the design system, and refuses paths that leave their folder', () => {
        expect(resolveRequestPath('/', DIST_DIR)).toBe(join(DIST_DIR, 'index.html'));
        expect(resolveRequestPath('/main.js?x=1', DIST_DIR)).toBe(join(DIST_DIR, 'main.js'));
        expect(resolveRequestPath('/slds/assets/styles/x.css', DIST_DIR)).toBe(
            join(SLDS_DIR, 'assets', 'styles', 'x.css')
        );
        expect(resolveRequestPath('/../package.json', DIST_DIR)).toBeUndefined();
        expect(resolveRequestPath('/%2e%2e/package.json', DIST_DIR)).toBeUndefined();
        expect(resolveRequestPath('/slds/../../package.json', DIST_DIR)).toBeUndefined();
    });

    it('serves on 127.0.0.1, answers 404 for unknown files, and takes the next port when the one asked for is busy', async () => {
        const dist = tempDir();
        writeFileSync(join(dist, 'index.html'), '<p>preview</p>');
        const blocker = createServer();
        await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
        const busyPort = (blocker.address() as AddressInfo).port;
        const server = await startPreviewServer({ port: busyPort, distDir: dist, fallback: true });
        try {
            expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
            expect(server.port).not.toBe(busyPort);
            expect(server.requestedPortBusy).toBe(true);
            const get = (path: string): Promise<[number, string]> =>
                new Promise((resolve, reject) => {
                    request(`${server.url.slice(0, -1)}${path}`, (response) => {
                        let body = '';
                        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
                        response.on('end', () => resolve([response.statusCode ?? 0, body]));
                    })
                        .on('error', reject)
                        .end();
                });
            expect(await get('/')).toEqual([200, '<p>preview</p>']);
            expect((await get('/missing.js'))[0]).toBe(404);
            await expect(startPreviewServer({ port: busyPort, distDir: dist, fallback: false })).rejects.toThrow(
                `Port ${busyPort} on 127.0.0.1 is in use: pass --port <free port>.`
            );
        } finally {
            await server.close();
            await new Promise((resolve) => blocker.close(resolve));
        }
    });

    it('refuses to start without a build', async () => {
        await expect(startPreviewServer({ port: 0, distDir: tempDir() })).rejects.toThrow(
            /index\.html is missing: build the preview first/
        );
    });
});

describe('command line', () => {
    it('takes --port, else PORT, else 3000', () => {
        expect(parsePreviewArgs([], {})).toEqual({ port: 3000, portChosen: false, force: false });
        expect(parsePreviewArgs([], { PORT: '4100' })).toEqual({ port: 4100, portChosen: true, force: false });
        expect(parsePreviewArgs(['--port', '4200', '--force'], { PORT: '4100' })).toEqual({
            port: 4200,
            portChosen: true,
            force: true
        });
    });

    it('rejects a port that is not a whole number from 0 to 65535', () => {
        expect(() => parsePreviewArgs(['--port', 'abc'], {})).toThrow(
            '--port must be a whole number from 0 to 65535 (0 = any free port), got "abc".'
        );
        expect(() => parsePreviewArgs([], { PORT: '70000' })).toThrow(
            'PORT must be a whole number from 0 to 65535 (0 = any free port), got "70000".'
        );
    });
});

describe('browser launcher', () => {
    it('fails with the fix when CHROME_PATH points nowhere', async () => {
        await expect(chooseBrowser({ CHROME_PATH: '/nonexistent/chromium' })).rejects.toThrow(
            /CHROME_PATH is set to \/nonexistent\/chromium, which does not exist\. Fix: run `npm install`/
        );
    });

    it('says on macOS and Windows that the bundled browser is Linux-only, and how to use a local Chrome', async () => {
        await expect(chooseBrowser({}, 'darwin')).rejects.toThrow(
            /ships a Linux browser only, and this is darwin: set CHROME_PATH to a local Chrome/
        );
        await expect(chooseBrowser({}, 'win32')).rejects.toThrow(/this is win32: set CHROME_PATH/);
    });

    it('fails with the browser it tried and the fix when the executable does not start', async () => {
        await expect(launchBrowser({ CHROME_PATH: '/bin/false' })).rejects.toThrow(
            /Could not launch CHROME_PATH=\/bin\/false: .*Fix: run `npm install`/s
        );
    });

    it('fails with the endpoint when the shared browser cannot be reached', async () => {
        await expect(launchBrowser({ [SHARED_BROWSER_ENV]: 'ws://127.0.0.1:9/gone' })).rejects.toThrow(
            /Could not connect to the shared browser of the e2e globalSetup at ws:\/\/127\.0\.0\.1:9\/gone/
        );
    });

    it('connects every test file to the one browser of the globalSetup; closing only disconnects', async () => {
        expect(process.env[SHARED_BROWSER_ENV]).toMatch(/^ws:\/\//);
        const first = await launchBrowser();
        const version = first.version();
        await first.close();
        const second = await launchBrowser();
        try {
            expect(second.isConnected()).toBe(true);
            expect(second.version()).toBe(version);
        } finally {
            await second.close();
        }
    });
});
