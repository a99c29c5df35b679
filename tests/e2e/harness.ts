/**
 * Browser-test harness: finds a Chromium, starts the built server on a free port, opens pages that
 * record console and page errors, waits for the map, and saves screenshots to tests/artifacts/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Flags that let WebGL run in software in headless Chromium on a machine with no GPU. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** Folder for screenshots and other test artifacts (ignored by git). */
export const ARTIFACTS = resolve('tests/artifacts');

/**
 * The Chromium to drive, in this order: $CHROMIUM_PATH, Playwright's own installed browser,
 * /usr/bin/chromium. Throws with instructions when none is found.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
	const candidates: string[] = [];
	if (env.CHROMIUM_PATH) candidates.push(env.CHROMIUM_PATH);
	try {
		candidates.push(chromium.executablePath());
	} catch {
		// Playwright has no browser of its own installed here.
	}
	candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
	const found = candidates.find((path) => path && existsSync(path));
	if (found) return found;
	throw new Error(
		'No Chromium found for the browser tests. Install one of: Debian/Ubuntu `sudo apt-get install chromium`; ' +
			'or `npx playwright install chromium`; or set CHROMIUM_PATH to a Chrome/Chromium executable. ' +
			`Looked in: ${candidates.join(', ')}`
	);
}

/** Launches headless Chromium with the software-WebGL flags. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

/** A running instance of the built app. */
export interface AppServer {
	url: string;
	process: ChildProcess;
	/** Output the server printed, for diagnosing failures. */
	output: () => string;
	stop: () => Promise<void>;
}

/**
 * Starts the production build (`build/`, or $CLAIMSMAP_BUILD_DIR) on a free loopback port through
 * scripts/serve.js, as `npm start` does, and waits for it.
 */
export async function startServer(env: Record<string, string> = {}): Promise<AppServer> {
	const dir = resolve(process.env.CLAIMSMAP_BUILD_DIR ?? 'build');
	if (!existsSync(resolve(dir, 'index.js'))) {
		throw new Error(`No build at ${dir}: run \`node scripts/ensure-build.js\` (npm test does).`);
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let log = '';
	const child = spawn(process.execPath, [resolve('scripts/serve.js')], {
		env: {
			...process.env,
			...env,
			CLAIMSMAP_BUILD_DIR: dir,
			PORT: String(port),
			HOST: env.HOST ?? '127.0.0.1'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
		try {
			const response = await fetch(url + '/');
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`server did not start in 30 s:\n${log}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		process: child,
		output: () => log,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}

/** A page that records every console error and uncaught page error. */
export interface WatchedPage {
	page: Page;
	errors: string[];
}

/** Opens a page in a fresh context and records its errors. */
export async function openPage(
	browser: Browser,
	options: { width?: number; height?: number } = {}
): Promise<WatchedPage> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	return { page, errors };
}

/** Waits until the MapLibre map exists, its style is loaded and it has gone idle. */
/** Waits until the page draws its claims from vector tiles (a large store), then for the map's idle. */
export async function waitForTiledMap(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const map = (
				window as unknown as {
					__claimsmap?: { map?: { getSource(id: string): { type: string } | undefined } };
				}
			).__claimsmap?.map;
			return map?.getSource('claims')?.type === 'vector';
		},
		undefined,
		{ timeout: 60_000, polling: 100 }
	);
	await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		() => {
			const hook = (window as unknown as { __claimsmap?: { map?: { loaded(): boolean } } })
				.__claimsmap;
			return Boolean(hook?.map?.loaded());
		},
		undefined,
		{ timeout, polling: 100 }
	);
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				const map = (
					window as unknown as {
						__claimsmap: { map: { loaded(): boolean; once(e: string, f: () => void): void } };
					}
				).__claimsmap.map;
				map.once('idle', () => done());
				// If it is already idle, a repaint fires 'idle' again.
				(map as unknown as { triggerRepaint(): void }).triggerRepaint();
			})
	);
}

/** Counts features rendered in a layer, across the whole viewport. */
export async function countRendered(page: Page, layerId: string): Promise<number> {
	return page.evaluate((id) => {
		const map = (
			window as unknown as {
				__claimsmap: { map: { queryRenderedFeatures(o: { layers: string[] }): unknown[] } };
			}
		).__claimsmap.map;
		return map.queryRenderedFeatures({ layers: [id] }).length;
	}, layerId);
}

/** Saves a screenshot as tests/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(ARTIFACTS, { recursive: true });
	const path = resolve(ARTIFACTS, `${name}.png`);
	await page.screenshot({ path });
	return path;
}

/** The built app and a browser, shared by the tests of one file. */
export interface BrowserApp {
	server: AppServer;
	browser: Browser;
}

/**
 * Starts the app (with `env()`, evaluated when the file's tests start) and a browser before the
 * file's tests, and stops both after them. Read `app.server` and `app.browser` inside tests.
 */
export function useBrowserApp(env: () => Record<string, string> = () => ({})): BrowserApp {
	const app = {} as BrowserApp;
	beforeAll(async () => {
		app.server = await startServer(env());
		app.browser = await launchBrowser();
	});
	afterAll(async () => {
		await app.browser?.close();
		await app.server?.stop();
	});
	return app;
}
