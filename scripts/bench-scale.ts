/**
 * The scale benchmark (`npm run bench:scale`, issue 16). Every figure is printed beside a naive
 * baseline measured in the same run:
 *
 * 1. Ingest: BENCH_ARTICLES (default 2000) seeded synthetic article files through the real CLI
 *    (`cli ingest`: worker pool, batched transactions) while a server on the same database answers
 *    `GET /` every 100 ms; baseline: the first BENCH_BASELINE_ARTICLES (default 200) of them ingested
 *    one by one, extracted in this thread (the path before the pool).
 * 2. Server: a store of BENCH_CLAIMS (default 100,000) seeded synthetic claims; a list page, the
 *    summary (also under a text search and under a confidence floor), deep pages of the list in
 *    every order by OFFSET and by the cursor the page before returned, a tile cold and warm, the
 *    incident marks (and the server's RSS after them), and the full GeoJSON export with the
 *    server's peak RSS;
 *    baseline: the whole store read and serialised at once (`allClaims`, the old dump).
 * 3. Page, in headless Chromium with SwiftShader: first claims drawn, a side toggle (on the
 *    settled page, to the map's next idle, and to when the GPU has drawn that frame), opening a claim (click event to the first frame with
 *    its detail, timed in the page; the Playwright round trip beside it), the JS heap; baseline: the same page forced to load every claim
 *    (CLAIMSMAP_TILES_ABOVE above the store's size, which is the page as it was).
 *
 * Writes tests/artifacts/bench-scale.json. Timings depend on other load on the machine; the load
 * average is printed with them.
 *
 * BENCH_DB names an existing store (an SQLite file or a postgres:// URL, e.g. one filled by
 * scripts/bench-store.ts) for parts 2 and 3 instead of writing BENCH_CLAIMS synthetic claims;
 * BENCH_PAGE=0 skips part 3, BENCH_PAGE_ROUNDS (default 1) repeats its page (ours) on a fresh server
 * each time and reports the medians; BENCH_DUMP=0 skips the whole-store dump baseline (which cannot
 * finish at a million features).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CLAIMANT_SIDES } from '../src/lib/core/contract';
import { createRandom, pickWeighted } from '../src/lib/core/synthetic/random';
import { ingestFiles } from '../src/cli/commands/ingest';
import { ingestArticle, parsedOutcome } from '../src/lib/server/ingest';
import { loadDefaultGeocoder } from '../src/lib/server/gazetteer';
import { describeDatabase, openStore } from '../src/lib/server/store/index';
import {
	ARTIFACTS,
	launchBrowser,
	openPage,
	startServer,
	waitForMapIdle,
	type AppServer
} from '../tests/e2e/harness';
import { ensureBuild } from './build-freshness.js';
import { writeSyntheticStore } from './synthetic-store';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const BASELINE_ARTICLES = Number(process.env.BENCH_BASELINE_ARTICLES ?? 200);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const EXISTING_DB = process.env.BENCH_DB;
const PAGE = process.env.BENCH_PAGE !== '0';
const DUMP = process.env.BENCH_DUMP !== '0';
/** Page rounds of ours (each on a fresh server and page); the baseline page runs once. */
const PAGE_ROUNDS = Number(process.env.BENCH_PAGE_ROUNDS ?? 1);

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

// Invented report sentences over real place names, so the geocoder resolves them.
const PLACES = [
	'Kharkiv',
	'Izium',
	'Kupiansk',
	'Bakhmut',
	'Avdiivka',
	'Kherson',
	'Mykolaiv',
	'Zaporizhzhia',
	'Orikhiv',
	'Sumy',
	'Chernihiv',
	'Odesa',
	'Dnipro',
	'Kramatorsk',
	'Sloviansk',
	'Pokrovsk',
	'Lyman',
	'Melitopol',
	'Enerhodar',
	'Nikopol'
];
const SOURCES = [
	"Ukraine's General Staff said",
	"Russia's Defence Ministry said",
	'the regional governor said',
	'the Pentagon said',
	'local officials said'
];
const EVENTS = [
	'a fuel depot near {place} was struck overnight',
	'air defences shot down four drones over {place}',
	'shelling of {place} damaged two houses',
	'a tank was destroyed outside {place}',
	'troops had pushed back an assault near {place}'
];

