import { describe, expect, it } from 'vitest';
import { createGazetteerRow, type GazetteerRow } from '../gazetteer';
import { createFixtureGazetteer } from './fixture';
import { createGeocoder } from './geocoder';
import type { ResolvedMention } from './types';

/** Invented villages: long names a slip could reach, and a short one that is also a prefix. */
const VILLAGES: GazetteerRow[] = [
	createGazetteerRow({ id: 'test:kom', name: 'Komyshevakha', lat: 48.7, lon: 38.4 }),
	createGazetteerRow({ id: 'test:stara', name: 'Stara', lat: 49.9, lon: 25.1 }),
	createGazetteerRow({ id: 'test:sk', name: 'Stara Krynytsia', lat: 48.6, lon: 38.0 }),
	createGazetteerRow({ id: 'test:kov', name: 'Kovalenkov', lat: 49.2, lon: 36.1 }),
	createGazetteerRow({ id: 'test:bld', name: 'Buildingy', lat: 49.3, lon: 36.3 }),
	createGazetteerRow({ id: 'test:nov', name: 'Novoselivske', lat: 47.3, lon: 35.3 }),
	createGazetteerRow({ id: 'test:vyl', name: 'Vylkan', lat: 48.1, lon: 37.1, population: 300 })
];

function geocode(text: string): ResolvedMention[] {
	return createGeocoder(createFixtureGazetteer(VILLAGES)).geocode(text);
}

function resolved(list: ResolvedMention[]): { mention: string; id: string; evidence: string[] }[] {
	return list.flatMap((m) =>
		m.resolution.kind === 'unresolved'
			? []
			: [
					{
						mention: m.mention.mention,
						id: m.resolution.place.id,
						evidence: m.resolution.kind === 'resolved' ? m.resolution.evidence : []
					}
				]
	);
}

describe('misspelt place names', () => {
	it('reads a short misspelt name after a place cue as a town one slip away', () => {
		const [hit] = resolved(geocode('A shell hit a school in Kheson overnight.'));
		expect(hit).toMatchObject({ mention: 'Kheson', id: 'geonames:12' });
	});

	it('reads weaker evidence ("shelling of X", "the X direction") as enough for a town', () => {
		expect(resolved(geocode('Shelling of Kheson went on.')).map((f) => f.id)).toEqual([
			'geonames:12'
		]);
		expect(resolved(geocode('Fighting in the Kheson direction.')).map((f) => f.id)).toEqual([
			'geonames:12'
		]);
	});

	it('does not read weaker evidence as enough for a village', () => {
		expect(resolved(geocode('Shelling of Komyshevaka went on.'))).toEqual([]);
	});

	it('reads a capitalised cue opening the sentence ("In X, ...") as a cue, not a first name', () => {
		const [hit] = resolved(geocode('In Komyshevaka, a house burned.'));
		expect(hit).toMatchObject({ mention: 'Komyshevaka', id: 'test:kom' });
	});

	it('reads a list with a Ukrainian place as evidence, a list with a foreign one not', () => {
		expect(resolved(geocode('Aid came from Kharkiv and Komyshevaka.')).map((f) => f.id)).toEqual([
			'geonames:10',
			'test:kom'
		]);
		expect(resolved(geocode('Aid came from Warsaw and Komyshevaka.')).map((f) => f.id)).toEqual([
			'geonames:61'
		]);
	});

	it('does not read a short misspelt name as a village one slip away', () => {
		expect(resolved(geocode('A shell hit a school in Vykan overnight.'))).toEqual([]);
	});

	it('reads a dropped letter after a place cue as the village one slip away', () => {
		const [hit] = resolved(geocode('Fighting was reported in Komyshevaka overnight.'));
		expect(hit).toMatchObject({ mention: 'Komyshevaka', id: 'test:kom' });
		expect(hit.evidence).toContain('slip name match');
	});

	it('reads a lower-case slipped name after a verb of capture', () => {
		const found = resolved(geocode('Troops were said to be occupying novoselvske.'));
		expect(found.map((f) => f.id)).toEqual(['test:nov']);
	});

	it('prefers a two-word slipped name to a one-word prefix of it', () => {
		const found = resolved(geocode('The convoy drove from Zelenivka to Stara Krynystia at night.'));
		expect(found.map((f) => f.mention)).toContain('Stara Krynystia');
		expect(found.map((f) => f.id)).toContain('test:sk');
		expect(found.map((f) => f.id)).not.toContain('test:stara');
	});

	it('needs a cue: a slipped word standing alone in a sentence is not read as a place', () => {
		expect(geocode('Komyshevaka was quiet overnight.')).toEqual([]);
	});

	it('does not turn a person one letter from a village into the village', () => {
		expect(geocode('Governor Kovalenko said the road was open.')).toEqual([]);
		expect(geocode('They met Oleh Kovalenko in the evening.')).toEqual([]);
		expect(geocode('The talks were held in Kovalenko’s office.')).toEqual([]);
	});

	it('does not turn an ordinary word one letter from a village into the village', () => {
		expect(geocode('People sheltered in Buildings near the square.')).toEqual([]);
	});
});
