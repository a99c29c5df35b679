import { describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../contract';
import { createClaimFeature } from '../synthetic/feature';
import { createSyntheticClaims } from '../synthetic/claims';
import { toExportCollection } from './collection';
import { toCsv } from './csv';
import { CHUNK_CHARS, csvChunks, geojsonChunks } from './stream';

async function* each(features: readonly ClaimFeature[]) {
	yield* features;
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
	const out: string[] = [];
	for await (const c of chunks) out.push(c);
	return out;
}

const META = { generator: 'invented generator', gazetteer: 'invented gazetteer' };

describe('streamed exports', () => {
	it('write the same collection as the in-memory export, in bounded chunks', async () => {
		const features = createSyntheticClaims({ count: 800, seed: 3, unlocatedShare: 0.2 });
		const chunks = await collect(geojsonChunks(each(features), META));
		expect(chunks.length).toBeGreaterThan(2);
		for (const c of chunks) expect(c.length).toBeLessThan(CHUNK_CHARS + 2000);
		expect(JSON.parse(chunks.join(''))).toEqual(
			JSON.parse(JSON.stringify(toExportCollection(features, META)))
		);
	});

	it('round coordinates as the builder does, and leave out bbox when nothing is located', async () => {
		const loose = createClaimFeature({ id: 'r1', coordinates: [30.1234567, 50.7654321] });
		const parsed = JSON.parse((await collect(geojsonChunks(each([loose]), META))).join(''));
		expect(parsed.features[0].geometry.coordinates).toEqual([30.123457, 50.765432]);
		expect(parsed.bbox).toEqual([30.123457, 50.765432, 30.123457, 50.765432]);
		const none = JSON.parse(
			(await collect(geojsonChunks(each([createClaimFeature({ coordinates: null })]), META))).join(
				''
			)
		);
		expect(none).not.toHaveProperty('bbox');
		expect(JSON.parse((await collect(geojsonChunks(each([]), META))).join('')).features).toEqual(
			[]
		);
	});

	it('write the same CSV as the in-memory export', async () => {
		const features = createSyntheticClaims({ count: 500, seed: 4 });
		const text = (await collect(csvChunks(each(features), { bom: true }))).join('');
		expect(text).toBe(toCsv(features, { bom: true }));
	});
});