/** One invented article, the same for the same seed and index. */
function createArticleText(seed: number, index: number): string {
	const random = createRandom(seed * 100_003 + index);
	const pick = <T>(items: readonly T[]) =>
		pickWeighted(
			random,
			items,
			items.map(() => 1)
		);
	const day = 1 + Math.floor(random() * 28);
	const lines = [`Invented morning report ${index}`, ''];
	for (let i = 0; i < 5; i++) {
		const event = pick(EVENTS).replace('{place}', pick(PLACES));
		lines.push(`On May ${day}, ${pick(SOURCES)} that ${event}.`);
	}
	lines.push('', `Reference ${seed}-${index}.`);
	return lines.join('\n');
}

function writeArticles(dir: string, count: number, seed: number): string[] {
	mkdirSync(dir, { recursive: true });
	return Array.from({ length: count }, (_, i) => {
		const path = join(dir, `report-${String(i).padStart(5, '0')}.txt`);
		writeFileSync(path, createArticleText(seed, i));
		return path;
	});
}

/** Polls `GET /` every 100 ms until stopped; returns the latencies. */
function pollHome(url: string): { stop: () => Promise<number[]> } {
	const times: number[] = [];
	let running = true;
	const loop = (async () => {
		while (running) {
			const started = performance.now();
			try {
				await (await fetch(url + '/')).text();
				times.push(performance.now() - started);
			} catch {
				times.push(Infinity);
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	})();
	return {
		stop: async () => {
			running = false;
			await loop;
			return times;
		}
	};
}

function rssMb(pid: number | undefined): number {
	if (!pid) return NaN;
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
		return kb / 1024;
	} catch {
		return NaN;
	}
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await fn();
	return performance.now() - started;
}

/** Runs node with `args` (not blocking this event loop); resolves with its output and status. */
function runProcess(
	args: string[],
	env: Record<string, string>
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		child.on('error', fail);
		child.on('close', (status) => done({ status, stdout, stderr }));
	});
}

async function ingestBench(work: string) {
	const files = writeArticles(join(work, 'articles'), ARTICLES, 7);
	const db = join(work, 'ingest.db');
	const server = await startServer({ CLAIMSMAP_DB: db, CLAIMSMAP_SEED: '0' });
	const poll = pollHome(server.url);
	const started = performance.now();
	// Run without blocking this process, whose event loop polls the server meanwhile.
	const cli = await runProcess(
		['--import', 'tsx', 'src/cli/main.ts', 'ingest', join(work, 'articles')],
		{ CLAIMSMAP_DB: db, CLAIMSMAP_SEED: '0' }
	);
	const seconds = (performance.now() - started) / 1000;
	const home = await poll.stop();
	await server.stop();
	const added = /added (\d+)/.exec(cli.stdout)?.[1];
	if (cli.status !== 0 && !added)
		throw new Error(`cli ingest failed: ${cli.stderr.slice(0, 2000)}`);

	// Baseline: one article after another, extracted in this thread, one transaction each.
	const baseDb = join(work, 'baseline.db');
	const store = await openStore(baseDb);
	const baseStarted = performance.now();
	await ingestFiles(
		files.slice(0, BASELINE_ARTICLES),
		null,
		() => {},
		undefined,
		async (body) =>
			parsedOutcome(await ingestArticle(body, { store, geocoder: loadDefaultGeocoder }))
	);
	const baseSeconds = (performance.now() - baseStarted) / 1000;
	await store.close();
	return {
		articles: ARTICLES,
		added: Number(added),
		seconds: round(seconds),
		articlesPerSecond: round(ARTICLES / seconds),
		homeMedianMs: round(median(home)),
		homeMaxMs: round(Math.max(...home)),
		homeRequests: home.length,
		baseline: {
			articles: BASELINE_ARTICLES,
			seconds: round(baseSeconds),
			articlesPerSecond: round(BASELINE_ARTICLES / baseSeconds)
		}
	};
}

/** Searches of the summary, one per round (another each time, so none is a cached answer). */
const SEARCHES = ['strike', 'russia source', 'synthplace 42', 'ukraine', 'reported near'];

/**
 * Deep pages of the list in every order, unfiltered and filtered: a page at an offset between half
 * way and the end (baseline: OFFSET counts past every earlier claim) and the page after it by the
 * cursor that page returned (ours: a seek).
 */
