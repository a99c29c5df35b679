/**
 * The timeline (issue 17): bars by month over years, by week or day when zoomed in; a drag across
 * bars chooses a range; playback moves a week at a time with the map following; ISO date inputs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../src/lib/core/contract';
import { waitForClaims } from './dashboard-helpers';
import { createClaim, createCollection, writeFixture } from './fixtures/claims';
import { openPage, screenshot, waitForMapIdle, useBrowserApp } from './harness';

const WEST: [number, number] = [24.0, 49.8];
const EAST: [number, number] = [36.2, 50.0];

function createTimelineCollection() {
	const dated: [string, string, [number, number]][] = [
		['week-1', '2022-03-01', WEST],
		['week-2', '2022-03-09', EAST],
		['spring-a', '2022-05-10', EAST],
		['spring-b', '2022-05-12', EAST],
		['spring-c', '2022-05-30', WEST],
		['late-2023', '2023-11-20', EAST],
		['last', '2024-06-30', WEST]
	];
	const features: ClaimFeature[] = dated.map(([id, day, at]) =>
		createClaim(id, [...at], { eventDate: day, summary: `Claim of ${day}` })
	);
	return createCollection(features);
}

const app = useBrowserApp(() => ({
	CLAIMSMAP_CLAIMS_FILE: writeFixture('timeline', createTimelineCollection())
}));

async function open(size = { width: 1440, height: 900 }) {
	const watched = await openPage(app.browser, size);
	await watched.page.goto(app.server.url + '/');
	await waitForClaims(watched.page);
	await waitForMapIdle(watched.page);
	return watched;
}

const bars = (page: Page) => page.getByTestId('day-histogram');
const listed = (page: Page) =>
	page
		.locator('[data-testid="claims-located"] > li > button.item')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id')).sort());

/** Drags across the timeline from the bar starting `first` to the bar starting `last`. */
async function brush(page: Page, first: string, last: string) {
	const a = await bars(page).locator(`[data-day="${first}"] rect.hit`).boundingBox();
	const b = await bars(page).locator(`[data-day="${last}"] rect.hit`).boundingBox();
	await page.mouse.move(a!.x + a!.width / 2, a!.y + a!.height / 2);
	await page.mouse.down();
	await page.mouse.move(a!.x + a!.width + 10, a!.y + a!.height / 2, { steps: 3 });
	await page.mouse.move(b!.x + b!.width / 2, b!.y + b!.height / 2, { steps: 5 });
	await page.mouse.up();
}

describe('the timeline', () => {
	test('over years it counts by month, and a drag across bars chooses their range', async () => {
		const { page, errors } = await open();
		expect(await bars(page).getAttribute('data-unit')).toBe('month');
		expect(await bars(page).getByRole('button').count()).toBe(4);
		await brush(page, '2022-03-01', '2022-05-01');
		await expect
			.poll(() => page.getByLabel('From', { exact: true }).inputValue())
			.toBe('2022-03-01');
		expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-05-31');
		await expect
			.poll(() => listed(page))
			.toEqual(['spring-a', 'spring-b', 'spring-c', 'week-1', 'week-2']);
		await screenshot(page, 'timeline-1440-brushed');
		expect(errors).toEqual([]);
	});

	test('zooming in turns months into weeks, then days', async () => {
		const { page } = await open();
		await brush(page, '2022-05-01', '2022-05-01');
		const zoomIn = page.getByRole('button', { name: 'Zoom the timeline in' });
		const units: string[] = [];
		for (let i = 0; i < 4; i++) {
			await zoomIn.click();
			units.push((await bars(page).getAttribute('data-unit'))!);
		}
		expect(units).toContain('week');
		expect(units.at(-1)).toBe('day');
		// A click on a day's bar chooses that day.
		await bars(page).locator('[data-day="2022-05-12"] rect.hit').click();
		await expect
			.poll(() => page.getByLabel('From', { exact: true }).inputValue())
			.toBe('2022-05-12');
		expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-05-12');
		await expect.poll(() => listed(page)).toEqual(['spring-b']);
		await page.getByRole('button', { name: 'Zoom the timeline out' }).click();
		await screenshot(page, 'timeline-1440-zoomed');
	});

	test('playback moves a week at a time and the map follows the claims', async () => {
		const { page } = await open();
		const centre = () =>
			page.evaluate(
				() =>
					(
						window as unknown as { __claimsmap: { map: { getCenter(): { lng: number } } } }
					).__claimsmap.map.getCenter().lng
			);
		await page.getByTestId('timeline-play').click();
		await expect
			.poll(() => page.getByLabel('From', { exact: true }).inputValue())
			.toBe('2022-03-01');
		expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-03-07');
		await expect.poll(centre, { timeout: 5_000 }).toBeLessThan(28);
		await expect
			.poll(() => page.getByLabel('From', { exact: true }).inputValue(), { timeout: 5_000 })
			.toBe('2022-03-08');
		expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-03-14');
		await expect.poll(centre, { timeout: 5_000 }).toBeGreaterThan(32);
		await screenshot(page, 'timeline-1440-playing');
		await page.getByTestId('timeline-play').click();
		expect(await page.getByTestId('timeline-play').getAttribute('aria-pressed')).toBe('false');
		const stopped = await page.getByLabel('From', { exact: true }).inputValue();
		await page.waitForTimeout(1_800);
		expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(stopped);
	});

	test('the date inputs take ISO dates and say what is wrong with others', async () => {
		const { page } = await open({ width: 390, height: 844 });
		await page.getByRole('button', { name: /^Filters/ }).click();
		const fromInput = page.getByLabel('From', { exact: true });
		await fromInput.fill('05/10/2022');
		await fromInput.press('Tab');
		await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('YYYY-MM-DD');
		expect(new URL(page.url()).searchParams.get('from')).toBeNull();
		await fromInput.fill('2022-05-10');
		await fromInput.press('Tab');
		await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2022-05-10');
		expect(await fromInput.getAttribute('aria-invalid')).toBe('false');
		await page.getByRole('button', { name: /^Filters/ }).click();
		await screenshot(page, 'timeline-390');
	});

	test('the range’s edges are sliders the keyboard moves by days, weeks and months', async () => {
		const { page, errors } = await open();
		const start = page.getByRole('slider', { name: 'Start of the date range' });
		const end = page.getByRole('slider', { name: 'End of the date range' });
		expect(await start.getAttribute('aria-valuetext')).toBe('2022-03-01');
		expect(await end.getAttribute('aria-valuetext')).toBe('2024-06-30');
		// Reached with Tab from the bars, as a keyboard user would.
		await bars(page).getByRole('button').first().focus();
		await page.keyboard.press('Tab');
		expect(await start.evaluate((e) => e === document.activeElement)).toBe(true);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Shift+ArrowRight');
		await expect
			.poll(() => page.getByLabel('From', { exact: true }).inputValue())
			.toBe('2022-03-09');
		expect(await start.getAttribute('aria-valuetext')).toBe('2022-03-09');
		await page.keyboard.press('Tab');
		expect(await end.evaluate((e) => e === document.activeElement)).toBe(true);
		for (let i = 0; i < 25; i++) await page.keyboard.press('PageDown');
		await page.keyboard.press('Shift+ArrowLeft');
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
		await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-05-31');
		await expect.poll(() => listed(page)).toEqual(['spring-a', 'spring-b', 'spring-c', 'week-2']);
		// The end never passes the start.
		for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
		expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-03-09');
		await page.keyboard.press('End');
		await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe('2024-06-30');
		await start.focus();
		await screenshot(page, 'timeline-1440-keyboard');
		expect(errors).toEqual([]);
	});
});
