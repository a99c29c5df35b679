/** A factory for one contract-valid claim feature, for tests: give only what the test is about. */
import type { ClaimFeature, ClaimProperties } from '../contract';

/** What a test may set: any property, plus the place as `[lon, lat]` or `null` for unlocated. */
export type ClaimFeatureOverrides = Partial<ClaimProperties> & {
	id?: string;
	coordinates?: [number, number] | null;
};

let counter = 0;

/** A complete claim feature with plain defaults (a located Ukrainian strike claim), overridden. */
export function createClaimFeature(overrides: ClaimFeatureOverrides = {}): ClaimFeature {
	counter += 1;
	const { id, coordinates, ...properties } = overrides;
	const point = coordinates === undefined ? ([31.5, 49.5] as [number, number]) : coordinates;
	const quote = properties.quote ?? 'Officials said an invented depot near Testville was struck.';
	return {
		type: 'Feature',
		id: id ?? `test-feature-${counter}`,
		geometry: point === null ? null : { type: 'Point', coordinates: point },
		properties: {
			claimId: `test-claim-${counter}`,
			eventType: 'strike',
			claimantSide: 'ukraine',
			claimant: 'the invented general staff',
			attribution: {
				claimant: 'the invented general staff',
				side: 'ukraine',
				kind: 'institution',
				basis: 'knowledge'
			},
			stance: 'asserts',
			summary: 'strike on a depot',
			quantities: [],
			quote,
			quoteStart: 0,
			quoteEnd: quote.length,
			placeMention: point === null ? null : 'Testville',
			placeName: point === null ? null : 'Testville',
			gazetteerId: point === null ? null : 'test:1',
			admin1: point === null ? null : 'Test Oblast',
			precision: point === null ? null : 'settlement',
			uncertaintyKm: point === null ? null : 2,
			confidence: point === null ? 0 : 0.9,
			alternatives: [],
			eventDate: '2022-05-10',
			datePrecision: 'day',
			articleId: 'article-a',
			articleTitle: 'An invented report',
			publisher: 'Invented Wire',
			url: 'https://example.org/report',
			published: '2022-05-11',
			...properties
		}
	};
}