async function deepPages(url: string) {
	const out: Record<string, { offsetMs: number; cursorMs: number; cursorMaxMs: number }> = {};
	for (const [name, filter] of [
		['all', ''],
		['russiaStrike', 'side=russia&type=strike&']
	]) {
		for (const sort of ['date', 'confidence', 'side']) {
			const first = (await (
				await fetch(`${url}/api/claims/list?${filter}sort=${sort}&limit=1`)
			).json()) as { total: number };
			const byOffset: number[] = [];
			const byCursor: number[] = [];
			for (let i = 0; i < ROUNDS; i++) {
				const depth = Math.floor((first.total * (0.5 + (0.45 * i) / ROUNDS)) / 100) * 100;
				let next = '';
				byOffset.push(
					await timed(async () => {
						const page = (await (
							await fetch(`${url}/api/claims/list?${filter}sort=${sort}&offset=${depth}&limit=100`)
						).json()) as { next?: string | null };
						next = page.next ?? '';
					})
				);
				if (!next) continue;
				byCursor.push(
					await timed(async () =>
						(
							await fetch(`${url}/api/claims/list?${filter}sort=${sort}&after=${next}&limit=100`)
						).arrayBuffer()
					)
				);
			}
			out[`${name}/${sort}`] = {
				offsetMs: round(median(byOffset)),
				cursorMs: round(median(byCursor)),
				cursorMaxMs: round(Math.max(...byCursor))
			};
		}
	}
	return out;
}

async function serverBench(db: string) {
	const server = await startServer({ CLAIMSMAP_DB: db, CLAIMSMAP_SEED: '0' });
	const get = (path: string) => timed(async () => (await fetch(server.url + path)).arrayBuffer());
	const list = [];
	const summary = [];
	const listAll = [];
	const summaryAll = [];
	for (let i = 0; i < ROUNDS; i++) {
		// Another page each round, so no answer is a 304 or a cached one.
		list.push(await get(`/api/claims/list?side=russia&type=strike&offset=${i * 100}&limit=100`));
		summary.push(await get(`/api/claims/summary?side=ukraine&minConfidence=0.${i + 1}`));
		// What the page asks first: no filter (a store may keep a count per revision: see the max).
		listAll.push(await get(`/api/claims/list?offset=${i * 100}&limit=100`));
		summaryAll.push(await get(`/api/claims/summary`));
	}
	const searched = [];
	const floored = [];
	for (let i = 0; i < ROUNDS; i++) {
		searched.push(await get(`/api/claims/summary?q=${encodeURIComponent(SEARCHES[i % 5])}`));
		floored.push(await get(`/api/claims/summary?minConfidence=0.${2 * i + 1}5`));
	}
	const deep = await deepPages(server.url);
	const cold: number[] = [];
	const warm: number[] = [];
	for (const [z, x, y] of [
		[5, 19, 11],
		[7, 77, 44],
		[9, 310, 179],
		[12, 2480, 1425],
		[3, 4, 2]
	]) {
		cold.push(await get(`/api/tiles/${z}/${x}/${y}.mvt`));
		warm.push(await get(`/api/tiles/${z}/${x}/${y}.mvt`));
	}
	const pid = server.process.pid;
	// The incident marks the tiled page asks for (all of its answers but the first come from a
	// cache of the revision), and the server's RSS after them: reading every incident once held it
	// at 720 MB.
	const marksMs = await get('/api/incidents/marks');
	const marksWarmMs = await get('/api/incidents/marks?side=russia');
	const marksRss = rssMb(pid);
	let peak = rssMb(pid);
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
	let bytes = 0;
	const exportMs = await timed(async () => {
		const response = await fetch(server.url + '/api/claims.geojson');
		const reader = response.body!.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			bytes += value.length;
		}
	});
	clearInterval(sampler);
	const idleRss = rssMb(pid);
	await server.stop();

	// Baseline: the old dump, the whole store read and serialised into one string.
	const child = spawnSync(
		DUMP ? process.execPath : 'true',
		[
			'--import',
			'tsx',
			'-e',
			`import('./src/lib/server/store/index.ts').then(async ({ openConfiguredStore }) => {
				const store = await openConfiguredStore({ CLAIMSMAP_DB: ${JSON.stringify(db)} }, { seed: null });
				const t = performance.now();
				const text = JSON.stringify(await store.allClaims());
				const ms = performance.now() - t;
				console.log(JSON.stringify({ ms, bytes: text.length, rssMb: process.memoryUsage().rss / 1048576 }));
			})`
		],
		{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
	);
	const baseline = JSON.parse(child.stdout.trim().split('\n').at(-1) || '{}') as {
		ms: number;
		bytes: number;
		rssMb: number;
	};
	return {
		listPageMs: round(median(list)),
		summaryMs: round(median(summary)),
		unfilteredListPageMs: round(median(listAll)),
		unfilteredListPageMaxMs: round(Math.max(...listAll)),
		unfilteredSummaryMs: round(median(summaryAll)),
		unfilteredSummaryMaxMs: round(Math.max(...summaryAll)),
		searchSummaryMs: round(median(searched)),
		searchSummaryMaxMs: round(Math.max(...searched)),
		confidenceSummaryMs: round(median(floored)),
		confidenceSummaryMaxMs: round(Math.max(...floored)),
		deepPages: deep,
		tileColdMs: round(median(cold)),
		tileWarmMs: round(median(warm)),
		incidentMarksMs: round(marksMs),
		incidentMarksWarmMs: round(marksWarmMs),
		serverRssAfterMarksMb: round(marksRss),
		exportMs: round(exportMs),
		exportMb: round(bytes / 1048576),
		exportPeakRssMb: round(peak),
		serverRssAfterMb: round(idleRss),
		baseline: {
			fullDumpMs: round(baseline.ms),
			fullDumpMb: round(baseline.bytes / 1048576),
			fullDumpRssMb: round(baseline.rssMb)
		}
	};
}

