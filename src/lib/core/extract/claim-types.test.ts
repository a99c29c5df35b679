import { describe, expect, it } from 'vitest';
import { createTestGeocoder, type FixturePlace } from './fixtures';
import { extractClaims } from './pipeline';

const PLACES: FixturePlace[] = [
	{ name: 'Ivanopil', lat: 48.1, lon: 37.1 },
	{ name: 'Sadove', lat: 48.2, lon: 37.2 },
	{ name: 'Dubove', lat: 48.3, lon: 37.3 },
	{ name: 'Kamianka', lat: 48.4, lon: 37.4 },
	{ name: 'Poltava', lat: 49.6, lon: 34.5, precision: 'region' },
	{ name: 'Sumy', lat: 50.9, lon: 34.8, precision: 'region' },
	{ name: 'Kharkiv', lat: 49.99, lon: 36.23, precision: 'region' }
];

/** Event type and place of every feature extracted from `text`. */
function claims(text: string): [string, string | null][] {
	const result = extractClaims(
		{ text, published: '2024-05-02', title: null },
		createTestGeocoder(PLACES)
	);
	if (result.kind !== 'extracted') throw new Error(result.reason);
	return result.collection.features.map((f) => [f.properties.eventType, f.properties.placeMention]);
}

describe('claim types over whole sentences', () => {
	it('gives repelled attacks one territorial-control claim at each place', () => {
		expect(
			claims('The General Staff said enemy attacks were repulsed near Ivanopil, Sadove and Dubove.')
		).toEqual([
			['territorial_control', 'Ivanopil'],
			['territorial_control', 'Sadove'],
			['territorial_control', 'Dubove']
		]);
	});

	it('gives drones shot down over a list of regions one drone claim at each, nothing else', () => {
		expect(
			claims(
				'Anti-aircraft missile units and air defence systems shot down 14 drones over the Poltava, Sumy and Kharkiv regions.'
			)
		).toEqual([
			['drone_downed', 'Poltava'],
			['drone_downed', 'Sumy'],
			['drone_downed', 'Kharkiv']
		]);
	});
});
