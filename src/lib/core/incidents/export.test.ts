import { describe, expect, it } from 'vitest';
import { createEmptyFilter } from '../filter/model';
import { createClaimFeature } from '../synthetic/feature';
import {
	INCIDENT_CSV_COLUMNS,
	incidentsToCsv,
	parseIncidentParams,
	toIncidentCollection
} from './export';
import { groupClaims } from './group';
import { buildIncidents } from './incident';
import { parseJudgementRequest } from './judgement-request';
import { selectIncidents } from './select';

function createIncidents() {
	const features = [
		createClaimFeature({
			id: 'r1',
			claimantSide: 'russia',
			claimant: 'an invented ministry',
			quantities: [{ count: 14, item: 'drones', category: 'drone' }],
			eventType: 'drone_downed',
			summary: '14 drones downed'
		}),
		createClaimFeature({
			id: 'u1',
			claimantSide: 'ukraine',
			claimant: 'an invented staff',
			stance: 'denies',
			eventType: 'drone_downed'
		}),
		createClaimFeature({
			id: 'u2',
			claimantSide: 'ukraine',
			claimant: '=an invented formula',
			coordinates: [35, 47],
			gazetteerId: 'test:far'
		})
	];
	return { features, incidents: buildIncidents(features, groupClaims(features)) };
}

describe('incident export', () => {
	it('gives one GeoJSON point per incident with its claims', () => {
		const { incidents } = createIncidents();
		const collection = toIncidentCollection(incidents);
		expect(
			collection.features.map((f) => [f.id, f.geometry?.coordinates, f.properties.status])
		).toEqual([
			['r1', [31.5, 49.5], 'contested'],
			['u2', [35, 47], 'single']
		]);
		expect(collection.features[0].properties.featureIds).toEqual(['r1', 'u1']);
	});

	it('writes one CSV row per incident, formulas defused', () => {
		const { incidents } = createIncidents();
		const [header, first, second] = incidentsToCsv(incidents).trimEnd().split('\r\n');
		expect(header.split(',')).toEqual([...INCIDENT_CSV_COLUMNS]);
		expect(first).toContain('contested');
		expect(first).toContain('Russia: 14 drones downed');
		expect(first).toContain('r1 u1');
		expect(second).toContain("'=an invented formula");
	});

	it('selects by status and by claim filter alike', () => {
		const { incidents, features } = createIncidents();
		const status = parseIncidentParams(new URLSearchParams('status=contested'));
		if (!status.ok) throw new Error(status.errors.join());
		expect(
			selectIncidents(incidents, features, createEmptyFilter(), status.filter).map(
				(i) => i.incidentId
			)
		).toEqual(['r1']);
		const russia = { ...createEmptyFilter(), sides: ['russia' as const] };
		const none = { statuses: [], claimedBy: [] };
		expect(selectIncidents(incidents, features, russia, none).map((i) => i.incidentId)).toEqual([
			'r1'
		]);
		const both = parseIncidentParams(new URLSearchParams('claimedBy=one'));
		if (!both.ok) throw new Error(both.errors.join());
		expect(
			selectIncidents(incidents, features, createEmptyFilter(), both.filter).map(
				(i) => i.incidentId
			)
		).toEqual(['u2']);
	});

	it('names a bad status', () => {
		expect(parseIncidentParams(new URLSearchParams('status=doubtful'))).toEqual({
			ok: false,
			errors: [
				'status: unknown value "doubtful" (expected one of: single, corroborated, contested)'
			]
		});
	});
});

describe('parseJudgementRequest', () => {
	it('reads each kind of judgement', () => {
		expect(parseJudgementRequest({ kind: 'split', featureId: 'f' })).toEqual({
			kind: 'valid',
			request: { kind: 'split', featureId: 'f' }
		});
		expect(
			parseJudgementRequest({ kind: 'verify', featureId: 'f', note: ' Seen ', link: null })
		).toEqual({
			kind: 'valid',
			request: { kind: 'verify', featureId: 'f', note: 'Seen', link: null }
		});
	});

	it.each([
		[{ kind: 'merge', featureId: 'f' }, /otherFeatureId/],
		[{ kind: 'verify', featureId: 'f', note: '' }, /note/],
		[{ kind: 'verify', featureId: 'f', note: 'x', link: 'javascript:alert(1)' }, /link/],
		[{ kind: 'split', featureId: 'f', extra: 1 }, /unknown field/],
		[{ kind: 'delete', featureId: 'f' }, /kind must be/],
		[{ kind: 'split', featureId: 'f\u0000' }, /featureId contains a NUL character/],
		[
			{ kind: 'merge', featureId: 'f', otherFeatureId: '\ud800g' },
			/otherFeatureId contains a lone/
		],
		[{ kind: 'verify', featureId: 'f', note: 'Seen\u0000' }, /note contains a NUL character/],
		[{ kind: 'verify', featureId: 'f', note: 'Seen \udfff' }, /note contains a lone surrogate/],
		[
			{ kind: 'verify', featureId: 'f', note: 'Seen', link: 'https://x.example/\u0000' },
			/link contains a NUL character/
		]
	])('refuses %j', (body, reason) => {
		const parsed = parseJudgementRequest(body);
		expect(parsed.kind).toBe('invalid');
		if (parsed.kind === 'invalid') expect(parsed.reason).toMatch(reason);
	});
});
