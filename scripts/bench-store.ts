/**
 * Store benchmark on either backend: fills the store named by CLAIMSMAP_DB (a postgres:// URL or an
 * SQLite file) with seeded synthetic claims up to `--features N` (default 100,000) through
 * `addArticles`, then times what the page and the exports ask: list pages (also deep, by cursor),
 * totals, facets, the day histogram, the summary's four counts at once, tiles, one claim, the
 * incident marks' reads (each, and the whole read once with its peak RSS), an article search, and a
 * full GeoJSON export streamed to nowhere, with the process's peak RSS; `--baseline` also times the
 * old full dump (`allClaims`). Not a test; prints one line per measure (median of `--rounds`).
 *
 *   CLAIMSMAP_DB=postgres://… npx tsx scripts/bench-store.ts --features 1000000
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ClaimFeature } from '../src/lib/core/contract';
import { geojsonChunks } from '../src/lib/core/export/stream';
import { createEmptyFilter, type ClaimFilter } from '../src/lib/core/filter/model';
import { buildClaimCollection } from '../src/lib/core/geojson/build';
import { createSyntheticClaims } from '../src/lib/core/synthetic/claims';
import { describeDatabase, openConfiguredStore } from '../src/lib/server/store/index';
import type { ClaimSelection, ClaimStore, NewArticle } from '../src/lib/server/store/types';
import { buildClaimTile } from '../src/lib/server/tiles/claim-tiles';
import { toMercator } from '../src/lib/server/tiles/mercator';
import { readMarkable } from '../src/lib/server/incident-marks';

const { values } = parseArgs({
	options: {
		features: { type: 'string', default: '100000' },
		rounds: { type: 'string', default: '5' },
		'per-article': { type: 'string', default: '40' },
		'articles-per-batch': { type: 'string', default: '50' },
		/** Also time the old full dump (allClaims), which fails past a few hundred thousand. */
		baseline: { type: 'boolean', default: false },
		/** Only the measures whose name holds this text (`export` for the export). */
		only: { type: 'string', default: '' }
	}
});
const TARGET = Number(values.features);
const ROUNDS = Number(values.rounds);
const PER_ARTICLE = Number(values['per-article']);
const BATCH = Number(values['articles-per-batch']);
const ONLY = values.only;
/** Features generated per seed; chunks are renumbered so ids stay unique. */
const CHUNK = 20_000;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

function mb(bytes: number): string {
	return `${Math.round(bytes / 1048576)} MB`;
}

/** Synthetic features `offset..offset+count`, renumbered from a per-chunk seed. */
function chunkOf(offset: number, count: number): ClaimFeature[] {
	return createSyntheticClaims({
		count,
		seed: 1 + offset / CHUNK,
		featuresPerArticle: PER_ARTICLE
	}).map((f, i): ClaimFeature => {
		const n = offset + i;
		const article = Math.floor(n / PER_ARTICLE);
		return {
			...f,
			id: `synthetic-${n}`,
			properties: {
				...f.properties,
				claimId: `synthetic-claim-${n}`,
				articleId: `synthetic-article-${article}`,
				articleTitle: `Synthetic article ${article}`
			}
		};
	});
}

function articlesOf(features: ClaimFeature[]): NewArticle[] {
	const byArticle = new Map<string, ClaimFeature[]>();
	for (const f of features) {
		const list = byArticle.get(f.properties.articleId) ?? [];
		list.push(f);
		byArticle.set(f.properties.articleId, list);
	}
	return [...byArticle].map(([articleId, list]) => ({
		articleId,
		title: list[0].properties.articleTitle,
		publisher: list[0].properties.publisher,
		url: null,
		published: list[0].properties.published,
		text: `Text of ${articleId}.`,
		claims: buildClaimCollection(list, { generator: 'bench', gazetteer: 'synthetic' })
	}));
}

async function fill(store: ClaimStore): Promise<void> {
	const have = (await store.totals({ filter: createEmptyFilter(), includeRejected: true }))
		.features;
	if (have >= TARGET) {
		console.log(`store holds ${have} features already`);
		return;
	}
	const start = performance.now();
	for (let offset = have; offset < TARGET; offset += CHUNK) {
		const articles = articlesOf(chunkOf(offset, Math.min(CHUNK, TARGET - offset)));
		for (let i = 0; i < articles.length; i += BATCH)
			await store.addArticles(articles.slice(i, i + BATCH));
		const done = Math.min(TARGET, offset + CHUNK);
		const seconds = (performance.now() - start) / 1000;
		process.stderr.write(`\rloaded ${done} features, ${Math.round((done - have) / seconds)}/s`);
	}
	process.stderr.write('\n');
	const seconds = (performance.now() - start) / 1000;
	console.log(
		`load: ${TARGET - have} features in ${seconds.toFixed(1)} s (${Math.round((TARGET - have) / seconds)}/s)`
	);
}

