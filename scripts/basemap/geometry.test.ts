import type { Feature, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { assignByMajority, labelPoint, roundGeometry } from './geometry';

function createSquare(x: number, y: number, size: number): Feature<Polygon> {
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[x, y],
					[x + size, y],
					[x + size, y + size],
					[x, y + size],
					[x, y]
				]
			]
		}
	};
}

describe('assignByMajority', () => {
	test('each polygon takes the code most of its points carry', () => {
		const polygons = [createSquare(0, 0, 1), createSquare(2, 0, 1), createSquare(5, 5, 1)];
		const points = [
			{ code: 'A', position: [0.5, 0.5] },
			{ code: 'A', position: [0.2, 0.7] },
			{ code: 'B', position: [0.9, 0.1] },
			{ code: 'B', position: [2.5, 0.5] }
		];
		expect(assignByMajority(polygons, points)).toEqual(['A', 'B', null]);
	});
});

describe('roundGeometry', () => {
	test('rounds coordinates and drops the duplicates rounding makes', () => {
		const rounded = roundGeometry(
			{
				type: 'LineString',
				coordinates: [
					[1.00001, 2.00004],
					[1.00002, 2.00001],
					[3.123456, 4.987654]
				]
			},
			3
		);
		expect(rounded.coordinates).toEqual([
			[1, 2],
			[3.123, 4.988]
		]);
	});
});

describe('labelPoint', () => {
	test('lies inside the largest part of a multipolygon', () => {
		const small = createSquare(10, 10, 0.1).geometry.coordinates;
		const large = createSquare(0, 0, 4).geometry.coordinates;
		const point = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] });
		expect(point.coordinates[0]).toBeCloseTo(2);
		expect(point.coordinates[1]).toBeCloseTo(2);
	});
});
