import { describe, expect, it } from 'vitest';
import { createClaimFeature } from '../synthetic/feature';
import {
	arrangeList,
	claimsAtPlaces,
	countPlaces,
	groupClaims,
	placesSummary,
	searchGroups,
	sortGroups
} from './claim-groups';

describe('groupClaims', () => {
	it('makes one group of the features that share a claimId, in first-seen order', () => {
		const features = [
			createClaimFeature({ id: 'a1', claimId: 'a', coordinates: [30, 48] }),
			createClaimFeature({ id: 'b1', claimId: 'b' }),
			createClaimFeature({ id: 'a2', claimId: 'a', coordinates: [31, 48] })
		];
		const groups = groupClaims(features);
		expect(groups.map((g) => g.claimId)).toEqual(['a', 'b']);
		expect(groups[0].places.map((f) => f.id)).toEqual(['a1', 'a2']);
	});

	it('gives a claim without a place no places', () => {
		const [group] = groupClaims([createClaimFeature({ coordinates: null })]);
		expect(group.places).toEqual([]);
		expect(group.features.length).toBe(1);
	});
});

describe('countPlaces', () => {
	it('counts two claims at one spot once and ignores claims without a place', () => {
		const features = [
			createClaimFeature({ coordinates: [30, 48] }),
			createClaimFeature({ coordinates: [30, 48] }),
			createClaimFeature({ coordinates: [31, 48] }),
			createClaimFeature({ coordinates: null })
		];
		expect(countPlaces(features)).toBe(2);
	});
});

describe('searchGroups', () => {
	const groups = groupClaims([
		createClaimFeature({ claimId: 'c', claimant: 'the invented governor' }),
		createClaimFeature({ claimId: 'p', placeName: 'Kyïv', placeMention: 'Kiev' }),
		createClaimFeature({ claimId: 'q', quote: 'A bridge over the Invented river was hit.' })
	]);
	const found = (query: string) => searchGroups(groups, query).map((g) => g.claimId);

	it('searches the claimant, the place as resolved and as written, and the quote', () => {
		expect(found('governor')).toEqual(['c']);
		expect(found('kyiv')).toEqual(['p']);
		expect(found('KIEV')).toEqual(['p']);
		expect(found('bridge river')).toEqual(['q']);
	});

	it('needs every word and keeps everything for an empty query', () => {
		expect(found('bridge governor')).toEqual([]);
		expect(found('  ')).toEqual(['c', 'p', 'q']);
	});
});

describe('sortGroups', () => {
	const groups = groupClaims([
		createClaimFeature({ claimId: 'old', eventDate: '2022-03-01', confidence: 0.9 }),
		createClaimFeature({
			claimId: 'new',
			eventDate: '2023-01-01',
			confidence: 0.5,
			claimantSide: 'russia'
		}),
		createClaimFeature({ claimId: 'none', eventDate: null, published: null, confidence: 0.7 })
	]);
	const order = (sort: 'date' | 'confidence' | 'side') =>
		sortGroups(groups, sort).map((g) => g.claimId);

	it('puts the newest first and unknown dates last', () => {
		expect(order('date')).toEqual(['new', 'old', 'none']);
	});

	it('puts the highest confidence first', () => {
		expect(order('confidence')).toEqual(['old', 'none', 'new']);
	});

	it('orders by side as the legend does, then by date', () => {
		expect(order('side')).toEqual(['new', 'old', 'none']);
	});
});

describe('arrangeList', () => {
	it('puts the claims without a place in a section of their own', () => {
		const arranged = arrangeList(
			[
				createClaimFeature({ claimId: 'nowhere', coordinates: null, eventDate: '2024-01-01' }),
				createClaimFeature({ claimId: 'here', eventDate: '2022-01-01' })
			],
			{ sort: 'date', query: '' }
		);
		expect(arranged.located.map((g) => g.claimId)).toEqual(['here']);
		expect(arranged.unlocated.map((g) => g.claimId)).toEqual(['nowhere']);
	});
});

describe('claimsAtPlaces', () => {
	it('says how many claims at how many places, singular or plural', () => {
		expect(claimsAtPlaces(1, 1)).toBe('1 claim at 1 place');
		expect(claimsAtPlaces(20, 17)).toBe('20 claims at 17 places');
	});
});

describe('placesSummary', () => {
	const claim = (names: string[]) =>
		groupClaims(
			names.map((placeName, i) =>
				createClaimFeature({ claimId: 'multi', placeName, coordinates: [30 + i, 48] })
			)
		)[0];

	it('names up to three places', () => {
		expect(placesSummary(claim(['Ostrivka', 'Lozivka']))).toBe('2 places: Ostrivka, Lozivka');
	});

	it('ends a longer list in an ellipsis and names a place once', () => {
		expect(placesSummary(claim(['A', 'B', 'B', 'C', 'D']))).toBe('5 places: A, B, C…');
	});
});
