import { describe, expect, it } from 'vitest';
import { createClaimFeature } from '../synthetic/feature';
import { groupClaims } from './group';
import { buildIncidents } from './incident';
import type { IncidentJudgement } from './judgements';

const made = { by: 'ana', at: '2026-01-02T03:04:05Z' };

function createPair() {
	return [
		createClaimFeature({ id: 'a1', claimantSide: 'russia', claimant: 'an invented ministry' }),
		createClaimFeature({ id: 'a2', claimantSide: 'ukraine', claimant: 'an invented staff' }),
		createClaimFeature({ id: 'b1', coordinates: [35, 47], gazetteerId: 'test:far' })
	];
}

describe('judgements on incidents', () => {
	it('groups the machine way without judgements', () => {
		const features = createPair();
		expect(buildIncidents(features, groupClaims(features)).map((i) => i.featureIds)).toEqual([
			['a1', 'a2'],
			['b1']
		]);
	});

	it('merges two incidents into one', () => {
		const features = createPair();
		const judgements: IncidentJudgement[] = [
			{ kind: 'merge', featureId: 'a1', otherFeatureId: 'b1', ...made }
		];
		const incidents = buildIncidents(features, groupClaims(features), judgements);
		expect(incidents.map((i) => i.featureIds)).toEqual([['a1', 'a2', 'b1']]);
	});

	it('splits a claim out into an incident of its own', () => {
		const features = createPair();
		const judgements: IncidentJudgement[] = [{ kind: 'split', featureId: 'a2', ...made }];
		const incidents = buildIncidents(features, groupClaims(features), judgements);
		expect(incidents.map((i) => i.featureIds)).toEqual([['a1'], ['a2'], ['b1']]);
		expect(incidents[0].status).toBe('single');
	});

	it('marks the incident of a claim verified, with note and link, until unverified', () => {
		const features = createPair();
		const verify: IncidentJudgement = {
			kind: 'verify',
			featureId: 'a2',
			note: 'Seen on invented satellite images',
			link: 'https://example.org/images',
			...made
		};
		const verified = buildIncidents(features, groupClaims(features), [verify]);
		expect(verified[0].verified).toEqual({
			note: 'Seen on invented satellite images',
			link: 'https://example.org/images',
			by: 'ana',
			at: made.at
		});
		expect(verified[1].verified).toBeNull();
		const undone = buildIncidents(features, groupClaims(features), [
			verify,
			{ kind: 'unverify', featureId: 'a1', ...made }
		]);
		expect(undone[0].verified).toBeNull();
	});

	it('ignores a judgement on a claim that re-extraction no longer gives', () => {
		const features = createPair();
		const incidents = buildIncidents(features, groupClaims(features), [
			{ kind: 'split', featureId: 'gone', ...made }
		]);
		expect(incidents).toHaveLength(2);
	});
});
