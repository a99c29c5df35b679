import { describe, expect, it } from 'vitest';
import { createClaimFeature } from '../synthetic/feature';
import { applyAll, applyCorrections, PICKED_PLACE_UNCERTAINTY_KM } from './apply';
import type { Correction, CorrectionChange } from './correction';

function createCorrection(
	featureId: string,
	change: CorrectionChange,
	at = '2024-01-02T03:04:05Z'
): Correction {
	return { featureId, change, at };
}

function createAmbiguousFeature() {
	return createClaimFeature({
		id: 'f-1',
		coordinates: [30.1, 50.2],
		placeName: 'Lakeside',
		gazetteerId: 'test:lake-1',
		admin1: 'North Oblast',
		confidence: 0.4,
		alternatives: [
			{
				placeName: 'Lakeside',
				gazetteerId: 'test:lake-2',
				admin1: 'South Oblast',
				lon: 35.5,
				lat: 47.25,
				score: 0.35
			}
		]
	});
}

describe('applyCorrections', () => {
	it('returns the machine feature unchanged when it has no corrections', () => {
		const feature = createAmbiguousFeature();
		const out = applyCorrections(feature, [createCorrection('other', { kind: 'reject' })]);
		expect(out).toEqual(feature);
		expect(out.properties.corrected).toBeUndefined();
	});

	it('moves a feature to an alternative and keeps what it was', () => {
		const feature = createAmbiguousFeature();
		const alt = feature.properties.alternatives[0];
		const out = applyCorrections(feature, [createCorrection('f-1', { kind: 'place', place: alt })]);
		expect(out.geometry).toEqual({ type: 'Point', coordinates: [35.5, 47.25] });
		expect(out.properties.gazetteerId).toBe('test:lake-2');
		expect(out.properties.admin1).toBe('South Oblast');
		expect(out.properties.confidence).toBe(1);
		expect(out.properties.corrected).toBe(true);
		expect(out.properties.correction?.was).toMatchObject({
			gazetteerId: 'test:lake-1',
			admin1: 'North Oblast',
			coordinates: [30.1, 50.2],
			confidence: 0.4
		});
		expect(out.properties.correction?.at).toBe('2024-01-02T03:04:05Z');
	});

	it('offers the place it left as an alternative and drops the chosen one from them', () => {
		const feature = createAmbiguousFeature();
		const alt = feature.properties.alternatives[0];
		const out = applyCorrections(feature, [createCorrection('f-1', { kind: 'place', place: alt })]);
		expect(out.properties.alternatives.map((a) => a.gazetteerId)).toEqual(['test:lake-1']);
	});

	it('does not mutate the machine feature', () => {
		const feature = createAmbiguousFeature();
		const before = structuredClone(feature);
		applyCorrections(feature, [
			createCorrection('f-1', { kind: 'place', place: feature.properties.alternatives[0] }),
			createCorrection('f-1', { kind: 'claimantSide', claimantSide: 'russia' })
		]);
		expect(feature).toEqual(before);
	});

	it('locates a claim that had no place, as a settlement with a default radius', () => {
		const feature = createClaimFeature({ id: 'f-2', coordinates: null });
		const place = { placeName: 'Hilltown', gazetteerId: 'test:9', admin1: null, lon: 33, lat: 48 };
		const out = applyCorrections(feature, [createCorrection('f-2', { kind: 'place', place })]);
		expect(out.geometry?.coordinates).toEqual([33, 48]);
		expect(out.properties.precision).toBe('settlement');
		expect(out.properties.uncertaintyKm).toBe(PICKED_PLACE_UNCERTAINTY_KM);
		expect(out.properties.correction?.was.coordinates).toBeNull();
	});

	it('keeps the attribution record in step with a corrected side', () => {
		const feature = createClaimFeature({ id: 'f-4' });
		const out = applyCorrections(feature, [
			createCorrection('f-4', { kind: 'claimantSide', claimantSide: 'russia' })
		]);
		expect(out.properties.attribution).toMatchObject({
			side: 'russia',
			claimant: feature.properties.attribution?.claimant
		});
		expect(out.properties.correction?.was.claimantSide).toBe('ukraine');
	});

	it('changes side and event type and remembers the first machine values', () => {
		const feature = createClaimFeature({
			id: 'f-3',
			claimantSide: 'unattributed',
			eventType: 'other'
		});
		const out = applyCorrections(feature, [
			createCorrection('f-3', { kind: 'claimantSide', claimantSide: 'ukraine' }),
			createCorrection('f-3', { kind: 'claimantSide', claimantSide: 'russia' }),
			createCorrection('f-3', { kind: 'eventType', eventType: 'drone_downed' })
		]);
		expect(out.properties.claimantSide).toBe('russia');
		expect(out.properties.eventType).toBe('drone_downed');
		expect(out.properties.correction?.was).toEqual({
			claimantSide: 'unattributed',
			eventType: 'other'
		});
		expect(out.properties.correction?.changes).toHaveLength(3);
	});

	it('marks a rejected feature rather than dropping it', () => {
		const feature = createClaimFeature({ id: 'f-4' });
		const out = applyCorrections(feature, [createCorrection('f-4', { kind: 'reject' })]);
		expect(out.properties.rejected).toBe(true);
		expect(out.properties.corrected).toBe(true);
	});
});

describe('applyAll', () => {
	it('applies each feature its own corrections, in order', () => {
		const a = createClaimFeature({ id: 'a', eventType: 'strike' });
		const b = createClaimFeature({ id: 'b', eventType: 'strike' });
		const out = applyAll(
			[a, b],
			[
				createCorrection('b', { kind: 'eventType', eventType: 'casualties' }),
				createCorrection('a', { kind: 'eventType', eventType: 'other' }),
				createCorrection('b', { kind: 'eventType', eventType: 'aircraft_downed' })
			]
		);
		expect(out.map((f) => f.properties.eventType)).toEqual(['other', 'aircraft_downed']);
	});

	it('keeps corrections of a feature whose id survives a re-extraction', () => {
		const correction = createCorrection('same-id', { kind: 'claimantSide', claimantSide: 'other' });
		const oldRun = createClaimFeature({ id: 'same-id', summary: 'old wording' });
		const newRun = createClaimFeature({ id: 'same-id', summary: 'new wording' });
		expect(applyAll([oldRun], [correction])[0].properties.claimantSide).toBe('other');
		const out = applyAll([newRun], [correction])[0];
		expect(out.properties.claimantSide).toBe('other');
		expect(out.properties.summary).toBe('new wording');
	});
});
