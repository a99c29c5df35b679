/**
 * Keyboard use of the dashboard (issue 17, "Input and keyboard"): skip links to the map and to the
 * list, the list as one tab stop moved through with the arrow keys, and Escape from a claim's detail
 * back to the row it was opened from.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForClaims } from './dashboard-helpers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const app = useBrowserApp(() => ({
	CLAIMSMAP_CLAIMS_FILE: writeFixture(
		'keyboard',
		createCollection(
			(
				[
					['kb-1', [36.2, 49.9], '2022-05-01'],
					['kb-2', [35.0, 48.4], '2022-05-02'],
					['kb-3', [37.5, 47.1], '2022-05-03'],
					['kb-4', [30.5, 50.4], '2022-05-04']
				] as const
			).map(([id, at, day]) =>
				createClaim(id, [...at], { eventDate: day, summary: `Keyboard claim ${id}` })
			)
		)
	)
}));

async function open(size = { width: 1440, height: 900 }) {
	const watched = await openPage(app.browser, size);
	await watched.page.goto(app.server.url + '/');
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			text: el?.textContent?.trim() ?? '',
			claim: el?.getAttribute('data-claim-id') ?? null,
			canvas: el?.classList.contains('maplibregl-canvas') ?? false
		};
	});

describe('the keyboard', () => {
	test('the first Tab shows a skip link to the map, the next one to the list', async () => {
		const { page, errors } = await open();
		await page.keyboard.press('Tab');
		expect((await focused(page)).text).toBe('Skip to the map');
		const link = page.getByRole('link', { name: 'Skip to the map' });
		const box = await link.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		await screenshot(page, 'keyboard-1440-skip-link');
		await page.keyboard.press('Tab');
		expect((await focused(page)).text).toBe('Skip to the list of claims');
		await page.keyboard.press('Enter');
		expect((await focused(page)).claim).toBe('kb-4');
		await page.getByRole('link', { name: 'Skip to the map' }).focus();
		await page.keyboard.press('Enter');
		expect((await focused(page)).canvas).toBe(true);
		expect(errors).toEqual([]);
	});

	test('the list is one tab stop: arrows move in it, Tab leaves it, and it remembers the row', async () => {
		const { page } = await open();
		expect(await page.locator('#list-panel button.item[tabindex="0"]').count()).toBe(1);
		await page.locator('[data-claim-id="kb-4"]').focus();
		await page.keyboard.press('ArrowDown');
		expect((await focused(page)).claim).toBe('kb-3');
		await page.keyboard.press('End');
		expect((await focused(page)).claim).toBe('kb-1');
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect((await focused(page)).claim).toBe('kb-2');
		await page.keyboard.press('Tab');
		expect((await focused(page)).claim).toBeNull();
		await page.keyboard.press('Shift+Tab');
		expect((await focused(page)).claim).toBe('kb-2');
	});

	test('Escape from the detail puts focus back on the row it came from', async () => {
		const { page } = await open();
		await page.locator('[data-claim-id="kb-4"]').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(async () => (await focused(page)).claim).toBe('kb-3');
		// And from the close button.
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByTestId('claim-detail').isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Close claim detail' }).click();
		await expect.poll(async () => (await focused(page)).claim).toBe('kb-3');
	});

	test('at 390 px the skip link to the list opens the list panel', async () => {
		const { page } = await open({ width: 390, height: 844 });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect((await focused(page)).text).toBe('Skip to the list of claims');
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await focused(page)).claim).toBe('kb-4');
		await screenshot(page, 'keyboard-390-list');
	});
});
