/**
 * The popup and the details (issue 17, "The list and the details"): the popup stays inside the map
 * and scrolls; opening "Details" closes it; "Show on map" for an alternative keeps the claim's own
 * point in view and leaves the list as it was.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../src/lib/core/contract';
import { mapBounds, pixelOf, waitForClaims, jumpTo } from './dashboard-helpers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

/** Where fourteen claims share one village. */
const CROWDED: [number, number] = [36.6, 50.3];
/** A claim's own place, and where its place name could also be. */
const OWN: [number, number] = [35.1, 48.5];
const ELSEWHERE: [number, number] = [30.7, 46.5];

function createPopupCollection() {
	const crowd: ClaimFeature[] = Array.from({ length: 14 }, (_, i) =>
		createClaim(`crowd-${i}`, [...CROWDED], {
			summary: `Crowded claim ${i}`,
			quote: `An invented spokesman listed strike number ${i} near the invented crossroads.`
		})
	);
	const ambiguous = createClaim('ambiguous', [...OWN], {
		claimantSide: 'ukraine',
		summary: 'Claim with a namesake',
		placeName: 'Ostrivka',
		alternatives: [
			{
				placeName: 'Ostrivka',
				gazetteerId: 'geonames:900001',
				admin1: 'Odesa Oblast',
				lon: ELSEWHERE[0],
				lat: ELSEWHERE[1],
				score: 0.4
			}
		]
	});
	return createCollection([...crowd, ambiguous]);
}

const app = useBrowserApp(() => ({
	CLAIMSMAP_CLAIMS_FILE: writeFixture('popup', createPopupCollection())
}));

async function open(size = { width: 1440, height: 900 }) {
	const watched = await openPage(app.browser, size);
	await watched.page.goto(app.server.url + '/');
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

async function popupInsideMap(page: Page) {
	const popup = await page.locator('.maplibregl-popup').boundingBox();
	const map = await page.getByTestId('map').boundingBox();
	return (
		popup!.x >= map!.x - 1 &&
		popup!.y >= map!.y - 1 &&
		popup!.x + popup!.width <= map!.x + map!.width + 1 &&
		popup!.y + popup!.height <= map!.y + map!.height + 1
	);
}

const listed = (page: Page) =>
	page
		.locator('[data-testid="claim-list"] button.item')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id')));

describe('the popup and the details', () => {
	for (const size of [
		{ width: 1440, height: 900 },
		{ width: 390, height: 844 }
	]) {
		test(`a popup opened at the map's edge moves inside it and scrolls (${size.width} px)`, async () => {
			const { page, errors } = await open(size);
			// Put the crowded village near the top edge of the map, past the clustering zoom.
			await jumpTo(page, [CROWDED[0], CROWDED[1] - 0.004], 13);
			await waitForMapIdle(page);
			const map = await page.getByTestId('map').boundingBox();
			await page.evaluate(
				([dy]) => {
					const m = (
						window as unknown as { __claimsmap: { map: { panBy(o: number[], a: object): void } } }
					).__claimsmap.map;
					m.panBy([0, dy], { animate: false });
				},
				[-(map!.height / 2 - 30)]
			);
			await waitForMapIdle(page);
			const at = await pixelOf(page, CROWDED);
			await page.mouse.click(at.x, at.y);
			const popup = page.getByTestId('claim-popup');
			await expect.poll(() => popup.isVisible()).toBe(true);
			await expect.poll(() => popupInsideMap(page), { timeout: 5_000 }).toBe(true);
			const scrolls = await popup.evaluate((el) => el.scrollHeight > el.clientHeight);
			expect(scrolls).toBe(true);
			await screenshot(page, `popup-${size.width}-edge`);
			expect(errors).toEqual([]);
		});
	}

	test('Details closes the popup and opens the claim', async () => {
		const { page } = await open();
		await jumpTo(page, OWN, 9);
		await waitForMapIdle(page);
		const at = await pixelOf(page, OWN);
		await page.mouse.click(at.x, at.y);
		const popup = page.getByTestId('claim-popup');
		await expect.poll(() => popup.isVisible()).toBe(true);
		await popup
			.getByRole('button', { name: /Details/ })
			.first()
			.click();
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(true);
		await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
	});

	test("Show on map for an alternative keeps the claim's point in view and the list as it was", async () => {
		const { page } = await open();
		await page.locator('[data-claim-id="ambiguous"]').click();
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(true);
		// Opening the claim zooms to it; the list is what that view holds.
		await page.waitForTimeout(900);
		await waitForMapIdle(page);
		const url = new URL(page.url()).searchParams.get('bbox');
		await page.getByRole('button', { name: 'Show on map' }).click();
		await page.waitForTimeout(900);
		await waitForMapIdle(page);
		const [west, south, east, north] = await mapBounds(page);
		for (const [lon, lat] of [OWN, ELSEWHERE]) {
			expect(lon).toBeGreaterThan(west);
			expect(lon).toBeLessThan(east);
			expect(lat).toBeGreaterThan(south);
			expect(lat).toBeLessThan(north);
		}
		await screenshot(page, 'detail-1440-alternative');
		expect(new URL(page.url()).searchParams.get('bbox')).toBe(url);
		await page.keyboard.press('Escape');
		await expect.poll(() => listed(page)).toEqual(['ambiguous']);
		expect(new URL(page.url()).searchParams.get('bbox')).toBe(url);
	});
});
