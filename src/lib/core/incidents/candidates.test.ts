import { describe, expect, it } from 'vitest';
import { createClaimFeature, type ClaimFeatureOverrides } from '../synthetic/feature';
import { mergeCandidates } from './candidates';
import { buildIncident, type Incident } from './incident';

/** An incident of one invented claim. */
function createIncident(id: string, overrides: ClaimFeatureOverrides = {}): Incident {
	return buildIncident(id, [createClaimFeature({ id, claimId: `${id}-claim`, ...overrides })]);
}

const HERE = createIncident('here', { coordinates: [36, 49], placeName: 'Ostrivka' });

describe('mergeCandidates', () => {
	it('offers incidents near in place and days, nearest first, and not the incident itself', () => {
		const incidents = [
			HERE,
			createIncident('far', { coordinates: [38, 49], placeName: 'Farfield' }),
			createIncident('later', { coordinates: [36, 49], eventDate: '2022-05-20' }),
			createIncident('next', { coordinates: [36.3, 49], placeName: 'Bilohir' }),
			createIncident('nearest', { coordinates: [36.05, 49], placeName: 'Sadove' })
		];
		expect(mergeCandidates(HERE, incidents).map((c) => c.incident.incidentId)).toEqual([
			'nearest',
			'next'
		]);
		expect(mergeCandidates(HERE, incidents)[0]).toMatchObject({ days: 0 });
		expect(mergeCandidates(HERE, incidents)[0].km).toBeCloseTo(3.65, 1);
	});

	it('narrows by a search of place and claimant, accents and case aside', () => {
		const incidents = [
			createIncident('a', { coordinates: [36.1, 49], placeName: 'Zelenyi Hai' }),
			createIncident('b', {
				coordinates: [36.1, 49.1],
				placeName: 'Kamianka',
				claimant: 'Invented Guard'
			})
		];
		expect(mergeCandidates(HERE, incidents, 'ZELÉNYI').map((c) => c.incident.incidentId)).toEqual([
			'a'
		]);
		expect(
			mergeCandidates(HERE, incidents, 'invented gua').map((c) => c.incident.incidentId)
		).toEqual(['b']);
	});

	it('finds an incident anywhere by a claim or feature id typed whole', () => {
		const far = createIncident('far-away-f1', { coordinates: [30, 46], eventDate: '2023-01-01' });
		expect(mergeCandidates(HERE, [far]).length).toBe(0);
		expect(mergeCandidates(HERE, [far], 'far-away-f1')[0].incident.incidentId).toBe('far-away-f1');
	});
});
