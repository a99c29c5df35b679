/**
 * The store suite on PostgreSQL/PostGIS, against the server `$CLAIMSMAP_TEST_PG` names (a
 * `postgres://` URL of a database with PostGIS; `.ci/run` starts one with
 * scripts/pg-test-server.sh). Each test gets a schema of its own, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { EventType } from '../../core/contract';
import { createEmptyFilter } from '../../core/filter/model';
import { buildClaimCollection } from '../../core/geojson/build';
import { createSyntheticClaims } from '../../core/synthetic/claims';
import { buildClaimTile, TILE_OPTIONS } from '../tiles/claim-tiles';
import { toMercator } from '../tiles/mercator';
import { openConfiguredStore, openPostgresStore, PostgresClaimStore } from './index';
import { FEATURE_CHUNK, openPostgresPool, redactUrl } from './postgres';
import { describeIncidentStore } from './store-incident-suite';
import { describeClaimQueries } from './store-query-suite';
import type { ClaimStore, TileCluster, TileClustersQuery, TilePointsQuery } from './types';
import { PG_MIGRATIONS, pgMigrate, type PgMigration } from './postgres-migrations';
import { compactCounts } from './postgres-summary';
import { SHARED_MEMBERS_SQL } from './rows';
import {
	createArticle,
	createCollection,
	describeClaimStore,
	type StoreHarness,
	type SuiteStore
} from './store-suite';

const url = process.env.CLAIMSMAP_TEST_PG;
if (!url && process.env.CI)
	throw new Error('CI runs the store suite on PostgreSQL too: set CLAIMSMAP_TEST_PG to its URL');

/** A decoded tile: its layer names and every feature's layer, position and properties, sorted. */
function readTile(bytes: Uint8Array) {
	const tile = new VectorTile(new PbfReader(bytes));
	const features: Record<string, string | number | boolean | undefined>[] = [];
	for (const [name, layer] of Object.entries(tile.layers)) {
		for (let i = 0; i < layer.length; i++) {
			const f = layer.feature(i);
			const [point] = f.loadGeometry()[0];
			features.push({ layer: name, x: point.x, y: point.y, ...f.properties });
		}
	}
	const key = (f: (typeof features)[number]) => `${f.layer}|${f.id ?? ''}|${f.s}|${f.x}|${f.y}`;
	features.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	return { layers: Object.keys(tile.layers).sort(), features };
}

/** A fresh schema name for one test. */
function createSchemaName(): string {
	return `claimsmap_test_${randomBytes(6).toString('hex')}`;
}

/** Runs `work` on one plain connection to the test server. */
async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** A harness over a schema of its own in the test database. */
async function createPostgresHarness(): Promise<StoreHarness> {
	const schema = createSchemaName();
	const opened: SuiteStore[] = [];
	return {
		async open(options) {
			const store = await openPostgresStore(url!, { ...options, schema });
			opened.push(store);
			return store;
		},
		async dispose() {
			for (const store of opened) await store.close();
			await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
		}
	};
}

/** Clusters in a fixed order, their mean points rounded (sums and averages differ in the last bits). */
function clusterView(clusters: TileCluster[]) {
	return clusters
		.map((c) => ({ ...c, lon: Number(c.lon.toFixed(9)), lat: Number(c.lat.toFixed(9)) }))
		.sort((a, b) => a.cellY - b.cellY || a.cellX - b.cellX || a.side.localeCompare(b.side));
}

