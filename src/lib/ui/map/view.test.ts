import { describe, expect, test } from 'vitest';
import type { ClaimFeature } from '../../core/contract';
import { claimsBounds, openingBounds, roundBBox } from './view';

function createFeature(id: string, coordinates: [number, number] | null): ClaimFeature {
	return {
		type: 'Feature',
		id,
		geometry: coordinates ? { type: 'Point', coordinates } : null,
		properties: {} as ClaimFeature['properties']
	};
}

describe('claimsBounds', () => {
	test('spans the located claims and ignores unlocated ones', () => {
		const features = [
			createFeature('a', [30.5, 50.4]),
			createFeature('b', null),
			createFeature('c', [37.8, 48.0])
		];
		expect(claimsBounds(features)).toEqual([30.5, 48.0, 37.8, 50.4]);
	});

	test('is null when no claim has a place', () => {
		expect(claimsBounds([createFeature('a', null)])).toBeNull();
	});
});

describe('roundBBox', () => {
	test('rounds to four decimals and clamps to the world', () => {
		expect(roundBBox([-181.123456, 10.000049, 35.55556, 91])).toEqual([-180, 10, 35.5556, 90]);
	});
});

describe('openingBounds', () => {
	test('fits the claims in and around Ukraine, not one in a far capital', () => {
		const features = [
			createFeature('a', [30.5, 50.4]),
			createFeature('b', [-77.0, 38.9]),
			createFeature('c', [39.7, 47.2])
		];
		expect(openingBounds(features)).toEqual([30.5, 47.2, 39.7, 50.4]);
	});

	test('fits every claim when none lies near Ukraine', () => {
		const features = [createFeature('a', [-77.0, 38.9]), createFeature('b', [2.3, 48.9])];
		expect(openingBounds(features)).toEqual([-77.0, 38.9, 2.3, 48.9]);
	});
});