async function time(name: string, run: () => Promise<unknown>): Promise<void> {
	if (!name.includes(ONLY)) return;
	const ms: number[] = [];
	let note = '';
	for (let i = 0; i < ROUNDS; i++) {
		const start = performance.now();
		const out = await run();
		ms.push(performance.now() - start);
		if (i === 0) note = typeof out === 'string' ? out : '';
	}
	const first = ms[0];
	ms.sort((a, b) => a - b);
	const median = ms[Math.floor(ms.length / 2)];
	// The first round apart: a count kept per revision is computed then and reused after.
	console.log(
		`${name.padEnd(44)} ${median.toFixed(1).padStart(8)} ms  (first ${first.toFixed(1)} ms)  ${note}`
	);
}

async function main(): Promise<void> {
	console.log(`store: ${describeDatabase()}; target ${TARGET} features`);
	const store = await openConfiguredStore(process.env, { seed: null });
	await fill(store);
	const all: ClaimFilter = createEmptyFilter();
	const filtered: ClaimFilter = {
		...createEmptyFilter(),
		sides: ['russia'],
		types: ['strike'],
		from: '2023-01-01',
		to: '2023-06-30'
	};
	for (const [label, filter] of [
		['no filter', all],
		['side+type+dates', filtered]
	] as const) {
		const s = { filter };
		await time(`list page 1 (date) — ${label}`, async () => {
			const p = await store.listClaims({
				...s,
				sort: 'date',
				section: 'located',
				offset: 0,
				limit: 100
			});
			return `${p.total} claims`;
		});
		await time(`list page 50 (confidence) — ${label}`, () =>
			store.listClaims({ ...s, sort: 'confidence', section: 'located', offset: 4900, limit: 100 })
		);
		for (const sort of ['date', 'confidence', 'side'] as const) {
			const name = `list page 95% deep by cursor (${sort}) — ${label}`;
			if (!name.includes(ONLY)) continue;
			// The cursor of the page before, found once by OFFSET (slow: not timed).
			const page = { ...s, sort, section: 'located', limit: 100 } as const;
			const { total } = await store.listClaims({ ...page, offset: 0 });
			const depth = Math.floor((total * 0.95) / 100) * 100;
			const before = await store.listClaims({ ...page, offset: depth - 100 });
			await time(name, async () => {
				const p = await store.listClaims({ ...page, offset: 0, after: before.next });
				return `${p.groups.length} claims at ${depth}`;
			});
		}
		await time(`totals — ${label}`, async () => `${(await store.totals(s)).features} features`);
		// As the page's summary asks: counts per article only for the articles it chose.
		await time(`facet counts — ${label}`, () => store.facetCounts(s, { articles: 'chosen' }));
		await time(`day histogram — ${label}`, () => store.dayHistogram(s));
	}
	// The four counts /api/claims/summary asks at once, for the page's usual questions.
	const summaries: [string, ClaimSelection][] = [
		['no filter', { filter: all }],
		['side', { filter: { ...all, sides: ['ukraine'] } }],
		['side+confidence floor', { filter: { ...all, sides: ['ukraine'], minConfidence: 0.3 } }],
		['search "synthplace 12"', { filter: all, search: 'synthplace 12' }]
	];
	for (const [label, s] of summaries) {
		await time(`summary — ${label}`, () =>
			Promise.all([
				store.totals(s),
				store.facetCounts(s, { articles: 'chosen' }),
				store.dayHistogram({ ...s, filter: { ...s.filter, from: null, to: null } }),
				store.regionCounts({ ...s, filter: { ...s.filter, sides: [], bbox: null } })
			])
		);
	}
	await time('list page 1, search "synthplace 12"', async () => {
		const p = await store.listClaims({
			filter: all,
			search: 'synthplace 12',
			sort: 'date',
			section: 'located',
			offset: 0,
			limit: 100
		});
		return `${p.total} claims`;
	});
	const [mx, my] = toMercator(37.8, 48.0);
	for (const z of [0, 5, 8, 12]) {
		const tile = { z, x: Math.floor(mx * 2 ** z), y: Math.floor(my * 2 ** z) };
		await time(`tile ${z}/${tile.x}/${tile.y}`, async () => {
			const bytes = await buildClaimTile(store, tile, { filter: all });
			return `${Math.round(bytes.length / 1024)} KB`;
		});
	}
	await time('one claim', () => store.claimFeatures('synthetic-claim-123457'));
	// What the incident marks read (the page's first request at a large store), each read alone,
	// then the whole read as the server does it once per revision, with the peak RSS.
	await time('marks: shared grouping', async () => {
		const g = await store.sharedGrouping();
		return `${Object.keys(g.membership).length} grouped features`;
	});
	await time('marks: denials', async () => `${(await store.deniedFeatureIds()).length} ids`);
	const idsNames = [
		'marks: served features of 2000 grouped ids',
		'marks: mark features of 2000 grouped ids'
	];
	if (idsNames.some((name) => name.includes(ONLY))) {
		const sharedIds = Object.keys((await store.sharedGrouping()).membership);
		const middle = Math.floor(sharedIds.length / 2);
		const ids = sharedIds.slice(middle, middle + 2000);
		await time(idsNames[0], async () => `${(await store.servedFeaturesOf(ids)).length} features`);
		await time(idsNames[1], async () => `${(await store.markFeaturesOf(ids)).length} features`);
	}
	if ('marks: the whole read'.includes(ONLY)) {
		// Time spent awaiting each read (the store's query and its parsing), the rest is building.
		const spent = { grouping: 0, features: 0, featureReads: 0, denials: 0 };
		// A thunk: the SQLite store does its work when called, before the promise is awaited.
		const timed = async <T>(part: 'grouping' | 'features' | 'denials', read: () => Promise<T>) => {
			const start = performance.now();
			const out = await read();
			spent[part] += performance.now() - start;
			return out;
		};
		const rss = process.memoryUsage().rss;
		peakRss = rss;
		const start = performance.now();
		const markable = await readMarkable({
			grouping: () => timed('grouping', () => store.incidentGrouping()),
			judgements: () => timed('grouping', () => store.incidentJudgements()),
			sharedIncidents: (after, limit) =>
				timed('grouping', () => store.sharedIncidents(after, limit)),
			featuresOf: (ids) => {
				spent.featureReads++;
				return timed('features', () => store.markFeaturesOf(ids));
			},
			denials: () => timed('denials', () => store.deniedFeatureIds())
		});
		const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		console.log(
			`marks: the whole read: ${markable.incidentIds.length} incidents in ${s(performance.now() - start)} ` +
				`(grouping ${s(spent.grouping)}, features ${s(spent.features)} in ${spent.featureReads} reads, ` +
				`denials ${s(spent.denials)}), peak RSS ${mb(peakRss)} (before ${mb(rss)})`
		);
	}
	await time('article page, search "synthetic 4"', () =>
		store.listArticlePage({ search: 'synthetic 4', offset: 0, limit: 50 })
	);
	if (values.baseline) {
		// Today's path before the query methods: the whole store read, corrected and serialised.
		const rss = process.memoryUsage().rss;
		peakRss = rss;
		const start = performance.now();
		const body = JSON.stringify(await store.allClaims());
		console.log(
			`baseline allClaims + JSON.stringify: ${mb(body.length)} in ${((performance.now() - start) / 1000).toFixed(1)} s, ` +
				`peak RSS ${mb(peakRss)} (before ${mb(rss)})`
		);
	}
	if (!'full GeoJSON export'.includes(ONLY)) return finish(store);
	const rssBefore = process.memoryUsage().rss;
	peakRss = rssBefore;
	const start = performance.now();
	let bytes = 0;
	let features = 0;
	const counted = (async function* () {
		for await (const f of store.streamFeatures({ filter: all })) {
			features++;
			yield f;
		}
	})();
	for await (const chunk of geojsonChunks(counted, await store.sources())) bytes += chunk.length;
	console.log(
		`full GeoJSON export: ${features} features, ${mb(bytes)} in ${((performance.now() - start) / 1000).toFixed(1)} s, ` +
			`peak RSS ${mb(peakRss)} (before ${mb(rssBefore)})`
	);
	await finish(store);
}

async function finish(store: ClaimStore): Promise<void> {
	clearInterval(sampler);
	await store.close();
}

await main();
