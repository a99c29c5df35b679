/**
 * Incidents in the dashboard (issue 18): the claim detail shows its incident's claimants and status;
 * the status filter narrows the claims to those incidents, and the incident export (in the page and
 * from the API) carries exactly the incidents the filter selects; the map rings contested and
 * corroborated incidents. A claims file the server shows read-only offers no judgement and says why;
 * an imported file's incidents are judged in the page, exported so, and forgotten when it is closed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../src/lib/core/contract';
import { jumpTo, waitForClaims } from './dashboard-helpers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, useBrowserApp, waitForMapIdle } from './harness';

const KUPIANSK: [number, number] = [37.6, 49.7];
const IZIUM: [number, number] = [37.25, 49.2];
const LYMAN: [number, number] = [37.8, 48.99];

/** Invented claims: one event asserted and denied, one asserted by both sides, one single. */
function createIncidentCollection() {
	const at = (id: string, place: string, point: [number, number] | null, o = {}): ClaimFeature =>
		createClaim(id, point, {
			articleId: `article-${id}`,
			articleTitle: `Invented report ${id}`,
			placeName: point ? place : null,
			placeMention: point ? place : null,
			gazetteerId: point ? `invented:${place}` : null,
			...o
		});
	return createCollection([
		at('kup-r', 'Kupiansk', KUPIANSK, {
			claimant: 'the invented ministry',
			summary: 'Strike on a depot',
			eventDate: '2022-05-10'
		}),
		at('kup-u', 'Kupiansk', KUPIANSK, {
			claimantSide: 'ukraine',
			claimant: 'the invented general staff',
			stance: 'denies',
			summary: 'Denies the strike on a depot',
			eventDate: '2022-05-10'
		}),
		at('izi-r', 'Izium', IZIUM, {
			claimant: 'the invented ministry',
			summary: 'Bridge struck',
			eventDate: '2022-05-12'
		}),
		at('izi-u', 'Izium', IZIUM, {
			claimantSide: 'ukraine',
			claimant: 'the invented governor',
			summary: 'Bridge hit',
			eventDate: '2022-05-12'
		}),
		at('lym-u', 'Lyman', LYMAN, {
			claimantSide: 'ukraine',
			claimant: 'the invented governor',
			summary: 'Shelling of a school',
			eventDate: '2022-05-14'
		}),
		at('none-u', 'nowhere', null, {
			claimantSide: 'ukraine',
			claimant: 'the invented governor',
			summary: 'Shelling somewhere',
			eventDate: '2022-05-14'
		})
	]);
}

const app = useBrowserApp(() => ({
	CLAIMSMAP_CLAIMS_FILE: writeFixture('incidents', createIncidentCollection())
}));

async function open(path = '/') {
	const watched = await openPage(app.browser, { width: 1440, height: 900 });
	await watched.page.goto(app.server.url + path);
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

/** The listed claims' feature ids. */
function listedIds(page: Page): Promise<string[]> {
	return page
		.locator('[data-claim-id]')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id') ?? '').sort());
}

/** Incident ids of a CSV export (its first column). */
function csvIds(csv: string): string[] {
	return csv
		.replace(/^\ufeff/, '')
		.trimEnd()
		.split('\r\n')
		.slice(1)
		.map((line) => line.split(',')[0]);
}

/** Statuses of the incident rings drawn on the map. */
function rings(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (
			window as unknown as {
				__claimsmap: {
					map: {
						getLayersOrder(): string[];
						queryRenderedFeatures(o: {
							layers: string[];
						}): { properties: { id: string; status: string } }[];
					};
				};
			}
		).__claimsmap.map;
		const layers = map.getLayersOrder().filter((id) => id.startsWith('incident-rings:'));
		const seen = new Map<string, string>();
		for (const f of map.queryRenderedFeatures({ layers }))
			seen.set(f.properties.id, f.properties.status);
		return [...seen.values()].sort();
	});
}

