/**
 * A basemap you can read at working zoom (issue 17): settlement labels by population and zoom, raion
 * and oblast names, and a switcher to the deployer's online basemaps that falls back when one fails.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { placeLabelLayerIds } from '../../src/lib/ui/map/basemap-style';
import { BASEMAP_LAYERS } from '../../src/lib/ui/map/layer-ids';
import { countRendered, openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

/** A 1×1 PNG, the whole of every tile the invented tile server sends. */
const PIXEL = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);
let tiles: Server;
let tileRequests = 0;
beforeAll(async () => {
	tiles = createServer((_req, res) => {
		tileRequests++;
		res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
		res.end(PIXEL);
	});
	await new Promise<void>((done) => tiles.listen(0, '127.0.0.1', done));
});
afterAll(() => new Promise<void>((done) => tiles.close(() => done())));

const app = useBrowserApp(() => {
	const port = (tiles.address() as AddressInfo).port;
	return {
		PUBLIC_BASEMAPS: JSON.stringify([
			{
				id: 'streets',
				name: 'Invented streets',
				tiles: [`http://127.0.0.1:${port}/{z}/{x}/{y}.png`],
				attribution: '© Invented Tiles contributors',
				labels: false
			},
			{
				id: 'broken',
				name: 'Unreachable imagery',
				// Port 9 (discard) refuses connections here: every tile fails.
				tiles: ['http://127.0.0.1:9/{z}/{x}/{y}.jpg'],
				attribution: '© Nobody'
			}
		])
	};
});

async function jump(page: Page, center: [number, number], zoom: number) {
	await page.evaluate(
		([c, z]) => {
			const map = (window as unknown as { __claimsmap: { map: { jumpTo(o: object): void } } })
				.__claimsmap.map;
			map.jumpTo({ center: c, zoom: z });
		},
		[center, zoom] as const
	);
	await waitForMapIdle(page);
}

/** The settlement labels drawn now: name and kind. */
async function settlementLabels(page: Page): Promise<{ name: string; kind: string; z: number }[]> {
	return page.evaluate((layers) => {
		const map = (
			window as unknown as {
				__claimsmap: {
					map: {
						queryRenderedFeatures(o: { layers: string[] }): {
							properties: { name: string; kind: string; z: number };
						}[];
					};
				};
			}
		).__claimsmap.map;
		return map.queryRenderedFeatures({ layers }).map((f) => f.properties);
	}, placeLabelLayerIds());
}

describe('the readable basemap', () => {
	test('labels settlements by population and zoom, with raion and oblast names', async () => {
		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		// The whole country: only cities.
		await jump(page, [31.5, 48.5], 5.2);
		await expect.poll(async () => (await settlementLabels(page)).length).toBeGreaterThan(8);
		const overview = await settlementLabels(page);
		expect(overview.every((l) => l.kind === 'city' || l.kind === 'capital')).toBe(true);
		// A working zoom in the east: villages among towns, and the raions' names.
		await jump(page, [37.6, 48.6], 10);
		const working = await settlementLabels(page);
		expect(working.length).toBeGreaterThan(25);
		expect(working.filter((l) => l.kind === 'village').length).toBeGreaterThan(15);
		await jump(page, [37.6, 48.6], 8);
		expect(await countRendered(page, BASEMAP_LAYERS.raionLabels)).toBeGreaterThan(0);
		expect(await countRendered(page, BASEMAP_LAYERS.oblastLabels)).toBeGreaterThan(0);
		await screenshot(page, 'basemap-labels-1440-z8');
		await jump(page, [37.6, 48.6], 10);
		await screenshot(page, 'basemap-labels-1440-z10');
		expect(errors).toEqual([]);
	});

	test('the switcher shows an online basemap with its attribution, and back', async () => {
		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		const before = tileRequests;
		await page.getByLabel('Basemap').selectOption('streets');
		await waitForMapIdle(page);
		expect(tileRequests).toBeGreaterThan(before);
		expect(await countRendered(page, BASEMAP_LAYERS.land)).toBe(0);
		await expect
			.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent())
			.toContain('© Invented Tiles contributors');
		// This basemap draws its own labels: the embedded ones step aside.
		await jump(page, [37.6, 48.6], 10);
		expect((await settlementLabels(page)).length).toBe(0);
		await screenshot(page, 'basemap-online-1440');
		await page.getByLabel('Basemap').selectOption('embedded');
		await waitForMapIdle(page);
		expect(await countRendered(page, BASEMAP_LAYERS.land)).toBeGreaterThan(0);
		expect((await settlementLabels(page)).length).toBeGreaterThan(25);
		expect(errors).toEqual([]);
	});

	test('a basemap that fails falls back to the embedded one with a notice', async () => {
		const { page } = await openPage(app.browser, { width: 390, height: 844 });
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		await page.getByLabel('Basemap').selectOption('broken');
		await expect
			.poll(() => page.getByTestId('basemap-notice').textContent(), { timeout: 20_000 })
			.toContain('“Unreachable imagery” could not be loaded');
		expect(await page.getByLabel('Basemap').inputValue()).toBe('embedded');
		await waitForMapIdle(page);
		expect(await countRendered(page, BASEMAP_LAYERS.land)).toBeGreaterThan(0);
		await screenshot(page, 'basemap-fallback-390');
	});
});
