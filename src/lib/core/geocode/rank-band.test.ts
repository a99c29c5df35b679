/**
 * The closeness loop reads only the anchors in reach east and west of a candidate (`rankMentions`
 * with `banded`): on an invented list of namesakes spread from the Black Sea to the Arctic, where
 * a degree of longitude is short, the ranking must equal the one that reads every anchor.
 */
import { describe, expect, it } from 'vitest';
import { createGazetteerRow, type GazetteerRow } from '../gazetteer';
import { createRandom } from '../synthetic/random';
import { createFixtureGazetteer } from './fixture';
import { findMentions } from './mentions';
import { DEFAULT_WEIGHTS, rankMentions, type Candidate } from './rank';

/** Invented names, each given namesakes far apart in longitude and latitude. */
const NAMES = ['Ozervka', 'Kamyshne', 'Veselivka', 'Trudove', 'Lisopil', 'Zarichka'];
/** An invented name of one place only, at 65° N and 45° E: a sure anchor for the far north. */
const NORTH = 'Polarne';

/**
 * Namesakes of `NAMES` at seeded positions, and one of each at 65° N, 3.5° of longitude (165 km)
 * west of `NORTH` or on it.
 */
function namesakes(): GazetteerRow[] {
	const random = createRandom(7);
	const rows: GazetteerRow[] = [];
	NAMES.forEach((name, n) => {
		for (let k = 0; k < 4; k++)
			rows.push(
				createGazetteerRow({
					id: `test:${name}:${k}`,
					name,
					lat: 44 + random() * 26,
					lon: 22 + random() * 40,
					countryCode: k % 2 === 0 ? 'UA' : 'RU',
					population: Math.floor(random() * 5000)
				})
			);
		rows.push(
			createGazetteerRow({
				id: `test:${name}:north`,
				name,
				lat: 65,
				lon: 41.5 + 3.5 * (n % 2),
				countryCode: 'RU'
			})
		);
	});
	rows.push(createGazetteerRow({ id: `test:${NORTH}:north`, name: NORTH, lat: 65, lon: 45 }));
	return rows;
}

/** Every candidate of every mention, with its scores and parts written exactly. */
function view(ranked: Candidate[][]): string {
	return JSON.stringify(
		ranked.map((list) =>
			list.map((c) => [c.place.id, String(c.score), String(c.context), String(c.p), c.parts])
		)
	);
}

describe('the closeness band', () => {
	it('ranks as reading every anchor does', () => {
		const gazetteer = createFixtureGazetteer(namesakes());
		const random = createRandom(11);
		const list: string[] = [];
		for (let k = 0; k < 120; k++)
			list.push(k % 4 === 0 ? NORTH : NAMES[Math.floor(random() * NAMES.length)]);
		const found = findMentions(`Reports named ${list.join(', ')} today.`, gazetteer);
		expect(found.length).toBeGreaterThan(100);
		const banded = rankMentions(found, DEFAULT_WEIGHTS, null, Infinity);
		const every = rankMentions(found, DEFAULT_WEIGHTS, null, Infinity, Infinity, false);
		expect(view(banded)).toBe(view(every));
		// The far north's namesakes 165 km west of `NORTH` are pulled by it: a band as narrow as
		// one for Ukraine's latitudes (2.4°) would lose that.
		const west = banded.flat().filter((c) => c.place.id.endsWith(':north') && c.place.lon === 41.5);
		expect(west.some((c) => c.parts.proximity > 0)).toBe(true);
	});
});
