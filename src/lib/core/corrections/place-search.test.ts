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

describe('searchPlaces ranking and listing', () => {
	const gazetteer = () =>
		createGazetteer(
			[
				createGazetteerRow({ id: 'v:1', name: 'Ostrohrad', population: 400, admin1Code: 'UA.01' }),
				createGazetteerRow({ id: 'v:2', name: 'Ostrohrad', population: 900, lat: 46 }),
				// The city matches by an older spelling only.
				createGazetteerRow({
					id: 'c:1',
					name: 'Nova Ostrohrad',
					names: ['Ostrohrad'],
					population: 120_000,
					featureCode: 'PPLA2',
					lat: 50
				}),
				// The village of v:1 again, as its hromada, 1 km away.
				createGazetteerRow({
					id: 'h:1',
					name: 'Ostrohrad',
					featureClass: 'A',
					featureCode: 'ADM3',
					lat: 48.509
				})
			],
			{ admin1Names: { 'UA.01': 'First Oblast' } }
		);

	it('puts a city before namesake villages, even when they match its name better', () => {
		const out = searchPlaces(gazetteer(), 'Ostrohrad');
		expect(out[0].gazetteerId).toBe('c:1');
		expect(out[0].kind).toBe('city');
		expect(out.map((p) => p.kind)).toContain('village');
	});

	it('lists each place once', () => {
		const ids = searchPlaces(gazetteer(), 'Ostrohrad').map((p) => p.gazetteerId);
		expect(ids).toEqual(['c:1', 'v:2', 'v:1']);
	});
});

describe('findPlaceById', () => {
	it('finds a place by its gazetteer id and answers null for an unknown one', () => {
		const gazetteer = createTestGazetteer();
		expect(findPlaceById(gazetteer, 'test:3')?.placeName).toBe('Zorivka Hill');
		expect(findPlaceById(gazetteer, 'test:99')).toBeNull();
	});
});
