/**
 * An editor's judgement in the dashboard (issue 18): on the server's claims, the incident section of
 * a claim's detail marks the incident verified with a note and a link, which the incident API then
 * serves; splitting the claim out gives it an incident of its own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { waitForClaims } from './dashboard-helpers';
import { openPage, screenshot, useBrowserApp, waitForMapIdle } from './harness';
import { fetchIncidents, KUPIANSK_BOTH_SIDES, postReports } from './incident-helpers';

const app = useBrowserApp(() => ({
	CLAIMSMAP_DB: join(mkdtempSync(join(tmpdir(), 'claimsmap-judge-')), 'claims.db'),
	CLAIMSMAP_SEED: '0'
}));

const REPORTS = KUPIANSK_BOTH_SIDES;

describe('judging an incident in the dashboard', () => {
	test('an editor marks an incident verified and splits a claim out', async () => {
		await postReports(app.server.url, REPORTS);
		const [incident] = await fetchIncidents(app.server.url);
		expect(incident.properties.status).toBe('corroborated');
		const [first, second] = incident.properties.featureIds;
		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(`${app.server.url}/?claim=${first}`);
		await waitForClaims(page);
		await waitForMapIdle(page);
		await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Corroborated');
		await page.getByText('Judge this incident').click();
		await page.getByLabel('Note').fill('Invented satellite images show the burnt depot');
		await page.getByLabel('Link', { exact: true }).fill('https://example.org/images');
		await page.getByRole('button', { name: 'Mark verified' }).click();
		const verified = page.getByTestId('incident-verified');
		await expect.poll(() => verified.isVisible()).toBe(true);
		expect(await verified.textContent()).toContain(
			'Invented satellite images show the burnt depot'
		);
		expect(await verified.locator('a').getAttribute('href')).toBe('https://example.org/images');
		await screenshot(page, 'incidents-judge-verified');
		expect((await fetchIncidents(app.server.url))[0].properties.verified?.note).toBe(
			'Invented satellite images show the burnt depot'
		);
		await page.getByRole('button', { name: 'Split this claim out into its own incident' }).click();
		await expect
			.poll(() => page.getByTestId('incident-status').textContent())
			.toBe('Single source');
		expect((await fetchIncidents(app.server.url)).map((i) => i.properties.featureIds)).toEqual(
			expect.arrayContaining([[first], [second]])
		);
		expect(errors).toEqual([]);
	});
});
