import { describe, expect, it } from 'vitest';
import { createGazetteerRow } from '../gazetteer';
import { createFixtureGazetteer } from './fixture';
import { createGeocoder } from './geocoder';
import { roles } from './roles';
import type { ResolvedMention } from './types';
import { growthRatio } from '../../../../tests/support/growth';

const geocoder = createGeocoder(createFixtureGazetteer());

/** Each mention of `text` with its role and the rule that decided it. */
function rolesOf(text: string): string[] {
	const mentions = geocoder.geocode(text);
	return roles(text, mentions).map(
		(v, i) => `${mentions[i].mention.mention}: ${v.role} (${v.rule})`
	);
}

describe('roles', () => {
	it('does not let an institution’s place ("the X regional administration") hold its region', () => {
		expect(
			rolesOf('Six attacks hit the Kharkiv region overnight, the Kharkiv RMA reported.')
		).toEqual(['Kharkiv region: area (wide)', 'Kharkiv: point (point)']);
		expect(
			rolesOf(
				'Drones hit the Kharkiv region, the Kharkiv regional military administration said.'
			)[0]
		).toBe('Kharkiv region: area (wide)');
	});

	it('makes the two ends of a road named by them references, not points', () => {
		const end = (name: string) => `${name}: reference (end of a road)`;
		const cases: [string, string[]][] = [
			['Shells hit the Bakhmut-Zelenivka highway near Dubky.', ['Bakhmut', 'Zelenivka']],
			['Troops cut the Bakhmut – Zelenivka railway line.', ['Bakhmut', 'Zelenivka']],
			[
				'Drones hit cars on the Bakhmut-Zelenivka-Dubky (E-40) highway.',
				['Bakhmut', 'Zelenivka', 'Dubky']
			],
			['Shells hit the E-40 Bakhmut-Zelenivka artery.', ['Bakhmut', 'Zelenivka']]
		];
		for (const [text, ends] of cases)
			expect(rolesOf(text).slice(0, ends.length), text).toEqual(ends.map(end));
		expect(rolesOf(cases[0][0])[2]).toBe('Dubky: point (point)');
		// A dash between places that names no road leaves them points.
		expect(rolesOf('Shelling hit Bakhmut - Zelenivka was quiet.')).toEqual([
			'Bakhmut: point (point)',
			'Zelenivka: point (point)'
		]);
	});

	it('makes a region linked as a qualifier context', () => {
		expect(rolesOf('Shelling of Zelenivka, Kherson region.')).toEqual([
			'Zelenivka: point (point)',
			'Kherson region: context (linked qualifier)'
		]);
	});

	it('reads a historical region after a place as its qualifier, and alone as a region', () => {
		const basin = createGazetteerRow({
			id: 'test:basin',
			name: 'Testobas',
			lat: 48.3,
			lon: 38.2,
			featureClass: 'L',
			featureCode: 'RGN'
		});
		const withBasin = createGeocoder(createFixtureGazetteer([basin]));
		const text = 'Troops shelled Lypky in Testobas. Drones hit depots in Testobas.';
		const mentions = withBasin.geocode(text);
		expect(
			roles(text, mentions).map((v, i) => `${mentions[i].mention.mention}: ${v.role}`)
		).toEqual(['Lypky: point', 'Testobas: context', 'Testobas: area']);
		const alone = mentions[2].resolution;
		expect(alone.kind === 'unresolved' ? null : [alone.precision, alone.uncertaintyKm]).toEqual([
			'region',
			120
		]);
	});

	it('reads a qualifier the link stage does not link, past "the Russian-occupied"', () => {
		expect(rolesOf('Troops retook Lypky in the Russian-occupied Kharkiv region.')).toEqual([
			'Lypky: point (point)',
			'Kharkiv region: context (qualifier)'
		]);
		// Lower-case describing words are the link stage's own.
		expect(rolesOf('Troops retook Lypky in the partly occupied Kharkiv region.')).toEqual([
			'Lypky: point (point)',
			'Kharkiv region: context (linked qualifier)'
		]);
	});

	it('reads a region after a place left unresolved as its qualifier', () => {
		const text = 'Shells hit the village of Lypky in the Kharkiv region.';
		const mentions = geocoder
			.geocode(text)
			.map((m): ResolvedMention =>
				m.mention.mention === 'Lypky'
					? { ...m, resolution: { kind: 'unresolved', reason: 'test', alternatives: [] } }
					: m
			);
		expect(roles(text, mentions).map((v) => `${v.role} (${v.rule})`)).toEqual([
			'unresolved (unresolved)',
			'context (qualifier)'
		]);
	});

	it('makes a region or a country around another place of the group context', () => {
		expect(rolesOf('Shelling hit Lypky and other villages of the Kharkiv region.')).toEqual([
			'Lypky: point (point)',
			'Kharkiv region: context (region around a place)'
		]);
		expect(rolesOf('Drones were seen over Warsaw and elsewhere in Poland.')).toEqual([
			'Warsaw: point (point)',
			'Poland: context (country around a place)'
		]);
	});

	it('makes a place that only gives a bearing or says "near" a reference', () => {
		expect(rolesOf('Troops dug in next to Lypky, north of Kharkiv.')).toEqual([
			'Lypky: point (point)',
			'Kharkiv: reference (linked reference)'
		]);
	});

	it('reads a distance written in words as an offset from a reference', () => {
		const roles = rolesOf('Troops advanced near Lypky, some seven kilometres south of Kharkiv.');
		expect(roles[0]).toBe('Lypky: point (point)');
		expect(roles[1]).toMatch(/^Kharkiv: reference/);
	});

	it('relates no mentions across a line break', () => {
		expect(rolesOf('Troops held the crossing near Lypky\n\nnear the city of Kharkiv')).toEqual([
			'Lypky: point (point)',
			'Kharkiv: point (point)'
		]);
		expect(rolesOf('Fighting near Lypky\n\nareas of Dubky')).toEqual([
			'Lypky: point (point)',
			'Dubky: point (point)'
		]);
	});

	it('makes a place named again a repeat and an oblast named alone an area', () => {
		expect(rolesOf('Shelling hit Lypky. Drones struck Lypky again on Monday.')).toEqual([
			'Lypky: point (point)',
			'Lypky: repeat (named before)'
		]);
		expect(rolesOf('Strikes in the Kherson region.')).toEqual(['Kherson region: area (wide)']);
	});
});

