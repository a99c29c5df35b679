/**
 * The claim store's test suite, written once against the `ClaimStore` interface and run for every
 * backend (sqlite.test.ts, postgres.test.ts), so SQLite and PostgreSQL/PostGIS cannot answer apart.
 * A backend gives a harness: a fresh, empty database per test that can be opened more than once
 * (a restart, or a second app server on the same database).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimCollection, ClaimFeature } from '../../core/contract';
import { buildClaimCollection } from '../../core/geojson/build';
import { createClaimFeature } from '../../core/synthetic/feature';
import type { SeedPaths } from './seed';
import type { ClaimStore, NewArticle } from './types';

/** A deleted article's trace. */
export interface Deletion {
	articleId: string;
	title: string;
	by: string | null;
	at: string;
}

/** The interface plus what both backends offer beside it (sync on SQLite, async on PostgreSQL). */
export type SuiteStore = ClaimStore & {
	deletions(): Deletion[] | Promise<Deletion[]>;
	getMeta(key: string): string | null | Promise<string | null>;
};

/** One test's database. */
export interface StoreHarness {
	/** Opens the test's database (again: a restart, or a second server), with this fixed clock. */
	open(options: {
		now: () => string;
		seed?: SeedPaths | null;
		/** False to store without grouping incidents (both backends take it; default true). */
		groupIncidents?: boolean;
	}): Promise<SuiteStore>;
	/** Closes whatever is still open and removes the database. */
	dispose(): Promise<void>;
}

/** The fixed clock of the suite. */
export const SUITE_NOW = '2024-06-01T00:00:00.000Z';

/** A collection of features as one extraction would make it. */
export function createCollection(features: ClaimFeature[]): ClaimCollection {
	return buildClaimCollection(features, { generator: 'test-gen', gazetteer: 'test-gaz' });
}

/** An invented article `n` with two claims at three features (one without a place). */
export function createArticle(n: number, overrides: Partial<NewArticle> = {}): NewArticle {
	const articleId = `art-${n}`;
	const features = [
		createClaimFeature({ id: `${articleId}-f1`, claimId: `${articleId}-c1`, articleId }),
		createClaimFeature({
			id: `${articleId}-f2`,
			claimId: `${articleId}-c1`,
			articleId,
			coordinates: [32, 48]
		}),
		createClaimFeature({
			id: `${articleId}-f3`,
			claimId: `${articleId}-c2`,
			articleId,
			coordinates: null
		})
	];
	return {
		articleId,
		title: `Invented report ${n}`,
		publisher: 'Invented Wire',
		url: `https://example.org/report-${n}`,
		published: '2023-04-05',
		text: `Officials in invented town number ${n} said a depot was struck overnight.`,
		claims: createCollection(features),
		...overrides
	};
}

