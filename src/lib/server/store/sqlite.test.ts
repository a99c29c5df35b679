import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimCollection, ClaimFeature } from '../../core/contract';
import { buildClaimCollection } from '../../core/geojson/build';
import { createClaimFeature } from '../../core/synthetic/feature';
import { openStore } from './index';
import { openDatabase } from './sqlite';
import type { NewArticle } from './types';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-store-'));
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

function createCollection(features: ClaimFeature[]): ClaimCollection {
	return buildClaimCollection(features, { generator: 'test-gen', gazetteer: 'test-gaz' });
}

function createArticle(n: number, overrides: Partial<NewArticle> = {}): NewArticle {
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

async function createStore(name = 'test.db') {
	return openStore(join(dir, 'nested', name), { now: () => '2024-06-01T00:00:00.000Z' });
}

describe('SqliteClaimStore', () => {
	it('creates its folder and file, in WAL mode, at the latest schema version', async () => {
		const store = await createStore();
		await store.close();
		const { db, fromVersion } = openDatabase(join(dir, 'nested', 'test.db'));
		expect(fromVersion).toBeGreaterThan(0);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		db.close();
	});

	it('stores an article with its claims and lists it with counts', async () => {
		const store = await createStore();
		expect(await store.addArticle(createArticle(1))).toEqual({ kind: 'added', articleId: 'art-1' });
		const list = await store.listArticles();
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({
			articleId: 'art-1',
			claimCount: 2,
			featureCount: 3,
			correctedCount: 0
		});
		const all = await store.allClaims();
		expect(all.features.map((f) => f.id)).toEqual(['art-1-f1', 'art-1-f2', 'art-1-f3']);
		expect(all.claimsmap).toMatchObject({ formatVersion: 2, generator: 'test-gen' });
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
		await store.close();
	});

	it('stores an article whole or not at all when a claim cannot be written', async () => {
		const store = await createStore();
		const broken = createArticle(1);
		// Two features with one id break the primary key half way through the claims.
		broken.claims.features[2] = { ...broken.claims.features[2], id: broken.claims.features[0].id };
		await expect(store.addArticle(broken)).rejects.toThrow(/UNIQUE|constraint/i);
		expect(await store.listArticles()).toEqual([]);
		expect((await store.allClaims()).features).toEqual([]);
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
		const undone = await store.undoCorrection('art-1-f3');
		expect(undone.kind).toBe('undone');
		expect((await store.allClaims()).features).toHaveLength(3);
		expect((await store.undoCorrection('art-1-f3')).kind).toBe('nothing_to_undo');
		const machine = await store.undoCorrection('art-1-f2');
		expect(machine.kind === 'undone' && machine.feature.geometry?.coordinates).toEqual([32, 48]);
		expect(machine.kind === 'undone' && machine.feature.properties.corrected).toBeUndefined();
		await store.close();
	});

	it('records who added, corrected and deleted, and serves who corrected in `correction`', async () => {
		const store = await createStore();
		await store.addArticle(createArticle(7, { addedBy: 'ann' }));
		expect((await store.listArticles())[0].addedBy).toBe('ann');
		const corrected = await store.correctClaim('art-7-f1', { kind: 'reject' }, 'ben');
		expect(corrected).toMatchObject({
			kind: 'corrected',
			feature: { properties: { correction: { by: 'ben', at: '2024-06-01T00:00:00.000Z' } } }
		});
		const all = await store.allClaims({ includeRejected: true });
		const served = all.features.find((f) => f.id === 'art-7-f1')!.properties as {
			correction?: { by: string | null };
		};
		expect(served.correction?.by).toBe('ben');
		expect(await store.deleteArticle('art-7', 'cleo')).toBe(true);
		expect(store.deletions()).toEqual([
			{ articleId: 'art-7', title: 'Invented report 7', by: 'cleo', at: '2024-06-01T00:00:00.000Z' }
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
		await store.close();
	});

	it('seeds a new database once from the seed files', async () => {
		const geodata = join(dir, 'geodata');
		mkdirSync(join(geodata, 'claims'), { recursive: true });
		mkdirSync(join(geodata, 'articles'), { recursive: true });
		const seed = createArticle(7);
		writeFileSync(join(geodata, 'claims', 'seed.geojson'), JSON.stringify(seed.claims));
		const paths = {
			articlesDir: join(geodata, 'articles'),
			claimsFile: join(geodata, 'claims', 'seed.geojson')
		};
		const path = join(dir, 'seeded.db');
		const first = await openStore(path, { seed: paths });
		expect((await first.listArticles()).map((a) => a.articleId)).toEqual(['art-7']);
		await first.deleteArticle('art-7');
		await first.close();
		const second = await openStore(path, { seed: paths });
		expect(await second.listArticles()).toEqual([]);
		await second.close();
	});

	it('does not seed when the seed file is missing', async () => {
		const paths = { articlesDir: join(dir, 'none'), claimsFile: join(dir, 'none', 'seed.geojson') };
		const store = await openStore(join(dir, 'empty.db'), { seed: paths });
		expect(store.getMeta('seeded_at')).toBeNull();
		expect(await store.listArticles()).toEqual([]);
		await store.close();
	});
});

describe('openDatabase', () => {
	it('names the file and the way out when it is not a database', () => {
		const path = join(dir, 'garbage.db');
		writeFileSync(path, 'this is not an SQLite database, only some words '.repeat(20));
		expect(() => openDatabase(path)).toThrow(
			/cannot open the ClaimsMap database .*garbage\.db.*CLAIMSMAP_DB/
		);
	});
});
