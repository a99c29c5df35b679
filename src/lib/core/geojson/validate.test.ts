import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimCollection, ClaimFeature, ClaimProperties } from '../contract';
import { buildClaimCollection } from './build';
import { formatProblems, validateClaimCollection } from './validate';
import { createClaimFeature } from '../synthetic/feature';

function createProperties(overrides: Partial<ClaimProperties> = {}): ClaimProperties {
	return {
		claimId: 'c1',
		eventType: 'strike',
		claimantSide: 'unattributed',
		claimant: null,
		attribution: null,
		stance: 'asserts',
		summary: 'shelling',
		quantities: [],
		quote: 'Guns fired.',
		quoteStart: 0,
		quoteEnd: 11,
		placeMention: 'Lisne',
		placeName: 'Lisne',
		gazetteerId: 'test:lisne',
		admin1: null,
		precision: 'settlement',
		uncertaintyKm: 3,
		confidence: 0.8,
		alternatives: [],
		eventDate: '2023-01-02',
		datePrecision: 'day',
		articleId: 'a1',
		articleTitle: 'T',
		publisher: null,
		url: null,
		published: '2023-01-02',
		...overrides
	};
}

function createFeature(
	id: string,
	coordinates: [number, number] | null,
	overrides: Partial<ClaimProperties> = {}
): ClaimFeature {
	return {
		type: 'Feature',
		id,
		geometry: coordinates ? { type: 'Point', coordinates } : null,
		properties: createProperties(overrides)
	};
}

function createCollection(features: ClaimFeature[]): ClaimCollection {
	return buildClaimCollection(features, { generator: 'test', gazetteer: 'test gazetteer' });
}

describe('validateClaimCollection', () => {
	it('accepts a built collection, including features without geometry', () => {
		const result = validateClaimCollection(
			createCollection([
				createFeature('a', [37.5, 48.1]),
				createFeature('b', null, { precision: null })
			])
		);
		expect(result.ok).toBe(true);
	});

	it('names the feature and the problem, and keeps the valid features', () => {
		const collection = createCollection([
			createFeature('good', [37.5, 48.1]),
			createFeature('bad', [37.5, 48.1])
		]);
		(collection.features[1].properties as unknown as Record<string, unknown>).eventType =
			'explosion';
		const result = validateClaimCollection(collection);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual([
			{ featureIndex: 1, featureId: 'bad', message: expect.stringMatching(/eventType/) }
		]);
		expect(result.validFeatures.map((f) => f.id)).toEqual(['good']);
		expect(formatProblems(result.errors)).toMatch(/^feature 1 \(id bad\): property "eventType"/);
	});

	it('reports swapped coordinates, a crs member and a missing claimsmap member', () => {
		const value = JSON.parse(JSON.stringify(createCollection([createFeature('a', [48.1, 37.5])])));
		value.features[0].geometry.coordinates = [48.1, 137.5];
		value.crs = { type: 'name' };
		delete value.claimsmap;
		delete value.bbox;
		const result = validateClaimCollection(value);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const messages = result.errors.map((e) => e.message).join('\n');
		expect(messages).toMatch(/crs/);
		expect(messages).toMatch(/claimsmap/);
		expect(messages).toMatch(/latitude 137.5/);
	});

	it('reports missing properties, a wrong quote length, duplicate ids and a bbox that misses a point', () => {
		const value = JSON.parse(
			JSON.stringify(
				createCollection([
					createFeature('a', [37.5, 48.1]),
					createFeature('a', [30, 50], { quoteEnd: 5 })
				])
			)
		);
		delete value.features[0].properties.admin1;
		value.bbox = [0, 0, 1, 1];
		const result = validateClaimCollection(value);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const messages = result.errors.map((e) => e.message).join('\n');
		expect(messages).toMatch(/"admin1" is missing/);
		expect(messages).toMatch(/quoteEnd - quoteStart/);
		expect(messages).toMatch(/duplicate id/);
		expect(messages).toMatch(/bbox/);
	});

	it('reports structural GeoJSON errors found by geojson-validation and non-Point geometries', () => {
		const value = JSON.parse(
			JSON.stringify(createCollection([createFeature('a', [37.5, 48.1]), createFeature('b', null)]))
		);
		value.features[0].type = 'feature';
		value.features[1].geometry = {
			type: 'LineString',
			coordinates: [
				[30, 50],
				[31, 51]
			]
		};
		const result = validateClaimCollection(value);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual(
			expect.arrayContaining([
				{
					featureIndex: 0,
					featureId: 'a',
					message: expect.stringMatching(/not a GeoJSON Feature: type must be "Feature"/)
				},
				{ featureIndex: 1, featureId: 'b', message: 'geometry must be a Point or null' }
			])
		);
	});

	it('warns, without failing, about coordinates with more than 6 decimals', () => {
		const value = JSON.parse(JSON.stringify(createCollection([createFeature('a', [37.5, 48.1])])));
		value.features[0].geometry.coordinates = [37.1234567, 48.1];
		value.bbox = [37.1234567, 48.1, 37.1234567, 48.1];
		const result = validateClaimCollection(value);
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(result.warnings.map((w) => w.message)).toEqual(['Point has more than 6 decimals']);
	});

	it('rejects things that are not collections without throwing', () => {
		for (const value of [null, 42, 'x', [], { type: 'FeatureCollection' }, { type: 'Feature' }]) {
			expect(validateClaimCollection(value).ok).toBe(false);
		}
	});

	it('never throws on arbitrary JSON (property)', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (v) => {
				expect(() => validateClaimCollection(v)).not.toThrow();
				expect(() =>
					validateClaimCollection({
						type: 'FeatureCollection',
						claimsmap: { formatVersion: 1, generator: '', gazetteer: '' },
						features: [v]
					})
				).not.toThrow();
			})
		);
	});
});

