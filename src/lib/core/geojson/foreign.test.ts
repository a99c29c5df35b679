import { describe, expect, test } from 'vitest';
import { buildClaimCollection } from './build';
import { validateClaimCollection } from './validate';
import {
	guessMapping,
	isClaimsCollection,
	mapForeign,
	propertyNames,
	readSide,
	readType
} from './foreign';

function createForeignFile() {
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [36.25, 49.99] },
				properties: {
					party: 'Russian',
					category: 'Drone downed',
					when: '2023-04-05T10:00Z',
					title: 'Invented drone report'
				}
			},
			{
				type: 'Feature',
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[37, 48],
							[38, 48],
							[38, 49],
							[37, 49],
							[37, 48]
						]
					]
				},
				properties: { party: 'someone else', category: 'ambush', when: 'last spring' }
			},
			{
				type: 'Feature',
				geometry: {
					type: 'LineString',
					coordinates: [
						[30, 50],
						[31, 50]
					]
				},
				properties: {}
			}
		]
	};
}

describe('foreign GeoJSON', () => {
	test('a file without the claimsmap member or claim properties is foreign', () => {
		expect(isClaimsCollection(createForeignFile())).toBe(false);
		expect(isClaimsCollection({ type: 'FeatureCollection', claimsmap: {}, features: [] })).toBe(
			true
		);
	});

	test("the mapping is guessed from the file's property names", () => {
		const names = propertyNames(createForeignFile());
		expect(names).toEqual(['party', 'category', 'when', 'title']);
		expect(guessMapping(names)).toEqual({
			side: 'party',
			type: 'category',
			date: 'when',
			title: 'title'
		});
	});

	test('points and polygons become valid claims; unknown values are unattributed and other', () => {
		const file = createForeignFile();
		const { features, skipped } = mapForeign(
			file,
			guessMapping(propertyNames(file)),
			'events.geojson'
		);
		expect(skipped).toEqual([
			{ index: 2, reason: 'a LineString geometry is not a point or polygon' }
		]);
		expect(features.map((f) => f.properties.claimantSide)).toEqual(['russia', 'unattributed']);
		expect(features.map((f) => f.properties.eventType)).toEqual(['drone_downed', 'other']);
		expect(features.map((f) => f.properties.eventDate)).toEqual(['2023-04-05', null]);
		expect(features[1].geometry!.coordinates).toEqual([37.5, 48.5]);
		expect(features[1].properties.uncertaintyKm).toBeGreaterThan(60);
		const collection = buildClaimCollection(features, { generator: 'import', gazetteer: 'none' });
		const result = validateClaimCollection(JSON.parse(JSON.stringify(collection)));
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	test('side and type words of other datasets are read, anything else is not guessed', () => {
		expect(readSide('UA')).toBe('ukraine');
		expect(readSide('United States')).toBe('united_states');
		expect(readSide('the north')).toBe('unattributed');
		expect(readType('equipment_destroyed')).toBe('equipment_destroyed');
		expect(readType('Strike or shelling')).toBe('strike');
	});
});
