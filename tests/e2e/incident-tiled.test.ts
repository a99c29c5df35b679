/**
 * Incidents of a large store (issue 18): the page draws such a store from vector tiles and holds
 * none of its claims, so it cannot build incidents itself; a claim's detail asks the server for the
 * claim's incident, and the merge picker for the incidents near it. Here a small store is drawn as a
 * large one (CLAIMSMAP_TILES_ABOVE=0). The incident filter narrows the server's incident exports.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPage, screenshot, useBrowserApp, waitForTiledMap } from './harness';
import {
	DVORICHNA_ONE_SIDE,
	fetchIncidents,
	KUPIANSK_BOTH_SIDES,
	postReports,
	type Incident
} from './incident-helpers';

const app = useBrowserApp(() => ({
	CLAIMSMAP_DB: join(mkdtempSync(join(tmpdir(), 'claimsmap-tiled-incidents-')), 'claims.db'),
	CLAIMSMAP_SEED: '0',
	CLAIMSMAP_TILES_ABOVE: '0'
}));

/** Invented reports: both sides on one strike in Kupiansk, and a strike in Dvorichna nearby. */
const REPORTS = [...KUPIANSK_BOTH_SIDES, DVORICHNA_ONE_SIDE];

describe('incidents of a store drawn from tiles', () => {
	test('the detail shows the claim’s incident, and the picker merges a nearby one', async () => {
		await postReports(app.server.url, REPORTS);
		const [kupiansk, dvorichna] = await fetchIncidents(app.server.url);
		expect(kupiansk.properties.status).toBe('corroborated');
		const first = kupiansk.properties.featureIds[0];
		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(`${app.server.url}/?claim=${first}`);
		await waitForTiledMap(page);
		await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Corroborated');
		expect(await page.getByTestId('incident-line').textContent()).toMatch(
			/claimed by Russia .*claimed by Ukraine/
		);
		// The incident filter cannot narrow tiles, so it says so and narrows the server's exports.
		expect(await page.getByTestId('incident-filter-tiles').isVisible()).toBe(true);
		await page.getByRole('checkbox', { name: /^Corroborated/ }).check();
		const link = page.getByRole('link', { name: 'Export incidents GeoJSON' });
		await expect.poll(() => link.getAttribute('href')).toContain('status=corroborated');
		const exported = (await (
			await fetch(`${app.server.url}${await link.getAttribute('href')}`)
		).json()) as { features: Incident[] };
		expect(exported.features.map((f) => f.properties.featureIds)).toEqual([
			kupiansk.properties.featureIds
		]);
		await page.getByText('Judge this incident').click();
		const options = page
			.getByRole('listbox', { name: 'Incidents to merge with' })
			.getByRole('option');
		await expect.poll(() => options.count()).toBe(1);
		expect(await options.first().textContent()).toContain('Dvorichna');
		await options.first().click();
		await screenshot(page, 'incidents-tiled-merge');
		await page.getByRole('button', { name: /^Merge with Dvorichna/ }).click();
		await expect
			.poll(() => page.getByTestId('incident').textContent())
			.toContain('3 claims in 3 reports');
		expect((await fetchIncidents(app.server.url))[0].properties.featureIds).toEqual([
			...kupiansk.properties.featureIds,
			...dvorichna.properties.featureIds
		]);
		expect(errors).toEqual([]);
	});
});
