/**
 * A picture to take away, and the phone layout (issue 17): "Export PNG" downloads the map with a
 * caption (filters, legend, attribution); on a phone the legend opens over the map and the filters
 * sheet leaves the map in sight; axe finds no serious or critical violation on these screens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SIDE_COLOURS } from '../../src/lib/ui/symbols/palette';
import { waitForClaims } from './dashboard-helpers';
import { createMultiCollection, writeFixture } from './fixtures/claims';
import { ARTIFACTS, openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const app = useBrowserApp(() => ({
	CLAIMSMAP_CLAIMS_FILE: writeFixture('export-mobile', createMultiCollection())
}));

async function open(size: { width: number; height: number }) {
	const watched = await openPage(app.browser, size);
	await watched.page.goto(app.server.url + '/');
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

async function serious(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page } as never).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What is drawn at a point of the page: true when it is the map's canvas. */
const mapAt = (page: Page, x: number, y: number) =>
	page.evaluate(
		([px, py]) =>
			document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas') ?? false,
		[x, y]
	);

describe('export and the phone layout', () => {
	test('Export PNG downloads the map with the filters, the legend and the attribution below', async () => {
		const { page, errors } = await open({ width: 1440, height: 900 });
		await page.getByRole('checkbox', { name: /Russia/ }).check();
		await waitForMapIdle(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export PNG' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.png$/);
		await download.saveAs(resolve(ARTIFACTS, 'export-1440-picture.png'));
		const bytes = readFileSync((await download.path())!);
		expect(bytes.subarray(1, 4).toString()).toBe('PNG');
		const width = bytes.readUInt32BE(16);
		const height = bytes.readUInt32BE(20);
		const map = (await page.getByTestId('map').boundingBox())!;
		expect(width).toBe(Math.round(map.width));
		expect(height).toBeGreaterThan(Math.round(map.height) + 60);
		// The caption below the map: dark text and the shown side's swatch.
		const caption = await page.evaluate(
			async ({ data, top, russia }) => {
				const blob = new Blob([new Uint8Array(data)], { type: 'image/png' });
				const bitmap = await createImageBitmap(blob);
				const canvas = document.createElement('canvas');
				canvas.width = bitmap.width;
				canvas.height = bitmap.height;
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				const px = ctx.getImageData(0, top, bitmap.width, bitmap.height - top).data;
				const hex = parseInt(russia.slice(1), 16);
				let dark = 0;
				let swatch = 0;
				for (let i = 0; i < px.length; i += 4) {
					if (px[i] + px[i + 1] + px[i + 2] < 200) dark++;
					const d = Math.hypot(
						px[i] - (hex >> 16),
						px[i + 1] - ((hex >> 8) & 255),
						px[i + 2] - (hex & 255)
					);
					if (d < 30) swatch++;
				}
				return { dark, swatch };
			},
			{ data: [...bytes], top: Math.round(map.height) + 2, russia: SIDE_COLOURS.russia }
		);
		expect(caption.dark).toBeGreaterThan(500);
		expect(caption.swatch).toBeGreaterThan(20);
		await screenshot(page, 'export-1440-dashboard');
		expect(errors).toEqual([]);
	});

	test('axe finds no serious or critical violations on the dashboard and an open claim', async () => {
		const { page } = await open({ width: 1440, height: 900 });
		expect(await serious(page)).toEqual([]);
		await page.locator('[data-testid="claim-list"] button.item').first().click();
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(true);
		expect(await serious(page)).toEqual([]);
	});

	test('on a phone the legend opens over the map and the filters leave the map in sight', async () => {
		const { page, errors } = await open({ width: 390, height: 844 });
		const area = (await page.locator('#map-area').boundingBox())!;
		const top = area.y + 40;
		await page.getByRole('button', { name: 'Legend' }).click();
		const sheet = page.locator('#legend-sheet');
		await expect.poll(() => sheet.isVisible()).toBe(true);
		expect(await sheet.textContent()).toContain('Colour: who claims it');
		expect(await mapAt(page, area.x + area.width / 2, top)).toBe(true);
		await screenshot(page, 'mobile-390-legend');
		expect(await serious(page)).toEqual([]);
		await page.getByRole('button', { name: 'Close the legend' }).click();
		await page.getByRole('button', { name: /^Filters/ }).click();
		const filters = (await page.locator('#filters-panel').boundingBox())!;
		expect(filters.height).toBeLessThanOrEqual(area.height * 0.6 + 1);
		expect(await mapAt(page, area.x + area.width / 2, top)).toBe(true);
		// A filter changed in the sheet changes the map above it.
		await page.getByRole('checkbox', { name: /Ukraine/ }).check();
		await expect.poll(() => new URL(page.url()).searchParams.get('side')).toBe('ukraine');
		await screenshot(page, 'mobile-390-filters');
		expect(await serious(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
});
