/**
 * Choosing the incident to merge with (issue 18): an editor opens a claim's incident, and instead of
 * typing a feature id picks among the incidents near it in place and days, searched and chosen with
 * the keyboard alone; a far incident is not offered, but its claim id typed whole finds it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { waitForClaims } from './dashboard-helpers';
import { openPage, screenshot, useBrowserApp, waitForMapIdle } from './harness';
import { fetchIncidents, postReports } from './incident-helpers';

const app = useBrowserApp(() => ({
	CLAIMSMAP_DB: join(mkdtempSync(join(tmpdir(), 'claimsmap-merge-')), 'claims.db'),
	CLAIMSMAP_SEED: '0'
}));

/** Invented reports: one strike in Kupiansk, one in Dvorichna (16 km away), one in Odesa (far). */
const REPORTS = [
	{
		title: 'Invented ministry briefing',
		published: '2024-05-14',
		text: 'The Russian Defence Ministry said its forces struck a fuel depot in Kupiansk on Tuesday.'
	},
	{
		title: 'Invented village council note',
		published: '2024-05-14',
		text: 'Russian drones hit a grain store in Dvorichna on Tuesday, the Ukrainian general staff said.'
	},
	{
		title: 'Invented port report',
		published: '2024-05-14',
		text: 'Russian missiles struck a warehouse in Odesa on Tuesday, the Ukrainian air force said.'
	}
];

describe('the merge picker', () => {
	test('offers nearby incidents, is searched and chosen with the keyboard, and merges', async () => {
		await postReports(app.server.url, REPORTS);
		const before = await fetchIncidents(app.server.url);
		const place = (name: string) => before.find((i) => i.properties.placeName === name);
		const [kupiansk, dvorichna, odesa] = ['Kupyansk', 'Dvorichna', 'Odesa'].map(place);
		expect(kupiansk && dvorichna && odesa).toBeTruthy();
		const first = kupiansk!.properties.featureIds[0];

		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(`${app.server.url}/?claim=${first}`);
		await waitForClaims(page);
		await waitForMapIdle(page);
		await page.getByText('Judge this incident').click();
		const search = page.getByRole('combobox', { name: 'Merge with another incident' });
		const options = page
			.getByRole('listbox', { name: 'Incidents to merge with' })
			.getByRole('option');
		// Only the incident within the days and the distance is offered.
		await expect.poll(() => options.count()).toBe(1);
		expect(await options.first().textContent()).toContain('Dvorichna');
		expect(await options.first().textContent()).toMatch(/1\d km away, same days/);

		// A search that matches nothing near says so; the far incident's claim id finds it.
		await search.fill('warehouse town');
		await expect.poll(() => page.getByTestId('merge-none').isVisible()).toBe(true);
		await search.fill(odesa!.properties.featureIds[0]);
		await expect.poll(() => options.count()).toBe(1);
		expect(await options.first().textContent()).toContain('Odesa');

		// Keyboard only: type a place's first letters, arrow down to it, Enter chooses it.
		await search.fill('');
		await search.pressSequentially('dvor');
		await search.press('ArrowDown');
		expect(await search.getAttribute('aria-activedescendant')).toBe(
			await options.first().getAttribute('id')
		);
		await search.press('Enter');
		expect(await options.first().getAttribute('aria-selected')).toBe('true');
		const merge = page.getByRole('button', { name: /^Merge with Dvorichna/ });
		expect(await merge.isEnabled()).toBe(true);
		await screenshot(page, 'incidents-merge-picker');
		await search.press('Tab');
		expect(await merge.evaluate((b) => b === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');

		await expect
			.poll(async () =>
				(await fetchIncidents(app.server.url)).find((i) => i.properties.featureIds.includes(first))
			)
			.toMatchObject({
				properties: { featureIds: [first, ...dvorichna!.properties.featureIds] }
			});
		await expect.poll(() => page.getByTestId('incident-line').textContent()).toContain('Ukraine');
		expect(errors).toEqual([]);
	});
});
