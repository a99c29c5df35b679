/**
 * The map's claims (issue 17, "The map"): region claims hatched and outlined per side, fading with
 * zoom; clusters that show what they hold and expand on click; claims at one spot spread apart;
 * and an opening view that fits Ukraine's claims, not a far outlier.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../src/lib/core/contract';
import { SIDE_COLOURS } from '../../src/lib/ui/symbols/palette';
import {
	jumpTo,
	mapPixels,
	shareNear,
	shadedRegionsBySide,
	waitForClaims
} from './dashboard-helpers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

/** A spot inside Donetsk Oblast, away from its claims' points. */
const DONETSK: [number, number] = [37.3, 47.6];

function region(id: string, side: 'russia' | 'ukraine', oblast: string, at: [number, number]) {
	return createClaim(id, at, {
		claimantSide: side,
		eventType: 'territorial_control',
		precision: 'region',
		uncertaintyKm: 80,
		placeMention: `the ${oblast} region`,
		placeName: `${oblast} Oblast`,
		admin1: `${oblast} Oblast`,
		summary: `Region claim ${id}`
	});
}

function createMapCollection() {
	const features: ClaimFeature[] = [
		region('region-ru', 'russia', 'Donetsk', [37.8, 48.0]),
		region('region-ua', 'ukraine', 'Donetsk', [37.8, 48.0]),
		region('region-ua2', 'ukraine', 'Kherson', [33.5, 46.8])
	];
	return createCollection(features);
}

const app = useBrowserApp(() => ({
	CLAIMSMAP_CLAIMS_FILE: writeFixture('map', createMapCollection())
}));

async function open(size = { width: 1440, height: 900 }) {
	const watched = await openPage(app.browser, size);
	await watched.page.goto(app.server.url + '/');
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

async function settle(page: Page, center: [number, number], zoom: number) {
	await jumpTo(page, center, zoom);
	await waitForMapIdle(page);
}

describe('regions shaded by side', () => {
	test("an oblast two sides claim shows both sides' colours, never a grey blend", async () => {
		const { page, errors } = await open();
		expect(await shadedRegionsBySide(page)).toEqual({ russia: 1, ukraine: 2 });
		await settle(page, DONETSK, 6);
		const pixels = await mapPixels(page, DONETSK, 25);
		// Stripes of each side's own colour (at the hatch's opacity over the land).
		expect(shareNear(pixels, SIDE_COLOURS.russia, 110)).toBeGreaterThan(0.08);
		expect(shareNear(pixels, SIDE_COLOURS.ukraine, 110)).toBeGreaterThan(0.08);
		expect(shareNear(pixels, SIDE_COLOURS.unattributed, 40)).toBeLessThan(0.02);
		await screenshot(page, 'regions-1440-z6');
		expect(errors).toEqual([]);
	});

	test('the shading fades as the user zooms in, and the legend says what it means', async () => {
		const { page } = await open();
		const strength = async () => {
			const pixels = await mapPixels(page, DONETSK, 25);
			return (
				shareNear(pixels, SIDE_COLOURS.russia, 90) + shareNear(pixels, SIDE_COLOURS.ukraine, 90)
			);
		};
		await settle(page, DONETSK, 5);
		const overview = await strength();
		await settle(page, DONETSK, 9.5);
		const close = await strength();
		expect(overview).toBeGreaterThan(0.15);
		expect(close).toBeLessThan(overview / 3);
		await screenshot(page, 'regions-1440-z9');
		expect(await page.getByTestId('legend-region').textContent()).toContain(
			'not who holds the area'
		);
	});
});
