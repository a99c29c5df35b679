/**
 * Input (issue 17): "Import GeoJSON" takes any point or polygon GeoJSON, with a mapping of its
 * properties offered, and the map zooms to what was imported; a pasted article fills the title.
 */
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapBounds, renderedBySide, waitForClaims } from './dashboard-helpers';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

/** Pastes `text` into a text box as the clipboard would. */
async function pasteInto(page: Page, box: Locator, text: string) {
	await box.focus();
	await page.evaluate((value) => {
		const area = document.activeElement as HTMLTextAreaElement;
		const data = new DataTransfer();
		data.setData('text/plain', value);
		area.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);
}

const dir = mkdtempSync(join(tmpdir(), 'claimsmap-import-'));
const app = useBrowserApp(() => ({ CLAIMSMAP_DB: join(dir, 'import.db'), CLAIMSMAP_SEED: '0' }));

/** Another tool's export: a point, a polygon and a line, with its own property names. */
const FOREIGN = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [36.72, 35.14] },
			properties: {
				actor: 'RU',
				category: 'strike',
				reported: '2023-08-02',
				headline: 'Invented strike'
			}
		},
		{
			type: 'Feature',
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[37.9, 36.1],
						[38.3, 36.1],
						[38.3, 36.4],
						[37.9, 36.4],
						[37.9, 36.1]
					]
				]
			},
			properties: { actor: 'a third party', category: 'protest', headline: 'Invented area report' }
		},
		{
			type: 'Feature',
			geometry: {
				type: 'LineString',
				coordinates: [
					[36, 35],
					[37, 36]
				]
			},
			properties: { headline: 'A road' }
		}
	]
};

describe('importing and pasting', () => {
	test('any point or polygon GeoJSON imports with a mapping, and the map zooms to it', async () => {
		const { page, errors } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(app.server.url + '/');
		await waitForClaims(page);
		await waitForMapIdle(page);
		await page.getByTestId('import-input').setInputFiles({
			name: 'other-tool.geojson',
			mimeType: 'application/geo+json',
			buffer: Buffer.from(JSON.stringify(FOREIGN))
		});
		const form = page.getByTestId('import-mapping');
		await form.waitFor();
		expect(await form.getByLabel('Side (who claims it)').inputValue()).toBe('actor');
		expect(await form.getByLabel('Event type').inputValue()).toBe('category');
		expect(await form.getByLabel('Title').inputValue()).toBe('headline');
		// The date is in a property the guess does not know: the user picks it.
		await form.getByLabel('Date').selectOption('reported');
		const audit = await new AxeBuilder({ page } as never).include('dialog').analyze();
		expect(
			audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		).toEqual([]);
		await screenshot(page, 'import-1440-mapping');
		await form.getByRole('button', { name: 'Import' }).click();
		await expect
			.poll(() => page.getByTestId('import-dialog').textContent())
			.toContain('feature 3: a LineString geometry is not a point or polygon');
		await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click();
		await waitForMapIdle(page);
		await expect.poll(() => renderedBySide(page)).toEqual({ russia: 1, unattributed: 1 });
		const [west, south, east, north] = await mapBounds(page);
		expect(west).toBeGreaterThan(30);
		expect(north).toBeLessThan(45);
		expect(west).toBeLessThan(36.72);
		expect(east).toBeGreaterThan(38.1);
		expect(south).toBeLessThan(35.14);
		const rows = await page.locator('[data-testid="claim-list"] button.item').allTextContents();
		expect(rows.join(' ')).toContain('Invented area report');
		expect(rows.join(' ')).toContain('Other');
		await screenshot(page, 'import-1440-imported');
		expect(errors).toEqual([]);
	});

	test('a pasted article with a header keeps none of its header lines in the body', async () => {
		const { page } = await openPage(app.browser, { width: 1440, height: 900 });
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		await page.getByRole('button', { name: 'Add article' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add article' });
		const pasted =
			'Title: Invented evening update\nAuthor: Jane Roe\nTags: front, drones\nDate: 2024-05-06\n\nThe invented ministry said a depot was hit near a hamlet.';
		await pasteInto(page, dialog.getByLabel('Article text'), pasted);
		await expect
			.poll(() => dialog.getByLabel('Title').inputValue())
			.toBe('Invented evening update');
		const body = await dialog.getByLabel('Article text').inputValue();
		expect(body).toBe('The invented ministry said a depot was hit near a hamlet.');
		await screenshot(page, 'add-article-1440-pasted-header');
	});

	test('a pasted article fills the title from its first line', async () => {
		const { page } = await openPage(app.browser, { width: 390, height: 844 });
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		await page.getByRole('button', { name: 'Data' }).click();
		await page.getByRole('button', { name: 'Add article' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add article' });
		const body =
			'Invented morning round-up\n\nThe invented ministry said a depot was hit near a hamlet.';
		await pasteInto(page, dialog.getByLabel('Article text'), body);
		await expect
			.poll(() => dialog.getByLabel('Title').inputValue())
			.toBe('Invented morning round-up');
		expect(await dialog.getByLabel('Article text').inputValue()).toContain('depot was hit');
		await screenshot(page, 'add-article-390-pasted');
		const audit = await new AxeBuilder({ page } as never).include('dialog').analyze();
		expect(
			audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		).toEqual([]);
	});
});
