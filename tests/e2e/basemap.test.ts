import { describe, expect, test } from 'vitest';
import { BASEMAP_LAYERS } from '../../src/lib/ui/map/layer-ids';
import { countRendered, openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const app = useBrowserApp();

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
		const labels = await page.evaluate((id) => {
			const map = (
				window as unknown as {
					__claimsmap: {
						map: {
							queryRenderedFeatures(o: { layers: string[] }): { properties: { label: string } }[];
						};
					};
				}
			).__claimsmap.map;
			return map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.label);
		}, BASEMAP_LAYERS.oblastLabels);
		expect(labels).toContain('Donetsk');
		await screenshot(page, 'basemap-oblast-labels');
	});
});
