/**
 * The whole ingest-and-correct flow in real Chromium against the built server and a fresh SQLite
 * file: paste an invented article naming two villages, see its claims on the map and in the list,
 * move one claim to an alternative place, reload, and find the correction still there and exported.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ClaimCollection } from '../../src/lib/core/contract';
import type { Page } from 'playwright-core';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'claimsmap-flow-'));
const app = useBrowserApp(() => ({ CLAIMSMAP_DB: join(dir, 'flow.db'), CLAIMSMAP_SEED: '0' }));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Claims drawn on the map: single points plus each side's count inside the clusters drawn. */
async function renderedClaims(page: Page): Promise<number> {
	return page.evaluate(() => {
		type Rendered = { layer: { id: string }; properties: Record<string, unknown> };
		const map = (
			window as unknown as {
				__claimsmap: {
					map: {
						getStyle(): { layers: { id: string }[] };
						queryRenderedFeatures(o: { layers: string[] }): Rendered[];
					};
				};
			}
		).__claimsmap.map;
		// Layer ids as the map names them: one layer for all sides or one per side (`-<side>`).
		const layers = map
			.getStyle()
			.layers.map((l) => l.id)
			.filter((id) => /^claims-(points|clusters)(-|$)/.test(id));
		const seen = new Set<string>();
		let total = 0;
		for (const f of map.queryRenderedFeatures({ layers })) {
			const side = /^claims-(?:points|clusters)-(.+)$/.exec(f.layer.id)?.[1];
			const cluster = f.properties.cluster_id;
			const key =
				cluster === undefined ? `p:${String(f.properties.id)}` : `c:${side}:${String(cluster)}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (cluster === undefined) total += 1;
			else total += Number(side ? (f.properties[`n_${side}`] ?? 0) : f.properties.point_count);
		}
		return total;
	});
}

/** Two common village names, so the geocoder offers alternatives for each. */
const ARTICLE = [
	'Russian forces shelled the village of Mykolaivka overnight, the Ukrainian general staff said on Monday.',
	'The Russian defence ministry said its troops destroyed two tanks near the village of Novoselivka.'
].join('\n\n');

describe('adding an article and correcting a claim', () => {
	test('paste → claims on the map and in the list → move to an alternative → reload → still corrected and exported', async () => {
		const { page, errors } = await openPage(app.browser);
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);

		await page.getByRole('button', { name: 'Add article' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add article' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await dialog.getByLabel('Article text').fill(ARTICLE);
		await dialog.getByLabel('Title').fill('Invented village report');
		await dialog.getByLabel('Publisher').fill('Invented Wire');
		await dialog.getByLabel('Published').fill('2024-05-06');
		await dialog.getByRole('button', { name: 'Add article' }).click();
		await dialog.getByText(/^Added\./).waitFor({ timeout: 30_000 });
		const reviewed = await dialog
			.getByRole('list', { name: 'Extracted claims' })
			.locator(':scope > li')
			.count();
		expect(reviewed).toBe(2);
		// Each place line carries the text's own word for the place (the place's name, or "as …" when
		// the gazetteer calls it otherwise), so it can be checked against the quote below it.
		const lines = await dialog
			.getByRole('list', { name: 'Extracted claims' })
			.locator('.meta')
			.allTextContents();
		expect(lines.join(' ')).toContain('Mykolaivka');
		expect(lines.join(' ')).toContain('Novoselivka');
		await screenshot(page, 'ingest-flow-added');
		await dialog.getByRole('button', { name: 'Done' }).click();

		// In the list and on the map.
		const items = page.locator('[data-testid="claim-list"] button[data-claim-id]');
		await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(2);
		await waitForMapIdle(page);
		await expect
			.poll(() => renderedClaims(page), {
				timeout: 15_000
			})
			.toBe(2);

		// Move the first claim to its first alternative.
		const first = items.first();
		const featureId = (await first.getAttribute('data-claim-id'))!;
		const placeLineBefore = (await first.locator('.meta').textContent())!;
		await first.click();
		const review = page.locator('[data-testid="claim-detail"] [data-testid="claim-review"]');
		await review.waitFor();
		// An alternative whose place line differs from the row's (not a namesake in the same oblast).
		const labels = await review.locator('button[data-gazetteer-id]').allTextContents();
		const differing = labels.findIndex((label) => {
			const [name, oblast] = label.trim().replace(/\)$/, '').split(' (');
			return !placeLineBefore.includes(`${name}, ${oblast}`);
		});
		expect(differing).toBeGreaterThanOrEqual(0);
		const altButton = review.locator('button[data-gazetteer-id]').nth(differing);
		const altId = (await altButton.getAttribute('data-gazetteer-id'))!;
		const altLabel = (await altButton.textContent())!.trim();
		await altButton.click();
		await review.locator('[data-testid="corrected-badge"]').waitFor();
		await expect
			.poll(() => page.locator('[data-testid="claim-detail"]').textContent())
			.toContain(altId);

		// Back in the list, the row's place line names the place (and oblast) it was moved to.
		const row = page.locator(`[data-testid="claim-list"] button[data-claim-id="${featureId}"]`);
		const [altName, altOblast] = altLabel.replace(/\)$/, '').split(' (');
		expect(placeLineBefore).not.toContain(`${altName}, ${altOblast}`);
		await page.keyboard.press('Escape');
		await expect
			.poll(() => row.locator('.meta').textContent(), { timeout: 15_000 })
			.toContain(`${altName}, ${altOblast}`);
		await screenshot(page, 'ingest-flow-row-corrected');
		await row.click();
		await review.waitFor();

		// Reload: the correction is stored, shown with its badge and what it was.
		await page.reload();
		await waitForMapIdle(page);
		// The selected claim is part of the URL, so the reloaded page opens it again.
		expect(new URL(page.url()).search).toContain(featureId);
		await page.locator('[data-testid="claim-detail"]').waitFor();
		const after = page.locator('[data-testid="claim-detail"] [data-testid="claim-review"]');
		await after.locator('[data-testid="corrected-badge"]').waitFor();
		expect(await after.textContent()).toContain('Machine said');
		expect(await page.locator('[data-testid="claim-detail"]').textContent()).toContain(
			altLabel.split(' (')[0]
		);
		await screenshot(page, 'ingest-flow-corrected');
		const audit = await new AxeBuilder({ page } as never)
			.include('[data-testid="claim-detail"] [data-testid="claim-review"]')
			.analyze();
		expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		// The export carries it with corrected: true.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export GeoJSON' }).click()
		]);
		const path = join(dir, 'export.geojson');
		await download.saveAs(path);
		const exportedFile = JSON.parse(readFileSync(path, 'utf8')) as ClaimCollection;
		const feature = exportedFile.features.find((f) => f.id === featureId);
		expect(feature?.properties).toMatchObject({ corrected: true, gazetteerId: altId });
		const api = (await (
			await fetch(`${app.server.url}/api/claims.geojson`)
		).json()) as ClaimCollection;
		expect(api.features.find((f) => f.id === featureId)?.properties.corrected).toBe(true);
		expect(errors).toEqual([]);
	});

	test('a form error names the problem and nothing is sent', async () => {
		const { page } = await openPage(app.browser);
		await page.goto(app.server.url + '/');
		await page.getByRole('button', { name: 'Add article' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add article' });
		await dialog
			.getByLabel('Article text')
			.fill('Some invented words about nothing in particular.');
		await dialog.getByRole('button', { name: 'Add article' }).click();
		await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/title is missing/i);
		const list = (await (await fetch(`${app.server.url}/api/articles`)).json())
			.articles as unknown[];
		expect(list).toHaveLength(1);
	});
	test('opening an HTML file fills the text and what the file states about itself', async () => {
		const file = join(dir, 'invented.html');
		writeFileSync(
			file,
			`<html><head><title>Invented HTML report</title>
			<meta property="og:site_name" content="Invented Wire">
			<link rel="canonical" href="https://example.org/invented-html">
			<meta property="article:published_time" content="2024-02-03T09:00:00Z"></head>
			<body><p>Officials said a depot near an invented hamlet was struck.</p></body></html>`
		);
		const { page } = await openPage(app.browser);
		await page.goto(app.server.url + '/');
		await page.getByRole('button', { name: 'Add article' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add article' });
		await dialog.getByLabel(/Open a file/).setInputFiles(file);
		await expect.poll(() => dialog.getByLabel('Title').inputValue()).toBe('Invented HTML report');
		expect(await dialog.getByLabel('Publisher').inputValue()).toBe('Invented Wire');
		expect(await dialog.getByLabel('URL').inputValue()).toBe('https://example.org/invented-html');
		expect(await dialog.getByLabel('Published').inputValue()).toBe('2024-02-03');
		expect(await dialog.getByLabel('Article text').inputValue()).toContain(
			'depot near an invented hamlet'
		);
		const audit = await new AxeBuilder({ page } as never).include('dialog').analyze();
		expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
	test('a claim can be moved to a place found by searching the gazetteer', async () => {
		const { page, errors } = await openPage(app.browser);
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		const items = page.locator('[data-testid="claim-list"] button[data-claim-id]');
		await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
		const featureId = (await items.last().getAttribute('data-claim-id'))!;
		await items.last().click();
		const review = page.locator('[data-testid="claim-detail"] [data-testid="claim-review"]');
		await review.getByLabel('Search the gazetteer').fill('Izium');
		await review.getByRole('button', { name: 'Search' }).click();
		const found = review.getByRole('list', { name: 'Places found' }).getByRole('button');
		await expect.poll(() => found.count()).toBeGreaterThan(0);
		// The city first, said to be one, with its people and oblast; each place listed once.
		const metas = await review.getByTestId('place-found-meta').allTextContents();
		expect(metas[0]).toMatch(/^city · [\d,]+ people · Kharkiv Oblast$/);
		const listed = await found.allTextContents();
		expect(new Set(listed).size).toBe(listed.length);
		await screenshot(page, 'correction-search-1280');
		await found.first().click();
		await review.locator('[data-testid="corrected-badge"]').waitFor();
		const api = (await (await fetch(`${app.server.url}/api/claims/${featureId}`)).json()) as {
			feature: { properties: { placeName: string; corrected: boolean } };
		};
		expect(api.feature.properties).toMatchObject({ corrected: true });
		expect(api.feature.properties.placeName).toMatch(/^Iz[iy]um/);
		expect(errors).toEqual([]);
	});
	test('a rejected claim leaves the map and can be restored; an article can be deleted', async () => {
		const { page, errors } = await openPage(app.browser);
		await page.goto(app.server.url + '/');
		await waitForMapIdle(page);
		const items = page.locator('[data-testid="claim-list"] button[data-claim-id]');
		await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
		// What the server serves to the map and the export.
		const shown = async () =>
			((await (await fetch(`${app.server.url}/api/claims.geojson`)).json()) as ClaimCollection)
				.features.length;
		const before = await shown();
		await items.first().click();
		const review = page.locator('[data-testid="claim-detail"] [data-testid="claim-review"]');
		await review.getByRole('button', { name: 'Reject claim' }).click();
		await page.locator('[data-testid="claim-detail"]').waitFor({ state: 'detached' });
		await expect.poll(shown).toBe(before - 1);

		await page.getByRole('button', { name: 'Add article' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add article' });
		await dialog.getByText('Stored articles').click();
		const stored = dialog.getByRole('region', { name: 'Stored articles' });
		await stored.getByRole('button', { name: 'Rejected claims' }).first().click();
		await stored.getByRole('button', { name: 'Restore' }).click();
		await expect.poll(() => stored.getByRole('button', { name: 'Restore' }).count()).toBe(0);
		await expect.poll(shown).toBe(before);

		await stored.getByRole('button', { name: 'Delete' }).first().click();
		await stored.getByRole('button', { name: 'Really delete?' }).click();
		await expect.poll(() => stored.getByText('No articles stored yet.').count()).toBe(1);
		await expect.poll(shown).toBe(0);
		expect(errors).toEqual([]);
	});
});
