/**
 * How far closeness reaches (`RANK_LIMITS.farDecays`) and how many candidates of a mention it is
 * scored for after the first round (`laterProximityCandidates`): the limits that keep a long list
 * of places cheap to rank. Invented names and places.
 */
import { describe, expect, it } from 'vitest';
import { createGazetteerRow, type GazetteerRow } from '../gazetteer';
import { createFixtureGazetteer } from './fixture';
import { findMentions } from './mentions';
import { DEFAULT_WEIGHTS, rankMentions, type Candidate } from './rank';

const KM_PER_DEGREE = 111.195;

/** One place named `Polarne` at 48.5° N, 37.5° E, the anchor of the tests. */
const ANCHOR = createGazetteerRow({ id: 'test:Polarne', name: 'Polarne', lat: 48.5, lon: 37.5 });

/** A namesake of `Ozervka` `km` north of the anchor. */
function ozervka(k: number, km: number): GazetteerRow {
	return createGazetteerRow({
		id: `test:Ozervka:${k}`,
		name: 'Ozervka',
		lat: 48.5 + km / KM_PER_DEGREE,
		lon: 37.5
	});
}

/** The candidates of Ozervka in "Shelling hit Ozervka and Polarne.", every one described. */
function ozervkaCandidates(rows: GazetteerRow[]): Candidate[] {
	const found = findMentions('Shelling hit Ozervka and Polarne.', createFixtureGazetteer(rows));
	const m = found.findIndex((f) => f.mention.mention === 'Ozervka');
	return rankMentions(found, DEFAULT_WEIGHTS, null, Infinity)[m];
}

describe('closeness', () => {
	it('reaches six decay lengths and no further', () => {
		// Six decay lengths of 30 km: 180 km.
		const cands = ozervkaCandidates([ANCHOR, ozervka(0, 170), ozervka(1, 190)]);
		const proximity = (id: string) => cands.find((c) => c.place.id === id)?.parts.proximity;
		expect(proximity('test:Ozervka:0')).toBeGreaterThan(0);
		expect(proximity('test:Ozervka:1')).toBe(0);
	});

	it('is scored again after the first round for the best candidates only', () => {
		const rows = [ANCHOR];
		for (let k = 0; k < 15; k++) rows.push(ozervka(k, 1 + k));
		const cands = ozervkaCandidates(rows);
		expect(cands).toHaveLength(15);
		const pulled = cands.filter((c) => c.parts.proximity > 0);
		expect(pulled).toHaveLength(10);
		expect(pulled).toEqual(cands.slice(0, 10));
	});
});
