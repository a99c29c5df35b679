/**
 * The store's query methods checked against a reference: the same answers computed in plain
 * TypeScript with core's filter, facet and list rules over every stored feature (corrections
 * applied). Seeded synthetic articles, some claims named at several places, some corrections; many
 * selections. Any backend that passes answers what the page would have computed from a full dump.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../../core/contract';
import type { CorrectedFeature } from '../../core/corrections/apply';
import { isIsoDay } from '../../core/filter/dates';
import { facetCounts } from '../../core/filter/facets';
import { claimDay, compileFilter } from '../../core/filter/match';
import { createEmptyFilter, type ClaimFilter } from '../../core/filter/model';
import {
	groupClaims,
	sortGroups,
	type ClaimGroup,
	type ListSort
} from '../../core/filter/claim-groups';
import { STORED_TEXT } from '../../core/export/stream';
import { buildClaimCollection } from '../../core/geojson/build';
import { createSyntheticClaims } from '../../core/synthetic/claims';
import { createRandom } from '../../core/synthetic/random';
import { foldText, tileBox } from './postgres-query';
import { toMercator } from '../tiles/mercator';
import type { StoreHarness, SuiteStore } from './store-suite';
import {
	MAX_PAGE_SIZE,
	type ClaimSelection,
	type NewArticle,
	type TileAddress,
	type TilePoint
} from './types';

const FEATURES = 600;
const PER_ARTICLE = 20;

/** Synthetic articles; many claims are named at two places (two features, one claimId). */
function createArticles(): NewArticle[] {
	const synthetic = createSyntheticClaims({
		count: FEATURES,
		seed: 16,
		featuresPerArticle: PER_ARTICLE,
		unlocatedShare: 0.1
	});
	// Pairs stay inside one article and are both placed, as an extraction's claims are (a claim
	// that names no place is one feature without a point), and share all but place and confidence.
	const features = synthetic.map((f, i): ClaimFeature => {
		const paired =
			i % 3 === 1 &&
			i % PER_ARTICLE !== 0 &&
			f.geometry !== null &&
			synthetic[i - 1].geometry !== null;
		if (!paired) return f;
		// One sentence: one claimant, event and date; each place has its own confidence.
		const { claimId, claimantSide, claimant, attribution, eventType, eventDate } =
			synthetic[i - 1].properties;
		return {
			...f,
			properties: {
				...f.properties,
				claimId,
				claimantSide,
				claimant,
				attribution,
				eventType,
				eventDate
			}
		};
	});
	const byArticle = new Map<string, ClaimFeature[]>();
	for (const f of features) {
		const list = byArticle.get(f.properties.articleId) ?? [];
		list.push(f);
		byArticle.set(f.properties.articleId, list);
	}
	return [...byArticle].map(([articleId, list], n) => ({
		articleId,
		title: n % 4 === 0 ? `Évening report ${n}` : `Synthetic article ${n}`,
		publisher: n % 2 ? 'Synthetic Wire' : 'Invented Courier',
		url: null,
		published: list[0].properties.published,
		text: `Synthetic article number ${n}.`,
		claims: buildClaimCollection(list, { generator: 'synthetic gen', gazetteer: 'synthetic gaz' })
	}));
}

