/**
 * The incident rings of a large store (issue 18): its page draws the claims from vector tiles and
 * holds none of them, so it asks the server for the marks of the contested and corroborated
 * incidents the filters select. Here a small store is drawn as a large one (CLAIMSMAP_TILES_ABOVE=0).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, screenshot, useBrowserApp, waitForTiledMap } from './harness';
import {
	DVORICHNA_ONE_SIDE,
	fetchIncidents,
	KUPIANSK_BOTH_SIDES,
	postReports
} from './incident-helpers';

const app = useBrowserApp(() => ({
	CLAIMSMAP_DB: join(mkdtempSync(join(tmpdir(), 'claimsmap-tiled-rings-')), 'claims.db'),
	CLAIMSMAP_SEED: '0',
	CLAIMSMAP_TILES_ABOVE: '0'
}));

/**
 * Invented reports: both sides on one strike in Kupiansk (corroborated), a strike in Vovchansk that
 * Ukraine denies (contested), and one side alone on a strike in Dvorichna (single).
 */
const REPORTS = [
	...KUPIANSK_BOTH_SIDES,
	{
		title: 'Invented ministry statement',
		published: '2024-05-14',
		text: 'The Russian Defence Ministry said its forces struck an ammunition depot in Vovchansk on Tuesday.'
	},
	{
		title: 'Invented general staff rebuttal',
		published: '2024-05-14',
		text: "Ukraine's General Staff denied that Russian forces struck an ammunition depot in Vovchansk on Tuesday."
	},
	DVORICHNA_ONE_SIDE
];

/**
 * The rings drawn on the map (those its side filter hides are transparent: their layer's opacity is
 * 0): `incidentId status`, sorted.
 */
function rings(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (
			window as unknown as {
				__claimsmap: {
					map: {
						getLayersOrder(): string[];
						getPaintProperty(layer: string, name: string): unknown;
						queryRenderedFeatures(o: {
							layers: string[];
						}): { properties: { id: string; status: string }; layer: { id: string } }[];
					};
				};
			}
		).__claimsmap.map;
		const layers = map.getLayersOrder().filter((id) => id.startsWith('incident-rings:'));
		const seen = new Set<string>();
		for (const f of map.queryRenderedFeatures({ layers }))
			if (map.getPaintProperty(f.layer.id, 'circle-stroke-opacity') !== 0)
				seen.add(`${f.properties.id} ${f.properties.status}`);
		return [...seen].sort();
	});
}

describe('incident rings of a store drawn from tiles', () => {
	test('the map rings contested and corroborated incidents, as the status filter selects', async () => {
		await postReports(app.server.url, REPORTS);
		const incidents = (await fetchIncidents(app.server.url)).map(
			(i) =>
				`${(i.properties as unknown as { incidentId: string }).incidentId} ${i.properties.status}`
		);
		const ringed = (status: string) => incidents.filter((i) => i.endsWith(` ${status}`));
		expect(incidents.map((i) => i.split(' ')[1]).sort()).toEqual([
			'contested',
			'corroborated',
			'single'
		]);
		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(`${app.server.url}/?bbox=36.4,49.4,38.4,50.5`);
		await waitForTiledMap(page);
		// The page holds no claims, yet both marked incidents are ringed where the server has them.
		await expect
			.poll(() => rings(page), { timeout: 20_000 })
			.toEqual([...ringed('contested'), ...ringed('corroborated')].sort());
		await screenshot(page, 'incidents-tiled-rings');
		// The status filter narrows the rings (and says the tiles' claims stay).
		expect(await page.getByTestId('incident-filter-tiles').textContent()).toContain('the rings');
		await page.getByRole('checkbox', { name: /^Contested/ }).check();
		await expect.poll(() => rings(page), { timeout: 20_000 }).toEqual(ringed('contested'));
		await screenshot(page, 'incidents-tiled-rings-contested');
		// Both ringed incidents have Russian and Ukrainian claims: showing only other claimants hides
		// their rings, showing Russia's shows them again, and neither asks the server for new marks.
		const marksAsked: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname === '/api/incidents/marks') marksAsked.push(r.url());
		});
		const side = (name: string) =>
			page
				.getByRole('group', { name: 'Claimant side' })
				.getByRole('checkbox', { name, exact: true });
		await side('Other').check();
		await expect.poll(() => rings(page), { timeout: 20_000 }).toEqual([]);
		await screenshot(page, 'incidents-tiled-rings-other');
		await side('Russia').check();
		await expect.poll(() => rings(page), { timeout: 20_000 }).toEqual(ringed('contested'));
		await side('Other').uncheck();
		await side('Russia').uncheck();
		await expect.poll(() => rings(page), { timeout: 20_000 }).toEqual(ringed('contested'));
		await page.waitForTimeout(1500);
		expect(marksAsked).toEqual([]);
		await page.getByRole('checkbox', { name: /^Contested/ }).uncheck();
		await page.getByRole('checkbox', { name: /^Single source/ }).check();
		await expect.poll(() => rings(page), { timeout: 20_000 }).toEqual([]);
		expect(errors).toEqual([]);
	});
});
