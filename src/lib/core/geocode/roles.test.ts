import { describe, expect, it } from 'vitest';
import { createFixtureGazetteer } from './fixture';
import { createGeocoder } from './geocoder';
import { roles } from './roles';

const geocoder = createGeocoder(createFixtureGazetteer());

/** Each mention of `text` with its role and the rule that decided it. */
function rolesOf(text: string): string[] {
	const mentions = geocoder.geocode(text);
	return roles(text, mentions).map(
		(v, i) => `${mentions[i].mention.mention}: ${v.role} (${v.rule})`
	);
}

describe('roles', () => {
	it('makes a region linked as a qualifier context', () => {
		expect(rolesOf('Shelling of Zelenivka, Kherson region.')).toEqual([
			'Zelenivka: point (point)',
			'Kherson region: context (linked qualifier)'
		]);
	});

	it('reads a qualifier the link stage does not link, past "the partly occupied"', () => {
		expect(rolesOf('Troops retook Lypky in the partly occupied Kharkiv region.')).toEqual([
			'Lypky: point (point)',
			'Kharkiv region: context (qualifier)'
		]);
	});

	it('makes a region or a country around another place of the group context', () => {
		expect(rolesOf('Shelling hit Lypky and other villages of the Kharkiv region.')).toEqual([
			'Lypky: point (point)',
			'Kharkiv region: context (region around a place)'
		]);
		expect(rolesOf('Drones were seen over Warsaw and elsewhere in Poland.')).toEqual([
			'Warsaw: point (point)',
			'Poland: context (country around a place)'
		]);
	});

	it('makes a place that only gives a bearing or says "near" a reference', () => {
		expect(rolesOf('Troops dug in next to Lypky, north of Kharkiv.')).toEqual([
			'Lypky: point (point)',
			'Kharkiv: reference (linked reference)'
		]);
	});

	it('relates no mentions across a line break', () => {
		expect(rolesOf('Troops held the crossing near Lypky\n\nnear the city of Kharkiv')).toEqual([
			'Lypky: point (point)',
			'Kharkiv: point (point)'
		]);
		expect(rolesOf('Fighting near Lypky\n\nareas of Dubky')).toEqual([
			'Lypky: point (point)',
			'Dubky: point (point)'
		]);
	});

	it('makes a place named again a repeat and an oblast named alone an area', () => {
		expect(rolesOf('Shelling hit Lypky. Drones struck Lypky again on Monday.')).toEqual([
			'Lypky: point (point)',
			'Lypky: repeat (named before)'
		]);
		expect(rolesOf('Strikes in the Kherson region.')).toEqual(['Kherson region: area (wide)']);
	});
});