describe('roles on long lists', () => {
	/** `n` countries named in a row, no two the same: each is tested for containing another place. */
	function countries(n: number): ResolvedMention[] {
		return Array.from({ length: n }, (_, k): ResolvedMention => {
			const mention = { start: 10 * k, end: 10 * k + 5, mention: 'Name', cue: null, near: false };
			const place = {
				id: `x:${k}`,
				name: 'Name',
				lat: 0,
				lon: 0,
				featureClass: 'A',
				featureCode: 'PCLI',
				countryCode: `C${k}`,
				admin1Code: null,
				admin1: null,
				population: 0
			};
			const resolution = {
				kind: 'resolved' as const,
				place,
				confidence: 1,
				precision: 'country' as const,
				uncertaintyKm: 500,
				alternatives: [],
				evidence: []
			};
			return { mention, resolution };
		});
	}

	// Four times the mentions: about 4x the time when linear, 16x when quadratic; the limit sits
	// between them, wide enough for a loaded machine.
	it('decides in time linear in the mentions (a lookup per containment, not a scan)', () => {
		const text = 'x'.repeat(400_000);
		const small = countries(5_000);
		const large = countries(20_000);
		roles(text, small);
		expect(roles(text, small).every((v) => v.role === 'area')).toBe(true);
		const measured = growthRatio(
			() => roles(text, small),
			() => roles(text, large),
			8
		);
		expect(measured).toBeLessThan(8);
	});
});
