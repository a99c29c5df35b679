/**
 * The map's claims (issue 17, "The map"): region claims hatched and outlined per side, fading with
 * zoom; clusters that show what they hold and expand on click; claims at one spot spread apart;
 * and an opening view that fits Ukraine's claims, not a far outlier.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../src/lib/core/contract';
import { SIDE_COLOURS } from '../../src/lib/ui/symbols/palette';
import { CLAIM_LAYERS, CLUSTER_OFFSETS, spreadOffsets } from '../../src/lib/ui/map/claim-layers';
import {
	jumpTo,
	mapBounds,
	mapPixels,
	pixelOf,
	renderedBySide,
	shareNear,
	shadedRegionsBySide,
	waitForClaims
} from './dashboard-helpers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

/** Where six claims gather into one bubble at overview zoom. */
const CLUSTERED: [number, number][] = [
	[36.2, 49.9],
	[36.3, 49.95],
	[36.4, 49.92],
	[36.25, 50.05],
	[36.35, 50.0],
	[36.45, 50.02]
];
/** One village where four claims are placed. */
const SPOT: [number, number] = [35.05, 48.45];

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
		region('region-ua2', 'ukraine', 'Kherson', [33.5, 46.8]),
		// Six Russian claims around a town: four strikes, two drones downed.
		...CLUSTERED.map(([lon, lat], i) =>
			createClaim(`cluster-${i}`, [lon, lat], {
				eventType: i < 4 ? 'strike' : 'drone_downed',
				summary: `Clustered claim ${i}`
			})
		),
		// Four claims named at one village.
		...(['russia', 'ukraine', 'other', 'russia'] as const).map((side, i) =>
			createClaim(`spot-${i}`, [...SPOT], { claimantSide: side, summary: `Same spot ${i}` })
		),
		// One claim at a far-away capital.
		createClaim('far-away', [-77.03, 38.9], {
			claimantSide: 'united_states',
			summary: 'Far-away briefing',
			placeName: 'Invented Capital'
		})
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

/** The ids of the Russian claims drawn as single symbols now. */
async function russianPoints(page: Page): Promise<string[]> {
	return page.evaluate((layer) => {
		const map = (
			window as unknown as {
				__claimsmap: {
					map: { queryRenderedFeatures(o: object): { properties: { id: string } }[] };
				};
			}
		).__claimsmap.map;
		return [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.id))];
	}, CLAIM_LAYERS.points('russia'));
}

describe('clusters that tell what they hold', () => {
	test("a bubble shows its claims' most common shape, and a click opens it", async () => {
		const { page, errors } = await open();
		await settle(page, [36.3, 49.97], 6);
		const badges = await page.evaluate((layer) => {
			const map = (
				window as unknown as {
					__claimsmap: {
						map: { queryRenderedFeatures(o: object): { layer: { layout: object } }[] };
					};
				}
			).__claimsmap.map;
			return map
				.queryRenderedFeatures({ layers: [layer] })
				.map((f) => JSON.stringify(f.layer.layout));
		}, CLAIM_LAYERS.clusterTypes('russia'));
		expect(badges.length).toBeGreaterThan(0);
		expect(badges[0]).toContain('claim-glyph-strike');
		expect(await russianPoints(page)).toEqual([]);
		await screenshot(page, 'clusters-1440-badge');
		const zoomBefore = await page.evaluate(() =>
			(
				window as unknown as { __claimsmap: { map: { getZoom(): number } } }
			).__claimsmap.map.getZoom()
		);
		const at = await pixelOf(page, [36.3, 49.97]);
		await page.mouse.click(at.x + CLUSTER_OFFSETS.russia[0], at.y + CLUSTER_OFFSETS.russia[1]);
		await expect
			.poll(
				async () => (await russianPoints(page)).filter((id) => id.startsWith('cluster-')).length,
				{
					timeout: 10_000
				}
			)
			.toBe(6);
		const zoomAfter = await page.evaluate(() =>
			(
				window as unknown as { __claimsmap: { map: { getZoom(): number } } }
			).__claimsmap.map.getZoom()
		);
		expect(zoomAfter - zoomBefore).toBeGreaterThanOrEqual(1.5);
		await screenshot(page, 'clusters-1440-opened');
		expect(errors).toEqual([]);
	});

	test('claims at one spot spread apart at high zoom, each one clickable', async () => {
		const { page } = await open();
		await settle(page, SPOT, 13);
		const centre = await pixelOf(page, SPOT);
		const found = new Set<string>();
		for (const [dx, dy] of spreadOffsets(4)) {
			const ids = await page.evaluate(
				([x, y, layers]) => {
					const map = (
						window as unknown as {
							__claimsmap: {
								map: {
									getCanvas(): HTMLElement;
									queryRenderedFeatures(
										box: [[number, number], [number, number]],
										o: object
									): { properties: { id: string } }[];
								};
							};
						}
					).__claimsmap.map;
					const rect = map.getCanvas().getBoundingClientRect();
					const px = x - rect.left;
					const py = y - rect.top;
					return map
						.queryRenderedFeatures(
							[
								[px - 2, py - 2],
								[px + 2, py + 2]
							],
							{ layers }
						)
						.map((f) => f.properties.id);
				},
				[
					centre.x + dx,
					centre.y + dy,
					(['russia', 'ukraine', 'other'] as const).map((s) => CLAIM_LAYERS.points(s))
				] as const
			);
			expect(ids).toHaveLength(1);
			found.add(ids[0]);
		}
		expect([...found].sort()).toEqual(['spot-0', 'spot-1', 'spot-2', 'spot-3']);
		await screenshot(page, 'clusters-1440-spread');
		await page.setViewportSize({ width: 390, height: 844 });
		await waitForMapIdle(page);
		await screenshot(page, 'clusters-390-spread');
	});
});

describe('the opening view', () => {
	test('fits the claims in and around Ukraine, not a far-away outlier', async () => {
		const { page } = await open();
		const [west, south, east, north] = await mapBounds(page);
		expect(west).toBeGreaterThan(20);
		expect(east).toBeLessThan(45);
		for (const [lon, lat] of [...CLUSTERED, SPOT, [33.5, 46.8]]) {
			expect(lon).toBeGreaterThan(west);
			expect(lon).toBeLessThan(east);
			expect(lat).toBeGreaterThan(south);
			expect(lat).toBeLessThan(north);
		}
		// The far claim is still counted and listed, just not fitted.
		expect(await renderedBySide(page)).not.toHaveProperty('united_states');
		expect(await page.getByTestId('claim-counts').textContent()).toMatch(/^\d+ claims/);
		await screenshot(page, 'opening-1440');
	});
});