interface PageRun {
	firstDrawMs: number;
	sideToggleMs: number;
	sideToggleDrawnMs: number;
	openClaimMs: number;
	openClaimRoundTripMs: number;
	jsHeapMb: number;
	serverRssMb: number;
}

async function drawnCount(page: Page): Promise<number> {
	return page.evaluate(
		(sides) => {
			const map = (
				window as unknown as {
					__claimsmap?: {
						map?: { getLayer(id: string): unknown; queryRenderedFeatures(o: object): unknown[] };
					};
				}
			).__claimsmap?.map;
			if (!map) return 0;
			const layers = sides.flatMap((s) => [`claims-points-${s}`, `claims-clusters-${s}`]);
			if (!layers.every((l) => map.getLayer(l))) return 0;
			return map.queryRenderedFeatures({ layers }).length;
		},
		[...CLAIMANT_SIDES]
	);
}

async function pageRun(browser: Browser, server: AppServer): Promise<PageRun> {
	const { page } = await openPage(browser, { width: 1440, height: 900 });
	const started = performance.now();
	await page.goto(server.url + '/');
	while ((await drawnCount(page)) === 0) {
		if (performance.now() - started > 180_000) throw new Error('no claims drawn in 180 s');
		await new Promise((r) => setTimeout(r, 25));
	}
	const firstDrawMs = performance.now() - started;
	await page.waitForFunction(
		() =>
			(
				window as unknown as { __claimsmap: { map: { loaded(): boolean } } }
			).__claimsmap.map.loaded(),
		undefined,
		{ timeout: 180_000 }
	);
	// The toggle is timed on a settled page (list, counts and incident rings shown, map idle):
	// otherwise the wait for 'idle' also holds the tail of loading (the settlement labels, the
	// list's first page, the summary's shaded regions, which lay the tiles out again, the rings'
	// answer, whose source is new to the map).
	await page
		.locator('[data-testid="claims-located"] button.item')
		.first()
		.waitFor({ timeout: 120_000 });
	await page.getByText('Loading claims…').waitFor({ state: 'detached', timeout: 120_000 });
	// (A tiled page asks the server for its rings; the baseline page groups its own claims.)
	await page.waitForFunction(
		() =>
			(
				window as unknown as {
					__claimsmap: { map: { getSource(id: string): { type: string } | undefined } };
				}
			).__claimsmap.map.getSource('claims')?.type !== 'vector' ||
			performance.getEntriesByType('resource').some((e) => e.name.includes('/api/incidents/marks')),
		undefined,
		{ timeout: 120_000 }
	);
	await waitForMapIdle(page, 180_000);
	// Two figures: to the map's next 'idle' (MapLibre has issued the new frame), and to when the
	// GPU has drawn it (a one-pixel read waits for every drawing command before it; in software
	// WebGL that is most of the time). The GPU is drained before the click too, so neither figure
	// holds work queued before it.
	const toggle = await page.evaluate(
		() =>
			new Promise<{ idle: number; drawn: number }>((done) => {
				const map = (
					window as unknown as {
						__claimsmap: {
							map: {
								once(e: string, f: () => void): void;
								painter: { context: { gl: WebGL2RenderingContext } };
							};
						};
					}
				).__claimsmap.map;
				const gl = map.painter.context.gl;
				const pixel = new Uint8Array(4);
				const box = [...document.querySelectorAll('label')]
					.find((l) => l.textContent?.trim().startsWith('Russia'))
					?.querySelector('input') as HTMLInputElement;
				gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
				const t = performance.now();
				map.once('idle', () => {
					const idle = performance.now() - t;
					gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
					done({ idle, drawn: performance.now() - t });
				});
				box.click();
			})
	);
	const sideToggleMs = toggle.idle;
	// The list follows the side filter: open a claim once it lists Russia's claims.
	const item = page
		.locator('[data-testid="claims-located"] button.item[data-side="russia"]')
		.first();
	await item.waitFor({ timeout: 120_000 });
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll('[data-testid="claims-located"] button.item')].every(
				(b) => b.getAttribute('data-side') === 'russia'
			),
		undefined,
		{ timeout: 120_000 }
	);
	// Timed in the page, from the click event to the first frame after the detail is shown; the
	// round trip through Playwright (its checks before a click, its polling after) is given beside.
	// (No named functions inside: tsx would wrap them in a helper the page does not have.)
	const opened = page.evaluate(
		() =>
			new Promise<number>((done) => {
				document.addEventListener(
					'click',
					(event) => {
						const clickedAt = event.timeStamp;
						const observer = new MutationObserver(() => {
							if (!document.querySelector('aside[aria-label="Claim detail"]')) return;
							observer.disconnect();
							requestAnimationFrame(() => setTimeout(() => done(performance.now() - clickedAt), 0));
						});
						observer.observe(document.body, { subtree: true, childList: true, attributes: true });
					},
					{ capture: true, once: true }
				);
			})
	);
	const openStarted = performance.now();
	await item.click();
	await page.getByRole('complementary', { name: 'Claim detail' }).waitFor({ timeout: 60_000 });
	const openClaimRoundTripMs = performance.now() - openStarted;
	const openClaimMs = await opened;
	const jsHeapMb = await page.evaluate(
		() =>
			((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
				NaN) / 1048576
	);
	const serverRssMb = rssMb(server.process.pid);
	await page.context().close();
	return {
		firstDrawMs: round(firstDrawMs),
		sideToggleMs: round(sideToggleMs),
		sideToggleDrawnMs: round(toggle.drawn),
		openClaimMs: round(openClaimMs),
		openClaimRoundTripMs: round(openClaimRoundTripMs),
		jsHeapMb: round(jsHeapMb),
		serverRssMb: round(serverRssMb)
	};
}