/** Runs the store suite against one backend. */
export function describeClaimStore(backend: string, createHarness: () => Promise<StoreHarness>) {
	describe(`ClaimStore on ${backend}`, () => {
		let harness: StoreHarness;
		let seedDir: string;

		beforeEach(async () => {
			harness = await createHarness();
			seedDir = mkdtempSync(join(tmpdir(), 'claimsmap-seed-'));
		});

		afterEach(async () => {
			await harness.dispose();
			rmSync(seedDir, { recursive: true, force: true });
		});

		const createStore = (seed?: SeedPaths | null) => harness.open({ now: () => SUITE_NOW, seed });

		it('stores an article with its claims and lists it with counts', async () => {
			const store = await createStore();
			expect(await store.addArticle(createArticle(1))).toEqual({
				kind: 'added',
				articleId: 'art-1'
			});
			const list = await store.listArticles();
			expect(list).toHaveLength(1);
			expect(list[0]).toMatchObject({
				articleId: 'art-1',
				claimCount: 2,
				featureCount: 3,
				correctedCount: 0,
				addedAt: SUITE_NOW
			});
			const all = await store.allClaims();
			expect(all.features.map((f) => f.id)).toEqual(['art-1-f1', 'art-1-f2', 'art-1-f3']);
			expect(all.claimsmap).toMatchObject({ formatVersion: 2, generator: 'test-gen' });
			expect(await store.getArticle('art-1')).toMatchObject({
				articleId: 'art-1',
				text: createArticle(1).text,
				generator: 'test-gen',
				gazetteer: 'test-gaz'
			});
			expect(await store.getArticle('nope')).toBeNull();
			expect((await store.articleClaims('art-1'))?.features).toHaveLength(3);
			expect(await store.articleClaims('nope')).toBeNull();
			await store.close();
		});

		it('answers each feature as it was given, key for key', async () => {
			const store = await createStore();
			const article = createArticle(1);
			await store.addArticle(article);
			const served = (await store.allClaims()).features;
			expect(served.map((f) => JSON.stringify(f))).toEqual(
				article.claims.features.map((f) => JSON.stringify(f))
			);
			await store.close();
		});

		it('lists articles oldest first, whatever their ids', async () => {
			const store = await createStore();
			for (const n of [3, 1, 2]) await store.addArticle(createArticle(n));
			expect((await store.listArticles()).map((a) => a.articleId)).toEqual([
				'art-3',
				'art-1',
				'art-2'
			]);
			expect(
				(await store.allClaims()).features
					.map((f) => f.properties.articleId)
					.filter((id, i, all) => all.indexOf(id) === i)
			).toEqual(['art-3', 'art-1', 'art-2']);
			await store.close();
		});

		it('keeps everything across a close and reopen', async () => {
			const first = await createStore();
			await first.addArticle(createArticle(1));
			await first.correctClaim('art-1-f1', { kind: 'eventType', eventType: 'casualties' });
			await first.close();
			const second = await createStore();
			const feature = await second.getFeature('art-1-f1');
			expect(feature?.properties.eventType).toBe('casualties');
			expect((await second.listArticles())[0].correctedCount).toBe(1);
			await second.close();
		});

		it('reports the same normalised text as a duplicate and stores nothing', async () => {
			const store = await createStore();
			const a = createArticle(1);
			await store.addArticle(a);
			const again = createArticle(2, { text: `  ${a.text.replace(/ /g, '\n  ')}  ` });
			expect(await store.addArticle(again)).toEqual({
				kind: 'duplicate',
				articleId: 'art-1',
				by: 'text'
			});
			expect(await store.listArticles()).toHaveLength(1);
			expect((await store.allClaims()).features).toHaveLength(3);
			await store.close();
		});

		it('reports the same URL (tracking parameters, fragment, www aside) as a duplicate', async () => {
			const store = await createStore();
			await store.addArticle(
				createArticle(1, { url: 'https://www.example.org/story/?utm_source=x#top' })
			);
			const dup = await store.addArticle(createArticle(2, { url: 'http://example.org/story' }));
			expect(dup).toEqual({ kind: 'duplicate', articleId: 'art-1', by: 'url' });
			expect(await store.findDuplicate('different text', 'https://example.org/story/')).toEqual({
				articleId: 'art-1',
				by: 'url'
			});
			expect(await store.findDuplicate('different text', 'https://example.org/other')).toBeNull();
			await store.close();
		});

		it('stores an article whole or not at all when a claim cannot be written', async () => {
			const store = await createStore();
			const broken = createArticle(1);
			// Two features with one id break the primary key half way through the claims.
			broken.claims.features[2] = {
				...broken.claims.features[2],
				id: broken.claims.features[0].id
			};
			await expect(store.addArticle(broken)).rejects.toThrow(/UNIQUE|constraint/i);
			expect(await store.listArticles()).toEqual([]);
			expect((await store.allClaims()).features).toEqual([]);
			// The failed write left nothing behind that would make the article a duplicate.
			expect(await store.addArticle(createArticle(1))).toMatchObject({ kind: 'added' });
			await store.close();
		});

		it('stores a batch in one transaction, finding duplicates within it', async () => {
			const store = await createStore();
			await store.addArticle(createArticle(1));
			const outcomes = await store.addArticles([
				createArticle(2),
				createArticle(3, { text: createArticle(2).text }),
				createArticle(4, { url: createArticle(1).url }),
				createArticle(5)
			]);
			expect(outcomes).toEqual([
				{ kind: 'added', articleId: 'art-2' },
				{ kind: 'duplicate', articleId: 'art-2', by: 'text' },
				{ kind: 'duplicate', articleId: 'art-1', by: 'url' },
				{ kind: 'added', articleId: 'art-5' }
			]);
			const broken = createArticle(7);
			broken.claims.features[1] = { ...broken.claims.features[1], id: 'art-7-f1' };
			await expect(store.addArticles([createArticle(6), broken])).rejects.toThrow(
				/UNIQUE|constraint/i
			);
			expect((await store.listArticles()).map((a) => a.articleId)).toEqual([
				'art-1',
				'art-2',
				'art-5'
			]);
			await store.close();
		});

		it('deletes an article with its claims and corrections', async () => {
			const store = await createStore();
			await store.addArticle(createArticle(1));
			await store.addArticle(createArticle(2));
			await store.correctClaim('art-1-f1', { kind: 'reject' });
			expect(await store.deleteArticle('art-1')).toBe(true);
			expect(await store.deleteArticle('art-1')).toBe(false);
			expect((await store.listArticles()).map((a) => a.articleId)).toEqual(['art-2']);
			expect(
				(await store.allClaims()).features.every((f) => f.properties.articleId === 'art-2')
			).toBe(true);
			// Added again, the article comes back without its old correction.
			await store.addArticle(createArticle(1));
			expect((await store.getFeature('art-1-f1'))?.properties.corrected).toBeUndefined();
			await store.close();
		});

		it('applies corrections, leaves rejected claims out unless asked, and undoes them', async () => {
			const store = await createStore();
			await store.addArticle(createArticle(1));
			const place = {
				placeName: 'Elsewhere',
				gazetteerId: 'test:else',
				admin1: null,
				lon: 36,
				lat: 49
			};
			const moved = await store.correctClaim('art-1-f2', { kind: 'place', place });
			expect(moved.kind === 'corrected' && moved.feature.geometry?.coordinates).toEqual([36, 49]);
			await store.correctClaim('art-1-f3', { kind: 'reject' });
			expect((await store.allClaims()).features.map((f) => f.id)).toEqual(['art-1-f1', 'art-1-f2']);
			const withRejected = await store.allClaims({ includeRejected: true });
			expect(withRejected.features.find((f) => f.id === 'art-1-f3')?.properties).toMatchObject({
				rejected: true,
				corrected: true
			});
			expect((await store.articleClaims('art-1'))?.features).toHaveLength(2);
			const undone = await store.undoCorrection('art-1-f3');
			expect(undone.kind).toBe('undone');
			expect((await store.allClaims()).features).toHaveLength(3);
			expect((await store.undoCorrection('art-1-f3')).kind).toBe('nothing_to_undo');
			const machine = await store.undoCorrection('art-1-f2');
			expect(machine.kind === 'undone' && machine.feature.geometry?.coordinates).toEqual([32, 48]);
			expect(machine.kind === 'undone' && machine.feature.properties.corrected).toBeUndefined();
			await store.close();
		});

		it('undoes the latest correction first, and says what it undid', async () => {
			const store = await createStore();
			await store.addArticle(createArticle(1));
			await store.correctClaim('art-1-f1', { kind: 'claimantSide', claimantSide: 'russia' });
			await store.correctClaim('art-1-f1', { kind: 'claimantSide', claimantSide: 'other' });
			const first = await store.undoCorrection('art-1-f1', 'dan');
			expect(first).toMatchObject({
				kind: 'undone',
				undone: { change: { kind: 'claimantSide', claimantSide: 'other' } },
				feature: { properties: { claimantSide: 'russia', corrected: true } }
			});
			const second = await store.undoCorrection('art-1-f1');
			expect(second.kind === 'undone' && second.feature.properties.claimantSide).toBe('ukraine');
			await store.close();
		});

		it('records who added, corrected and deleted, and serves who corrected in `correction`', async () => {
			const store = await createStore();
			await store.addArticle(createArticle(7, { addedBy: 'ann' }));
			expect((await store.listArticles())[0].addedBy).toBe('ann');
			const corrected = await store.correctClaim('art-7-f1', { kind: 'reject' }, 'ben');
			expect(corrected).toMatchObject({
				kind: 'corrected',
				feature: { properties: { correction: { by: 'ben', at: SUITE_NOW } } }
			});
			const all = await store.allClaims({ includeRejected: true });
			const served = all.features.find((f) => f.id === 'art-7-f1')!.properties as {
				correction?: { by: string | null };
			};
			expect(served.correction?.by).toBe('ben');
			expect(await store.deleteArticle('art-7', 'cleo')).toBe(true);
			expect(await store.deletions()).toEqual([
				{ articleId: 'art-7', title: 'Invented report 7', by: 'cleo', at: SUITE_NOW }
			]);
			await store.close();
		});

		it('answers not_found for an unknown feature', async () => {
			const store = await createStore();
			expect(await store.correctClaim('nope', { kind: 'reject' })).toEqual({ kind: 'not_found' });
			expect(await store.undoCorrection('nope')).toEqual({ kind: 'not_found' });
			expect(await store.getFeature('nope')).toBeNull();
			await store.close();
		});

		it('keeps corrections when an article is re-extracted with the same feature ids', async () => {
			const store = await createStore();
			const a = createArticle(1);
			await store.addArticle(a);
			await store.correctClaim('art-1-f1', { kind: 'claimantSide', claimantSide: 'russia' });
			const machine: ClaimFeature[] = a.claims.features;
			const newer = machine.map((f): ClaimFeature => ({
				...f,
				properties: { ...f.properties, summary: 'newer wording' }
			}));
			const replaced = await store.replaceClaims(
				'art-1',
				buildClaimCollection(newer, { generator: 'test-gen 2', gazetteer: 'test-gaz' })
			);
			expect(replaced).toBe(true);
			const f1 = await store.getFeature('art-1-f1');
			expect(f1?.properties).toMatchObject({
				summary: 'newer wording',
				claimantSide: 'russia',
				corrected: true
			});
			expect((await store.allClaims()).claimsmap.generator).toBe('test-gen 2');
			expect(await store.replaceClaims('nope', createCollection([]))).toBe(false);
			await store.close();
		});

		it('drops features a re-extraction no longer finds, keeping the article', async () => {
			const store = await createStore();
			const a = createArticle(1);
			await store.addArticle(a);
			await store.replaceClaims(
				'art-1',
				createCollection((a.claims.features as ClaimFeature[]).slice(0, 1))
			);
			expect((await store.allClaims()).features.map((f) => f.id)).toEqual(['art-1-f1']);
			expect((await store.listArticles())[0]).toMatchObject({ claimCount: 1, featureCount: 1 });
			await store.close();
		});

		it('seeds a new database once from the seed files', async () => {
			mkdirSync(join(seedDir, 'claims'), { recursive: true });
			mkdirSync(join(seedDir, 'articles'), { recursive: true });
			const seed = createArticle(7);
			writeFileSync(join(seedDir, 'claims', 'seed.geojson'), JSON.stringify(seed.claims));
			const paths = {
				articlesDir: join(seedDir, 'articles'),
				claimsFile: join(seedDir, 'claims', 'seed.geojson')
			};
			const first = await createStore(paths);
			expect((await first.listArticles()).map((a) => a.articleId)).toEqual(['art-7']);
			await first.deleteArticle('art-7');
			await first.close();
			const second = await createStore(paths);
			expect(await second.listArticles()).toEqual([]);
			await second.close();
		});

		it('does not seed when the seed file is missing', async () => {
			const none = join(seedDir, 'none');
			const store = await createStore({
				articlesDir: none,
				claimsFile: join(none, 'seed.geojson')
			});
			expect(await store.getMeta('seeded_at')).toBeNull();
			expect(await store.listArticles()).toEqual([]);
			await store.close();
		});

		it('stores each article once when two stores on one database add them at once', async () => {
			const one = await createStore();
			const two = await createStore();
			const count = 24;
			const articles = Array.from({ length: count }, (_, i) => createArticle(i));
			// The second server gets each article under another id: with the same text (even ones)
			// or the same URL (odd ones), so only the duplicate keys can tell them apart.
			const again = articles.map((a, i) =>
				createArticle(i + 1000, i % 2 === 0 ? { text: a.text } : { url: a.url })
			);
			const outcomes = await Promise.all(
				articles.flatMap((a, i) => [one.addArticle(a), two.addArticle(again[count - 1 - i])])
			);
			expect(outcomes.filter((o) => o.kind === 'added')).toHaveLength(count);
			const duplicates = outcomes.filter((o) => o.kind === 'duplicate');
			expect(duplicates).toHaveLength(count);
			const listed = await one.listArticles();
			expect(listed).toHaveLength(count);
			expect(listed.every((a) => a.featureCount === 3 && a.claimCount === 2)).toBe(true);
			for (let i = 0; i < count; i++) {
				const stored = listed.filter((a) =>
					[articles[i].articleId, again[i].articleId].includes(a.articleId)
				);
				expect(stored).toHaveLength(1);
				const duplicate = duplicates.find((d) =>
					[articles[i].articleId, again[i].articleId].includes(d.articleId)
				);
				expect(duplicate).toMatchObject({
					articleId: stored[0].articleId,
					by: i % 2 === 0 ? 'text' : 'url'
				});
			}
			const ids = (await two.allClaims()).features.map((f) => f.id);
			expect(new Set(ids).size).toBe(count * 3);
			await one.close();
			await two.close();
		});

		it('keeps every correction and undoes each once when two stores work on one feature at once', async () => {
			const one = await createStore();
			const two = await createStore();
			await one.addArticle(createArticle(1));
			const sides = ['russia', 'other'] as const;
			const outcomes = await Promise.all(
				Array.from({ length: 10 }, (_, i) =>
					(i % 2 ? two : one).correctClaim(
						'art-1-f1',
						{ kind: 'claimantSide', claimantSide: sides[i % 2] },
						`user-${i}`
					)
				)
			);
			expect(outcomes.every((o) => o.kind === 'corrected')).toBe(true);
			// Undone at once too: each undo takes back another correction, none twice.
			const undos = await Promise.all(
				Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).undoCorrection('art-1-f1'))
			);
			const undoneBy = undos.map((u) => (u.kind === 'undone' ? u.undone.by : u.kind));
			expect(new Set(undoneBy)).toEqual(new Set(Array.from({ length: 10 }, (_, i) => `user-${i}`)));
			const after = await one.undoCorrection('art-1-f1');
			expect(after.kind).toBe('nothing_to_undo');
			expect(after.kind !== 'not_found' && after.feature.properties.claimantSide).toBe('ukraine');
			await one.close();
			await two.close();
		});
	});
}
