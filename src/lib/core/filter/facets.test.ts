import { describe, expect, it } from 'vitest';
import { CLAIMANT_SIDES } from '../contract';
import { createClaimFeature } from '../synthetic/feature';
import { createSyntheticClaims } from '../synthetic/claims';
import { claimsPerDay, facetCounts, MAX_FILLED_DAYS } from './facets';
import { filterClaims } from './match';
import { createEmptyFilter, PRECISION_FILTERS, type ClaimFilter } from './model';

const filter = (overrides: Partial<ClaimFilter>): ClaimFilter => ({
	...createEmptyFilter(),
	...overrides
});

describe('facetCounts', () => {
	it('counts every option with no filter', () => {
		const features = [
			createClaimFeature({ claimantSide: 'russia', articleId: 'a' }),
			createClaimFeature({ claimantSide: 'russia', eventType: 'casualties', articleId: 'b' }),
			createClaimFeature({ claimantSide: 'other', coordinates: null, articleId: 'b' })
		];
		const counts = facetCounts(features, createEmptyFilter());
		expect(counts.sides).toEqual({
			russia: 2,
			ukraine: 0,
			united_states: 0,
			other: 1,
			unattributed: 0
		});
		expect(counts.types.strike).toBe(2);
		expect(counts.types.casualties).toBe(1);
		expect(counts.precisions.settlement).toBe(2);
		expect(counts.precisions.none).toBe(1);
		expect(counts.articles).toEqual({ a: 1, b: 2 });
		expect(counts.matched).toBe(3);
		expect(counts.unlocated).toBe(1);
	});

	it("ignores a dimension's own filter when counting its options", () => {
		const features = [
			createClaimFeature({ claimantSide: 'russia', eventType: 'strike' }),
			createClaimFeature({ claimantSide: 'ukraine', eventType: 'strike' }),
			createClaimFeature({ claimantSide: 'ukraine', eventType: 'casualties' })
		];
		const counts = facetCounts(features, filter({ sides: ['russia'], types: ['strike'] }));
		// Sides are counted with only the type filter: both strikes.
		expect(counts.sides.russia).toBe(1);
		expect(counts.sides.ukraine).toBe(1);
		// Types are counted with only the side filter: Russia has a strike and no casualties.
		expect(counts.types.strike).toBe(1);
		expect(counts.types.casualties).toBe(0);
		expect(counts.matched).toBe(1);
	});

	it('matches filtering with the dimension cleared, for every side and precision', () => {
		const features = createSyntheticClaims({ count: 500, seed: 11, unlocatedShare: 0.1 });
		const chosen = filter({
			sides: ['russia'],
			precisions: ['settlement', 'none'],
			minConfidence: 0.3,
			from: '2022-04-01'
		});
		const counts = facetCounts(features, chosen);
		const withoutSides = filterClaims(features, { ...chosen, sides: [] });
		for (const side of CLAIMANT_SIDES) {
			expect(counts.sides[side]).toBe(
				withoutSides.filter((f) => f.properties.claimantSide === side).length
			);
		}
		const withoutPrecisions = filterClaims(features, { ...chosen, precisions: [] });
		for (const precision of PRECISION_FILTERS) {
			const expected = withoutPrecisions.filter(
				(f) => (f.geometry === null ? 'none' : f.properties.precision) === precision
			).length;
			expect(counts.precisions[precision]).toBe(expected);
		}
		const matched = filterClaims(features, chosen);
		expect(counts.matched).toBe(matched.length);
		expect(counts.unlocated).toBe(matched.filter((f) => f.geometry === null).length);
		expect(counts.matched).toBeGreaterThan(0);
	});
});

describe('claimsPerDay', () => {
	it('counts per day on eventDate ?? published, filling empty days', () => {
		const features = [
			createClaimFeature({ eventDate: '2022-05-01' }),
			createClaimFeature({ eventDate: null, published: '2022-05-03' }),
			createClaimFeature({ eventDate: '2022-05-03' }),
			createClaimFeature({ eventDate: null, published: null })
		];
		expect(claimsPerDay(features)).toEqual([
			{ day: '2022-05-01', count: 1 },
			{ day: '2022-05-02', count: 0 },
			{ day: '2022-05-03', count: 2 }
		]);
	});

	it('crosses month and leap-year boundaries', () => {
		const days = claimsPerDay([
			createClaimFeature({ eventDate: '2024-02-28' }),
			createClaimFeature({ eventDate: '2024-03-01' })
		]).map((d) => d.day);
		expect(days).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
	});

	it('is empty without dated claims', () => {
		expect(claimsPerDay([createClaimFeature({ eventDate: null, published: null })])).toEqual([]);
	});

	it('does not fill an implausibly long span', () => {
		const result = claimsPerDay([
			createClaimFeature({ eventDate: '1900-01-01' }),
			createClaimFeature({ eventDate: '2022-01-01' })
		]);
		expect(MAX_FILLED_DAYS).toBeLessThan(45000);
		expect(result).toEqual([
			{ day: '1900-01-01', count: 1 },
			{ day: '2022-01-01', count: 1 }
		]);
	});
});
