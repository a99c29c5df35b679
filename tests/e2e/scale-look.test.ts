/**
 * Tiles at low counts (issue 16): the same few claims drawn from the server's vector tiles (a
 * store forced into tile mode) and loaded whole as before give the same sides, symbols and
 * shaded oblasts. Both screenshots are saved side by side in tests/artifacts/ to compare by eye.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLAIMANT_SIDES } from '../../src/lib/core/contract';
import { CLAIM_LAYERS } from '../../src/lib/ui/map/claim-layers';
import { shadedRegionsBySide } from './dashboard-helpers';
import { createMultiCollection, writeFixture } from './fixtures/claims';
import {
	launchBrowser,
	openPage,
	screenshot,
	startServer,
	waitForMapIdle,
	type AppServer
} from './harness';

let browser: Browser;
const servers: Partial<Record<'loaded' | 'tiled', AppServer>> = {};

beforeAll(async () => {
	const file = writeFixture('scale-look', createMultiCollection());
	servers.loaded = await startServer({ CLAIMSMAP_CLAIMS_FILE: file });
	servers.tiled = await startServer({ CLAIMSMAP_CLAIMS_FILE: file, CLAIMSMAP_TILES_ABOVE: '0' });
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await servers.loaded?.stop();
	await servers.tiled?.stop();
});

/** Sides with a symbol or a bubble in view. */
function sidesDrawn(page: Page): Promise<string[]> {
	const layers = CLAIMANT_SIDES.map((side) => ({
		side,
		ids: [CLAIM_LAYERS.points(side), CLAIM_LAYERS.clusters(side)]
	}));
	return page.evaluate((perSide) => {
		const map = (
			window as unknown as {
				__claimsmap: { map: { queryRenderedFeatures(o: { layers: string[] }): unknown[] } };
			}
		).__claimsmap.map;
		return perSide
			.filter(({ ids }) => map.queryRenderedFeatures({ layers: ids }).length > 0)
			.map(({ side }) => side);
	}, layers);
}

async function look(mode: 'loaded' | 'tiled') {
	const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
	// The same view for both, so the screenshots compare.
	await page.goto(`${servers[mode]!.url}/?bbox=29.5,45.5,40.5,51.5`);
	await page.waitForFunction(
		(kind) => {
			const map = (
				window as unknown as {
					__claimsmap?: { map?: { getSource(id: string): { type: string } | undefined } };
				}
			).__claimsmap?.map;
			return map?.getSource('claims')?.type === kind;
		},
		mode === 'tiled' ? 'vector' : 'geojson',
		{ timeout: 60_000, polling: 100 }
	);
	await waitForMapIdle(page);
	await screenshot(page, `scale-look-${mode}`);
	return { page, errors };
}

describe('a few claims drawn from tiles', () => {
	test('show the same sides and shaded oblasts as the claims loaded whole', async () => {
		const loaded = await look('loaded');
		const tiled = await look('tiled');
		const sides = await sidesDrawn(loaded.page);
		expect(sides.length).toBeGreaterThan(1);
		expect(await sidesDrawn(tiled.page)).toEqual(sides);
		// The oblasts' shading comes with the region claims, a request of its own that may still be on
		// its way when the map is first idle on a loaded machine: wait for it, up to a bound.
		const shaded = await shadedRegionsBySide(loaded.page);
		await expect
			.poll(() => shadedRegionsBySide(tiled.page), { timeout: 20_000, interval: 250 })
			.toEqual(shaded);
		expect(await tiled.page.getByTestId('claim-counts').textContent()).toBe(
			await loaded.page.getByTestId('claim-counts').textContent()
		);
		expect([...loaded.errors, ...tiled.errors]).toEqual([]);
	}, 120_000);
});
