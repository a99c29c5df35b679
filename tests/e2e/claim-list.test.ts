/**
 * The claim list (issue 17, "The list and the details"): claims, not places, are rows; the claims
 * without a place are a section below; sort and search change the rows.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../src/lib/core/contract';
import { waitForClaims } from './dashboard-helpers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const SHARED: [number, number] = [36.2, 49.4];

/** A claim named at three villages, three single-place claims (one at a village of the first), and two without a place listed first in the file. */
function createListCollection() {
	const features: ClaimFeature[] = [
		createClaim('nowhere-a', null, {
			claimantSide: 'united_states',
			claimant: 'the invented embassy',
			summary: 'Unlocated embassy claim',
			eventDate: '2022-06-20'
		}),
		createClaim('nowhere-b', null, {
			claimantSide: 'unattributed',
			claimant: null,
			summary: 'Unlocated unattributed claim',
			eventDate: '2022-05-02'
		}),
		...(
			[
				['multi-1', SHARED, 'Ostrivka', 0.6],
				['multi-2', [37.1, 48.6], 'Lozivka', 0.7],
				['multi-3', [35.0, 47.9], 'Pisky', 0.8]
			] as const
		).map(([id, at, place, confidence]) =>
			createClaim(id, [...at], {
				claimId: 'claim-multi',
				claimant: 'the invented ministry',
				summary: 'Strikes at three villages',
				placeName: place,
				placeMention: place,
				eventDate: '2022-05-05',
				confidence
			})
		),
		createClaim('solo-u', [37.6, 49.7], {
			claimantSide: 'ukraine',
			claimant: 'the invented general staff',
			summary: 'Bridge destroyed',
			placeName: 'Kupiansk',
			placeMention: 'Kupyansk',
			quote: 'The general staff said a bridge near Kupyansk was destroyed.',
			eventDate: '2022-05-20',
			confidence: 0.95
		}),
		createClaim('solo-r', [34.1, 50.3], {
			summary: 'Ferry sunk',
			placeName: 'Izium',
			placeMention: 'Izium',
			quote: 'Invented officials reported a ferry sunk at Izium.',
			eventDate: '2022-05-01',
			confidence: 0.5
		}),
		createClaim('solo-o', SHARED, {
			claimantSide: 'other',
			claimant: 'an invented observer',
			summary: 'Observer report',
			eventDate: '2022-05-15',
			confidence: 0.75
		})
	];
	return createCollection(features);
}

const app = useBrowserApp(() => ({
	CLAIMSMAP_CLAIMS_FILE: writeFixture('list', createListCollection())
}));

