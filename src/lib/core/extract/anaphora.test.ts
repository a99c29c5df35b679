import { describe, expect, it } from 'vitest';
import type { ResolvedMention } from '../geocode/types';
import { anaphoricPlaces, eventReferencePlaces, landmarkOf, landmarkPlaces } from './anaphora';
import { createResolvedMention } from './fixtures';

function createPlace(name: string): ResolvedMention {
	return createResolvedMention(name, { confidence: 0.8 });
}

const names = (places: ResolvedMention[]) =>
	places.map((p) => (p.resolution.kind === 'unresolved' ? null : p.resolution.place.name));

describe('anaphoricPlaces', () => {
	const recent = [createPlace('Testovo'), createPlace('Probne')];

	it('reads "both villages" as the two places named before, marked at the phrase', () => {
		const quote = 'The ministry had reported capturing both villages.';
		const found = anaphoricPlaces(quote, 100, recent);
		expect(names(found)).toEqual(['Testovo', 'Probne']);
		expect(found[0].mention).toMatchObject({ mention: 'both villages', start: 100 + 36 });
	});

	it.each([
		['The governor said there was fighting around all five of the villages.', 5],
		['Fighting went on in all the villages.', 5],
		['Fighting went on near all three villages.', 3],
		['Troops shelled the four towns overnight.', 4]
	])('reads "%s" as the last %i places named', (quote, count) => {
		const five = ['Testovo', 'Probne', 'Lisne', 'Kamenka', 'Dubky'].map(createPlace);
		expect(names(anaphoricPlaces(quote, 0, five))).toEqual(
			['Testovo', 'Probne', 'Lisne', 'Kamenka', 'Dubky'].slice(5 - count)
		);
	});

	it('reads "the village" or "the city" as the one place named of that size', () => {
		const town = (name: string, population: number, featureCode = 'PPL') => {
			const m = createResolvedMention(name, { featureCode });
			if (m.resolution.kind !== 'unresolved') m.resolution.place.population = population;
			return m;
		};
		const both = [town('Testovo', 900), town('Testograd', 70_000, 'PPLA2')];
		expect(names(anaphoricPlaces('Troops left the village.', 0, both))).toEqual(['Testovo']);
		expect(names(anaphoricPlaces('Drones hit the largely destroyed city.', 0, both))).toEqual([
			'Testograd'
		]);
		// Two villages: which one is meant stays unclear.
		expect(anaphoricPlaces('Troops left the village.', 0, [town('Lisne', 300), ...both])).toEqual(
			[]
		);
		// A regional hub alone is no village the sentence can mean.
		expect(
			anaphoricPlaces('Troops left the village.', 0, [town('Testograd', 70_000, 'PPLA2')])
		).toEqual([]);
	});

	it('reads "the village" only when one village was named', () => {
		expect(
			names(anaphoricPlaces('Troops entered the village.', 0, [createPlace('Testovo')]))
		).toEqual(['Testovo']);
		expect(anaphoricPlaces('Troops entered the village.', 0, recent)).toEqual([]);
	});

	it('leaves "the village of X" and sentences without such a phrase alone', () => {
		expect(anaphoricPlaces('Troops entered the village of Lisne.', 0, recent)).toEqual([]);
		expect(anaphoricPlaces('Troops advanced.', 0, recent)).toEqual([]);
	});
});

describe('anaphoricPlaces within one sentence', () => {
	it('takes a place named earlier in the sentence over the sentences before', () => {
		const quote = 'The mayor of Lisne said drones hit a depot in the city.';
		const lisne = createPlace('Lisne');
		lisne.mention = { ...lisne.mention, start: 13, end: 18 };
		expect(names(anaphoricPlaces(quote, 0, [createPlace('Testovo')], [lisne]))).toEqual(['Lisne']);
	});
});

describe('eventReferencePlaces', () => {
	it('gives "the strike" the places of the claim before', () => {
		const quote = 'Pavel Mockov claims that the strike was fired by the other side.';
		expect(names(eventReferencePlaces(quote, 0, [createPlace('Testovo')]))).toEqual(['Testovo']);
	});

	it('leaves "the strike on X" and sentences without such a phrase alone', () => {
		expect(
			eventReferencePlaces('The strike on Lisne killed two.', 0, [createPlace('Testovo')])
		).toEqual([]);
		expect(eventReferencePlaces('Nothing happened.', 0, [createPlace('Testovo')])).toEqual([]);
	});
});

describe('landmarkPlaces', () => {
	it('reads "the dam" as the place of the dam named before, not a dam of a place', () => {
		const text =
			'Floods followed the breach of the Testovo hydroelectric power plant and the Lisne dam.';
		const testovo = createResolvedMention('Testovo', { start: text.indexOf('Testovo') });
		const lisne = createResolvedMention('Lisne', { start: text.indexOf('Lisne') });
		expect(landmarkOf(text, testovo)).toBe('plant');
		expect(landmarkOf(text, lisne)).toBe('dam');
		const landmarks = [
			{ noun: 'plant', mention: testovo },
			{ noun: 'dam', mention: lisne }
		];
		const found = landmarkPlaces('Kyiv said troops blew up the dam.', 50, landmarks);
		expect(names(found)).toEqual(['Lisne']);
		expect(found[0].mention).toMatchObject({ mention: 'the dam', start: 50 + 25 });
		expect(names(landmarkPlaces('Shells hit the nuclear plant.', 0, landmarks))).toEqual([
			'Testovo'
		]);
		expect(landmarkPlaces('Troops blew up the dam at Probne.', 0, landmarks)).toEqual([]);
		expect(landmarkPlaces('Troops blew up the bridge.', 0, landmarks)).toEqual([]);
	});

	it('reads no facility after a place and "and the"', () => {
		const text = 'Drones hit Testovo and the bridge.';
		expect(landmarkOf(text, createResolvedMention('Testovo', { start: 11 }))).toBeNull();
	});
});
