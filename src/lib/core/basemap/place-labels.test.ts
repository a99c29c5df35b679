import { describe, expect, test } from 'vitest';
import { packLabels, unpackLabels } from './place-labels';

describe('place labels', () => {
	test('packed labels expand to the same points and properties', () => {
		const labels = [
			{ lon: 36.1, lat: 49.9, properties: { name: 'Invented City', kind: 'city', z: 5, r: 356 } },
			{
				lon: 36.4,
				lat: 49.1,
				properties: { name: 'Smallhamlet', kind: 'village', z: 10.5, r: 100 }
			}
		] as const;
		const out = unpackLabels(JSON.parse(JSON.stringify(packLabels(labels))));
		expect(out.features.map((f) => [f.geometry.coordinates, f.properties])).toEqual(
			labels.map((l) => [[l.lon, l.lat], l.properties])
		);
	});

	test('an unknown format gives no labels', () => {
		expect(unpackLabels({ labels: [[1, 2, 'x', 0, 3, 1]] }).features).toEqual([]);
		expect(unpackLabels(null).features).toEqual([]);
	});
});
