import { describe, expect, it } from 'vitest';
import { validateClaimCollection } from '../geojson/validate';
import { createClaimFeature } from '../synthetic/feature';
import { toExportCollection } from './collection';

const meta = { generator: 'claimsmap test', gazetteer: 'test gazetteer' };

describe('toExportCollection', () => {
	it('builds a valid collection with a bbox over the located features', () => {
		const collection = toExportCollection(
			[
				createClaimFeature({ coordinates: [30, 46] }),
				createClaimFeature({ coordinates: [35.1234567, 50] }),
				createClaimFeature({ coordinates: null })
			],
			meta
		);
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.bbox).toEqual([30, 46, 35.123457, 50]);
		expect(collection.claimsmap).toEqual({ formatVersion: 2, ...meta });
		expect(collection.features).toHaveLength(3);
		expect(collection.features[2].geometry).toBeNull();
		const result = validateClaimCollection(JSON.parse(JSON.stringify(collection)));
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('has no bbox when no feature is located', () => {
		const collection = toExportCollection([createClaimFeature({ coordinates: null })], meta);
		expect(collection).not.toHaveProperty('bbox');
	});
});

describe('toExportCollection, rounding', () => {
	it('rounds coordinates with more than 6 decimals, like the builder', () => {
		const collection = toExportCollection(
			[createClaimFeature({ coordinates: [30.12345678, 46.000000449] })],
			meta
		);
		expect(collection.features[0].geometry?.coordinates).toEqual([30.123457, 46]);
	});

	it('passes already-rounded features through unchanged, in order', () => {
		const features = [createClaimFeature({ coordinates: [30.5, 46.25] }), createClaimFeature()];
		const collection = toExportCollection(features, meta);
		expect(collection.features).toEqual(features);
		expect(collection.features[0]).toBe(features[0]);
		expect(Object.keys(collection)).toEqual(['type', 'bbox', 'claimsmap', 'features']);
	});
});