/** Each figure's median over the rounds, with every round's figures beside it. */
function medianRun(runs: PageRun[]): PageRun & { rounds: PageRun[] } {
	const keys = Object.keys(runs[0]) as (keyof PageRun)[];
	const out = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown;
	return { ...(out as PageRun), rounds: runs };
}

async function pageBench(db: string) {
	const browser = await launchBrowser();
	const out: Record<'ours' | 'baseline', PageRun | { error: string }> = {
		ours: { error: 'not run' },
		baseline: { error: 'not run' }
	};
	try {
		for (const variant of ['ours', 'baseline'] as const) {
			const runs: PageRun[] = [];
			for (let i = 0; i < (variant === 'ours' ? PAGE_ROUNDS : 1); i++) {
				const server = await startServer({
					CLAIMSMAP_DB: db,
					CLAIMSMAP_SEED: '0',
					...(variant === 'baseline' ? { CLAIMSMAP_TILES_ABOVE: '1000000000' } : {})
				});
				try {
					runs.push(await pageRun(browser, server));
				} catch (error) {
					out[variant] = { error: (error as Error).message };
				} finally {
					await server.stop();
				}
			}
			if (runs.length > 0) out[variant] = runs.length > 1 ? medianRun(runs) : runs[0];
		}
	} finally {
		await browser.close();
	}
	return out;
}

async function main() {
	ensureBuild();
	const work = mkdtempSync(join(tmpdir(), 'claimsmap-bench-scale-'));
	const report: Record<string, unknown> = {
		claims: CLAIMS,
		loadAverage: loadavg().map(round)
	};
	try {
		console.log(`load average ${loadavg().map(round).join(' ')}`);
		if (ARTICLES > 0) {
			report.ingest = await ingestBench(work);
			console.log('ingest', report.ingest);
		}
		const db = EXISTING_DB ?? join(work, 'store.db');
		if (!EXISTING_DB)
			report.storeWriteSeconds = round((await writeSyntheticStore(db, CLAIMS, 1)) / 1000);
		report.store = EXISTING_DB ? describeDatabase({ CLAIMSMAP_DB: EXISTING_DB }) : 'synthetic';
		report.server = await serverBench(db);
		console.log('server', report.server);
		if (PAGE) {
			report.page = await pageBench(db);
			console.log('page', report.page);
		}
		report.loadAverageAfter = loadavg().map(round);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	mkdirSync(ARTIFACTS, { recursive: true });
	writeFileSync(resolve(ARTIFACTS, 'bench-scale.json'), JSON.stringify(report, null, '\t') + '\n');
	console.log(`written ${resolve(ARTIFACTS, 'bench-scale.json')}`);
}

await main();
