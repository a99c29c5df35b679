import { describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../contract';
import { createClaimFeature } from '../synthetic/feature';
import { createSyntheticClaims } from '../synthetic/claims';
import { toExportCollection } from './collection';
import { toCsv } from './csv';
import { CHUNK_CHARS, csvChunks, geojsonChunks, withStoredText } from './stream';

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

	it('write a feature’s stored text as it is, unless rounding changed the feature', async () => {
		const kept = createClaimFeature({ id: 'k1', coordinates: [30.5, 50.25] });
		// Spaced differently from what stringify writes, so the output shows which text was used.
		const stored = JSON.stringify(kept, null, 1);
		const text = (await collect(geojsonChunks(each([withStoredText(kept, stored)]), META))).join(
			''
		);
		expect(text).toContain(stored);
		expect(JSON.parse(text).features[0]).toEqual(kept);
		const loose = createClaimFeature({ id: 'k2', coordinates: [30.1234567, 50.7654321] });
		const looseText = JSON.stringify(loose, null, 1);
		const rounded = (
			await collect(geojsonChunks(each([withStoredText(loose, looseText)]), META))
		).join('');
		expect(rounded).not.toContain(looseText);
		expect(JSON.parse(rounded).features[0].geometry.coordinates).toEqual([30.123457, 50.765432]);
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
