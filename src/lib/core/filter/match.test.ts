import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClaimFeature } from '../synthetic/feature';
import { createSyntheticClaims } from '../synthetic/claims';
import { filterArbitrary } from './arbitraries';
import { createEmptyFilter, type ClaimFilter } from './model';
import { filterClaims, matchesFilter } from './match';

const filter = (overrides: Partial<ClaimFilter>): ClaimFilter => ({
	...createEmptyFilter(),
	...overrides
});

describe('matchesFilter', () => {
	it('lets everything through the empty filter', () => {
		expect(matchesFilter(createClaimFeature(), createEmptyFilter())).toBe(true);
		expect(matchesFilter(createClaimFeature({ coordinates: null }), createEmptyFilter())).toBe(
			true
		);
	});

	it('filters on the claimant side', () => {
		const russian = createClaimFeature({ claimantSide: 'russia' });
		expect(matchesFilter(russian, filter({ sides: ['russia', 'other'] }))).toBe(true);
		expect(matchesFilter(russian, filter({ sides: ['ukraine'] }))).toBe(false);
	});

	it('filters on the event type', () => {
		const drone = createClaimFeature({ eventType: 'drone_downed' });
		expect(matchesFilter(drone, filter({ types: ['drone_downed'] }))).toBe(true);
		expect(matchesFilter(drone, filter({ types: ['strike'] }))).toBe(false);
	});

	it('filters on eventDate, inclusive at both ends', () => {
		const claim = createClaimFeature({ eventDate: '2022-05-10', published: '2022-06-01' });
		expect(matchesFilter(claim, filter({ from: '2022-05-10', to: '2022-05-10' }))).toBe(true);
		expect(matchesFilter(claim, filter({ from: '2022-05-11' }))).toBe(false);
		expect(matchesFilter(claim, filter({ to: '2022-05-09' }))).toBe(false);
	});

	it('falls back to the published date when the event date is unknown', () => {
		const claim = createClaimFeature({ eventDate: null, published: '2022-06-01' });
		expect(matchesFilter(claim, filter({ from: '2022-05-20', to: '2022-06-01' }))).toBe(true);
		expect(matchesFilter(claim, filter({ to: '2022-05-31' }))).toBe(false);
	});

	it('hides undated claims only when a date range is set', () => {
		const claim = createClaimFeature({ eventDate: null, published: null });
		expect(matchesFilter(claim, createEmptyFilter())).toBe(true);
		expect(matchesFilter(claim, filter({ from: '2000-01-01' }))).toBe(false);
	});

	it('filters on precision, with none for unlocated claims', () => {
		const region = createClaimFeature({ precision: 'region' });
		const unlocated = createClaimFeature({ coordinates: null });
		expect(matchesFilter(region, filter({ precisions: ['region'] }))).toBe(true);
		expect(matchesFilter(region, filter({ precisions: ['none'] }))).toBe(false);
		expect(matchesFilter(unlocated, filter({ precisions: ['none'] }))).toBe(true);
		expect(matchesFilter(unlocated, filter({ precisions: ['settlement'] }))).toBe(false);
	});

	it('filters located claims on minimum confidence and keeps unlocated ones', () => {
		const unsure = createClaimFeature({ confidence: 0.4 });
		expect(matchesFilter(unsure, filter({ minConfidence: 0.4 }))).toBe(true);
		expect(matchesFilter(unsure, filter({ minConfidence: 0.41 }))).toBe(false);
		const unlocated = createClaimFeature({ coordinates: null, confidence: 0 });
		expect(matchesFilter(unlocated, filter({ minConfidence: 0.9 }))).toBe(true);
	});

	it('filters on the article', () => {
		const claim = createClaimFeature({ articleId: 'abc' });
		expect(matchesFilter(claim, filter({ articles: ['x', 'abc'] }))).toBe(true);
		expect(matchesFilter(claim, filter({ articles: ['x'] }))).toBe(false);
	});

	it('filters on the bbox, edges included, and keeps unlocated claims', () => {
		const box = filter({ bbox: [30, 45, 35, 50] });
		expect(matchesFilter(createClaimFeature({ coordinates: [30, 50] }), box)).toBe(true);
		expect(matchesFilter(createClaimFeature({ coordinates: [29.99, 47] }), box)).toBe(false);
		expect(matchesFilter(createClaimFeature({ coordinates: [32, 50.01] }), box)).toBe(false);
		expect(matchesFilter(createClaimFeature({ coordinates: null }), box)).toBe(true);
	});

	it('reads a bbox whose west exceeds east as crossing the antimeridian', () => {
		const box = filter({ bbox: [170, -10, -170, 10] });
		expect(matchesFilter(createClaimFeature({ coordinates: [175, 0] }), box)).toBe(true);
		expect(matchesFilter(createClaimFeature({ coordinates: [-175, 0] }), box)).toBe(true);
		expect(matchesFilter(createClaimFeature({ coordinates: [0, 0] }), box)).toBe(false);
	});

	it('needs every dimension to pass', () => {
		const claim = createClaimFeature({ claimantSide: 'russia', eventType: 'strike' });
		expect(matchesFilter(claim, filter({ sides: ['russia'], types: ['strike'] }))).toBe(true);
		expect(matchesFilter(claim, filter({ sides: ['russia'], types: ['casualties'] }))).toBe(false);
	});
});

describe('filterClaims', () => {
	it('keeps the features that match, in order', () => {
		const features = createSyntheticClaims({ count: 300, seed: 7 });
		const chosen = filter({ sides: ['russia'], precisions: ['none', 'settlement'] });
		const result = filterClaims(features, chosen);
		expect(result.length).toBeGreaterThan(0);
		expect(result.length).toBeLessThan(features.length);
		expect(result).toEqual(features.filter((f) => matchesFilter(f, chosen)));
	});

	it('agrees with a direct reading of the filter for any filter', () => {
		const features = createSyntheticClaims({ count: 200, seed: 3, unlocatedShare: 0.2 });
		fc.assert(
			fc.property(filterArbitrary, (chosen) => {
				const expected = features.filter((f) => {
					const p = f.properties;
					const day = p.eventDate ?? p.published;
					const precision = f.geometry ? p.precision : 'none';
					const [lon, lat] = f.geometry?.coordinates ?? [0, 0];
					const b = chosen.bbox;
					const inBox =
						!b ||
						!f.geometry ||
						(lat >= b[1] &&
							lat <= b[3] &&
							(b[0] <= b[2] ? lon >= b[0] && lon <= b[2] : lon >= b[0] || lon <= b[2]));
					return (
						(chosen.sides.length === 0 || chosen.sides.includes(p.claimantSide)) &&
						(chosen.types.length === 0 || chosen.types.includes(p.eventType)) &&
						(chosen.from === null || (day !== null && day >= chosen.from)) &&
						(chosen.to === null || (day !== null && day <= chosen.to)) &&
						(chosen.precisions.length === 0 || chosen.precisions.includes(precision!)) &&
						(!f.geometry || p.confidence >= chosen.minConfidence) &&
						(chosen.articles.length === 0 || chosen.articles.includes(p.articleId)) &&
						inBox
					);
				});
				expect(filterClaims(features, chosen)).toEqual(expected);
			}),
			{ numRuns: 200 }
		);
	});
});
