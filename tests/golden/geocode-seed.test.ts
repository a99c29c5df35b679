/**
 * Golden test of the geocoder on the seed article with the real gazetteer: each place the article
 * names resolves to the right place, or where the text cannot decide, to a same-named place with
 * alternatives listed. People, months and organisations are not places.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/lib/core/geocode/distance';
import type { ResolvedMention } from '../../src/lib/core/geocode/types';
import { loadDefaultGeocoder } from '../../src/lib/server/gazetteer';

const ARTICLE = resolve(process.cwd(), 'geodata/articles/2022-05-17-austin-shoigu.txt');

let mentions: ResolvedMention[] = [];
beforeAll(() => {
	mentions = loadDefaultGeocoder().geocode(readFileSync(ARTICLE, 'utf8'));
});

function resolved(mention: string) {
	const all = mentions.filter((m) => m.mention.mention === mention);
	expect(all.length, `mention "${mention}" found`).toBeGreaterThan(0);
	const r = all[0].resolution;
	if (r.kind === 'unresolved') throw new Error(`"${mention}" unresolved: ${r.reason}`);
	return r;
}

/** Expected places: mention → [gazetteer name, admin1, lat, lon] (checked within 15 km). */
const EXPECTED: [string, string, string | null, number, number][] = [
	['Kyiv', 'Kyiv', 'Kyiv City', 50.45, 30.52],
	['Berlin', 'Berlin', null, 52.52, 13.41],
	['Mariupol', 'Mariupol', 'Donetsk Oblast', 47.1, 37.55],
	['Ruski Tyshki', 'Ruski Tyshky', 'Kharkiv Oblast', 50.14, 36.4],
	['Ternova', 'Ternova', 'Kharkiv Oblast', 50.19, 36.67],
	['Petrivka', 'Petrivka', 'Kharkiv Oblast', 50.11, 36.52],
	['Izyum', 'Izyum', 'Kharkiv Oblast', 49.21, 37.26],
	['Maliye Prokhody', 'Mali Prokhody', 'Kharkiv Oblast', 50.23, 36.34],
	['Dementiyevka', 'Dementiyivka', 'Kharkiv Oblast', 50.23, 36.4],
	['Donetsk', 'Donetsk', 'Donetsk Oblast', 48.02, 37.8],
	['Azovstal steel plant', 'Azovstal', 'Donetsk Oblast', 47.09, 37.59]
];

describe('seed article geocoding', () => {
	it.each(EXPECTED)('%s → %s', (mention, name, admin1, lat, lon) => {
		const all = mentions.filter((m) => m.mention.mention === mention);
		const hit = all.find(
			(m) => m.resolution.kind !== 'unresolved' && m.resolution.place.name === name
		);
		expect(hit, `some "${mention}" resolves to ${name}`).toBeDefined();
		if (!hit || hit.resolution.kind === 'unresolved') return;
		if (admin1) expect(hit.resolution.place.admin1).toBe(admin1);
		expect(distanceKm(lat, lon, hit.resolution.place.lat, hit.resolution.place.lon)).toBeLessThan(
			15
		);
	});

	it('resolves the oblasts named as regions, one mention per oblast', () => {
		const regions = mentions.filter(
			(m) => m.resolution.kind !== 'unresolved' && m.resolution.precision === 'region'
		);
		const names = new Set(
			regions.map((m) => (m.resolution.kind !== 'unresolved' ? m.resolution.place.admin1 : null))
		);
		expect(names).toEqual(new Set(['Donetsk Oblast', 'Luhansk Oblast', 'Kharkiv Oblast']));
		expect(resolved('Donetsk').precision).toBeDefined();
	});

	it('marks "near X" mentions as near_settlement', () => {
		expect(resolved('Yevgenovka')).toMatchObject({
			precision: 'near_settlement',
			place: { name: 'Yevhenivka' }
		});
		expect(resolved('Snake Island')).toMatchObject({
			precision: 'landmark',
			place: { admin1: 'Odessa Oblast' }
		});
	});

	it('resolves same-named villages to one of their namesakes with alternatives', () => {
		for (const [mention, names] of [
			['Vysokoye', /^Vysok/],
			['Kalinovskoye', /^Kalyn/],
			['Kamyshevakha', /^Kamysh/],
			['Novosvetlovka', /^Novosvitliv/],
			['Dovhenke', /^Dovhenk/]
		] as const) {
			const r = resolved(mention);
			expect(r.place.name).toMatch(names);
			expect(r.place.countryCode).toBe('UA');
			if (r.kind === 'ambiguous') expect(r.alternatives.length).toBeGreaterThan(0);
		}
	});

	it('resolves countries to themselves', () => {
		for (const country of ['Ukraine', 'Russia', 'Syria'])
			expect(resolved(country)).toMatchObject({ precision: 'country' });
	});

	it('does not turn people, months or organisations into places', () => {
		const found = new Set(mentions.map((m) => m.mention.mention));
		for (const word of [
			'Austin',
			'Kirby',
			'May',
			'Shoigu',
			'Blinken',
			'Milley',
			'Sergei',
			'Pentagon',
			'TASS',
			'Google'
		])
			expect(found.has(word), word).toBe(false);
	});
});
