import { describe, expect, test } from 'vitest';
import { labelFor, type GazetteerRow } from './place-labels';

function createRow(overrides: Partial<GazetteerRow> = {}): GazetteerRow {
	return {
		name: 'Invented Town',
		lat: 48.5,
		lon: 36.5,
		featureClass: 'P',
		featureCode: 'PPL',
		countryCode: 'UA',
		population: 0,
		...overrides
	};
}

describe('labelFor', () => {
	test('a bigger settlement is labelled from a lower zoom and ranks higher', () => {
		const city = labelFor(createRow({ population: 120_000 }))!;
		const village = labelFor(createRow({ population: 800 }))!;
		const hamlet = labelFor(createRow())!;
		expect([city.properties.z, village.properties.z, hamlet.properties.z]).toEqual([6, 9.5, 10.5]);
		expect(city.properties.r).toBeGreaterThan(village.properties.r);
		expect(village.properties.r).toBeGreaterThan(hamlet.properties.r);
	});

	test("a raion gets its own kind; a town's section and an abandoned place get no label", () => {
		expect(labelFor(createRow({ featureClass: 'A', featureCode: 'ADM2' }))!.properties.kind).toBe(
			'raion'
		);
		expect(labelFor(createRow({ featureCode: 'PPLX' }))).toBeNull();
		expect(labelFor(createRow({ featureCode: 'PPLQ', population: 5000 }))).toBeNull();
	});

	test('abroad only towns near Ukraine of 20,000 or more are kept', () => {
		expect(labelFor(createRow({ countryCode: 'RU', population: 30_000 }))).not.toBeNull();
		expect(labelFor(createRow({ countryCode: 'RU', population: 5_000 }))).toBeNull();
		expect(
			labelFor(createRow({ countryCode: 'FR', lon: 2.3, lat: 48.8, population: 2e6 }))
		).toBeNull();
	});
});