async function open(size = { width: 1440, height: 900 }) {
	const watched = await openPage(app.browser, size);
	await watched.page.goto(app.server.url + '/');
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

/** The rows of a list section: a claim's feature id, or its claimId for a multi-place row. */
function rows(page: Page, section: 'claims-located' | 'claims-unlocated'): Promise<string[]> {
	return page
		.locator(`[data-testid="${section}"] > li > button.item`)
		.evaluateAll((items) =>
			items.map((i) => i.getAttribute('data-claim-id') ?? i.getAttribute('data-claim-group') ?? '')
		);
}

describe('the claim list', () => {
	test('a claim named at three places is one row that opens to its places', async () => {
		const { page, errors } = await open();
		const row = page.locator('[data-claim-group="claim-multi"]');
		expect(await row.count()).toBe(1);
		expect(await row.textContent()).toContain('3 places: Ostrivka, Lozivka, Pisky');
		expect(await row.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('[data-claim-id^="multi-"]').count()).toBe(0);
		await expect
			.poll(() => page.getByTestId('claim-counts').textContent())
			.toBe('6 claims at 5 places · 2 without a place');
		await row.click();
		expect(await row.getAttribute('aria-expanded')).toBe('true');
		const places = page.locator('[data-claim-id^="multi-"]');
		expect(await places.allTextContents()).toEqual([
			expect.stringContaining('Ostrivka'),
			expect.stringContaining('Lozivka'),
			expect.stringContaining('Pisky')
		]);
		await screenshot(page, 'list-1440-multi-open');
		// Each place opens the claim there, as a single-place row does.
		await page.locator('[data-claim-id="multi-2"]').click();
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(true);
		await expect.poll(() => new URL(page.url()).searchParams.get('claim')).toBe('multi-2');
		expect(await page.getByTestId('claim-detail').textContent()).toContain('Lozivka');
		// Back in the list, the claim stays open at the chosen place.
		await page.keyboard.press('Escape');
		await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
		expect(errors).toEqual([]);
	});

	test('the claims without a place are a section below the claims in view', async () => {
		const { page } = await open();
		expect(await rows(page, 'claims-unlocated')).toEqual(['nowhere-a', 'nowhere-b']);
		expect(await rows(page, 'claims-located')).not.toContain('nowhere-a');
		const heading = await page.getByRole('heading', { name: /Without a place/ }).boundingBox();
		const lastLocated = await page
			.locator('[data-testid="claims-located"] > li')
			.last()
			.boundingBox();
		expect(heading!.y).toBeGreaterThanOrEqual(lastLocated!.y + lastLocated!.height - 1);
	});

	test('the sort order changes the rows', async () => {
		const { page } = await open();
		expect(await rows(page, 'claims-located')).toEqual([
			'solo-u',
			'solo-o',
			'claim-multi',
			'solo-r'
		]);
		await page.getByLabel('Sort by').selectOption('confidence');
		await expect
			.poll(() => rows(page, 'claims-located'))
			.toEqual(['solo-u', 'claim-multi', 'solo-o', 'solo-r']);
		await page.getByLabel('Sort by').selectOption('side');
		await expect
			.poll(() => rows(page, 'claims-located'))
			.toEqual(['claim-multi', 'solo-r', 'solo-u', 'solo-o']);
	});

	test('the search finds claims by claimant, place as written and resolved, and quote', async () => {
		const { page, errors } = await open();
		const search = page.getByLabel('Search', { exact: true });
		const cases: [string, string[], string[]][] = [
			['general staff', ['solo-u'], []],
			['kupyansk', ['solo-u'], []],
			['Lozivka', ['claim-multi'], []],
			['ferry', ['solo-r'], []],
			['embassy', [], ['nowhere-a']]
		];
		for (const [query, located, unlocated] of cases) {
			await search.fill(query);
			await expect.poll(() => rows(page, 'claims-located')).toEqual(located);
			expect(await rows(page, 'claims-unlocated')).toEqual(unlocated);
		}
		await search.fill('ferry');
		await expect
			.poll(() => page.getByTestId('claim-match').textContent())
			.toBe('Matching “ferry”: 1 claim at 1 place');
		await search.fill('no such words');
		await expect
			.poll(() => page.getByTestId('claim-match').textContent())
			.toBe('No claim in this list matches “no such words”.');
		await search.fill('ferry');
		await screenshot(page, 'list-1440-search');
		await search.fill('');
		await expect.poll(async () => (await rows(page, 'claims-located')).length).toBe(4);
		expect(errors).toEqual([]);
	});

	test('the keyboard moves through rows and places with the arrow keys', async () => {
		const { page } = await open();
		await page.getByLabel('Sort by').selectOption('side');
		const row = page.locator('[data-claim-group="claim-multi"]');
		await row.focus();
		await page.keyboard.press('Enter');
		expect(await row.getAttribute('aria-expanded')).toBe('true');
		const focused = () =>
			page.evaluate(
				() =>
					document.activeElement?.getAttribute('data-claim-id') ??
					document.activeElement?.getAttribute('data-claim-group')
			);
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('multi-1');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('solo-r');
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('multi-3');
	});

	test('axe finds no serious or critical violations with a claim open and a search', async () => {
		const { page } = await open();
		await page.locator('[data-claim-group="claim-multi"]').click();
		await page.getByLabel('Search', { exact: true }).fill('ministry');
		const results = await new AxeBuilder({ page } as never).analyze();
		const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
			[]
		);
	});

	test('at 390 px the list panel shows the grouped rows and the section below', async () => {
		const { page, errors } = await open({ width: 390, height: 844 });
		await page.getByRole('button', { name: /^List/ }).click();
		expect(await page.getByRole('button', { name: /^List/ }).textContent()).toBe('List (6)');
		await page.locator('[data-claim-group="claim-multi"]').click();
		await screenshot(page, 'list-390-multi-open');
		await page.getByLabel('Search', { exact: true }).fill('invented');
		await screenshot(page, 'list-390-search');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		expect(errors).toEqual([]);
	});
});
