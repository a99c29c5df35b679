import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIMANT_SIDES, EVENT_TYPES, type ClaimFeature } from '../../core/contract';
import { arrangeList, countPlaces, groupClaims, LIST_SORTS } from '../../core/filter/claim-groups';
import { claimsPerDay, facetCounts } from '../../core/filter/facets';
import { filterClaims } from '../../core/filter/match';
import { createEmptyFilter, PRECISION_FILTERS, type ClaimFilter } from '../../core/filter/model';
import { buildClaimCollection } from '../../core/geojson/build';
import { createClaimFeature } from '../../core/synthetic/feature';
import { createSyntheticClaims } from '../../core/synthetic/claims';
import { openStore } from './index';
import { MIGRATIONS, migrate } from './migrations';
import { openDatabase, type SqliteClaimStore } from './sqlite';
import { DENIED_IDS_SQL, MARK_FEATURES_SQL } from './sqlite-queries';
import { toMercator } from '../tiles/mercator';
import type { NewArticle } from './types';

/** Synthetic features grouped into stored articles (one per `articleId`). */
function createArticles(features: ClaimFeature[]): NewArticle[] {
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
		text: `Invented text of ${articleId}.`,
		claims: buildClaimCollection(list, { generator: 'test-gen', gazetteer: 'test-gaz' })
	}));
}

let dir: string;
let store: SqliteClaimStore;
let all: ClaimFeature[];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-queries-'));
	store = await openStore(join(dir, 'q.db'));
	for (const article of createArticles(
		createSyntheticClaims({ count: 600, seed: 7, unlocatedShare: 0.1, featuresPerArticle: 20 })
	))
		await store.addArticle(article);
	all = (await store.allClaims()).features;
});

