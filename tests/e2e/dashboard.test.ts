import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import gjv from 'geojson-validation';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ClaimCollection } from '../../src/lib/core/contract';
import { validateClaimCollection } from '../../src/lib/core/geojson/validate';
import { CLAIM_LAYERS } from '../../src/lib/ui/map/claim-layers';
import {
	mapBounds,
	pixelOf,
	renderedBySide,
	shadedRegionsBySide,
	waitForClaims
} from './dashboard-helpers';
import { SHARED_PLACE, createMultiCollection, writeFixture } from './fixtures/claims';
import { countRendered, openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const collection = createMultiCollection();
const located = collection.features.filter((f) => f.geometry !== null);
const pointClaims = located.filter((f) => f.properties.precision !== 'region');

const app = useBrowserApp(() => ({ CLAIMSMAP_CLAIMS_FILE: writeFixture('multi', collection) }));

async function open(
	path = '/',
	size: { width: number; height: number } = { width: 1280, height: 800 }
) {
	const watched = await openPage(app.browser, size);
	await watched.page.goto(app.server.url + path);
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

function listedIds(page: Page): Promise<string[]> {
	return page
		.locator('[data-testid="claim-list"] button.item')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id') ?? ''));
}

/** Waits for the claim popup, checks it, saves a screenshot, and closes it with Escape. */
async function popupShowsThenCloses(
	page: Page,
	shot: string,
	check: (popup: Locator) => Promise<void>
): Promise<void> {
	const popup = page.getByTestId('claim-popup');
	await expect.poll(() => popup.isVisible()).toBe(true);
	await check(popup);
	await screenshot(page, shot);
	await page.keyboard.press('Escape');
	await expect.poll(() => popup.isVisible()).toBe(false);
}

const countBy = (items: { properties: { claimantSide: string } }[]) => {
	const out: Record<string, number> = {};
	for (const f of items) out[f.properties.claimantSide] = (out[f.properties.claimantSide] ?? 0) + 1;
	return out;
};

describe('the dashboard', () => {
	test('draws every located claim, coloured by side, and lists every claim', async () => {
		const { page, errors } = await open();
		expect(await renderedBySide(page)).toEqual(countBy(pointClaims));
		// The region claim shades its oblast instead of a pin.
		expect(await shadedRegionsBySide(page)).toEqual({ ukraine: 1 });
		// The near-settlement claims draw their uncertainty circle.
		expect(await countRendered(page, CLAIM_LAYERS.uncertainty('ukraine'))).toBeGreaterThan(0);
		expect((await listedIds(page)).sort()).toEqual(collection.features.map((f) => f.id).sort());
		await expect
			.poll(() => page.getByTestId('claim-counts').textContent())
			.toBe(
				`${collection.features.length} claims at ${located.length - 1} places · 2 without a place`
			);
		await screenshot(page, 'dashboard-1280');
		expect(errors).toEqual([]);
	});

	test('a side filter changes the map, the list and the URL', async () => {
		const { page, errors } = await open();
		await page.getByRole('checkbox', { name: 'Russia', exact: true }).check();
		await expect.poll(() => new URL(page.url()).searchParams.get('side')).toBe('russia');
		await waitForMapIdle(page);
		const russian = pointClaims.filter((f) => f.properties.claimantSide === 'russia').length;
		expect(await renderedBySide(page)).toEqual({ russia: russian });
		const ids = await listedIds(page);
		const expected = collection.features.filter((f) => f.properties.claimantSide === 'russia');
		expect(ids.sort()).toEqual(expected.map((f) => f.id).sort());
		// The Ukrainian region claim's oblast is no longer shaded.
		expect(await shadedRegionsBySide(page)).toEqual({});
		// A hidden side's claim cannot be clicked.
		const hidden = pointClaims.find((f) => f.properties.claimantSide === 'ukraine')!;
		const at = await pixelOf(page, hidden.geometry!.coordinates as [number, number]);
		await page.mouse.click(at.x, at.y);
		await page.waitForTimeout(300);
		expect(await page.getByTestId('claim-popup').isVisible()).toBe(false);
		await screenshot(page, 'dashboard-side-russia');
		expect(errors).toEqual([]);
	});

	test('a shared link restores the filters and the view', async () => {
		const bbox = [30, 46, 38, 51];
		const { page, errors } = await open(
			`/?side=ukraine,united_states&minConfidence=0.6&bbox=${bbox.join(',')}`
		);
		expect(await page.getByRole('checkbox', { name: 'Ukraine', exact: true }).isChecked()).toBe(
			true
		);
		expect(
			await page.getByRole('checkbox', { name: 'United States', exact: true }).isChecked()
		).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'Russia', exact: true }).isChecked()).toBe(
			false
		);
		const [west, south, east, north] = await mapBounds(page);
		// The restored view contains the shared box and is not much larger than it.
		expect(west).toBeLessThanOrEqual(bbox[0] + 0.01);
		expect(south).toBeLessThanOrEqual(bbox[1] + 0.01);
		expect(east).toBeGreaterThanOrEqual(bbox[2] - 0.01);
		expect(north).toBeGreaterThanOrEqual(bbox[3] - 0.01);
		expect(
			Math.min(east - west - (bbox[2] - bbox[0]), north - south - (bbox[3] - bbox[1]))
		).toBeLessThan(0.5);
		const ids = await listedIds(page);
		const expected = collection.features.filter((f) => {
			const p = f.properties;
			if (p.claimantSide !== 'ukraine' && p.claimantSide !== 'united_states') return false;
			if (f.geometry === null) return true;
			const [lon, lat] = f.geometry.coordinates;
			return p.confidence >= 0.6 && lon >= west && lon <= east && lat >= south && lat <= north;
		});
		expect(ids.sort()).toEqual(expected.map((f) => f.id).sort());
		expect(ids.length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	test('a malformed link says what is wrong and shows all claims', async () => {
		const { page } = await open('/?side=martians');
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('martians');
		expect((await listedIds(page)).length).toBe(collection.features.length);
	});

	test('clicking a claim opens a popup with its quote and source', async () => {
		const { page, errors } = await open();
		const target = pointClaims.find((f) => f.id === 'p0')!;
		const at = await pixelOf(page, target.geometry!.coordinates as [number, number]);
		await page.mouse.click(at.x, at.y);
		await popupShowsThenCloses(page, 'dashboard-popup', async (popup) => {
			const text = (await popup.textContent()) ?? '';
			expect(text).toContain(target.properties.quote);
			expect(text).toContain(target.properties.articleTitle);
			expect(await popup.locator('mark').first().textContent()).toBe('Ostrivka');
		});
		expect(errors).toEqual([]);
	});

	test('the keyboard reaches the map: arrows pan, Enter opens the claim at the crosshair', async () => {
		const { page, errors } = await open();
		const target = pointClaims.find((f) => f.id === 'p0')!;
		type TestMap = {
			getCenter(): { lng: number; lat: number };
			jumpTo(o: { center: [number, number]; zoom?: number }): void;
			project(p: [number, number]): { x: number; y: number };
			unproject(p: [number, number]): { lng: number; lat: number };
		};
		const centreLon = () =>
			page.evaluate(
				() =>
					(window as unknown as { __claimsmap: { map: TestMap } }).__claimsmap.map.getCenter().lng
			);
		await page.locator('.maplibregl-canvas').focus();
		const before = await centreLon();
		await page.keyboard.press('ArrowLeft');
		await expect.poll(centreLon).toBeLessThan(before);
		await waitForMapIdle(page);
		// Centre the map a few pixels off the claim: Enter reaches the nearest symbol.
		await page.evaluate(
			(at) => {
				const map = (window as unknown as { __claimsmap: { map: TestMap } }).__claimsmap.map;
				map.jumpTo({ center: at, zoom: 8 });
				const p = map.project(at);
				const off = map.unproject([p.x + 9, p.y - 7]);
				map.jumpTo({ center: [off.lng, off.lat] });
			},
			target.geometry!.coordinates as [number, number]
		);
		await waitForMapIdle(page);
		await page.keyboard.press('Enter');
		await popupShowsThenCloses(page, 'dashboard-keyboard-popup', async (popup) => {
			expect(await popup.textContent()).toContain(target.properties.quote);
		});
		expect(errors).toEqual([]);
	});

	test('the day histogram is one tab stop: arrows move between days, Enter picks one', async () => {
		const { page, errors } = await open();
		const histogram = page.getByTestId('day-histogram');
		const days = [...new Set(collection.features.map((f) => f.properties.eventDate))]
			.filter((d): d is string => d !== null)
			.sort();
		const bars = histogram.getByRole('button');
		expect(await bars.count()).toBe(days.length);
		expect(await histogram.locator('[tabindex="0"]').count()).toBe(1);
		await histogram.locator('[tabindex="0"]').focus();
		const focusedDay = () =>
			page.evaluate(() => document.activeElement?.getAttribute('data-day') ?? null);
		expect(await focusedDay()).toBe(days[0]);
		await page.keyboard.press('End');
		expect(await focusedDay()).toBe(days[days.length - 1]);
		await page.keyboard.press('ArrowLeft');
		expect(await focusedDay()).toBe(days[days.length - 2]);
		await page.keyboard.press('ArrowRight');
		const day = days[days.length - 1];
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByLabel('From', { exact: true }).inputValue()).toBe(day);
		expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(day);
		const expected = collection.features.filter((f) => f.properties.eventDate === day);
		await expect
			.poll(async () => (await listedIds(page)).sort())
			.toEqual(expected.map((f) => f.id).sort());
		// The tab stop stays on the picked day.
		expect(await focusedDay()).toBe(day);
		await screenshot(page, 'dashboard-histogram-keyboard');
		expect(errors).toEqual([]);
	});

	test('clicking a shaded oblast lists its region claims', async () => {
		const { page } = await open();
		const at = await pixelOf(page, [38.3, 48.4]);
		await page.mouse.click(at.x, at.y);
		const popup = page.getByTestId('claim-popup');
		await expect.poll(() => popup.textContent()).toContain('Region claim in Donetsk');
		expect(await popup.textContent()).toContain('Donetsk Oblast');
	});

	test('claims at the same place are all listed in the popup', async () => {
		const { page } = await open();
		const at = await pixelOf(page, SHARED_PLACE);
		await page.mouse.click(at.x, at.y);
		const popup = page.getByTestId('claim-popup');
		await expect.poll(() => popup.textContent()).toContain('2 claims here');
		const text = (await popup.textContent()) ?? '';
		expect(text).toContain('Shared place claim same-a');
		expect(text).toContain('Shared place claim same-b');
	});

	test('hovering a listed claim rings it on the map; choosing it zooms to it', async () => {
		const { page, errors } = await open();
		const target = pointClaims.find((f) => f.id === 'p7')!;
		const zoomBefore = await page.evaluate(() =>
			(
				window as unknown as { __claimsmap: { map: { getZoom(): number } } }
			).__claimsmap.map.getZoom()
		);
		await page.locator('[data-claim-id="p7"]').hover();
		// (Drawn after the focus source's data passes a map worker: give it as long as the other map polls.)
		await expect.poll(() => countRendered(page, CLAIM_LAYERS.focus), { timeout: 10_000 }).toBe(1);
		await page.locator('[data-claim-id="p7"]').click();
		await page.waitForTimeout(900);
		await waitForMapIdle(page);
		const view = await page.evaluate(() => {
			const map = (
				window as unknown as {
					__claimsmap: { map: { getZoom(): number; getCenter(): { lng: number; lat: number } } };
				}
			).__claimsmap.map;
			return { zoom: map.getZoom(), centre: map.getCenter() };
		});
		expect(view.zoom).toBeGreaterThan(zoomBefore + 1);
		expect(view.centre.lng).toBeCloseTo(target.geometry!.coordinates[0], 1);
		expect(view.centre.lat).toBeCloseTo(target.geometry!.coordinates[1], 1);
		expect(errors).toEqual([]);
	});

	test('the keyboard alone opens a claim, shows an alternative and closes the detail', async () => {
		const { page, errors } = await open();
		const item = page.locator('[data-claim-id="p0"]');
		await item.focus();
		await page.keyboard.press('Enter');
		const detail = page.getByTestId('claim-detail');
		await expect.poll(() => detail.isVisible()).toBe(true);
		expect(await detail.textContent()).toContain('could also be');
		await expect.poll(() => new URL(page.url()).searchParams.get('claim')).toBe('p0');
		await page.getByRole('button', { name: 'Show on map' }).first().press('Enter');
		await expect
			.poll(() => countRendered(page, CLAIM_LAYERS.alternatives), { timeout: 10_000 })
			.toBeGreaterThan(0);
		await screenshot(page, 'dashboard-detail');
		await page.keyboard.press('Escape');
		await expect.poll(() => detail.count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('the detail says who claims it, who reports it and how the side was decided', async () => {
		const { page, errors } = await open();
		await page.locator('[data-claim-id="p0"]').click();
		const detail = page.getByTestId('claim-detail');
		await expect.poll(() => detail.isVisible()).toBe(true);
		expect(await page.getByTestId('claim-attribution').textContent()).toBe(
			'Claimed by the defence ministry (Russia) · reported by Test Wire'
		);
		const basis = await page.getByTestId('claim-basis').textContent();
		expect(basis).toContain('lead');
		expect(basis).toContain('carries the source named earlier in the report');
		await screenshot(page, 'dashboard-detail-attribution');
		expect(errors).toEqual([]);
	});

	test('Export GeoJSON downloads exactly the filtered claims, valid per the contract', async () => {
		const { page } = await open('/?side=russia,unattributed');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export GeoJSON' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^claims-russia\+unattributed-.*\d{4}-\d{2}-\d{2}\.geojson$/
		);
		const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as ClaimCollection;
		const expected = collection.features.filter((f) =>
			['russia', 'unattributed'].includes(f.properties.claimantSide)
		);
		expect(exported.features.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
		expect(exported.features.some((f) => f.geometry === null)).toBe(true);
		const valid = (gjv as unknown as { valid(o: unknown): boolean }).valid(exported);
		expect(valid).toBe(true);
		expect(validateClaimCollection(exported).ok).toBe(true);

		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export CSV' }).click()
		]);
		const rows = readFileSync(await csv.path(), 'utf8')
			.trim()
			.split(/\r?\n/);
		expect(csv.suggestedFilename()).toMatch(/\.csv$/);
		expect(rows.length).toBe(expected.length + 1);
	});

	test('an exported file imports back to the same claims', async () => {
		const { page, errors } = await open('/?type=strike,drone_downed');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export GeoJSON' }).click()
		]);
		const path = await download.path();
		const exported = JSON.parse(readFileSync(path, 'utf8')) as ClaimCollection;
		// Clear the filters, then import: the page shows exactly the exported claims.
		await page.getByRole('button', { name: 'Reset filters' }).click();
		await page.getByTestId('import-input').setInputFiles(path);
		await expect
			.poll(() => page.getByRole('status').allTextContents())
			.toContainEqual(expect.stringContaining('Showing the imported file'));
		await waitForMapIdle(page);
		await expect
			.poll(async () => (await listedIds(page)).sort())
			.toEqual(exported.features.map((f) => f.id).sort());
		expect(errors).toEqual([]);
	});

	test('a file dropped on the page is imported', async () => {
		const { page, errors } = await open();
		const subset = { ...collection, features: collection.features.slice(0, 3) };
		delete subset.bbox;
		await page.evaluate((text) => {
			const data = new DataTransfer();
			data.items.add(new File([text], 'dropped.geojson', { type: 'application/geo+json' }));
			window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
			window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
		}, JSON.stringify(subset));
		await expect
			.poll(async () => (await listedIds(page)).sort())
			.toEqual(subset.features.map((f) => f.id).sort());
		expect((await page.getByRole('status').allTextContents()).join(' ')).toContain(
			'dropped.geojson'
		);
		expect(errors).toEqual([]);
	});

	test('an import keeps the valid features and lists the problems of the others', async () => {
		const { page } = await open();
		const broken = JSON.parse(JSON.stringify(collection)) as ClaimCollection;
		delete broken.bbox;
		(broken.features[1].properties as unknown as Record<string, unknown>).claimantSide = 'martians';
		(broken.features[2] as unknown as Record<string, unknown>).geometry = {
			type: 'Point',
			coordinates: [200, 10]
		};
		await page.getByTestId('import-input').setInputFiles({
			name: 'broken.geojson',
			mimeType: 'application/geo+json',
			buffer: Buffer.from(JSON.stringify(broken))
		});
		const dialog = page.getByTestId('import-dialog');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		const text = (await dialog.textContent()) ?? '';
		expect(text).toContain(`Showing ${collection.features.length - 2} valid features; 2 rejected`);
		expect(text).toContain(`id ${broken.features[1].id}`);
		expect(text).toContain(`id ${broken.features[2].id}`);
		await screenshot(page, 'dashboard-import-problems');
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect((await listedIds(page)).length).toBe(collection.features.length - 2);
	});

	test('axe finds no serious or critical accessibility violations', async () => {
		const { page } = await open();
		const results = await new AxeBuilder({ page } as never).analyze();
		const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
			[]
		);
	});

	test('at 1920 px the list sits beside the map', async () => {
		const { page } = await open('/', { width: 1920, height: 1080 });
		const list = await page.getByTestId('claim-list').boundingBox();
		const map = await page.getByTestId('map').boundingBox();
		expect(list && map && list.x >= map.x + map.width - 1).toBe(true);
		await screenshot(page, 'dashboard-1920');
	});

	test('at 375 px the panels collapse behind toggles', async () => {
		const { page, errors } = await open('/', { width: 375, height: 740 });
		const map = await page.getByTestId('map').boundingBox();
		expect(map?.width).toBeGreaterThan(360);
		expect(await page.getByRole('checkbox', { name: 'Russia', exact: true }).isVisible()).toBe(
			false
		);
		await screenshot(page, 'dashboard-375');
		await page.getByRole('button', { name: /^Filters/ }).click();
		await page.getByRole('checkbox', { name: 'Russia', exact: true }).check();
		await screenshot(page, 'dashboard-375-filters');
		await page.getByRole('button', { name: /^List/ }).click();
		const ids = await listedIds(page);
		expect(ids.length).toBe(
			collection.features.filter((f) => f.properties.claimantSide === 'russia').length
		);
		await screenshot(page, 'dashboard-375-list');
		// A chosen claim's detail covers the map; "Show on the map" brings the map back, ringed.
		await page.locator('[data-claim-id="p0"]').click();
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(true);
		await screenshot(page, 'dashboard-375-detail');
		await page.getByRole('button', { name: 'Show on the map' }).click();
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(false);
		await waitForMapIdle(page);
		expect(await countRendered(page, CLAIM_LAYERS.focus)).toBe(1);
		await screenshot(page, 'dashboard-375-map-selected');
		// No horizontal scrolling at this width.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
		expect(errors).toEqual([]);
	});
});
