import { describe, expect, it } from 'vitest';
import { createFixtureGazetteer } from './fixture';
import { findMentions } from './mentions';
import { contextContributions, DEFAULT_WEIGHTS, rankMentions, type Candidate } from './rank';

const gazetteer = createFixtureGazetteer();
const TEXT = 'Fighting near Sadova and Dubky in the Kharkiv region, and near Bakhmut.';

/** The context features of every candidate of the mention of Sadova. */
function sadovaContext(described?: number): string[][] {
	const found = findMentions(TEXT, gazetteer);
	const m = found.findIndex((f) => f.mention.mention === 'Sadova');
	const ranked = rankMentions(found, DEFAULT_WEIGHTS, null, described);
	return ranked[m].map((c) => contextContributions(c, DEFAULT_WEIGHTS).map((p) => p.feature));
}

describe('rankMentions', () => {
	it('describes the context of the first candidates, for --explain', () => {
		const all = sadovaContext();
		expect(all.length).toBeGreaterThan(1);
		expect(all[1].length).toBeGreaterThan(0);
	});

	it('describes only the best candidate when asked for one, as the evidence needs', () => {
		const all = sadovaContext();
		const best = sadovaContext(1);
		expect(best[0]).toEqual(all[0]);
		expect(best[0].length).toBeGreaterThan(0);
		for (const features of best.slice(1)) expect(features).toEqual([]);
	});

	it('keeps the best candidates asked for, as the full ranking has them', () => {
		const found = findMentions(TEXT, gazetteer);
		const view = (lists: Candidate[][], k: number) =>
			lists.map((list) =>
				list.slice(0, k).map((c) => ({ id: c.place.id, score: c.score, p: c.p, ev: c.evidence }))
			);
		const all = rankMentions(found, DEFAULT_WEIGHTS, null, 1);
		const kept = rankMentions(found, DEFAULT_WEIGHTS, null, 1, 2);
		expect(all.some((list) => list.length > 2)).toBe(true);
		expect(view(kept, Infinity)).toEqual(view(all, 2));
	});
});
