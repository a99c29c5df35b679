/**
 * Tile mode's bubbles and spots (issues 16 and 17): a store drawn from vector tiles shows each
 * bubble's most common event type, filters types on the map without asking for new tiles, and
 * draws claims that share one spot apart once the bubbles have broken up. Run on tiles built in
 * TypeScript (a claims file) and, with `$CLAIMSMAP_TEST_PG`, on PostGIS's `ST_AsMVT` tiles.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../src/lib/core/contract';
import { openPostgresStore } from '../../src/lib/server/store/index';
import { CLAIM_LAYERS } from '../../src/lib/ui/map/claim-layers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import {
	launchBrowser,
	openPage,
	screenshot,
	startServer,
	waitForMapIdle,
	type AppServer,
	waitForTiledMap
} from './harness';

/** Where four Ukrainian claims share one spot (an invented village). */
const SPOT: [number, number] = [35.31, 47.72];

function createTileClaims(): ClaimFeature[] {
	const near = (i: number): [number, number] => [36.2 + i * 0.02, 49.95 + i * 0.01];
	return [
		// Russia's bubble near Kharkiv: four downed drones and two strikes.
		...[0, 1, 2, 3].map((i) =>
			createClaim(`drone-${i}`, near(i), { eventType: 'drone_downed', claimantSide: 'russia' })
		),
		...[4, 5].map((i) =>
			createClaim(`strike-${i}`, near(i), { eventType: 'strike', claimantSide: 'russia' })
		),
		// Four of Ukraine's claims at one spot.
		...[0, 1, 2, 3].map((i) =>
			createClaim(`spot-${i}`, SPOT, { eventType: 'strike', claimantSide: 'ukraine' })
		)
	];
}

const pgUrl = process.env.CLAIMSMAP_TEST_PG;
if (!pgUrl && process.env.CI)
	throw new Error('CI runs the tile bubbles on PostgreSQL too: set CLAIMSMAP_TEST_PG to its URL');

/** A server of the tile claims and how to take it down. */
interface Backend {
	name: string;
	start(): Promise<{ server: AppServer; remove(): Promise<void> }>;
}

/** The claims served from a file (tiles built in TypeScript from the SQLite index). */
const FILE_BACKEND: Backend = {
	name: 'a claims file',
	async start() {
		const file = writeFixture('tile-clusters', createCollection(createTileClaims()));
		const server = await startServer({ CLAIMSMAP_CLAIMS_FILE: file, CLAIMSMAP_TILES_ABOVE: '0' });
		return { server, remove: async () => {} };
	}
};

/** The claims stored in PostgreSQL, in a schema of its own (tiles built by PostGIS). */
const POSTGRES_BACKEND: Backend = {
	name: 'PostgreSQL',
	async start() {
		const schema = `claimsmap_e2e_tiles_${randomBytes(6).toString('hex')}`;
		const store = await openPostgresStore(pgUrl!, { schema });
		try {
			await store.addArticle({
				articleId: 'article-one',
				title: 'Invented report one',
				publisher: 'Test Wire',
				url: 'https://example.org/report-one',
				published: '2022-05-12',
				text: 'An invented report of drones and strikes near Ostrivka.',
				claims: createCollection(createTileClaims())
			});
		} finally {
			await store.close();
		}
		const server = await startServer({
			CLAIMSMAP_DB: `${pgUrl}?options=${encodeURIComponent(`-c search_path=${schema},public`)}`,
			CLAIMSMAP_SEED: '0',
			CLAIMSMAP_TILES_ABOVE: '0'
		});
		return {
			server,
			async remove() {
				const client = new pg.Client({ connectionString: pgUrl });
				await client.connect();
				try {
					await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
				} finally {
					await client.end();
				}
			}
		};
	}
};

let browser: Browser;
let server: AppServer;

beforeAll(async () => {
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
});

/** A screenshot name's ending for `backend` (none for the file, as before). */
function suffix(backend: Backend): string {
	return backend === FILE_BACKEND ? '' : '-postgres';
}

type Rendered = { properties: Record<string, unknown> };

/** The features rendered in `layer` across the viewport. */
function rendered(page: Page, layer: string): Promise<Rendered[]> {
	return page.evaluate((id) => {
		const map = (
			window as unknown as {
				__claimsmap: { map: { queryRenderedFeatures(o: { layers: string[] }): Rendered[] } };
			}
		).__claimsmap.map;
		return map
			.queryRenderedFeatures({ layers: [id] })
			.map((f) => ({ properties: { ...f.properties } }));
	}, layer);
}

