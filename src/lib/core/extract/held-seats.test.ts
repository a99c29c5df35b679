import { describe, expect, it } from 'vitest';
import type { ClaimantSide } from '../contract';
import type { ResolvedMention } from '../geocode/types';
import { heldSeatAsOblast } from './held-seats';
import { extractClaims } from './pipeline';

/** A mention of the seat Donetsk (its GeoNames id) at `start`, with its oblast as an alternative. */
function donetsk(start: number): ResolvedMention {
	return {
		mention: { start, end: start + 'Donetsk'.length, mention: 'Donetsk', cue: null, near: false },
		resolution: {
			kind: 'resolved',
			place: {
				id: 'geonames:709717',
				name: 'Donetsk',
				lat: 48.023,
				lon: 37.802,
				featureClass: 'P',
				featureCode: 'PPLA',
				countryCode: 'UA',
				admin1Code: 'UA.05',
				admin1: 'Donetsk Oblast',
				population: 900_000
			},
			confidence: 0.95,
			precision: 'settlement',
			uncertaintyKm: 8,
			alternatives: [
				{
					placeName: 'Donetska Oblast',
					gazetteerId: 'geonames:709716',
					admin1: 'Donetsk Oblast',
					lat: 48,
					lon: 37.5,
					score: 0.01
				}
			],
			evidence: []
		}
	};
}

/** The place name and precision `heldSeatAsOblast` gives the Donetsk of `text`. */
function read(text: string, side: ClaimantSide, type: 'strike' | 'casualties' = 'strike'): string {
	const m = heldSeatAsOblast(text, text, donetsk(text.indexOf('Donetsk')), side, type);
	const r = m.resolution;
	return r.kind === 'resolved' ? `${r.place.name} ${r.precision}` : 'unresolved';
}

describe('oblast seats held by Russia since 2014', () => {
	it('are the oblast when a Ukrainian source tells of Russian attacks or of the dead there', () => {
		expect(read('Police said Russian attacks on Donetsk killed two.', 'ukraine')).toBe(
			'Donetska Oblast region'
		);
		expect(read('Officials said two died in Donetsk.', 'ukraine', 'casualties')).toBe(
			'Donetska Oblast region'
		);
	});

	it('stay the city for the other side, for a strike of Ukraine’s own, and when named a city', () => {
		expect(read('Officials said Ukrainian shelling hit Donetsk.', 'russia')).toBe(
			'Donetsk settlement'
		);
		expect(read('The staff said it struck a command post in Donetsk.', 'ukraine')).toBe(
			'Donetsk settlement'
		);
		expect(read('Police said Russian shelling hit the city of Donetsk.', 'ukraine')).toBe(
			'Donetsk settlement'
		);
		expect(read('Police said Russian shelling hit Donetsk city.', 'ukraine')).toBe(
			'Donetsk settlement'
		);
	});

	it('are read so by the extraction: the claim is placed at the oblast', () => {
		const text = 'Ukraine’s police said Russian shelling of Donetsk killed two people.';
		const geocoder = {
			gazetteerLabel: 'test',
			geocode: (t: string) => [donetsk(t.indexOf('Donetsk'))]
		};
		const e = extractClaims({ text, published: '2024-05-02', title: null }, geocoder);
		if (e.kind !== 'extracted') throw new Error(e.reason);
		expect(
			e.collection.features.map((f) => `${f.properties.eventType} ${f.properties.placeName}`)
		).toEqual(['strike Donetska Oblast', 'casualties Donetska Oblast']);
	});
});
