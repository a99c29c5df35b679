import { describe, expect, test } from 'vitest';
import { pixelOf, waitForClaims } from './dashboard-helpers';
import { XSS, createXssCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const collection = createXssCollection();

const app = useBrowserApp(() => ({ CLAIMSMAP_CLAIMS_FILE: writeFixture('xss', collection) }));

describe('article text is only ever text', () => {
	test('markup in a title, quote, summary and claimant is shown literally and runs nothing', async () => {
		const { page, errors } = await openPage(app.browser);
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(app.server.url + '/');
		await waitForClaims(page);
		await waitForMapIdle(page);

		// The list shows the summary as text.
		const item = page.locator('[data-claim-id="xss-1"]');
		expect(await item.textContent()).toContain(`Strike ${XSS}`);

		// The popup shows the quote and the title as text.
		const at = await pixelOf(
			page,
			collection.features[0].geometry!.coordinates as [number, number]
		);
		await page.mouse.click(at.x, at.y);
		const popup = page.getByTestId('claim-popup');
		await expect.poll(() => popup.isVisible()).toBe(true);
		const popupText = (await popup.textContent()) ?? '';
		expect(popupText).toContain(collection.features[0].properties.quote);
		expect(popupText).toContain(`Report ${XSS}`);
		await page.keyboard.press('Escape');

		// The detail too.
		await item.click();
		const detail = page.getByTestId('claim-detail');
		await expect.poll(() => detail.isVisible()).toBe(true);
		const detailText = (await detail.textContent()) ?? '';
		expect(detailText).toContain(`spokesman ${XSS}`);
		expect(detailText).toContain(`Report ${XSS}`);

		// No element was made from the markup, and its handler never ran.
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		await page.waitForTimeout(500);
		expect(dialogs).toEqual([]);
		await screenshot(page, 'dashboard-xss');
		expect(errors).toEqual([]);
	});
});
