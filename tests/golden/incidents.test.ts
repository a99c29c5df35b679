/**
 * Incident grouping on the gold set (tests/golden/incidents/gold.json: invented reports, pairs marked
 * the same incident or not) with the real gazetteer and claimant table: the targets hold
 * (precision ≥ 95%, recall ≥ 85%), and every claim a pair names is still extracted.
 */
import { describe, expect, it } from 'vitest';
import { loadEntityTable } from '../../src/lib/server/entities';
import { loadDefaultGeocoder } from '../../src/lib/server/gazetteer';
import { formatScore, readGoldSet, scoreIncidents } from './incidents/score';

describe('incident gold set', () => {
	const gold = readGoldSet();
	const score = scoreIncidents(gold, loadDefaultGeocoder(), { entities: loadEntityTable() });

	it('holds at least 40 pairs of each kind', () => {
		expect(gold.pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(40);
		expect(gold.pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(40);
	});

	it('finds the claims every pair names', () => {
		expect(score.outcomes.filter((o) => o.missing.length > 0).map((o) => o.missing)).toEqual([]);
	});

	it('groups with precision ≥ 95% and recall ≥ 85%', () => {
		expect(score.precision, formatScore(score)).toBeGreaterThanOrEqual(0.95);
		expect(score.recall, formatScore(score)).toBeGreaterThanOrEqual(0.85);
	});
});