describe('buildClaimCollection', () => {
	it('rounds coordinates to 6 decimals and computes the bbox over located features only', () => {
		const c = createCollection([
			createFeature('a', [37.1234567891, 48.5]),
			createFeature('b', [36, 47.25]),
			createFeature('c', null)
		]);
		expect(c.features[0].geometry?.coordinates).toEqual([37.123457, 48.5]);
		expect(c.bbox).toEqual([36, 47.25, 37.123457, 48.5]);
	});

	it('leaves out the bbox when no feature is located', () => {
		expect(createCollection([createFeature('a', null)]).bbox).toBeUndefined();
	});
});

describe('formatVersion 1 files', () => {
	it('are read as version 2 with attribution null', () => {
		const feature = createClaimFeature();
		const { attribution: _dropped, ...v1 } = feature.properties;
		void _dropped;
		const result = validateClaimCollection({
			type: 'FeatureCollection',
			claimsmap: { formatVersion: 1, generator: 'old', gazetteer: 'old' },
			features: [{ ...feature, properties: v1 }]
		});
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.collection.features[0].properties.attribution).toBeNull();
	});
});

describe('files written before stance', () => {
	it('read every claim as asserted', () => {
		const feature = createClaimFeature();
		const { stance: _dropped, ...before } = feature.properties;
		void _dropped;
		const result = validateClaimCollection({
			type: 'FeatureCollection',
			claimsmap: { formatVersion: 2, generator: 'old', gazetteer: 'old' },
			features: [{ ...feature, properties: before }]
		});
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.collection.features[0].properties.stance).toBe('asserts');
	});

	it('refuses a stance outside the vocabulary', () => {
		const feature = createClaimFeature();
		const result = validateClaimCollection({
			type: 'FeatureCollection',
			claimsmap: { formatVersion: 2, generator: 'new', gazetteer: 'new' },
			features: [{ ...feature, properties: { ...feature.properties, stance: 'doubts' } }]
		});
		expect(result.ok).toBe(false);
	});
});