describe('incidents in the dashboard', () => {
	test('the detail view shows the incident’s claimants and status', async () => {
		const { page, errors } = await open('/?claim=kup-r');
		const incident = page.getByTestId('incident');
		await expect.poll(() => incident.isVisible()).toBe(true);
		expect(await page.getByTestId('incident-status').textContent()).toBe('Contested');
		expect(await page.getByTestId('incident-reason').textContent()).toBe(
			'denied by Ukraine (the invented general staff)'
		);
		expect(await page.getByTestId('incident-line').textContent()).toBe(
			'claimed by Russia (the invented ministry) · denied by Ukraine (the invented general staff) · reported by Test Wire'
		);
		expect(await page.locator('[data-testid="incident-claimants"] li').allTextContents()).toEqual([
			expect.stringMatching(/Claims\s+the invented ministry\s+\(Russia\)/),
			expect.stringMatching(/Denies\s+the invented general staff\s+\(Ukraine\)/)
		]);
		await screenshot(page, 'incidents-detail-contested');
		// A claim asserted by both sides is corroborated.
		await page.goto(app.server.url + '/?claim=izi-u');
		await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Corroborated');
		expect(errors).toEqual([]);
	});

	test('the map rings contested and corroborated incidents', async () => {
		const { page } = await open();
		await expect.poll(() => rings(page)).toEqual(['contested', 'corroborated']);
		await screenshot(page, 'incidents-map-rings');
	});

	test('the status filter and the export carry the same incidents', async () => {
		const { page, errors } = await open();
		await page.getByRole('checkbox', { name: /Contested/ }).check();
		await expect.poll(() => listedIds(page)).toEqual(['kup-r', 'kup-u']);
		await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('contested');
		await expect.poll(() => rings(page)).toEqual(['contested']);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export incidents CSV' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^incidents-contested-\d{4}-\d{2}-\d{2}\.csv$/);
		const exported = csvIds(readFileSync(await download.path(), 'utf8'));
		expect(exported).toEqual(['kup-r']);
		// The API answers the same incidents for the same query.
		const api = await fetch(`${app.server.url}/api/incidents.csv?status=contested`);
		expect(csvIds(await api.text())).toEqual(exported);
		await screenshot(page, 'incidents-filter-contested');
		// Two statuses, and a link that restores them.
		await page.getByRole('checkbox', { name: /Single source/ }).check();
		await expect.poll(() => listedIds(page)).toEqual(['kup-r', 'kup-u', 'lym-u', 'none-u']);
		const [both] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export incidents GeoJSON' }).click()
		]);
		const collection = JSON.parse(readFileSync(await both.path(), 'utf8')) as {
			features: { id: string; properties: { status: string } }[];
		};
		expect(collection.features.map((f) => [f.id, f.properties.status])).toEqual([
			['kup-r', 'contested'],
			['lym-u', 'single'],
			['none-u', 'single']
		]);
		const geo = await fetch(`${app.server.url}/api/incidents.geojson?status=single,contested`);
		expect(((await geo.json()) as typeof collection).features.map((f) => f.id)).toEqual(
			collection.features.map((f) => f.id)
		);
		expect(errors).toEqual([]);
	});

	test('a claims file the server shows read-only offers no judgement, and says why', async () => {
		const { page, errors } = await open('/?claim=izi-u');
		await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Corroborated');
		await expect
			.poll(() => page.getByTestId('incident-judge-note').textContent())
			.toBe(
				"Judgements are stored with the server's claims; this server shows a claims file read-only."
			);
		expect(await page.getByText('Judge this incident').count()).toBe(0);
		expect(await page.getByTestId('read-only').textContent()).toContain(
			"corrections are stored with the server's claims"
		);
		expect(await page.getByRole('button', { name: 'Add article' }).count()).toBe(0);
		await screenshot(page, 'incidents-claims-file-read-only');
		// The API refuses too, rather than judging a database the file is not part of...
		const response = await fetch(`${app.server.url}/api/incidents/judgements`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ kind: 'split', featureId: 'izi-u' })
		});
		expect(response.status).toBe(409);
		expect(((await response.json()) as { message: string }).message).toContain('read-only');
		// ...and so does a correction.
		const patch = await fetch(`${app.server.url}/api/claims/izi-u`, {
			method: 'PATCH',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ claimantSide: 'russia' })
		});
		expect(patch.status).toBe(409);
		expect(((await patch.json()) as { message: string }).message).toBe(
			"this server shows a claims file read-only: corrections are stored with the server's claims"
		);
		expect(errors).toEqual([]);
	});

	test('an imported file is judged in the page, exported so, and forgotten when closed', async () => {
		const { page, errors } = await open();
		await page.getByTestId('import-input').setInputFiles({
			name: 'analyst-copy.geojson',
			mimeType: 'application/geo+json',
			buffer: Buffer.from(JSON.stringify(createIncidentCollection()))
		});
		await expect
			.poll(async () => (await page.getByRole('status').allTextContents()).join(' '))
			.toContain('analyst-copy.geojson');
		await page.locator('[data-claim-id="izi-u"]').click();
		await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Corroborated');
		expect(await page.getByTestId('incident-judge-note').textContent()).toContain(
			'kept in this page until the file is closed'
		);
		await page.getByText('Judge this incident').click();
		await page.getByLabel('Note').fill('Invented photos show the broken bridge');
		await page.getByLabel('Link', { exact: true }).fill('https://example.org/bridge');
		await page.getByRole('button', { name: 'Mark verified' }).click();
		const verified = page.getByTestId('incident-verified');
		await expect.poll(() => verified.isVisible()).toBe(true);
		expect(await verified.textContent()).toContain('Invented photos show the broken bridge');
		expect(await page.getByRole('alert').count()).toBe(0);
		// A contested pair, split: the assertion alone is single-source, the denial still contested.
		await page.getByRole('button', { name: 'Close claim detail' }).click();
		// Opening the claim moved the map onto Izium: back to the view of every claim.
		await jumpTo(page, [37.5, 49.35], 8);
		await page.locator('[data-claim-id="kup-u"]').click();
		await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Contested');
		await page.getByText('Judge this incident').click();
		await page.getByRole('button', { name: 'Split this claim out into its own incident' }).click();
		await expect
			.poll(() => page.getByTestId('incident').textContent())
			.toContain('1 claim in 1 report');
		await screenshot(page, 'incidents-file-judged');
		// The shelling of Lyman, two days later, merged into the verified Izium incident.
		await page.getByRole('button', { name: 'Close claim detail' }).click();
		await jumpTo(page, [37.5, 49.35], 8);
		await page.locator('[data-claim-id="lym-u"]').click();
		await expect
			.poll(() => page.getByTestId('incident-status').textContent())
			.toBe('Single source');
		await page.getByText('Judge this incident').click();
		await page
			.getByRole('listbox', { name: 'Incidents to merge with' })
			.getByRole('option', { name: /Izium/ })
			.click();
		await page.getByRole('button', { name: /^Merge with Izium/ }).click();
		await expect
			.poll(() => page.getByTestId('incident').textContent())
			.toContain('3 claims in 3 reports');
		expect(await page.getByTestId('incident-verified').textContent()).toContain(
			'Invented photos show the broken bridge'
		);
		await expect
			.poll(() => page.getByTestId('page-judgements').textContent())
			.toBe('3 incident judgements made in this page, not saved.');
		// The export holds the incidents in view: every claim's again.
		await page.getByRole('button', { name: 'Close claim detail' }).click();
		await jumpTo(page, [37.5, 49.35], 8);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export incidents GeoJSON' }).click()
		]);
		const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
			features: {
				id: string;
				properties: { status: string; featureIds: string[]; verified: { note: string } | null };
			}[];
		};
		const byId = new Map(exported.features.map((f) => [f.id, f.properties]));
		// A merged incident keeps the id of the one the merge was made on (as the server's does).
		expect([...byId.keys()].sort()).toEqual(['kup-r', 'lym-u', 'none-u', 'split-kup-u']);
		expect(byId.get('lym-u')?.verified?.note).toBe('Invented photos show the broken bridge');
		expect(byId.get('lym-u')?.featureIds).toEqual(['izi-r', 'izi-u', 'lym-u']);
		expect(byId.get('kup-r')).toMatchObject({ status: 'single', featureIds: ['kup-r'] });
		expect(byId.get('split-kup-u')).toMatchObject({ status: 'contested', featureIds: ['kup-u'] });
		// The server's own incidents are untouched.
		const served = await (await fetch(`${app.server.url}/api/incidents.geojson`)).json();
		expect(
			(served as typeof exported).features.map((f) => [f.id, f.properties.verified])
		).toContainEqual(['izi-r', null]);
		// Closing the file asks first; declined, the judgements stay.
		const close = page.getByRole('button', { name: "Show the server's claims" });
		const asked: string[] = [];
		page.once('dialog', (dialog) => {
			asked.push(dialog.message());
			void dialog.dismiss();
		});
		await close.click();
		await expect.poll(() => asked.length).toBe(1);
		expect(asked[0]).toContain('3 judgements made on its incidents in this page will be lost');
		expect(await page.getByTestId('page-judgements').isVisible()).toBe(true);
		page.once('dialog', (dialog) => void dialog.accept());
		await close.click();
		await expect.poll(() => close.count()).toBe(0);
		await page.locator('[data-claim-id="kup-u"]').click();
		await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Contested');
		expect(errors).toEqual([]);
	});
});