/** Whether every word of `search` begins a word of the feature's claimant, place or quote. */
function searchMatches(feature: ClaimFeature, search: string | undefined): boolean {
	const words = foldText(search ?? '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	if (words.length === 0) return true;
	const p = feature.properties;
	const text = foldText(
		[p.claimant, p.placeName, p.placeMention, p.quote].filter(Boolean).join(' ')
	)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	return words.every((w) => text.some((t) => t.startsWith(w)));
}

/** A feature as a tile carries it. */
function tilePointOf(f: CorrectedFeature): TilePoint {
	return {
		id: f.id,
		lon: f.geometry!.coordinates[0],
		lat: f.geometry!.coordinates[1],
		side: f.properties.claimantSide,
		type: f.properties.eventType,
		precision: f.properties.precision,
		day: claimDay(f),
		uncertaintyKm: f.properties.uncertaintyKm,
		admin1: f.properties.admin1
	};
}

/** The reference answers over the full dump. */
function createReference(all: CorrectedFeature[]) {
	const base = (s: ClaimSelection) =>
		all.filter((f) => (s.includeRejected || !f.properties.rejected) && searchMatches(f, s.search));
	const select = (s: ClaimSelection) => base(s).filter(compileFilter(s.filter).matches);
	return { base, select };
}

/** Selections the suite asks about: each filter dimension alone, together, searches. */
function createSelections(articleIds: string[]): ClaimSelection[] {
	const filter = (over: Partial<ClaimFilter>): ClaimFilter => ({ ...createEmptyFilter(), ...over });
	return [
		{ filter: filter({}) },
		{ filter: filter({}), includeRejected: true },
		{ filter: filter({ sides: ['russia', 'unattributed'] }) },
		{ filter: filter({ types: ['strike', 'casualties'] }) },
		{ filter: filter({ from: '2022-06-01', to: '2022-12-31' }) },
		{ filter: filter({ precisions: ['settlement', 'none'] }) },
		{
			filter: filter({
				sides: ['russia', 'ukraine'],
				types: ['strike', 'drone_downed', 'aircraft_downed'],
				from: '2022-03-01',
				to: '2023-03-31',
				precisions: ['settlement', 'region', 'none']
			})
		},
		{ filter: filter({ minConfidence: 0.5 }) },
		{ filter: filter({ articles: articleIds.slice(2, 7) }) },
		{ filter: filter({ bbox: [33, 46, 37.5, 49] }) },
		{
			filter: filter({
				sides: ['ukraine', 'russia'],
				precisions: ['settlement', 'region', 'none'],
				from: '2022-03-01',
				bbox: [30, 45, 40, 52],
				minConfidence: 0.2
			})
		},
		{ filter: filter({}), search: 'synthplace 12' },
		{ filter: filter({ sides: ['other'] }), search: 'STRIKE reported' },
		{ filter: filter({}), search: 'ukraine source' },
		// Floors both sides of the median confidence, alone, with other dimensions and a search.
		{ filter: filter({ minConfidence: 0.05 }) },
		{ filter: filter({ minConfidence: 0.95 }), includeRejected: true },
		{
			filter: filter({
				minConfidence: 0.35,
				sides: ['ukraine', 'russia'],
				from: '2022-05-01',
				to: '2023-01-31'
			})
		},
		{
			filter: filter({ minConfidence: 0.7, types: ['strike', 'casualties'] }),
			search: 'synthplace'
		}
	];
}

/**
 * How a backend sorts a claim that a filter splits (some of its places selected, some not): on
 * its selected places, as the page's own list did (`selected`), or on all its places (`all`),
 * which lets the SQLite store keep a claim's sort keys on one index row.
 */
export type SplitClaimOrder = 'selected' | 'all';

/** Runs the query checks against one backend; the store is filled once for all of them. */
export function describeClaimQueries(
	backend: string,
	createHarness: () => Promise<StoreHarness>,
	splitClaimOrder: SplitClaimOrder
) {
	describe(`ClaimStore queries on ${backend}`, () => {
		let harness: StoreHarness;
		let store: SuiteStore;
		let all: CorrectedFeature[];
		let articleIds: string[];
		let reference: ReturnType<typeof createReference>;
		let selections: ClaimSelection[];

		beforeAll(async () => {
			harness = await createHarness();
			store = await harness.open({ now: () => '2024-06-01T00:00:00.000Z' });
			const articles = createArticles();
			for (const a of articles) await store.addArticle(a);
			articleIds = articles.map((a) => a.articleId);
			// Corrections change what queries see: a move, a new side, a new type, rejections. A new
			// side or type is given to every place of the claim, as a reviewer re-reads a sentence
			// (the SQLite store sorts a claim on all its places, not only the selected ones).
			const random = createRandom(7);
			const stored = articles.flatMap((a) => a.claims.features as ClaimFeature[]);
			const places = (claimId: string) =>
				stored.filter((f) => f.properties.claimId === claimId).map((f) => f.id);
			const moved = {
				placeName: 'Movedplace',
				gazetteerId: 'test:moved',
				admin1: 'Test Oblast',
				lon: 35.5,
				lat: 47.25
			};
			for (let i = 0; i < 40; i++) {
				const feature = stored[Math.floor(random() * FEATURES)];
				const r = random();
				if (r < 0.25) await store.correctClaim(feature.id, { kind: 'reject' });
				else if (r < 0.75) {
					const change =
						r < 0.5
							? ({ kind: 'claimantSide', claimantSide: 'united_states' } as const)
							: ({ kind: 'eventType', eventType: 'casualties' } as const);
					for (const id of places(feature.properties.claimId)) await store.correctClaim(id, change);
				} else await store.correctClaim(feature.id, { kind: 'place', place: moved });
			}
			await store.undoCorrection(`synthetic-${Math.floor(random() * FEATURES)}`);
			all = (await store.allClaims({ includeRejected: true })).features as CorrectedFeature[];
			reference = createReference(all);
			selections = createSelections(articleIds);
		}, 120_000);

		afterAll(async () => {
			await harness.dispose();
		});

		const ids = (features: readonly ClaimFeature[]) => features.map((f) => f.id);

		/** The reference order of the listed claims, on the places the backend sorts by. */
		const sortClaims = (groups: ClaimGroup[], sort: ListSort): ClaimGroup[] => {
			if (splitClaimOrder === 'selected') return sortGroups(groups, sort);
			const places = new Map<string, CorrectedFeature[]>();
			for (const f of all) {
				if (f.properties.rejected) continue;
				places.set(f.properties.claimId, [...(places.get(f.properties.claimId) ?? []), f]);
			}
			const byId = new Map(groups.map((g) => [g.claimId, g]));
			const whole = groups.map((g) => ({ ...g, features: places.get(g.claimId) ?? g.features }));
			return sortGroups(whole, sort).map((g) => byId.get(g.claimId)!);
		};

		it('streams every selected feature in stored order, corrections applied', async () => {
			for (const s of selections) {
				// Every selection keeps some features and (beyond the first two) leaves some out.
				expect(reference.select(s).length, JSON.stringify(s)).toBeGreaterThan(0);
				if (s !== selections[0] && s !== selections[1])
					expect(reference.select(s).length).toBeLessThan(reference.select(selections[0]).length);
				const streamed: CorrectedFeature[] = [];
				for await (const f of store.streamFeatures(s, { batchSize: 37 })) streamed.push(f);
				expect(streamed, JSON.stringify(s)).toEqual(reference.select(s));
				// A stored text that comes along is exactly what an export would write for the feature.
				const texts = streamed.map((f) => (f as { [STORED_TEXT]?: string })[STORED_TEXT]);
				expect(texts.filter(Boolean).length).toBeGreaterThan(0);
				streamed.forEach((f, i) => {
					if (texts[i] !== undefined) expect(texts[i]).toBe(JSON.stringify(f));
				});
			}
		});

		it('counts features, claims, places and claims without a place', async () => {
			for (const s of selections) {
				const selected = reference.select(s);
				const groups = groupClaims(selected);
				const places = new Set(
					selected.filter((f) => f.geometry).map((f) => f.geometry!.coordinates.join(','))
				);
				expect(await store.totals(s), JSON.stringify(s)).toEqual({
					features: selected.length,
					claims: groups.length,
					places: places.size,
					unlocatedClaims: groups.filter((g) => g.places.length === 0).length
				});
			}
		});

		it('counts facets as core does, each dimension with the others applied', async () => {
			for (const s of selections) {
				expect(await store.facetCounts(s), JSON.stringify(s)).toEqual(
					facetCounts(reference.base(s), s.filter)
				);
			}
		});

		it('counts facets with only the chosen articles counted when asked so', async () => {
			for (const s of selections) {
				const all = facetCounts(reference.base(s), s.filter);
				const chosen = new Set(s.filter.articles);
				const articles = Object.fromEntries(
					Object.entries(all.articles).filter(([id]) => chosen.has(id))
				);
				expect(await store.facetCounts(s, { articles: 'chosen' }), JSON.stringify(s)).toEqual({
					...all,
					articles
				});
			}
		});

		it('bins selected features per day', async () => {
			for (const s of selections) {
				const byDay = new Map<string, number>();
				for (const f of reference.select(s)) {
					const day = claimDay(f);
					if (day !== null && isIsoDay(day)) byDay.set(day, (byDay.get(day) ?? 0) + 1);
				}
				const expected = [...byDay].sort(([a], [b]) => (a < b ? -1 : 1));
				expect(
					(await store.dayHistogram(s)).map((d) => [d.day, d.count]),
					JSON.stringify(s)
				).toEqual(expected);
			}
		});

		it('pages the list by claim, sorted and split as the page would', async () => {
			for (const s of selections) {
				for (const sort of ['date', 'confidence', 'side'] as ListSort[]) {
					const groups = sortClaims(groupClaims(reference.select(s)), sort);
					for (const section of ['located', 'unlocated'] as const) {
						const wanted = groups.filter((g) =>
							section === 'located' ? g.places.length > 0 : g.places.length === 0
						);
						for (const [offset, limit] of [
							[0, 25],
							[10, 7],
							[wanted.length + 5, 10]
						]) {
							const page = await store.listClaims({ ...s, sort, section, offset, limit });
							const label = JSON.stringify({ s, sort, section, offset });
							expect(page.total, label).toBe(wanted.length);
							expect(
								page.groups.map((g) => [g.claimId, ids(g.features)]),
								label
							).toEqual(
								wanted.slice(offset, offset + limit).map((g) => [g.claimId, ids(g.features)])
							);
						}
					}
				}
			}
		});

		it('walks the list by cursor in the same order as by offset', async () => {
			for (const s of selections) {
				for (const sort of ['date', 'confidence', 'side'] as ListSort[]) {
					for (const section of ['located', 'unlocated'] as const) {
						const label = JSON.stringify({ s, sort, section });
						const query = { ...s, sort, section };
						const byOffset: unknown[] = [];
						for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
							const page = await store.listClaims({ ...query, offset, limit: MAX_PAGE_SIZE });
							byOffset.push(...page.groups.map((g) => [g.claimId, ids(g.features)]));
							if (page.groups.length < MAX_PAGE_SIZE) break;
						}
						const walked: unknown[] = [];
						let after: string | null = null;
						// Pages of 9 from the cursor, skipping 2 after it every third page.
						for (let n = 0; n <= byOffset.length; n++) {
							const offset = n % 3 === 2 ? 2 : 0;
							const page = await store.listClaims({ ...query, offset, limit: 9, after });
							expect(page.total, label).toBe(byOffset.length);
							const at = walked.length + offset;
							expect(
								page.groups.map((g) => [g.claimId, ids(g.features)]),
								label
							).toEqual(byOffset.slice(at, at + 9));
							walked.push(...byOffset.slice(walked.length, at + page.groups.length));
							expect(page.next === null, label).toBe(page.groups.length < 9);
							if (!page.next) break;
							after = page.next;
						}
						expect(walked.length, label).toBe(byOffset.length);
					}
				}
			}
		});

		it('answers the points of a tile, with its buffer, at most the limit', async () => {
			const tiles: TileAddress[] = [
				{ z: 0, x: 0, y: 0 },
				{ z: 5, x: 19, y: 11 },
				{ z: 7, x: 76, y: 44 }
			];
			for (const tile of tiles) {
				for (const s of selections.slice(0, 4)) {
					const [west, south, east, north] = tileBox(tile, 0.1);
					const inside = reference.select(s).filter((f) => {
						if (!f.geometry) return false;
						const [lon, lat] = f.geometry.coordinates;
						return lon >= west && lon <= east && lat >= south && lat <= north;
					});
					const points = await store.tilePoints({ ...s, ...tile, buffer: 0.1, limit: 50 });
					const label = JSON.stringify({ tile, s });
					// Which points a full tile keeps is the backend's choice; it keeps the limit.
					if (inside.length <= 50)
						expect(points.map((p) => p.id).sort(), label).toEqual(ids(inside).sort());
					else {
						expect(points, label).toHaveLength(50);
						const wanted = new Set(ids(inside));
						expect(points.every((p) => wanted.has(p.id))).toBe(true);
					}
					const first = inside.length <= 50 ? inside[0] : undefined;
					if (first) {
						expect(points.find((p) => p.id === first.id)).toEqual(tilePointOf(first));
					}
				}
			}
		});

		it('clusters a tile per side and Web Mercator cell, counting every selected point once', async () => {
			for (const [tile, grid] of [
				[{ z: 0, x: 0, y: 0 }, 8],
				[{ z: 5, x: 19, y: 11 }, 4],
				[{ z: 6, x: 38, y: 22 }, 16]
			] as const) {
				for (const s of selections.slice(0, 4)) {
					const n = 2 ** tile.z;
					const cells = new Map<string, CorrectedFeature[]>();
					for (const f of reference.select(s)) {
						if (!f.geometry) continue;
						const [mx, my] = toMercator(f.geometry.coordinates[0], f.geometry.coordinates[1]);
						const [tx, ty] = [mx * n - tile.x, my * n - tile.y];
						if (tx < 0 || tx >= 1 || ty < 0 || ty >= 1) continue;
						const cx = Math.min(grid - 1, Math.floor(tx * grid));
						const cy = Math.min(grid - 1, Math.floor(ty * grid));
						const key = `${f.properties.claimantSide}|${cx}|${cy}`;
						cells.set(key, [...(cells.get(key) ?? []), f]);
					}
					const clusters = await store.tileClusters({ ...s, ...tile, grid });
					const label = JSON.stringify({ tile, s });
					expect(clusters.length, label).toBe(cells.size);
					for (const c of clusters) {
						const members = cells.get(`${c.side}|${c.cellX}|${c.cellY}`) ?? [];
						expect(c.count, label).toBe(members.length);
						expect(c.single).toEqual(members.length === 1 ? tilePointOf(members[0]) : null);
						const mean = (k: 0 | 1) =>
							members.reduce((t, f) => t + f.geometry!.coordinates[k], 0) / members.length;
						expect(c.lon).toBeCloseTo(mean(0), 9);
						expect(c.lat).toBeCloseTo(mean(1), 9);
					}
				}
			}
		});

		it('answers one claim with all its places, rejected ones only when asked', async () => {
			const claimIds = [...new Set(all.map((f) => f.properties.claimId))].slice(0, 60);
			for (const claimId of claimIds) {
				const wanted = all.filter((f) => f.properties.claimId === claimId);
				expect(await store.claimFeatures(claimId, { includeRejected: true })).toEqual(wanted);
				expect(await store.claimFeatures(claimId)).toEqual(
					wanted.filter((f) => !f.properties.rejected)
				);
			}
			expect(await store.claimFeatures('no-such-claim')).toEqual([]);
		});

		it('counts region claims per side and oblast', async () => {
			for (const s of selections) {
				const counts = new Map<string, number>();
				for (const f of reference.select(s)) {
					if (f.properties.precision !== 'region' || !f.properties.admin1) continue;
					const key = `${f.properties.claimantSide}|${f.properties.admin1}`;
					counts.set(key, (counts.get(key) ?? 0) + 1);
				}
				const answered = await store.regionCounts(s);
				expect(
					new Map(answered.map((r) => [`${r.side}|${r.admin1}`, r.count])),
					JSON.stringify(s)
				).toEqual(counts);
			}
		});

		it('pages and searches the articles, oldest first', async () => {
			const first = await store.listArticlePage({ offset: 0, limit: 10 });
			expect(first.total).toBe(articleIds.length);
			expect(first.articles.map((a) => a.articleId)).toEqual(articleIds.slice(0, 10));
			expect(first.articles[0].featureCount).toBe(PER_ARTICLE);
			const searched = await store.listArticlePage({ search: 'evening', offset: 1, limit: 3 });
			const evening = articleIds.filter((_, n) => n % 4 === 0);
			expect(searched.total).toBe(evening.length);
			expect(searched.articles.map((a) => a.articleId)).toEqual(evening.slice(1, 4));
			const courier = await store.listArticlePage({ search: 'cour évening', offset: 0, limit: 99 });
			expect(courier.articles.map((a) => a.articleId)).toEqual(
				articleIds.filter((_, n) => n % 4 === 0 && n % 2 === 0)
			);
		});

		it('names its sources, and counts a revision for every write', async () => {
			expect(await store.sources()).toEqual({
				generator: 'synthetic gen',
				gazetteer: 'synthetic gaz'
			});
			const before = await store.revision();
			await store.correctClaim('synthetic-3', { kind: 'reject' });
			const corrected = await store.revision();
			expect(corrected).not.toBe(before);
			await store.undoCorrection('synthetic-3');
			const undone = await store.revision();
			expect(undone).not.toBe(corrected);
			expect(await store.revision()).toBe(undone);
		});
	});
}
