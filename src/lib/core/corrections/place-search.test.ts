import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../gazetteer/gazetteer';
import { createGazetteerRow } from '../gazetteer/row';
import { findPlaceById, searchPlaces } from './place-search';

function createTestGazetteer() {
	return createGazetteer(
		[
			createGazetteerRow({ id: 'test:1', name: 'Zorivka', population: 300, admin1Code: 'UA.01' }),
			createGazetteerRow({
				id: 'test:2',
				name: 'Zorivka',
				population: 9000,
				admin1Code: 'UA.02',
				lat: 47
			}),
			createGazetteerRow({
				id: 'test:3',
				name: 'Zorivka Hill',
				featureClass: 'T',
				featureCode: 'HLL'
			}),
			createGazetteerRow({ id: 'test:4', name: 'Myrne', names: ['Мирне'] })
		],
		{ admin1Names: { 'UA.01': 'First Oblast', 'UA.02': 'Second Oblast' } }
	);
}

describe('searchPlaces', () => {
	it('finds every place of a name, bigger populated places first', () => {
		const out = searchPlaces(createTestGazetteer(), 'zorivka');
		expect(out.map((p) => p.gazetteerId)).toEqual(['test:2', 'test:1']);
		expect(out[0]).toMatchObject({ placeName: 'Zorivka', admin1: 'Second Oblast', lat: 47 });
	});

	it('finds a place written in Cyrillic', () => {
		expect(searchPlaces(createTestGazetteer(), 'Мирне').map((p) => p.gazetteerId)).toContain(
			'test:4'
		);
	});

	it('returns nothing for an unknown or empty name', () => {
		expect(searchPlaces(createTestGazetteer(), 'Qwxyz')).toEqual([]);
		expect(searchPlaces(createTestGazetteer(), '  ')).toEqual([]);
	});

	it('honours the limit', () => {
		expect(searchPlaces(createTestGazetteer(), 'Zorivka', 1)).toHaveLength(1);
	});
});

describe('findPlaceById', () => {
	it('finds a place by its gazetteer id and answers null for an unknown one', () => {
		const gazetteer = createTestGazetteer();
		expect(findPlaceById(gazetteer, 'test:3')?.placeName).toBe('Zorivka Hill');
		expect(findPlaceById(gazetteer, 'test:99')).toBeNull();
	});
});