afterAll(async () => {
	await store.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Filters shaped like the synthetic data: days of 2022, boxes over Ukraine, its article ids. */
const dataFilter: fc.Arbitrary<ClaimFilter> = fc
	.record({
		sides: fc.subarray([...CLAIMANT_SIDES]),
		types: fc.subarray([...EVENT_TYPES]),
		from: fc.option(fc.integer({ min: 0, max: 364 })),
		span: fc.integer({ min: 0, max: 200 }),
		precisions: fc.subarray([...PRECISION_FILTERS]),
		minConfidence: fc.constantFrom(0, 0.3, 0.75),
		articles: fc.subarray(
			Array.from({ length: 30 }, (_, i) => `synthetic-article-${i}`),
			{ maxLength: 3 }
		),
		bbox: fc.option(
			fc
				.tuple(
					fc.double({ min: 22, max: 40, noNaN: true }),
					fc.double({ min: 44, max: 52, noNaN: true })
				)
				.map(([w, s]) => [w, s, w + 4, s + 2] as [number, number, number, number])
		)
	})
	.map(({ from, span, ...rest }) => {
		const day = (n: number) => new Date(Date.UTC(2022, 1, 24 + n)).toISOString().slice(0, 10);
		return {
			...rest,
			from: from === null ? null : day(from),
			to: from === null ? null : day(from + span)
		};
	});

describe('SQLite queries agree with the in-memory filter', () => {
	it('counts facets as the page did', async () => {
		await fc.assert(
			fc.asyncProperty(dataFilter, async (filter) => {
				expect(await store.facetCounts({ filter })).toEqual(facetCounts(all, filter));
			}),
			{ numRuns: 40 }
		);
	});

	it('bins features per day as the page did (days with claims only)', async () => {
		await fc.assert(
			fc.asyncProperty(dataFilter, async (filter) => {
				const expected = claimsPerDay(filterClaims(all, filter)).filter((d) => d.count > 0);
				expect(await store.dayHistogram({ filter })).toEqual(expected);
			}),
			{ numRuns: 30 }
		);
	});

	it('counts claims, places and claims without a place', async () => {
		await fc.assert(
			fc.asyncProperty(dataFilter, async (filter) => {
				const listed = filterClaims(all, filter);
				const groups = groupClaims(listed);
				expect(await store.totals({ filter })).toEqual({
					features: listed.length,
					claims: groups.length,
					places: countPlaces(listed),
					unlocatedClaims: groups.filter((g) => g.places.length === 0).length
				});
			}),
			{ numRuns: 30 }
		);
	});

	it('pages the list in the order the page sorted it', async () => {
		await fc.assert(
			fc.asyncProperty(dataFilter, fc.constantFrom(...LIST_SORTS), async (filter, sort) => {
				const expected = arrangeList(filterClaims(all, filter), { sort, query: '' });
				for (const section of ['located', 'unlocated'] as const) {
					const ids: string[] = [];
					for (let offset = 0; ; offset += 37) {
						const page = await store.listClaims({ filter, sort, section, offset, limit: 37 });
						expect(page.total).toBe(expected[section].length);
						ids.push(...page.groups.map((g) => g.claimId));
						if (page.groups.length < 37) break;
					}
					expect(ids).toEqual(expected[section].map((g) => g.claimId));
				}
			}),
			{ numRuns: 15 }
		);
	});

	it('streams every selected feature in stored order, in small batches', async () => {
		await fc.assert(
			fc.asyncProperty(dataFilter, async (filter) => {
				const streamed: ClaimFeature[] = [];
				for await (const f of store.streamFeatures({ filter }, { batchSize: 23 })) streamed.push(f);
				expect(streamed).toEqual(filterClaims(all, filter));
			}),
			{ numRuns: 15 }
		);
	});

	it('puts every located feature in the world tile and counts its clusters per side', async () => {
		const filter = createEmptyFilter();
		const points = await store.tilePoints({ filter, z: 0, x: 0, y: 0, buffer: 0, limit: 10_000 });
		const located = all.filter((f) => f.geometry !== null);
		expect(points.map((p) => p.id).sort()).toEqual(located.map((f) => f.id).sort());
		const clusters = await store.tileClusters({ filter, z: 0, x: 0, y: 0, grid: 4 });
		for (const side of CLAIMANT_SIDES) {
			const counted = clusters.filter((c) => c.side === side).reduce((n, c) => n + c.count, 0);
			expect(counted).toBe(located.filter((f) => f.properties.claimantSide === side).length);
		}
	});

	it('finds a tile’s points and nothing outside it', async () => {
		const z = 7;
		const n = 2 ** z;
		const [mx, my] = toMercator(37.8, 48.0);
		const x = Math.floor(mx * n);
		const y = Math.floor(my * n);
		const points = await store.tilePoints({
			filter: createEmptyFilter(),
			z,
			x,
			y,
			buffer: 0,
			limit: 10_000
		});
		const inside = all.filter((f) => {
			if (!f.geometry) return false;
			const [fx, fy] = toMercator(f.geometry.coordinates[0], f.geometry.coordinates[1]);
			return Math.floor(fx * n) === x && Math.floor(fy * n) === y;
		});
		expect(inside.length).toBeGreaterThan(0);
		expect(points.map((p) => p.id).sort()).toEqual(inside.map((f) => f.id).sort());
	});
});

describe('SQLite queries follow writes', () => {
	const fresh = async (name: string) => openStore(join(dir, `${name}.db`));

	it('finds claims by claimant, place and quote words (as prefixes, accents ignored)', async () => {
		const s = await fresh('search');
		const features = [
			createClaimFeature({
				id: 's1',
				claimId: 'c1',
				articleId: 'a1',
				claimant: 'the invented brigade',
				placeName: 'Kyïvka',
				placeMention: 'Kievka',
				quote: 'A warehouse near Kievka burned.'
			}),
			createClaimFeature({
				id: 's2',
				claimId: 'c2',
				articleId: 'a1',
				claimant: 'an invented governor',
				placeName: 'Ostrovo',
				quote: 'A bridge at Ostrovo was hit.'
			})
		];
		await s.addArticle(createArticles(features)[0]);
		const find = async (search: string) =>
			(
				await s.listClaims({
					filter: createEmptyFilter(),
					search,
					sort: 'date',
					section: 'located',
					offset: 0,
					limit: 10
				})
			).groups.map((g) => g.claimId);
		expect(await find('kyivka')).toEqual(['c1']);
		expect(await find('kiev')).toEqual(['c1']);
		expect(await find('govern bridge')).toEqual(['c2']);
		expect(await find('brigade bridge')).toEqual([]);
		expect(await find('"OR*')).toEqual([]);
		await s.close();
	});

	it('moves, rejects and restores a corrected claim in every query, and bumps the revision', async () => {
		const s = await fresh('corrections');
		const feature = createClaimFeature({ id: 'm1', claimId: 'c1', articleId: 'a1' });
		await s.addArticle(createArticles([feature])[0]);
		const r0 = await s.revision();
		const box = {
			...createEmptyFilter(),
			bbox: [35, 45, 36, 46] as [number, number, number, number]
		};
		expect((await s.totals({ filter: box })).places).toBe(0);
		await s.correctClaim('m1', {
			kind: 'place',
			place: { placeName: 'Elsewhere', gazetteerId: 'x:1', admin1: null, lon: 35.5, lat: 45.5 }
		});
		expect(await s.revision()).toBeGreaterThan(r0);
		expect((await s.totals({ filter: box })).places).toBe(1);
		await s.correctClaim('m1', { kind: 'claimantSide', claimantSide: 'russia' });
		expect((await s.facetCounts({ filter: createEmptyFilter() })).sides.russia).toBe(1);
		await s.correctClaim('m1', { kind: 'reject' });
		expect((await s.totals({ filter: createEmptyFilter() })).features).toBe(0);
		expect((await s.totals({ filter: createEmptyFilter(), includeRejected: true })).features).toBe(
			1
		);
		await s.undoCorrection('m1');
		const [served] = await s.claimFeatures('c1');
		expect(served.properties.claimantSide).toBe('russia');
		expect(served.geometry?.coordinates).toEqual([35.5, 45.5]);
		await s.close();
	});

	it('drops a deleted article from the index, the R*Tree and the text search', async () => {
		const s = await fresh('delete');
		const articles = createArticles(createSyntheticClaims({ count: 40, featuresPerArticle: 20 }));
		for (const a of articles) await s.addArticle(a);
		await s.deleteArticle(articles[0].articleId);
		const tile = await s.tilePoints({
			filter: createEmptyFilter(),
			z: 0,
			x: 0,
			y: 0,
			buffer: 0,
			limit: 100
		});
		expect(tile.every((p) => p.id.startsWith('synthetic-') && Number(p.id.slice(10)) >= 20)).toBe(
			true
		);
		const page = await s.listClaims({
			filter: createEmptyFilter(),
			search: 'synthetic',
			sort: 'date',
			section: 'located',
			offset: 0,
			limit: 100
		});
		expect(page.total).toBe(tile.length);
		const articlesPage = await s.listArticlePage({ offset: 0, limit: 10 });
		expect(articlesPage.articles.map((a) => a.articleId)).toEqual([articles[1].articleId]);
		await s.close();
	});

	it('stores a batch in one transaction, finding duplicates within the batch', async () => {
		const s = await fresh('batch');
		const [a, b] = createArticles(createSyntheticClaims({ count: 40, featuresPerArticle: 20 }));
		const again = { ...b, articleId: 'another-id' };
		expect(await s.addArticles([a, b, again])).toEqual([
			{ kind: 'added', articleId: a.articleId },
			{ kind: 'added', articleId: b.articleId },
			{ kind: 'duplicate', articleId: b.articleId, by: 'text' }
		]);
		const broken = createArticles([createClaimFeature({ id: 'x1', articleId: 'z1' })])[0];
		broken.claims.features.push(broken.claims.features[0]);
		const c = createArticles([createClaimFeature({ id: 'y1', articleId: 'z0' })])[0];
		await expect(s.addArticles([c, broken])).rejects.toThrow();
		expect((await s.totals({ filter: createEmptyFilter() })).features).toBe(40);
		await s.close();
	});

	it('counts a list again after another connection writes to the same file', async () => {
		const path = join(dir, 'shared.db');
		const reader = await openStore(path);
		const writer = await openStore(path);
		const [a, b] = createArticles(createSyntheticClaims({ count: 40, featuresPerArticle: 20 }));
		await writer.addArticle(a);
		const page = () =>
			reader.listClaims({
				filter: createEmptyFilter(),
				sort: 'date',
				section: 'located',
				offset: 0,
				limit: 5
			});
		const before = (await page()).total;
		expect((await page()).total).toBe(before);
		await writer.addArticle(b);
		expect((await page()).total).toBeGreaterThan(before);
		await reader.close();
		await writer.close();
	});

	it('searches and pages the articles by title', async () => {
		const s = await fresh('articles');
		for (const a of createArticles(createSyntheticClaims({ count: 100, featuresPerArticle: 10 })))
			await s.addArticle(a);
		const page = await s.listArticlePage({ search: 'article 7', offset: 0, limit: 5 });
		expect(page.total).toBe(1);
		expect(page.articles[0]).toMatchObject({ articleId: 'synthetic-article-7', featureCount: 10 });
		const second = await s.listArticlePage({ offset: 5, limit: 3 });
		expect(second.total).toBe(10);
		expect(second.articles.map((a) => a.articleId)).toEqual([
			'synthetic-article-5',
			'synthetic-article-6',
			'synthetic-article-7'
		]);
		await s.close();
	});

	/** `feature_counts` as the triggers keep it, beside the same counts taken from the index. */
	const countsOf = (db: InstanceType<typeof Database>) => {
		const kept = db
			.prepare(
				`SELECT side, type, precision, located, single, rejected, day, region_admin1, n
				FROM feature_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`
			)
			.all();
		const counted = db
			.prepare(
				`SELECT side, type, precision, located, claim_size = 1 AS single, rejected,
					IFNULL(day, '') AS day,
					CASE WHEN located = 1 AND precision = 'region' AND admin1 IS NOT NULL THEN admin1
					ELSE '' END AS region_admin1, COUNT(*) AS n
				FROM feature_index GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`
			)
			.all();
		return { kept, counted };
	};

	it('keeps the counts table equal to the index through ingests, corrections and deletions', async () => {
		const path = join(dir, 'counts.db');
		const s = await openStore(path);
		const articles = createArticles(
			createSyntheticClaims({ count: 200, seed: 3, unlocatedShare: 0.2, featuresPerArticle: 20 })
		);
		for (const a of articles) await s.addArticle(a);
		await s.correctClaim('synthetic-5', { kind: 'reject' });
		await s.correctClaim('synthetic-25', { kind: 'claimantSide', claimantSide: 'other' });
		await s.undoCorrection('synthetic-25');
		await s.deleteArticle(articles[3].articleId);
		await s.close();
		const db = new Database(path);
		const { kept, counted } = countsOf(db);
		db.close();
		expect(counted.length).toBeGreaterThan(20);
		expect(kept).toEqual(counted);
	});

	it('fills the counts of a store made before them, and answers from them', async () => {
		const path = join(dir, 'before-counts.db');
		const s = await openStore(path);
		const articles = createArticles(
			createSyntheticClaims({ count: 100, seed: 5, unlocatedShare: 0.2, featuresPerArticle: 20 })
		);
		for (const a of articles) await s.addArticle(a);
		await s.close();
		// The store as schema 4 left it: no counts table, triggers or new indexes.
		const old = new Database(path);
		old.exec(`DROP INDEX feature_index_by_confidence; DROP TABLE feature_counts; DROP INDEX claim_heads_multi;
			DROP INDEX feature_index_by_place; DROP TRIGGER feature_counts_insert;
			DROP TRIGGER feature_counts_delete; DROP TRIGGER feature_counts_update;
			DROP TABLE tile_cells; DROP TRIGGER tile_cells_insert; DROP TRIGGER tile_cells_delete;
			DROP TRIGGER tile_cells_update_old; DROP TRIGGER tile_cells_update_new;
			DROP INDEX features_denials; DROP INDEX incident_members_by_incident;
			DROP INDEX incident_members_joined; DROP INDEX features_assessors; DROP TABLE incident_marks; PRAGMA user_version = 4;`);
		old.close();
		const reopened = await openStore(path);
		const everything = { filter: createEmptyFilter() };
		const expected = filterClaims(
			(await reopened.allClaims()).features,
			createEmptyFilter()
		).length;
		expect((await reopened.totals(everything)).features).toBe(expected);
		await reopened.close();
		const db = new Database(path);
		const { kept, counted } = countsOf(db);
		// What the store answered came from the table: emptied, it answers none.
		db.exec('UPDATE feature_counts SET n = 0');
		db.close();
		expect(kept).toEqual(counted);
		const emptied = await openStore(path);
		expect((await emptied.totals(everything)).features).toBe(0);
		expect((await emptied.facetCounts(everything, { articles: 'chosen' })).matched).toBe(0);
		expect(await emptied.dayHistogram(everything)).toEqual([]);
		await emptied.close();
	});

	it('answers a confidence floor from the counts table and the confidence index', async () => {
		const path = join(dir, 'floor.db');
		const s = await openStore(path);
		const articles = createArticles(
			createSyntheticClaims({ count: 300, seed: 9, unlocatedShare: 0.2, featuresPerArticle: 20 })
		);
		for (const a of articles) await s.addArticle(a);
		await s.close();
		const floor = (minConfidence: number) => ({
			filter: { ...createEmptyFilter(), minConfidence }
		});
		const before = await openStore(path);
		const [high, low] = [
			await before.facetCounts(floor(0.9), { articles: 'chosen' }),
			await before.facetCounts(floor(0.1), { articles: 'chosen' })
		];
		await before.close();
		expect(high.unlocated).toBeGreaterThan(0);
		const db = new Database(path);
		db.exec('UPDATE feature_counts SET n = 0');
		db.close();
		// Emptied, the table no longer gives the features without a place (a high floor), nor
		// the whole that a low floor takes the features below it from.
		const emptied = await openStore(path);
		const highEmptied = await emptied.facetCounts(floor(0.9), { articles: 'chosen' });
		expect(highEmptied.unlocated).toBe(0);
		expect(highEmptied.matched).toBe(high.matched - high.unlocated);
		expect((await emptied.facetCounts(floor(0.1), { articles: 'chosen' })).matched).not.toBe(
			low.matched
		);
		await emptied.close();
	});

	it('indexes the features of a database made before the index existed', () => {
		const path = join(dir, 'old.db');
		const old = new Database(path);
		migrate(old, MIGRATIONS.slice(0, 2));
		old
			.prepare(
				`INSERT INTO articles (article_id, title, text, generator, gazetteer, added_at)
				VALUES ('a1', 'Old report', 'Old text.', 'g', 'z', '2024-01-01')`
			)
			.run();
		const f = createClaimFeature({ id: 'o1', claimId: 'c1', articleId: 'a1' });
		old
			.prepare(
				"INSERT INTO features (article_id, feature_id, position, claim_id, json) VALUES ('a1', 'o1', 0, 'c1', ?)"
			)
			.run(JSON.stringify(f));
		old
			.prepare(
				"INSERT INTO corrections (feature_id, article_id, change, at) VALUES ('o1', 'a1', ?, '2024-01-02')"
			)
			.run(JSON.stringify({ kind: 'claimantSide', claimantSide: 'other' }));
		old.close();
		const { db } = openDatabase(path);
		expect(db.prepare('SELECT feature_id, side FROM feature_index').all()).toEqual([
			{ feature_id: 'o1', side: 'other' }
		]);
		expect(db.prepare('SELECT COUNT(*) AS n FROM feature_rtree').get()).toEqual({ n: 1 });
		db.close();
	});
});

describe('denials', () => {
	it('are found through their index, not by reading every stored feature', async () => {
		const store = await openStore(':memory:');
		const features = [
			createClaimFeature({ id: 'd1', claimId: 'c1', articleId: 'a1', stance: 'denies' }),
			createClaimFeature({ id: 'd2', claimId: 'c2', articleId: 'a1', stance: 'asserts' })
		];
		await store.addArticle({
			articleId: 'a1',
			title: 'Invented denial',
			publisher: null,
			url: null,
			published: '2024-01-01',
			text: 'An invented ministry denied the invented report.',
			claims: buildClaimCollection(features, { generator: 'test', gazetteer: 'test' })
		});
		expect(await store.deniedFeatureIds()).toEqual(['d1']);
		await store.close();
		const { db } = openDatabase(':memory:');
		const plan = db.prepare(`EXPLAIN QUERY PLAN ${DENIED_IDS_SQL}`).all() as { detail: string }[];
		expect(plan.map((p) => p.detail).join('\n')).toContain('features_denials');
		db.close();
	});
});

describe("the incident marks' read", () => {
	it("reads the query index and the partial indexes, no stored text but control claims'", () => {
		const { db } = openDatabase(':memory:');
		const plan = (
			db.prepare(`EXPLAIN QUERY PLAN ${MARK_FEATURES_SQL}`).all('[]') as {
				detail: string;
			}[]
		).map((p) => p.detail);
		expect(plan).toContain('SEARCH f USING COVERING INDEX features_by_id (feature_id=?)');
		expect(plan.join('\n')).toContain('features_denials');
		expect(plan.join('\n')).toContain('features_assessors');
		// Scans of the two partial indexes (the few denials and assessors), of no table.
		const scans = plan.filter((p) => p.startsWith('SCAN'));
		expect(scans.filter((p) => !/json_each|features_denials|features_assessors/.test(p))).toEqual(
			[]
		);
		db.close();
	});
});
