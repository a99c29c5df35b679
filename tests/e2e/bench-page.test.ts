/**
 * Keeps the map benchmark honest and working: the /bench page draws the same small synthetic set
 * with the naive baseline and with the app's claim layers, applies side filters, and exports every
 * claim. (`npm run bench` runs the real 100,000-claim measurement.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, useBrowserApp } from './harness';

const app = useBrowserApp();

const COUNT = 2000;

async function openBench(): Promise<{ page: Page; errors: string[] }> {
	const watched = await openPage(app.browser, { width: 1280, height: 800 });
	await watched.page.goto(`${app.server.url}/bench?n=${COUNT}&seed=3`);
	await watched.page.waitForFunction(
		() => 'firstDraw' in ((window as { __bench?: object }).__bench ?? {}),
		undefined,
		{
			timeout: 60_000
		}
	);
	return watched;
}

interface Api {
	firstDraw(
		v: 'baseline' | 'ours'
	): Promise<{ totalMs: number; claimsMs: number; rendered: number }>;
	sideChanges(): Promise<{ times: number[]; frames: number[]; rendered: number[] }>;
	exportAll(): { count: number; geojsonBytes: number; csvBytes: number; totalMs: number };
}

describe('the map benchmark page', () => {
	test.each(['baseline', 'ours'] as const)(
		'draws the %s map and times side changes',
		async (variant) => {
			const { page, errors } = await openBench();
			const draw = await page.evaluate(
				(v) => (window as unknown as { __bench: Api }).__bench.firstDraw(v),
				variant
			);
			expect(draw.rendered).toBeGreaterThan(0);
			expect(draw.totalMs).toBeGreaterThanOrEqual(draw.claimsMs);
			const changes = await page.evaluate(() =>
				(window as unknown as { __bench: Api }).__bench.sideChanges()
			);
			expect(changes.times.every((t) => t > 0)).toBe(true);
			if (variant === 'baseline') {
				// Steps: russia, russia+ukraine, all, ukraine, the three small sides, all.
				const [russia, both, all] = changes.rendered;
				expect(russia).toBeLessThan(both);
				expect(both).toBeLessThan(all);
			}
			expect(errors).toEqual([]);
			await page.context().close();
		}
	);

	test('exports every synthetic claim', async () => {
		const { page } = await openBench();
		const run = await page.evaluate(() =>
			(window as unknown as { __bench: Api }).__bench.exportAll()
		);
		expect(run.count).toBe(COUNT);
		expect(run.geojsonBytes).toBeGreaterThan(run.csvBytes);
		await page.context().close();
	});
});
