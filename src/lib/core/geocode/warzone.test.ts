import { describe, expect, it } from 'vitest';
import {
	AFTERMATH_DAYS,
	WAR_LINES,
	warCloseness,
	warDate,
	warLineDistanceKm,
	warLineDistancesKm,
	warLineIntensities,
	warZoneCloseness
} from './warzone';

/** Index of the line whose only period is the spring-2022 Kyiv front (it passes west of Kyiv). */
const KYIV = WAR_LINES.findIndex((l) =>
	l.points.some(([lat, lon]) => lat === 50.54 && lon === 30.23)
);
/** Index of the land line of contact (fought over throughout). */
const CONTACT = WAR_LINES.findIndex((l) => l.periods.some((p) => p.from < '2022-01-01'));

describe('war lines', () => {
	it('has the lines the tests rely on', () => {
		expect(KYIV).toBeGreaterThanOrEqual(0);
		expect(CONTACT).toBeGreaterThanOrEqual(0);
	});

	it('measures a distance to every line and takes the nearest', () => {
		const d = warLineDistancesKm(50.55, 30.23);
		expect(d).toHaveLength(WAR_LINES.length);
		expect(d[KYIV]).toBeLessThan(2);
		expect(warLineDistanceKm(50.55, 30.23)).toBe(Math.min(...d));
	});

	it('reads full dates, months and timestamps, not years alone or other text', () => {
		expect(warDate('2022-03-05')).toBe('2022-03-05');
		expect(warDate('2022-03')).toBe('2022-03-15');
		expect(warDate('2023-06-08T10:00:00Z')).toBe('2023-06-08');
		expect(warDate('2022')).toBeNull();
		expect(warDate('last spring')).toBeNull();
		expect(warDate(null)).toBeNull();
	});

	it('counts a front only while it was fought over, fading after', () => {
		const during = warLineIntensities('2022-03-15');
		const justAfter = warLineIntensities('2022-04-20');
		const later = warLineIntensities('2023-05-01');
		const before = warLineIntensities('2021-06-01');
		expect(during[KYIV]).toBe(1);
		expect(justAfter[KYIV]).toBeCloseTo(Math.exp(-10 / AFTERMATH_DAYS), 5);
		expect(later[KYIV]).toBeLessThan(0.001);
		expect(before[KYIV]).toBe(0);
		for (const i of [during, justAfter, later, before]) expect(i[CONTACT]).toBe(1);
	});

	it('uses each line’s average without a readable date', () => {
		const averages = WAR_LINES.map((l) => l.average);
		expect(warLineIntensities()).toEqual(averages);
		expect(warLineIntensities('sometime in 2022')).toEqual(averages);
	});

	it('weights the line of contact above the thinly shelled border and the brief northern fronts', () => {
		const contact = WAR_LINES[CONTACT].average;
		for (const l of WAR_LINES) expect(l.average).toBeLessThanOrEqual(contact);
		expect(Math.min(...WAR_LINES.map((l) => l.average))).toBeLessThan(0.5);
	});

	it('takes the strongest line, each by its intensity and distance', () => {
		expect(warCloseness([0, 40], [0.3, 1], 40)).toBeCloseTo(Math.exp(-1), 5);
		expect(warCloseness([0, 40], [0.5, 1], 40)).toBe(0.5);
		expect(warCloseness([10, 10], [0, 0], 40)).toBe(0);
	});

	it('puts a point on the Kyiv front close to the fighting only in spring 2022', () => {
		expect(warZoneCloseness(50.55, 30.23, 40, '2022-03-15')).toBeGreaterThan(0.9);
		expect(warZoneCloseness(50.55, 30.23, 40, '2023-05-01')).toBeLessThan(0.05);
		expect(warZoneCloseness(50.55, 30.23, 40)).toBeGreaterThan(0.3);
	});
});
