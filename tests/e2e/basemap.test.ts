import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BASEMAP_LAYERS } from '../../src/lib/ui/map/layer-ids';
import { countRendered, openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const app = useBrowserApp();

/** The values of `key` of the features drawn in layer `id`, across the whole viewport. */
function renderedProperty(page: Page, id: string, key: string): Promise<unknown[]> {
	return page.evaluate(
		([layer, name]) => {
			const map = (
				window as unknown as {
					__claimsmap: {
						map: {
							queryRenderedFeatures(o: {
								layers: string[];
							}): { properties: Record<string, unknown> }[];
						};
					};
				}
			).__claimsmap.map;
			return map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties[name]);
		},
		[id, key] as const
	);
}

describe('the offline basemap', () => {
	test('the page loads without console or page errors and the map draws land and oblasts', async () => {
		const { page, errors } = await openPage(app.browser);
		await page.goto(app.server.url + '/');
		await expect.poll(() => page.locator('[data-testid="map"] canvas').count()).toBe(1);
		await waitForMapIdle(page);
		expect(await countRendered(page, BASEMAP_LAYERS.land)).toBeGreaterThan(0);
		expect(await countRendered(page, BASEMAP_LAYERS.oblasts)).toBeGreaterThanOrEqual(20);
		await screenshot(page, 'basemap');
		expect(errors).toEqual([]);
	});

	test("countries and borders come from the app's own vector tiles, not a whole-world file", async () => {
		const { page, errors } = await openPage(app.browser);
		const asked: string[] = [];
		page.on('request', (request) => asked.push(new URL(request.url()).pathname));
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		const tiles = asked.filter((p) => p.startsWith('/api/basemap/'));
		expect(tiles.length).toBeGreaterThan(0);
		expect(tiles.length).toBeLessThan(20);
		expect(
			asked.filter((p) => /countr(y|ies)[^/]*\.geojson$/.test(p) && !p.includes('label'))
		).toEqual([]);
		const names = await renderedProperty(page, BASEMAP_LAYERS.land, 'name');
		expect(names).toContain('Ukraine');
		expect(await countRendered(page, BASEMAP_LAYERS.countryBorders)).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	test('a basemap tile is a vector tile kept by its ETag; a tile outside the pyramid is 404', async () => {
		const url = `${app.server.url}/api/basemap/4/9/5.mvt`;
		const first = await fetch(url);
		expect(first.status).toBe(200);
		expect(first.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
		expect((await first.arrayBuffer()).byteLength).toBeGreaterThan(1000);
		const etag = first.headers.get('etag')!;
		expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
		expect((await fetch(`${app.server.url}/api/basemap/7/0/0.mvt`)).status).toBe(404);
		expect((await fetch(`${app.server.url}/api/basemap/4/16/0.mvt`)).status).toBe(404);
		expect((await fetch(`${app.server.url}/api/basemap/4/x/0.mvt`)).status).toBe(404);
	});

	test('oblast labels are drawn with no font server', async () => {
		const { page } = await openPage(app.browser);
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		// Labels show from zoom 4.5; zoom in on eastern Ukraine so they are certainly placed.
		await page.evaluate(() => {
			const map = (window as unknown as { __claimsmap: { map: { jumpTo(o: object): void } } })
				.__claimsmap.map;
			map.jumpTo({ center: [36.5, 48.5], zoom: 6 });
		});
		await waitForMapIdle(page);
		const labels = await renderedProperty(page, BASEMAP_LAYERS.oblastLabels, 'label');
		expect(labels).toContain('Donetsk');
		await screenshot(page, 'basemap-oblast-labels');
	});
});