async function openTiled(page: Page, query: string) {
	await page.goto(`${server.url}/${query}`);
	await waitForTiledMap(page);
}

describe.each([FILE_BACKEND, ...(pgUrl ? [POSTGRES_BACKEND] : [])])(
	'claims drawn from tiles of $name',
	(backend) => {
		let remove: () => Promise<void> = async () => {};

		beforeAll(async () => {
			({ server, remove } = await backend.start());
		}, 120_000);

		afterAll(async () => {
			await server?.stop();
			await remove();
		});

		test('a bubble shows its most common type, and a type filter redraws without tiles', async () => {
			const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
			const requests: string[] = [];
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			await openTiled(page, '?bbox=30,46,40,52');
			const bubbles = await rendered(page, CLAIM_LAYERS.clusters('russia'));
			expect(bubbles.length).toBe(1);
			expect(bubbles[0].properties).toMatchObject({
				point_count: 6,
				n_russia_drone_downed: 4,
				n_russia_strike: 2
			});
			// The type's shape is drawn on the bubble (the glyph layer reads the tile's bubbles).
			expect((await rendered(page, CLAIM_LAYERS.clusterTypes('russia'))).length).toBe(1);
			await screenshot(page, `tile-clusters-types${suffix(backend)}`);

			const before = requests.length;
			await page.getByRole('checkbox', { name: 'Strike or shelling' }).check();
			await waitForMapIdle(page);
			expect(requests.slice(before).filter((p) => p.startsWith('/api/tiles/'))).toEqual([]);
			// Russia's bubble now counts its two strikes; the spot's strikes stay.
			const counts = await page.evaluate((id) => {
				const map = (
					window as unknown as {
						__claimsmap: {
							map: {
								queryRenderedFeatures(o: { layers: string[] }): {
									layer: { layout: Record<string, unknown> };
								}[];
							};
						};
					}
				).__claimsmap.map;
				return map
					.queryRenderedFeatures({ layers: [id] })
					.map((f) => String(f.layer.layout['text-field']));
			}, CLAIM_LAYERS.clusterCounts('russia'));
			expect(counts).toEqual(['2']);
			await page.getByRole('checkbox', { name: 'Strike or shelling' }).uncheck();
			await page.getByRole('checkbox', { name: 'Drone downed' }).check();
			await waitForMapIdle(page);
			expect(await rendered(page, CLAIM_LAYERS.clusters('ukraine'))).toEqual([]);
			expect(await rendered(page, CLAIM_LAYERS.points('ukraine'))).toEqual([]);
			expect(requests.slice(before).filter((p) => p.startsWith('/api/tiles/'))).toEqual([]);
			await screenshot(page, `tile-clusters-drones${suffix(backend)}`);
			expect(errors).toEqual([]);
		}, 120_000);

		test('claims that share a spot are spread apart once bubbles break up', async () => {
			const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
			const [lon, lat] = SPOT;
			const d = 0.004;
			await openTiled(page, `?bbox=${lon - d},${lat - d},${lon + d},${lat + d}`);
			const points = await rendered(page, CLAIM_LAYERS.points('ukraine'));
			expect(points.map((p) => p.properties.oi).sort()).toEqual([0, 1, 2, 3]);
			// Spread, they are hit at different places around the spot: none lies at its very centre
			// alone, and a click beside the centre finds one of them.
			const spread = await page.evaluate(
				({ id, at }) => {
					const map = (
						window as unknown as {
							__claimsmap: {
								map: {
									project(p: [number, number]): { x: number; y: number };
									queryRenderedFeatures(
										box: [[number, number], [number, number]],
										o: { layers: string[] }
									): unknown[];
								};
							};
						}
					).__claimsmap.map;
					const c = map.project(at);
					const hits = (dx: number, dy: number) =>
						map.queryRenderedFeatures(
							[
								[c.x + dx - 2, c.y + dy - 2],
								[c.x + dx + 2, c.y + dy + 2]
							],
							{ layers: [id] }
						).length;
					return {
						centre: hits(0, 0),
						around: [hits(0, -10), hits(0, 20), hits(-20, 0), hits(20, 0)]
					};
				},
				{ id: CLAIM_LAYERS.points('ukraine'), at: SPOT }
			);
			expect(spread.centre).toBeLessThan(4);
			expect(spread.around.some((n) => n > 0)).toBe(true);
			await screenshot(page, `tile-clusters-spot${suffix(backend)}`);
			expect(errors).toEqual([]);
		}, 120_000);
	}
);
