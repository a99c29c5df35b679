import { describe, expect, test } from 'vitest';
import { mapWorkerCount } from './map-options';

describe('the map workers', () => {
	test('two at least, so the claim tiles need not wait behind the basemap', () => {
		expect(mapWorkerCount(1)).toBe(2);
		expect(mapWorkerCount(2)).toBe(2);
		expect(mapWorkerCount(NaN)).toBe(2);
	});

	test("MapLibre's half of the cores on a larger machine, at most six", () => {
		expect(mapWorkerCount(8)).toBe(4);
		expect(mapWorkerCount(32)).toBe(6);
	});
});
