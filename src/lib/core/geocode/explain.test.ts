import { describe, expect, it } from 'vitest';
import { createGazetteerRow } from '../gazetteer';
import { createFixtureGazetteer } from './fixture';
import { createGeocoder } from './geocoder';

const geocoder = createGeocoder(createFixtureGazetteer());

describe('explain', () => {
	it('explains the mentions geocode finds, with the same outcome', () => {
		const text = 'Shelling of Zelenivka, Kherson region, and near Lypky, north of Kharkiv.';
		const resolved = geocoder.geocode(text);
		const { mentions } = geocoder.explain(text);
		expect(mentions.map((m) => m.mention)).toEqual(resolved.map((r) => r.mention.mention));
		mentions.forEach((m, i) => {
			const r = resolved[i].resolution;
			if (r.kind !== 'unresolved') expect(m.candidates[0].id).toBe(r.place.id);
		});
	});

	it("breaks every candidate's score into features that sum to it", () => {
		const { mentions } = geocoder.explain('Fighting near Sadova and Dubky in the Kharkiv region.');
		for (const m of mentions)
			for (const c of m.candidates) {
				const sum = c.features.reduce((a, f) => a + f.value, 0);
				expect(sum).toBeCloseTo(c.score, 9);
			}
	});

	it("scores a bare qualifier's reading and a district's city as features, not overrides", () => {
		const district = createGazetteerRow({
			id: 'x:shev',
			name: 'Shevchenkivskyi Raion',
			featureClass: 'A',
			featureCode: 'ADM2',
			lat: 49.84,
			lon: 24.03,
			admin1Code: 'UA.15'
		});
		const withDistrict = createGeocoder(createFixtureGazetteer([district]));
		const texts = [
			'Shelling of Zelenivka, Kherson.',
			'Shelling hit the Shevchenkivskyi district of Kharkiv.'
		];
		const features = texts.flatMap((text) =>
			withDistrict.explain(text).mentions.flatMap((m) => {
				for (const c of m.candidates)
					expect(c.features.reduce((a, f) => a + f.value, 0)).toBeCloseTo(c.score, 9);
				return m.candidates[0].features.map((f) => f.feature);
			})
		);
		expect(features).toContain('bareQualifierReading');
		expect(features).toContain('districtCity');
	});

	it('says which spotter found each mention', () => {
		const { mentions } = geocoder.explain('Shelling near Lypky and Lipky.');
		expect(mentions.map((m) => m.facts.spottedAs)).toEqual(['exact', 'loose']);
	});

	it('lists the relations between mentions', () => {
		const { mentions } = geocoder.explain('Troops dug in next to Lypky, north of Kharkiv.');
		expect(mentions.map((m) => m.relations.reference)).toEqual([false, true]);
	});
});
