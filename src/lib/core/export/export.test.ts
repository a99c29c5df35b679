import { describe, expect, it } from 'vitest';
import type { ClaimCollection } from '../contract';
import { createEmptyFilter } from '../filter/filters';
import { createClaimFeature } from '../synthetic/feature';
import { exportClaims } from './export';

const meta = { generator: 'test', gazetteer: 'test' };
const day = new Date(2026, 10, 29, 12);

describe('exportClaims', () => {
	const features = [
		createClaimFeature({ id: 'r1', claimantSide: 'russia' }),
		createClaimFeature({ id: 'u1', claimantSide: 'ukraine' }),
		createClaimFeature({ id: 'r2', claimantSide: 'russia', coordinates: null })
	];
	const russia = { ...createEmptyFilter(), sides: ['russia' as const] };

	it('exports exactly the selected features as GeoJSON, unlocated included', () => {
		const file = exportClaims(features, russia, meta, 'geojson', day);
		expect(file.name).toBe('claims-russia-2026-11-29.geojson');
		expect(file.mediaType).toBe('application/geo+json');
		expect(file.count).toBe(2);
		const parsed = JSON.parse(file.text) as ClaimCollection;
		expect(parsed.features.map((f) => f.id)).toEqual(['r1', 'r2']);
	});

	it('exports the same selection as CSV rows', () => {
		const file = exportClaims(features, russia, meta, 'csv', day);
		expect(file.name).toBe('claims-russia-2026-11-29.csv');
		expect(file.mediaType).toBe('text/csv; charset=utf-8');
		const rows = file.text.trimEnd().split('\r\n');
		expect(rows).toHaveLength(3);
		expect(rows[1]).toContain(',r1,');
		expect(rows[2]).toContain(',r2,');
	});
});
