import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../../core/contract';
import { createEmptyFilter } from '../../core/filter/model';
import { createSyntheticClaims } from '../../core/synthetic/claims';
import { openStore } from './index';
import { cellLevel, cellsCount, TILE_CELL_LEVELS } from './tile-cells';
import { syntheticArticles } from './synthetic-articles';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-tile-cells-'));
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

function createArticles(features: ClaimFeature[]) {
	return [...syntheticArticles(features, 20, (id) => `Invented article text ${id}.`)];
}

/** `tile_cells` as the triggers keep it, beside the same cells counted from the index. */
function cellsOf(path: string) {
	const db = new Database(path);
	const kept = db
		.prepare(
			`SELECT level, cx, cy, side, type, rejected, n, ROUND(lon, 6) AS lon, ROUND(lat, 6) AS lat
			FROM tile_cells WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6`
		)
		.all();
	const counted = TILE_CELL_LEVELS.flatMap((level) =>
		db
			.prepare(
				`SELECT ${level} AS level, CAST(mx * ${2 ** level} AS INTEGER) AS cx,
				CAST(my * ${2 ** level} AS INTEGER) AS cy, side, type, rejected, COUNT(*) AS n,
				ROUND(SUM(lon), 6) AS lon, ROUND(SUM(lat), 6) AS lat
				FROM feature_index WHERE located = 1 GROUP BY 2, 3, 4, 5, 6 ORDER BY 2, 3, 4, 5, 6`
			)
			.all()
	);
	db.close();
	return { kept, counted };
}

const features = () =>
	createSyntheticClaims({ count: 300, seed: 11, unlocatedShare: 0.2, featuresPerArticle: 20 });

describe('tile cells in the SQLite store', () => {
	it('stay equal to the index through ingests, corrections and deletions', async () => {
		const path = join(dir, 'cells.db');
		const store = await openStore(path);
		const articles = createArticles(features());
		for (const a of articles) await store.addArticle(a);
		await store.correctClaim('synthetic-5', { kind: 'reject' });
		await store.correctClaim('synthetic-25', { kind: 'claimantSide', claimantSide: 'other' });
		await store.correctClaim('synthetic-26', {
			kind: 'place',
			place: { placeName: 'Farville', gazetteerId: 'test:far', admin1: null, lon: 35, lat: 47 }
		});
		await store.undoCorrection('synthetic-25');
		await store.deleteArticle(articles[3].articleId);
		await store.close();
		const { kept, counted } = cellsOf(path);
		expect(counted.length).toBeGreaterThan(100);
		expect(kept).toEqual(counted);
	});

	it('are filled when a store made before them is opened', async () => {
		const path = join(dir, 'before-cells.db');
		const store = await openStore(path);
		for (const a of createArticles(features())) await store.addArticle(a);
		await store.close();
		const old = new Database(path);
		old.exec(`DROP TABLE tile_cells; DROP TRIGGER tile_cells_insert; DROP TRIGGER tile_cells_delete;
			DROP TRIGGER tile_cells_update_old; DROP TRIGGER tile_cells_update_new;
			DROP INDEX features_denials; DROP INDEX incident_members_by_incident;
			DROP INDEX incident_members_joined; DROP INDEX features_assessors; DROP TABLE incident_marks; PRAGMA user_version = 6;`);
		old.close();
		await (await openStore(path)).close();
		const { kept, counted } = cellsOf(path);
		expect(kept).toEqual(counted);
	});

	it('answer low-zoom clusters by side and type; other selections group the index', async () => {
		const path = join(dir, 'answers.db');
		const store = await openStore(path);
		for (const a of createArticles(features())) await store.addArticle(a);
		const world = { z: 0, x: 0, y: 0, grid: 8 };
		const everything = { filter: createEmptyFilter() };
		const dated = { filter: { ...createEmptyFilter(), from: '2000-01-01' } };
		const before = {
			all: await store.tileClusterTypes({ ...everything, ...world }),
			dated: await store.tileClusterTypes({ ...dated, ...world })
		};
		expect(before.all.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(200);
		await store.close();
		// Emptied, the cells answer nothing: the answers above came from them.
		const db = new Database(path);
		db.exec('UPDATE tile_cells SET n = 0');
		db.close();
		const emptied = await openStore(path);
		expect(await emptied.tileClusterTypes({ ...everything, ...world })).toEqual([]);
		expect(await emptied.tileClusters({ ...everything, ...world })).toEqual([]);
		// A date filter, which the cells do not keep, is grouped from the index as before.
		expect(await emptied.tileClusterTypes({ ...dated, ...world })).toEqual(before.dated);
		await emptied.close();
	});

	it('answer only selections by side and type, at levels they keep', () => {
		const filter = createEmptyFilter();
		expect(cellsCount({ filter: { ...filter, sides: ['russia'], types: ['strike'] } })).toBe(true);
		expect(cellsCount({ filter, includeRejected: true })).toBe(true);
		expect(cellsCount({ filter, search: 'depot' })).toBe(false);
		expect(cellsCount({ filter: { ...filter, minConfidence: 0.5 } })).toBe(false);
		expect(cellsCount({ filter: { ...filter, to: '2022-05-01' } })).toBe(false);
		expect(cellLevel(3, 8)).toBe(6);
		expect(cellLevel(4, 8)).toBe(8);
		expect(cellLevel(7, 8)).toBe(10);
		expect(cellLevel(8, 8)).toBeNull();
		expect(cellLevel(3, 6)).toBeNull();
	});
});
