import { describe, expect, it } from 'vitest';
import { createClaimFeature, type ClaimFeatureOverrides } from '../synthetic/feature';
import { boxOfSquares, IncidentIndex, squareOf, squaresAround } from './group';
import { incidentKey } from './key';
import { matchPair, pairApart, PAIR_RULES } from './match';
import { createRandom } from '../synthetic/random';

function key(overrides: ClaimFeatureOverrides = {}) {
	return incidentKey(createClaimFeature(overrides));
}

describe('matchPair', () => {
	it('joins claims at one place on one day with compatible types', () => {
		expect(matchPair(key(), key({ eventType: 'casualties' }))).toEqual({
			kind: 'same',
			rule: 'same-place-day-and-type'
		});
	});

	it.each([
		['no-place', { coordinates: null }],
		['no-place', { precision: 'region' as const }],
		['days-apart', { eventDate: '2022-05-11' }],
		['days-apart', { eventDate: '2022-05-13', datePrecision: 'reported' as const }],
		['types-incompatible', { eventType: 'territorial_control' as const }],
		[
			'places-apart',
			{ articleId: 'b', gazetteerId: 'test:2', coordinates: [31.6, 49.5] as [number, number] }
		]
	])('keeps claims apart by %s', (rule, overrides) => {
		expect(matchPair(key(), key(overrides))).toEqual({ kind: 'apart', rule });
	});

	it('gives a reported date a day of slack', () => {
		const reported = key({
			eventDate: null,
			datePrecision: 'reported',
			published: '2022-05-11',
			claimant: 'another source'
		});
		expect(matchPair(key(), reported).kind).toBe('same');
	});

	it('joins points of other gazetteer places within the larger uncertainty', () => {
		const city = key({ articleId: 'b', gazetteerId: 'test:city', uncertaintyKm: 10 });
		const suburb = key({ gazetteerId: 'test:2', coordinates: [31.55, 49.5], uncertaintyKm: 2 });
		expect(matchPair(city, suburb).kind).toBe('same');
	});

	it('keeps "near" claims at two neighbouring villages apart', () => {
		const nearA = key({ precision: 'near_settlement', uncertaintyKm: 12 });
		const nearB = key({
			articleId: 'b',
			gazetteerId: 'test:2',
			coordinates: [31.6, 49.5],
			precision: 'near_settlement',
			uncertaintyKm: 12
		});
		expect(matchPair(nearA, nearB)).toEqual({ kind: 'apart', rule: 'places-apart' });
	});

	it('keeps two places of one sentence apart however near', () => {
		const a = key({ articleId: 'x', quoteStart: 5 });
		const b = key({
			articleId: 'x',
			quoteStart: 5,
			gazetteerId: 'test:2',
			coordinates: [31.51, 49.5]
		});
		expect(matchPair(a, b)).toEqual({ kind: 'apart', rule: 'one-sentence-two-places' });
	});

	it('keeps a district and its city named in one sentence together', () => {
		const city = key({ articleId: 'x', quoteStart: 5, uncertaintyKm: 15 });
		const district = key({
			articleId: 'x',
			quoteStart: 5,
			gazetteerId: 'test:district',
			coordinates: [31.55, 49.52],
			precision: 'district',
			uncertaintyKm: 12
		});
		expect(matchPair(district, city).kind).toBe('same');
	});

	it('keeps one claimant reporting one place on two days apart', () => {
		const a = key({ eventDate: null, datePrecision: 'reported', published: '2022-05-10' });
		const b = key({ eventDate: null, datePrecision: 'reported', published: '2022-05-11' });
		expect(matchPair(a, b)).toEqual({ kind: 'apart', rule: 'claimant-repeats' });
	});
});

describe('IncidentIndex', () => {
	it('joins a claim only to an incident whose every claim it matches', () => {
		const index = new IncidentIndex();
		const first = index.add(key({ id: 'f1' }));
		expect(index.add(key({ id: 'f2', eventType: 'casualties' }))).toBe(first);
		// Compatible with the casualties but not with the strike: a new incident.
		expect(index.add(key({ id: 'f3', eventType: 'territorial_control' }))).toBe('f3');
	});

	it('gives the same incidents for the same order of claims', () => {
		const build = () => {
			const index = new IncidentIndex();
			for (let i = 0; i < 30; i++)
				index.add(
					key({
						id: `g${i}`,
						eventDate: `2022-05-${String(10 + (i % 3)).padStart(2, '0')}`,
						coordinates: [31.5 + (i % 4) * 0.2, 49.5],
						gazetteerId: `test:${i % 4}`
					})
				);
			return [...index.membership()];
		};
		expect(build()).toEqual(build());
		expect(new Set(build().map(([, incident]) => incident)).size).toBe(12);
	});

	it('tries incidents oldest first by the order they were seeded with, not by when', () => {
		const index = new IncidentIndex();
		// Two incidents a claim could join, read back newest first (as overlapping ranges give them).
		index.seed('newer', key({ id: 'n1', claimant: 'an invented mayor' }), 9);
		index.seed('older', key({ id: 'o1', claimant: 'an invented governor' }), 4);
		expect(index.find(key({ id: 'x', eventType: 'casualties' }))).toBe('older');
	});

	it('reads around a claim every square where a claim of an incident it joins can lie', () => {
		const claim = key({ coordinates: [31.52, 49.49] });
		const { squares, box } = squaresAround(claim);
		// A claim 0.4° of latitude and 0.6° of longitude away (twice the reach) two days later.
		const far = key({ coordinates: [32.12, 49.89], eventDate: '2022-05-12' });
		expect(squares).toContain(squareOf(far));
		expect(squares).toContain(squareOf(claim));
		expect(box.north).toBeGreaterThan(49.89);
		expect(box.east).toBeGreaterThan(32.12);
		expect(boxOfSquares(squares)).toEqual(box);
		// The box of one square is that square's day and cell.
		expect(boxOfSquares([squareOf(claim)])).toEqual({
			dayFrom: claim.day,
			dayTo: claim.day,
			south: 49.25,
			north: 49.5,
			west: 31.5,
			east: 32
		});
	});

	it('answers pairApart as matchPair does, whatever rule decides', () => {
		const random = createRandom(7);
		const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
		const keys = Array.from({ length: 120 }, (_, i) =>
			key({
				id: `p${i}`,
				articleId: pick(['a', 'b']),
				quoteStart: pick([0, 40]),
				eventType: pick(['strike', 'casualties', 'territorial_control'] as const),
				eventDate: pick(['2022-05-10', '2022-05-11', '2022-05-13', null]),
				datePrecision: pick(['day', 'reported'] as const),
				// An unreadable published date leaves an undated claim without a day.
				published: pick(['2022-05-11', '2022-05-11', 'unknown']),
				claimant: pick(['an invented ministry', 'an invented governor']),
				claimantSide: pick(['russia', 'ukraine'] as const),
				precision: pick(['settlement', 'near_settlement', 'region'] as const),
				gazetteerId: pick(['test:1', 'test:2', null]),
				coordinates: pick([[31.5, 49.5], [31.52, 49.51], [31.9, 49.5], null] as const) as
					[number, number] | null
			})
		);
		const rules = new Set<string>();
		for (const a of keys)
			for (const b of keys) {
				const verdict = matchPair(a, b);
				rules.add(verdict.rule);
				expect(pairApart(a, b)).toBe(verdict.kind === 'apart');
			}
		// Every rule decided some pair, so each was compared.
		expect([...rules].sort()).toEqual(
			[...PAIR_RULES.map((r) => r.name), 'same-place-day-and-type'].sort()
		);
	});
});
