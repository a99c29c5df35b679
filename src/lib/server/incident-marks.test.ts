import { describe, expect, it } from 'vitest';
import { createEmptyFilter, type ClaimFilter } from '../core/filter/model';
import { CLAIMANT_KINDS, CLAIMANT_SIDES, EVENT_TYPES, STANCES } from '../core/contract';
import { markIncidents } from '../core/incidents/marks';
import { incidentStatus } from '../core/incidents/status';
import { createClaimFeature } from '../core/synthetic/feature';
import type { IncidentFilter } from '../core/incidents/export';
import { loneMarked, markReadsOf, marksOf, readMarkable } from './incident-marks';
import { createIncidentArticle } from './store/store-incident-suite';
import { openStore } from './store/index';
import type { ClaimStore } from './store/types';

const RUSSIAN = { claimantSide: 'russia' as const, claimant: 'an invented ministry' };
const UKRAINIAN = { claimantSide: 'ukraine' as const, claimant: 'an invented general staff' };
const made = { by: 'ana', at: '2024-06-01T00:00:00.000Z' };

/** A claim far from every other (its own incident), at the n-th invented place. */
const alone = (n: number, overrides = {}) => ({
	...UKRAINIAN,
	coordinates: [25 + (n % 100) * 0.15, 45 + Math.floor(n / 100) * 0.3] as [number, number],
	gazetteerId: `test:alone-${n}`,
	...overrides
});

/** The marks as the incident API built them before: every incident, every served feature. */
async function marksFromEveryIncident(
	store: ClaimStore,
	filter: ClaimFilter,
	incidentFilter: IncidentFilter
) {
	const features = (await store.allClaims()).features;
	return markIncidents(await store.incidents(), features, filter, incidentFilter);
}

/** A store of lone claims, shared incidents, a lone denial, an unlocated claim and judgements. */
async function createMixedStore(): Promise<ClaimStore> {
	const store = await openStore(':memory:');
	await store.addArticle(createIncidentArticle(1, [RUSSIAN, alone(1), alone(2)]));
	await store.addArticle(createIncidentArticle(2, [UKRAINIAN, alone(3, RUSSIAN)]));
	await store.addArticle(
		createIncidentArticle(3, [
			alone(4, { stance: 'denies' }),
			alone(5, { coordinates: null }),
			alone(6),
			alone(7, RUSSIAN),
			alone(8, { claimantSide: 'unattributed', claimant: null })
		])
	);
	// Two lone claims merged into a corroborated incident; one shared claim split out.
	await store.judgeIncident({
		kind: 'merge',
		featureId: 'art-1-f1',
		otherFeatureId: 'art-2-f1',
		...made
	});
	await store.judgeIncident({
		kind: 'verify',
		featureId: 'art-1-f1',
		note: 'seen',
		link: null,
		...made
	});
	await store.addArticle(createIncidentArticle(4, [{ ...RUSSIAN, claimant: 'an invented mayor' }]));
	await store.judgeIncident({ kind: 'split', featureId: 'art-4-f0', ...made });
	await store.correctClaim('art-3-f3', { kind: 'reject' });
	return store;
}

describe('incident marks read in one pass', () => {
	it('equal the marks of every incident built at once, under each filter', async () => {
		const store = await createMixedStore();
		const markable = await readMarkable(markReadsOf(store));
		const filters: [ClaimFilter, IncidentFilter][] = [
			[createEmptyFilter(), { statuses: [], claimedBy: [] }],
			[
				{ ...createEmptyFilter(), sides: ['russia'] },
				{ statuses: [], claimedBy: [] }
			],
			[createEmptyFilter(), { statuses: ['contested'], claimedBy: [] }],
			[
				{ ...createEmptyFilter(), minConfidence: 0.95 },
				{ statuses: [], claimedBy: ['both'] }
			]
		];
		for (const [filter, incidentFilter] of filters)
			expect(marksOf(markable, filter, incidentFilter)).toEqual(
				await marksFromEveryIncident(store, filter, incidentFilter)
			);
		// The merged pair and the shared incident are corroborated; the lone denial is contested.
		expect(
			marksOf(markable, createEmptyFilter(), { statuses: [], claimedBy: [] }).map((m) => [
				m.incidentId,
				m.status
			])
		).toEqual([
			['art-1-f0', 'corroborated'],
			['art-1-f1', 'corroborated'],
			['art-3-f0', 'contested']
		]);
		await store.close();
	});

	it('holds only the features of shared incidents, not every claim', async () => {
		const store = await openStore(':memory:');
		await store.addArticle(
			createIncidentArticle(
				1,
				Array.from({ length: 300 }, (_, n) => alone(n))
			)
		);
		await store.addArticle(createIncidentArticle(2, [RUSSIAN]));
		await store.addArticle(createIncidentArticle(3, [UKRAINIAN]));
		const markable = await readMarkable(markReadsOf(store));
		expect(markable.held).toBe(2);
		expect(markable.incidentIds).toEqual(['art-2-f0']);
		expect([...markable.claimStart]).toEqual([0, 2]);
		// Without judgements the stored grouping is read as it came: the same marks.
		const incidentFilter = { statuses: [], claimedBy: [] };
		expect(marksOf(markable, createEmptyFilter(), incidentFilter)).toEqual(
			await marksFromEveryIncident(store, createEmptyFilter(), incidentFilter)
		);
		await store.close();
	});

	it('counts a judged claim the machine did not group as its own incident', async () => {
		const store = await openStore(':memory:', { groupIncidents: false });
		await store.addArticle(createIncidentArticle(1, [RUSSIAN, alone(1)]));
		await store.judgeIncident({
			kind: 'merge',
			featureId: 'art-1-f0',
			otherFeatureId: 'art-1-f1',
			...made
		});
		const filter = createEmptyFilter();
		const incidentFilter = { statuses: [], claimedBy: [] };
		expect(marksOf(await readMarkable(markReadsOf(store)), filter, incidentFilter)).toEqual(
			await marksFromEveryIncident(store, filter, incidentFilter)
		);
		await store.close();
	});
});

describe('a lone claim worth a mark', () => {
	it('is what the status rules make contested or corroborated on one claim', () => {
		const words = ['Invented troops captured the village.', 'Invented troops held the village.'];
		for (const stance of STANCES)
			for (const side of CLAIMANT_SIDES)
				for (const kind of CLAIMANT_KINDS)
					for (const eventType of EVENT_TYPES)
						for (const quote of words) {
							const f = createClaimFeature({
								stance,
								claimantSide: side,
								eventType,
								quote,
								summary: quote,
								attribution: { claimant: 'an invented office', side, kind, basis: 'explicit' }
							});
							expect(loneMarked(f), `${stance} ${side} ${kind} ${eventType} ${quote}`).toBe(
								incidentStatus([f]).status !== 'single'
							);
						}
	});
});
