import { describe, expect, it } from 'vitest';
import type { Alternative } from '../contract';
import { extraClass, missClass, type ClassifiedText } from './errors';
import type { MentionRole } from './roles';
import type { Place, ResolvedMention } from './types';

/** An invented place: a village of Kharkiv Oblast unless told otherwise. */
function createPlace(id: string, lat: number, lon: number, extra: Partial<Place> = {}): Place {
	return {
		id,
		name: id,
		lat,
		lon,
		featureClass: 'P',
		featureCode: 'PPL',
		countryCode: 'UA',
		admin1Code: 'UA.07',
		admin1: 'Kharkiv Oblast',
		population: 300,
		...extra
	};
}

function alternativeOf(p: Place): Alternative {
	return {
		placeName: p.name,
		gazetteerId: p.id,
		admin1: p.admin1,
		lon: p.lon,
		lat: p.lat,
		score: 0.1
	};
}

/** A mention resolved to `place`, with `others` as its alternatives. */
function createMention(
	place: Place,
	others: Place[] = [],
	flags: { qualifier?: boolean; unresolved?: boolean } = {}
): ResolvedMention {
	const mention = { start: 0, end: 1, mention: place.name, cue: null, near: false };
	const alternatives = others.map(alternativeOf);
	if (flags.unresolved)
		return { mention, resolution: { kind: 'unresolved', reason: 'too weak', alternatives } };
	return {
		mention: flags.qualifier ? { ...mention, qualifier: true } : mention,
		resolution: {
			kind: 'resolved',
			place,
			confidence: 0.6,
			precision: place.featureCode === 'ADM1' ? 'region' : 'settlement',
			uncertaintyKm: place.featureCode === 'ADM1' ? 150 : 5,
			alternatives,
			evidence: []
		}
	};
}

function textOf(mentions: ResolvedMention[], roles: MentionRole[]): ClassifiedText {
	return { mentions, roles };
}

const byId = (places: Place[]) => (id: string) => places.find((p) => p.id === id);

describe('missClass', () => {
	const gold = { lat: 50, lon: 36 };
	const right = createPlace('right', 50, 36);
	const far = createPlace('far', 46, 31, { admin1Code: 'UA.08', admin1: 'Kherson Oblast' });

	it('is a hit when a point lies within reach', () => {
		const text = textOf([createMention(right)], ['point']);
		expect(missClass(gold, text, byId([right]))).toBe('hit');
	});

	it('blames the role when the place was found but gave no point', () => {
		const text = textOf([createMention(right)], ['context']);
		expect(missClass(gold, text, byId([right]))).toBe('role');
	});

	it('tells a qualifier ignored from the other namesakes', () => {
		const oblast = createPlace('oblast', 49.6, 36.5, { featureClass: 'A', featureCode: 'ADM1' });
		const text = textOf(
			[createMention(far, [right]), createMention(oblast, [], { qualifier: true })],
			['point', 'context']
		);
		expect(missClass(gold, text, byId([right, far, oblast]))).toBe('namesake-qualifier');
	});

	it('tells a seat that lost to a village', () => {
		const seat = createPlace('seat', 50, 36, { featureCode: 'PPLA', population: 200_000 });
		const text = textOf([createMention(far, [seat])], ['point']);
		expect(missClass(gold, text, byId([seat, far]))).toBe('namesake-size');
	});

	it('tells a namesake chosen far from the other places of the text', () => {
		const neighbour = createPlace('neighbour', 50.1, 36.1);
		const text = textOf(
			[createMention(far, [right]), createMention(neighbour)],
			['point', 'point']
		);
		expect(missClass(gold, text, byId([right, far, neighbour]))).toBe('namesake-far');
	});

	it('tells a namesake chosen with no other place in the text to choose by', () => {
		const text = textOf([createMention(far, [right])], ['point']);
		expect(missClass(gold, text, byId([right, far]))).toBe('namesake-alone');
	});

	it('says unresolved when the place was a candidate of a mention left unresolved', () => {
		const text = textOf([createMention(far, [right], { unresolved: true })], ['unresolved']);
		expect(missClass(gold, text, byId([right]))).toBe('unresolved');
	});

	it('tells a mention that sounds like the gold name but lacked the place', () => {
		const text = textOf([createMention(createPlace('Dubkivka', 46, 31))], ['point']);
		const named = { ...gold, name: 'Dubkovka (Kharkiv region)' };
		expect(missClass(named, text, byId([]))).toBe('unspotted-named');
	});

	it('tells a place the gazetteer holds under the name but ranked below the six best', () => {
		const text = textOf([createMention(createPlace('Dubkivka', 46, 31))], ['point']);
		const named = { ...gold, name: 'Dubkivka' };
		const heldNear = (mention: string) => mention === 'Dubkivka';
		expect(missClass(named, text, byId([]), 10, heldNear)).toBe('namesake-deep');
	});

	it('says unspotted when no mention had the place as a candidate', () => {
		const text = textOf([createMention(far)], ['point']);
		expect(missClass(gold, text, byId([far]))).toBe('unspotted');
	});
});

describe('extraClass', () => {
	const gold = [{ lat: 50, lon: 36 }];
	it('tells a namesake of a gold place from a place the gold does not name', () => {
		const right = createPlace('right', 50, 36);
		const far = createPlace('far', 46, 31);
		const text = textOf([createMention(far, [right]), createMention(far)], ['point', 'point']);
		expect(extraClass(0, text, gold)).toBe('extra-namesake');
		expect(extraClass(1, text, gold)).toBe('extra-place');
	});

	it('is null for a point near a gold place and for a mention without a point', () => {
		const right = createPlace('right', 50, 36);
		const far = createPlace('far', 46, 31);
		const text = textOf([createMention(right), createMention(far)], ['point', 'area']);
		expect(extraClass(0, text, gold)).toBeNull();
		expect(extraClass(1, text, gold)).toBeNull();
	});
});
