import { describe, expect, test } from 'vitest';
import { createClaim, createCollection } from '../../../tests/e2e/fixtures/claims';
import { importClaimsFile } from './import-claims';

function createFile(content: string, name = 'claims.geojson'): Blob & { name: string } {
	return Object.assign(new Blob([content], { type: 'application/geo+json' }), { name });
}

describe('importClaimsFile', () => {
	test('a valid collection is imported whole', async () => {
		const collection = createCollection([createClaim('a', [30, 50]), createClaim('b', null)]);
		const outcome = await importClaimsFile(createFile(JSON.stringify(collection)));
		expect(outcome.kind).toBe('imported');
		if (outcome.kind !== 'imported') return;
		expect(outcome.collection.features.map((f) => f.id)).toEqual(['a', 'b']);
		expect(outcome.rejected).toBe(0);
	});

	test('invalid features are rejected by index and id, the valid ones kept', async () => {
		const collection = createCollection([createClaim('a', [30, 50]), createClaim('b', [31, 49])]);
		(collection.features[1].properties as unknown as Record<string, unknown>).eventType = 'party';
		const outcome = await importClaimsFile(createFile(JSON.stringify(collection)));
		expect(outcome.kind).toBe('imported');
		if (outcome.kind !== 'imported') return;
		expect(outcome.collection.features.map((f) => f.id)).toEqual(['a']);
		expect(outcome.rejected).toBe(1);
		expect(outcome.problems.some((p) => p.featureIndex === 1 && p.featureId === 'b')).toBe(true);
	});

	test('a file that is not JSON fails with a message naming it', async () => {
		const outcome = await importClaimsFile(createFile('{nope', 'broken.geojson'));
		expect(outcome.kind).toBe('failed');
		if (outcome.kind !== 'failed') return;
		expect(outcome.message).toContain('broken.geojson');
	});

	test('a collection with no valid feature fails', async () => {
		const outcome = await importClaimsFile(
			createFile(JSON.stringify({ type: 'FeatureCollection' }))
		);
		expect(outcome.kind).toBe('failed');
	});
});
