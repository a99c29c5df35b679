/**
 * The incident filter "claimed by both sides / only one side" (issue 18), on invented reports posted
 * to a fresh server: each choice lists only the claims of its incidents, rides in the URL as
 * `claimedBy=…` (a copied link restores it), and the page's incident export holds the same
 * incidents as `/api/incidents.geojson` asked with the same query.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForClaims } from './dashboard-helpers';
import { openPage, screenshot, useBrowserApp, waitForMapIdle } from './harness';
import {
	DVORICHNA_ONE_SIDE,
	fetchIncidents,
	KUPIANSK_BOTH_SIDES,
	postReports,
	type Incident
} from './incident-helpers';

const app = useBrowserApp(() => ({
	CLAIMSMAP_DB: join(mkdtempSync(join(tmpdir(), 'claimsmap-claimed-by-')), 'claims.db'),
	CLAIMSMAP_SEED: '0'
}));

/**
 * Invented reports: both sides assert a strike in Kupiansk; Russia claims a bridge in Balakliia
 * destroyed and Ukraine denies it (both sides speak, contested); one side alone on Dvorichna and on
 * Lozova.
 */
const REPORTS = [
	...KUPIANSK_BOTH_SIDES,
	{
		title: 'Invented ministry statement',
		published: '2024-05-16',
		text: 'The Russian Defence Ministry said its aircraft destroyed a bridge in Balakliia on Thursday.'
	},
	{
		title: 'Invented staff rebuttal',
		published: '2024-05-16',
		text: 'The Ukrainian General Staff denied that a bridge in Balakliia was destroyed on Thursday.'
	},
	DVORICHNA_ONE_SIDE,
	{
		title: 'Invented air force note',
		published: '2024-05-18',
		text: 'Ukrainian air defence shot down four drones over Lozova on Saturday, the Ukrainian air force said.'
	}
];

/** The listed claims' feature ids, sorted. */
function listedIds(page: Page): Promise<string[]> {
	return page
		.locator('[data-claim-id]')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id') ?? '').sort());
}

/** The feature ids of the claims of some incidents, sorted. */
function claimsOf(incidents: readonly Incident[]): string[] {
	return incidents.flatMap((i) => i.properties.featureIds).sort();
}

/** Downloads the page's incident GeoJSON export; answers its incidents' ids. */
async function exportedIds(page: Page): Promise<string[]> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export incidents GeoJSON' }).click()
	]);
	const collection = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
		features: { id: string }[];
	};
	return collection.features.map((f) => f.id).sort();
}

/** The incident ids `/api/incidents.geojson` answers for a query. */
async function apiIds(query: string): Promise<string[]> {
	const response = await fetch(`${app.server.url}/api/incidents.geojson?${query}`);
	expect(response.status).toBe(200);
	const collection = (await response.json()) as { features: { id: string }[] };
	return collection.features.map((f) => f.id).sort();
}

describe('the claimed-by incident filter', () => {
	test('both sides and one side each list, link and export only their incidents', async () => {
		await postReports(app.server.url, REPORTS);
		const all = await fetchIncidents(app.server.url);
		const both = all.filter((i) => i.properties.claimedBy === 'both');
		const one = all.filter((i) => i.properties.claimedBy === 'one');
		const places = (incidents: Incident[]) =>
			incidents.map((i) => [i.properties.placeName, i.properties.status]).sort();
		// The reports make the incidents they were written for.
		expect(places(both)).toEqual([
			['Balakliya', 'contested'],
			['Kupyansk', 'corroborated']
		]);
		expect(places(one)).toEqual([
			['Dvorichna', 'single'],
			['Lozova', 'single']
		]);

		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(app.server.url + '/');
		await waitForClaims(page);
		await waitForMapIdle(page);
		await expect.poll(() => listedIds(page)).toEqual(claimsOf(all));

		const bothBox = page.getByRole('checkbox', { name: 'Claimed by both sides' });
		const oneBox = page.getByRole('checkbox', { name: 'Only one side' });
		await bothBox.check();
		await expect.poll(() => listedIds(page)).toEqual(claimsOf(both));
		await expect.poll(() => new URL(page.url()).searchParams.get('claimedBy')).toBe('both');
		await waitForMapIdle(page);
		await screenshot(page, 'incidents-claimed-by-both');
		const exportedBoth = await exportedIds(page);
		expect(exportedBoth).toEqual(both.map((i) => i.id).sort());
		expect(await apiIds('claimedBy=both')).toEqual(exportedBoth);

		await bothBox.uncheck();
		await oneBox.check();
		await expect.poll(() => listedIds(page)).toEqual(claimsOf(one));
		await expect.poll(() => new URL(page.url()).searchParams.get('claimedBy')).toBe('one');
		await waitForMapIdle(page);
		await screenshot(page, 'incidents-claimed-by-one');
		const exportedOne = await exportedIds(page);
		expect(exportedOne).toEqual(one.map((i) => i.id).sort());
		expect(await apiIds('claimedBy=one')).toEqual(exportedOne);

		// A copied link restores the choice.
		await page.goto(`${app.server.url}/?claimedBy=one`);
		await waitForClaims(page);
		await expect.poll(() => listedIds(page)).toEqual(claimsOf(one));
		expect(await oneBox.isChecked()).toBe(true);
		expect(await bothBox.isChecked()).toBe(false);
		// Both choices together restrict nothing: every incident is claimed by one side or more.
		await bothBox.check();
		await expect.poll(() => listedIds(page)).toEqual(claimsOf(all));
		await expect.poll(() => new URL(page.url()).searchParams.get('claimedBy')).toBe('one,both');
		expect(await apiIds('claimedBy=one,both')).toEqual(all.map((i) => i.id).sort());
		expect(errors).toEqual([]);
	});
});
