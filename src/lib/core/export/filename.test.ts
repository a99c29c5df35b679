import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterArbitrary } from '../filter/arbitraries';
import { createEmptyFilter, type ClaimFilter } from '../filter/filters';
import { exportFileName, MAX_FILTER_PART } from './filename';

const day = new Date(2026, 10, 29, 10, 0);
const filter = (overrides: Partial<ClaimFilter>): ClaimFilter => ({
	...createEmptyFilter(),
	...overrides
});

describe('exportFileName', () => {
	it('names an unfiltered export "all"', () => {
		expect(exportFileName(createEmptyFilter(), day, 'geojson')).toBe(
			'claims-all-2026-11-29.geojson'
		);
	});

	it('names sides and types in vocabulary order', () => {
		expect(
			exportFileName(
				filter({ sides: ['ukraine', 'russia'], types: ['drone_downed'] }),
				day,
				'geojson'
			)
		).toBe('claims-russia+ukraine-drone_downed-2026-11-29.geojson');
	});

	it('names dates, precision, confidence, articles and bbox', () => {
		const name = exportFileName(
			filter({
				from: '2022-05-01',
				to: '2022-05-31',
				precisions: ['none', 'region'],
				minConfidence: 0.5,
				articles: ['Ab/../c'],
				bbox: [30.123, -45.5, 40, 52]
			}),
			day,
			'csv'
		);
		expect(name).toBe(
			'claims-from_2022-05-01-to_2022-05-31-region+unlocated-conf_0.5-article_ab_c-bbox_30.12_m45.5_40_52-2026-11-29.csv'
		);
	});

	it('is always file-system safe and bounded', () => {
		fc.assert(
			fc.property(
				filterArbitrary,
				fc.constantFrom('geojson', 'csv') as fc.Arbitrary<'csv'>,
				(f, ext) => {
					const name = exportFileName(f, day, ext);
					expect(name).toMatch(/^claims-[a-z0-9_.+-]+-2026-11-29\.(geojson|csv)$/);
					expect(name.length).toBeLessThanOrEqual(MAX_FILTER_PART + 30);
					expect(name).not.toContain('..');
				}
			)
		);
	});
});