describe.skipIf(!url)('PostgreSQL backend', () => {
	describeClaimStore('PostgreSQL/PostGIS', createPostgresHarness);
	describeClaimQueries('PostgreSQL/PostGIS', createPostgresHarness, 'selected');
	describeIncidentStore('PostgreSQL/PostGIS', createPostgresHarness);

	describe('PostgresClaimStore', () => {
		it('keeps a PostGIS point of each placed feature as served, with spatial and text indexes', async () => {
			const schema = createSchemaName();
			const store = await openPostgresStore(url!, { schema });
			try {
				await store.addArticle(createArticle(1));
				await store.correctClaim('art-1-f2', {
					kind: 'place',
					place: {
						placeName: 'Elsewhere',
						gazetteerId: 'test:else',
						admin1: null,
						lon: 36,
						lat: 49
					}
				});
				await store.correctClaim('art-1-f1', { kind: 'reject' });
				const rows = await withClient(async (c) => {
					await c.query(`SET search_path = ${schema}, public`);
					return (
						await c.query(
							`SELECT feature_id, ST_AsText(geom) AS point, rejected,
							search @@ to_tsquery('simple', 'elsewhere') AS found
							FROM features ORDER BY position`
						)
					).rows;
				});
				expect(rows).toEqual([
					{ feature_id: 'art-1-f1', point: 'POINT(31.5 49.5)', rejected: true, found: false },
					{ feature_id: 'art-1-f2', point: 'POINT(36 49)', rejected: false, found: true },
					{ feature_id: 'art-1-f3', point: null, rejected: false, found: false }
				]);
				const indexes = await withClient(async (c) => {
					const r = await c.query(
						`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'features'`,
						[schema]
					);
					return r.rows.map((x: { indexdef: string }) => x.indexdef);
				});
				expect(indexes.some((d) => /USING gist \(geom\)/.test(d))).toBe(true);
				expect(indexes.some((d) => /USING gin \(search\)/.test(d))).toBe(true);
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('keeps the counts table right through ingests, corrections, deletions and compaction', async () => {
			const schema = createSchemaName();
			const store = await openPostgresStore(url!, { schema });
			try {
				const features = createSyntheticClaims({ count: 400, seed: 9, featuresPerArticle: 20 });
				for (let i = 0; i < features.length; i += 20) {
					const list = features.slice(i, i + 20);
					await store.addArticle({
						articleId: list[0].properties.articleId,
						title: 'Counted article',
						publisher: null,
						url: null,
						published: list[0].properties.published,
						text: `Counted article ${i}`,
						claims: buildClaimCollection(list, { generator: 'g', gazetteer: 'z' })
					});
				}
				await store.correctClaim(features[3].id as string, { kind: 'reject' });
				await store.correctClaim(features[5].id as string, {
					kind: 'claimantSide',
					claimantSide: 'other'
				});
				await store.deleteArticle(features[40].properties.articleId);
				const selections = [
					{ filter: createEmptyFilter() },
					{ filter: { ...createEmptyFilter(), sides: ['other' as const] }, includeRejected: true },
					{ filter: { ...createEmptyFilter(), from: '2022-06-01', types: ['strike' as const] } }
				];
				/** Answers from the counts table, and the same from a scan of every feature. */
				const answers = async () =>
					Promise.all(
						selections.map(async (s) => {
							const summed = {
								facets: await store.facetCounts(s, { articles: 'chosen' }),
								days: await store.dayHistogram(s),
								regions: await store.regionCounts(s),
								totals: await store.totals(s)
							};
							const scanned = { ...(await store.facetCounts(s)), articles: {} };
							expect(summed.facets, JSON.stringify(s)).toEqual(scanned);
							// A filter the counts table does not keep (articles) is answered by a scan.
							const all = features.map((f) => f.properties.articleId);
							const viaScan = { ...s, filter: { ...s.filter, articles: [...new Set(all)] } };
							expect(summed.days).toEqual(await store.dayHistogram(viaScan));
							expect(summed.regions).toEqual(await store.regionCounts(viaScan));
							expect(summed.totals).toEqual(await store.totals(viaScan));
							// Cluster tiles: from the cell counts where they answer (side and type alone),
							// as grouping the features (a bbox over everything) answers them.
							const world = { z: 0, x: 0, y: 0, grid: 8 };
							const everywhere = [-180, -85, 180, 85] as [number, number, number, number];
							const tiles = {
								counted: clusterView(await store.tileClusterTypes({ ...s, ...world })),
								grouped: clusterView(
									await store.tileClusterTypes({
										...s,
										...world,
										filter: { ...s.filter, bbox: everywhere }
									})
								)
							};
							expect(tiles.counted, JSON.stringify(s)).toEqual(tiles.grouped);
							return { ...summed, tiles: tiles.counted };
						})
					);
				const before = await answers();
				const rows = async () =>
					withClient(async (c) => {
						await c.query(`SET search_path = ${schema}, public`);
						return Number((await c.query('SELECT COUNT(*) AS n FROM feature_counts')).rows[0].n);
					});
				const appended = await rows();
				const { pool } = await openPostgresPool(url!, { schema });
				try {
					expect(await compactCounts(pool)).toBe(true);
				} finally {
					await pool.end();
				}
				expect(await rows()).toBeLessThan(appended);
				expect(await answers()).toEqual(before);
				// Emptied, the cells answer nothing: the tiles above came from them.
				await withClient(async (c) => {
					await c.query(`SET search_path = ${schema}, public`);
					await c.query('DELETE FROM tile_cells');
				});
				expect(before[0].tiles.length).toBeGreaterThan(0);
				expect(await store.tileClusters({ ...selections[0], z: 0, x: 0, y: 0, grid: 8 })).toEqual(
					[]
				);
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('asks for the next page of an export before it hands on the current one', async () => {
			const schema = createSchemaName();
			const { pool } = await openPostgresPool(url!, { schema });
			const store = new PostgresClaimStore(pool);
			try {
				const features = createSyntheticClaims({ count: 25, seed: 4 }).map((f, i) => ({
					...f,
					id: `paged-f${i}`,
					properties: { ...f.properties, articleId: 'paged' }
				}));
				await store.addArticle({
					...createArticle(1),
					articleId: 'paged',
					claims: createCollection(features)
				});
				// The pages asked for, counted as each feature is handed on.
				let pages = 0;
				const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
				(pool as unknown as { query: typeof query }).query = (...args: unknown[]) => {
					if (String(args[0]).includes('ORDER BY f.article_seq, f.position LIMIT')) pages++;
					return query(...args);
				};
				const seen: number[] = [];
				for await (const feature of store.streamFeatures(
					{ filter: createEmptyFilter() },
					{ batchSize: 10 }
				)) {
					expect(feature.properties.articleId).toBe('paged');
					seen.push(pages);
				}
				expect(seen).toHaveLength(25);
				// While the first page is handed on, the second is already asked for; and so on.
				expect(seen[0]).toBe(2);
				expect(seen[10]).toBe(3);
				expect(seen[24]).toBe(3);
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('seeks a page after a cursor in the order index of each sort, reading no whole table', async () => {
			const schema = createSchemaName();
			const { pool } = await openPostgresPool(url!, { schema });
			const store = new PostgresClaimStore(pool);
			try {
				const features = createSyntheticClaims({ count: 60, seed: 7 }).map((f, i) => ({
					...f,
					id: `listed-f${i}`,
					properties: { ...f.properties, articleId: 'listed', claimId: `listed-c${i}` }
				}));
				await store.addArticle({
					...createArticle(1),
					articleId: 'listed',
					claims: createCollection(features)
				});
				// The statement that reads the page's claims, with its parameters, as last asked.
				let pageQuery: [string, unknown[]] = ['', []];
				const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
				(pool as unknown as { query: typeof query }).query = (...args: unknown[]) => {
					if (String(args[0]).includes('UNION ALL')) pageQuery = [String(args[0]), args[1] as []];
					return query(...args);
				};
				const expected = { date: 'by_day', confidence: 'by_confidence', side: 'by_side' } as const;
				for (const sort of ['date', 'confidence', 'side'] as const) {
					const list = { filter: createEmptyFilter(), sort, section: 'located' } as const;
					const first = await store.listClaims({ ...list, offset: 0, limit: 10 });
					pageQuery = ['', []];
					await store.listClaims({ ...list, offset: 0, limit: 10, after: first.next });
					expect(pageQuery[0], sort).not.toBe('');
					// A few rows make a scan and a sort cheapest: forbid them, so only an index that
					// can seek to the cursor in the sort's order gives a plan without them.
					const client = await pool.connect();
					const plan = await (async () => {
						try {
							await client.query('BEGIN');
							for (const kind of ['seqscan', 'bitmapscan', 'sort'])
								await client.query(`SET LOCAL enable_${kind} = off`);
							const r = await client.query<{ 'QUERY PLAN': string }>(
								`EXPLAIN (COSTS OFF) ${pageQuery[0]}`,
								pageQuery[1]
							);
							return r.rows.map((row) => row['QUERY PLAN']).join('\n');
						} finally {
							await client.query('ROLLBACK');
							client.release();
						}
					})();
					expect(plan, sort).toContain(`Index Scan using features_single_${expected[sort]}`);
					expect(plan, sort).not.toMatch(/Seq Scan on features|Sort Key: .*article_seq/);
				}
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('sums a list total from the counts table once per revision of the store', async () => {
			const schema = createSchemaName();
			const { pool } = await openPostgresPool(url!, { schema });
			const store = new PostgresClaimStore(pool);
			try {
				await store.addArticle(createArticle(1));
				let sums = 0;
				const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
				(pool as unknown as { query: typeof query }).query = (...args: unknown[]) => {
					if (String(args[0]).includes('FROM feature_counts')) sums++;
					return query(...args);
				};
				const list = {
					filter: createEmptyFilter(),
					sort: 'date',
					section: 'located',
					offset: 0,
					limit: 1
				} as const;
				const first = await store.listClaims(list);
				expect(sums).toBe(1);
				const second = await store.listClaims({ ...list, after: first.next });
				expect(second.total).toBe(first.total);
				expect(sums).toBe(1);
				await store.addArticle(createArticle(2));
				const later = await store.listClaims(list);
				expect(later.total).toBeGreaterThan(first.total);
				expect(sums).toBe(2);
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('reads the shared grouping from the index of joined members, not by counting all', async () => {
			const schema = createSchemaName();
			const { pool } = await openPostgresPool(url!, { schema });
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				// A plan over an empty table is any plan: forbid scans that read every row.
				for (const kind of ['seqscan', 'bitmapscan'])
					await client.query(`SET LOCAL enable_${kind} = off`);
				const r = await client.query<{ 'QUERY PLAN': string }>(
					`EXPLAIN (COSTS OFF) ${SHARED_MEMBERS_SQL}`
				);
				const plan = r.rows.map((row) => row['QUERY PLAN']).join('\n');
				expect(plan).toMatch(/Index (Only )?Scan using incident_members_joined/);
				expect(plan).not.toContain('GroupAggregate');
			} finally {
				await client.query('ROLLBACK');
				client.release();
				await pool.end();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('stores an article of several insert chunks whole, in order, or not at all', async () => {
			const schema = createSchemaName();
			const store = await openPostgresStore(url!, { schema });
			try {
				const many = (articleId: string) =>
					createSyntheticClaims({ count: 2 * FEATURE_CHUNK + 7, seed: 11 }).map((f, i) => ({
						...f,
						id: `${articleId}-f${i}`,
						properties: { ...f.properties, articleId }
					}));
				const whole = many('chunked');
				await store.addArticle({
					...createArticle(1),
					articleId: 'chunked',
					claims: createCollection(whole)
				});
				const stored = await store.articleClaims('chunked', { includeRejected: true });
				expect(stored?.features.map((f) => f.id)).toEqual(whole.map((f) => f.id));
				// A feature id repeated in the last chunk fails that chunk's insert: the earlier
				// chunks of the article are rolled back with it.
				const broken = many('broken');
				broken[broken.length - 1] = { ...broken[broken.length - 1], id: broken[0].id };
				await expect(
					store.addArticle({
						...createArticle(2),
						articleId: 'broken',
						claims: createCollection(broken)
					})
				).rejects.toThrow();
				expect(await store.articleClaims('broken')).toBeNull();
				expect((await store.listArticles()).map((a) => a.articleId)).toEqual(['chunked']);
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('encodes claim tiles with ST_AsMVT as the TypeScript encoder does', async () => {
			const schema = createSchemaName();
			const store = await openPostgresStore(url!, { schema });
			try {
				const features = createSyntheticClaims({ count: 800, seed: 5, featuresPerArticle: 40 });
				for (let i = 0; i < features.length; i += 40) {
					const list = features.slice(i, i + 40);
					await store.addArticle({
						...createArticle(i),
						articleId: list[0].properties.articleId,
						claims: createCollection(list)
					});
				}
				// Four claims at one spot in the z12 tile, ids whose byte order is not the dictionary's.
				const spot = ['b-spot', 'B-spot', 'a-spot', 'C-spot'].map((id, i) => ({
					...features[i],
					id,
					geometry: { type: 'Point' as const, coordinates: [36.2501, 50.0001] as [number, number] },
					properties: { ...features[i].properties, claimId: id, articleId: 'spot-article' }
				}));
				await store.addArticle({
					...createArticle(9999),
					articleId: 'spot-article',
					claims: createCollection(spot)
				});
				// The same store seen through the interface only: tiles built in TypeScript.
				const plain = {
					tilePoints: (q: TilePointsQuery) => store.tilePoints(q),
					tileClusters: (q: TileClustersQuery) => store.tileClusters(q),
					tileClusterTypes: (q: TileClustersQuery) => store.tileClusterTypes(q)
				} as unknown as ClaimStore;
				const [mx, my] = toMercator(36.25, 50);
				const z = TILE_OPTIONS.clusterMaxZoom + 1;
				const tiles = [
					{ z: 0, x: 0, y: 0 },
					{ z: 5, x: 19, y: 11 },
					{ z: 7, x: Math.floor(mx * 2 ** 7), y: Math.floor(my * 2 ** 7) },
					{ z, x: Math.floor(mx * 2 ** z), y: Math.floor(my * 2 ** z) }
				];
				const filter = { ...createEmptyFilter(), types: ['strike', 'other'] as EventType[] };
				let [compared, typed, spots] = [0, 0, 0];
				for (const tile of tiles) {
					for (const selection of [{ filter: createEmptyFilter() }, { filter }]) {
						const native = readTile(await buildClaimTile(store, tile, selection));
						const typescript = readTile(await buildClaimTile(plain, tile, selection));
						expect(native.layers, JSON.stringify(tile)).toEqual(typescript.layers);
						expect(native.features.length).toBe(typescript.features.length);
						native.features.forEach((f, i) => {
							const t = typescript.features[i];
							expect({ ...f, r0: undefined }).toEqual({ ...t, r0: undefined });
							expect(Object.keys(f).sort()).toEqual(Object.keys(t).sort());
							expect(Number(f.r0 ?? 0)).toBeCloseTo(Number(t.r0 ?? 0), 9);
						});
						compared += native.features.length;
						typed += native.features.filter((f) => f.tt === 1).length;
						spots += native.features.filter((f) => f.oi !== undefined).length;
					}
				}
				expect(compared).toBeGreaterThan(100);
				// Bubbles counted per type, and points sharing a spot numbered, were among them.
				expect(typed).toBeGreaterThan(10);
				expect(spots).toBeGreaterThan(1);
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('is what the app opens when CLAIMSMAP_DB is a postgres:// URL', async () => {
			const schema = createSchemaName();
			const store = await openConfiguredStore(
				{ CLAIMSMAP_DB: url },
				{ seed: null, schema, now: () => '2024-06-01T00:00:00.000Z' }
			);
			try {
				expect(store).toBeInstanceOf(PostgresClaimStore);
				expect(await store.addArticle(createArticle(1))).toMatchObject({ kind: 'added' });
			} finally {
				await store.close();
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('names the database without its password, and the way out, when it cannot connect', async () => {
			const bad = url!.replace(/\/[^/]*$/, '/claimsmap_no_such_database');
			await expect(openPostgresPool(bad)).rejects.toThrow(
				/cannot open the ClaimsMap database postgres:\/\/[^:]+:\*\*\*@.*claimsmap_no_such_database.*PostGIS/
			);
			expect(redactUrl('postgres://ann:secret@db.example:5432/claims')).toBe(
				'postgres://ann:***@db.example:5432/claims'
			);
		});

		it('migrates once when several servers start at once, and refuses a newer schema', async () => {
			const schema = createSchemaName();
			try {
				const starts = await Promise.all(
					[1, 2, 3].map(async () => {
						const { pool, fromVersion } = await openPostgresPool(url!, { schema });
						await pool.end();
						return fromVersion;
					})
				);
				const latest = PG_MIGRATIONS.at(-1)!.version;
				expect(starts.sort()).toEqual([0, latest, latest]);
				await withClient(async (c) => {
					await c.query(`SET search_path = ${schema}, public`);
					const newer: PgMigration[] = [
						...PG_MIGRATIONS,
						{ version: 99, description: 'future', sql: 'SELECT 1' }
					];
					await pgMigrate(c, newer);
					await expect(pgMigrate(c)).rejects.toThrow(/newer/);
				});
			} finally {
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('applies a step numbered below one already applied (steps of parallel branches)', async () => {
			const schema = createSchemaName();
			try {
				await withClient(async (c) => {
					await c.query(`CREATE SCHEMA ${schema}`);
					await c.query(`SET search_path = ${schema}, public`);
					const one = { version: 1, description: 'a', sql: 'CREATE TABLE a (x INTEGER)' };
					const two = { version: 2, description: 'b', sql: 'CREATE TABLE b (x INTEGER)' };
					const three = { version: 3, description: 'c', sql: 'CREATE TABLE c (x INTEGER)' };
					expect(await pgMigrate(c, [one, three])).toBe(0);
					expect(await pgMigrate(c, [one, two, three])).toBe(3);
					const versions = await c.query('SELECT version FROM schema_migrations ORDER BY version');
					expect(versions.rows.map((r: { version: number }) => r.version)).toEqual([1, 2, 3]);
					await c.query('SELECT x FROM b');
				});
			} finally {
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});

		it('leaves the database at the last whole version when a step fails', async () => {
			const schema = createSchemaName();
			try {
				await withClient(async (c) => {
					await c.query(`CREATE SCHEMA ${schema}`);
					await c.query(`SET search_path = ${schema}, public`);
					const steps: PgMigration[] = [
						{ version: 1, description: 'a', sql: 'CREATE TABLE a (x INTEGER)' },
						{
							version: 2,
							description: 'broken',
							sql: 'CREATE TABLE b (x INTEGER); SELECT * FROM nowhere'
						}
					];
					await expect(pgMigrate(c, steps)).rejects.toThrow(/nowhere/);
					const tables = await c.query(
						`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`,
						[schema]
					);
					expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual([
						'a',
						'schema_migrations'
					]);
				});
			} finally {
				await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
			}
		});
	});
});
