import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CLAIMANT_KINDS,
	CLAIMANT_SIDES,
	EVENT_TYPES,
	PRECISIONS,
	STANCES,
	type ClaimFeature
} from '../contract';
import { filterArbitrary } from '../filter/arbitraries';
import { createClaimFeature } from '../synthetic/feature';
import { buildIncident } from './incident';
import { markableIncident, markFeature } from './mark-features';
import { markIncidents } from './marks';

/** Words a control claim may say: captured, held, both, neither. */
const WORDS = [
	'Invented troops captured the village.',
	'Invented troops held the village.',
	'Invented troops captured the hill but were repelled.',
	'An invented report.'
];

/** An invented claim differing in everything a mark or the claim filter reads. */
const featureArbitrary: fc.Arbitrary<ClaimFeature> = fc
	.record({
		stance: fc.constantFrom(...STANCES),
		side: fc.constantFrom(...CLAIMANT_SIDES),
		kind: fc.option(fc.constantFrom(...CLAIMANT_KINDS)),
		attributed: fc.boolean(),
		eventType: fc.constantFrom(...EVENT_TYPES),
		summary: fc.constantFrom(...WORDS),
		quote: fc.constantFrom(...WORDS),
		place: fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))),
		precision: fc.option(fc.constantFrom(...PRECISIONS)),
		uncertaintyKm: fc.option(fc.constantFrom(0, 2, 25)),
		eventDate: fc.option(fc.constantFrom('2022-05-01', '2022-06-01')),
		published: fc.option(fc.constantFrom('2022-05-15', '2022-07-01')),
		confidence: fc.constantFrom(0.2, 0.6, 1),
		article: fc.integer({ min: 0, max: 2 })
	})
	.map((c) =>
		createClaimFeature({
			stance: c.stance,
			claimantSide: c.side,
			attribution: c.attributed
				? { claimant: 'an invented office', side: c.side, kind: c.kind, basis: 'explicit' }
				: null,
			eventType: c.eventType,
			summary: c.summary,
			quote: c.quote,
			coordinates: c.place ? [30 + c.place[0], 48 + c.place[1]] : null,
			precision: c.precision,
			uncertaintyKm: c.uncertaintyKm,
			eventDate: c.eventDate,
			published: c.published,
			confidence: c.confidence,
			articleId: `invented-article-${c.article}`
		})
	);

describe('claims cut to what marking reads', () => {
	it('mark an incident as building it from the whole claims does', () => {
		fc.assert(
			fc.property(fc.array(featureArbitrary, { minLength: 1, maxLength: 6 }), (features) => {
				const { incidentId, point, status, featureIds, claimedBy } = buildIncident(
					'invented-incident',
					features
				);
				expect(markableIncident('invented-incident', features.map(markFeature))).toEqual({
					incidentId,
					point,
					status,
					featureIds,
					claimedBy
				});
			}),
			{ numRuns: 2000 }
		);
	});

	it('pass every claim filter as the whole claims do', () => {
		const features = fc.sample(featureArbitrary, { numRuns: 60, seed: 16 });
		const incident = buildIncident('invented-incident', features);
		fc.assert(
			fc.property(filterArbitrary, (filter) => {
				const incidentFilter = { statuses: [], claimedBy: [] };
				expect(
					markIncidents([incident], features.map(markFeature), filter, incidentFilter)
				).toEqual(markIncidents([incident], features, filter, incidentFilter));
			}),
			{ numRuns: 500 }
		);
	});
});
