import { describe, expect, it } from 'vitest';
import { createGazetteerRow } from '../gazetteer';
import { isTown } from './towns';
import type { Place } from './types';

function place(fields: Parameters<typeof createGazetteerRow>[0]): Place {
	const { names: _names, admin2Code: _admin2, ...row } = createGazetteerRow(fields);
	return { ...row, admin1: null };
}

describe('towns', () => {
	it('counts administrative centres and places of ten thousand people', () => {
		expect(isTown(place({ id: 'a', name: 'Seat', featureCode: 'PPLA2', population: 4000 }))).toBe(
			true
		);
		expect(isTown(place({ id: 'b', name: 'Big', population: 25_000 }))).toBe(true);
	});

	it('does not count villages, areas or places abroad', () => {
		expect(isTown(place({ id: 'c', name: 'Small', population: 900 }))).toBe(false);
		expect(isTown(place({ id: 'd', name: 'Area', featureClass: 'A', featureCode: 'ADM2' }))).toBe(
			false
		);
		expect(isTown(place({ id: 'e', name: 'Far', countryCode: 'PL', featureCode: 'PPLA' }))).toBe(
			false
		);
	});
});
